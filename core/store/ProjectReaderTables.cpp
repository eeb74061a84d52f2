// The table-by-table half of ProjectReader: every cell is type- and size-checked before it is used.

#include "ProjectReader.h"

#include "StoreLimits.h"
#include "model/ScenarioJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace suanpan {

namespace {

QString typeText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Double:
        return QCoreApplication::translate("ProjectFile", "a number");
    case QMetaType::QByteArray:
        return QCoreApplication::translate("ProjectFile", "binary data");
    default:
        return value.isNull() ? QStringLiteral("NULL") : QCoreApplication::translate("ProjectFile", "a value");
    }
}

/// Typed cells of the current row of a query; a problem names the row (`where`) and the column.
class Cells {
public:
    Cells(const QSqlQuery& query, const QString& where)
        : m_query(query)
        , m_where(where)
    {}

    bool text(int column, const char* name, qsizetype maxChars, QString& out, QString* problem) const
    {
        const QVariant value = m_query.value(column);
        if (value.typeId() != QMetaType::QString) {
            *problem = QCoreApplication::translate("ProjectFile", "%1, column %2: expected text, found %3")
                           .arg(m_where, QLatin1String(name), typeText(value));
            return false;
        }
        out = value.toString();
        if (out.size() > maxChars) {
            *problem =
                QCoreApplication::translate("ProjectFile", "%1, column %2: %3 characters; at most %4 are allowed")
                    .arg(m_where, QLatin1String(name))
                    .arg(out.size())
                    .arg(maxChars);
            return false;
        }
        return true;
    }

    bool integer(int column, const char* name, qint64& out, QString* problem) const
    {
        const QVariant value = m_query.value(column);
        if (value.typeId() != QMetaType::LongLong) {
            *problem = QCoreApplication::translate("ProjectFile", "%1, column %2: expected a whole number, found %3")
                           .arg(m_where, QLatin1String(name), typeText(value));
            return false;
        }
        out = value.toLongLong();
        return true;
    }

    bool time(int column, const char* name, bool allowEmpty, QDateTime& out, QString* problem) const
    {
        QString text;
        if (!this->text(column, name, 64, text, problem)) {
            return false;
        }
        out = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!out.isValid() && !(allowEmpty && text.isEmpty())) {
            *problem = QCoreApplication::translate("ProjectFile", "%1, column %2: \"%3\" is not a date and time")
                           .arg(m_where, QLatin1String(name), text);
            return false;
        }
        out = out.isValid() ? out.toUTC() : QDateTime();
        return true;
    }

private:
    const QSqlQuery& m_query;
    QString m_where;
};

bool parseJson(const QString& text, QJsonDocument& document, const QString& where, QString* problem)
{
    QJsonParseError error{};
    document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("ProjectFile", "%1: the JSON cannot be read at offset %2: %3")
                       .arg(where)
                       .arg(error.offset)
                       .arg(error.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ProjectReader::readMetadata(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM metadata"))) {
        return invalid(query.lastError().text());
    }
    ProjectMetadata& m = m_project.m_metadata;
    m.currency.clear();
    QString problem;
    while (query.next()) {
        const Cells cells(query, QStringLiteral("metadata"));
        QString key;
        QString value;
        if (!cells.text(0, "key", StoreLimits::kMaxNameChars, key, &problem) ||
            !cells.text(1, "value", StoreLimits::kMaxTextChars, value, &problem)) {
            return invalid(problem);
        }
        // Keys this version does not know are left alone: a file stays readable if a later version adds one.
        if (key == QLatin1String("title")) {
            m.title = value;
        } else if (key == QLatin1String("author")) {
            m.author = value;
        } else if (key == QLatin1String("organization")) {
            m.organization = value;
        } else if (key == QLatin1String("currency")) {
            m.currency = value;
        } else if (key == QLatin1String("appVersion")) {
            m.appVersion = value;
        } else if (key == QLatin1String("created") || key == QLatin1String("modified")) {
            QDateTime& time = key == QLatin1String("created") ? m.created : m.modified;
            time = QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
            if (!time.isValid() && !value.isEmpty()) {
                return invalid(QCoreApplication::translate("ProjectFile", "metadata %1: \"%2\" is not a date and time")
                                   .arg(key, value.left(40)));
            }
        }
    }
    return true;
}

bool ProjectReader::readCatalogOverrides(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, entry_id, json FROM catalog_overrides ORDER BY position"))) {
        return invalid(query.lastError().text());
    }
    QString problem;
    QSet<QString> seen;
    while (query.next()) {
        const Cells cells(query, QStringLiteral("catalog_overrides"));
        QString kindName;
        QString id;
        QString json;
        if (!cells.text(0, "kind", StoreLimits::kMaxNameChars, kindName, &problem) ||
            !cells.text(1, "entry_id", StoreLimits::kMaxNameChars, id, &problem) ||
            !cells.text(2, "json", StoreLimits::kMaxJsonChars, json, &problem)) {
            return invalid(problem);
        }
        const std::optional<CatalogKind> kind = catalogKindFromName(kindName);
        const QString where = QStringLiteral("%1[%2]").arg(kindName.left(40), id.left(40));
        if (!kind) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: \"%2\" is not a catalog")
                               .arg(where, kindName.left(40)));
        }
        QJsonDocument document;
        if (!parseJson(json, document, where, &problem)) {
            return invalid(problem);
        }
        if (!document.isObject() || document.object().value(QStringLiteral("id")).toString() != id || id.isEmpty()) {
            return invalid(
                QCoreApplication::translate("ProjectFile", "%1: the entry is not an object with this id").arg(where));
        }
        if (seen.contains(where)) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: the entry is there twice").arg(where));
        }
        seen.insert(where);
        validateCatalogEntry(*kind, document.object(), m_result.catalogProblems);
        m_project.m_catalogOverrides.push_back({*kind, document.object()});
    }
    return true;
}

bool ProjectReader::readScenarios(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT position, name, json FROM scenarios ORDER BY position"))) {
        return invalid(query.lastError().text());
    }
    const Catalog catalog = m_project.catalog();
    QString problem;
    QSet<QString> names;
    while (query.next()) {
        const Cells cells(query, QStringLiteral("scenarios"));
        QString name;
        QString json;
        if (!cells.text(1, "name", StoreLimits::kMaxNameChars, name, &problem) ||
            !cells.text(2, "json", StoreLimits::kMaxJsonChars, json, &problem)) {
            return invalid(problem);
        }
        const QString where = QCoreApplication::translate("ProjectFile", "scenario \"%1\"").arg(name);
        if (name.trimmed().isEmpty() || names.contains(name)) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: scenario names must be unique and not empty")
                               .arg(where));
        }
        names.insert(name);
        QJsonDocument document;
        if (!parseJson(json, document, where, &problem)) {
            return invalid(problem);
        }
        if (!document.isObject()) {
            return invalid(
                QCoreApplication::translate("ProjectFile", "%1: the scenario is not a JSON object").arg(where));
        }
        // The same reader as for a scenario file: unknown fields, wrong types and newer formats are refused.
        ValidationReport report;
        Scenario scenario = ScenarioJson::fromJson(document.object(), catalog, report);
        if (!report.isValid()) {
            const QStringList lines = report.toTextLines();
            return invalid(QStringLiteral("%1: %2").arg(where, lines.mid(0, 5).join(QStringLiteral("; "))));
        }
        if (scenario.name != name) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: the scenario inside is named \"%2\"")
                               .arg(where, scenario.name.left(StoreLimits::kMaxNameChars)));
        }
        m_project.m_scenarios.push_back(std::move(scenario));
    }
    return true;
}

bool ProjectReader::readDemandSeries(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT scenario, segment, source_file, imported, period, first_year, "
                                   "first_month, unit, values_json FROM demand_series ORDER BY id"))) {
        return invalid(query.lastError().text());
    }
    QString problem;
    while (query.next()) {
        const Cells cells(query, QStringLiteral("demand_series"));
        DemandSeries s;
        QString period;
        QString values;
        qint64 firstYear = 0;
        qint64 firstMonth = 0;
        if (!cells.text(0, "scenario", StoreLimits::kMaxNameChars, s.scenario, &problem) ||
            !cells.text(1, "segment", StoreLimits::kMaxNameChars, s.segment, &problem) ||
            !cells.text(2, "source_file", StoreLimits::kMaxTextChars, s.sourceFile, &problem) ||
            !cells.time(3, "imported", false, s.imported, &problem) || !cells.text(4, "period", 10, period, &problem) ||
            !cells.integer(5, "first_year", firstYear, &problem) ||
            !cells.integer(6, "first_month", firstMonth, &problem) ||
            !cells.text(7, "unit", StoreLimits::kMaxNameChars, s.unit, &problem) ||
            !cells.text(8, "values_json", StoreLimits::kMaxJsonChars, values, &problem)) {
            return invalid(problem);
        }
        const QString where = QCoreApplication::translate("ProjectFile", "demand series \"%1\" of scenario \"%2\"")
                                  .arg(s.segment, s.scenario);
        const bool yearly = period == QLatin1String("year");
        if ((!yearly && period != QLatin1String("month")) || firstYear < 1900 || firstYear > 2200 || firstMonth < 1 ||
            firstMonth > 12 || (yearly && firstMonth != 1)) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: its periods are not valid").arg(where));
        }
        s.period = yearly ? DemandPeriod::Year : DemandPeriod::Month;
        s.firstYear = static_cast<int>(firstYear);
        s.firstMonth = static_cast<int>(firstMonth);
        QJsonDocument document;
        if (!parseJson(values, document, where, &problem)) {
            return invalid(problem);
        }
        const QJsonArray array = document.array();
        if (!document.isArray() || array.isEmpty() || array.size() > StoreLimits::kMaxSeriesValues) {
            return invalid(QCoreApplication::translate("ProjectFile", "%1: expected a list of 1 to %2 values")
                               .arg(where)
                               .arg(StoreLimits::kMaxSeriesValues));
        }
        for (const QJsonValue& value : array) {
            if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
                return invalid(QCoreApplication::translate("ProjectFile", "%1: the values must be numbers of 0 or more")
                                   .arg(where));
            }
            s.valuesPflops.push_back(value.toDouble());
        }
        m_project.m_demandSeries.push_back(std::move(s));
    }
    return true;
}

bool ProjectReader::readLog(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, time, scenario, field_path, old_value, new_value, note "
                                   "FROM assumption_log ORDER BY id"))) {
        return invalid(query.lastError().text());
    }
    QString problem;
    std::vector<AssumptionLogEntry>& log = m_project.m_log;
    while (query.next()) {
        AssumptionLogEntry e;
        const Cells cells(query, QStringLiteral("assumption_log"));
        if (!cells.integer(0, "id", e.id, &problem) || !cells.time(1, "time", false, e.time, &problem) ||
            !cells.text(2, "scenario", StoreLimits::kMaxNameChars, e.scenario, &problem) ||
            !cells.text(3, "field_path", StoreLimits::kMaxPathChars, e.fieldPath, &problem) ||
            !cells.text(4, "old_value", StoreLimits::kMaxJsonChars, e.oldValue, &problem) ||
            !cells.text(5, "new_value", StoreLimits::kMaxJsonChars, e.newValue, &problem) ||
            !cells.text(6, "note", StoreLimits::kMaxTextChars, e.note, &problem)) {
            return invalid(problem);
        }
        if (e.id < 1) {
            return invalid(QCoreApplication::translate("ProjectFile", "assumption_log: entry ids start at 1"));
        }
        log.push_back(std::move(e));
    }
    return true;
}

} // namespace suanpan
