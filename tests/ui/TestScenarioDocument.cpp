// The document behind the desktop app: an edit changes the results exactly as the engine says, undo and
// redo restore them, consecutive edits of one field merge, invalid input keeps the last valid results.

#include "TestScenarios.h"
#include "document/ScenarioDocument.h"
#include "engine/Engine.h"
#include "model/JsonPath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace suanpan;

namespace {

QJsonObject sample(const char* name)
{
    QFile file(test::samplePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample");
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

double npvOf(const ScenarioDocument& document, int index)
{
    return document.evaluation(index).results->summary.npvAfterTaxCny;
}

} // namespace

class TestScenarioDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editChangesResultsAsTheEngineSays();
    void undoRedoRoundTrip();
    void editsOfOneFieldMerge();
    void structuralEditsDoNotMerge();
    void invalidInputKeepsLastValidResults();
    void scenarioListCommands();
    void resolvedNumbersAreWrittenBackAsOneStep();
    void buildingAgainDropsTheColocationSection();
    void changingAForecastTypeDropsItsOtherParameters();

private:
    ScenarioDocument* m_document = nullptr;
};

void TestScenarioDocument::init()
{
    delete m_document;
    m_document = new ScenarioDocument(this);
    m_document->reset({sample("west-cautionary-1000-card"), sample("east-500p-vouchers")}, Catalog::builtIn());
}

void TestScenarioDocument::editChangesResultsAsTheEngineSays()
{
    QSignalSpy evaluated(m_document, &ScenarioDocument::evaluated);
    m_document->setField(0, QStringLiteral("site.override.tariffCnyPerKwh"), 0.9);
    QCOMPARE(evaluated.count(), 1);
    // Second method: evaluate the edited JSON directly with the engine.
    QJsonObject edited = sample("west-cautionary-1000-card");
    JsonPath::setValue(edited, QStringLiteral("site.override.tariffCnyPerKwh"), 0.9);
    const std::optional<ResolvedScenario> resolved = test::resolve(edited, Catalog::builtIn());
    QVERIFY(resolved.has_value());
    QCOMPARE(npvOf(*m_document, 0), evaluate(*resolved).summary.npvAfterTaxCny);
    // A higher tariff costs money.
    QVERIFY(m_document->evaluation(0).results->summary.averageAnnualOpexCny > 31e6);
}

void TestScenarioDocument::buildingAgainDropsTheColocationSection()
{
    // Colocate the Hangzhou center (energy-only tariff), set its host PUE, then build again: the colocation section
    // goes in the same undo step (a scenario that builds and has one is refused), and one undo brings both back.
    m_document->setField(1, QStringLiteral("facility.housing"), QStringLiteral("colocation"));
    m_document->setField(1, QStringLiteral("colocation.hostPue"), 1.5);
    QVERIFY2(m_document->evaluation(1).issues.issues().empty() && !m_document->evaluation(1).stale,
             "the colocated center evaluates");
    QCOMPARE(m_document->evaluation(1).results->summary.designPue, 1.5);
    const QJsonObject colocated = m_document->json(1);
    QVERIFY(colocated.contains(QStringLiteral("colocation")));
    m_document->setField(1, QStringLiteral("facility.housing"), QStringLiteral("build"));
    QVERIFY(!m_document->json(1).contains(QStringLiteral("colocation")));
    QVERIFY(m_document->evaluation(1).issues.issues().empty());
    QVERIFY(!m_document->evaluation(1).stale);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->json(1), colocated);
}

void TestScenarioDocument::changingAForecastTypeDropsItsOtherParameters()
{
    // The Hangzhou sample's second segment follows an S-curve: saturating at 900 P. At a constant rate its
    // saturation no longer applies (the reader refuses it there), so it goes with the type change, in one undo step.
    const QString saturation = QStringLiteral("demand[1].forecast.saturationPflops");
    const QJsonObject before = m_document->json(1);
    QCOMPARE(JsonPath::value(before, saturation).toDouble(), 900.0);
    m_document->setField(1, QStringLiteral("demand[1].forecast.type"), QStringLiteral("cagr"));
    QVERIFY(JsonPath::value(m_document->json(1), saturation).isUndefined());
    QCOMPARE(JsonPath::value(m_document->json(1), QStringLiteral("demand[1].forecast.growthPerYear")).toDouble(), 0.3);
    QVERIFY(m_document->evaluation(1).issues.issues().empty());
    QVERIFY(!m_document->evaluation(1).stale);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->json(1), before);
    // Back to an S-curve: nothing is dropped, and the missing saturation is reported at its field.
    m_document->undoStack()->redo();
    m_document->setField(1, QStringLiteral("demand[1].forecast.type"), QStringLiteral("sCurve"));
    QVERIFY(m_document->evaluation(1).stale);
    bool reported = false;
    for (const ValidationIssue& issue : m_document->evaluation(1).issues.issues()) {
        reported = reported || issue.path == saturation;
    }
    QVERIFY(reported);
}

void TestScenarioDocument::undoRedoRoundTrip()
{
    const QJsonObject before = m_document->json(0);
    const double npvBefore = npvOf(*m_document, 0);
    m_document->setField(0, QStringLiteral("chipMix[0].count"), 2000);
    m_document->setField(0, QStringLiteral("racks.designKwPerRack"), 12);
    const QJsonObject after = m_document->json(0);
    const double npvAfter = npvOf(*m_document, 0);
    QVERIFY(npvAfter != npvBefore);
    QUndoStack* undo = m_document->undoStack();
    QCOMPARE(undo->count(), 2);
    undo->undo();
    undo->undo();
    QCOMPARE(m_document->json(0), before);
    QCOMPARE(npvOf(*m_document, 0), npvBefore);
    QVERIFY(undo->isClean());
    undo->redo();
    undo->redo();
    QCOMPARE(m_document->json(0), after);
    QCOMPARE(npvOf(*m_document, 0), npvAfter);
    QVERIFY(!undo->isClean());
}

void TestScenarioDocument::editsOfOneFieldMerge()
{
    for (int density = 11; density <= 14; ++density) {
        m_document->setField(0, QStringLiteral("racks.designKwPerRack"), density);
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(JsonPath::value(m_document->json(0), QStringLiteral("racks.designKwPerRack")).toDouble(), 10.0);
    // Back to the start merges into nothing.
    m_document->setField(0, QStringLiteral("racks.designKwPerRack"), 12);
    m_document->setField(0, QStringLiteral("racks.designKwPerRack"), 10);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestScenarioDocument::structuralEditsDoNotMerge()
{
    QJsonArray phases = m_document->json(0).value(QStringLiteral("facilityPhases")).toArray();
    phases.append(QJsonObject{{QStringLiteral("startMonth"), 30}, {QStringLiteral("rackPositions"), 10}});
    m_document->setField(0, QStringLiteral("facilityPhases"), phases, QString(), false);
    phases.append(QJsonObject{{QStringLiteral("startMonth"), 40}, {QStringLiteral("rackPositions"), 10}});
    m_document->setField(0, QStringLiteral("facilityPhases"), phases, QString(), false);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestScenarioDocument::invalidInputKeepsLastValidResults()
{
    const double npvBefore = npvOf(*m_document, 0);
    m_document->setField(0, QStringLiteral("racks.designKwPerRack"), 45); // air cooling supports 15 kW
    const ScenarioDocument::Evaluation& e = m_document->evaluation(0);
    QVERIFY(!e.issues.isValid());
    QVERIFY(e.stale);
    QCOMPARE(e.results->summary.npvAfterTaxCny, npvBefore);
    const auto issues = e.issues.issuesAt(QStringLiteral("racks.designKwPerRack"));
    QCOMPARE(issues.size(), std::size_t{1});
    QVERIFY(issues.front().message.contains(QLatin1String("exceeds the 15 kW")));
    m_document->undoStack()->undo();
    QVERIFY(m_document->evaluation(0).issues.isValid());
    QVERIFY(!m_document->evaluation(0).stale);
}

void TestScenarioDocument::scenarioListCommands()
{
    QUndoStack* undo = m_document->undoStack();
    m_document->duplicateScenario(0);
    QCOMPARE(m_document->count(), 3);
    QVERIFY(m_document->name(1).startsWith(QLatin1String("Copy of")));
    QCOMPARE(m_document->currentIndex(), 1);
    m_document->renameScenario(1, QStringLiteral("Variant A"));
    QCOMPARE(m_document->name(1), QStringLiteral("Variant A"));
    m_document->renameScenario(2, QStringLiteral("Variant A")); // names stay unique
    QCOMPARE(m_document->name(2), QStringLiteral("Variant A (2)"));
    m_document->removeScenario(0);
    QCOMPARE(m_document->count(), 2);
    while (undo->canUndo()) {
        undo->undo();
    }
    QCOMPARE(m_document->count(), 2);
    QCOMPARE(m_document->name(0), sample("west-cautionary-1000-card").value(QStringLiteral("name")).toString());
    QCOMPARE(m_document->name(1), sample("east-500p-vouchers").value(QStringLiteral("name")).toString());
}

void TestScenarioDocument::resolvedNumbersAreWrittenBackAsOneStep()
{
    // What a goal seek applies: every chip count doubled, and July's temperature of the site's region, a
    // catalog list the scenario does not write; one undo step takes both back.
    const QJsonObject before = m_document->json(0);
    const int steps = m_document->undoStack()->count();
    ResolvedScenario scratch = *m_document->evaluation(0).scenario;
    std::vector<NumberTarget> targets = NumberTargets::find(scratch, QStringLiteral("chipMix[*].count"));
    QVERIFY(!targets.empty());
    for (const NumberTarget& target : targets) {
        target.set(target.base * 2);
    }
    const std::vector<NumberTarget> july =
        NumberTargets::find(scratch, QStringLiteral("site.override.monthlyTempC[6]"));
    QCOMPARE(july.size(), std::size_t{1});
    QVERIFY(JsonPath::value(before, QStringLiteral("site.override.monthlyTempC")).isUndefined());
    july.front().set(35.5);
    targets.insert(targets.end(), july.begin(), july.end());
    m_document->setNumbers(0, targets, scratch, QStringLiteral("test"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const QJsonObject after = m_document->json(0);
    QCOMPARE(JsonPath::value(after, QStringLiteral("chipMix[0].count")).toInt(),
             2 * JsonPath::value(before, QStringLiteral("chipMix[0].count")).toInt());
    // The whole list, with the catalog's other eleven months, so that it stays a valid list of twelve.
    const QJsonArray temperatures = JsonPath::value(after, QStringLiteral("site.override.monthlyTempC")).toArray();
    QCOMPARE(temperatures.size(), 12);
    QCOMPARE(temperatures.at(6).toDouble(), 35.5);
    QCOMPARE(temperatures.at(0).toDouble(), scratch.region.monthlyTempC[0]);
    QVERIFY2(m_document->evaluation(0).issues.isValid(),
             qPrintable(m_document->evaluation(0).issues.toTextLines().join(QLatin1Char('\n'))));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->json(0), before);
}

QTEST_MAIN(TestScenarioDocument)
#include "TestScenarioDocument.moc"
