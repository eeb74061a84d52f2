// Where each number of a study comes from (the report's assumptions table, the workbook's input sheet).

#include "Study.h"

#include "model/Catalog.h"
#include "model/ResolvedFields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace suanpan {

namespace {

/// A catalog entry's source for a field: `sources[key]`, else `estimates[key]` (a figure made without a published
/// source, with how it was made), each also under the key's first part (`pue.fixedShare` → `pue`).
void entrySource(const QJsonObject* entry, const QString& key, Assumption& a)
{
    if (entry == nullptr) {
        return;
    }
    const QString head = key.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    for (const char* kind : {"sources", "estimates"}) {
        const QJsonObject texts = entry->value(QLatin1String(kind)).toObject();
        const QString text = texts.contains(key) ? texts.value(key).toString() : texts.value(head).toString();
        if (!text.isEmpty()) {
            a.source = text;
            a.estimate = qstrcmp(kind, "estimates") == 0;
            return;
        }
    }
}

/// The catalog entry an `…override.key` path reads, with the key; nothing for a scenario field.
struct CatalogField {
    const QJsonObject* entry = nullptr;
    const QJsonObject* override = nullptr;
    QString key;
};

std::optional<CatalogField> catalogField(const ResolvedScenario& r, const QString& path)
{
    const Catalog& catalog = Catalog::builtIn();
    const qsizetype at = path.indexOf(QLatin1String(".override."));
    if (at < 0) {
        return std::nullopt;
    }
    CatalogField field;
    field.key = path.mid(at + 10);
    const Scenario& in = r.input;
    if (path.startsWith(QLatin1String("chipMix["))) {
        const auto i = static_cast<std::size_t>(path.mid(8, path.indexOf(QLatin1Char(']')) - 8).toInt());
        field.entry = catalog.entry(CatalogKind::Chips, in.chipMix.at(i).chipId);
        field.override = &in.chipMix.at(i).override;
    } else if (path.startsWith(QLatin1String("site."))) {
        field.entry = catalog.entry(CatalogKind::Regions, in.site.regionId);
        field.override = &in.site.override;
    } else if (path.startsWith(QLatin1String("cooling."))) {
        field.entry = catalog.entry(CatalogKind::Cooling, in.cooling.technologyId);
        field.override = &in.cooling.override;
    }
    return field;
}

/// Whether an override object sets `key` (a dotted path such as `pue.fixedShare` or `tflops.fp16`).
bool overrides(const QJsonObject& object, const QString& key)
{
    const QString head = key.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (!object.contains(head)) {
        return false;
    }
    const QString rest = key.section(QLatin1Char('.'), 1);
    const QJsonValue value = object.value(head);
    return rest.isEmpty() || !value.isObject() || overrides(value.toObject(), rest);
}

Assumption classify(const ResolvedScenario& r, const QString& path, const QString& pattern, double value)
{
    Assumption a{path, findFieldSpec(pattern), value, Assumption::Origin::Input, {}, {}, false};
    if (const std::optional<CatalogField> field = catalogField(r, path)) {
        if (field->override != nullptr && overrides(*field->override, field->key)) {
            a.origin = Assumption::Origin::Override;
            return a;
        }
        a.origin = Assumption::Origin::Catalog;
        entrySource(field->entry, field->key, a);
        if (field->entry != nullptr) {
            a.asOf = field->entry->value(QStringLiteral("asOf")).toString();
        }
        return a;
    }
    const DefaultValue* fallback = Catalog::builtIn().defaultFor(pattern);
    if (fallback != nullptr && fallback->value.isDouble() && std::abs(fallback->value.toDouble() - value) < 1e-12) {
        a.origin = Assumption::Origin::Default;
        a.source = fallback->source;
        a.asOf = fallback->asOf;
        a.estimate = fallback->estimate;
    }
    return a;
}

} // namespace

namespace StudyPipeline {

std::vector<Assumption> assumptions(const ResolvedScenario& scenario)
{
    std::vector<Assumption> list;
    visitResolvedNumbers(scenario, [&](const QString& path, const QString& pattern, const auto& value) {
        list.push_back(classify(scenario, path, pattern, static_cast<double>(value)));
    });
    return list;
}

QString originName(Assumption::Origin origin)
{
    switch (origin) {
    case Assumption::Origin::Input:
        return QCoreApplication::translate("Study", "scenario input");
    case Assumption::Origin::Default:
        return QCoreApplication::translate("Study", "default");
    case Assumption::Origin::Catalog:
        return QCoreApplication::translate("Study", "catalog");
    case Assumption::Origin::Override:
        return QCoreApplication::translate("Study", "override");
    }
    return {};
}

} // namespace StudyPipeline

} // namespace suanpan
