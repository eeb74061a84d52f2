#include "ProjectSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace suanpan::ProjectSchema {

namespace {

/// Schema 1: metadata, scenarios (canonical scenario JSON), the project's catalog entries, the assumption log.
const QStringList& schema1()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE scenarios (position INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE, "
                       "json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE catalog_overrides (kind TEXT NOT NULL, entry_id TEXT NOT NULL, "
                       "position INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, entry_id))"),
        QStringLiteral("CREATE TABLE assumption_log (id INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, "
                       "scenario TEXT NOT NULL, field_path TEXT NOT NULL, old_value TEXT NOT NULL, "
                       "new_value TEXT NOT NULL, note TEXT NOT NULL)"),
        // The log is listed per scenario in time order.
        QStringLiteral("CREATE INDEX assumption_log_by_scenario_time ON assumption_log (scenario, time)"),
    };
    return statements;
}

/// Schema 2: demand forecasts imported from CSV, kept for provenance beside the scenario they feed.
const QStringList& schema2()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE demand_series (id INTEGER PRIMARY KEY NOT NULL, scenario TEXT NOT NULL, "
                       "segment TEXT NOT NULL, source_file TEXT NOT NULL, imported TEXT NOT NULL, "
                       "period TEXT NOT NULL CHECK (period IN ('year', 'month')), first_year INTEGER NOT NULL, "
                       "first_month INTEGER NOT NULL, unit TEXT NOT NULL, values_json TEXT NOT NULL, "
                       "UNIQUE (scenario, segment))"),
    };
    return statements;
}

const QStringList* stepTo(int version)
{
    switch (version) {
    case 1:
        return &schema1();
    case 2:
        return &schema2();
    default:
        return nullptr;
    }
}

} // namespace

bool migrateStep(QSqlDatabase& database, int fromVersion, QString* error)
{
    const QStringList* statements = stepTo(fromVersion + 1);
    if (statements == nullptr) {
        *error = QCoreApplication::translate("ProjectFile", "There is no step from project schema %1 to %2.")
                     .arg(fromVersion)
                     .arg(fromVersion + 1);
        return false;
    }
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    QStringList all = *statements;
    // PRAGMA takes no bound parameters; the version is a number from this code, never text from a file.
    all << QStringLiteral("PRAGMA user_version = %1").arg(fromVersion + 1);
    for (const QString& statement : all) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            database.rollback();
            return false;
        }
    }
    if (!database.commit()) {
        *error = database.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

bool migrate(QSqlDatabase& database, int fromVersion, QString* error)
{
    for (int version = fromVersion; version < kCurrentVersion; ++version) {
        if (!migrateStep(database, version, error)) {
            return false;
        }
    }
    return true;
}

bool setApplicationId(QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(static_cast<qint32>(kApplicationId)))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace suanpan::ProjectSchema
