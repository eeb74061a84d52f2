#include "CatalogImport.h"

#include "CsvReader.h"
#include "StoreLimits.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <map>

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
    const auto issue = [&](int line, int column, const QString& message) {
        result.issues.push_back({line, column + 1, table.header.value(column), message});
    };
    const QString catalogText = catalogName(kind);
    const int idColumn = table.columnOf({QStringLiteral("id")});
    const int copyColumn = table.columnOf({QStringLiteral("copyOf")});
    const int sourceColumn = table.columnOf({QStringLiteral("source"), QStringLiteral("来源")});
    if (idColumn < 0) {
        result.issues.push_back({table.headerLine, 0, QString(),
                                 QCoreApplication::translate("Import", "the header has no column \"id\" (it has: %1)")
                                     .arg(table.header.join(QStringLiteral(", ")))});
        return result;
    }
    const Catalog catalog = project.catalog();
    const std::map<QString, FieldType> fields = fieldsOf(catalog, kind);
    QStringList known;
    for (const auto& [key, type] : fields) {
        if (type != FieldType::List) {
            known << key;
        }
    }
    std::vector<FieldColumn> columns;
    for (int c = 0; c < static_cast<int>(table.header.size()); ++c) {
        if (c == idColumn || c == copyColumn || c == sourceColumn) {
            continue;
        }
        const auto found = fields.find(table.header.at(c));
        if (found == fields.end()) {
            issue(table.headerLine, c,
                  QCoreApplication::translate("Import", "not a field of the %1 catalog (fields: %2)")
                      .arg(catalogText, known.join(QStringLiteral(", "))));
        } else if (found->second == FieldType::List) {
            issue(table.headerLine, c, QCoreApplication::translate("Import", "a list cannot be imported from CSV"));
        } else {
            columns.push_back({c, found->first, found->second});
        }
    }
    if (!result.issues.empty()) {
        return result;
    }
    QHash<QString, int> seen;
    std::vector<QJsonObject> entries;
    const QString importedSource = QCoreApplication::translate("Import", "%1 (imported %2)")
                                       .arg(sourceFile, QDate::currentDate().toString(Qt::ISODate));
    for (const CsvRecord& record : table.records) {
        const int line = record.line;
        const QString id = record.fields.at(idColumn).trimmed();
        const QString copyOf = copyColumn < 0 ? QString() : record.fields.at(copyColumn).trimmed();
        if (id.isEmpty() || id.size() > StoreLimits::kMaxNameChars) {
            issue(line, idColumn,
                  QCoreApplication::translate("Import", "an id of 1 to %1 characters is needed")
                      .arg(StoreLimits::kMaxNameChars));
            continue;
        }
        if (seen.contains(id)) {
            issue(line, idColumn,
                  QCoreApplication::translate("Import", "\"%1\" is already on line %2").arg(id).arg(seen[id]));
            continue;
        }
        seen.insert(id, line);
        const QJsonObject* base = catalog.entry(kind, id);
        if (base != nullptr && !copyOf.isEmpty() && copyOf != id) {
            issue(line, copyColumn,
                  QCoreApplication::translate("Import", "\"%1\" is already in the %2 catalog; leave "
                                                        "copyOf empty to change it")
                      .arg(id, catalogText));
            continue;
        }
        if (base == nullptr) {
            base = copyOf.isEmpty() ? nullptr : catalog.entry(kind, copyOf);
            if (base == nullptr) {
                const int column = copyOf.isEmpty() ? idColumn : copyColumn;
                issue(line, column,
                      copyOf.isEmpty() ? QCoreApplication::translate("Import", "\"%1\" is not in the %2 catalog; name "
                                                                               "the entry it starts from in a copyOf "
                                                                               "column")
                                             .arg(id, catalogText)
                                       : QCoreApplication::translate("Import", "\"%1\" is not in the %2 catalog")
                                             .arg(copyOf, catalogText));
                continue;
            }
        }
        QJsonObject entry = *base;
        entry.insert(QStringLiteral("id"), id);
        QStringList changed;
        bool rowOk = true;
        for (const FieldColumn& f : columns) {
            const QString cell = record.fields.at(f.column).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            QJsonValue value(cell);
            if (f.type == FieldType::Number) {
                const std::optional<double> number = CsvReader::parseNumber(cell);
                if (!number) {
                    issue(line, f.column,
                          QCoreApplication::translate("Import", "expected a number, found \"%1\"").arg(cell.left(40)));
                    rowOk = false;
                    continue;
                }
                value = *number;
            } else if (const QStringList choices = choicesOf(kind, f.key);
                       !choices.isEmpty() && !choices.contains(cell)) {
                issue(line, f.column,
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
        if (!rowOk) {
            continue;
        }
        ValidationReport report;
        validateCatalogEntry(kind, entry, report);
        for (const ValidationIssue& problem : report.issues()) {
            // `chips[h20].tdpW` → the column of tdpW, if the file has it.
            const QString key = problem.path.mid(problem.path.indexOf(QStringLiteral("].")) + 2);
            const int column = static_cast<int>(table.header.indexOf(key));
            result.issues.push_back({line, column + 1, table.header.value(column), problem.toText()});
        }
        const QString source = sourceColumn < 0 || record.fields.at(sourceColumn).trimmed().isEmpty()
                                   ? importedSource
                                   : record.fields.at(sourceColumn).trimmed();
        QJsonObject sources = entry.value(QStringLiteral("sources")).toObject();
        QJsonObject estimates = entry.value(QStringLiteral("estimates")).toObject();
        for (const QString& key : changed) {
            sources.insert(key, source);
            estimates.remove(key);
        }
        if (!changed.isEmpty()) {
            entry.insert(QStringLiteral("sources"), sources);
            entry.insert(QStringLiteral("estimates"), estimates);
        }
        entries.push_back(entry);
    }
    if (result.issues.empty() && entries.empty()) {
        result.issues.push_back({0, 0, QString(), QCoreApplication::translate("Import", "the file has no rows")});
    }
    if (!result.issues.empty()) {
        return result;
    }
    std::vector<QSet<QString>> before;
    for (const Scenario& scenario : project.scenarios()) {
        before.push_back(problemTexts(scenario, catalog));
    }
    const QString logNote =
        note.isEmpty() ? QCoreApplication::translate("Import", "catalog figures imported from %1").arg(sourceFile)
                       : note;
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
                        .arg(catalogText);
    result.logEntries = static_cast<int>(project.log().size() - logBefore);
    result.applied = true;
    return result;
}

} // namespace suanpan::CatalogImport
