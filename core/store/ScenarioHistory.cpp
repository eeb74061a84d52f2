#include "ScenarioHistory.h"

#include "ScenarioDiff.h"
#include "model/ScenarioJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace suanpan::ScenarioHistory {

namespace {

/// One step of a field path: an object key or a list index.
struct Step {
    QString key;
    qsizetype index = -1;
};

/// Parses `a.b[2].c` and `a["odd.key"]` (the forms ScenarioDiff::childPath writes).
std::optional<std::vector<Step>> parsePath(const QString& path)
{
    std::vector<Step> steps;
    qsizetype i = 0;
    const qsizetype n = path.size();
    while (i < n) {
        if (path.at(i) == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (i + 1 < n && path.at(i + 1) == QLatin1Char('"')) {
                // A quoted key: find the closing quote that is not escaped.
                qsizetype end = i + 2;
                while (end < n && path.at(end) != QLatin1Char('"')) {
                    end += path.at(end) == QLatin1Char('\\') ? 2 : 1;
                }
                if (end + 1 >= n || path.at(end + 1) != QLatin1Char(']')) {
                    return std::nullopt;
                }
                const QJsonValue key = ScenarioDiff::valueFromText(path.mid(i + 1, end - i));
                if (!key.isString()) {
                    return std::nullopt;
                }
                steps.push_back({key.toString(), -1});
                i = end + 2;
            } else {
                bool ok = false;
                const qsizetype index = close < 0 ? -1 : path.mid(i + 1, close - i - 1).toLongLong(&ok);
                if (!ok || index < 0) {
                    return std::nullopt;
                }
                steps.push_back({QString(), index});
                i = close + 1;
            }
        } else {
            if (path.at(i) == QLatin1Char('.')) {
                ++i;
            }
            qsizetype end = i;
            while (end < n && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('[')) {
                ++end;
            }
            if (end == i) {
                return std::nullopt;
            }
            steps.push_back({path.mid(i, end - i), -1});
            i = end;
        }
    }
    return steps;
}

/// Sets the value at steps[i…] from `expected` (undefined = absent) to `replacement` (undefined = remove).
bool replaceAt(QJsonValue& node, const std::vector<Step>& steps, std::size_t i, const QJsonValue& expected,
               const QJsonValue& replacement)
{
    const Step& step = steps[i];
    const bool last = i + 1 == steps.size();
    if (step.index >= 0) {
        if (!node.isArray()) {
            return false;
        }
        QJsonArray array = node.toArray();
        const qsizetype index = step.index;
        if (last && expected.isUndefined()) {
            if (index > array.size() || replacement.isUndefined()) {
                return false;
            }
            array.insert(index, replacement);
        } else {
            if (index >= array.size()) {
                return false;
            }
            QJsonValue child = array.at(index);
            if (last) {
                if (child != expected) {
                    return false;
                }
                if (replacement.isUndefined()) {
                    array.removeAt(index);
                } else {
                    array[index] = replacement;
                }
            } else {
                if (!replaceAt(child, steps, i + 1, expected, replacement)) {
                    return false;
                }
                array[index] = child;
            }
        }
        node = array;
        return true;
    }
    if (!node.isObject()) {
        return false;
    }
    QJsonObject object = node.toObject();
    QJsonValue child = object.value(step.key);
    if (last) {
        if (child != expected) {
            return false;
        }
        if (replacement.isUndefined()) {
            object.remove(step.key);
        } else {
            object.insert(step.key, replacement);
        }
    } else {
        if (child.isUndefined() || !replaceAt(child, steps, i + 1, expected, replacement)) {
            return false;
        }
        object.insert(step.key, child);
    }
    node = object;
    return true;
}

} // namespace

bool undo(QJsonObject& document, const AssumptionLogEntry& entry)
{
    const std::optional<std::vector<Step>> steps = parsePath(entry.fieldPath);
    const QJsonValue before = ScenarioDiff::valueFromText(entry.oldValue);
    const QJsonValue after = ScenarioDiff::valueFromText(entry.newValue);
    if (!steps || steps->empty() || (before.isUndefined() && !entry.oldValue.isEmpty()) ||
        (after.isUndefined() && !entry.newValue.isEmpty())) {
        return false;
    }
    QJsonValue root(document);
    if (!replaceAt(root, *steps, 0, after, before)) {
        return false;
    }
    document = root.toObject();
    return true;
}

std::vector<Version> versions(const Project& project, const QString& name, bool* complete)
{
    if (complete != nullptr) {
        *complete = true;
    }
    const Scenario* scenario = project.scenario(name);
    if (scenario == nullptr) {
        return {};
    }
    std::vector<Version> newestFirst;
    QJsonObject state = ScenarioJson::toJson(*scenario);
    QString tracked = name;
    bool reachedCreation = false;
    const std::vector<AssumptionLogEntry>& log = project.log();
    for (auto it = log.rbegin(); it != log.rend() && !reachedCreation; ++it) {
        const AssumptionLogEntry& e = *it;
        if (e.scenario != tracked) {
            continue;
        }
        if (newestFirst.empty() || newestFirst.back().time != e.time || newestFirst.back().note != e.note) {
            newestFirst.push_back({e.time, e.note, false, {}, state});
        }
        Version& version = newestFirst.back();
        version.changes.insert(version.changes.begin(), e);
        if (e.fieldPath.isEmpty()) {
            // The creation holds the whole scenario as it was first saved; a removal cannot precede a scenario
            // that still exists, so it means the log does not fit.
            reachedCreation = e.oldValue.isEmpty() && ScenarioDiff::valueFromText(e.newValue) == QJsonValue(state);
            version.created = reachedCreation;
            if (!reachedCreation && complete != nullptr) {
                *complete = false;
            }
            break;
        }
        if (!undo(state, e)) {
            version.changes.erase(version.changes.begin());
            if (version.changes.empty()) {
                newestFirst.pop_back();
            }
            if (complete != nullptr) {
                *complete = false;
            }
            break;
        }
        if (e.fieldPath == QLatin1String("name")) {
            tracked = ScenarioDiff::valueFromText(e.oldValue).toString();
        }
    }
    if (!reachedCreation) {
        // What the log does not reach back to: the scenario before the oldest change that could be undone.
        newestFirst.push_back({QDateTime(), QString(), false, {}, state});
    }
    return {newestFirst.rbegin(), newestFirst.rend()};
}

} // namespace suanpan::ScenarioHistory
