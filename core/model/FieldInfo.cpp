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

QString fieldLabel(const QString& pattern)
{
    const FieldInfo* field = findField(pattern);
    return field != nullptr && field->label != nullptr ? QCoreApplication::translate("Fields", field->label) : pattern;
}

QString fieldPlace(const QString& path)
{
    static const QRegularExpression step(QStringLiteral("^([^\\[]+)(?:\\[([^\\]]*)\\])?$"));
    const QStringList steps = path.split(QLatin1Char('.'));
    QStringList parts;
    QString pattern;
    bool labelled = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QRegularExpressionMatch match = step.match(steps.at(i));
        if (!match.hasMatch()) {
            return path;
        }
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral(".")) + match.captured(1);
        const FieldInfo* field = findField(pattern);
        if (field == nullptr) {
            field = findField(pattern + QStringLiteral("[]")); // a list of numbers (`seriesPflops[]`) as a whole
        }
        const bool hasLabel = field != nullptr && field->label != nullptr;
        labelled = labelled || hasLabel;
        QString part = hasLabel ? QCoreApplication::translate("Fields", field->label) : match.captured(1);
        if (match.lastCapturedIndex() == 2) {
            bool number = false;
            const int index = match.captured(2).toInt(&number);
            part += QLatin1Char(' ') + (number ? QString::number(index + 1) : match.captured(2));
            pattern += QStringLiteral("[]");
        }
        // A step without a label of its own (an override) is not named, nor a field named as its section.
        if ((hasLabel || i + 1 == steps.size()) && (parts.isEmpty() || parts.last() != part)) {
            parts << part;
        }
    }
    return labelled ? parts.join(QStringLiteral(" › ")) : path;
}

} // namespace suanpan
