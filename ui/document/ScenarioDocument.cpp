#include "ScenarioDocument.h"

#include "EditCommands.h"
#include "engine/Engine.h"
#include "model/FieldInfo.h"
#include "model/JsonPath.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"

#include <QElapsedTimer>
#include <QUuid>

namespace suanpan {

namespace {

/// The canonical form of a scenario (every field, defaults filled in), so that editors show what the engine
/// uses. A scenario with structural problems is kept as it is, to show its messages.
QJsonObject canonical(const QJsonObject& json, const Catalog& catalog)
{
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    return report.isValid() ? ScenarioJson::toJson(scenario) : json;
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent)
{}

ScenarioDocument::~ScenarioDocument() = default;

void ScenarioDocument::reset(const std::vector<QJsonObject>& scenarios, const Catalog& catalog)
{
    m_undo.clear();
    m_catalog = catalog;
    m_scenarios.clear();
    m_keys.clear();
    for (const QJsonObject& json : scenarios) {
        m_scenarios.push_back(canonical(json, m_catalog));
        m_keys.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    m_evaluations.assign(m_scenarios.size(), Evaluation{});
    for (int i = 0; i < count(); ++i) {
        evaluateScenario(i);
    }
    m_current = m_scenarios.empty() ? -1 : 0;
    m_undo.setClean();
    Q_EMIT scenarioListChanged();
    Q_EMIT currentChanged(m_current);
}

const QJsonObject& ScenarioDocument::json(int index) const
{
    return m_scenarios.at(static_cast<std::size_t>(index));
}

QString ScenarioDocument::name(int index) const
{
    return json(index).value(QStringLiteral("name")).toString();
}

const ScenarioDocument::Evaluation& ScenarioDocument::evaluation(int index) const
{
    return m_evaluations.at(static_cast<std::size_t>(index));
}

void ScenarioDocument::setCurrentIndex(int index)
{
    if (index == m_current || index < 0 || index >= count()) {
        return;
    }
    m_current = index;
    Q_EMIT currentChanged(index);
}

QString ScenarioDocument::uniqueName(const QString& base) const
{
    auto taken = [this](const QString& candidate) {
        for (int i = 0; i < count(); ++i) {
            if (name(i) == candidate) {
                return true;
            }
        }
        return false;
    };
    if (!taken(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate)) {
            return candidate;
        }
    }
}

void ScenarioDocument::reevaluateAll()
{
    for (int i = 0; i < count(); ++i) {
        evaluateScenario(i);
        Q_EMIT evaluated(i);
    }
}

void ScenarioDocument::setField(int index, const QString& path, const QJsonValue& value, const QString& label,
                                bool mergeable)
{
    if (index < 0 || index >= count()) {
        return;
    }
    // A change of type can leave fields behind that no longer apply (an S-curve's saturation once the forecast
    // grows at a constant rate, the colocation section once the center builds): they go in the same undo step, or
    // the scenario would be refused for them.
    QStringList leftBehind;
    const FieldInfo* field = findField(fieldPattern(path));
    if (value.isString() && field != nullptr && field->kind == FieldInfo::Kind::Choice) {
        QJsonObject changed = json(index);
        JsonPath::setValue(changed, path, value);
        leftBehind = ScenarioJson::fieldsNotApplying(changed, m_catalog);
        // Those left over already are known from the scenario's evaluation, which reads its current JSON.
        for (const QString& before : evaluation(index).issues.notApplying()) {
            leftBehind.removeAll(before);
        }
    }
    if (leftBehind.isEmpty()) {
        m_undo.push(new SetFieldCommand(this, index, path, value, label, mergeable));
        return;
    }
    m_undo.beginMacro(label.isEmpty() ? path : label);
    m_undo.push(new SetFieldCommand(this, index, path, value, label, false));
    for (const QString& field : leftBehind) {
        m_undo.push(new SetFieldCommand(this, index, field, QJsonValue::Undefined, label, false));
    }
    m_undo.endMacro();
}

void ScenarioDocument::setNumbers(int index, const std::vector<NumberTarget>& targets, ResolvedScenario& resolved,
                                  const QString& label)
{
    if (index < 0 || index >= count() || targets.empty()) {
        return;
    }
    m_undo.beginMacro(label);
    for (const auto& [path, value] : NumberTargets::jsonWrites(json(index), targets, resolved)) {
        setField(index, path, value, label, false);
    }
    m_undo.endMacro();
}

void ScenarioDocument::addScenario(const QJsonObject& json)
{
    QJsonObject named = canonical(json, m_catalog);
    named.insert(QStringLiteral("name"), uniqueName(json.value(QStringLiteral("name")).toString()));
    m_undo.push(new InsertScenarioCommand(this, count(), named));
}

void ScenarioDocument::duplicateScenario(int index)
{
    QJsonObject copy = json(index);
    copy.insert(QStringLiteral("name"), uniqueName(tr("Copy of %1").arg(name(index))));
    m_undo.push(new InsertScenarioCommand(this, index + 1, copy));
}

void ScenarioDocument::renameScenario(int index, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty() || trimmed == name(index)) {
        return;
    }
    setField(index, QStringLiteral("name"), uniqueName(trimmed), tr("Rename scenario"));
}

void ScenarioDocument::removeScenario(int index)
{
    if (count() <= 1) {
        return; // a project always keeps one scenario to work on
    }
    m_undo.push(new RemoveScenarioCommand(this, index));
}

void ScenarioDocument::replaceJson(int index, const QJsonObject& json)
{
    const bool renamed = name(index) != json.value(QStringLiteral("name")).toString();
    m_scenarios[static_cast<std::size_t>(index)] = json;
    evaluateScenario(index);
    Q_EMIT scenarioEdited(index);
    Q_EMIT evaluated(index);
    if (renamed) {
        Q_EMIT scenarioListChanged();
    }
}

void ScenarioDocument::insertScenarioAt(int index, const QJsonObject& json, const QString& key)
{
    m_scenarios.insert(m_scenarios.begin() + index, json);
    m_keys.insert(m_keys.begin() + index, key);
    m_evaluations.insert(m_evaluations.begin() + index, Evaluation{});
    evaluateScenario(index);
    m_current = index; // before the signals: listeners read the current scenario
    Q_EMIT scenarioListChanged();
    Q_EMIT currentChanged(index);
}

void ScenarioDocument::takeScenarioAt(int index)
{
    m_scenarios.erase(m_scenarios.begin() + index);
    m_keys.erase(m_keys.begin() + index);
    m_evaluations.erase(m_evaluations.begin() + index);
    m_current = std::min(index, count() - 1); // before the signals: listeners read the current scenario
    Q_EMIT scenarioListChanged();
    Q_EMIT currentChanged(m_current);
}

void ScenarioDocument::evaluateScenario(int index)
{
    QElapsedTimer timer;
    timer.start();
    Evaluation& e = m_evaluations[static_cast<std::size_t>(index)];
    e.issues = ValidationReport();
    const Scenario scenario = ScenarioJson::fromJson(json(index), m_catalog, e.issues);
    std::optional<ResolvedScenario> resolved;
    if (e.issues.isValid()) {
        resolved = resolveScenario(scenario, m_catalog, e.issues);
    }
    if (!resolved) {
        e.stale = e.results.has_value();
        return;
    }
    e.results = suanpan::evaluate(*resolved);
    e.analysis = analyze(*resolved);
    e.scenario = std::move(resolved);
    e.stale = false;
    e.evaluationMs = timer.nsecsElapsed() / 1e6;
}

} // namespace suanpan
