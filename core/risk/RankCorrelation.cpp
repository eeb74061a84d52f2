#include "RankCorrelation.h"

#include "RandomStream.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <utility>

namespace suanpan::RankCorrelation {

namespace {

/// The order that sorts values ascending (stable, so that ties keep their order).
std::vector<std::size_t> order(std::span<const double> values)
{
    // Sorting (value, position) pairs gives the stable order (equal values by position) without the indirect
    // reads of sorting positions by their values, which cost three times as long on 100,000 trials.
    std::vector<std::pair<double, std::size_t>> pairs(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        pairs[i] = {values[i], i};
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::size_t> index(values.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        index[i] = pairs[i].second;
    }
    return index;
}

/// Sample correlation matrix of the k columns of a rows × k row-major matrix.
std::vector<double> correlationMatrix(const std::vector<double>& m, std::size_t rows, std::size_t k)
{
    std::vector<double> c(k * k, 0.0);
    std::vector<std::vector<double>> columns(k, std::vector<double>(rows));
    for (std::size_t j = 0; j < k; ++j) {
        for (std::size_t r = 0; r < rows; ++r) {
            columns[j][r] = m[r * k + j];
        }
    }
    for (std::size_t a = 0; a < k; ++a) {
        c[a * k + a] = 1.0;
        for (std::size_t b = a + 1; b < k; ++b) {
            c[a * k + b] = c[b * k + a] = pearson(columns[a], columns[b]);
        }
    }
    return c;
}

} // namespace

std::optional<std::vector<double>> cholesky(std::span<const double> a, std::size_t n, std::size_t* failedRow)
{
    std::vector<double> l(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j <= i; ++j) {
            double sum = a[i * n + j];
            for (std::size_t k = 0; k < j; ++k) {
                sum -= l[i * n + k] * l[j * n + k];
            }
            if (i == j) {
                // A pivot this close to zero means the matrix is (numerically) singular: some input would be an
                // exact combination of others, which a rank correlation cannot express.
                if (!(sum > 1e-10)) {
                    if (failedRow != nullptr) {
                        *failedRow = i;
                    }
                    return std::nullopt;
                }
                l[i * n + i] = std::sqrt(sum);
            } else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    return l;
}

double pearsonOfNormalScores(double spearmanRho)
{
    return 2.0 * std::sin(std::numbers::pi * spearmanRho / 6.0);
}

std::vector<double> ranks(std::span<const double> values)
{
    const std::vector<std::size_t> index = order(values);
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < index.size();) {
        std::size_t j = i;
        while (j + 1 < index.size() && values[index[j + 1]] == values[index[i]]) {
            ++j;
        }
        const double average = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k) {
            rank[index[k]] = average;
        }
        i = j + 1;
    }
    return rank;
}

double pearson(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) {
        return 0.0;
    }
    double meanX = 0, meanY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        meanX += x[i];
        meanY += y[i];
    }
    meanX /= static_cast<double>(n);
    meanY /= static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - meanX) * (y[i] - meanY);
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

double spearman(std::span<const double> x, std::span<const double> y)
{
    return pearson(ranks(x), ranks(y));
}

bool imanConover(std::vector<double>& sample, std::size_t rows, std::size_t stride,
                 const std::vector<std::size_t>& columns, std::span<const double> targetSpearman, std::uint64_t seed)
{
    const std::size_t k = columns.size();
    if (k < 2 || rows < 2) {
        return true;
    }
    // The target as a correlation of normal scores, which is what the reordering reproduces.
    std::vector<double> target(k * k);
    for (std::size_t i = 0; i < k * k; ++i) {
        target[i] = i % (k + 1) == 0 ? 1.0 : pearsonOfNormalScores(targetSpearman[i]);
    }
    const std::optional<std::vector<double>> p = cholesky(target, k);
    if (!p) {
        return false;
    }

    // Van der Waerden scores Φ⁻¹(i / (n + 1)), each column an independent random permutation of them.
    const boost::math::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> scores(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        scores[i] = boost::math::quantile(normal, static_cast<double>(i + 1) / static_cast<double>(rows + 1));
    }
    std::vector<double> s(rows * k);
    for (std::size_t j = 0; j < k; ++j) {
        std::vector<double> column = scores;
        RandomStream(seed, 0x1C0000 + j).shuffle(column);
        for (std::size_t r = 0; r < rows; ++r) {
            s[r * k + j] = column[r];
        }
    }
    // Remove the permutations' own chance correlation (Q) before imposing the target (P): t = P·Q⁻¹·s.
    std::optional<std::vector<double>> q = cholesky(correlationMatrix(s, rows, k), k);
    std::vector<double> y(k);
    for (std::size_t r = 0; r < rows; ++r) {
        double* row = &s[r * k];
        for (std::size_t i = 0; i < k; ++i) {
            double sum = row[i];
            if (q) {
                for (std::size_t c = 0; c < i; ++c) {
                    sum -= (*q)[i * k + c] * y[c];
                }
                sum /= (*q)[i * k + i];
            }
            y[i] = sum;
        }
        for (std::size_t i = 0; i < k; ++i) {
            double sum = 0;
            for (std::size_t c = 0; c <= i; ++c) {
                sum += (*p)[i * k + c] * y[c];
            }
            row[i] = sum;
        }
    }
    // Give each column's sorted values the rank order of its score column.
    std::vector<double> values(rows);
    std::vector<double> scoreColumn(rows);
    for (std::size_t j = 0; j < k; ++j) {
        for (std::size_t r = 0; r < rows; ++r) {
            values[r] = sample[r * stride + columns[j]];
            scoreColumn[r] = s[r * k + j];
        }
        std::sort(values.begin(), values.end());
        const std::vector<std::size_t> byScore = order(scoreColumn);
        for (std::size_t rank = 0; rank < rows; ++rank) {
            sample[byScore[rank] * stride + columns[j]] = values[rank];
        }
    }
    return true;
}

} // namespace suanpan::RankCorrelation
