#pragma once

// How ScenarioSchema.cpp and ScenarioSchemaMarket.cpp describe fields that are not plain members (internal to
// core/model).

#include "ScenarioSchema.h"

namespace suanpan::schema_detail {

constexpr double kHuge = 1e12; // absurd-magnitude guard for money fields

template <typename M> struct MemberOf;
template <typename T, typename V> struct MemberOf<V T::*> {
    using Owner = T;
    using Value = V;
};

/// An enumeration, read by its key (Enums.h); `Fallback` is kept when the key is missing or not one of the table.
template <auto Member, auto Fallback> constexpr auto enumField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Enum = typename MemberOf<decltype(Member)>::Value;
    return CustomField<T>{[](JsonReader& r, const char* key, T& into) { into.*Member = r.enumValue(key, Fallback); },
                          [](const T& from) { return QJsonValue(toKey(from.*Member)); }, nullptr, nullptr,
                          EnumTraits<Enum>::values};
}

/// How a nested object is read: missing reads as empty (its fields may still have defaults), is reported, or is
/// left unread; `WhenGiven` also writes (and visits) it only when it is set (a clawback that measures something).
enum class Nested { MissingIsEmpty, Required, WhenGiven };

/// Whether a nested object is written and visited: always, or for Nested::WhenGiven when `isSet` says so.
template <Nested How, auto isSet, typename Object> bool given(const Object& object)
{
    if constexpr (How == Nested::WhenGiven) {
        return isSet(object);
    } else {
        return true;
    }
}

/// A nested object described by its own table. `isSet` (for Nested::WhenGiven) says whether it is written.
template <auto Member, const auto& Fields, Nested How = Nested::MissingIsEmpty, auto isSet = nullptr>
constexpr auto nestedField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Object = typename MemberOf<decltype(Member)>::Value;
    return CustomField<T>{
        [](JsonReader& r, const char* key, T& into) {
            if (How != Nested::MissingIsEmpty && !r.has(key)) {
                if (How == Nested::Required) {
                    r.report().add(r.childPath(QLatin1String(key)),
                                   QCoreApplication::translate("Validation", "required field is missing"));
                }
                return;
            }
            readObject(r, key, Section<Object>(Fields), into.*Member);
        },
        [](const T& from) {
            return given<How, isSet>(from.*Member) ? QJsonValue(sectionToJson(from.*Member, Section<Object>(Fields)))
                                                   : QJsonValue(QJsonValue::Undefined);
        },
        [](T& from, const QString& path, NumberVisitor& visit) {
            if (given<How, isSet>(from.*Member)) {
                visitSection(from.*Member, Section<Object>(Fields), path, visit);
            }
        },
        [](const QByteArray& pattern, std::vector<SchemaEntry>& into) {
            describeSection(Section<Object>(Fields), pattern, into);
        }};
}

/// A list of objects each described by the same table; `Required` reports a missing or empty list.
template <auto Member, const auto& Fields, bool Required = false> constexpr auto listField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Entry = typename MemberOf<decltype(Member)>::Value::value_type;
    return CustomField<T>{[](JsonReader& r, const char* key, T& into) {
                              readList(r, key, Required, Section<Entry>(Fields), into.*Member);
                          },
                          [](const T& from) { return QJsonValue(listToJson(from.*Member, Section<Entry>(Fields))); },
                          [](T& from, const QString& path, NumberVisitor& visit) {
                              for (std::size_t i = 0; i < (from.*Member).size(); ++i) {
                                  visitSection((from.*Member)[i], Section<Entry>(Fields),
                                               path + QStringLiteral("[%1]").arg(i), visit);
                              }
                          },
                          [](const QByteArray& pattern, std::vector<SchemaEntry>& into) {
                              describeSection(Section<Entry>(Fields), pattern + "[]", into);
                          }};
}

/// A key of an older format, read (and migrated) elsewhere: allowed in a file, never written.
template <typename T> constexpr CustomField<T> readElsewhere()
{
    return {[](JsonReader&, const char*, T&) {}, [](const T&) { return QJsonValue(QJsonValue::Undefined); }};
}

} // namespace suanpan::schema_detail

namespace suanpan::schema {
// The market's, the network's and the uncertainty's sections, nested in the scenario's (ScenarioSchema.cpp).
extern const Section<DemandSegment> demandSegment;
extern const Section<RevenueContract> contract;
extern const Section<FinanceInput> finance;
extern const Section<NetworkInput> network;
extern const Section<Uncertainty> uncertainty;
} // namespace suanpan::schema
