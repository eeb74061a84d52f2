#include "JsonPath.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace suanpan::JsonPath {

namespace {

/// One step of a path: a key, optionally followed by a list index.
struct Step {
    QString key;
    std::optional<qsizetype> index;
};

std::optional<std::vector<Step>> parse(const QString& path)
{
    static const QRegularExpression step(QStringLiteral("^([^.\\[\\]]+)(?:\\[(\\d+)\\])?$"));
    std::vector<Step> steps;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        Step s{match.captured(1), std::nullopt};
        if (match.hasCaptured(2) && !match.captured(2).isEmpty()) {
            s.index = match.captured(2).toLongLong();
        }
        steps.push_back(s);
    }
    return steps;
}

/// Sets value under steps[i..] inside container (recursively, copying each level back: Qt JSON is by value).
void setIn(QJsonObject& object, const std::vector<Step>& steps, std::size_t i, const QJsonValue& value)
{
    const Step& step = steps[i];
    const bool last = i + 1 == steps.size();
    if (!step.index) {
        if (last) {
            object.insert(step.key, value);
            return;
        }
        QJsonObject child = object.value(step.key).toObject();
        setIn(child, steps, i + 1, value);
        object.insert(step.key, child);
        return;
    }
    QJsonArray array = object.value(step.key).toArray();
    while (array.size() <= *step.index) {
        array.append(QJsonObject());
    }
    if (last) {
        array[*step.index] = value;
    } else {
        QJsonObject child = array.at(*step.index).toObject();
        setIn(child, steps, i + 1, value);
        array[*step.index] = child;
    }
    object.insert(step.key, array);
}

bool removeIn(QJsonObject& object, const std::vector<Step>& steps, std::size_t i)
{
    const Step& step = steps[i];
    const bool last = i + 1 == steps.size();
    if (!object.contains(step.key)) {
        return false;
    }
    if (!step.index) {
        if (last) {
            object.remove(step.key);
            return true;
        }
        QJsonObject child = object.value(step.key).toObject();
        const bool removed = removeIn(child, steps, i + 1);
        object.insert(step.key, child);
        return removed;
    }
    QJsonArray array = object.value(step.key).toArray();
    if (*step.index >= array.size()) {
        return false;
    }
    bool removed = true;
    if (last) {
        array.removeAt(*step.index);
    } else {
        QJsonObject child = array.at(*step.index).toObject();
        removed = removeIn(child, steps, i + 1);
        array[*step.index] = child;
    }
    object.insert(step.key, array);
    return removed;
}

} // namespace

QJsonValue value(const QJsonObject& root, const QString& path)
{
    const std::optional<std::vector<Step>> steps = parse(path);
    if (!steps) {
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue current = root;
    for (const Step& step : *steps) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = current.toObject().value(step.key);
        if (step.index) {
            const QJsonArray array = current.toArray();
            if (!current.isArray() || *step.index >= array.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = array.at(*step.index);
        }
    }
    return current;
}

bool setValue(QJsonObject& root, const QString& path, const QJsonValue& value)
{
    const std::optional<std::vector<Step>> steps = parse(path);
    if (!steps || steps->empty()) {
        return false;
    }
    setIn(root, *steps, 0, value);
    return true;
}

bool remove(QJsonObject& root, const QString& path)
{
    const std::optional<std::vector<Step>> steps = parse(path);
    if (!steps || steps->empty()) {
        return false;
    }
    return removeIn(root, *steps, 0);
}

} // namespace suanpan::JsonPath
