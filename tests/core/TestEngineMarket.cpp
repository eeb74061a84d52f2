// Known-answer tests of the market mechanisms (methodology §4.5, §7.1, §7.4, §7.5, §7.6): revenue contracts, the
// forced-utilization mode with contracts, colocation, refresh into another chip and trial users who stay, on the
// simple fixture (tests/support: 80 GPUs of 1 P at 10 CNY per card-hour, a 40 P inference segment, 10 racks of
// 10 kW); the working is written beside each case.

#include "NearlyEqual.h"
#include "TestScenarios.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QTest>

using namespace suanpan;

namespace {

Results run(const QJsonObject& json)
{
    return test::evaluateFixture(json);
}

QJsonObject with(std::initializer_list<std::pair<const char*, QJsonValue>> changes)
{
    return test::simpleWith(changes);
}

/// The test scenario's inference segment (40 P on 80 GPUs of 1 P per card-hour at 10 CNY) with one contract.
QJsonObject withContract(const QJsonObject& contract)
{
    QJsonObject json = with({});
    QJsonObject c = contract;
    c.insert(QStringLiteral("segment"), QStringLiteral("inference"));
    json.insert(QStringLiteral("contracts"), QJsonArray{c});
    return json;
}

} // namespace

class TestEngineMarket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contractAtItsOwnPrice_data();
    void contractAtItsOwnPrice();
    void letterOfIntentAndRenewal();
    void contractPriceEscalates();
    void forcedUtilizationPaysContractsFirst();
    void colocationRentsRacksAndPassesPowerThrough();
    void refreshIntoAnotherChip();
    void convertedUsersAreThoseOfTheirMonth();
};

void TestEngineMarket::contractAtItsOwnPrice_data()
{
    QTest::addColumn<double>("takeOrPay");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<double>("takeOrPayRevenue");
    // 60 P reserved for a year at 100,000 CNY per P-year: the whole reservation is worth 6,000,000. The segment
    // runs 40 P of it (2/3) and pays for 2/3 or its take-or-pay share, whichever is more.
    QTest::newRow("pays for use (take-or-pay 0.5 < 2/3)") << 0.5 << 4000000.0 << 0.0;
    QTest::newRow("pays 90% of the reservation") << 0.9 << 5400000.0 << 6000000.0 * (0.9 - 2.0 / 3.0);
    QTest::newRow("fully take-or-pay") << 1.0 << 6000000.0 << 2000000.0;
}

void TestEngineMarket::contractAtItsOwnPrice()
{
    QFETCH(double, takeOrPay);
    QFETCH(double, revenue);
    QFETCH(double, takeOrPayRevenue);
    const Results r = run(withContract({{QStringLiteral("pflops"), 60},
                                        {QStringLiteral("termYears"), 1},
                                        {QStringLiteral("priceCnyPerPflopsYear"), 100000},
                                        {QStringLiteral("takeOrPayShare"), takeOrPay}}));
    COMPARE_NEAR(r.years[0].revenue, revenue);
    COMPARE_NEAR(r.years[0].contractRevenue, revenue);
    COMPARE_NEAR(r.years[0].takeOrPayRevenue, takeOrPayRevenue);
    COMPARE_NEAR(r.years[0].contractedPflopsHours, 60 * 8760.0);
    COMPARE_NEAR(r.years[0].utilization, 0.5); // 40 of 80 cards busy, whatever is paid
    // Year 2, after the term: the 40 P at the market price, 40 × 8,760 × 10.
    COMPARE_NEAR(r.years[1].revenue, 3504000.0);
    QCOMPARE(r.years[1].contractRevenue, 0.0);
}

void TestEngineMarket::letterOfIntentAndRenewal()
{
    // A 1-year letter of intent for 60 P at 100,000 CNY/P-yr that is signed with probability 0.5 and renewed with
    // probability 0.5. Year 1 reserves 0.5 × 60 = 30 P (expected), all used by the 40 P segment: 3,000,000, and the
    // other 10 P sell spot: 10 × 8,760 × 10 = 876,000. Year 2 reserves 0.25 × 60 = 15 P, renewed at the market
    // price (10 CNY per P·h, 87,600 per P-year): the segment pays the market for all its 40 P, 3,504,000.
    const Results r = run(withContract({{QStringLiteral("pflops"), 60},
                                        {QStringLiteral("termYears"), 1},
                                        {QStringLiteral("priceCnyPerPflopsYear"), 100000},
                                        {QStringLiteral("signingProbability"), 0.5},
                                        {QStringLiteral("renewalProbability"), 0.5}}));
    COMPARE_NEAR(r.years[0].contractedPflopsHours, 30 * 8760.0);
    COMPARE_NEAR(r.years[0].revenue, 3876000.0);
    COMPARE_NEAR(r.years[1].contractedPflopsHours, 15 * 8760.0);
    COMPARE_NEAR(r.years[1].contractRevenue, 15 * 87600.0);
    COMPARE_NEAR(r.years[1].revenue, 3504000.0);
}

void TestEngineMarket::contractPriceEscalates()
{
    // 40 P for two years at 100,000 CNY/P-yr rising 10% a year: 4,000,000, then 4,400,000.
    const Results r = run(withContract({{QStringLiteral("pflops"), 40},
                                        {QStringLiteral("termYears"), 2},
                                        {QStringLiteral("priceCnyPerPflopsYear"), 100000},
                                        {QStringLiteral("escalationPerYear"), 0.1}}));
    COMPARE_NEAR(r.years[0].revenue, 4000000.0);
    COMPARE_NEAR(r.years[1].revenue, 4400000.0);
}

void TestEngineMarket::forcedUtilizationPaysContractsFirst()
{
    // The break-even search forces every card busy a share u = 0.5 (methodology §7.6). The 60 P reservation (fully
    // take-or-pay at 100,000 CNY/P-yr) is placed first and paid whole, 6,000,000; it runs half of itself. The other
    // 20 cards are busy half their hours, sold at market: 20 × 0.5 × 8,760 × 10 = 876,000. Utilization 0.5.
    const ResolvedScenario scenario = [] {
        QString problems;
        return *test::resolve(withContract({{QStringLiteral("pflops"), 60},
                                            {QStringLiteral("termYears"), 1},
                                            {QStringLiteral("priceCnyPerPflopsYear"), 100000}}),
                              test::catalog(), &problems);
    }();
    EngineOptions options;
    options.forcedUtilization = 0.5;
    Results r;
    evaluate(scenario, options, r);
    COMPARE_NEAR(r.years[0].revenue, 6876000.0);
    COMPARE_NEAR(r.years[0].contractRevenue, 6000000.0);
    COMPARE_NEAR(r.years[0].utilization, 0.5);
    // Year 2, after the term: every card sold at market, 80 × 0.5 × 8,760 × 10.
    COMPARE_NEAR(r.years[1].revenue, 3504000.0);
}

void TestEngineMarket::colocationRentsRacksAndPassesPowerThrough()
{
    // The simple scenario housed in a third-party IDC: its 10 rack positions rent for 1,000 CNY a month plus
    // 50 CNY per kW of their 10 kW, i.e. 1,500 a month each: 180,000 a year; the last year adds 2 months' notice
    // on 10 racks, 30,000. Electricity comes at the host's PUE of 1.5, and no building, cooling, power plant or
    // land is bought (methodology §4.5).
    QJsonObject json = with({{"facility.housing", QStringLiteral("colocation")}});
    json.insert(QStringLiteral("colocation"), QJsonObject{{QStringLiteral("rentCnyPerRackMonth"), 1000},
                                                          {QStringLiteral("rentCnyPerKwMonth"), 50},
                                                          {QStringLiteral("hostPue"), 1.5},
                                                          {QStringLiteral("noticeMonths"), 2}});
    const Results r = run(json);
    const auto colocation = static_cast<std::size_t>(OpexItem::Colocation);
    COMPARE_NEAR(r.years[0].opex[colocation], 180000.0);
    COMPARE_NEAR(r.years[1].opex[colocation], 210000.0);
    COMPARE_NEAR(r.years[0].facilityMwh / r.years[0].itMwh, 1.5);
    for (CapexItem item : {CapexItem::Building, CapexItem::Cooling, CapexItem::Power, CapexItem::Land}) {
        QCOMPARE(r.years[0].capex[static_cast<std::size_t>(item)], 0.0);
    }
    COMPARE_NEAR(r.summary.designPue, 1.5);
    // A set-up fee of 2,000 per rack is paid once, for the 10 racks ready in month 0: 20,000 in year 1 only.
    QJsonObject withSetup = json;
    QJsonObject terms = withSetup.value(QStringLiteral("colocation")).toObject();
    terms.insert(QStringLiteral("setupCnyPerRack"), 2000);
    withSetup.insert(QStringLiteral("colocation"), terms);
    const Results setup = run(withSetup);
    COMPARE_NEAR(setup.years[0].opex[colocation], 200000.0);
    COMPARE_NEAR(setup.years[1].opex[colocation], 210000.0);
    // The same center building its hall has no rent and buys the plant.
    const Results built = run(with({}));
    QCOMPARE(built.years[0].opex[colocation], 0.0);
    QVERIFY(built.years[0].capex[static_cast<std::size_t>(CapexItem::Building)] > 0);
}

void TestEngineMarket::refreshIntoAnotherChip()
{
    // 80 test NPUs (3 kW servers: three to a 10 kW rack, so 10 servers fill 4 racks) refresh after their 5-year
    // life into test GPUs (5 kW servers: two to a rack). The 4 racks hold 8 GPU servers, 64 cards (methodology
    // §7.1). Year 5: 80 NPUs serve 80 × 0.4 = 32 of the 40 P at 4 CNY, 80 × 8,760 × 4 = 2,803,200. Year 6: the
    // 64 GPUs (1 P each) serve all 40 P at 10 CNY, 40 × 8,760 × 10 = 3,504,000. The GPUs cost 64 × 100,000 +
    // 8 × 200,000 in month 60 (no hardware price decline here); no new rack is filled.
    QJsonObject json = with({{"horizonYears", 7}, {"operations.hardwareRefresh", true}});
    json.insert(QStringLiteral("chipMix"),
                QJsonArray{QJsonObject{{QStringLiteral("chipId"), QStringLiteral("test-npu")},
                                       {QStringLiteral("count"), 80},
                                       {QStringLiteral("deployMonth"), 0},
                                       {QStringLiteral("refreshChipId"), QStringLiteral("test-gpu")}}});
    const Results r = run(json);
    QCOMPARE(r.years[4].cards, 80.0);
    QCOMPARE(r.years[5].cards, 64.0);
    COMPARE_NEAR(r.years[4].installedPflopsFp16, 40.0);
    COMPARE_NEAR(r.years[5].installedPflopsFp16, 64.0);
    COMPARE_NEAR(r.years[4].revenue, 2803200.0);
    COMPARE_NEAR(r.years[5].revenue, 3504000.0);
    COMPARE_NEAR(r.years[5].capex[static_cast<std::size_t>(CapexItem::Cards)], 6400000.0);
    COMPARE_NEAR(r.years[5].capex[static_cast<std::size_t>(CapexItem::Servers)], 1600000.0);
    QCOMPARE(r.years[5].racksFilled, 4.0);
    // No NPU is bought again: like for like, year 6 would have bought 80 NPUs (4,000,000 of cards).
    QCOMPARE(r.years[6].capex[static_cast<std::size_t>(CapexItem::Cards)], 0.0);
}

void TestEngineMarket::convertedUsersAreThoseOfTheirMonth()
{
    // The 40 P segment ramps over 4 months (fill 0.25, 0.5, 0.75, 1). Vouchers cover half the bill with
    // elasticity 1 (uplift 2) and a budget that month 0 spends whole: 40 × 0.25 × 730 × 2 card-hours × 10 CNY × 0.5
    // = 73,000. Every trial user stays (s = 1): R = 1 × (2 − 1) × 0.25 = 0.25 of a full fill (methodology §7.4).
    // Month 1: 40 × 0.5 × (1 + 0.25 / 0.5) = 30 P; from month 3 on: 40 × (1 + 0.25) = 50 P (not 80: the users
    // who converted were a quarter of a full fill).
    const Results r = run(with({{"demand[0].rampMonths", 4},
                                {"policies.vouchers.annualBudgetCny", 73000 * 1.0005},
                                {"policies.vouchers.coverage", 0.5},
                                {"policies.vouchers.elasticity", 1.0},
                                {"policies.vouchers.conversionShare", 1.0},
                                {"policies.vouchers.eligibleSegments", QJsonArray{QStringLiteral("inference")}},
                                {"policies.vouchers.startYear", 1},
                                {"policies.vouchers.years", 1}}));
    COMPARE_NEAR(r.monthlyDemandPflops[0], 20.0);
    COMPARE_NEAR(r.monthlyDemandPflops[1], 30.0);
    COMPARE_NEAR(r.monthlyDemandPflops[3], 50.0);
    COMPARE_NEAR(r.monthlyDemandPflops[12], 50.0);
    COMPARE_NEAR(r.years[0].voucherSpend, 73000.0);
}

QTEST_GUILESS_MAIN(TestEngineMarket)
#include "TestEngineMarket.moc"
