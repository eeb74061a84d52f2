// The field-level changes between two versions of a scenario: exactly the fields that changed, named as the
// scenario format names them, with values that undo back to the earlier version.

#include "StoreTestSupport.h"
#include "model/ScenarioFields.h"
#include "model/ScenarioJson.h"
#include "store/ScenarioDiff.h"
#include "store/ScenarioHistory.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace suanpan;

namespace {

struct Expected {
    QString path;
    QString oldValue; ///< "*" = not checked (long JSON)
    QString newValue;
};

struct Edit {
    const char* name;
    std::function<void(Scenario&)> apply;
    std::vector<Expected> expected;
};

const std::vector<Edit>& edits()
{
    static const std::vector<Edit> list = {
        {"nothing changed", [](Scenario&) {}, {}},
        {"one card count", [](Scenario& s) { s.chipMix[1].count = 640; }, {{"chipMix[1].count", "512", "640"}}},
        {"a share", [](Scenario& s) { s.demand[0].captureShare = 0.15; }, {{"demand[0].captureShare", "0.12", "0.15"}}},
        {"description in Chinese",
         [](Scenario& s) { s.description = QStringLiteral("杭州方案，第二版"); },
         {{"description", "*", "\"杭州方案，第二版\""}}},
        {"enum: tariff mode",
         [](Scenario& s) { s.power.tariffMode = TariffMode::TwoPartDemand; },
         {{"power.tariffMode", "\"energyOnly\"", "\"twoPartDemand\""}}},
        {"boolean: no hardware refresh",
         [](Scenario& s) { s.operations.hardwareRefresh = false; },
         {{"operations.hardwareRefresh", "true", "false"}}},
        {"region override added",
         [](Scenario& s) { s.site.override.insert(QStringLiteral("tariffCnyPerKwh"), 0.52); },
         {{"site.override.tariffCnyPerKwh", "", "0.52"}}},
        {"override key with a dot",
         [](Scenario& s) { s.chipMix[0].override.insert(QStringLiteral("tflops.fp16"), 1); },
         {{"chipMix[0].override[\"tflops.fp16\"]", "", "1"}}},
        {"chip added at the end",
         [](Scenario& s) {
             s.chipMix.push_back({QStringLiteral("h20"), 256, 36, {}, {}});
         },
         {{"chipMix[3]", "", "{\"chipId\":\"h20\",\"count\":256,\"deployMonth\":36,\"override\":{}}"}}},
        {"two segments removed",
         [](Scenario& s) { s.demand.resize(2); },
         {{"demand[3]", "*", ""}, {"demand[2]", "*", ""}}},
        {"forecast switched to a series",
         [](Scenario& s) {
             s.demand[0].forecast.type = ForecastType::Series;
             s.demand[0].forecast.seriesPflops = std::vector<double>(15, 36.5);
         },
         {{"demand[0].forecast.baseDemandPflops", "300", ""},
          {"demand[0].forecast.growthPerYear", "0.35", ""},
          {"demand[0].forecast.type", "\"cagr\"", "\"series\""},
          {"demand[0].forecast.seriesPflops", "", "*"}}},
        {"allowed chips grew (a list of texts)",
         [](Scenario& s) { s.demand[3].allowedChips << QStringLiteral("ascend-910b"); },
         {{"demand[3].allowedChips", "[\"ascend-910c\",\"h20\"]", "[\"ascend-910c\",\"h20\",\"ascend-910b\"]"}}},
        {"payer weight",
         [](Scenario& s) { s.policies.capexSubsidies[0].payers[1].weight = 3; },
         {{"policies.capexSubsidies[0].payers[1].weight", "2", "3"}}},
        {"renamed",
         [](Scenario& s) { s.name = QStringLiteral("Hangzhou v2"); },
         {{"name", "\"Hangzhou, ~500 P mixed domestic and imported, with compute vouchers\"", "\"Hangzhou v2\""}}},
        {"three fields at once",
         [](Scenario& s) {
             s.racks.designKwPerRack = 35;
             s.finance.debtShare = 0.6;
             s.cooling.technologyId = QStringLiteral("cold-plate");
         },
         {{"cooling.technologyId", "\"rear-door\"", "\"cold-plate\""},
          {"finance.debtShare", "0.5", "0.6"},
          {"racks.designKwPerRack", "30", "35"}}},
    };
    return list;
}

Scenario hangzhou()
{
    return test::sampleScenario(QStringLiteral("east-500p-vouchers"));
}

} // namespace

class TestScenarioDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void changes_data();
    void changes();
    void everyNumberIsOneChangeAtItsPath_data();
    void everyNumberIsOneChangeAtItsPath();
    void undoRejectsAValueThatDoesNotMatch();
};

void TestScenarioDiff::changes_data()
{
    QTest::addColumn<int>("edit");
    for (std::size_t i = 0; i < edits().size(); ++i) {
        QTest::newRow(edits()[i].name) << static_cast<int>(i);
    }
}

void TestScenarioDiff::changes()
{
    QFETCH(int, edit);
    const Edit& e = edits()[static_cast<std::size_t>(edit)];
    const Scenario before = hangzhou();
    Scenario after = before;
    e.apply(after);
    const std::vector<AssumptionLogEntry> entries = ScenarioDiff::changes(before, after);
    QStringList paths;
    for (const AssumptionLogEntry& entry : entries) {
        paths << entry.fieldPath;
    }
    QStringList expectedPaths;
    for (const Expected& x : e.expected) {
        expectedPaths << x.path;
    }
    QCOMPARE(paths, expectedPaths);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].scenario, after.name);
        QCOMPARE(entries[i].id, qint64(0));
        QVERIFY(!entries[i].time.isValid());
        if (e.expected[i].oldValue != QLatin1String("*")) {
            QCOMPARE(entries[i].oldValue, e.expected[i].oldValue);
        }
        if (e.expected[i].newValue != QLatin1String("*")) {
            QCOMPARE(entries[i].newValue, e.expected[i].newValue);
        }
    }
    // Undoing the entries newest-first gives back the earlier version exactly.
    QJsonObject document = ScenarioJson::toJson(after);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        QVERIFY2(ScenarioHistory::undo(document, *it), qPrintable(it->fieldPath));
    }
    QCOMPARE(document, ScenarioJson::toJson(before));
}

void TestScenarioDiff::everyNumberIsOneChangeAtItsPath_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("Hangzhou sample (cagr and sCurve forecasts)") << 0;
    QTest::newRow("with a monthly series forecast") << 1;
}

void TestScenarioDiff::everyNumberIsOneChangeAtItsPath()
{
    QFETCH(int, variant);
    Scenario base = hangzhou();
    if (variant == 1) {
        base.demand[1].forecast.type = ForecastType::Series;
        base.demand[1].forecast.seriesPflops = std::vector<double>(180, 12.5);
    }
    QStringList paths;
    visitNumbers(base, [&paths](const QString& path, const auto&) { paths << path; });
    QVERIFY(paths.size() > 60);
    // Only the parameters of each forecast's own type are inputs (the others are neither read nor written).
    QCOMPARE(paths.contains(QStringLiteral("demand[0].forecast.saturationPflops")), false);
    QCOMPARE(paths.contains(QStringLiteral("demand[2].forecast.saturationPflops")), true);
    QCOMPARE(paths.contains(QStringLiteral("demand[1].forecast.growthPerYear")), variant == 0);
    for (qsizetype k = 0; k < paths.size(); ++k) {
        Scenario changed = base;
        qsizetype index = 0;
        visitNumbers(changed, [&](const QString&, auto& value) {
            if (index++ == k) {
                value += 1;
            }
        });
        const std::vector<AssumptionLogEntry> entries = ScenarioDiff::changes(base, changed);
        QVERIFY2(entries.size() == 1, qPrintable(paths.at(k)));
        QCOMPARE(entries.front().fieldPath, paths.at(k));
    }
}

void TestScenarioDiff::undoRejectsAValueThatDoesNotMatch()
{
    QJsonObject document = ScenarioJson::toJson(hangzhou());
    const QJsonObject original = document;
    AssumptionLogEntry entry;
    entry.fieldPath = QStringLiteral("chipMix[1].count");
    entry.oldValue = QStringLiteral("256");
    entry.newValue = QStringLiteral("999"); // the document holds 512
    QVERIFY(!ScenarioHistory::undo(document, entry));
    entry.newValue = QStringLiteral("512");
    entry.fieldPath = QStringLiteral("chipMix[7].count");
    QVERIFY(!ScenarioHistory::undo(document, entry));
    entry.fieldPath = QStringLiteral("chipMix[1.count");
    QVERIFY(!ScenarioHistory::undo(document, entry));
    QCOMPARE(document, original);
    entry.fieldPath = QStringLiteral("chipMix[1].count");
    QVERIFY(ScenarioHistory::undo(document, entry));
    QCOMPARE(document.value(QStringLiteral("chipMix")).toArray().at(1).toObject().value(QStringLiteral("count")),
             QJsonValue(256));
}

QTEST_GUILESS_MAIN(TestScenarioDiff)
#include "TestScenarioDiff.moc"
