#include "FieldInfo.h"

#include "ScenarioSchema.h"

#include <QCoreApplication>
#include <QHash>

namespace suanpan {

namespace {

using Index = QHash<QString, FieldInfo>;

template <typename T> FieldInfo describe(const SchemaField<T>& field, const QString& pattern)
{
    FieldInfo info;
    info.label = field.label;
    info.spec = findFieldSpec(pattern);
    std::visit(
        [&info](const auto& member) {
            using Member = std::decay_t<decltype(member)>;
            using Kind = FieldInfo::Kind;
            if constexpr (std::is_same_v<Member, double T::*> || std::is_same_v<Member, int T::*>) {
                info.kind = Kind::Number;
            } else if constexpr (std::is_same_v<Member, bool T::*>) {
                info.kind = Kind::Flag;
            } else if constexpr (std::is_same_v<Member, QString T::*>) {
                info.kind = Kind::Text;
            } else if constexpr (std::is_same_v<Member, QStringList T::*>) {
                info.kind = Kind::TextList;
            } else if constexpr (std::is_same_v<Member, CatalogId<T>>) {
                info.kind = Kind::CatalogId;
                info.catalog = member.catalog;
            } else if constexpr (std::is_same_v<Member, CatalogFields<T>>) {
                info.kind = Kind::CatalogOverride;
                info.catalog = member.catalog;
            } else if (!member.choices.empty()) {
                info.kind = Kind::Choice;
                info.choices = member.choices;
            } else if (member.number != nullptr) {
                info.kind = Kind::Number;
            }
        },
        field.member);
    return info;
}

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
    schema::forEachSection([&index]<typename T>(const char* section, Section<T> fields) {
        const QString prefix = *section == '\0' ? QString() : QLatin1String(section) + QLatin1Char('.');
        QString idPattern; // the section's catalog id, which its override refers to
        for (const SchemaField<T>& field : fields) {
            const QString pattern = prefix + QLatin1String(field.key);
            FieldInfo info = describe(field, pattern);
            if (info.kind == FieldInfo::Kind::CatalogId && idPattern.isEmpty()) {
                idPattern = pattern;
            } else if (info.kind == FieldInfo::Kind::CatalogOverride) {
                info.idPattern = idPattern;
                addOverrideFields(index, pattern, info);
            }
            index.insert(pattern, info);
        }
    });
    // Numbers read by hand (a forecast's parameters, the uncertainty section's) are known by their FieldSpec.
    for (const FieldSpec& spec : fieldSpecs()) {
        const QString path = QString::fromLatin1(spec.path);
        if (!index.contains(path)) {
            index.insert(path, FieldInfo{FieldInfo::Kind::Number, spec.label, &spec, {}, CatalogKind::Chips, {}});
        }
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

} // namespace suanpan
