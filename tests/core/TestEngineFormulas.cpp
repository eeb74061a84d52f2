// Known-answer tests of the engine's operating formulas on the simple fixture (tests/support): round numbers
// so that every expected value can be worked out by hand; the working is written beside each row.
//
// Simple fixture, per month (730 h): 80 cards = 10 servers of 5 kW (1 kW idle) in 5 of 10 racks at 10 kW,
// 40 P of inference on 80 P: 40 cards busy, utilization 0.5.
// IT power = 10 × (1 + 4 × 0.5) = 30 kW. At 15 °C, m(T) = (15 − 10) / (20 − 10) = 0.5.
// Overhead = 0.1 × 100 kW built + (0.05 + 0.05 + 0.2 × 0.5) × 30 kW = 10 + 6 = 16 kW, PUE = 46 / 30.
// Facility energy = 46 kW × 8,760 h = 402.96 MWh/yr; IT energy = 262.8 MWh/yr.

#include "NearlyEqual.h"
#include "TestScenarios.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

constexpr double kHours = 730.0;

Results run(const QJsonObject& json)
{
    return test::evaluateFixture(json);
}

QJsonObject with(std::initializer_list<std::pair<const char*, QJsonValue>> changes)
{
    return test::simpleWith(changes);
}

} // namespace

class TestEngineFormulas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capacityAndRacks();
    void energyAndPue();
    void pueWorsensAtLowLoad_data();
    void pueWorsensAtLowLoad();
    void pueFollowsClimate_data();
    void pueFollowsClimate();
    void electricityCost_data();
    void electricityCost();
    void greenPowerAndSolar();
    void loadMovedOffPeak();
    void revenue();
    void forecastCagr();
    void forecastSCurve();
    void forecastSeries();
    void rampToFill();
    void servedNeverExceedsCapacity();
    void allocationRespectsCompatibility_data();
    void allocationRespectsCompatibility();
    void voucherUpliftAndSpend();
    void voucherBudgetRunsOut();
    void voucherUserCap();
    void convertedTrialUsersStay();
    void convertedUsersStayWhenTheBudgetRunsOut();
    void takeOrPayReservesAndBills();
    void takeOrPayKeepsReservedCapacityFromOthers();
    void takeOrPayComesFirst();
    void noVouchersUnderContract();
};

void TestEngineFormulas::capacityAndRacks()
{
    const Results r = run(test::simpleScenarioJson());
    const YearResult& y = r.years.front();
    QCOMPARE(y.cards, 80.0);
    QCOMPARE(y.servers, 10.0); // 80 cards / 8 per server
    QCOMPARE(y.racksBuilt, 10.0);
    QCOMPARE(y.racksFilled, 5.0); // floor(10 kW / 5 kW) = 2 servers per rack
    QCOMPARE(y.rackingRate, 0.5);
    QCOMPARE(y.installedPflopsFp16, 80.0); // 80 × 1,000 TFLOPS
    COMPARE_NEAR(y.utilization, 0.5);
    COMPARE_NEAR(y.cardHoursInstalled, 80 * 8760.0);
    COMPARE_NEAR(y.cardHoursUsed, 40 * 8760.0);
    COMPARE_NEAR(y.servedPflopsHours, 40 * 8760.0);
    COMPARE_NEAR(r.summary.averageUtilization, 0.5);
}

void TestEngineFormulas::energyAndPue()
{
    const Results r = run(test::simpleScenarioJson());
    const YearResult& y = r.years.front();
    COMPARE_NEAR(y.itMwh, 262.8);
    COMPARE_NEAR(y.facilityMwh, 402.96);
    COMPARE_NEAR(y.pue, 46.0 / 30.0);
    COMPARE_NEAR(y.co2LocationTonnes, 402.96 * 0.5);            // 0.5 kg/kWh = 0.5 t/MWh
    COMPARE_NEAR(y.waterM3, 262800 * (0.1 + 0.2 * 0.5) / 1000); // L per IT kWh at m = 0.5
    // Design PUE: full load at the average climate: 1 + 0.1 + 0.05 + 0.05 + 0.2 × 0.5 = 1.3.
    COMPARE_NEAR(r.summary.designPue, 1.3);
}

void TestEngineFormulas::pueWorsensAtLowLoad_data()
{
    QTest::addColumn<double>("demandPflops");
    QTest::addColumn<double>("expectedPue");
    // Idle: IT = 10 kW, overhead = 10 + 0.2 × 10 = 12 → 22 / 10.
    QTest::newRow("idle center: PUE 2.2") << 0.0 << 2.2;
    QTest::newRow("half busy: PUE 1.533") << 40.0 << 46.0 / 30.0;
    // Full: IT = 50 kW, overhead = 10 + 0.2 × 50 = 20 → 70 / 50.
    QTest::newRow("full: PUE 1.4") << 80.0 << 1.4;
    QTest::newRow("demand beyond capacity: still 1.4") << 200.0 << 1.4;
}

void TestEngineFormulas::pueWorsensAtLowLoad()
{
    QFETCH(double, demandPflops);
    QFETCH(double, expectedPue);
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", demandPflops}}));
    COMPARE_NEAR(r.years.front().pue, expectedPue);
    COMPARE_NEAR(r.monthlyPue.front(), expectedPue);
}

void TestEngineFormulas::pueFollowsClimate_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("expectedPue");
    // m = 0: overhead = 10 + 0.1 × 30 = 13 → 43 / 30.
    QTest::newRow("cold: free cooling") << 5.0 << 43.0 / 30.0;
    QTest::newRow("at the free-cooling limit") << 10.0 << 43.0 / 30.0;
    // m = 1: overhead = 10 + 0.3 × 30 = 19 → 49 / 30.
    QTest::newRow("hot: full mechanical") << 25.0 << 49.0 / 30.0;
    // m = 0.25: overhead = 10 + 0.15 × 30 = 14.5 → 44.5 / 30.
    QTest::newRow("12.5 °C: a quarter mechanical") << 12.5 << 44.5 / 30.0;
}

void TestEngineFormulas::pueFollowsClimate()
{
    QFETCH(double, temperature);
    QFETCH(double, expectedPue);
    QJsonArray temperatures;
    for (int m = 0; m < 12; ++m) {
        temperatures.append(temperature);
    }
    const Results r = run(with({{"site.override.monthlyTempC", temperatures}}));
    COMPARE_NEAR(r.years.front().pue, expectedPue);
}

void TestEngineFormulas::electricityCost_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("expected");
    // Energy: 402,960 kWh × 0.5 CNY = 201,480 CNY.
    QTest::newRow("energy only") << "energyOnly" << 201480.0;
    // Demand charge on the month's peak: IT max 50 kW + 0.1 × 100 + 0.2 × 50 = 70 kW × 40 CNY × 12 months = 33,600.
    QTest::newRow("two-part, demand") << "twoPartDemand" << 201480.0 + 33600.0;
    // Capacity charge on the transformer: 100 kW × (1 + 0.1 + 0.3) / 0.9 = 155.56 kVA × 25 × 12 = 46,666.67.
    QTest::newRow("two-part, capacity") << "twoPartCapacity" << 201480.0 + 100 * 1.4 / 0.9 * 25 * 12;
}

void TestEngineFormulas::electricityCost()
{
    QFETCH(QString, mode);
    QFETCH(double, expected);
    const Results r = run(with({{"power.tariffMode", mode}, {"power.powerFactor", 0.9}}));
    COMPARE_NEAR(r.years.front().opex[static_cast<std::size_t>(OpexItem::Electricity)], expected);
}

void TestEngineFormulas::greenPowerAndSolar()
{
    // Half green at 0.3: blended 0.4 CNY/kWh → 161,184 CNY; market-based CO2 is half of location-based.
    Results r = run(with({{"power.greenShare", 0.5}, {"power.greenPriceCnyPerKwh", 0.3}}));
    COMPARE_NEAR(r.years.front().opex[0], 402960 * 0.4);
    COMPARE_NEAR(r.years.front().co2MarketTonnes, r.years.front().co2LocationTonnes / 2);
    // 100 kWp × 1,200 kWh/kWp/yr = 120 MWh of solar: grid 282.96 MWh × 0.5 = 141,480 CNY.
    r = run(with({{"power.solarKwp", 100}}));
    COMPARE_NEAR(r.years.front().solarMwh, 120.0);
    COMPARE_NEAR(r.years.front().gridMwh, 282.96);
    COMPARE_NEAR(r.years.front().opex[0], 141480.0);
    // Panels losing 5 %/yr, month by month from the opening (month 0): month k yields 10 MWh × 0.95^(k/12).
    // Year 1 is a geometric series, 10 × (1 − 0.95) / (1 − 0.95^(1/12)) = 10 × 0.05 / 0.0042653 = 117.2245 MWh;
    // year 2 is the same months a year older, × 0.95 = 111.3633 MWh.
    r = run(with({{"power.solarKwp", 100}, {"power.solarDegradationPerYear", 0.05}}));
    QVERIFY(std::abs(r.years.at(0).solarMwh - 117.2245) < 1e-3);
    QVERIFY(std::abs(r.years.at(1).solarMwh - 111.3633) < 1e-3);
}

void TestEngineFormulas::loadMovedOffPeak()
{
    // 8 peak hours at 1.6 ×, 8 flat, 8 valley at 0.4 × the flat price: a flat load pays (12.8 + 8 + 3.2) / 24
    // = 1 × the flat price, so the regional 0.5 CNY/kWh is the flat price. Moving half of the work's peak
    // energy saves 0.5 × 8 × (1.6 − 0.4) / 24 = 20% of its price. The work's energy: 10 servers × (5 − 1) kW
    // × 50% busy = 20 kW above idle, × (1 + 0.2 load-driven overhead) = 24 kW × 8,760 h = 210,240 kWh, saving
    // 210,240 × 0.5 × 0.2 = 21,024 CNY of the 201,480. At 50% busy the valley hours have room for it all
    // ((1 − 0.5) × 8 ≥ 0.5 × 8 × 0.5). Idle power and fixed losses (22 of the 46 kW) do not move.
    const std::initializer_list<std::pair<const char*, QJsonValue>> tou{{"power.touPeakHours", 8},
                                                                        {"power.touValleyHours", 8},
                                                                        {"power.touPeakFactor", 1.6},
                                                                        {"power.touValleyFactor", 0.4}};
    QJsonObject json = with(tou);
    test::setPath(json, QStringLiteral("power.touShiftableShare"), 0.5);
    COMPARE_NEAR(run(json).years.front().opex[0], 201480 - 21024.0);
    // No share moved: the flat load's price, whatever the periods.
    COMPARE_NEAR(run(with(tou)).years.front().opex[0], 201480.0);
    // At 60 P of demand (75% busy: 30 kW above idle, 36 kW with its cooling, 315,360 kWh) the valley hours
    // only have room for (1 − 0.75) × 8 / (0.75 × 8) = 1/3 of the peak energy, whatever larger share is
    // asked for: saving 315,360 × 0.5 × 0.4 / 3 = 21,024 of 58 kW × 8,760 h × 0.5 = 254,040.
    test::setPath(json, QStringLiteral("demand[0].forecast.baseDemandPflops"), 60);
    COMPARE_NEAR(run(json).years.front().opex[0], 254040 - 21024.0);
}

void TestEngineFormulas::revenue()
{
    // 40 cards busy × 8,760 h × 10 CNY = 3,504,000 CNY a year; a segment price factor of 1.5 pays 5,256,000.
    COMPARE_NEAR(run(test::simpleScenarioJson()).years.front().revenue, 3504000.0);
    COMPARE_NEAR(run(with({{"demand[0].priceFactor", 1.5}})).years.front().revenue, 5256000.0);
    // A chip price decline of 20% a year by card age: month m earns 10 × 0.8^(m/12).
    const Results declining = run(with({{"chipMix[0].override.priceDeclinePerYear", 0.2}}));
    double expected = 0;
    for (int m = 0; m < 12; ++m) {
        expected += 40 * kHours * 10 * std::pow(0.8, m / 12.0);
    }
    COMPARE_NEAR(declining.years.front().revenue, expected);
    // A locked (contract) price ignores the chip's decline.
    COMPARE_NEAR(run(with({{"chipMix[0].override.priceDeclinePerYear", 0.2}, {"demand[0].priceLocked", true}}))
                     .years.front()
                     .revenue,
                 3504000.0);
}

void TestEngineFormulas::forecastCagr()
{
    // 20 P growing 20% a year (capacity is never short): month m serves 20 × 1.2^(m/12) P.
    const Results r =
        run(with({{"demand[0].forecast.baseDemandPflops", 20}, {"demand[0].forecast.growthPerYear", 0.2}}));
    const double q = std::pow(1.2, 1.0 / 12.0);
    const double firstYear = 20 * kHours * (std::pow(q, 12) - 1) / (q - 1); // geometric sum
    COMPARE_NEAR(r.years[0].servedPflopsHours, firstYear);
    COMPARE_NEAR(r.years[1].servedPflopsHours, firstYear * 1.2);
    COMPARE_NEAR(r.monthlyDemandPflops[12], 24.0);
}

void TestEngineFormulas::forecastSCurve()
{
    // Logistic through 10 P saturating at 70 P with initial growth 0.5: k = 0.5 / (1 − 10/70) = 0.58333,
    // D(t) = 70 / (1 + 6 e^(−k t)). Month 0: 10 P; month 12: 70 / (1 + 6 e^(−0.58333)) = 16.45 P.
    const Results r = run(with({{"demand[0].forecast.type", QStringLiteral("sCurve")},
                                {"demand[0].forecast.baseDemandPflops", 10},
                                {"demand[0].forecast.growthPerYear", 0.5},
                                {"demand[0].forecast.saturationPflops", 70}}));
    const double k = 0.5 / (1 - 10.0 / 70.0);
    COMPARE_NEAR(r.monthlyDemandPflops[0], 10.0);
    COMPARE_NEAR(r.monthlyDemandPflops[12], 70 / (1 + 6 * std::exp(-k)));
    COMPARE_NEAR(r.monthlyDemandPflops[23], 70 / (1 + 6 * std::exp(-k * 23 / 12.0)));
}

void TestEngineFormulas::forecastSeries()
{
    // A series has its values only (the fixture's rate and base belong to a constant-rate forecast).
    QJsonObject json = with({{"demand[0].forecast", QJsonObject{{QStringLiteral("type"), QStringLiteral("series")}}}});
    test::setPath(json, QStringLiteral("demand[0].forecast.seriesPflops"), QJsonArray{30, 50});
    const Results r = run(json);
    COMPARE_NEAR(r.years[0].servedPflopsHours, 30 * 8760.0);
    COMPARE_NEAR(r.years[1].servedPflopsHours, 50 * 8760.0);
}

void TestEngineFormulas::rampToFill()
{
    // Fill rises over 4 months: 1/4, 2/4, 3/4, then full: year 1 = 40 P × 730 h × (0.25 + 0.5 + 0.75 + 9).
    const Results r = run(with({{"demand[0].rampMonths", 4}}));
    COMPARE_NEAR(r.years[0].demandPflopsHours, 40 * kHours * 10.5);
    COMPARE_NEAR(r.years[1].demandPflopsHours, 40 * 8760.0);
}

void TestEngineFormulas::servedNeverExceedsCapacity()
{
    // 200 P asked of 80 P: all 80 served, utilization exactly 1 (availability 1 in the fixture).
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 200}}));
    COMPARE_NEAR(r.years[0].demandPflopsHours, 200 * 8760.0);
    COMPARE_NEAR(r.years[0].servedPflopsHours, 80 * 8760.0);
    COMPARE_NEAR(r.years[0].utilization, 1.0);
}

void TestEngineFormulas::allocationRespectsCompatibility_data()
{
    QTest::addColumn<double>("trainingPflops");
    QTest::addColumn<double>("gpuUtilization");
    QTest::addColumn<double>("npuUtilization");
    // 80 GPUs (1 P each, every workload) + 80 NPUs (0.5 P × 0.8 inference efficiency = 0.4 P, inference only).
    // Training (GPU only) goes first as the more constrained segment; inference 40 P then fills the
    // remaining GPUs (1 P per card-hour beats 0.4) before the NPUs.
    // Training 30: GPUs 30 + 40 = 70 of 80 busy; NPUs idle.
    QTest::newRow("room on the GPUs: NPUs idle") << 30.0 << 70.0 / 80.0 << 0.0;
    // Training 60: GPUs 60 + 20 (inference) = full; inference's other 20 P on NPUs: 20 / 0.4 = 50 of 80.
    QTest::newRow("GPUs full: inference spills to NPUs") << 60.0 << 1.0 << 50.0 / 80.0;
    // Training 120: 80 on GPUs, 40 P unserved (never on NPUs); inference 40 P: 40 / 0.4 = 100 > 80 NPUs.
    QTest::newRow("training never on NPUs") << 120.0 << 1.0 << 1.0;
}

void TestEngineFormulas::allocationRespectsCompatibility()
{
    QFETCH(double, trainingPflops);
    QFETCH(double, gpuUtilization);
    QFETCH(double, npuUtilization);
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("chipMix[1].chipId"), QStringLiteral("test-npu"));
    test::setPath(json, QStringLiteral("chipMix[1].count"), 80);
    test::setPath(json, QStringLiteral("chipMix[1].deployMonth"), 0);
    QJsonArray demand = json.value(QStringLiteral("demand")).toArray();
    QJsonObject training = demand.at(0).toObject();
    training.insert(QStringLiteral("id"), QStringLiteral("training"));
    training.insert(QStringLiteral("workload"), QStringLiteral("training"));
    demand.append(training);
    json.insert(QStringLiteral("demand"), demand);
    test::setPath(json, QStringLiteral("demand[1].forecast.baseDemandPflops"), trainingPflops);
    const Results r = run(json);
    COMPARE_NEAR(r.chips[0].utilization[0], gpuUtilization);
    COMPARE_NEAR(r.chips[1].utilization[0], npuUtilization);
    COMPARE_NEAR(r.segments[1].servedPflopsHours[0], std::min(trainingPflops, 80.0) * 8760.0);
}

void TestEngineFormulas::voucherUpliftAndSpend()
{
    // Coverage 0.5 with elasticity 1: demand × (1 − 0.5)^−1 = 20 → 40 P; the operator earns the full price
    // (40 × 8,760 × 10 = 3,504,000) and the voucher pays half of it. Year 2 has no vouchers: 20 P.
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 20},
                                {"policies.vouchers.annualBudgetCny", 1e9},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.startYear", 1},
                                {"policies.vouchers.years", 1}}));
    COMPARE_NEAR(r.years[0].servedPflopsHours, 40 * 8760.0);
    COMPARE_NEAR(r.years[0].revenue, 3504000.0);
    COMPARE_NEAR(r.years[0].voucherSpend, 1752000.0);
    COMPARE_NEAR(r.years[1].servedPflopsHours, 20 * 8760.0);
    QCOMPARE(r.years[1].voucherSpend, 0.0);
    COMPARE_NEAR(r.summary.voucherSpendCny, 1752000.0);
}

void TestEngineFormulas::voucherBudgetRunsOut()
{
    // Full coverage costs 0.5 × 40 P × 730 h × 10 CNY = 146,000 a month; a 600,000 budget pays four full
    // months (584,000) and 16,000 in the fifth; then no vouchers until the next year.
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 20},
                                {"policies.vouchers.annualBudgetCny", 600000},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.years", 2}}));
    QVERIFY2(std::abs(r.years[0].voucherSpend - 600000) < 600000 * 1e-3,
             qPrintable(QString::number(r.years[0].voucherSpend)));
    for (int m = 0; m < 4; ++m) {
        COMPARE_NEAR(r.monthlyDemandPflops[static_cast<std::size_t>(m)], 40.0);
    }
    QVERIFY(r.monthlyDemandPflops[4] > 20.0 && r.monthlyDemandPflops[4] < 40.0);
    for (int m = 5; m < 12; ++m) {
        COMPARE_NEAR(r.monthlyDemandPflops[static_cast<std::size_t>(m)], 20.0);
    }
    COMPARE_NEAR(r.monthlyDemandPflops[12], 40.0); // the budget resets in year 2
}

void TestEngineFormulas::voucherUserCap()
{
    // Two firms capped at 100,000 each: 200,000 a year is the binding limit, below the 1 M budget.
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 20},
                                {"demand[0].voucherUsers", 2},
                                {"policies.vouchers.annualBudgetCny", 1000000},
                                {"policies.vouchers.capPerUserCny", 100000},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}}}));
    QVERIFY2(std::abs(r.years[0].voucherSpend - 200000) < 200000 * 1e-3,
             qPrintable(QString::number(r.years[0].voucherSpend)));
}

void TestEngineFormulas::convertedTrialUsersStay()
{
    // As voucherUpliftAndSpend, with half of the trial users staying: year 1 runs at 40 P (uplift 2), and in
    // year 2, without vouchers, 20 × (1 + 0.5 × (2 − 1)) = 30 P remain, paying the full price:
    // 30 × 8,760 × 10 = 2,628,000 of revenue and no voucher spend.
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 20},
                                {"policies.vouchers.annualBudgetCny", 1e9},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.conversionShare", 0.5},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.startYear", 1},
                                {"policies.vouchers.years", 1}}));
    COMPARE_NEAR(r.years[0].servedPflopsHours, 40 * 8760.0);
    COMPARE_NEAR(r.years[0].voucherSpend, 1752000.0);
    COMPARE_NEAR(r.years[1].servedPflopsHours, 30 * 8760.0);
    COMPARE_NEAR(r.years[1].revenue, 2628000.0);
    QCOMPARE(r.years[1].voucherSpend, 0.0);
}

void TestEngineFormulas::convertedUsersStayWhenTheBudgetRunsOut()
{
    // As voucherBudgetRunsOut, with half of the trial users staying. Months 1–4 run at 40 P with full
    // coverage, so R = 0.5 × (2 − 1) = 0.5 and demand never falls below 20 × 1.5 = 30 P. In month 5 the
    // 16,000 left buys a coverage c with c × 30 P × 730 h × 10 CNY = 16,000, c ≈ 0.073, whose price uplift
    // 1 / (1 − c) ≈ 1.08 is below the 1.5 kept: 30 P. Months 6–12, without vouchers: 30 P, not 20.
    const Results r = run(with({{"demand[0].forecast.baseDemandPflops", 20},
                                {"policies.vouchers.annualBudgetCny", 600000},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.conversionShare", 0.5},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.years", 2}}));
    for (int m = 0; m < 4; ++m) {
        COMPARE_NEAR(r.monthlyDemandPflops[static_cast<std::size_t>(m)], 40.0);
    }
    for (int m = 4; m < 12; ++m) {
        COMPARE_NEAR(r.monthlyDemandPflops[static_cast<std::size_t>(m)], 30.0);
    }
    QVERIFY2(std::abs(r.years[0].voucherSpend - 600000) < 600000 * 1e-3,
             qPrintable(QString::number(r.years[0].voucherSpend)));
    COMPARE_NEAR(r.monthlyDemandPflops[12], 40.0); // full coverage again in year 2
}

void TestEngineFormulas::takeOrPayReservesAndBills()
{
    // The 40 P inference segment signs a 1-year take-or-pay contract for 60 P. Year 1: 60 cards (1 P each)
    // are reserved and paid, 60 × 8,760 × 10 = 5,256,000; 40 of them run (utilization 40 / 80 = 50%);
    // 20 × 8,760 = 175,200 card-hours stay idle, paid 1,752,000. Year 2, after the contract: 3,504,000.
    const Results r = run(with({{"demand[0].contractPflops", 60}, {"demand[0].contractYears", 1}}));
    COMPARE_NEAR(r.years[0].revenue, 5256000.0);
    COMPARE_NEAR(r.years[0].takeOrPayRevenue, 1752000.0);
    COMPARE_NEAR(r.years[0].reservedIdleCardHours, 175200.0);
    COMPARE_NEAR(r.years[0].utilization, 0.5);
    COMPARE_NEAR(r.years[0].servedPflopsHours, 40 * 8760.0);
    COMPARE_NEAR(r.years[1].revenue, 3504000.0);
    QCOMPARE(r.years[1].takeOrPayRevenue, 0.0);
    QCOMPARE(r.years[1].reservedIdleCardHours, 0.0);
}

void TestEngineFormulas::takeOrPayKeepsReservedCapacityFromOthers()
{
    // A second 40 P segment after the contracted one: without the contract both fit in the 80 cards; with a
    // 60 P reservation only 80 − 60 = 20 cards are left for it, so it gets 20 P.
    QJsonObject json = with({{"demand[0].contractPflops", 60}, {"demand[0].contractYears", 2}});
    QJsonArray demand = json.value(QStringLiteral("demand")).toArray();
    QJsonObject spot = demand.at(0).toObject();
    spot.insert(QStringLiteral("id"), QStringLiteral("spot"));
    spot.insert(QStringLiteral("contractPflops"), 0);
    spot.insert(QStringLiteral("contractYears"), 0);
    demand.append(spot);
    json.insert(QStringLiteral("demand"), demand);
    const Results r = run(json);
    COMPARE_NEAR(r.segments[0].servedPflopsHours[0], 40 * 8760.0);
    COMPARE_NEAR(r.segments[1].servedPflopsHours[0], 20 * 8760.0);
    COMPARE_NEAR(r.years[0].utilization, 60.0 / 80.0);
    COMPARE_NEAR(r.years[0].revenue, 80 * 8760 * 10.0); // every card is paid for, 20 of them idle
}

void TestEngineFormulas::takeOrPayComesFirst()
{
    // 80 GPUs (1 P per card-hour for inference) and 80 NPUs (0.5 P × 0.8 = 0.4). A spot segment that only
    // runs on the GPUs is more constrained and would be served first; the contracted segment's 60 P still take
    // 60 GPUs first (its best chip), leaving the spot segment 20. Its 40 P of use keep 20 reserved GPUs idle.
    QJsonObject json = with({{"demand[0].contractPflops", 60}, {"demand[0].contractYears", 2}});
    QJsonArray mix = json.value(QStringLiteral("chipMix")).toArray();
    mix.append(QJsonObject{{QStringLiteral("chipId"), QStringLiteral("test-npu")},
                           {QStringLiteral("count"), 80},
                           {QStringLiteral("deployMonth"), 0}});
    json.insert(QStringLiteral("chipMix"), mix);
    QJsonArray demand = json.value(QStringLiteral("demand")).toArray();
    QJsonObject spot = demand.at(0).toObject();
    spot.insert(QStringLiteral("id"), QStringLiteral("spot"));
    spot.insert(QStringLiteral("contractPflops"), 0);
    spot.insert(QStringLiteral("contractYears"), 0);
    spot.insert(QStringLiteral("allowedChips"), QJsonArray{QStringLiteral("test-gpu")});
    test::setPath(spot, QStringLiteral("forecast.baseDemandPflops"), 100);
    demand.append(spot);
    json.insert(QStringLiteral("demand"), demand);
    const Results r = run(json);
    COMPARE_NEAR(r.segments[0].revenue[0], 60 * 8760 * 10.0);
    COMPARE_NEAR(r.segments[0].servedPflopsHours[0], 40 * 8760.0);
    COMPARE_NEAR(r.segments[1].servedPflopsHours[0], 20 * 8760.0);
    COMPARE_NEAR(r.years[0].reservedIdleCardHours, 20 * 8760.0);
}

void TestEngineFormulas::noVouchersUnderContract()
{
    // Vouchers for the segment in both years; its 1-year contract (60 P, more than its 40 P) fixes its bill in
    // year 1, so vouchers start only in year 2: 0.5 × 40 P × 8,760 h × 10 CNY × uplift 2 = 3,504,000.
    const Results r = run(with({{"demand[0].contractPflops", 60},
                                {"demand[0].contractYears", 1},
                                {"policies.vouchers.annualBudgetCny", 1e9},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.startYear", 1},
                                {"policies.vouchers.years", 2}}));
    QCOMPARE(r.years[0].voucherSpend, 0.0);
    COMPARE_NEAR(r.years[0].revenue, 60 * 8760 * 10.0);
    COMPARE_NEAR(r.years[1].voucherSpend, 0.5 * 80 * 8760 * 10.0);
}

QTEST_GUILESS_MAIN(TestEngineFormulas)
#include "TestEngineFormulas.moc"
