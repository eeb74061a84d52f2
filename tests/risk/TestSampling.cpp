// The sampling layer on its own, against analytic answers: uniform marginals of Sobol and Latin hypercube,
// inverse CDFs of every distribution, their moments, induced rank correlations, and the estimators.

#include "risk/Marginal.h"
#include "risk/RankCorrelation.h"
#include "risk/RiskStatistics.h"
#include "risk/Sampler.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace suanpan;

Q_DECLARE_METATYPE(SamplerKind)
Q_DECLARE_METATYPE(DistributionSpec)

namespace {

/// Kolmogorov–Smirnov statistic of a sample against a CDF: the largest gap between empirical and true CDF.
template <typename Cdf> double ksStatistic(std::vector<double> sample, Cdf cdf)
{
    std::sort(sample.begin(), sample.end());
    const auto n = static_cast<double>(sample.size());
    double d = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const double f = cdf(sample[i]);
        d = std::max({d, std::abs(f - static_cast<double>(i) / n), std::abs(static_cast<double>(i + 1) / n - f)});
    }
    return d;
}

std::vector<double> column(const std::vector<double>& sample, std::size_t rows, std::size_t stride, std::size_t j)
{
    std::vector<double> values(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        values[i] = sample[i * stride + j];
    }
    return values;
}

DistributionSpec normal(double mean, double sd)
{
    return {DistributionType::Normal, mean, sd, 0, 0, 0};
}
DistributionSpec lognormal(double mean, double sd)
{
    return {DistributionType::Lognormal, mean, sd, 0, 0, 0};
}
DistributionSpec triangular(double min, double mode, double max)
{
    return {DistributionType::Triangular, 0, 0, min, mode, max};
}
DistributionSpec pert(double min, double mode, double max)
{
    return {DistributionType::Pert, 0, 0, min, mode, max};
}
DistributionSpec uniform(double min, double max)
{
    return {DistributionType::Uniform, 0, 0, min, 0, max};
}

} // namespace

class TestSampling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unitCubeMarginalsAreUniform_data();
    void unitCubeMarginalsAreUniform();
    void sameSeedSameSample();
    void distributionsMatchTheirCdf_data();
    void distributionsMatchTheirCdf();
    void truncationKeepsDrawsInRange();
    void probabilityBelowThreshold();
    void inducedRankCorrelations_data();
    void inducedRankCorrelations();
    void choleskyKnownAnswers();
    void spearmanKnownAnswers();
    void quantileKnownAnswers();
};

void TestSampling::unitCubeMarginalsAreUniform_data()
{
    QTest::addColumn<SamplerKind>("kind");
    QTest::addColumn<int>("trials");
    // Both designs stratify each dimension, so their KS distance to U(0, 1) is far below the 1.36/√n of an
    // independent random sample (0.021 at n = 4096): at most 1/n for LHS, ~d·log(n)/n for Sobol.
    QTest::newRow("Sobol, 4096 trials") << SamplerKind::Sobol << 4096;
    QTest::newRow("Sobol, 1000 trials (not a power of two)") << SamplerKind::Sobol << 1000;
    QTest::newRow("Latin hypercube, 4096 trials") << SamplerKind::LatinHypercube << 4096;
    QTest::newRow("Latin hypercube, 1000 trials") << SamplerKind::LatinHypercube << 1000;
}

void TestSampling::unitCubeMarginalsAreUniform()
{
    QFETCH(SamplerKind, kind);
    QFETCH(int, trials);
    const std::size_t n = static_cast<std::size_t>(trials);
    const std::size_t d = 8;
    const std::vector<double> u = sampleUnitCube(kind, n, d, 42);
    QCOMPARE(u.size(), n * d);
    QVERIFY(std::all_of(u.begin(), u.end(), [](double x) { return x > 0.0 && x < 1.0; }));
    for (std::size_t j = 0; j < d; ++j) {
        const double ks = ksStatistic(column(u, n, d, j), [](double x) { return x; });
        QVERIFY2(ks < 0.01, qPrintable(QStringLiteral("dimension %1: KS %2").arg(j).arg(ks)));
        // Columns are not correlated with one another.
        for (std::size_t k = 0; k < j; ++k) {
            const double rho = RankCorrelation::spearman(column(u, n, d, j), column(u, n, d, k));
            QVERIFY2(std::abs(rho) < 0.08, qPrintable(QStringLiteral("dimensions %1, %2: %3").arg(j).arg(k).arg(rho)));
        }
    }
}

void TestSampling::sameSeedSameSample()
{
    for (SamplerKind kind : {SamplerKind::Sobol, SamplerKind::LatinHypercube}) {
        QCOMPARE(sampleUnitCube(kind, 512, 6, 7), sampleUnitCube(kind, 512, 6, 7));
        QVERIFY(sampleUnitCube(kind, 512, 6, 7) != sampleUnitCube(kind, 512, 6, 8));
        // A dimension's draws do not depend on how many dimensions there are.
        const std::vector<double> three = sampleUnitCube(kind, 512, 3, 7);
        const std::vector<double> six = sampleUnitCube(kind, 512, 6, 7);
        QCOMPARE(column(three, 512, 3, 2), column(six, 512, 6, 2));
    }
}

void TestSampling::distributionsMatchTheirCdf_data()
{
    QTest::addColumn<DistributionSpec>("spec");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    // Analytic moments: normal and lognormal by definition (parameters are the value's mean and sd);
    // triangular (a+b+c)/3 and √((a²+b²+c²−ab−ac−bc)/18); PERT (a+4c+b)/6 and √(αβ/((α+β)²(α+β+1)))·(b−a)
    // with α = 1 + 4(c−a)/(b−a), β = 1 + 4(b−c)/(b−a); uniform (a+b)/2 and (b−a)/√12.
    QTest::newRow("normal(10, 2)") << normal(10, 2) << 10.0 << 2.0;
    QTest::newRow("lognormal(mean 5, sd 2)") << lognormal(5, 2) << 5.0 << 2.0;
    QTest::newRow("triangular(0, 1, 4)") << triangular(0, 1, 4) << 5.0 / 3.0 << std::sqrt(13.0 / 18.0);
    QTest::newRow("PERT(0.5, 1, 1.3)") << pert(0.5, 1.0, 1.3) << (0.5 + 4.0 + 1.3) / 6.0
                                       << 0.8 * std::sqrt((3.5 * 2.5) / (36.0 * 7.0));
    QTest::newRow("PERT with the mode at min") << pert(0, 0, 1) << 1.0 / 6.0 << std::sqrt(5.0 / (36.0 * 7.0));
    QTest::newRow("uniform(-1, 3)") << uniform(-1, 3) << 1.0 << 4.0 / std::sqrt(12.0);
}

void TestSampling::distributionsMatchTheirCdf()
{
    QFETCH(DistributionSpec, spec);
    QFETCH(double, mean);
    QFETCH(double, sd);
    const Marginal marginal(spec);
    QVERIFY(qFuzzyCompare(Marginal::mean(spec), mean));
    QVERIFY2(std::abs(Marginal::standardDeviation(spec) - sd) < 1e-12, qPrintable(QString::number(sd)));
    for (SamplerKind kind : {SamplerKind::Sobol, SamplerKind::LatinHypercube}) {
        const std::size_t n = 4096;
        std::vector<double> sample = sampleUnitCube(kind, n, 1, 3);
        for (double& x : sample) {
            x = marginal.quantile(x);
        }
        QVERIFY(ksStatistic(sample, [&marginal](double x) { return marginal.cdf(x); }) < 0.01);
        double sum = 0;
        for (double x : sample) {
            sum += x;
        }
        const double sampleMean = sum / n;
        double squares = 0;
        for (double x : sample) {
            squares += (x - sampleMean) * (x - sampleMean);
        }
        // Stratified samples estimate moments far better than 3 standard errors; 1% of the sd is ample.
        QVERIFY2(std::abs(sampleMean - mean) < 0.01 * sd, qPrintable(QString::number(sampleMean)));
        QVERIFY2(std::abs(std::sqrt(squares / (n - 1)) - sd) < 0.01 * sd, qPrintable(QString::number(squares)));
    }
}

void TestSampling::truncationKeepsDrawsInRange()
{
    // A normal(0.9, 0.2) capture share truncated to [0, 1]: every draw inside, and the truncated CDF
    // renormalized, so the median is where the untruncated CDF is halfway between F(0) and F(1).
    const Marginal marginal(normal(0.9, 0.2), 0.0, 1.0);
    for (double u : {1e-12, 0.01, 0.5, 0.99, 1.0 - 1e-12}) {
        const double x = marginal.quantile(u);
        QVERIFY(x >= 0.0 && x <= 1.0);
    }
    const Marginal untruncated(normal(0.9, 0.2));
    const double target = (untruncated.cdf(0.0) + untruncated.cdf(1.0)) / 2.0;
    QVERIFY(std::abs(untruncated.cdf(marginal.quantile(0.5)) - target) < 1e-9);
    QVERIFY(std::abs(marginal.massInside() - (untruncated.cdf(1.0) - untruncated.cdf(0.0))) < 1e-12);
}

void TestSampling::probabilityBelowThreshold()
{
    // P(X < 1) for X ~ normal(0, 1) is Φ(1) = 0.841345; P(X < 0.25) for triangular(0, 0.5, 1) is 0.125.
    const std::vector<double> u = sampleUnitCube(SamplerKind::Sobol, 8192, 2, 11);
    std::vector<double> normals, triangles;
    const Marginal n(normal(0, 1));
    const Marginal t(triangular(0, 0.5, 1));
    for (std::size_t i = 0; i < 8192; ++i) {
        normals.push_back(n.quantile(u[i * 2]));
        triangles.push_back(t.quantile(u[i * 2 + 1]));
    }
    QVERIFY(std::abs(RiskStatistics::shareBelow(normals, 1.0) - 0.841345) < 0.002);
    QVERIFY(std::abs(RiskStatistics::shareBelow(triangles, 0.25) - 0.125) < 0.002);
}

void TestSampling::inducedRankCorrelations_data()
{
    QTest::addColumn<SamplerKind>("kind");
    QTest::newRow("Sobol") << SamplerKind::Sobol;
    QTest::newRow("Latin hypercube") << SamplerKind::LatinHypercube;
}

void TestSampling::inducedRankCorrelations()
{
    QFETCH(SamplerKind, kind);
    const std::size_t n = 5000;
    const std::size_t d = 4;
    std::vector<double> sample = sampleUnitCube(kind, n, d, 5);
    const std::vector<double> before = sample;
    // Columns 0, 1 and 3 correlated as asked; column 2 left alone.
    const std::vector<std::size_t> columns{0, 1, 3};
    const std::vector<double> target{1.0, 0.7, -0.3, 0.7, 1.0, 0.2, -0.3, 0.2, 1.0};
    QVERIFY(RankCorrelation::imanConover(sample, n, d, columns, target, 99));
    for (std::size_t a = 0; a < 3; ++a) {
        for (std::size_t b = a + 1; b < 3; ++b) {
            const double rho =
                RankCorrelation::spearman(column(sample, n, d, columns[a]), column(sample, n, d, columns[b]));
            QVERIFY2(std::abs(rho - target[a * 3 + b]) < 0.03,
                     qPrintable(QStringLiteral("%1-%2: %3").arg(a).arg(b).arg(rho)));
        }
    }
    // Marginals are untouched (each column holds the same values) and the free column did not move.
    for (std::size_t j = 0; j < d; ++j) {
        std::vector<double> x = column(sample, n, d, j);
        std::vector<double> y = column(before, n, d, j);
        if (j == 2) {
            QCOMPARE(x, y);
        }
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        QCOMPARE(x, y);
    }
    // An impossible target changes nothing.
    std::vector<double> copy = before;
    const std::vector<double> impossible{1.0, 0.9, -0.9, 0.9, 1.0, 0.9, -0.9, 0.9, 1.0};
    QVERIFY(!RankCorrelation::imanConover(copy, n, d, columns, impossible, 99));
    QCOMPARE(copy, before);
}

void TestSampling::choleskyKnownAnswers()
{
    // [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]].
    const std::optional<std::vector<double>> l = RankCorrelation::cholesky(std::vector<double>{4, 2, 2, 3}, 2);
    QVERIFY(l.has_value());
    QCOMPARE((*l)[0], 2.0);
    QCOMPARE((*l)[2], 1.0);
    QVERIFY(std::abs((*l)[3] - std::sqrt(2.0)) < 1e-15);
    std::size_t failed = 99;
    QVERIFY(!RankCorrelation::cholesky(std::vector<double>{1, 2, 2, 1}, 2, &failed));
    QCOMPARE(failed, std::size_t{1});
}

void TestSampling::spearmanKnownAnswers()
{
    // Any increasing transform has rank correlation 1; ties take their average rank (1, 2.5, 2.5, 4).
    QCOMPARE(RankCorrelation::spearman(std::vector<double>{1, 2, 3, 4}, std::vector<double>{1, 8, 27, 64}), 1.0);
    QCOMPARE(RankCorrelation::spearman(std::vector<double>{1, 2, 3, 4}, std::vector<double>{4, 3, 2, 1}), -1.0);
    QCOMPARE(RankCorrelation::ranks(std::vector<double>{5, 7, 7, 9}), (std::vector<double>{1, 2.5, 2.5, 4}));
    // 2·sin(π·ρ/6) is 1 at 1, 0 at 0, and 2·sin(π/12) ≈ 0.5176 at 0.5.
    QCOMPARE(RankCorrelation::pearsonOfNormalScores(1.0), 1.0);
    QVERIFY(std::abs(RankCorrelation::pearsonOfNormalScores(0.5) - 0.517638) < 1e-6);
}

void TestSampling::quantileKnownAnswers()
{
    // Type 7 (spreadsheet PERCENTILE.INC): {1, 2, 3, 4} has P25 = 1.75, P50 = 2.5, P90 = 3.7.
    const std::vector<double> values{4, 1, 3, 2};
    QCOMPARE(RiskStatistics::quantile(values, 0.25), 1.75);
    QCOMPARE(RiskStatistics::quantile(values, 0.5), 2.5);
    QVERIFY(std::abs(RiskStatistics::quantile(values, 0.9) - 3.7) < 1e-12);
    const OutputDistribution d = RiskStatistics::describe(RiskMetric::NpvAfterTax, values, 1, 4);
    QCOMPARE(d.count, std::size_t{4});
    QCOMPARE(d.missing, std::size_t{1});
    QCOMPARE(d.mean, 2.5);
    QVERIFY(std::abs(d.standardDeviation - std::sqrt(5.0 / 3.0)) < 1e-12);
    QCOMPARE(d.histogram.size(), std::size_t{4});
    for (const HistogramBin& bin : d.histogram) {
        QCOMPARE(bin.count, std::size_t{1});
    }
    QCOMPARE(d.cdf.size(), std::size_t{101});
    QCOMPARE(d.cdf.front().value, 1.0);
    QCOMPARE(d.cdf.back().value, 4.0);
}

QTEST_GUILESS_MAIN(TestSampling)
#include "TestSampling.moc"
