#include "CatalogImport.h"

#include "CsvReader.h"
#include "StoreLimits.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <map>
#include <optional>

namespace suanpan::CatalogImport {

namespace {

enum class FieldType { Number, Text, List };

/// Every field of the catalog's entries by dotted key, except the id and the source notes.
std::map<QString, FieldType> fieldsOf(const Catalog& catalog, CatalogKind kind)
{
    std::map<QString, FieldType> fields;
    const std::function<void(const QJsonObject&, const QString&)> walk = [&](const QJsonObject& o,
                                                                             const QString& prefix) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = prefix + it.key();
            if (prefix.isEmpty() && (it.key() == QLatin1String("id") || it.key() == QLatin1String("sources") ||
                                     it.key() == QLatin1String("estimates"))) {
                continue;
            }
            if (it.value().isObject()) {
                walk(it.value().toObject(), key + QLatin1Char('.'));
            } else {
                fields[key] = it.value().isDouble()  ? FieldType::Number
                              : it.value().isArray() ? FieldType::List
                                                     : FieldType::Text;
            }
        }
    };
    for (const QJsonObject& entry : catalog.entries(kind)) {
        walk(entry, QString());
    }
    return fields;
}

/// Text fields whose value the engine reads as a choice: a typo must not silently pick the other one.
QStringList choicesOf(CatalogKind kind, const QString& key)
{
    if (kind == CatalogKind::Chips && key == QLatin1String("origin")) {
        return {QStringLiteral("imported"), QStringLiteral("domestic")};
    }
    if (kind == CatalogKind::Chips && key == QLatin1String("kind")) {
        return {QStringLiteral("gpu"), QStringLiteral("npu"), QStringLiteral("cpu")};
    }
    return {};
}

QJsonValue valueAt(const QJsonObject& object, const QString& dottedKey)
{
    QJsonValue value = object;
    for (const QString& part : dottedKey.split(QLatin1Char('.'))) {
        value = value.toObject().value(part);
    }
    return value;
}

void setAt(QJsonObject& object, const QStringList& parts, const QJsonValue& value)
{
    if (parts.size() == 1) {
        object.insert(parts.front(), value);
        return;
    }
    QJsonObject child = object.value(parts.front()).toObject();
    setAt(child, parts.mid(1), value);
    object.insert(parts.front(), child);
}

struct FieldColumn {
    int column;
    QString key;
    FieldType type;
};

QSet<QString> problemTexts(const Scenario& scenario, const Catalog& catalog)
{
    ValidationReport report;
    resolveScenario(scenario, catalog, report);
    const QStringList lines = report.toTextLines();
    return {lines.begin(), lines.end()};
}

/**
 * \brief Reads the rows of one catalog CSV into catalog entries: each row starts from the entry of its id (or the
 * one it is a copy of), takes the cells it gives, and records them with their source. Every problem is reported
 * with its line and column, and nothing is applied while there is one.
 */
class RowReader {
public:
    RowReader(const CsvTable& table, CatalogKind kind, const Catalog& catalog, ImportResult& result)
        : m_table(table)
        , m_kind(kind)
        , m_catalog(catalog)
        , m_result(result)
        , m_catalogText(catalogName(kind))
        , m_idColumn(table.columnOf({QStringLiteral("id")}))
        , m_copyColumn(table.columnOf({QStringLiteral("copyOf")}))
        , m_sourceColumn(table.columnOf({QStringLiteral("source"), QStringLiteral("来源")}))
    {}

    /// Finds the id column and the catalog field of every other column; false when one is missing or unknown.
    bool findColumns()
    {
        if (m_idColumn < 0) {
            m_result.issues.push_back(
                {m_table.headerLine, 0, QString(),
                 QCoreApplication::translate("Import", "the header has no column \"id\" (it has: %1)")
                     .arg(m_table.header.join(QStringLiteral(", ")))});
            return false;
        }
        const std::map<QString, FieldType> fields = fieldsOf(m_catalog, m_kind);
        QStringList known;
        for (const auto& [key, type] : fields) {
            if (type != FieldType::List) {
                known << key;
            }
        }
        for (int c = 0; c < static_cast<int>(m_table.header.size()); ++c) {
            if (c == m_idColumn || c == m_copyColumn || c == m_sourceColumn) {
                continue;
            }
            const auto found = fields.find(m_table.header.at(c));
            if (found == fields.end()) {
                report(m_table.headerLine, c,
                       QCoreApplication::translate("Import", "not a field of the %1 catalog (fields: %2)")
                           .arg(m_catalogText, known.join(QStringLiteral(", "))));
            } else if (found->second == FieldType::List) {
                report(m_table.headerLine, c,
                       QCoreApplication::translate("Import", "a list cannot be imported from CSV"));
            } else {
                m_columns.push_back({c, found->first, found->second});
            }
        }
        return m_result.issues.empty();
    }

    /// The entry a row makes, or nothing when the row has a problem (reported).
    std::optional<QJsonObject> entryOf(const CsvRecord& record, const QString& importedSource)
    {
        std::optional<QJsonObject> entry = startingEntry(record);
        if (!entry) {
            return std::nullopt;
        }
        QStringList changed;
        if (!takeCells(record, *entry, changed)) {
            return std::nullopt;
        }
        ValidationReport problems;
        validateCatalogEntry(m_kind, *entry, problems);
        for (const ValidationIssue& problem : problems.issues()) {
            // `chips[h20].tdpW` → the column of tdpW, if the file has it.
            const QString key = problem.path.mid(problem.path.indexOf(QStringLiteral("].")) + 2);
            const int column = static_cast<int>(m_table.header.indexOf(key));
            m_result.issues.push_back({record.line, column + 1, m_table.header.value(column), problem.toText()});
        }
        const QString source = m_sourceColumn < 0 || record.fields.at(m_sourceColumn).trimmed().isEmpty()
                                   ? importedSource
                                   : record.fields.at(m_sourceColumn).trimmed();
        markSources(*entry, changed, source);
        return entry;
    }

private:
    void report(int line, int column, const QString& message)
    {
        m_result.issues.push_back({line, column + 1, m_table.header.value(column), message});
    }

    /// The entry of the row's id with that id, or a copy of the entry it names; nothing for a missing, repeated or
    /// unknown id (reported).
    std::optional<QJsonObject> startingEntry(const CsvRecord& record)
    {
        const int line = record.line;
        const QString id = record.fields.at(m_idColumn).trimmed();
        const QString copyOf = m_copyColumn < 0 ? QString() : record.fields.at(m_copyColumn).trimmed();
        if (id.isEmpty() || id.size() > StoreLimits::kMaxNameChars) {
            report(line, m_idColumn,
                   QCoreApplication::translate("Import", "an id of 1 to %1 characters is needed")
                       .arg(StoreLimits::kMaxNameChars));
            return std::nullopt;
        }
        if (m_seen.contains(id)) {
            report(line, m_idColumn,
                   QCoreApplication::translate("Import", "\"%1\" is already on line %2").arg(id).arg(m_seen[id]));
            return std::nullopt;
        }
        m_seen.insert(id, line);
        const QJsonObject* base = m_catalog.entry(m_kind, id);
        if (base != nullptr && !copyOf.isEmpty() && copyOf != id) {
            report(line, m_copyColumn,
                   QCoreApplication::translate("Import", "\"%1\" is already in the %2 catalog; leave "
                                                         "copyOf empty to change it")
                       .arg(id, m_catalogText));
            return std::nullopt;
        }
        if (base == nullptr) {
            base = copyOf.isEmpty() ? nullptr : m_catalog.entry(m_kind, copyOf);
            if (base == nullptr) {
                const int column = copyOf.isEmpty() ? m_idColumn : m_copyColumn;
                report(line, column,
                       copyOf.isEmpty() ? QCoreApplication::translate("Import", "\"%1\" is not in the %2 catalog; "
                                                                                "name the entry it starts from in a "
                                                                                "copyOf column")
                                              .arg(id, m_catalogText)
                                        : QCoreApplication::translate("Import", "\"%1\" is not in the %2 catalog")
                                              .arg(copyOf, m_catalogText));
                return std::nullopt;
            }
        }
        QJsonObject entry = *base;
        entry.insert(QStringLiteral("id"), id);
        return entry;
    }

    /// Puts the row's non-empty cells into the entry, listing the keys that change; false when a cell is not a
    /// number where one is needed or not one of a field's choices (reported).
    bool takeCells(const CsvRecord& record, QJsonObject& entry, QStringList& changed)
    {
        bool rowOk = true;
        for (const FieldColumn& f : m_columns) {
            const QString cell = record.fields.at(f.column).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            QJsonValue value(cell);
            if (f.type == FieldType::Number) {
                const std::optional<double> number = CsvReader::parseNumber(cell);
                if (!number) {
                    report(record.line, f.column,
                           QCoreApplication::translate("Import", "expected a number, found \"%1\"").arg(cell.left(40)));
                    rowOk = false;
                    continue;
                }
                value = *number;
            } else if (const QStringList choices = choicesOf(m_kind, f.key);
                       !choices.isEmpty() && !choices.contains(cell)) {
                report(record.line, f.column,
                       QCoreApplication::translate("Import", "\"%1\" is not one of: %2")
                           .arg(cell.left(40), choices.join(QStringLiteral(", "))));
                rowOk = false;
                continue;
            }
            if (valueAt(entry, f.key) != value) {
                setAt(entry, f.key.split(QLatin1Char('.')), value);
                changed << f.key;
            }
        }
        return rowOk;
    }

    /// The changed fields take the row's source and are no longer estimates.
    static void markSources(QJsonObject& entry, const QStringList& changed, const QString& source)
    {
        if (changed.isEmpty()) {
            return;
        }
        QJsonObject sources = entry.value(QStringLiteral("sources")).toObject();
        QJsonObject estimates = entry.value(QStringLiteral("estimates")).toObject();
        for (const QString& key : changed) {
            sources.insert(key, source);
            estimates.remove(key);
        }
        entry.insert(QStringLiteral("sources"), sources);
        entry.insert(QStringLiteral("estimates"), estimates);
    }

    const CsvTable& m_table;
    CatalogKind m_kind;
    const Catalog& m_catalog;
    ImportResult& m_result;
    QString m_catalogText;
    int m_idColumn;
    int m_copyColumn;
    int m_sourceColumn;
    std::vector<FieldColumn> m_columns;
    QHash<QString, int> m_seen; ///< the line of each id read so far
};

/// Writes the entries into the project's catalog (one log entry per changed figure), noting each scenario that the
/// new figures make invalid.
void applyEntries(Project& project, CatalogKind kind, const std::vector<QJsonObject>& entries, const QString& logNote,
                  ImportResult& result)
{
    const Catalog catalog = project.catalog();
    std::vector<QSet<QString>> before;
    for (const Scenario& scenario : project.scenarios()) {
        before.push_back(problemTexts(scenario, catalog));
    }
    const std::size_t logBefore = project.log().size();
    for (const QJsonObject& entry : entries) {
        ValidationReport report;
        project.setCatalogEntry(kind, entry, logNote, report);
    }
    const Catalog updated = project.catalog();
    for (std::size_t i = 0; i < project.scenarios().size(); ++i) {
        const QSet<QString> after = problemTexts(project.scenarios()[i], updated);
        if (!after.isEmpty() && after != before[i]) {
            result.notes << QCoreApplication::translate("Import", "Scenario \"%1\" does not validate with the new "
                                                                  "figures: %2")
                                .arg(project.scenarios()[i].name,
                                     QStringList(after.begin(), after.end()).join(QStringLiteral("; ")));
        }
    }
    const int imported = static_cast<int>(entries.size());
    result.notes << QCoreApplication::translate("Import", "Imported %n entry(s) into the %1 catalog.", nullptr,
                                                imported)
                        .arg(catalogName(kind));
    result.logEntries = static_cast<int>(project.log().size() - logBefore);
    result.applied = true;
}

} // namespace

ImportResult apply(Project& project, CatalogKind kind, const QByteArray& csv, const QString& sourceFile,
                   const QString& note)
{
    ImportResult result;
    const CsvTable table = CsvReader::read(csv);
    result.issues = table.issues;
    result.notes = table.notes;
    if (table.header.isEmpty()) {
        return result;
    }
    const Catalog catalog = project.catalog();
    RowReader rows(table, kind, catalog, result);
    if (!rows.findColumns()) {
        return result;
    }
    const QString importedSource = QCoreApplication::translate("Import", "%1 (imported %2)")
                                       .arg(sourceFile, QDate::currentDate().toString(Qt::ISODate));
    std::vector<QJsonObject> entries;
    for (const CsvRecord& record : table.records) {
        if (std::optional<QJsonObject> entry = rows.entryOf(record, importedSource)) {
            entries.push_back(std::move(*entry));
        }
    }
    if (result.issues.empty() && entries.empty()) {
        result.issues.push_back({0, 0, QString(), QCoreApplication::translate("Import", "the file has no rows")});
    }
    if (!result.issues.empty()) {
        return result;
    }
    const QString logNote =
        note.isEmpty() ? QCoreApplication::translate("Import", "catalog figures imported from %1").arg(sourceFile)
                       : note;
    applyEntries(project, kind, entries, logNote, result);
    return result;
}

} // namespace suanpan::CatalogImport
