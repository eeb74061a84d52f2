// The assumption log records exactly the changes made to a project (and nothing else), survives saving, and
// is enough to rebuild every earlier version of a scenario, so that an investor can see how its NPV moved.

#include "StoreTestSupport.h"
#include "engine/Engine.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "store/AssumptionLogReport.h"
#include "store/CatalogHistory.h"
#include "store/ProjectFile.h"
#include "store/ScenarioDiff.h"
#include "store/ScenarioHistory.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suanpan;

namespace {

QStringList pathsOf(const std::vector<AssumptionLogEntry>& entries, std::size_t from = 0)
{
    QStringList paths;
    for (std::size_t i = from; i < entries.size(); ++i) {
        paths << entries[i].fieldPath;
    }
    return paths;
}

double npvOf(const QJsonObject& json, const Catalog& catalog = Catalog::builtIn())
{
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    return resolved ? evaluate(*resolved).summary.npvAfterTaxCny : std::nan("");
}

QJsonObject h20WithPrice(double priceCny)
{
    QJsonObject h20 = *Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"));
    h20.insert(QStringLiteral("cardPriceCny"), priceCny);
    return h20;
}

} // namespace

class TestAssumptionLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void creationIsOneEntryWithTheWholeScenario();
    void updateRecordsExactlyTheChangedFields();
    void unchangedSaveRecordsNothing();
    void removalAndRenames();
    void catalogChangesAreProjectWide();
    void invalidCatalogEntryIsRefusedAndNotLogged();
    void logSurvivesSaving();
    void historyRebuildsEveryVersion();
    void historyFollowsARename();
    void historyStopsAtAnEditedLog();
    void catalogHistoryRebuildsEarlierCatalogs();
    void reportShowsHowTheNpvMoved();
};

void TestAssumptionLog::creationIsOneEntryWithTheWholeScenario()
{
    Project project;
    QString error;
    const Scenario scenario = test::sampleScenario(QStringLiteral("west-hub-training"));
    QVERIFY(project.addScenario(scenario, QStringLiteral("from west-hub-training.json"), &error));
    QCOMPARE(project.log().size(), std::size_t(1));
    const AssumptionLogEntry& e = project.log().front();
    QCOMPARE(e.id, qint64(1));
    QCOMPARE(e.scenario, scenario.name);
    QVERIFY(e.fieldPath.isEmpty() && e.oldValue.isEmpty());
    QCOMPARE(ScenarioDiff::valueFromText(e.newValue).toObject(), ScenarioJson::toJson(scenario));
    QCOMPARE(e.note, QStringLiteral("from west-hub-training.json"));
    QVERIFY(e.time.isValid() && e.time.timeSpec() == Qt::UTC);
    // A second scenario of the same name, or one without a name, is refused and not logged.
    QVERIFY(!project.addScenario(scenario, QString(), &error));
    QVERIFY(error.contains(scenario.name));
    Scenario unnamed = scenario;
    unnamed.name = QStringLiteral("  ");
    QVERIFY(!project.addScenario(unnamed, QString(), &error));
    unnamed.name = QString(201, QLatin1Char('x'));
    QVERIFY(!project.addScenario(unnamed, QString(), &error));
    QCOMPARE(error, QStringLiteral("Scenario name: 201 characters; at most 200 fit."));
    unnamed.name = QStringLiteral("Phase 1\tPhase 2");
    QVERIFY(!project.addScenario(unnamed, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("control character")), qPrintable(error));
    QCOMPARE(project.log().size(), std::size_t(1));
}

void TestAssumptionLog::updateRecordsExactlyTheChangedFields()
{
    Project project = test::sampleProject();
    const std::size_t before = project.log().size();
    Scenario edited = project.scenarios()[1];
    edited.chipMix[2].deployMonth = 24;
    edited.policies.vouchers.coverage = 0.4;
    edited.site.override.insert(QStringLiteral("tariffCnyPerKwh"), 0.6);
    QString error;
    int changes = -1;
    QVERIFY(project.updateScenario(edited.name, edited, QStringLiteral("investor's review"), &error, &changes));
    QCOMPARE(changes, 3);
    QCOMPARE(pathsOf(project.log(), before),
             (QStringList{QStringLiteral("chipMix[2].deployMonth"), QStringLiteral("policies.vouchers.coverage"),
                          QStringLiteral("site.override.tariffCnyPerKwh")}));
    const AssumptionLogEntry& first = project.log()[before];
    QCOMPARE(first.oldValue, QStringLiteral("30"));
    QCOMPARE(first.newValue, QStringLiteral("24"));
    for (std::size_t i = before; i < project.log().size(); ++i) {
        QCOMPARE(project.log()[i].id, qint64(i + 1));
        QCOMPARE(project.log()[i].time, first.time); // one change, one time
        QCOMPARE(project.log()[i].note, QStringLiteral("investor's review"));
        QCOMPARE(project.log()[i].scenario, edited.name);
    }
    QVERIFY(project.scenarios()[1] == edited);
}

void TestAssumptionLog::unchangedSaveRecordsNothing()
{
    Project project = test::sampleProject();
    const std::vector<AssumptionLogEntry> log = project.log();
    QString error;
    int changes = -1;
    for (const Scenario& scenario : std::vector<Scenario>(project.scenarios())) {
        QVERIFY(project.updateScenario(scenario.name, scenario, QStringLiteral("saved again"), &error, &changes));
        QCOMPARE(changes, 0);
    }
    QVERIFY(project.moveScenario(0, 2)); // order is presentation, not an assumption
    QCOMPARE(project.log(), log);
}

void TestAssumptionLog::removalAndRenames()
{
    Project project = test::sampleProject();
    const std::size_t before = project.log().size();
    Scenario renamed = project.scenarios()[0];
    const QString oldName = renamed.name;
    renamed.name = QStringLiteral("西部 1000 卡（谨慎）");
    QString error;
    QVERIFY(!project.updateScenario(oldName, project.scenarios()[1], QString(), &error)); // name taken
    QVERIFY(project.updateScenario(oldName, renamed, QString(), &error));
    QCOMPARE(pathsOf(project.log(), before), QStringList{QStringLiteral("name")});
    QCOMPARE(project.log().back().scenario, renamed.name);
    QVERIFY(project.scenario(oldName) == nullptr);
    QVERIFY(project.removeScenario(renamed.name, QStringLiteral("dropped"), &error));
    const AssumptionLogEntry& removed = project.log().back();
    QVERIFY(removed.fieldPath.isEmpty() && removed.newValue.isEmpty());
    QCOMPARE(ScenarioDiff::valueFromText(removed.oldValue).toObject(), ScenarioJson::toJson(renamed));
    QVERIFY(!project.removeScenario(renamed.name, QString(), &error));
    QCOMPARE(project.log().size(), before + 2);
}

void TestAssumptionLog::catalogChangesAreProjectWide()
{
    Project project = test::sampleProject();
    const std::size_t before = project.log().size();
    QJsonObject h20 = *Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"));
    const QJsonValue builtInPrice = h20.value(QStringLiteral("cardPriceCny"));
    h20.insert(QStringLiteral("cardPriceCny"), 99000);
    ValidationReport report;
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, h20, QStringLiteral("distributor quote"), report));
    QCOMPARE(pathsOf(project.log(), before), QStringList{QStringLiteral("catalog.chips[h20].cardPriceCny")});
    QCOMPARE(project.log().back().scenario, QString());
    QCOMPARE(project.log().back().oldValue, ScenarioDiff::valueText(builtInPrice));
    // A custom chip is one entry holding all of it.
    QJsonObject custom = h20;
    custom.insert(QStringLiteral("id"), QStringLiteral("h20-local"));
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, custom, QString(), report));
    QCOMPARE(project.log().back().fieldPath, QStringLiteral("catalog.chips[h20-local]"));
    QVERIFY(project.catalog().entry(CatalogKind::Chips, QStringLiteral("h20-local")) != nullptr);
    // Removing the project's own h20 brings back the built-in price, and says so.
    QVERIFY(project.removeCatalogEntry(CatalogKind::Chips, QStringLiteral("h20"), QString()));
    QCOMPARE(project.log().back().fieldPath, QStringLiteral("catalog.chips[h20].cardPriceCny"));
    QCOMPARE(project.log().back().newValue, ScenarioDiff::valueText(builtInPrice));
    QCOMPARE(project.catalog().entry(CatalogKind::Chips, QStringLiteral("h20"))->value(QStringLiteral("cardPriceCny")),
             builtInPrice);
    QVERIFY(report.isValid());
}

void TestAssumptionLog::invalidCatalogEntryIsRefusedAndNotLogged()
{
    Project project;
    QJsonObject chip = *Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"));
    chip.insert(QStringLiteral("tdpW"), -5);
    ValidationReport report;
    QVERIFY(!project.setCatalogEntry(CatalogKind::Chips, chip, QString(), report));
    QCOMPARE(report.issues().size(), std::size_t(1));
    QCOMPARE(report.issues().front().path, QStringLiteral("chips[h20].tdpW"));
    QVERIFY(project.log().empty());
    QVERIFY(project.catalogOverrides().empty());
}

void TestAssumptionLog::logSurvivesSaving()
{
    Project project = test::sampleProject();
    Scenario edited = project.scenarios()[2];
    edited.chipMix[0].count += 100;
    QString error;
    QVERIFY(project.updateScenario(edited.name, edited, QStringLiteral("更多的卡"), &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QVERIFY(ProjectFile::save(project, path, &error));
    Project loaded = ProjectFile::load(path).project.value();
    QCOMPARE(loaded.log(), project.log());
    // Saving what was loaded adds nothing to the log.
    QVERIFY(ProjectFile::save(loaded, path, &error));
    QCOMPARE(ProjectFile::load(path).project->log(), project.log());
    // New entries continue the ids.
    Scenario again = loaded.scenarios()[2];
    again.chipMix[0].count += 1;
    QVERIFY(loaded.updateScenario(again.name, again, QString(), &error));
    QCOMPARE(loaded.log().back().id, qint64(project.log().size() + 1));
}

void TestAssumptionLog::historyRebuildsEveryVersion()
{
    Project project = test::sampleProject();
    const QString name = project.scenarios()[1].name;
    std::vector<QJsonObject> expected{ScenarioJson::toJson(*project.scenario(name))};
    QString error;
    for (int step = 1; step <= 3; ++step) {
        Scenario edited = *project.scenario(name);
        edited.chipMix[1].count += 128 * step;
        edited.demand[step].captureShare *= 1.5;
        if (step == 2) {
            edited.chipMix.push_back({QStringLiteral("h20"), 128, 40, {}, {}});
        }
        QVERIFY(project.updateScenario(name, edited, QStringLiteral("revision %1").arg(step), &error));
        expected.push_back(ScenarioJson::toJson(edited));
    }
    bool complete = false;
    const std::vector<ScenarioHistory::Version> versions = ScenarioHistory::versions(project, name, &complete);
    QVERIFY(complete);
    QCOMPARE(versions.size(), std::size_t(4));
    QVERIFY(versions.front().created);
    for (std::size_t i = 0; i < versions.size(); ++i) {
        QCOMPARE(versions[i].scenario, expected[i]);
    }
    QCOMPARE(versions[2].note, QStringLiteral("revision 2"));
    QCOMPARE(pathsOf(versions[2].changes),
             (QStringList{QStringLiteral("chipMix[1].count"), QStringLiteral("chipMix[3]"),
                          QStringLiteral("demand[2].captureShare")}));
    // Each version evaluates; more cards of the same demand move the NPV.
    QVERIFY(std::isfinite(npvOf(versions[0].scenario)));
    QVERIFY(npvOf(versions[0].scenario) != npvOf(versions[3].scenario));
}

void TestAssumptionLog::historyFollowsARename()
{
    Project project = test::sampleProject();
    Scenario edited = project.scenarios()[0];
    const QString oldName = edited.name;
    edited.name = QStringLiteral("Renamed");
    edited.operations.staffCount = 30;
    QString error;
    QVERIFY(project.updateScenario(oldName, edited, QString(), &error));
    bool complete = false;
    const auto versions = ScenarioHistory::versions(project, QStringLiteral("Renamed"), &complete);
    QVERIFY(complete);
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions.front().scenario, ScenarioJson::toJson(test::sampleScenario(test::sampleNames()[0])));
}

void TestAssumptionLog::historyStopsAtAnEditedLog()
{
    Project project = test::sampleProject();
    const QString name = project.scenarios()[1].name;
    QString error;
    for (int step = 0; step < 2; ++step) {
        Scenario edited = *project.scenario(name);
        edited.operations.staffCount += 5; // 25 → 30 (entry 4), 30 → 35 (entry 5)
        QVERIFY(project.updateScenario(name, edited, QStringLiteral("step %1").arg(step), &error));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QVERIFY(ProjectFile::save(project, path, &error));
    {
        // Someone edits the first change by hand: it no longer leads to what the second change found.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("UPDATE assumption_log SET new_value = '99' WHERE id = 4")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const Project edited = ProjectFile::load(path).project.value();
    bool complete = true;
    const auto versions = ScenarioHistory::versions(edited, name, &complete);
    QVERIFY(!complete);
    QCOMPARE(versions.size(), std::size_t(2)); // the version before step 1 (as far as known) and the current one
    QVERIFY(!versions.front().time.isValid());
    QCOMPARE(versions.back().note, QStringLiteral("step 1"));
}

void TestAssumptionLog::catalogHistoryRebuildsEarlierCatalogs()
{
    Project project = test::sampleProject();
    const qint64 start = project.log().back().id;
    ValidationReport report;
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, h20WithPrice(99000), QStringLiteral("quote 1"), report));
    const qint64 first = project.log().back().id;
    QJsonObject custom = h20WithPrice(150000);
    custom.insert(QStringLiteral("id"), QStringLiteral("h20-grey"));
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, custom, QStringLiteral("grey market"), report));
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, h20WithPrice(95000), QStringLiteral("quote 2"), report));
    CatalogHistory history(project);
    QVERIFY(history.isComplete());
    const auto price = [&history](qint64 id) {
        return history.after(id)
            .entry(CatalogKind::Chips, QStringLiteral("h20"))
            ->value(QStringLiteral("cardPriceCny"));
    };
    QCOMPARE(
        price(start),
        Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"))->value(QStringLiteral("cardPriceCny")));
    QCOMPARE(history.after(0).entries(CatalogKind::Chips).size(),
             Catalog::builtIn().entries(CatalogKind::Chips).size());
    QCOMPARE(price(first), QJsonValue(99000));
    QVERIFY(history.after(first).entry(CatalogKind::Chips, QStringLiteral("h20-grey")) == nullptr);
    QVERIFY(history.after(first + 1).entry(CatalogKind::Chips, QStringLiteral("h20-grey")) != nullptr);
    QCOMPARE(price(project.log().back().id), QJsonValue(95000));
}

void TestAssumptionLog::reportShowsHowTheNpvMoved()
{
    Project project = test::sampleProject();
    const QString name = project.scenarios()[1].name;
    const QJsonObject created = ScenarioJson::toJson(*project.scenario(name));
    Scenario edited = *project.scenario(name);
    edited.chipMix[1].count = 384;
    QString error;
    QVERIFY(project.updateScenario(name, edited, QStringLiteral("fewer H20"), &error));
    ValidationReport report;
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, h20WithPrice(60000), QStringLiteral("cheaper"), report));
    const std::vector<AssumptionLogReport::Batch> batches = AssumptionLogReport::batches(project, name);
    QCOMPARE(batches.size(), std::size_t(3)); // created, edited, catalog (not the other scenarios' creations)
    const Catalog before = Catalog::builtIn();
    const Catalog after = project.catalog();
    const QJsonObject editedJson = ScenarioJson::toJson(edited);
    // Each figure is the engine's NPV of that version with the catalog of that time.
    QVERIFY(!batches[0].npvBeforeCny);
    QVERIFY(batches[0].npvAfterCny && batches[1].npvBeforeCny && batches[1].npvAfterCny && batches[2].npvBeforeCny &&
            batches[2].npvAfterCny);
    QCOMPARE(*batches[0].npvAfterCny, npvOf(created, before));
    QCOMPARE(*batches[1].npvBeforeCny, npvOf(created, before));
    QCOMPARE(*batches[1].npvAfterCny, npvOf(editedJson, before));
    QCOMPARE(batches[2].scenario, QString());
    QCOMPARE(*batches[2].npvBeforeCny, npvOf(editedJson, before));
    QCOMPARE(*batches[2].npvAfterCny, npvOf(editedJson, after));
    QVERIFY(*batches[2].npvAfterCny > *batches[2].npvBeforeCny); // cheaper cards
    const QString text = AssumptionLogReport::text(project, name, QLocale::c());
    QVERIFY2(text.contains(QStringLiteral("chipMix[1].count: 512 → 384")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("catalog.chips[h20].cardPriceCny")));
    QCOMPARE(text.count(QLatin1String("NPV after tax:")), 3);
    const QJsonObject json = AssumptionLogReport::json(project, name);
    QCOMPARE(json.value(QStringLiteral("batches")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("entries")).toArray().at(1).toObject().value(QStringLiteral("newValue")),
             QJsonValue(384));
}

QTEST_GUILESS_MAIN(TestAssumptionLog)
#include "TestAssumptionLog.moc"
