// The policy library, clawbacks and the hub rules (methodology §8.1–§8.3).
//
// Every library policy is applied to the simple fixture (tests/support), run over 5 years, and its amount checked
// against a hand calculation. The fixture's figures (TestEngineFormulas, TestEngineFinance):
//   capex at month 0: cards 80 × 100,000 = 8 M, servers 10 × 200,000 = 2 M, building 100,000, cooling 500,000,
//   power 200,000, land 20,000 (no network, storage, soft costs or contingency): 10.82 M in all;
//   80 P FP16 installed (1 P per card), not domestic; measured PUE 46/30 = 1.533; 5 of 10 racks filled;
//   one inference segment of 40 P paying 10 CNY/P·h: revenue 40 × 8,760 × 10 = 3,504,000 a year;
//   facility energy 46 kW × 8,760 h = 402,960 kWh a year, all from the grid.

#include "NearlyEqual.h"
#include "TestScenarios.h"
#include "engine/Engine.h"
#include "engine/Finance.h"
#include "model/ScenarioJson.h"
#include "policy/HubRules.h"
#include "policy/PolicyLibrary.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

constexpr double kRevenue = 3504000.0;
constexpr double kFullRevenue = 80 * 8760 * 10.0; // every card busy
constexpr double kGridKwh = 402960.0;

/// The fixture over 5 years, its inference users eligible for vouchers, with `change` applied to its JSON.
QJsonObject fixture()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("horizonYears"), 5);
    test::setPath(json, QStringLiteral("policies.vouchers.eligibleSegments"), QJsonArray{QStringLiteral("inference")});
    return json;
}

Results evaluateDetailed(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, test::catalog(), &problems);
    if (!resolved) {
        qFatal("scenario does not validate: %s", qPrintable(problems));
    }
    EngineOptions options;
    options.details = true;
    return evaluate(*resolved, options);
}

QJsonObject withLibrary(const QString& id)
{
    const LibraryPolicy* policy = PolicyLibrary::builtIn().find(id);
    if (policy == nullptr) {
        qFatal("no library policy %s", qPrintable(id));
    }
    return PolicyLibrary::builtIn().apply(fixture(), *policy);
}

/// Voucher spend of a year: coverage c of the bill, demand × (1 − c)^−0.8 (default elasticity), at most the 80 P
/// installed (methodology §7.4).
double voucherSpend(double c)
{
    const double uplift = std::pow(1.0 - c, -0.8);
    return c * std::min(kRevenue * uplift, kFullRevenue);
}

ValidationReport readLibrary(const char* entries)
{
    ValidationReport report;
    PolicyLibrary::fromBytes(QByteArray(R"({"catalog": "policies", "formatVersion": 1, "entries": )") + entries + "}",
                             report);
    return report;
}

} // namespace

class TestPolicies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedLibraryLoads();
    void capexPolicies_data();
    void capexPolicies();
    void voucherPolicies_data();
    void voucherPolicies();
    void electricityPolicies_data();
    void electricityPolicies();
    void interestPolicies_data();
    void interestPolicies();
    void everyPolicyIsTested();
    void namedByIdReadsAsTheLibrary();
    void changedFromTheLibrary();
    void badLibraryFiles_data();
    void badLibraryFiles();
    void badReferences();
    void clawback();
    void clawbackYearPastTheHorizon();
    void hubRules();
    void nationalTargetsEverywhere();
};

void TestPolicies::shippedLibraryLoads()
{
    const PolicyLibrary& library = PolicyLibrary::builtIn();
    QVERIFY2(library.loadErrors().isEmpty(), qPrintable(library.loadErrors().join(QLatin1Char('\n'))));
    QVERIFY(library.policies().size() >= 10);
    for (const LibraryPolicy& p : library.policies()) {
        QVERIFY2(!p.source.isEmpty() && !p.asOf.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.name.en.isEmpty() && !p.name.zh.isEmpty(), qPrintable(p.id));
        for (const QString& region : p.regionIds) {
            QVERIFY2(Catalog::builtIn().entry(CatalogKind::Regions, region) != nullptr, qPrintable(region));
        }
    }
    QVERIFY2(HubRules::builtIn().loadErrors().isEmpty(), qPrintable(HubRules::builtIn().loadErrors().join(", ")));
    QVERIFY(HubRules::builtIn().rules().size() >= 5);
}

void TestPolicies::capexPolicies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("own"); // the entry's own fields over the library's
    QTest::addColumn<double>("amount");   // paid in project year 2
    // Kunming: 15 % of cards + servers + network + storage = 0.15 × 10 M = 1.5 M (cap 50 M).
    QTest::newRow("kunming") << "kunming-capex-2023" << QJsonObject() << 1500000.0;
    // Anhui: needs 400 P; the fixture has 80 P, so nothing.
    QTest::newRow("anhui as published") << "anhui-capex-2023" << QJsonObject() << 0.0;
    // ... and with the scale condition lowered to 80 P: 5 % of every item, 0.05 × 10.82 M = 541,000.
    QTest::newRow("anhui at 80 P") << "anhui-capex-2023"
                                   << QJsonObject{{QStringLiteral("conditions"),
                                                   QJsonObject{{QStringLiteral("minScalePflopsFp16"), 80}}}}
                                   << 541000.0;
    // Hunan: PUE 1.533 misses the 1.3 cap: nothing.
    QTest::newRow("hunan as published") << "hunan-capex-2024" << QJsonObject() << 0.0;
    // ... with a 1.6 cap: 10 % of 10 M = 1 M (cap 20 M; 80 P ≥ 50 P).
    QTest::newRow("hunan at PUE 1.6") << "hunan-capex-2024"
                                      << QJsonObject{{QStringLiteral("conditions"),
                                                      QJsonObject{{QStringLiteral("maxPue"), 1.6}}}}
                                      << 1000000.0;
    // Shanghai: domestic chips only; the fixture's test-gpu is not domestic: nothing.
    QTest::newRow("shanghai as published") << "shanghai-capex-2025" << QJsonObject() << 0.0;
    // ... on domestic cards (test-npu: 50,000 a card, 100,000 a server of 8): 80 × 50,000 + 10 × 100,000 = 5 M,
    // 10 % of it = 500,000, no cap.
    QTest::newRow("shanghai on domestic cards") << "shanghai-capex-2025" << QJsonObject() << 500000.0;
    // Ningxia: 20 % of every item = 0.2 × 10.82 M = 2.164 M, capped at 3 M: 2.164 M.
    QTest::newRow("ningxia") << "ningxia-capex-2022" << QJsonObject() << 2164000.0;
}

void TestPolicies::capexPolicies()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, own);
    QFETCH(double, amount);
    QJsonObject json = withLibrary(id);
    if (!own.isEmpty()) {
        QJsonObject entry = own;
        entry.insert(QStringLiteral("library"), id);
        test::setPath(json, QStringLiteral("policies.capexSubsidies"), QJsonArray{entry});
    }
    if (QTest::currentDataTag() == QLatin1String("shanghai on domestic cards")) {
        test::setPath(json, QStringLiteral("chipMix[0].chipId"), QStringLiteral("test-npu"));
        test::setPath(json, QStringLiteral("demand[0].forecast.baseDemandPflops"), 20);
    }
    const Results r = evaluateDetailed(json);
    QCOMPARE(r.subsidies.size(), std::size_t{1});
    COMPARE_NEAR(r.subsidies[0].amountCny, amount);
    COMPARE_NEAR(r.years[1].capexSubsidy, amount);
    COMPARE_NEAR(r.summary.capexSubsidyCny, amount);
}

void TestPolicies::voucherPolicies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("coverage");
    QTest::addColumn<int>("years");
    // Each budget (≥ 40 M a year) is far above what 80 P can take, and the fixture names no users, so no cap
    // binds: spend = c × revenue × (1 − c)^−0.8, the revenue at most that of the 80 P installed.
    QTest::newRow("hangzhou 2023") << "hangzhou-vouchers-2023" << 0.2 << 3; // 0.2 × 3,504,000 × 1.1954 = 837,780
    QTest::newRow("hangzhou 2024") << "hangzhou-vouchers-2024" << 0.3 << 3; // 0.3 × 3,504,000 × 1.3303 = 1,398,4xx
    QTest::newRow("henan") << "henan-vouchers-2023" << 0.2 << 3;
    QTest::newRow("ningxia") << "ningxia-vouchers-2023" << 0.2 << 3;
    QTest::newRow("guizhou") << "guizhou-vouchers-2023" << 0.2 << 3;
    // Chengdu pays 60 %: demand would be 40 × 2.081 = 83.3 P, more than the 80 P installed: 0.6 × 7,008,000.
    QTest::newRow("chengdu") << "chengdu-vouchers-2025" << 0.6 << 3;
    // Beijing states no budget: the scenario's own (set to 10 M here) stays.
    QTest::newRow("beijing") << "beijing-vouchers-2023" << 0.2 << 3;
    QTest::newRow("shanghai") << "shanghai-vouchers-2025" << 0.3 << 3;
}

void TestPolicies::voucherPolicies()
{
    QFETCH(QString, id);
    QFETCH(double, coverage);
    QFETCH(int, years);
    QJsonObject json = fixture();
    test::setPath(json, QStringLiteral("policies.vouchers.annualBudgetCny"), 10000000);
    json = PolicyLibrary::builtIn().apply(json, *PolicyLibrary::builtIn().find(id));
    const Results r = evaluateDetailed(json);
    for (int y = 0; y < 5; ++y) {
        const double expected = y < years ? voucherSpend(coverage) : 0.0;
        QVERIFY2(std::abs(r.years[static_cast<std::size_t>(y)].voucherSpend - expected) <= 1e-6 * kFullRevenue,
                 qPrintable(QStringLiteral("year %1: %2, expected %3")
                                .arg(y + 1)
                                .arg(r.years[static_cast<std::size_t>(y)].voucherSpend)
                                .arg(expected)));
    }
}

void TestPolicies::electricityPolicies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("perYear");
    QTest::addColumn<int>("years");
    QTest::newRow("karamay 2024") << "karamay-electricity-2024" << 0.06 * kGridKwh << 3; // 24,177.6 a year
    QTest::newRow("karamay 2025") << "karamay-electricity-2025" << 0.05 * kGridKwh << 2; // 20,148 a year
}

void TestPolicies::electricityPolicies()
{
    QFETCH(QString, id);
    QFETCH(double, perYear);
    QFETCH(int, years);
    const Results r = evaluateDetailed(withLibrary(id));
    for (int y = 0; y < 5; ++y) {
        COMPARE_NEAR(r.years[static_cast<std::size_t>(y)].electricitySubsidy, y < years ? perYear : 0.0);
    }
}

void TestPolicies::interestPolicies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("points");
    QTest::newRow("hangzhou") << "hangzhou-interest-2024" << 0.015;
    QTest::newRow("shanghai") << "shanghai-interest-2024" << 0.01;
}

void TestPolicies::interestPolicies()
{
    QFETCH(QString, id);
    QFETCH(double, points);
    QJsonObject json = withLibrary(id);
    test::setPath(json, QStringLiteral("finance.debtShare"), 0.5);
    test::setPath(json, QStringLiteral("finance.debtRatePerYear"), 0.06);
    test::setPath(json, QStringLiteral("finance.debtTenorYears"), 5);
    const Results r = evaluateDetailed(json);
    // Half of 10.82 M borrowed at month 0 and repaid in 60 equal instalments at 0.5 % a month; the subsidy is
    // `points`/12 of each month's opening balance, from month 1 (the balance of month 0 is 0 before the drawdown).
    const double instalment = Finance::pmt(0.005, 60, 5410000.0);
    double balance = 5410000.0;
    double firstYear = 0;
    for (int m = 1; m < 12; ++m) {
        firstYear += balance * points / 12;
        balance -= instalment - balance * 0.005;
    }
    COMPARE_NEAR(r.years[0].interestSubsidy, firstYear);
    QVERIFY(r.years[2].interestSubsidy > 0);
    QCOMPARE(r.years[3].interestSubsidy, 0.0); // three years from the first drawdown
}

void TestPolicies::everyPolicyIsTested()
{
    // Each policy of the library appears in one of the tables above; a new policy needs its hand calculation.
    const QStringList tested = {"kunming-capex-2023",     "anhui-capex-2023",         "hunan-capex-2024",
                                "shanghai-capex-2025",    "ningxia-capex-2022",       "hangzhou-vouchers-2023",
                                "hangzhou-vouchers-2024", "henan-vouchers-2023",      "ningxia-vouchers-2023",
                                "guizhou-vouchers-2023",  "chengdu-vouchers-2025",    "beijing-vouchers-2023",
                                "shanghai-vouchers-2025", "karamay-electricity-2024", "karamay-electricity-2025",
                                "hangzhou-interest-2024", "shanghai-interest-2024"};
    for (const LibraryPolicy& p : PolicyLibrary::builtIn().policies()) {
        QVERIFY2(tested.contains(p.id), qPrintable(p.id));
    }
}

void TestPolicies::namedByIdReadsAsTheLibrary()
{
    // A scenario that names the policy alone reads exactly as one that spells out every field.
    QJsonObject named = fixture();
    test::setPath(named, QStringLiteral("policies.capexSubsidies"),
                  QJsonArray{QJsonObject{{QStringLiteral("library"), QStringLiteral("kunming-capex-2023")}}});
    QString problems;
    const std::optional<ResolvedScenario> byId = test::resolve(named, test::catalog(), &problems);
    QVERIFY2(byId, qPrintable(problems));
    const std::optional<ResolvedScenario> spelt =
        test::resolve(withLibrary(QStringLiteral("kunming-capex-2023")), test::catalog(), &problems);
    QVERIFY(spelt);
    QCOMPARE(byId->input.policies, spelt->input.policies);
    QCOMPARE(byId->input.policies.capexSubsidies[0].rate, 0.15);
    QCOMPARE(byId->input.policies.capexSubsidies[0].library, QStringLiteral("kunming-capex-2023"));
    // Written back, it names the library and holds the figures, so it reads the same without the library.
    const QJsonObject written = ScenarioJson::toJson(byId->input);
    const QJsonObject entry = written[QStringLiteral("policies")][QStringLiteral("capexSubsidies")][0].toObject();
    QCOMPARE(entry.value(QStringLiteral("library")).toString(), QStringLiteral("kunming-capex-2023"));
    QCOMPARE(entry.value(QStringLiteral("capCny")).toDouble(), 50000000.0);
}

void TestPolicies::changedFromTheLibrary()
{
    const PolicyLibrary& library = PolicyLibrary::builtIn();
    QJsonObject entry = library.find(QStringLiteral("hunan-capex-2024"))->policy;
    entry.insert(QStringLiteral("library"), QStringLiteral("hunan-capex-2024"));
    QVERIFY(library.changedFields(entry).isEmpty());
    entry.insert(QStringLiteral("rate"), 0.12);
    QJsonObject conditions = entry.value(QStringLiteral("conditions")).toObject();
    conditions.insert(QStringLiteral("maxPue"), 1.25);
    entry.insert(QStringLiteral("conditions"), conditions);
    QCOMPARE(library.changedFields(entry), (QStringList{"conditions.maxPue", "rate"}));
    entry.remove(QStringLiteral("library"));
    QVERIFY(library.changedFields(entry).isEmpty()); // typed by hand: nothing to compare with
}

void TestPolicies::badLibraryFiles_data()
{
    QTest::addColumn<QByteArray>("entries");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    const QByteArray head = R"([{"id": "x", "name": "X", "nameZh": "X", "issuer": "I", "issuerZh": "I", "place": "P",
        "placeZh": "P", "regionIds": [], "year": 2024, "source": "S", "asOf": "2024", )";
    QTest::newRow("unknown condition")
        << head + R"("kind": "capexSubsidy", "policy": {"rate": 0.1, "conditions": {"maxPeu": 1.3}}}])"
        << "entries[0].policy.conditions.maxPeu"
        << "unknown field";
    QTest::newRow("rate out of range") << head + R"("kind": "capexSubsidy", "policy": {"rate": 1.5}}])"
                                       << "entries[0].policy.rate"
                                       << "outside the allowed range";
    QTest::newRow("unknown kind") << head + R"("kind": "loan", "policy": {}}])"
                                  << "entries[0].kind"
                                  << "capexSubsidy";
    QTest::newRow("duplicate id") << head + R"("kind": "vouchers", "policy": {}}, )" + head.mid(1) +
                                         R"("kind": "vouchers", "policy": {}}])"
                                  << "entries[1].id"
                                  << "earlier entry";
    QTest::newRow("unknown field") << head + R"("kind": "vouchers", "policy": {}, "sauce": 1}])"
                                   << "entries[0].sauce"
                                   << "unknown field";
}

void TestPolicies::badLibraryFiles()
{
    QFETCH(QByteArray, entries);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const ValidationReport report = readLibrary(entries.constData());
    QVERIFY(!report.isValid());
    bool found = false;
    for (const ValidationIssue& issue : report.issues()) {
        found = found || (issue.path == path && issue.message.contains(words));
    }
    QVERIFY2(found, qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
}

void TestPolicies::badReferences()
{
    QJsonObject json = fixture();
    test::setPath(json, QStringLiteral("policies.capexSubsidies"),
                  QJsonArray{QJsonObject{{QStringLiteral("library"), QStringLiteral("atlantis-capex-2030")}}});
    test::setPath(json, QStringLiteral("policies.vouchers.library"), QStringLiteral("kunming-capex-2023"));
    QString problems;
    QVERIFY(!test::resolve(json, test::catalog(), &problems));
    QVERIFY2(problems.contains(QLatin1String("policies.capexSubsidies[0].library: \"atlantis-capex-2030\" is not a "
                                             "capex subsidy of the policy library")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("policies.vouchers.library: \"kunming-capex-2023\" is not a compute "
                                             "vouchers of the policy library")),
             qPrintable(problems));
}

void TestPolicies::clawback()
{
    // Ningxia's 2.164 M, paid in year 2, kept only if utilization in year 3 is at least the threshold. The
    // fixture's utilization is 0.5 (40 of 80 cards busy).
    for (const double threshold : {0.6, 0.4}) {
        QJsonObject json = withLibrary(QStringLiteral("ningxia-capex-2022"));
        test::setPath(json, QStringLiteral("policies.capexSubsidies[0].clawback"),
                      QJsonObject{{QStringLiteral("metric"), QStringLiteral("utilization")},
                                  {QStringLiteral("year"), 3},
                                  {QStringLiteral("threshold"), threshold},
                                  {QStringLiteral("repayShare"), 0.5}});
        const Results r = evaluateDetailed(json);
        const bool missed = threshold > 0.5;
        const double repaid = missed ? 0.5 * 2164000.0 : 0.0; // half of it, in year 4
        COMPARE_NEAR(r.years[1].capexSubsidy, 2164000.0);
        COMPARE_NEAR(r.years[3].capexSubsidy, -repaid);
        COMPARE_NEAR(r.years[3].subsidyClawback, repaid);
        COMPARE_NEAR(r.summary.capexSubsidyCny, 2164000.0 - repaid);
        COMPARE_NEAR(r.summary.subsidyClawbackCny, repaid);
        COMPARE_NEAR(r.summary.publicCostCny, 2164000.0 - repaid);       // no other public money in this scenario
        COMPARE_NEAR(r.summary.payers[0].amountCny, 2164000.0 - repaid); // the province, net of the repayment
        QCOMPARE(r.subsidies[0].clawbackYear, missed ? 4 : 0);
        bool listed = false;
        for (const ComplianceItem& item : r.compliance) {
            if (item.kind == ComplianceKind::Clawback) {
                listed = true;
                QCOMPARE(item.met, !missed);
            }
        }
        QVERIFY(listed);
    }
}

void TestPolicies::clawbackYearPastTheHorizon()
{
    QJsonObject json = withLibrary(QStringLiteral("ningxia-capex-2022"));
    test::setPath(json, QStringLiteral("policies.capexSubsidies[0].clawback"),
                  QJsonObject{{QStringLiteral("metric"), QStringLiteral("rackingRate")},
                              {QStringLiteral("year"), 8},
                              {QStringLiteral("threshold"), 0.65}});
    QString problems;
    QVERIFY(!test::resolve(json, test::catalog(), &problems));
    QVERIFY2(problems.contains(QString::fromUtf8(
                 "policies.capexSubsidies[0].clawback.year: year 8 is not a project year: use 1 … 5 (the horizon)")),
             qPrintable(problems));
}

void TestPolicies::hubRules()
{
    // The Qingyang sample: the cluster's PUE limit (1.2), its green-power share (> 80 %) and its racking rate
    // (≥ 65 %), plus the two national targets; the large-DC rule of the non-hub regions does not apply there.
    const ResolvedScenario s = test::resolveFile(test::samplePath(QStringLiteral("network-qingyang-spot")));
    QCOMPARE(s.region.id, QStringLiteral("gansu-qingyang"));
    EngineOptions options;
    options.details = true;
    const Results r = evaluate(s, options);
    QStringList rules;
    for (const ComplianceItem& item : r.compliance) {
        if (item.kind == ComplianceKind::Rule || item.kind == ComplianceKind::Target) {
            rules << item.condition;
            QVERIFY(!item.source.isEmpty());
            QVERIFY(!item.detail.isEmpty());
        }
        if (item.condition.startsWith(QLatin1String("Green power"))) {
            QCOMPARE(item.met, s.input.power.greenShare >= 0.8);
        }
        if (item.condition.startsWith(QLatin1String("Design PUE"))) {
            QVERIFY(item.condition.contains(QLatin1String("1.20")));
        }
    }
    QCOMPARE(rules.size(), 5);
}

void TestPolicies::nationalTargetsEverywhere()
{
    // The test region is in no hub: only the national targets apply. Measured PUE 46/30 = 1.533 misses the 1.5
    // target; 5 of 10 racks filled (50 %) misses the 60 % racking target. Both are targets, not rules.
    const Results r = evaluateDetailed(fixture());
    int targets = 0;
    for (const ComplianceItem& item : r.compliance) {
        QCOMPARE(item.kind, ComplianceKind::Target);
        QVERIFY(!item.met);
        ++targets;
    }
    QCOMPARE(targets, 2);
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "TestPolicies.moc"
