#include "JsonReader.h"

#include "Catalog.h"
#include "FieldSpecs.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace suanpan {

namespace {

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array:
        return QCoreApplication::translate("Validation", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Validation", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Validation", "nothing");
}

} // namespace

JsonReader::JsonReader(const QJsonObject& object, const QString& path, ValidationReport& report,
                       const Catalog* defaults)
    : m_object(object)
    , m_path(path)
    , m_report(report)
    , m_defaults(defaults)
{}

QString JsonReader::childPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue JsonReader::valueOrDefault(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isUndefined()) {
        return value;
    }
    if (m_defaults != nullptr) {
        if (const DefaultValue* fallback = m_defaults->defaultFor(fieldPattern(childPath(QLatin1String(key))))) {
            return fallback->value;
        }
    }
    m_report.add(childPath(QLatin1String(key)), QCoreApplication::translate("Validation", "required field is missing"));
    return QJsonValue(QJsonValue::Undefined); // not {}: that is null, and would be reported again as the wrong type
}

void JsonReader::reportWrongType(const char* key, const char* expected, const QJsonValue& found)
{
    m_report.add(childPath(QLatin1String(key)),
                 QCoreApplication::translate("Validation", "expected %1, found %2")
                     .arg(QCoreApplication::translate("Validation", expected), describe(found)));
}

void JsonReader::reportNotOneOf(const char* key, const QString& text, const QStringList& allowed)
{
    m_report.add(childPath(QLatin1String(key)), QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                                                    .arg(text.left(40), allowed.join(QStringLiteral(", "))));
}

double JsonReader::number(const char* key)
{
    const QJsonValue value = valueOrDefault(key);
    if (value.isUndefined()) {
        return 0.0;
    }
    if (!value.isDouble()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a number"), value);
        return 0.0;
    }
    return value.toDouble();
}

int JsonReader::integer(const char* key)
{
    const QJsonValue value = valueOrDefault(key);
    if (value.isUndefined()) {
        return 0;
    }
    if (!value.isDouble()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a whole number"), value);
        return 0;
    }
    const double number = value.toDouble();
    const QString path = childPath(QLatin1String(key));
    const FieldSpec* spec = findFieldSpec(fieldPattern(path));
    if (std::abs(number) > std::numeric_limits<int>::max()) {
        const QString allowed = spec != nullptr ? rangeText(*spec) : QString();
        m_report.add(path, QCoreApplication::translate("Validation", "%1 is outside the allowed range %2")
                               .arg(numberText(number), allowed));
        return spec != nullptr ? static_cast<int>(spec->min) : 0;
    }
    if (number != std::floor(number)) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a whole number"), value);
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const char* key)
{
    const QJsonValue value = valueOrDefault(key);
    if (value.isUndefined()) {
        return false;
    }
    if (!value.isBool()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "true or false"), value);
        return false;
    }
    return value.toBool();
}

QString JsonReader::string(const char* key)
{
    return text(key, valueOrDefault(key));
}

QString JsonReader::optionalString(const char* key)
{
    return text(key, m_object.value(QLatin1String(key)));
}

QString JsonReader::text(const char* key, const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isString()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "text"), value);
        return {};
    }
    return value.toString();
}

QStringList JsonReader::stringList(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    QStringList list;
    if (value.isUndefined()) {
        return list;
    }
    if (!value.isArray()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a list of text"), value);
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_report.add(childPath(QLatin1String(key)) + QStringLiteral("[%1]").arg(i),
                         QCoreApplication::translate("Validation", "expected %1, found %2")
                             .arg(QCoreApplication::translate("Validation", "text"), describe(array.at(i))));
            continue;
        }
        list << array.at(i).toString();
    }
    return list;
}

std::vector<double> JsonReader::numberList(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    std::vector<double> list;
    if (value.isUndefined()) {
        return list;
    }
    if (!value.isArray()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a list of numbers"), value);
        return list;
    }
    const QJsonArray array = value.toArray();
    list.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble()) {
            m_report.add(childPath(QLatin1String(key)) + QStringLiteral("[%1]").arg(i),
                         QCoreApplication::translate("Validation", "expected %1, found %2")
                             .arg(QCoreApplication::translate("Validation", "a number"), describe(array.at(i))));
            list.push_back(0.0);
            continue;
        }
        list.push_back(array.at(i).toDouble());
    }
    return list;
}

JsonReader JsonReader::object(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isObject()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "an object"), value);
    }
    return JsonReader(value.toObject(), childPath(QLatin1String(key)), m_report, m_defaults);
}

QJsonObject JsonReader::rawObject(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isObject()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "an object"), value);
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const char* key, bool required)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required) {
            m_report.add(childPath(QLatin1String(key)),
                         QCoreApplication::translate("Validation", "required list is missing"));
        }
        return {};
    }
    if (!value.isArray()) {
        reportWrongType(key, QT_TRANSLATE_NOOP("Validation", "a list"), value);
        return {};
    }
    const QJsonArray array = value.toArray();
    if (required && array.isEmpty()) {
        m_report.add(childPath(QLatin1String(key)),
                     QCoreApplication::translate("Validation", "needs at least one entry"));
    }
    return array;
}

void JsonReader::rejectUnknown(std::initializer_list<const char*> known)
{
    rejectUnknown(std::span<const char* const>(known.begin(), known.size()));
}

void JsonReader::rejectUnknown(std::span<const char* const> known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool isKnown = false;
        for (const char* name : known) {
            isKnown = isKnown || it.key() == QLatin1String(name);
        }
        if (!isKnown) {
            QStringList names;
            for (const char* name : known) {
                names << QString::fromLatin1(name);
            }
            m_report.add(childPath(it.key()), QCoreApplication::translate("Validation", "unknown field (allowed: %1)")
                                                  .arg(names.join(QStringLiteral(", "))));
        }
    }
}

} // namespace suanpan
