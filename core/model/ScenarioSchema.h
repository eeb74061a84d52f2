#pragma once

#include "Catalog.h"
#include "Enums.h"
#include "FieldSpecs.h"
#include "JsonReader.h"
#include "Scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <span>
#include <variant>
#include <vector>

namespace suanpan {

/**
 * \brief A field read and written by hand: a nested object or list, an enumeration, or a field whose reading
 * depends on another (the forecast's parameters by its type). `write` returns an undefined value for a field that
 * is not written.
 */
template <typename T> struct CustomField {
    void (*read)(JsonReader& reader, const char* key, T& into);
    QJsonValue (*write)(const T& from);
    double T::*number = nullptr;          ///< a number read by hand is still visited (and range-checked) through this
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

/// Where a field lives in its section's struct, and so how it is read and written.
template <typename T>
using FieldMember = std::variant<double T::*, int T::*, bool T::*, QString T::*, QStringList T::*, CatalogId<T>,
                                 CatalogFields<T>, CustomField<T>>;

enum class FieldUse {
    Required,     ///< read with its default from data/catalogs/defaults.json, or reported as missing
    OptionalText, ///< text that may be left out (read as empty, always written)
    WhenSet,      ///< text that may be left out and is written only when not empty (older files stay unchanged)
};

/// What a number is: unit, allowed range, whole-number flag and help (a FieldSpec without its path, which is
/// where its section sits). A field whose `unit` is null is not a number.
struct NumberSpec {
    const char* unit = nullptr; ///< QT_TRANSLATE_NOOP("Unit", …)
    double min = 0;
    double max = 0;
    bool integer = false;
    const char* help = nullptr; ///< QT_TRANSLATE_NOOP("FieldHelp", …)
};

/**
 * \brief One field of a scenario section: its JSON key, where it lives, the label the editors show and, for a
 * number, its unit, allowed range, whole-number flag and help text. The JSON reader and writer, range validation,
 * the field visitor of the risk analysis and goal seek, the editors' labels, units and tooltips and the field
 * list of `suanpan-cli fields` (docs/scenario-format.md) all read these tables (ScenarioSchema.cpp,
 * ScenarioSchemaMarket.cpp, ScenarioSchemaNetwork.cpp): a new plain field is one entry.
 */
template <typename T> struct SchemaField {
    const char* key;
    FieldMember<T> member;
    const char* label = nullptr; ///< QT_TRANSLATE_NOOP("Fields", …): the form row's or table column's label
    NumberSpec number{};
    FieldUse use = FieldUse::Required;
};

template <typename T> using Section = std::span<const SchemaField<T>>;

/// The sections of a scenario, in the order they are read (and so the order of their problems in a report).
namespace schema {
extern const Section<Scenario> scenarioHead; ///< name, description, start and horizon
extern const Section<SiteInput> site;
extern const Section<PowerInput> power;
extern const Section<RackInput> racks;
extern const Section<FacilityPhase> facilityPhase;
extern const Section<CoolingInput> cooling;
extern const Section<ChipDeployment> chipDeployment;
extern const Section<FacilityInput> facility;
extern const Section<ColocationInput> colocation;
extern const Section<OperationsInput> operations;
extern const Section<DemandSegment> demandSegment;
extern const Section<RevenueContract> contract;
extern const Section<SubsidyConditions> subsidyConditions;
extern const Section<PayerShare> payerShare;
extern const Section<Clawback> clawback;
extern const Section<CapexSubsidy> capexSubsidy;
extern const Section<ElectricitySubsidy> electricitySubsidy;
extern const Section<InterestSubsidy> interestSubsidy;
extern const Section<VoucherProgram> vouchers;
extern const Section<PolicyInput> policies;
extern const Section<FinanceInput> finance;
extern const Section<NetworkInput> network; ///< the scalars and lists of the network section (methodology §14)
extern const Section<NetworkNode> networkNode;
extern const Section<NodeDemand> nodeDemand;
extern const Section<NetworkCenter> networkCenter;
extern const Section<NetworkLink> networkLink;
extern const Section<Uncertainty> uncertainty; ///< inputs and correlations; events are read by their type
extern const Section<UncertainInput> uncertainInput;
extern const Section<InputCorrelation> correlation;

/**
 * Calls f(pattern, section) for every section with the path pattern of its fields (`power`, `demand[]`,
 * `policies.capexSubsidies[].conditions`; the scenario's own fields have the empty pattern): the one map of where
 * each section sits, from which every field's path follows.
 */
template <typename F> void forEachSection(F&& f)
{
    f("", scenarioHead);
    f("site", site);
    f("power", power);
    f("racks", racks);
    f("facilityPhases[]", facilityPhase);
    f("cooling", cooling);
    f("chipMix[]", chipDeployment);
    f("facility", facility);
    f("colocation", colocation);
    f("operations", operations);
    f("demand[]", demandSegment);
    f("contracts[]", contract);
    f("policies.capexSubsidies[].conditions", subsidyConditions);
    f("policies.capexSubsidies[].payers[]", payerShare);
    f("policies.capexSubsidies[].clawback", clawback);
    f("policies.capexSubsidies[]", capexSubsidy);
    f("policies.electricitySubsidy", electricitySubsidy);
    f("policies.interestSubsidy", interestSubsidy);
    f("policies.vouchers", vouchers);
    f("policies", policies);
    f("finance", finance);
    f("network", network);
    f("network.nodes[]", networkNode);
    f("network.nodes[].demand[]", nodeDemand);
    f("network.centers[]", networkCenter);
    f("network.links[]", networkLink);
    f("uncertainty", uncertainty);
    f("uncertainty.inputs[]", uncertainInput);
    f("uncertainty.correlations[]", correlation);
}

/// The FieldSpec of every number of these sections, its path from forEachSection (FieldSpecs adds the forecast's,
/// the uncertainty section's and the catalogs').
std::vector<FieldSpec> numberSpecs();
} // namespace schema

/// The keys a section allows, for JsonReader::rejectUnknown, followed by `extra` keys read elsewhere.
template <typename T> std::vector<const char*> sectionKeys(Section<T> fields, std::initializer_list<const char*> extra)
{
    std::vector<const char*> keys;
    for (const SchemaField<T>& field : fields) {
        keys.push_back(field.key);
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

/// Reads every field of a section into `into`, reporting what is missing or of the wrong type.
template <typename T> void readSection(JsonReader& r, Section<T> fields, T& into)
{
    for (const SchemaField<T>& field : fields) {
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
}

/// Reads the object `key` as a section, refusing keys it does not have; missing reads as empty (its fields may
/// still have defaults).
template <typename T> void readObject(JsonReader& parent, const char* key, Section<T> fields, T& into)
{
    JsonReader r = parent.object(key);
    r.rejectUnknown(sectionKeys(fields, {}));
    readSection(r, fields, into);
}

/// Reads the list `key`, each object an entry of the section (with `extra` keys read elsewhere); `required`
/// reports a missing or empty list.
template <typename T>
void readList(JsonReader& parent, const char* key, bool required, Section<T> fields, std::vector<T>& into,
              std::initializer_list<const char*> extra = {})
{
    forEachObject(parent, key, required, [&](JsonReader& item) {
        item.rejectUnknown(sectionKeys(fields, extra));
        readSection(item, fields, into.emplace_back());
    });
}

template <typename T> const QString& textOf(const T& from, QString T::*member)
{
    return from.*member;
}
template <typename T> const QString& textOf(const T& from, const CatalogId<T>& id)
{
    return from.*(id.member);
}

/// Writes every field of a section into `json` (a field left out when not set is not written).
template <typename T> void writeSection(const T& from, Section<T> fields, QJsonObject& json)
{
    for (const SchemaField<T>& field : fields) {
        const QString key = QLatin1String(field.key);
        std::visit(
            [&](const auto& member) {
                using Member = std::decay_t<decltype(member)>;
                if constexpr (std::is_same_v<Member, QStringList T::*>) {
                    json.insert(key, QJsonArray::fromStringList(from.*member));
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

/**
 * Calls visit(path, value) for every number of a section, `value` an int& or double& (const if `from` is), with
 * the path `base.key` (`operations.staffCount`, `demand[2].captureShare`).
 */
template <typename S, typename T, typename Visit>
void visitSection(S& from, Section<T> fields, const QString& base, Visit&& visit)
{
    const QString prefix = base.isEmpty() ? base : base + QLatin1Char('.');
    for (const SchemaField<T>& field : fields) {
        std::visit(
            [&](const auto& member) {
                using Member = std::decay_t<decltype(member)>;
                if constexpr (std::is_same_v<Member, double T::*> || std::is_same_v<Member, int T::*>) {
                    visit(prefix + QLatin1String(field.key), from.*member);
                } else if constexpr (std::is_same_v<Member, CustomField<T>>) {
                    if (member.number != nullptr) {
                        visit(prefix + QLatin1String(field.key), from.*(member.number));
                    }
                }
            },
            field.member);
    }
}

} // namespace suanpan
