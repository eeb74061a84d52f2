// Each schema step, tested on a file of the version before it. Schema 1 is written here by hand, frozen as
// Suanpan wrote it, so that a later change to the schema code cannot quietly change what the test starts from.

#include "StoreTestSupport.h"
#include "model/ScenarioJson.h"
#include "store/ProjectFile.h"
#include "store/ProjectSchema.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suanpan;

namespace {

/// Opens a database as a plain SQLite user for the duration of a test function.
class Database {
public:
    explicit Database(const QString& path)
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration-test"));
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~Database()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migration-test"));
    }
    QSqlDatabase& get() { return m_database; }
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_database);
        query.prepare(sql);
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QStringList column(const QString& sql)
    {
        QSqlQuery query(m_database);
        QStringList values;
        if (query.exec(sql)) {
            while (query.next()) {
                values << query.value(0).toString();
            }
        }
        return values;
    }

private:
    QSqlDatabase m_database;
};

/// A project as Suanpan wrote schema 1: one sample scenario, a chip price of its own, three log entries.
void writeSchema1(const QString& path)
{
    Database db(path);
    const Scenario scenario = test::sampleScenario(QStringLiteral("east-500p-vouchers"));
    const QString json =
        QString::fromUtf8(QJsonDocument(ScenarioJson::toJson(scenario)).toJson(QJsonDocument::Compact));
    QJsonObject chip = *Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"));
    chip.insert(QStringLiteral("cardPriceCny"), 88000);
    const QString chipJson = QString::fromUtf8(QJsonDocument(chip).toJson(QJsonDocument::Compact));
    QVERIFY(db.exec(QStringLiteral("PRAGMA application_id = 1398096206")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE scenarios (position INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL "
                                   "UNIQUE, json TEXT NOT NULL)")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE catalog_overrides (kind TEXT NOT NULL, entry_id TEXT NOT NULL, "
                                   "position INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, entry_id))")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE assumption_log (id INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, "
                                   "scenario TEXT NOT NULL, field_path TEXT NOT NULL, old_value TEXT NOT NULL, "
                                   "new_value TEXT NOT NULL, note TEXT NOT NULL)")));
    QVERIFY(db.exec(QStringLiteral("CREATE INDEX assumption_log_by_scenario_time ON assumption_log (scenario, time)")));
    for (const auto& [key, value] : {std::pair{"title", "杭州智算中心 feasibility study"},
                                     {"author", "Li Na"},
                                     {"organization", ""},
                                     {"currency", "CNY"},
                                     {"created", "2025-02-01T08:00:00.000Z"},
                                     {"modified", "2025-02-03T17:30:00.000Z"},
                                     {"appVersion", "0.1.0"}}) {
        QVERIFY(db.exec(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"),
                        {QString::fromUtf8(key), QString::fromUtf8(value)}));
    }
    QVERIFY(db.exec(QStringLiteral("INSERT INTO scenarios VALUES (0, ?, ?)"), {scenario.name, json}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO catalog_overrides VALUES ('chips', 'h20', 0, ?)"), {chipJson}));
    const QString time = QStringLiteral("2025-02-03T17:30:00.000Z");
    QVERIFY(db.exec(QStringLiteral("INSERT INTO assumption_log VALUES (1, '2025-02-01T08:00:00.000Z', ?, '', '', ?, "
                                   "'from east-500p-vouchers.json')"),
                    {scenario.name, json}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO assumption_log VALUES (2, ?, ?, 'chipMix[1].count', '256', '512', "
                                   "'second phase brought forward')"),
                    {time, scenario.name}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO assumption_log VALUES (3, ?, '', 'catalog.chips[h20].cardPriceCny', "
                                   "'105000', '88000', 'quote from the distributor')"),
                    {time}));
    QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 1")));
}

QStringList layout(const QString& path)
{
    Database db(path);
    return db.column(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                    "ORDER BY name"));
}

} // namespace

class TestProjectMigration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schema1LoadsAndIsUpgradedOnlyInMemory();
    void step1To2AddsDemandSeriesAndKeepsData();
    void stepsBuildTheSameLayoutAsANewFile();
    void noStepBeyondTheCurrentSchema();
};

void TestProjectMigration::schema1LoadsAndIsUpgradedOnlyInMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.suanpan"));
    writeSchema1(path);
    const QByteArray hashBefore = test::sha256(path);

    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.fileSchemaVersion, 1);
    const Project& project = *loaded.project;
    QCOMPARE(project.metadata().title, QStringLiteral("杭州智算中心 feasibility study"));
    QCOMPARE(project.metadata().modified, QDateTime(QDate(2025, 2, 3), QTime(17, 30), Qt::UTC));
    QCOMPARE(project.scenarios().size(), std::size_t(1));
    QVERIFY(project.scenarios().front() == test::sampleScenario(QStringLiteral("east-500p-vouchers")));
    QCOMPARE(project.catalog().entry(CatalogKind::Chips, QStringLiteral("h20"))->value(QStringLiteral("cardPriceCny")),
             QJsonValue(88000));
    QCOMPARE(project.log().size(), std::size_t(3));
    QCOMPARE(project.log()[1].note, QStringLiteral("second phase brought forward"));
    QVERIFY(project.demandSeries().empty());
    // The old file is not touched; it becomes schema 2 only when saved.
    QCOMPARE(test::sha256(path), hashBefore);
    QCOMPARE(test::filesIn(dir.path()), QStringList{QStringLiteral("old.suanpan")});

    Project saved = project;
    QString error;
    QVERIFY2(ProjectFile::save(saved, path, &error), qPrintable(error));
    const ProjectLoadResult again = ProjectFile::load(path);
    QVERIFY(again.ok());
    QCOMPARE(again.fileSchemaVersion, ProjectSchema::kCurrentVersion);
    QCOMPARE(again.project->log(), project.log());
}

void TestProjectMigration::step1To2AddsDemandSeriesAndKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.suanpan"));
    writeSchema1(path);
    Database db(path);
    QString error;
    QVERIFY2(ProjectSchema::migrateStep(db.get(), 1, &error), qPrintable(error));
    QCOMPARE(db.column(QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("2")});
    QVERIFY(db.column(QStringLiteral("SELECT name FROM sqlite_master")).contains(QStringLiteral("demand_series")));
    QCOMPARE(db.column(QStringLiteral("SELECT count(*) FROM assumption_log")), QStringList{QStringLiteral("3")});
    QCOMPARE(db.column(QStringLiteral("SELECT value FROM metadata WHERE key = 'author'")),
             QStringList{QStringLiteral("Li Na")});
    // The new table takes a series; its period check works.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO demand_series (scenario, segment, source_file, imported, period, "
                                   "first_year, first_month, unit, values_json) VALUES ('s', 'a', 'f.csv', "
                                   "'2025-01-01T00:00:00.000Z', 'year', 2026, 1, 'P', '[1]')")));
    QSqlQuery bad(db.get());
    QVERIFY(!bad.exec(QStringLiteral("INSERT INTO demand_series (scenario, segment, source_file, imported, period, "
                                     "first_year, first_month, unit, values_json) VALUES ('s', 'b', 'f.csv', "
                                     "'2025-01-01T00:00:00.000Z', 'week', 2026, 1, 'P', '[1]')")));
}

void TestProjectMigration::stepsBuildTheSameLayoutAsANewFile()
{
    QTemporaryDir dir;
    const QString upgraded = dir.filePath(QStringLiteral("upgraded.suanpan"));
    writeSchema1(upgraded);
    {
        Database db(upgraded);
        QString error;
        QVERIFY(ProjectSchema::migrate(db.get(), 1, &error));
    }
    Project project = test::sampleProject();
    QString error;
    const QString fresh = dir.filePath(QStringLiteral("fresh.suanpan"));
    QVERIFY(ProjectFile::save(project, fresh, &error));
    QCOMPARE(layout(upgraded), layout(fresh));
}

void TestProjectMigration::noStepBeyondTheCurrentSchema()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("empty.suanpan")));
    QString error;
    QVERIFY(ProjectSchema::migrate(db.get(), 0, &error));
    QVERIFY(!ProjectSchema::migrateStep(db.get(), ProjectSchema::kCurrentVersion, &error));
    QCOMPARE(error, QStringLiteral("There is no step from project schema 2 to 3."));
    QCOMPARE(db.column(QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("2")});
}

QTEST_GUILESS_MAIN(TestProjectMigration)
#include "TestProjectMigration.moc"
