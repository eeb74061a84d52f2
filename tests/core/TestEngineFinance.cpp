// Known-answer tests of capex, depreciation, residual value, tax, debt, subsidies and the cash-flow
// indicators on the simple fixture (see TestEngineFormulas for its operating figures). Per year:
// revenue 3,504,000; electricity 201,480; EBITDA 3,302,520.
// Capex at month 0: building 100 kW × 1,000 = 100,000; cooling 100 kW × 5,000 = 500,000; power 100 kW ×
// 2,000 = 200,000; land 10 racks × 2 m² × 1,000 = 20,000; cards 80 × 100,000 = 8 M; servers 10 × 200,000 = 2 M.

#include "NearlyEqual.h"
#include "TestScenarios.h"
#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "engine/Finance.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

ResolvedScenario scenario(std::initializer_list<std::pair<const char*, QJsonValue>> changes = {})
{
    QJsonObject json = test::simpleScenarioJson();
    for (const auto& [path, value] : changes) {
        test::setPath(json, QString::fromLatin1(path), value);
    }
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, test::catalog(), &problems);
    if (!resolved) {
        qFatal("fixture does not validate: %s", qPrintable(problems));
    }
    return *resolved;
}

double capex(const YearResult& year, CapexItem item)
{
    return year.capex[static_cast<std::size_t>(item)];
}

constexpr double kEbitda = 3504000.0 - 201480.0;
constexpr double kDepreciation = 10000000.0 / 5 + 800000.0 / 20; // IT over 5 years, facility over 20
constexpr double kTax = (kEbitda - kDepreciation) * 0.25;
constexpr double kResidual = 10000000.0 * (1 - 24.0 / 60) + 800000.0 * (1 - 24.0 / 240) + 20000.0;

} // namespace

class TestEngineFinance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capexByCategory();
    void depreciationAndResidualValue();
    void taxAndProjectCashFlows();
    void constructionSpreadsFacilityCapex();
    void unfinishedPhaseIsWorkInProgress();
    void hardwareRefresh();
    void noRefreshKeepsAgingPrice();
    void debtSchedule();
    void interestSubsidy();
    void capexSubsidyConditions_data();
    void capexSubsidyConditions();
    void electricitySubsidy();
    void withoutPoliciesPaysNothing();
    void breakEvenPointsZeroTheNpv();
    void vatPaidAfterTheInputCredit();
    void vatCreditCarriedForward();
    void vatIsNotChangedByTheElectricitySubsidy();
};

void TestEngineFinance::capexByCategory()
{
    const Results r = evaluate(scenario());
    const YearResult& y = r.years[0];
    COMPARE_NEAR(capex(y, CapexItem::Building), 100000.0);
    COMPARE_NEAR(capex(y, CapexItem::Cooling), 500000.0);
    COMPARE_NEAR(capex(y, CapexItem::Power), 200000.0);
    COMPARE_NEAR(capex(y, CapexItem::Land), 20000.0);
    COMPARE_NEAR(capex(y, CapexItem::Cards), 8000000.0);
    COMPARE_NEAR(capex(y, CapexItem::Servers), 2000000.0);
    COMPARE_NEAR(y.capexTotal, 10820000.0);
    QCOMPARE(r.years[1].capexTotal, 0.0);
    COMPARE_NEAR(r.summary.initialCapexCny, 10820000.0);
    // Power infrastructure scales with the redundancy multiplier (N+1 = 1.25 in the catalog).
    const Results redundant = evaluate(scenario({{"power.redundancyId", QStringLiteral("N+1")}}));
    COMPARE_NEAR(capex(redundant.years[0], CapexItem::Power), 200000.0 * 1.25);
}

void TestEngineFinance::depreciationAndResidualValue()
{
    const Results r = evaluate(scenario());
    COMPARE_NEAR(r.years[0].depreciation, kDepreciation);
    COMPARE_NEAR(r.years[1].depreciation, kDepreciation);
    QCOMPARE(r.years[0].residualValue, 0.0);
    // Two years into a five-year IT life and a twenty-year facility life; land keeps its value.
    COMPARE_NEAR(r.years[1].residualValue, kResidual);
}

void TestEngineFinance::taxAndProjectCashFlows()
{
    const Results r = evaluate(scenario());
    COMPARE_NEAR(r.years[0].ebitda, kEbitda);
    COMPARE_NEAR(r.years[0].tax, kTax);
    const double year1 = kEbitda - 10820000.0 - kTax;
    const double year2 = kEbitda - kTax + kResidual;
    COMPARE_NEAR(r.years[0].projectCashFlowAfterTax, year1);
    COMPARE_NEAR(r.years[1].projectCashFlowAfterTax, year2);
    COMPARE_NEAR(r.years[0].projectCashFlowBeforeTax, kEbitda - 10820000.0);
    COMPARE_NEAR(r.summary.npvAfterTaxCny, year1 / 1.1 + year2 / 1.21);
    // Two flows: -a/(1+r) + b/(1+r)² = 0 gives r = b/a - 1.
    QVERIFY(r.summary.projectIrrAfterTax.value.has_value());
    COMPARE_NEAR(*r.summary.projectIrrAfterTax.value, year2 / -year1 - 1);
    // Cumulative turns in year 2: 1 + |year1| / year2.
    QVERIFY(r.summary.paybackYears.value.has_value());
    COMPARE_NEAR(*r.summary.paybackYears.value, 1 + -year1 / year2);
    // Without debt, equity flows equal project flows.
    COMPARE_NEAR(r.years[0].equityCashFlow, year1);
}

void TestEngineFinance::constructionSpreadsFacilityCapex()
{
    // 18 months of construction from month 0, cards at month 18, horizon 3 years: facility plant
    // (800,000) is spread 12/18 into year 1 and 6/18 into year 2; land is bought at the start.
    const Results r = evaluate(
        scenario({{"horizonYears", 3}, {"facilityPhases[0].constructionMonths", 18}, {"chipMix[0].deployMonth", 18}}));
    COMPARE_NEAR(r.years[0].capexTotal, 800000.0 * 12 / 18 + 20000.0);
    COMPARE_NEAR(r.years[1].capexTotal, 800000.0 * 6 / 18 + 10000000.0);
    // Depreciation starts when the assets are in service (month 18): half a year in year 2.
    COMPARE_NEAR(r.years[0].depreciation, 0.0);
    COMPARE_NEAR(r.years[1].depreciation, kDepreciation / 2);
    QCOMPARE(r.years[0].revenue, 0.0);
    QCOMPARE(r.years[0].cards, 0.0);
}

void TestEngineFinance::unfinishedPhaseIsWorkInProgress()
{
    // A second phase starting at month 18 with 12 months of construction is half built at month 24: half
    // its plant (800,000 / 2) and its land (20,000) are spent and count at cost in the residual value.
    const Results r = evaluate(scenario({{"facilityPhases[1].startMonth", 18},
                                         {"facilityPhases[1].constructionMonths", 12},
                                         {"facilityPhases[1].rackPositions", 10}}));
    COMPARE_NEAR(r.years[1].capexTotal, 400000.0 + 20000.0);
    COMPARE_NEAR(r.years[1].residualValue, kResidual + 400000.0 + 20000.0);
    COMPARE_NEAR(r.years[1].depreciation, kDepreciation); // not in service: not depreciated
    QCOMPARE(r.years[1].racksBuilt, 10.0);
}

void TestEngineFinance::hardwareRefresh()
{
    // A one-year life with refresh: cards and servers bought again at month 12 at 90% of the price.
    const Results r = evaluate(scenario({{"chipMix[0].override.economicLifeYears", 1},
                                         {"operations.hardwareRefresh", true},
                                         {"operations.hardwarePriceDeclinePerYear", 0.1}}));
    COMPARE_NEAR(capex(r.years[1], CapexItem::Cards), 8000000.0 * 0.9);
    COMPARE_NEAR(capex(r.years[1], CapexItem::Servers), 2000000.0 * 0.9);
    // The refreshed cards earn the price of new compute: 10 × 0.9 per card-hour in year 2.
    COMPARE_NEAR(r.years[1].revenue, 3504000.0 * 0.9);
    // Nothing left of a generation bought at month 12 with a 12-month life at month 24.
    COMPARE_NEAR(r.years[1].residualValue, 800000.0 * (1 - 24.0 / 240) + 20000.0);
}

void TestEngineFinance::noRefreshKeepsAgingPrice()
{
    // The same one-year life without refresh: the cards keep working and keep their market price (the chip's
    // own price decline is 0), so year 2 earns what year 1 did. A new generation's price (10 × 0.9) would
    // apply only if the cards were bought again.
    const Results r = evaluate(scenario({{"chipMix[0].override.economicLifeYears", 1},
                                         {"operations.hardwareRefresh", false},
                                         {"operations.hardwarePriceDeclinePerYear", 0.1}}));
    COMPARE_NEAR(r.years[0].revenue, 3504000.0);
    COMPARE_NEAR(r.years[1].revenue, 3504000.0);
    COMPARE_NEAR(capex(r.years[1], CapexItem::Cards), 0.0);
}

void TestEngineFinance::debtSchedule()
{
    // Half of the month-0 capex borrowed (5.41 M) at 6%, one-year tenor, equal instalments from month 1.
    const Results r = evaluate(scenario({{"finance.debtShare", 0.5},
                                         {"finance.debtRatePerYear", 0.06},
                                         {"finance.debtTenorYears", 1},
                                         {"finance.repayment", QStringLiteral("equalInstalment")}}));
    const double principal = 5410000.0;
    const double instalment = Finance::pmt(0.005, 12, principal);
    COMPARE_NEAR(r.years[0].debtDrawdown, principal);
    COMPARE_NEAR(r.years[0].principal + r.years[1].principal, principal);
    COMPARE_NEAR(r.years[0].interest + r.years[1].interest, 12 * instalment - principal);
    COMPARE_NEAR(r.years[0].interest + r.years[0].principal, 11 * instalment); // months 1..11
    QVERIFY(std::abs(r.years[1].debtBalance) < 1e-3);
    // Interest is deductible: tax on EBIT minus interest.
    COMPARE_NEAR(r.years[0].tax, (kEbitda - kDepreciation - r.years[0].interest) * 0.25);
    // Equity pays the capex not borrowed, and the debt service.
    COMPARE_NEAR(r.years[0].equityCashFlow,
                 kEbitda - (10820000.0 - principal) - r.years[0].interest - r.years[0].principal - r.years[0].tax);
    // Debt-service coverage = (EBITDA − tax) / (interest + principal).
    QVERIFY(r.years[0].debtServiceCoverage.has_value());
    COMPARE_NEAR(*r.years[0].debtServiceCoverage, (kEbitda - r.years[0].tax) / (11 * instalment));
}

void TestEngineFinance::interestSubsidy()
{
    // One point for one year from the first drawdown: Σ balance × 0.01/12 over months 0..11.
    const Results r = evaluate(scenario({{"finance.debtShare", 0.5},
                                         {"finance.debtRatePerYear", 0.06},
                                         {"finance.debtTenorYears", 1},
                                         {"policies.interestSubsidy.ratePoints", 0.01},
                                         {"policies.interestSubsidy.years", 1}}));
    const double instalment = Finance::pmt(0.005, 12, 5410000.0);
    double balance = 5410000.0;
    double expected = 0;
    for (int m = 1; m < 12; ++m) { // month 0: balance before the drawdown is 0
        expected += balance * 0.01 / 12;
        balance -= instalment - balance * 0.005;
    }
    COMPARE_NEAR(r.years[0].interestSubsidy, expected);
    COMPARE_NEAR(r.summary.interestSubsidyCny, expected);
}

void TestEngineFinance::capexSubsidyConditions_data()
{
    QTest::addColumn<double>("maxPue");
    QTest::addColumn<double>("minScale");
    QTest::addColumn<bool>("granted");
    // Measured PUE in the first full year is 46/30 = 1.533; installed compute 80 P.
    QTest::newRow("PUE 1.533 meets a 1.6 cap") << 1.6 << 50.0 << true;
    QTest::newRow("Hunan-style PUE 1.3 cap is missed") << 1.3 << 50.0 << false;
    QTest::newRow("80 P misses a 100 P scale condition") << 1.6 << 100.0 << false;
}

void TestEngineFinance::capexSubsidyConditions()
{
    QFETCH(double, maxPue);
    QFETCH(double, minScale);
    QFETCH(bool, granted);
    QJsonObject subsidy{
        {QStringLiteral("name"), QStringLiteral("Grant")},
        {QStringLiteral("rate"), 0.2},
        {QStringLiteral("capCny"), 1000000},
        {QStringLiteral("eligibleItems"), QJsonArray{QStringLiteral("cards"), QStringLiteral("servers")}},
        {QStringLiteral("conditions"),
         QJsonObject{{QStringLiteral("maxPue"), maxPue}, {QStringLiteral("minScalePflopsFp16"), minScale}}},
        {QStringLiteral("payers"),
         QJsonArray{QJsonObject{{QStringLiteral("payer"), QStringLiteral("Province")}, {QStringLiteral("weight"), 1}},
                    QJsonObject{{QStringLiteral("payer"), QStringLiteral("City")}, {QStringLiteral("weight"), 2}}}},
        {QStringLiteral("paymentYear"), 2}};
    const Results r = evaluate(scenario({{"policies.capexSubsidies", QJsonArray{subsidy}}}));
    QCOMPARE(r.subsidies.size(), std::size_t{1});
    QCOMPARE(r.subsidies[0].granted, granted);
    COMPARE_NEAR(r.subsidies[0].eligibleBaseCny, 10000000.0);
    // 20% of 10 M is 2 M, capped at 1 M, paid in project year 2 and split 1:2.
    const double amount = granted ? 1000000.0 : 0.0;
    COMPARE_NEAR(r.years[1].capexSubsidy, amount);
    QCOMPARE(r.years[0].capexSubsidy, 0.0);
    COMPARE_NEAR(r.summary.payers[0].amountCny, amount / 3);
    COMPARE_NEAR(r.summary.payers[1].amountCny, amount * 2 / 3);
    bool allMet = true;
    std::size_t conditions = 0;
    for (const ComplianceItem& item : r.compliance) {
        if (item.kind != ComplianceKind::SubsidyCondition) {
            continue; // the rules where the center stands (TestPolicies)
        }
        ++conditions;
        allMet = allMet && item.met;
        QVERIFY(!item.detail.isEmpty());
    }
    QCOMPARE(conditions, std::size_t{2});
    QCOMPARE(allMet, granted);
}

void TestEngineFinance::electricitySubsidy()
{
    // 0.1 CNY per grid kWh for the first year after opening: 402,960 kWh × 0.1 = 40,296.
    const Results r =
        evaluate(scenario({{"policies.electricitySubsidy.cnyPerKwh", 0.1}, {"policies.electricitySubsidy.years", 1}}));
    COMPARE_NEAR(r.years[0].electricitySubsidy, 40296.0);
    COMPARE_NEAR(r.years[0].opex[0], 201480.0 - 40296.0);
    QCOMPARE(r.years[1].electricitySubsidy, 0.0);
    COMPARE_NEAR(r.summary.publicCostCny, 40296.0);
}

void TestEngineFinance::withoutPoliciesPaysNothing()
{
    const ResolvedScenario s =
        scenario({{"policies.electricitySubsidy.cnyPerKwh", 0.1}, {"policies.electricitySubsidy.years", 1}});
    EngineOptions options;
    options.withoutPolicies = true;
    const Results r = evaluate(s, options);
    QCOMPARE(r.summary.publicCostCny, 0.0);
    COMPARE_NEAR(r.years[0].opex[0], 201480.0);
}

void TestEngineFinance::breakEvenPointsZeroTheNpv()
{
    // Second method: evaluate again at the break-even utilization and price factor; the NPV must be ~0.
    const ResolvedScenario s = scenario({{"horizonYears", 6}});
    const Analysis analysis = analyze(s);
    QVERIFY(analysis.breakEvenUtilization.value.has_value());
    EngineOptions atUtilization;
    atUtilization.forcedUtilization = *analysis.breakEvenUtilization.value;
    QVERIFY(std::abs(evaluate(s, atUtilization).summary.npvAfterTaxCny) < 1.0);
    QVERIFY(analysis.breakEvenPriceFactor.value.has_value());
    EngineOptions atPrice;
    atPrice.priceMultiplier = *analysis.breakEvenPriceFactor.value;
    QVERIFY(std::abs(evaluate(s, atPrice).summary.npvAfterTaxCny) < 1.0);
    // At 50% utilization the simple center earns more than it costs, so break-even lies below 50%.
    QVERIFY(*analysis.breakEvenUtilization.value < 0.5);
}

void TestEngineFinance::vatPaidAfterTheInputCredit()
{
    // Prices include VAT at 13% (goods), 9% (construction) and 6% (compute); cards at 1,000 and server bases at
    // 2,000 keep the capex small: goods 500,000 cooling + 200,000 power + 80,000 cards + 20,000 servers =
    // 800,000; construction 100,000 building; land 20,000 carries no VAT; all spent in month 0.
    const double capexVat = 800000.0 * 0.13 / 1.13 + 100000.0 * 0.09 / 1.09;
    const double outputVat = 3504000.0 * 0.06 / 1.06;     // on each year's revenue
    const double electricityVat = 201480.0 * 0.13 / 1.13; // the only opex of the fixture
    const double paid1 = outputVat - capexVat - electricityVat;
    const double paid2 = outputVat - electricityVat;
    // Depreciation on costs net of VAT: IT (cards, servers) over 5 years, the plant over 20.
    const double depreciation = 100000.0 / 1.13 / 5 + (100000.0 / 1.09 + 700000.0 / 1.13) / 20;
    const auto prices = std::initializer_list<std::pair<const char*, QJsonValue>>{
        {"chipMix[0].override.cardPriceCny", 1000}, {"chipMix[0].override.serverBasePriceCny", 2000}};
    const Results without = evaluate(scenario(prices));
    const Results r = evaluate(scenario({{"chipMix[0].override.cardPriceCny", 1000},
                                         {"chipMix[0].override.serverBasePriceCny", 2000},
                                         {"finance.vat", QStringLiteral("included")}}));
    COMPARE_NEAR(r.years[0].outputVat, outputVat);
    COMPARE_NEAR(r.years[0].inputVat, capexVat + electricityVat);
    COMPARE_NEAR(r.years[0].vatPaid, paid1);
    QCOMPARE(r.years[0].vatCredit, 0.0);
    COMPARE_NEAR(r.years[0].vatSurcharges, 0.12 * paid1);
    COMPARE_NEAR(r.years[1].vatPaid, paid2);
    COMPARE_NEAR(r.years[1].vatSurcharges, 0.12 * paid2);
    for (std::size_t y = 0; y < 2; ++y) {
        const double paid = y == 0 ? paid1 : paid2;
        COMPARE_NEAR(r.years[y].depreciation, depreciation);
        COMPARE_NEAR(r.years[y].ebitda, (3504000.0 - outputVat) - (201480.0 - electricityVat) - 0.12 * paid);
        // The cash flows keep the amounts with VAT and pay what is due after the credit.
        COMPARE_NEAR(r.years[y].projectCashFlowBeforeTax,
                     without.years[y].projectCashFlowBeforeTax - paid - 0.12 * paid);
    }
    COMPARE_NEAR(r.summary.vatPaidCny, 1.12 * (paid1 + paid2));
    QCOMPARE(r.summary.vatCreditLeftCny, 0.0);
    QCOMPARE(without.summary.vatPaidCny, 0.0);
}

void TestEngineFinance::vatCreditCarriedForward()
{
    // With the fixture's 10 M of cards and servers, the input VAT of month 0 exceeds two years of output VAT:
    // nothing is paid and the rest of the credit is still there at the horizon.
    const double capexVat = 10700000.0 * 0.13 / 1.13 + 100000.0 * 0.09 / 1.09;
    const double outputVat = 3504000.0 * 0.06 / 1.06;
    const double electricityVat = 201480.0 * 0.13 / 1.13;
    const Results r = evaluate(scenario({{"finance.vat", QStringLiteral("included")}}));
    QCOMPARE(r.years[0].vatPaid, 0.0);
    QCOMPARE(r.years[1].vatPaid, 0.0);
    COMPARE_NEAR(r.years[0].vatCredit, capexVat + electricityVat - outputVat);
    COMPARE_NEAR(r.years[1].vatCredit, capexVat + 2 * (electricityVat - outputVat));
    COMPARE_NEAR(r.summary.vatCreditLeftCny, r.years[1].vatCredit);
    QCOMPARE(r.summary.vatPaidCny, 0.0);
}

void TestEngineFinance::vatIsNotChangedByTheElectricitySubsidy()
{
    // The electricity bill carries VAT before the subsidy comes off it, so a subsidy changes neither the input
    // VAT nor the levelized cost (which is gross of every subsidy).
    const Results plain = evaluate(scenario({{"finance.vat", QStringLiteral("included")}}));
    const Results subsidized = evaluate(scenario({{"finance.vat", QStringLiteral("included")},
                                                  {"policies.electricitySubsidy.cnyPerKwh", 0.3},
                                                  {"policies.electricitySubsidy.years", 2}}));
    QVERIFY(subsidized.years[0].electricitySubsidy > 0);
    COMPARE_NEAR(subsidized.years[0].inputVat, plain.years[0].inputVat);
    COMPARE_NEAR(*subsidized.summary.lcocPerUsedCardHour.value, *plain.summary.lcocPerUsedCardHour.value);
}

QTEST_GUILESS_MAIN(TestEngineFinance)
#include "TestEngineFinance.moc"
