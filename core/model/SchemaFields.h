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
                          [](const T& from) { return QJsonValue(toKey(from.*Member)); }, nullptr,
                          EnumTraits<Enum>::values};
}

/// A nested object described by its own table; missing reads as empty (its fields may still have defaults).
template <auto Member, const auto& Fields> constexpr auto nestedField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Nested = typename MemberOf<decltype(Member)>::Value;
    return CustomField<T>{
        [](JsonReader& r, const char* key, T& into) { readObject(r, key, Section<Nested>(Fields), into.*Member); },
        [](const T& from) { return QJsonValue(sectionToJson(from.*Member, Section<Nested>(Fields))); }};
}

/// A list of objects each described by the same table.
template <auto Member, const auto& Fields> constexpr auto listField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Entry = typename MemberOf<decltype(Member)>::Value::value_type;
    return CustomField<T>{
        [](JsonReader& r, const char* key, T& into) { readList(r, key, false, Section<Entry>(Fields), into.*Member); },
        [](const T& from) { return QJsonValue(listToJson(from.*Member, Section<Entry>(Fields))); }};
}

} // namespace suanpan::schema_detail
