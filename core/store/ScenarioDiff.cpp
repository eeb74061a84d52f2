#include "ScenarioDiff.h"

#include "model/ScenarioJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace suanpan::ScenarioDiff {

namespace {

bool allObjects(const QJsonArray& array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue& value) { return value.isObject(); });
}

void add(const QJsonValue& before, const QJsonValue& after, const QString& path, std::vector<AssumptionLogEntry>& out)
{
    AssumptionLogEntry entry;
    entry.fieldPath = path;
    entry.oldValue = valueText(before);
    entry.newValue = valueText(after);
    out.push_back(entry);
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void arrayChanges(const QJsonArray& before, const QJsonArray& after, const QString& path,
                  std::vector<AssumptionLogEntry>& out)
{
    // A list of numbers (a demand series) that changed length is one new list, not hundreds of entries.
    if (before.size() != after.size() && !(allObjects(before) && allObjects(after))) {
        add(before, after, path, out);
        return;
    }
    const qsizetype common = std::min(before.size(), after.size());
    for (qsizetype i = 0; i < common; ++i) {
        jsonChanges(before.at(i), after.at(i), indexPath(path, i), out);
    }
    for (qsizetype i = common; i < after.size(); ++i) {
        add(QJsonValue(QJsonValue::Undefined), after.at(i), indexPath(path, i), out);
    }
    // Removed entries are listed from the last, so that undoing the entries newest-first re-inserts them in
    // order (see ScenarioHistory).
    for (qsizetype i = before.size() - 1; i >= common; --i) {
        add(before.at(i), QJsonValue(QJsonValue::Undefined), indexPath(path, i), out);
    }
}

} // namespace

QString childPath(const QString& path, const QString& key)
{
    static const QString special = QStringLiteral(".[]\"\\");
    const bool plain =
        !key.isEmpty() && std::none_of(key.begin(), key.end(), [](QChar c) { return special.contains(c); });
    if (plain) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    const QString quoted = valueText(QJsonValue(key));
    return path + QLatin1Char('[') + quoted + QLatin1Char(']');
}

QString valueText(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    // QJsonDocument writes only arrays and objects: write [value] and take the brackets off.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue valueFromText(const QString& text)
{
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.array().at(0);
}

void jsonChanges(const QJsonValue& before, const QJsonValue& after, const QString& path,
                 std::vector<AssumptionLogEntry>& out)
{
    if (before == after) {
        return;
    }
    if (before.isObject() && after.isObject()) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            jsonChanges(it.value(), a.value(it.key()), childPath(path, it.key()), out);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key())) {
                add(QJsonValue(QJsonValue::Undefined), it.value(), childPath(path, it.key()), out);
            }
        }
        return;
    }
    if (before.isArray() && after.isArray()) {
        arrayChanges(before.toArray(), after.toArray(), path, out);
        return;
    }
    add(before, after, path, out);
}

std::vector<AssumptionLogEntry> changes(const Scenario& before, const Scenario& after)
{
    std::vector<AssumptionLogEntry> out;
    jsonChanges(ScenarioJson::toJson(before), ScenarioJson::toJson(after), QString(), out);
    for (AssumptionLogEntry& entry : out) {
        entry.scenario = after.name;
    }
    return out;
}

} // namespace suanpan::ScenarioDiff
