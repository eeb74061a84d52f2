// A .suanpan file keeps everything exactly, refuses what is not a project (or not one this version can read)
// with a message naming what it found, and never changes a byte of a file it refuses or only reads.

#include "StoreTestSupport.h"
#include "TestScenarios.h"
#include "model/ScenarioJson.h"
#include "store/ProjectFile.h"
#include "store/ProjectSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suanpan;

namespace {

/// Runs SQL on a file as another program (or a hand editor) would.
void execOn(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery query(database);
        for (const QString& statement : statements) {
            QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QString savedSampleProject(const QString& folder)
{
    Project project = test::sampleProject();
    const QString path = folder + QStringLiteral("/study.suanpan");
    QString error;
    if (!ProjectFile::save(project, path, &error)) {
        qFatal("%s", qPrintable(error));
    }
    return path;
}

enum class Fixture {
    Empty,
    Text,
    ScenarioJson,
    RandomBytes,
    ForeignDatabase,
    DatabaseWithoutId,
    NoSchemaVersion,
    NewerSchema,
    Truncated,
    DamagedPages,
    TamperedScenario,
    BinaryInLog,
    OverlongName,
    MissingTable,
};

/// Makes the file of one refusal case in `folder` and returns its path.
QString makeFixture(Fixture fixture, const QString& folder)
{
    const QString path = folder + QStringLiteral("/case.suanpan");
    switch (fixture) {
    case Fixture::Empty:
        test::writeAll(path, QByteArray());
        return path;
    case Fixture::Text:
        test::writeAll(path, "Minutes of the planning meeting, 2025-03-01\r\n会议纪要\r\n");
        return path;
    case Fixture::ScenarioJson:
        test::writeAll(path, test::readAll(test::samplePath(QStringLiteral("east-500p-vouchers"))));
        return path;
    case Fixture::RandomBytes: {
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        test::writeAll(path, bytes);
        return path;
    }
    case Fixture::ForeignDatabase: // a GeoPackage ("GPKG")
        execOn(path, {QStringLiteral("PRAGMA application_id = 1196444487"),
                      QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT)")});
        return path;
    case Fixture::DatabaseWithoutId:
        execOn(path, {QStringLiteral("CREATE TABLE customers (name TEXT)")});
        return path;
    case Fixture::NoSchemaVersion:
        execOn(path, {QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::kApplicationId),
                      QStringLiteral("CREATE TABLE metadata (key TEXT, value TEXT)")});
        return path;
    default:
        break;
    }
    const QString project = savedSampleProject(folder);
    switch (fixture) {
    case Fixture::NewerSchema:
        execOn(project, {QStringLiteral("PRAGMA user_version = 99"),
                         QStringLiteral("UPDATE metadata SET value = '9.9.0' WHERE key = 'appVersion'")});
        break;
    case Fixture::Truncated: {
        const QByteArray bytes = test::readAll(project);
        test::writeAll(project, bytes.left(bytes.size() / 2));
        break;
    }
    case Fixture::DamagedPages: {
        // Pages 2 and 3 (the first tables' b-tree pages) overwritten, the header left intact.
        QByteArray bytes = test::readAll(project);
        bytes.replace(4096, 8192, QByteArray(8192, '\xA5'));
        test::writeAll(project, bytes);
        break;
    }
    case Fixture::TamperedScenario:
        execOn(project, {QStringLiteral("UPDATE scenarios SET json = replace(json, '\"startYear\"', '\"startYaer\"') "
                                        "WHERE position = 1")});
        break;
    case Fixture::BinaryInLog:
        execOn(project, {QStringLiteral("UPDATE assumption_log SET note = X'00FF10' WHERE id = 2")});
        break;
    case Fixture::OverlongName:
        execOn(project, {QStringLiteral("UPDATE scenarios SET name = printf('%.300c', 'x') WHERE position = 0")});
        break;
    case Fixture::MissingTable:
        execOn(project, {QStringLiteral("DROP TABLE demand_series")});
        break;
    default:
        break;
    }
    return project;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void everythingSurvives();
    void saveStampsMetadata();
    void refusals_data();
    void refusals();
    void readOnlyFileLoadsWithoutLeavingFiles();
    void invalidScenarioLoadsWithItsProblems();
    void failedSaveLeavesTheOldFile();
    void saveRefusesNonFiniteNumbers();
    void saveKeepsPermissions();
    void saveRefusesAReadOnlyFile();
};

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    for (const QString& name : test::sampleNames()) {
        QTest::newRow(qPrintable(name)) << QJsonDocument::fromJson(test::readAll(test::samplePath(name))).object();
    }
    QTest::newRow("large fixture") << test::largeScenarioJson();
}

void TestProjectFile::roundTrip()
{
    QFETCH(QJsonObject, json);
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, Catalog::builtIn(), report);
    QVERIFY(report.isValid());
    Project project;
    QString error;
    QVERIFY(project.addScenario(scenario, QString(), &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.project->scenarios().size(), std::size_t(1));
    // JSON → project → JSON is identical, to the byte.
    QCOMPARE(ScenarioJson::toBytes(loaded.project->scenarios().front()), ScenarioJson::toBytes(scenario));
    QVERIFY(loaded.project->scenarios().front() == scenario);
    QVERIFY(loaded.invalidScenarios.empty());
}

void TestProjectFile::everythingSurvives()
{
    Project project = test::sampleProject();
    ValidationReport report;
    QJsonObject chip = *Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"));
    chip.insert(QStringLiteral("cardPriceCny"), 99000);
    QVERIFY(project.setCatalogEntry(CatalogKind::Chips, chip, QStringLiteral("consultant's quote"), report));
    DemandSeries series;
    series.scenario = project.scenarios().front().name;
    series.segment = QStringLiteral("推理");
    series.sourceFile = QStringLiteral("需求预测.csv");
    series.imported = QDateTime::currentDateTimeUtc();
    series.period = DemandPeriod::Month;
    series.firstYear = 2026;
    series.firstMonth = 3;
    series.unit = QStringLiteral("P·h");
    series.valuesPflops = {0.1, 2.5, 1e-9, 12345.678};
    project.setDemandSeries(series);
    QString error;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("项目.suanpan"));
    QVERIFY2(ProjectFile::save(project, path, &error), qPrintable(error));
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.project->metadata(), project.metadata());
    QCOMPARE(loaded.project->catalogOverrides(), project.catalogOverrides());
    QCOMPARE(loaded.project->demandSeries(), project.demandSeries());
    QCOMPARE(loaded.project->log(), project.log());
    QVERIFY(*loaded.project == project);
    QCOMPARE(loaded.fileSchemaVersion, ProjectSchema::kCurrentVersion);
    QCOMPARE(loaded.project->catalog()
                 .entry(CatalogKind::Chips, QStringLiteral("h20"))
                 ->value(QStringLiteral("cardPriceCny")),
             QJsonValue(99000));
}

void TestProjectFile::saveStampsMetadata()
{
    Project project = test::sampleProject();
    QVERIFY(!project.metadata().created.isValid());
    QTemporaryDir dir;
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(ProjectFile::save(project, dir.filePath(QStringLiteral("p.suanpan")), &error));
    QVERIFY(project.metadata().created >= before);
    QCOMPARE(project.metadata().modified, project.metadata().created);
    QCOMPARE(project.metadata().appVersion, QStringLiteral(SUANPAN_VERSION));
    const QDateTime created = project.metadata().created;
    QTest::qWait(5);
    QVERIFY(ProjectFile::save(project, dir.filePath(QStringLiteral("p.suanpan")), &error));
    QCOMPARE(project.metadata().created, created);
    QVERIFY(project.metadata().modified > created);
}

void TestProjectFile::refusals_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QStringList>("messageParts");
    const auto row = [](const char* name, Fixture fixture, ProjectFileProblem problem, const QStringList& parts) {
        QTest::newRow(name) << static_cast<int>(fixture) << static_cast<int>(problem) << parts;
    };
    row("empty file", Fixture::Empty, ProjectFileProblem::Empty, {QStringLiteral("is empty (0 bytes)")});
    row("a text file", Fixture::Text, ProjectFileProblem::NotAProject, {QStringLiteral("it is a text file")});
    row("a scenario JSON file renamed", Fixture::ScenarioJson, ProjectFileProblem::NotAProject,
        {QStringLiteral("looks like JSON (a scenario?)")});
    row("random bytes", Fixture::RandomBytes, ProjectFileProblem::NotAProject,
        {QStringLiteral("not an SQLite database")});
    row("another program's SQLite database (GeoPackage)", Fixture::ForeignDatabase, ProjectFileProblem::ForeignDatabase,
        {QStringLiteral("another program"), QStringLiteral("0x47504b47"), QStringLiteral("0x5355414e")});
    row("an SQLite database without application id", Fixture::DatabaseWithoutId, ProjectFileProblem::ForeignDatabase,
        {QStringLiteral("without an application id")});
    row("Suanpan id but no schema version", Fixture::NoSchemaVersion, ProjectFileProblem::Damaged,
        {QStringLiteral("has no schema version")});
    row("written by a newer Suanpan (schema 99)", Fixture::NewerSchema, ProjectFileProblem::NewerSchema,
        {QStringLiteral("Suanpan 9.9.0 (project schema 99)"), QStringLiteral("reads project schema 2 and older"),
         QStringLiteral("Update Suanpan")});
    row("truncated to half", Fixture::Truncated, ProjectFileProblem::Damaged,
        {QStringLiteral("is damaged"), QStringLiteral("header says it has")});
    row("two pages overwritten", Fixture::DamagedPages, ProjectFileProblem::Damaged, {QStringLiteral("is damaged")});
    row("scenario JSON edited by hand (unknown field)", Fixture::TamperedScenario, ProjectFileProblem::InvalidContent,
        {QStringLiteral("scenario \"Hangzhou, ~500 P"), QStringLiteral("startYaer: unknown field")});
    row("binary data in a log note", Fixture::BinaryInLog, ProjectFileProblem::InvalidContent,
        {QStringLiteral("assumption_log, column note: expected text, found binary data")});
    row("scenario name of 300 characters", Fixture::OverlongName, ProjectFileProblem::InvalidContent,
        {QStringLiteral("scenarios, column name: 300 characters; at most 200")});
    row("a table missing", Fixture::MissingTable, ProjectFileProblem::InvalidContent,
        {QStringLiteral("the table demand_series is missing")});
}

void TestProjectFile::refusals()
{
    QFETCH(int, fixture);
    QFETCH(int, problem);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const QString path = makeFixture(static_cast<Fixture>(fixture), dir.path());
    const QByteArray hashBefore = test::sha256(path);
    const QStringList filesBefore = test::filesIn(dir.path());

    const ProjectLoadResult result = ProjectFile::load(path);
    QVERIFY(!result.ok());
    QCOMPARE(static_cast<int>(result.problem), problem);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    for (const QString& part : messageParts) {
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
    }
    // Left byte for byte as it was, with nothing (journal, WAL) created beside it.
    QCOMPARE(test::sha256(path), hashBefore);
    QCOMPARE(test::filesIn(dir.path()), filesBefore);
}

void TestProjectFile::readOnlyFileLoadsWithoutLeavingFiles()
{
    QTemporaryDir dir;
    const QString path = savedSampleProject(dir.path());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray hashBefore = test::sha256(path);
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.project->scenarios().size(), std::size_t(3));
    QCOMPARE(test::sha256(path), hashBefore);
    QCOMPARE(test::filesIn(dir.path()), QStringList{QStringLiteral("study.suanpan")});
}

void TestProjectFile::invalidScenarioLoadsWithItsProblems()
{
    // A scenario saved mid-edit (a count of 0) is kept: loading must never lose work; it is reported instead.
    Project project = test::sampleProject();
    Scenario edited = project.scenarios()[1];
    edited.chipMix[0].count = 0;
    QString error;
    QVERIFY(project.updateScenario(edited.name, edited, QString(), &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QVERIFY(ProjectFile::save(project, path, &error));
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.invalidScenarios.size(), std::size_t(1));
    QCOMPARE(loaded.invalidScenarios.front().scenario, edited.name);
    QCOMPARE(loaded.invalidScenarios.front().report.issues().front().path, QStringLiteral("chipMix[0].count"));
    QCOMPARE(loaded.project->scenarios()[1].chipMix[0].count, 0);
}

void TestProjectFile::failedSaveLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = savedSampleProject(dir.path());
    const QByteArray hashBefore = test::sha256(path);
    Project project = ProjectFile::load(path).project.value();
    const Project unchanged = project;
    // A note over the size limit is written, but the check that reads the new file back refuses it.
    project.record({AssumptionLogEntry{}}, QString(20000, QLatin1Char('n')));
    const Project attempted = project;
    QString error;
    ProjectFileProblem problem = ProjectFileProblem::None;
    QVERIFY(!ProjectFile::save(project, path, &error, &problem));
    QCOMPARE(problem, ProjectFileProblem::InvalidContent);
    QVERIFY2(error.contains(QLatin1String("could not be read back")) && error.contains(QLatin1String("at most 10000")),
             qPrintable(error));
    QCOMPARE(test::sha256(path), hashBefore);
    QCOMPARE(test::filesIn(dir.path()), QStringList{QStringLiteral("study.suanpan")}); // no temporary file left
    QVERIFY(project == attempted);                                                     // nothing stamped
    QVERIFY(!(project == unchanged));

    // A folder that does not exist.
    QVERIFY(!ProjectFile::save(project, dir.filePath(QStringLiteral("no-such-folder/p.suanpan")), &error, &problem));
    QCOMPARE(problem, ProjectFileProblem::CannotWrite);
}

void TestProjectFile::saveRefusesNonFiniteNumbers()
{
    Project project = test::sampleProject();
    Scenario edited = project.scenarios()[0];
    edited.power.greenShare = std::numeric_limits<double>::quiet_NaN();
    QString error;
    QVERIFY(project.updateScenario(edited.name, edited, QString(), &error));
    QTemporaryDir dir;
    QVERIFY(!ProjectFile::save(project, dir.filePath(QStringLiteral("p.suanpan")), &error));
    QVERIFY2(error.contains(QLatin1String("power.greenShare is not a finite number")), qPrintable(error));
    QVERIFY(test::filesIn(dir.path()).isEmpty());
}

void TestProjectFile::saveKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = savedSampleProject(dir.path());
    const QFile::Permissions shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup;
    QVERIFY(QFile::setPermissions(path, shared));
    Project project = ProjectFile::load(path).project.value();
    QString error;
    QVERIFY(ProjectFile::save(project, path, &error));
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser), shared);
}

void TestProjectFile::saveRefusesAReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = savedSampleProject(dir.path());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    if (QFileInfo(path).isWritable()) {
        QSKIP("running as root: every file is writable");
    }
    const QByteArray hash = test::sha256(path);
    Project project = ProjectFile::load(path).project.value();
    QString error;
    ProjectFileProblem problem = ProjectFileProblem::None;
    QVERIFY(!ProjectFile::save(project, path, &error, &problem));
    QCOMPARE(problem, ProjectFileProblem::CannotWrite);
    QVERIFY2(error.contains(QLatin1String("the file is read-only")), qPrintable(error));
    QCOMPARE(test::sha256(path), hash);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "TestProjectFile.moc"
