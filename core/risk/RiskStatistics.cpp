#include "RiskStatistics.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace suanpan::RiskStatistics {

namespace {

/// The quantile p of n values (n > 0) by linear interpolation between order statistics (Hyndman–Fan type 7);
/// orderStatistic(k) gives the k-th smallest value (from 0).
template <typename OrderStatistic> double interpolatedQuantile(std::size_t n, double p, OrderStatistic orderStatistic)
{
    const double h = (static_cast<double>(n) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto low = static_cast<std::size_t>(std::floor(h));
    const std::size_t high = std::min(low + 1, n - 1);
    const double lower = orderStatistic(low);
    return lower + (h - static_cast<double>(low)) * (orderStatistic(high) - lower);
}

/// quantileOfSorted for doubles and for the floats the fan charts keep, computed in double either way.
template <typename T> double quantileOfSortedValues(std::span<const T> sorted, double p)
{
    if (sorted.empty()) {
        return 0.0;
    }
    return interpolatedQuantile(sorted.size(), p, [&sorted](std::size_t k) { return static_cast<double>(sorted[k]); });
}

/**
 * The quantiles `ps` (ascending) of values, as quantileOfSortedValues would give them on the sorted values, with
 * the values only partly sorted: each order statistic the interpolation reads is put in its place with
 * nth_element, left to right, each search in what is right of the last. The order statistics are the sorted
 * values themselves, so the quantiles are the same bits.
 */
template <typename T, std::size_t N>
std::array<double, N> quantilesOfUnsorted(std::vector<T>& values, const std::array<double, N>& ps)
{
    std::array<double, N> result{};
    Q_ASSERT(std::is_sorted(ps.begin(), ps.end())); // each search starts right of the last
    if (values.empty()) {
        return result;
    }
    const std::size_t n = values.size();
    std::size_t placed = 0; // values[0, placed) hold the smallest `placed` values, in order where read
    auto orderStatistic = [&](std::size_t k) {
        if (k >= placed) {
            std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(placed),
                             values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
            placed = k + 1;
        }
        return static_cast<double>(values[k]);
    };
    for (std::size_t i = 0; i < N; ++i) {
        result[i] = interpolatedQuantile(n, ps[i], orderStatistic);
    }
    return result;
}

} // namespace

double quantileOfSorted(std::span<const double> sorted, double p)
{
    return quantileOfSortedValues(sorted, p);
}

double quantile(std::span<const double> values, double p)
{
    std::vector<double> copy(values.begin(), values.end());
    return quantilesOfUnsorted(copy, std::array<double, 1>{p})[0];
}

OutputDistribution describe(RiskMetric metric, std::vector<double> values, std::size_t missing, int bins)
{
    OutputDistribution d;
    d.metric = metric;
    d.count = values.size();
    d.missing = missing;
    if (values.empty()) {
        return d;
    }
    std::sort(values.begin(), values.end());
    const auto n = static_cast<double>(values.size());
    double sum = 0;
    for (double v : values) {
        sum += v;
    }
    d.mean = sum / n;
    double squares = 0;
    for (double v : values) {
        squares += (v - d.mean) * (v - d.mean);
    }
    d.standardDeviation = values.size() > 1 ? std::sqrt(squares / (n - 1.0)) : 0.0;
    d.min = values.front();
    d.max = values.back();
    d.p10 = quantileOfSorted(values, 0.1);
    d.p50 = quantileOfSorted(values, 0.5);
    d.p90 = quantileOfSorted(values, 0.9);

    // Equal bins from min to max; a value on an inner edge belongs to the bin above, the maximum to the last.
    const int binCount = std::max(1, bins);
    const double width = (d.max - d.min) / binCount;
    d.histogram.resize(static_cast<std::size_t>(binCount));
    for (int b = 0; b < binCount; ++b) {
        d.histogram[static_cast<std::size_t>(b)].lower = d.min + width * b;
        d.histogram[static_cast<std::size_t>(b)].upper = b + 1 == binCount ? d.max : d.min + width * (b + 1);
    }
    for (double v : values) {
        const int b = width > 0 ? std::min(binCount - 1, static_cast<int>((v - d.min) / width)) : 0;
        ++d.histogram[static_cast<std::size_t>(b)].count;
    }
    for (int percent = 0; percent <= 100; ++percent) {
        d.cdf.push_back({quantileOfSorted(values, percent / 100.0), percent / 100.0});
    }
    return d;
}

FanYear fanYear(std::span<const float> yearValues)
{
    // Ordered as floats (what is stored; half the memory traffic of doubles), read as doubles: the same order
    // statistics, so the same quantiles.
    const std::size_t trials = yearValues.size();
    std::vector<float> column(yearValues.begin(), yearValues.end());
    double sum = 0;
    for (float value : column) {
        sum += value;
    }
    const std::array<double, 5> q = quantilesOfUnsorted(column, std::array<double, 5>{0.1, 0.25, 0.5, 0.75, 0.9});
    return {q[0], q[1], q[2], q[3], q[4], trials > 0 ? sum / static_cast<double>(trials) : 0.0};
}

FanChart fanOf(const QString& key, const std::vector<FanYear>& years, int startYear)
{
    FanChart chart;
    chart.key = key;
    for (std::size_t y = 0; y < years.size(); ++y) {
        chart.calendarYears.push_back(startYear + static_cast<int>(y));
        chart.p10.push_back(years[y].p10);
        chart.p25.push_back(years[y].p25);
        chart.p50.push_back(years[y].p50);
        chart.p75.push_back(years[y].p75);
        chart.p90.push_back(years[y].p90);
        chart.mean.push_back(years[y].mean);
    }
    return chart;
}

Convergence convergence(std::span<const double> npv)
{
    Convergence c;
    const std::size_t n = npv.size();
    if (n == 0) {
        return c;
    }
    double sum = 0;
    for (double v : npv) {
        sum += v;
    }
    c.meanNpvCny = sum / static_cast<double>(n);
    double squares = 0;
    for (double v : npv) {
        squares += (v - c.meanNpvCny) * (v - c.meanNpvCny);
    }
    const double sd = n > 1 ? std::sqrt(squares / static_cast<double>(n - 1)) : 0.0;
    c.standardErrorCny = sd / std::sqrt(static_cast<double>(n));
    c.p90NpvCny = quantile(npv, 0.9);
    c.p90NpvFirstHalfCny = quantile(npv.first(std::max<std::size_t>(1, n / 2)), 0.9);
    c.p90ShiftShare = sd > 0 ? std::abs(c.p90NpvCny - c.p90NpvFirstHalfCny) / sd : 0.0;
    c.stable = n >= 2 && c.p90ShiftShare <= 0.05;
    double running = 0;
    std::size_t next = 64;
    for (std::size_t i = 0; i < n; ++i) {
        running += npv[i];
        if (i + 1 == next || i + 1 == n) {
            c.trace.push_back({i + 1, running / static_cast<double>(i + 1), quantile(npv.first(i + 1), 0.9)});
            next *= 2;
        }
    }
    return c;
}

double shareBelow(std::span<const double> values, double threshold)
{
    if (values.empty()) {
        return 0.0;
    }
    const auto below = std::count_if(values.begin(), values.end(), [threshold](double v) { return v < threshold; });
    return static_cast<double>(below) / static_cast<double>(values.size());
}

} // namespace suanpan::RiskStatistics
