#include "FieldInfo.h"

#include "ScenarioSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace suanpan {

namespace {

using Index = QHash<QString, FieldInfo>;

/// `site.override.tariffCnyPerKwh` for every field of the regions' catalog, and so on for each override.
void addOverrideFields(Index& index, const QString& overridePattern, const FieldInfo& override)
{
    const QString catalogPrefix = catalogName(override.catalog) + QLatin1Char('.');
    for (const FieldSpec& spec : fieldSpecs()) {
        const QString path = QString::fromLatin1(spec.path);
        if (path.startsWith(catalogPrefix)) {
            FieldInfo info = override;
            info.spec = &spec;
            info.label = spec.label;
            index.insert(overridePattern + QLatin1Char('.') + path.mid(catalogPrefix.size()), info);
        }
    }
}

Index makeIndex()
{
    Index index;
    QHash<QByteArray, QString> idPatterns; // a section's catalog id, which its override refers to, by section
    for (const SchemaEntry& field : schema::fields()) {
        const QString pattern = QString::fromLatin1(field.pattern);
        const QByteArray section = field.pattern.left(std::max<qsizetype>(field.pattern.lastIndexOf('.'), 0));
        FieldInfo info = field.info;
        info.spec = findFieldSpec(pattern);
        if (info.kind == FieldInfo::Kind::CatalogId && !idPatterns.contains(section)) {
            idPatterns.insert(section, pattern);
        } else if (info.kind == FieldInfo::Kind::CatalogOverride) {
            info.idPattern = idPatterns.value(section);
            addOverrideFields(index, pattern, info);
        }
        index.insert(pattern, info);
    }
    return index;
}

} // namespace

const FieldInfo* findField(const QString& pattern)
{
    static const Index index = makeIndex();
    const auto found = index.constFind(pattern);
    return found == index.constEnd() ? nullptr : &found.value();
}

QString fieldPlace(const QString& path)
{
    static const QRegularExpression step(QStringLiteral("^([^\\[]+)(?:\\[([^\\]]+)\\])?$"));
    const QStringList steps = path.split(QLatin1Char('.'));
    QStringList parts;
    QString pattern;
    const FieldInfo* field = nullptr;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QRegularExpressionMatch match = step.match(steps.at(i));
        if (!match.hasMatch()) {
            return path;
        }
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral(".")) + match.captured(1);
        field = findField(pattern);
        if (field == nullptr) {
            field = findField(pattern + QStringLiteral("[]")); // a list of numbers (`seriesPflops[]`) as a whole
        }
        const bool named = field != nullptr && field->label != nullptr;
        QString part = named ? QCoreApplication::translate("Fields", field->label) : match.captured(1);
        if (const QString entry = match.captured(2); !entry.isEmpty()) {
            // An entry by its position from 1; an id or `*` (uncertain inputs) as written.
            bool number = false;
            const qlonglong index = entry.toLongLong(&number);
            part += QLatin1Char(' ') + (number && index >= 0 ? QString::number(index + 1) : entry);
            pattern += QStringLiteral("[]");
        }
        // A step without a label of its own (an override) is not named, nor a field named as its section.
        if ((named || i + 1 == steps.size()) && (parts.isEmpty() || parts.last() != part)) {
            parts << part;
        }
    }
    // Only a field the schema has is named: a catalog's own path or a key it does not know stays as written.
    return field != nullptr ? parts.join(QStringLiteral(" › ")) : path;
}

} // namespace suanpan
