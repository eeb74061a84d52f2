// The shipped uncertainty presets: every figure carries its reasoning, they fit every sample (which then
// still validates), selectors expand per chip, and adding them never makes a number uncertain twice.

#include "TestScenarios.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "risk/UncertaintyPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

Scenario readSample(const char* name, const Catalog& catalog)
{
    QFile file(test::samplePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", name);
    }
    ValidationReport report;
    return ScenarioJson::fromBytes(file.readAll(), catalog, report);
}

bool hasInput(const Uncertainty& u, const char* path)
{
    return std::any_of(u.inputs.begin(), u.inputs.end(),
                       [path](const UncertainInput& input) { return input.path == QLatin1String(path); });
}

} // namespace

class TestUncertaintyPresets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyPresetHasItsReasoning();
    void samplesStayValid_data();
    void samplesStayValid();
    void selectorsExpandPerChip();
    void addingTwiceAddsNothing();
    void scenarioOwnInputsWin();
};

void TestUncertaintyPresets::everyPresetHasItsReasoning()
{
    const QJsonObject presets = UncertaintyPresets::shipped();
    QCOMPARE(presets.value(QStringLiteral("catalog")).toString(), QStringLiteral("uncertaintyPresets"));
    const QJsonArray inputs = presets.value(QStringLiteral("inputs")).toArray();
    QVERIFY(inputs.size() >= 6);
    QJsonArray all = inputs;
    for (const QJsonValue& event : presets.value(QStringLiteral("events")).toArray()) {
        all.append(event);
    }
    QCOMPARE(all.size(), inputs.size() + 2);
    for (const QJsonValue& value : all) {
        const QJsonObject preset = value.toObject();
        QVERIFY2(preset.value(QStringLiteral("note")).toString().size() > 60,
                 qPrintable(preset.value(QStringLiteral("id")).toString()));
        QVERIFY(!preset.value(QStringLiteral("name")).toString().isEmpty());
    }
}

void TestUncertaintyPresets::samplesStayValid_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("domesticInputs");
    QTest::addColumn<int>("supplyCuts");
    // Cautionary: Ascend 910B only. East: Ascend 910B and 910C, H20. West hub: Ascend 910C (two phases), H20.
    QTest::newRow("cautionary") << "west-cautionary-1000-card" << 1 << 0;
    QTest::newRow("east vouchers") << "east-500p-vouchers" << 2 << 1;
    QTest::newRow("west hub: one input for the 910C's two entries") << "west-hub-training" << 1 << 1;
}

void TestUncertaintyPresets::samplesStayValid()
{
    QFETCH(QString, sample);
    QFETCH(int, domesticInputs);
    QFETCH(int, supplyCuts);
    const Catalog& catalog = Catalog::builtIn();
    Scenario scenario = readSample(qPrintable(sample), catalog);
    ValidationReport report;
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    QVERIFY(resolved.has_value());
    QVERIFY(UncertaintyPresets::addTo(scenario, *resolved) >= 7);
    ValidationReport after;
    QVERIFY2(resolveScenario(scenario, catalog, after).has_value(),
             qPrintable(after.toTextLines().join(QLatin1Char('\n'))));
    const Uncertainty& u = scenario.uncertainty;
    for (const char* path : {"demand[*].forecast.growthPerYear", "demand[*].captureShare", "demand[*].rampMonths",
                             "chipMix[*].override.priceDeclinePerYear", "site.override.tariffCnyPerKwh",
                             "chipMix[*].override.cardPriceCny"}) {
        QVERIFY2(hasInput(u, path), path);
    }
    const auto domestic = std::count_if(u.inputs.begin(), u.inputs.end(), [](const UncertainInput& input) {
        return input.path.endsWith(QLatin1String("ecosystemEfficiency.training"));
    });
    const auto cuts = std::count_if(u.events.begin(), u.events.end(),
                                    [](const RiskEvent& e) { return e.type == RiskEventType::ChipSupplyCut; });
    QCOMPARE(domestic, domesticInputs);
    QCOMPARE(cuts, supplyCuts);
    QCOMPARE(std::count_if(u.events.begin(), u.events.end(),
                           [](const RiskEvent& e) { return e.type == RiskEventType::ConstructionDelay; }),
             1);
    // Round trip through the file format.
    ValidationReport reread;
    QVERIFY(ScenarioJson::fromBytes(ScenarioJson::toBytes(scenario), catalog, reread) == scenario);
}

void TestUncertaintyPresets::selectorsExpandPerChip()
{
    // The large fixture: domestic Ascend 910B, 910C and MLU370; imported H20, L20 and Xeon 8480.
    const std::optional<ResolvedScenario> r = test::resolve(test::largeScenarioJson(), Catalog::builtIn());
    QVERIFY(r.has_value());
    const Uncertainty u = UncertaintyPresets::forScenario(*r);
    for (const char* path : {"chipMix[ascend-910b].override.ecosystemEfficiency.training",
                             "chipMix[ascend-910c].override.ecosystemEfficiency.training",
                             "chipMix[mlu370-x8].override.ecosystemEfficiency.training"}) {
        QVERIFY2(hasInput(u, path), path);
    }
    QCOMPARE(u.correlations.size(), std::size_t{3}); // each pair of the three, at 0.8
    QCOMPARE(u.correlations.front().rho, 0.8);
    // Supply cuts per imported chip: p = 1 − (1 − supplyRisk)^(1 / ⌈20 / life⌉); H20 0.6 over 4 deliveries
    // = 0.205, L20 0.5 → 0.159, Xeon 0.2 over ⌈20 / 6⌉ = 4 → 0.054.
    QStringList cut;
    for (const RiskEvent& e : u.events) {
        if (e.type == RiskEventType::ChipSupplyCut) {
            cut << e.chipId;
            const double expected = e.chipId == QLatin1String("h20")   ? 1.0 - std::pow(0.4, 0.25)
                                    : e.chipId == QLatin1String("l20") ? 1.0 - std::pow(0.5, 0.25)
                                                                       : 1.0 - std::pow(0.8, 0.25);
            QVERIFY2(std::abs(e.probability - expected) < 0.0005, qPrintable(e.chipId));
        }
    }
    QCOMPARE(cut, (QStringList{QStringLiteral("h20"), QStringLiteral("l20"), QStringLiteral("xeon-8480")}));
}

void TestUncertaintyPresets::addingTwiceAddsNothing()
{
    const Catalog& catalog = Catalog::builtIn();
    ValidationReport report;
    Scenario scenario = ScenarioJson::fromJson(test::largeScenarioJson(), catalog, report);
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    QVERIFY(resolved.has_value());
    const int first = UncertaintyPresets::addTo(scenario, *resolved);
    QVERIFY(first > 0);
    const Scenario once = scenario;
    QCOMPARE(UncertaintyPresets::addTo(scenario, *resolved), 0);
    QVERIFY(scenario == once);
}

void TestUncertaintyPresets::scenarioOwnInputsWin()
{
    // A scenario that already makes the first segment's capture share uncertain keeps its own input: the
    // preset for every segment's capture share would make that number uncertain twice, so it is left out.
    QJsonObject json = test::largeScenarioJson();
    test::setPath(json, QStringLiteral("uncertainty.inputs[0]"),
                  QJsonDocument::fromJson(R"({"path": "demand[training].captureShare",
                      "distribution": {"type": "uniform", "min": 0.01, "max": 0.1}})")
                      .object());
    const Catalog& catalog = Catalog::builtIn();
    ValidationReport report;
    Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    QVERIFY2(resolved.has_value(), qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
    UncertaintyPresets::addTo(scenario, *resolved);
    QVERIFY(!hasInput(scenario.uncertainty, "demand[*].captureShare"));
    QVERIFY(hasInput(scenario.uncertainty, "demand[*].forecast.growthPerYear"));
    ValidationReport after;
    QVERIFY(resolveScenario(scenario, catalog, after).has_value());
}

QTEST_GUILESS_MAIN(TestUncertaintyPresets)
#include "TestUncertaintyPresets.moc"
