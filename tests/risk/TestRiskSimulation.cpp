// The Monte Carlo run end to end: known answers through the engine, events against hand-made scenarios,
// identical results whatever the thread count, prompt cancellation and sensible progress.

#include "TestScenarios.h"
#include "engine/Engine.h"
#include "risk/RiskSimulation.h"
#include "risk/TrialRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <boost/math/distributions/normal.hpp>

#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <thread>

using namespace suanpan;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ResolvedScenario resolved(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> r = test::resolve(json, test::catalog(), &problems);
    if (!r) {
        qFatal("fixture invalid: %s", qPrintable(problems));
    }
    return *r;
}

/// The simple fixture without income tax, so that its NPV is exactly linear in the card price (capex and
/// residual value are; depreciation only matters through tax).
QJsonObject linearScenario()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("policies.corporateTaxRate"), 0);
    return json;
}

double npvAtCardPrice(double price)
{
    QJsonObject json = linearScenario();
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), price);
    return evaluate(resolved(json)).summary.npvAfterTaxCny;
}

/// The large scenario with half of its H20s (chip-mix entry 0) a year late, as a risk trial's supply cut
/// applies it but written by hand: a second entry of 512 deployed in month 24.
QJsonObject withHalfTheH20sLate(QJsonObject json)
{
    QJsonArray mix = json.value(QStringLiteral("chipMix")).toArray();
    QJsonObject first = mix.at(0).toObject();
    first.insert(QStringLiteral("count"), 512);
    mix[0] = first;
    first.insert(QStringLiteral("deployMonth"), 24);
    mix.append(first);
    json.insert(QStringLiteral("chipMix"), mix);
    return json;
}

QJsonObject largeUncertainScenario()
{
    return test::largeUncertainScenarioJson();
}

RiskSettings settings(std::size_t trials, int threads)
{
    RiskSettings s;
    s.trials = trials;
    s.threads = threads;
    s.seed = 20260101;
    return s;
}

void compareDistributions(const RiskResults& a, const RiskResults& b)
{
    QCOMPARE(a.outputs.size(), b.outputs.size());
    for (std::size_t k = 0; k < a.outputs.size(); ++k) {
        const OutputDistribution& x = a.outputs[k];
        const OutputDistribution& y = b.outputs[k];
        QCOMPARE(x.count, y.count);
        for (const auto& [p, q] : {std::pair{x.mean, y.mean}, std::pair{x.standardDeviation, y.standardDeviation},
                                   std::pair{x.p10, y.p10}, std::pair{x.p50, y.p50}, std::pair{x.p90, y.p90}}) {
            QCOMPARE(p, q); // exactly, not fuzzily
        }
        for (std::size_t i = 0; i < x.histogram.size(); ++i) {
            QCOMPARE(x.histogram[i].count, y.histogram[i].count);
        }
    }
    QCOMPARE(a.utilization.p50, b.utilization.p50);
    QCOMPARE(a.cumulativeCashFlow.p10, b.cumulativeCashFlow.p10);
    QCOMPARE(a.convergence.standardErrorCny, b.convergence.standardErrorCny);
    QCOMPARE(a.sensitivity.size(), b.sensitivity.size());
    for (std::size_t s = 0; s < a.sensitivity.size(); ++s) {
        for (std::size_t i = 0; i < a.sensitivity[s].importance.size(); ++i) {
            QCOMPARE(a.sensitivity[s].importance[i].path, b.sensitivity[s].importance[i].path);
            QCOMPARE(a.sensitivity[s].importance[i].rankCorrelation, b.sensitivity[s].importance[i].rankCorrelation);
        }
    }
}

} // namespace

class TestRiskSimulation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linearInOneNormalInput_data();
    void linearInOneNormalInput();
    void sameResultsWhateverTheThreadCount();
    void eventsAsIfWrittenByHand();
    void supplyCutKeepsTheRefreshTarget();
    void contractLossAsIfNeverSigned();
    void cancelStopsWithin100Milliseconds();
    void cancelledRunSaysSo();
    void progressGoesForward();
    void sensitivityRanksTheDominantInput();
    void trialOptionsChangeNoMetric();
};

void TestRiskSimulation::linearInOneNormalInput_data()
{
    QTest::addColumn<SamplerKind>("sampler");
    QTest::newRow("Sobol") << SamplerKind::Sobol;
    QTest::newRow("Latin hypercube") << SamplerKind::LatinHypercube;
}

void TestRiskSimulation::linearInOneNormalInput()
{
    QFETCH(SamplerKind, sampler);
    // NPV = a + b·price with price ~ normal(100,000, 10,000): NPV is normal with mean a + b·100,000 and sd
    // |b|·10,000. a and b come from two deterministic evaluations; the truncation at 0 CNY is 10 sd away.
    const double slope = (npvAtCardPrice(110000) - npvAtCardPrice(90000)) / 20000.0;
    const double expectedMean = npvAtCardPrice(100000);
    const double expectedSd = std::abs(slope) * 10000.0;
    QVERIFY(std::abs(npvAtCardPrice(130000) - (expectedMean + 30000 * slope)) < 1e-6 * std::abs(expectedMean));

    QJsonObject json = linearScenario();
    json.insert(QStringLiteral("uncertainty"), parse(R"({"inputs": [{"path": "chipMix[0].override.cardPriceCny",
        "distribution": {"type": "normal", "mean": 100000, "sd": 10000}}]})"));
    RiskSettings s = settings(4096, 2);
    s.sampler = sampler;
    const RiskResults r = RiskSimulation(resolved(json)).run(s);
    QVERIFY(!r.cancelled);
    const OutputDistribution* npv = r.output(RiskMetric::NpvAfterTax);
    QVERIFY(npv != nullptr);
    QCOMPARE(npv->count, std::size_t{4096});
    // Within 3 standard errors of the mean, and the sd within 2% (stratified samples do much better).
    QVERIFY2(std::abs(npv->mean - expectedMean) < 3.0 * expectedSd / 64.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(npv->mean).arg(expectedMean)));
    QVERIFY2(std::abs(npv->standardDeviation - expectedSd) < 0.02 * expectedSd,
             qPrintable(QStringLiteral("%1 vs %2").arg(npv->standardDeviation).arg(expectedSd)));
    // P10 and P90 of a normal: mean ∓ 1.28155·sd.
    QVERIFY(std::abs(npv->p10 - (expectedMean - 1.28155 * expectedSd)) < 0.03 * expectedSd);
    QVERIFY(std::abs(npv->p90 - (expectedMean + 1.28155 * expectedSd)) < 0.03 * expectedSd);
    QCOMPARE(npv->deterministic, expectedMean);
    // P(NPV < 0) is Φ(−mean / sd).
    const double expectedBelow =
        boost::math::cdf(boost::math::normal_distribution<double>(expectedMean, expectedSd), 0.0);
    QVERIFY2(std::abs(r.headline.probabilityNpvNegative - expectedBelow) < 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(r.headline.probabilityNpvNegative).arg(expectedBelow)));
    QVERIFY(std::abs(r.convergence.standardErrorCny - npv->standardDeviation / 64.0) < 1e-6 * expectedSd);
    QCOMPARE(r.inputs.size(), std::size_t{1});
    QVERIFY(std::abs(r.inputs[0].p50 - 100000.0) < 1e-6);
}

void TestRiskSimulation::sameResultsWhateverTheThreadCount()
{
    const RiskSimulation simulation(resolved(largeUncertainScenario()));
    const RiskResults one = simulation.run(settings(300, 1));
    for (int threads : {2, 4}) {
        const RiskResults many = simulation.run(settings(300, threads));
        QCOMPARE(many.threadsUsed, threads);
        compareDistributions(one, many);
    }
    RiskSettings lhs = settings(300, 3);
    lhs.sampler = SamplerKind::LatinHypercube;
    RiskSettings lhsOne = lhs;
    lhsOne.threads = 1;
    compareDistributions(simulation.run(lhs), simulation.run(lhsOne));
}

void TestRiskSimulation::eventsAsIfWrittenByHand()
{
    // An event with probability 1 happens in every trial; with nothing else uncertain every trial equals the
    // scenario edited by hand.
    QJsonObject delayed = test::largeScenarioJson();
    delayed.insert(QStringLiteral("uncertainty"),
                   parse(R"({"events": [{"type": "constructionDelay", "probability": 1, "delayMonths": 6}]})"));
    const RiskResults delay = RiskSimulation(resolved(delayed)).run(settings(4, 2));
    QJsonObject byHand = test::largeScenarioJson();
    for (const char* path : {"facilityPhases[0].constructionMonths", "facilityPhases[1].constructionMonths"}) {
        test::setPath(byHand, QString::fromLatin1(path), 18);
    }
    const QJsonArray chips = byHand.value(QStringLiteral("chipMix")).toArray();
    for (qsizetype c = 0; c < chips.size(); ++c) {
        test::setPath(byHand, QStringLiteral("chipMix[%1].deployMonth").arg(c),
                      chips.at(c).toObject().value(QStringLiteral("deployMonth")).toInt() + 6);
    }
    const Results expected = evaluate(resolved(byHand));
    QCOMPARE(delay.output(RiskMetric::NpvAfterTax)->p50, expected.summary.npvAfterTaxCny);
    QCOMPARE(delay.output(RiskMetric::NpvAfterTax)->standardDeviation, 0.0);
    QCOMPARE(delay.events.front().occurredShare, 1.0);

    // Half of the H20s (chip-mix entry 0, imported) a year late: the same as splitting the entry by hand.
    QJsonObject cut = test::largeScenarioJson();
    cut.insert(QStringLiteral("uncertainty"), parse(R"({"events": [{"type": "chipSupplyCut", "chipId": "h20",
        "probability": 1, "affectedShare": 0.5, "delayMonths": 12}]})"));
    const RiskResults supply = RiskSimulation(resolved(cut)).run(settings(4, 2));
    const Results splitResults = evaluate(resolved(withHalfTheH20sLate(test::largeScenarioJson())));
    QCOMPARE(supply.output(RiskMetric::NpvAfterTax)->p50, splitResults.summary.npvAfterTaxCny);
    QCOMPARE(supply.output(RiskMetric::AverageUtilization)->p50, splitResults.summary.averageUtilization);
    // Both events changed the outcome (the direction depends on the scenario: late cards also cost later).
    const double plan = evaluate(resolved(test::largeScenarioJson())).summary.npvAfterTaxCny;
    QVERIFY(splitResults.summary.npvAfterTaxCny != plan);
    QVERIFY(expected.summary.npvAfterTaxCny != plan);
}

void TestRiskSimulation::supplyCutKeepsTheRefreshTarget()
{
    // The H20s refresh into H200s (methodology §7.1). Half of them a year late is the same as splitting the entry by
    // hand, both halves refreshing into H200s (the late half's cards are an entry of their own in a trial).
    QJsonObject cut = test::largeScenarioJson();
    test::setPath(cut, QStringLiteral("chipMix[0].refreshChipId"), QStringLiteral("h200"));
    cut.insert(QStringLiteral("uncertainty"), parse(R"({"events": [{"type": "chipSupplyCut", "chipId": "h20",
        "probability": 1, "affectedShare": 0.5, "delayMonths": 12}]})"));
    const RiskResults supply = RiskSimulation(resolved(cut)).run(settings(4, 2));
    QJsonObject refreshing = test::largeScenarioJson();
    test::setPath(refreshing, QStringLiteral("chipMix[0].refreshChipId"), QStringLiteral("h200"));
    const Results splitResults = evaluate(resolved(withHalfTheH20sLate(refreshing)));
    QCOMPARE(supply.output(RiskMetric::NpvAfterTax)->p50, splitResults.summary.npvAfterTaxCny);
    QCOMPARE(supply.output(RiskMetric::AverageUtilization)->p50, splitResults.summary.averageUtilization);
}

void TestRiskSimulation::contractLossAsIfNeverSigned()
{
    // The simple fixture (40 P of inference on 80 P, methodology §7.5) with two contracts. A contract loss with
    // probability 1 is the same scenario without that contract, written by hand; with probability 0 it is the
    // scenario as planned. Losing "every contract" is the scenario without contracts.
    auto withContracts = [](bool first, bool second) {
        QJsonObject json = test::simpleScenarioJson();
        QJsonArray contracts;
        if (first) {
            contracts.append(parse(R"({"segment": "inference", "pflops": 20, "termYears": 2,
                                       "priceCnyPerPflopsYear": 200000})"));
        }
        if (second) {
            contracts.append(parse(R"({"segment": "inference", "pflops": 10, "termYears": 1,
                                       "priceCnyPerPflopsYear": 50000, "takeOrPayShare": 1})"));
        }
        json.insert(QStringLiteral("contracts"), contracts);
        return json;
    };
    auto npvWithEvent = [&withContracts](const char* event) {
        QJsonObject json = withContracts(true, true);
        json.insert(QStringLiteral("uncertainty"), QJsonObject{{QStringLiteral("events"), QJsonArray{parse(event)}}});
        const RiskResults r = RiskSimulation(resolved(json)).run(settings(4, 2));
        // Every trial the same (an event of probability 0 or 1 and nothing else uncertain): the median is it.
        return r.output(RiskMetric::NpvAfterTax)->standardDeviation == 0.0 ? r.output(RiskMetric::NpvAfterTax)->p50
                                                                           : std::nan("");
    };
    auto npv = [](const QJsonObject& json) { return evaluate(resolved(json)).summary.npvAfterTaxCny; };
    const double planned = npv(withContracts(true, true));
    const double withoutFirst = npv(withContracts(false, true));
    const double withoutAny = npv(withContracts(false, false));
    QVERIFY(planned != withoutFirst && withoutFirst != withoutAny); // each contract changes the outcome
    QCOMPARE(npvWithEvent(R"({"type": "contractLoss", "probability": 1, "contract": 0})"), withoutFirst);
    QCOMPARE(npvWithEvent(R"({"type": "contractLoss", "probability": 1})"), withoutAny);
    QCOMPARE(npvWithEvent(R"({"type": "contractLoss", "probability": 0, "contract": 1})"), planned);
}

void TestRiskSimulation::cancelStopsWithin100Milliseconds()
{
    // A fake slow evaluation (5 ms per trial, 10,000 trials = 25 s on 2 threads); cancel on the second
    // progress report and measure from that moment to the return of run().
    QElapsedTimer sinceCancel;
    int reports = 0;
    std::atomic<std::size_t> ran{0};
    const bool completed = TrialRunner::run(
        10000, 2,
        [&ran](std::size_t, std::size_t) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ++ran;
        },
        [&](std::size_t) {
            if (++reports < 2) {
                return true;
            }
            sinceCancel.start();
            return false;
        });
    const qint64 latency = sinceCancel.elapsed();
    QVERIFY(!completed);
    QVERIFY2(latency < 100, qPrintable(QStringLiteral("%1 ms").arg(latency)));
    QVERIFY(ran < 10000);
}

void TestRiskSimulation::cancelledRunSaysSo()
{
    const RiskSimulation simulation(resolved(largeUncertainScenario()));
    QElapsedTimer timer;
    timer.start();
    const RiskResults r = simulation.run(settings(1000000, 2), [](const RiskProgress&) { return false; });
    QVERIFY(r.cancelled);
    QVERIFY(r.outputs.empty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()))); // sampling 10⁶ trials included
}

void TestRiskSimulation::progressGoesForward()
{
    const RiskSimulation simulation(resolved(largeUncertainScenario()));
    std::vector<RiskProgress> seen;
    const RiskResults r = simulation.run(settings(2000, 2), [&seen](const RiskProgress& p) {
        seen.push_back(p);
        return true;
    });
    QVERIFY(!r.cancelled);
    QVERIFY(!seen.empty());
    QCOMPARE(seen.front().phase, RiskPhase::Sampling);
    QCOMPARE(seen.back().phase, RiskPhase::Summarizing);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        QVERIFY(seen[i].fraction >= seen[i - 1].fraction);
        QVERIFY(seen[i].done <= seen[i].total);
    }
    QVERIFY(seen.back().fraction > 0.99);
}

void TestRiskSimulation::sensitivityRanksTheDominantInput()
{
    // Capture share scales every segment's demand in this undersupplied-demand scenario: it must dominate the
    // utilization tornado and importance, with a positive sign; the tariff cannot move utilization at all.
    const RiskResults r = RiskSimulation(resolved(largeUncertainScenario())).run(settings(512, 2));
    // One sensitivity analysis for each of the six reported outcomes, in report order.
    QCOMPARE(r.sensitivity.size(), kReportedMetrics.size());
    for (std::size_t m = 0; m < kReportedMetrics.size(); ++m) {
        QCOMPARE(r.sensitivity[m].metric, kReportedMetrics[m]);
    }
    const Sensitivity& utilization = r.sensitivity[3];
    QCOMPARE(utilization.metric, RiskMetric::AverageUtilization);
    // The public cost (capex subsidy, vouchers, an electricity subsidy per kWh) owes nothing to the tariff.
    const Sensitivity& publicCost = r.sensitivity[5];
    bool tariffSeen = false;
    for (const TornadoBar& bar : publicCost.tornado) {
        if (bar.path == QLatin1String("site.override.tariffCnyPerKwh")) {
            tariffSeen = true;
            QCOMPARE(bar.swing, 0.0);
        }
    }
    QVERIFY(tariffSeen);
    QCOMPARE(utilization.importance.front().path, QStringLiteral("demand[*].captureShare"));
    QVERIFY(utilization.importance.front().rankCorrelation > 0.5);
    QCOMPARE(utilization.tornado.front().path, QStringLiteral("demand[*].captureShare"));
    for (const TornadoBar& bar : utilization.tornado) {
        if (bar.path == QLatin1String("site.override.tariffCnyPerKwh")) {
            QCOMPARE(bar.swing, 0.0);
        }
    }
    QCOMPARE(utilization.spider.size(), std::size_t{6});
    QCOMPARE(utilization.spider.front().outputs.size(), std::size_t{5});
    // The spider's middle point is the input's median; its ends are the tornado's.
    const TornadoBar& top = utilization.tornado.front();
    for (const SpiderLine& line : utilization.spider) {
        if (line.path == top.path) {
            QCOMPARE(line.outputs.front(), top.outputLow);
            QCOMPARE(line.outputs.back(), top.outputHigh);
        }
    }
    QCOMPARE(r.events.size(), std::size_t{2});
    QVERIFY(std::abs(r.events[0].occurredShare - 0.4) < 0.01); // stratified: within a draw of the probability
}

namespace {

/// Whether two figures are the same bits (QCOMPARE on doubles allows a relative 1e-12).
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameBits(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || sameBits(*a, *b));
}

} // namespace

void TestRiskSimulation::trialOptionsChangeNoMetric()
{
    // A trial computes only what its metrics read (engineOptionsFor): each metric asked for, every yearly
    // figure a run keeps and every subsidy granted is the same bits as in a full evaluation; the series, the
    // subsidy conditions' texts, the reasons and the rates of return not asked for are left out. Tried on the
    // large scenario as written, with a voucher budget that runs out within each year, and with forced
    // utilization.
    QJsonObject smallBudget = largeUncertainScenario();
    test::setPath(smallBudget, QStringLiteral("policies.vouchers.annualBudgetCny"), 300000);
    const std::vector<std::pair<ResolvedScenario, double>> cases{{resolved(largeUncertainScenario()), -1.0},
                                                                 {resolved(smallBudget), -1.0},
                                                                 {resolved(largeUncertainScenario()), 0.6}};
    for (const auto& [scenario, forced] : cases) {
        EngineOptions fullOptions;
        fullOptions.forcedUtilization = forced;
        const Results full = evaluate(scenario, fullOptions);
        for (std::size_t m = 0; m < static_cast<std::size_t>(kRiskMetricCount); ++m) {
            const auto metric = static_cast<RiskMetric>(m);
            EngineOptions options = engineOptionsFor(std::span(&metric, 1));
            options.forcedUtilization = forced;
            const Results lean = evaluate(scenario, options);
            QVERIFY2(sameBits(metricValue(lean.summary, metric), metricValue(full.summary, metric)),
                     qPrintable(toKey(metric)));
            QCOMPARE(lean.years.size(), full.years.size());
            for (std::size_t y = 0; y < full.years.size(); ++y) {
                QVERIFY(sameBits(lean.years[y].cumulativeProjectCashFlow, full.years[y].cumulativeProjectCashFlow));
                QVERIFY(sameBits(lean.years[y].utilization, full.years[y].utilization));
                QVERIFY(sameBits(lean.years[y].voucherSpend, full.years[y].voucherSpend));
            }
            QVERIFY(lean.segments.empty());
            QVERIFY(lean.monthlyUtilization.empty());
            QVERIFY(lean.compliance.empty());
            QVERIFY(lean.summary.paybackYears.reason.isEmpty());
            QCOMPARE(lean.subsidies.size(), full.subsidies.size());
            for (std::size_t i = 0; i < full.subsidies.size(); ++i) {
                QCOMPARE(lean.subsidies[i].granted, full.subsidies[i].granted);
                QVERIFY(sameBits(lean.subsidies[i].amountCny, full.subsidies[i].amountCny));
            }
        }
        QVERIFY(!full.compliance.empty());
        QVERIFY(!full.summary.paybackYears.value.has_value());
        QVERIFY(!full.summary.paybackYears.reason.isEmpty());
    }
    // The small budget binds: less is spent than with the budget as written.
    QVERIFY(evaluate(cases[1].first).summary.voucherSpendCny < evaluate(cases[0].first).summary.voucherSpendCny);

    const ResolvedScenario& scenario = cases[0].first;
    QVERIFY(evaluate(scenario).summary.equityIrr.value.has_value());
    const Results afterTaxOnly = evaluate(scenario, engineOptionsFor(kReportedMetrics));
    QVERIFY(afterTaxOnly.summary.projectIrrAfterTax.value.has_value());
    QVERIFY(!afterTaxOnly.summary.equityIrr.value.has_value());
    QVERIFY(!afterTaxOnly.summary.projectIrrBeforeTax.value.has_value());

    // A run's table holds the reported metrics; a P50 goal seek's the one it aims at.
    const RiskSimulation simulation(scenario);
    const RiskMetric equity = RiskMetric::EquityIrr;
    const std::optional<TrialTable> table = simulation.simulate(settings(64, 2), std::span(&equity, 1), {});
    QVERIFY(table.has_value());
    QVERIFY(table->computed[static_cast<std::size_t>(RiskMetric::EquityIrr)]);
    QVERIFY(!table->computed[static_cast<std::size_t>(RiskMetric::NpvAfterTax)]);
    QCOMPARE(table->valuesOf(RiskMetric::EquityIrr).size(), std::size_t{64});
    QVERIFY(table->valuesOf(RiskMetric::NpvAfterTax).empty());
}

QTEST_GUILESS_MAIN(TestRiskSimulation)
#include "TestRiskSimulation.moc"
