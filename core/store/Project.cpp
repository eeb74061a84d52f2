#include "Project.h"

#include "ScenarioDiff.h"
#include "model/CatalogParse.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>

#include <algorithm>

namespace suanpan {

namespace {

QString entryId(const QJsonObject& entry)
{
    return entry.value(QStringLiteral("id")).toString();
}

QString catalogPath(CatalogKind kind, const QString& id)
{
    return QStringLiteral("catalog.%1[%2]").arg(catalogName(kind), id);
}

/// Empty when the name can be used (the rule of scenarioNameProblem), else why not.
QString nameProblem(const QString& name)
{
    const std::optional<QString> problem = scenarioNameProblem(name);
    return problem ? QCoreApplication::translate("Project", "Scenario name: %1.").arg(*problem) : QString();
}

} // namespace

void validateCatalogEntry(CatalogKind kind, const QJsonObject& entry, ValidationReport& report)
{
    switch (kind) {
    case CatalogKind::Chips:
        CatalogParse::chip(entry, {}, {}, report);
        break;
    case CatalogKind::Cooling:
        CatalogParse::cooling(entry, {}, {}, report);
        break;
    case CatalogKind::Regions:
        CatalogParse::region(entry, {}, {}, report);
        break;
    case CatalogKind::Redundancy:
        CatalogParse::redundancy(entry, report);
        break;
    }
}

int Project::indexOf(const QString& name) const
{
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                                 [&name](const Scenario& candidate) { return candidate.name == name; });
    return it == m_scenarios.end() ? -1 : static_cast<int>(it - m_scenarios.begin());
}

const Scenario* Project::scenario(const QString& name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_scenarios[static_cast<std::size_t>(index)];
}

QStringList Project::scenarioNames() const
{
    QStringList names;
    for (const Scenario& s : m_scenarios) {
        names << s.name;
    }
    return names;
}

bool Project::addScenario(const Scenario& scenario, const QString& note, QString* error)
{
    if (const QString problem = nameProblem(scenario.name); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (indexOf(scenario.name) >= 0) {
        *error = QCoreApplication::translate("Project", "The project already has a scenario named \"%1\".")
                     .arg(scenario.name);
        return false;
    }
    m_scenarios.push_back(scenario);
    AssumptionLogEntry created;
    created.scenario = scenario.name;
    created.newValue = ScenarioDiff::valueText(ScenarioJson::toJson(scenario));
    record({created}, note);
    return true;
}

bool Project::updateScenario(const QString& name, const Scenario& updated, const QString& note, QString* error,
                             int* changes)
{
    const int index = indexOf(name);
    if (index < 0) {
        *error = QCoreApplication::translate("Project", "The project has no scenario named \"%1\".").arg(name);
        return false;
    }
    if (const QString problem = nameProblem(updated.name); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (updated.name != name && indexOf(updated.name) >= 0) {
        *error = QCoreApplication::translate("Project", "The project already has a scenario named \"%1\".")
                     .arg(updated.name);
        return false;
    }
    Scenario& current = m_scenarios[static_cast<std::size_t>(index)];
    std::vector<AssumptionLogEntry> entries = ScenarioDiff::changes(current, updated);
    if (changes != nullptr) {
        *changes = static_cast<int>(entries.size());
    }
    current = updated;
    // Imported series follow their scenario's name (they are kept per scenario and segment).
    for (DemandSeries& series : m_demandSeries) {
        if (series.scenario == name) {
            series.scenario = updated.name;
        }
    }
    record(std::move(entries), note);
    return true;
}

bool Project::removeScenario(const QString& name, const QString& note, QString* error)
{
    const int index = indexOf(name);
    if (index < 0) {
        *error = QCoreApplication::translate("Project", "The project has no scenario named \"%1\".").arg(name);
        return false;
    }
    AssumptionLogEntry removed;
    removed.scenario = name;
    removed.oldValue = ScenarioDiff::valueText(ScenarioJson::toJson(m_scenarios[static_cast<std::size_t>(index)]));
    m_scenarios.erase(m_scenarios.begin() + index);
    record({removed}, note);
    return true;
}

bool Project::moveScenario(int from, int to)
{
    const int count = static_cast<int>(m_scenarios.size());
    if (from < 0 || from >= count || to < 0 || to >= count) {
        return false;
    }
    Scenario moved = std::move(m_scenarios[static_cast<std::size_t>(from)]);
    m_scenarios.erase(m_scenarios.begin() + from);
    m_scenarios.insert(m_scenarios.begin() + to, std::move(moved));
    return true;
}

const CatalogOverride* Project::findOverride(CatalogKind kind, const QString& id) const
{
    const auto it = std::find_if(m_catalogOverrides.begin(), m_catalogOverrides.end(),
                                 [&](const CatalogOverride& o) { return o.kind == kind && entryId(o.entry) == id; });
    return it == m_catalogOverrides.end() ? nullptr : &*it;
}

bool Project::setCatalogEntry(CatalogKind kind, const QJsonObject& entry, const QString& note, ValidationReport& report)
{
    const QString id = entryId(entry);
    const std::size_t before = report.issues().size();
    if (id.trimmed().isEmpty() || id.size() > 100) {
        report.add(QStringLiteral("%1.id").arg(catalogName(kind)),
                   QCoreApplication::translate("Project", "a catalog entry needs an id of 1 to 100 characters"));
        return false;
    }
    validateCatalogEntry(kind, entry, report);
    if (report.issues().size() != before) {
        return false;
    }
    const Catalog current = catalog();
    const QJsonObject* previous = current.entry(kind, id);
    std::vector<AssumptionLogEntry> entries;
    ScenarioDiff::jsonChanges(previous != nullptr ? QJsonValue(*previous) : QJsonValue(QJsonValue::Undefined), entry,
                              catalogPath(kind, id), entries);
    auto it = std::find_if(m_catalogOverrides.begin(), m_catalogOverrides.end(),
                           [&](const CatalogOverride& o) { return o.kind == kind && entryId(o.entry) == id; });
    if (it != m_catalogOverrides.end()) {
        it->entry = entry;
    } else {
        m_catalogOverrides.push_back({kind, entry});
    }
    record(std::move(entries), note);
    return true;
}

bool Project::removeCatalogEntry(CatalogKind kind, const QString& id, const QString& note)
{
    const CatalogOverride* found = findOverride(kind, id);
    if (found == nullptr) {
        return false;
    }
    const QJsonObject removed = found->entry;
    std::erase_if(m_catalogOverrides,
                  [&](const CatalogOverride& o) { return o.kind == kind && entryId(o.entry) == id; });
    const QJsonObject* builtIn = Catalog::builtIn().entry(kind, id);
    std::vector<AssumptionLogEntry> entries;
    ScenarioDiff::jsonChanges(removed, builtIn != nullptr ? QJsonValue(*builtIn) : QJsonValue(QJsonValue::Undefined),
                              catalogPath(kind, id), entries);
    record(std::move(entries), note);
    return true;
}

Catalog Project::catalog() const
{
    Catalog effective = Catalog::builtIn();
    for (const CatalogOverride& o : m_catalogOverrides) {
        effective.setEntry(o.kind, o.entry);
    }
    return effective;
}

std::optional<ResolvedScenario> Project::resolve(const QString& name, ValidationReport& report) const
{
    const Scenario* found = scenario(name);
    if (found == nullptr) {
        report.add(QString(),
                   QCoreApplication::translate("Project", "The project has no scenario named \"%1\".").arg(name));
        return std::nullopt;
    }
    return resolveScenario(*found, catalog(), report);
}

void Project::setDemandSeries(const DemandSeries& series)
{
    auto it = std::find_if(m_demandSeries.begin(), m_demandSeries.end(), [&series](const DemandSeries& s) {
        return s.scenario == series.scenario && s.segment == series.segment;
    });
    if (it != m_demandSeries.end()) {
        *it = series;
    } else {
        m_demandSeries.push_back(series);
    }
}

void Project::record(std::vector<AssumptionLogEntry> entries, const QString& note, QDateTime time)
{
    if (!time.isValid()) {
        time = QDateTime::currentDateTimeUtc();
    }
    qint64 nextId = m_log.empty() ? 1 : m_log.back().id + 1;
    for (AssumptionLogEntry& entry : entries) {
        entry.id = nextId++;
        if (!entry.time.isValid()) {
            entry.time = time;
        }
        if (entry.note.isEmpty()) {
            entry.note = note;
        }
        m_log.push_back(std::move(entry));
    }
}

} // namespace suanpan
