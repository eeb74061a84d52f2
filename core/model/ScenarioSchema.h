#pragma once

#include "Catalog.h"
#include "Enums.h"
#include "FieldInfo.h"
#include "FieldSpecs.h"
#include "JsonReader.h"
#include "Scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <span>
#include <variant>
#include <vector>

namespace suanpan {

/// What a number is: unit, allowed range, whole-number flag and help (a FieldSpec without its path, which is
/// where its section sits). A field whose `unit` is null is not an input of its own: it is not visited, and a
/// number without a unit (a distribution's parameter) is in the unit of another field.
struct NumberSpec {
    const char* unit = nullptr; ///< QT_TRANSLATE_NOOP("Unit", …)
    double min = 0;
    double max = 0;
    bool integer = false;
    const char* help = nullptr; ///< QT_TRANSLATE_NOOP("FieldHelp", …)
};

/// One field of the scenario as the editors, the field specs and `suanpan-cli fields` know it (schema::fields()).
struct SchemaEntry {
    QByteArray pattern; ///< `demand[].forecast.growthPerYear`, `demand[].forecast.seriesPflops[]`
    FieldInfo info;     ///< kind, label, choices and catalog (FieldInfo adds the spec)
    NumberSpec number;
};

/**
 * \brief A visitor of numbers that does not know the caller's visitor: a nested section and a number read by hand
 * are visited through it (visitSection wraps the caller's visitor in one).
 */
class NumberVisitor {
public:
    virtual void operator()(const QString& path, double& value) = 0;
    virtual void operator()(const QString& path, int& value) = 0;

protected:
    ~NumberVisitor() = default;
};

/**
 * \brief A field read and written by hand: a nested object or list (SchemaFields.h), an enumeration, or a field
 * whose reading depends on another (the network per server by the fabric). `write` returns an undefined value for
 * a field that is not written.
 */
template <typename T> struct CustomField {
    void (*read)(JsonReader& reader, const char* key, T& into);
    QJsonValue (*write)(const T& from);
    /// Its numbers, called with the field's path (`policies.capexSubsidies[0].conditions`); nullptr: none.
    void (*visit)(T& from, const QString& path, NumberVisitor& visit) = nullptr;
    /// A nested section's fields, added under the field's pattern; nullptr: none.
    void (*describe)(const QByteArray& pattern, std::vector<SchemaEntry>& into) = nullptr;
    std::span<const EnumValue> choices{}; ///< an enumeration's values, offered by the editors
};

/// The id of an entry of a catalog (a chip, a region…), offered by the editors from that catalog.
template <typename T> struct CatalogId {
    QString T::*member;
    CatalogKind catalog;
};

/// A catalog entry's own fields replaced for this scenario (`site.override.tariffCnyPerKwh`): a JSON object kept as
/// it is, checked against the catalog's FieldSpecs when the scenario is resolved. Missing reads as empty.
template <typename T> struct CatalogFields {
    QJsonObject T::*member;
    CatalogKind catalog;
};

/// Where a field lives in its section's struct, and so how it is read and written. A `std::vector<double>` is a
/// list of numbers (`seriesPflops[]`).
template <typename T>
using FieldMember = std::variant<double T::*, int T::*, bool T::*, QString T::*, QStringList T::*,
                                 std::vector<double> T::*, CatalogId<T>, CatalogFields<T>, CustomField<T>>;

enum class FieldUse {
    Required,     ///< read with its default from data/catalogs/defaults.json, or reported as missing
    OptionalText, ///< text that may be left out (read as empty, always written)
    WhenSet,      ///< text that may be left out and is written only when not empty (older files stay unchanged)
};

/**
 * \brief One field of a scenario section: its JSON key, where it lives, the label the editors show and, for a
 * number, its unit, allowed range, whole-number flag and help text. The JSON reader and writer, range validation,
 * the field visitor of the risk analysis and goal seek, the editors' labels, units and tooltips and the field
 * list of `suanpan-cli fields` (docs/scenario-format.md) all read these tables (ScenarioSchema.cpp and the
 * ScenarioSchema*.cpp beside it): a new field is one entry.
 */
template <typename T> struct SchemaField {
    const char* key;
    FieldMember<T> member;
    const char* label = nullptr; ///< QT_TRANSLATE_NOOP("Fields", …): the form row's or table column's label
    NumberSpec number{};
    FieldUse use = FieldUse::Required;
    /// The field belongs to an entry only when this holds for it (an event's fields, by the event's type): it is
    /// read (once the fields before it are), written and visited only then. nullptr: always.
    bool (*applies)(const T& entry) = nullptr;
    /// Why the field is refused where it does not apply (QT_TRANSLATE_NOOP("Validation", …)); without it, it is
    /// refused as an unknown field, with the fields that do apply.
    const char* refusal = nullptr;
};

template <typename T> using Section = std::span<const SchemaField<T>>;

namespace schema {
/// The scenario: its own fields and, nested in them, every section (the one map of where each sits).
extern const Section<Scenario> scenario;
extern const Section<PolicyInput> policies;    ///< also read from a policy library's entries
extern const Section<NetworkNode> networkNode; ///< also read from a shipped network (data/networks)
extern const Section<NetworkCenter> networkCenter;
extern const Section<NetworkLink> networkLink;

/// Every field of the scenario, nested ones under their parent, in the order they are read.
const std::vector<SchemaEntry>& fields();

/// The FieldSpec of every number of the scenario (FieldSpecs adds the catalogs').
std::vector<FieldSpec> numberSpecs();
} // namespace schema

/// True when the field belongs to the entry (SchemaField::applies).
template <typename T> bool applies(const SchemaField<T>& field, const T& entry)
{
    return field.applies == nullptr || field.applies(entry);
}

/// The keys a section allows (those that apply to `entry`, or all when it is null), for JsonReader::rejectUnknown,
/// followed by `extra` keys read elsewhere.
template <typename T>
std::vector<const char*> sectionKeys(Section<T> fields, const T* entry, std::initializer_list<const char*> extra)
{
    std::vector<const char*> keys;
    for (const SchemaField<T>& field : fields) {
        if (entry == nullptr || field.refusal != nullptr || applies(field, *entry)) {
            keys.push_back(field.key);
        }
    }
    keys.insert(keys.end(), extra);
    return keys;
}

/// Calls read(reader) for each element of an array of objects, reporting elements that are not objects.
template <typename Read> void forEachObject(JsonReader& parent, const char* key, bool required, Read read)
{
    const QJsonArray array = parent.array(key, required);
    const QString path = parent.childPath(QLatin1String(key));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            parent.report().add(itemPath, QCoreApplication::translate("Validation", "expected an object"));
            continue;
        }
        JsonReader item(array.at(i).toObject(), itemPath, parent.report(), parent.defaults());
        read(item);
    }
}

/// Reads one field into `into`, reporting what is missing or of the wrong type.
template <typename T> void readField(JsonReader& r, const SchemaField<T>& field, T& into)
{
    const char* key = field.key;
    const bool optional = field.use != FieldUse::Required;
    std::visit(
        [&](const auto& member) {
            using Member = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<Member, double T::*>) {
                into.*member = r.number(key);
            } else if constexpr (std::is_same_v<Member, int T::*>) {
                into.*member = r.integer(key);
            } else if constexpr (std::is_same_v<Member, bool T::*>) {
                into.*member = r.boolean(key);
            } else if constexpr (std::is_same_v<Member, QString T::*>) {
                into.*member = optional ? r.optionalString(key) : r.string(key);
            } else if constexpr (std::is_same_v<Member, QStringList T::*>) {
                into.*member = r.stringList(key);
            } else if constexpr (std::is_same_v<Member, std::vector<double> T::*>) {
                if (!r.has(key) && !optional) {
                    r.report().add(r.childPath(QLatin1String(key)),
                                   QCoreApplication::translate("Validation", "required field is missing"));
                }
                into.*member = r.numberList(key);
            } else if constexpr (std::is_same_v<Member, CatalogId<T>>) {
                into.*(member.member) = optional ? r.optionalString(key) : r.string(key);
            } else if constexpr (std::is_same_v<Member, CatalogFields<T>>) {
                into.*(member.member) = r.rawObject(key);
            } else {
                member.read(r, key, into);
            }
        },
        field.member);
}

/**
 * Reads every field of a section that applies into `into`, refusing keys it does not have (with `extra` keys read
 * elsewhere). Where fields depend on one read before them (an event's on its type), unknown keys are refused once
 * that one is read, naming only the fields that apply.
 */
template <typename T>
void readSection(JsonReader& r, Section<T> fields, T& into, std::initializer_list<const char*> extra = {})
{
    const auto dependent = std::find_if(fields.begin(), fields.end(), [](const SchemaField<T>& field) {
        return field.applies != nullptr && field.refusal == nullptr;
    });
    if (dependent == fields.end()) {
        r.rejectUnknown(sectionKeys<T>(fields, nullptr, extra));
    }
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        if (field == dependent) {
            r.rejectUnknown(sectionKeys(fields, &into, extra));
        }
        if (applies(*field, into)) {
            readField(r, *field, into);
        } else if (r.has(field->key)) {
            const QString path = r.childPath(QLatin1String(field->key));
            if (field->refusal != nullptr) {
                r.report().add(path, QCoreApplication::translate("Validation", field->refusal));
            }
            r.report().markNotApplying(path);
        }
    }
}

/// Reads the object `key` as a section; missing reads as empty (its fields may still have defaults).
template <typename T> void readObject(JsonReader& parent, const char* key, Section<T> fields, T& into)
{
    JsonReader r = parent.object(key);
    readSection(r, fields, into);
}

/// Reads the list `key`, each object an entry of the section (with `extra` keys read elsewhere); `required`
/// reports a missing or empty list.
template <typename T>
void readList(JsonReader& parent, const char* key, bool required, Section<T> fields, std::vector<T>& into,
              std::initializer_list<const char*> extra = {})
{
    forEachObject(parent, key, required,
                  [&](JsonReader& item) { readSection(item, fields, into.emplace_back(), extra); });
}

template <typename T> const QString& textOf(const T& from, QString T::*member)
{
    return from.*member;
}
template <typename T> const QString& textOf(const T& from, const CatalogId<T>& id)
{
    return from.*(id.member);
}

/// Writes every field of a section that applies into `json` (a field left out when not set is not written).
template <typename T> void writeSection(const T& from, Section<T> fields, QJsonObject& json)
{
    for (const SchemaField<T>& field : fields) {
        if (!applies(field, from)) {
            continue;
        }
        const QString key = QLatin1String(field.key);
        std::visit(
            [&](const auto& member) {
                using Member = std::decay_t<decltype(member)>;
                if constexpr (std::is_same_v<Member, QStringList T::*>) {
                    json.insert(key, QJsonArray::fromStringList(from.*member));
                } else if constexpr (std::is_same_v<Member, std::vector<double> T::*>) {
                    QJsonArray numbers;
                    std::copy((from.*member).begin(), (from.*member).end(), std::back_inserter(numbers));
                    json.insert(key, numbers);
                } else if constexpr (std::is_same_v<Member, CatalogFields<T>>) {
                    json.insert(key, from.*(member.member));
                } else if constexpr (std::is_same_v<Member, CustomField<T>>) {
                    if (const QJsonValue value = member.write(from); !value.isUndefined()) {
                        json.insert(key, value);
                    }
                } else if constexpr (std::is_same_v<Member, QString T::*> || std::is_same_v<Member, CatalogId<T>>) {
                    const QString& text = textOf(from, member);
                    if (field.use != FieldUse::WhenSet || !text.isEmpty()) {
                        json.insert(key, text);
                    }
                } else {
                    json.insert(key, from.*member);
                }
            },
            field.member);
    }
}

template <typename T> QJsonObject sectionToJson(const T& from, Section<T> fields)
{
    QJsonObject json;
    writeSection(from, fields, json);
    return json;
}

/// Each entry of a list of one section's objects.
template <typename T> QJsonArray listToJson(const std::vector<T>& entries, Section<T> fields)
{
    QJsonArray list;
    for (const T& entry : entries) {
        list.append(sectionToJson(entry, fields));
    }
    return list;
}

/// The caller's visitor as a NumberVisitor; it hands out const references when the visited object is const.
template <bool Const, typename Visit> class NumberVisitorOf final : public NumberVisitor {
public:
    explicit NumberVisitorOf(Visit& visit)
        : m_visit(visit)
    {}
    void operator()(const QString& path, double& value) override { pass(path, value); }
    void operator()(const QString& path, int& value) override { pass(path, value); }

private:
    template <typename V> void pass(const QString& path, V& value)
    {
        if constexpr (Const) {
            m_visit(path, std::as_const(value));
        } else {
            m_visit(path, value);
        }
    }
    Visit& m_visit;
};

/// Calls a custom field's visit with the caller's visitor. The const_cast is safe: for a const `from` the visitor
/// wrapped around `visit` hands out const references only.
template <typename S, typename T, typename Visit>
void visitCustom(const CustomField<T>& field, S& from, const QString& path, Visit& visit)
{
    if constexpr (std::is_base_of_v<NumberVisitor, std::remove_cvref_t<Visit>>) {
        field.visit(from, path, visit);
    } else {
        NumberVisitorOf<std::is_const_v<S>, Visit> wrapped(visit);
        field.visit(const_cast<T&>(from), path, wrapped);
    }
}

/**
 * Calls visit(path, value) for every number of a section that applies, and of the sections nested in it,
 * `value` an int& or double& (const if `from` is), with the path `base.key` (`operations.staffCount`,
 * `demand[2].captureShare`, `demand[0].forecast.seriesPflops[3]`).
 */
template <typename S, typename T, typename Visit>
void visitSection(S& from, Section<T> fields, const QString& base, Visit&& visit)
{
    const QString prefix = base.isEmpty() ? base : base + QLatin1Char('.');
    for (const SchemaField<T>& field : fields) {
        if (!applies(field, from)) {
            continue;
        }
        std::visit(
            [&](const auto& member) {
                using Member = std::decay_t<decltype(member)>;
                if constexpr (std::is_same_v<Member, double T::*> || std::is_same_v<Member, int T::*>) {
                    if (field.number.unit != nullptr) {
                        visit(prefix + QLatin1String(field.key), from.*member);
                    }
                } else if constexpr (std::is_same_v<Member, std::vector<double> T::*>) {
                    for (std::size_t i = 0; i < (from.*member).size(); ++i) {
                        visit(prefix + QLatin1String(field.key) + QStringLiteral("[%1]").arg(i), (from.*member)[i]);
                    }
                } else if constexpr (std::is_same_v<Member, CustomField<T>>) {
                    if (member.visit != nullptr) {
                        visitCustom(member, from, prefix + QLatin1String(field.key), visit);
                    }
                }
            },
            field.member);
    }
}

/// What an editor is to show for a field (its FieldInfo kind, choices and catalog).
template <typename T> FieldInfo describeField(const SchemaField<T>& field)
{
    FieldInfo info;
    info.label = field.label;
    info.conditional = field.applies != nullptr;
    std::visit(
        [&](const auto& member) {
            using Member = std::decay_t<decltype(member)>;
            using Kind = FieldInfo::Kind;
            if constexpr (std::is_same_v<Member, double T::*> || std::is_same_v<Member, int T::*> ||
                          std::is_same_v<Member, std::vector<double> T::*>) {
                info.kind = Kind::Number;
            } else if constexpr (std::is_same_v<Member, bool T::*>) {
                info.kind = Kind::Flag;
            } else if constexpr (std::is_same_v<Member, QString T::*>) {
                info.kind = Kind::Text;
            } else if constexpr (std::is_same_v<Member, QStringList T::*>) {
                info.kind = Kind::TextList;
            } else if constexpr (std::is_same_v<Member, CatalogId<T>> || std::is_same_v<Member, CatalogFields<T>>) {
                info.kind = std::is_same_v<Member, CatalogId<T>> ? Kind::CatalogId : Kind::CatalogOverride;
                info.catalog = member.catalog;
            } else if (!member.choices.empty()) {
                info.kind = Kind::Choice;
                info.choices = member.choices;
            } else if (field.number.unit != nullptr) {
                info.kind = Kind::Number;
            }
        },
        field.member);
    return info;
}

/// Adds every field of a section, and of the sections nested in it, under `prefix` (`demand[]`).
template <typename T> void describeSection(Section<T> fields, const QByteArray& prefix, std::vector<SchemaEntry>& into)
{
    for (const SchemaField<T>& field : fields) {
        const QByteArray pattern = prefix.isEmpty() ? QByteArray(field.key) : prefix + '.' + field.key;
        const bool numberList = std::holds_alternative<std::vector<double> T::*>(field.member);
        into.push_back({numberList ? pattern + "[]" : pattern, describeField(field), field.number});
        if (const auto* custom = std::get_if<CustomField<T>>(&field.member); custom && custom->describe) {
            custom->describe(pattern, into);
        }
    }
}

} // namespace suanpan
