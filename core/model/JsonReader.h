#pragma once

#include "Enums.h"

#include "ValidationReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <span>

namespace suanpan {

class Catalog;

/**
 * \brief Reads fields of one JSON object, recording every structural problem (missing field, wrong type,
 * unknown field or enum value) with its full path instead of stopping at the first.
 *
 * A missing field takes its default from the catalog's defaults (looked up by the field's path pattern);
 * without a default it is reported as missing. Range checks are the validator's job, not the reader's.
 */
class JsonReader {
public:
    JsonReader(const QJsonObject& object, const QString& path, ValidationReport& report,
               const Catalog* defaults = nullptr);

    const QString& path() const { return m_path; }
    QString childPath(const QString& key) const;
    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }

    double number(const char* key);
    int integer(const char* key);
    bool boolean(const char* key);
    QString string(const char* key);
    QString optionalString(const char* key);
    QStringList stringList(const char* key);
    std::vector<double> numberList(const char* key);

    /// A value of an enumeration by its key (Enums.h); a key not in its table is reported with the allowed ones.
    template <KeyedEnum Enum> Enum enumValue(const char* key, Enum fallback)
    {
        const QString text = string(key);
        if (text.isEmpty()) {
            return fallback;
        }
        if (const std::optional<Enum> value = enumFromKey<Enum>(text)) {
            return *value;
        }
        reportNotOneOf(key, text, enumKeys<Enum>());
        return fallback;
    }

    /// A nested object; a missing object reads as empty (its fields may still have defaults).
    JsonReader object(const char* key);
    /// A nested object kept as JSON (e.g. an `override`); missing reads as empty.
    QJsonObject rawObject(const char* key);
    /// An array of objects; `required` reports a missing or empty array.
    QJsonArray array(const char* key, bool required);

    /// Reports every key of the object that is not in `known`.
    void rejectUnknown(std::initializer_list<const char*> known);
    void rejectUnknown(std::span<const char* const> known);

    ValidationReport& report() { return m_report; }
    const Catalog* defaults() const { return m_defaults; }

private:
    QJsonValue valueOrDefault(const char* key);
    void reportWrongType(const char* key, const char* expected, const QJsonValue& found);
    /// The text `value` of `key`, or empty when it is missing or not text (reported).
    QString text(const char* key, const QJsonValue& value);
    void reportNotOneOf(const char* key, const QString& text, const QStringList& allowed);

    QJsonObject m_object;
    QString m_path;
    ValidationReport& m_report;
    const Catalog* m_defaults;
};

} // namespace suanpan
