#include "AssumptionLogReport.h"

#include "CatalogHistory.h"
#include "ScenarioDiff.h"
#include "ScenarioHistory.h"
#include "engine/Engine.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "report/NumberFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace suanpan::AssumptionLogReport {

namespace {

constexpr qsizetype kShownValueChars = 60;

std::optional<double> npvOf(const QJsonObject& json, const Catalog& catalog)
{
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    if (!report.isValid()) {
        return std::nullopt;
    }
    const std::optional<ResolvedScenario> resolved = resolveScenario(scenario, catalog, report);
    if (!resolved) {
        return std::nullopt;
    }
    return evaluate(*resolved).summary.npvAfterTaxCny;
}

/** \brief Where each log entry of the current scenarios falls in their rebuilt histories, with NPVs evaluated
 * with the catalog of each version's time. */
class Versions {
public:
    explicit Versions(const Project& project)
        : m_catalogs(project)
    {
        for (const QString& name : project.scenarioNames()) {
            m_histories.push_back(ScenarioHistory::versions(project, name));
            const std::size_t h = m_histories.size() - 1;
            for (std::size_t v = 0; v < m_histories[h].size(); ++v) {
                for (const AssumptionLogEntry& change : m_histories[h][v].changes) {
                    m_versionOf.insert(change.id, {h, v});
                }
            }
        }
    }

    /// The ids of every entry in the history of the scenario now named `name`.
    QSet<qint64> idsOf(const Project& project, const QString& name) const
    {
        QSet<qint64> ids;
        const qsizetype h = project.scenarioNames().indexOf(name);
        if (h < 0) {
            return ids;
        }
        for (const ScenarioHistory::Version& version : m_histories[static_cast<std::size_t>(h)]) {
            for (const AssumptionLogEntry& change : version.changes) {
                ids.insert(change.id);
            }
        }
        return ids;
    }

    /// A scenario's batch: the NPV of the version before it and of the version it made.
    void addScenarioNpv(Batch& batch)
    {
        const auto found = m_versionOf.constFind(batch.entries.front().id);
        if (found == m_versionOf.constEnd()) {
            return; // a scenario that was removed, or a change the history could not rebuild
        }
        const auto [h, v] = *found;
        const std::vector<ScenarioHistory::Version>& history = m_histories[h];
        batch.npvAfterCny = npvOf(history[v].scenario, m_catalogs.after(batch.entries.back().id));
        if (v > 0 && !history[v].created) {
            batch.npvBeforeCny = npvOf(history[v - 1].scenario, m_catalogs.after(batch.entries.front().id - 1));
        }
    }

    /// A catalog batch seen from one scenario (index h): its version of that time with the catalog before and after.
    void addCatalogNpv(Batch& batch, qsizetype h)
    {
        if (h < 0) {
            return;
        }
        const std::vector<ScenarioHistory::Version>& history = m_histories[static_cast<std::size_t>(h)];
        const qint64 first = batch.entries.front().id;
        const ScenarioHistory::Version* current = nullptr;
        for (const ScenarioHistory::Version& version : history) {
            const bool before = version.changes.empty() || version.changes.back().id < first;
            if (before) {
                current = &version;
            }
        }
        if (current == nullptr || (history.front().created && history.front().changes.front().id > first)) {
            return; // the scenario did not exist yet
        }
        batch.npvBeforeCny = npvOf(current->scenario, m_catalogs.after(first - 1));
        batch.npvAfterCny = npvOf(current->scenario, m_catalogs.after(batch.entries.back().id));
    }

private:
    CatalogHistory m_catalogs;
    std::vector<std::vector<ScenarioHistory::Version>> m_histories;
    QHash<qint64, std::pair<std::size_t, std::size_t>> m_versionOf;
};

QString shown(const QString& value)
{
    if (value.isEmpty()) {
        return QCoreApplication::translate("AssumptionLog", "(none)");
    }
    return value.size() > kShownValueChars ? value.left(kShownValueChars - 1) + QStringLiteral("…") : value;
}

QString timeText(const QDateTime& time)
{
    return time.toLocalTime().toString(Qt::ISODate).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

std::vector<Batch> batches(const Project& project, const QString& scenario)
{
    Versions versions(project);
    const QSet<qint64> own = scenario.isEmpty() ? QSet<qint64>() : versions.idsOf(project, scenario);
    std::vector<Batch> list;
    for (const AssumptionLogEntry& e : project.log()) {
        const bool catalogChange = e.scenario.isEmpty();
        if (!scenario.isEmpty() && !catalogChange && !own.contains(e.id) && e.scenario != scenario) {
            continue;
        }
        if (list.empty() || list.back().time != e.time || list.back().scenario != e.scenario ||
            list.back().note != e.note) {
            list.push_back({e.time, e.scenario, e.note, {}, std::nullopt, std::nullopt});
        }
        list.back().entries.push_back(e);
    }
    const qsizetype filtered = scenario.isEmpty() ? -1 : project.scenarioNames().indexOf(scenario);
    for (Batch& batch : list) {
        if (!batch.scenario.isEmpty()) {
            versions.addScenarioNpv(batch);
        } else {
            versions.addCatalogNpv(batch, filtered);
        }
    }
    return list;
}

QString text(const Project& project, const QString& scenario, const QLocale& locale)
{
    const std::vector<Batch> list = batches(project, scenario);
    std::size_t entries = 0;
    for (const Batch& batch : list) {
        entries += batch.entries.size();
    }
    QStringList lines;
    const QString title = project.metadata().title.isEmpty()
                              ? QCoreApplication::translate("AssumptionLog", "(untitled)")
                              : project.metadata().title;
    const int count = static_cast<int>(entries);
    lines << QCoreApplication::translate("AssumptionLog", "Assumption log of %1: %n change(s)", nullptr, count)
                 .arg(title);
    for (const Batch& batch : list) {
        const QString subject =
            batch.scenario.isEmpty() ? QCoreApplication::translate("AssumptionLog", "project catalog") : batch.scenario;
        QString heading = timeText(batch.time) + QStringLiteral(" · ") + subject;
        if (!batch.note.isEmpty()) {
            heading += QStringLiteral(" · ") + batch.note;
        }
        lines << QString() << heading;
        for (const AssumptionLogEntry& e : batch.entries) {
            if (e.fieldPath.isEmpty()) {
                lines << QStringLiteral("    ") +
                             (e.oldValue.isEmpty() ? QCoreApplication::translate("AssumptionLog", "scenario created")
                                                   : QCoreApplication::translate("AssumptionLog", "scenario removed"));
                continue;
            }
            lines << QStringLiteral("    %1: %2 → %3").arg(e.fieldPath, shown(e.oldValue), shown(e.newValue));
        }
        if (batch.npvAfterCny && batch.npvBeforeCny) {
            lines << QStringLiteral("    ") + QCoreApplication::translate("AssumptionLog", "NPV after tax: %1 → %2")
                                                  .arg(NumberFormat::money(*batch.npvBeforeCny, locale),
                                                       NumberFormat::money(*batch.npvAfterCny, locale));
        } else if (batch.npvAfterCny) {
            lines << QStringLiteral("    ") + QCoreApplication::translate("AssumptionLog", "NPV after tax: %1")
                                                  .arg(NumberFormat::money(*batch.npvAfterCny, locale));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject json(const Project& project, const QString& scenario)
{
    QJsonArray entries;
    QJsonArray batchList;
    for (const Batch& batch : batches(project, scenario)) {
        QJsonArray ids;
        for (const AssumptionLogEntry& e : batch.entries) {
            ids.append(e.id);
            const QJsonValue before = ScenarioDiff::valueFromText(e.oldValue);
            const QJsonValue after = ScenarioDiff::valueFromText(e.newValue);
            entries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("scenario"), e.scenario},
                                       {QStringLiteral("fieldPath"), e.fieldPath},
                                       {QStringLiteral("oldValue"), before.isUndefined() ? QJsonValue() : before},
                                       {QStringLiteral("newValue"), after.isUndefined() ? QJsonValue() : after},
                                       {QStringLiteral("note"), e.note}});
        }
        const auto optional = [](const std::optional<double>& value) {
            return value ? QJsonValue(*value) : QJsonValue();
        };
        batchList.append(QJsonObject{{QStringLiteral("time"), batch.time.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("scenario"), batch.scenario},
                                     {QStringLiteral("note"), batch.note},
                                     {QStringLiteral("entryIds"), ids},
                                     {QStringLiteral("npvAfterTaxBeforeCny"), optional(batch.npvBeforeCny)},
                                     {QStringLiteral("npvAfterTaxAfterCny"), optional(batch.npvAfterCny)}});
    }
    return {{QStringLiteral("formatVersion"), 1},
            {QStringLiteral("project"), project.metadata().title},
            {QStringLiteral("scenario"), scenario.isEmpty() ? QJsonValue() : QJsonValue(scenario)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("batches"), batchList}};
}

} // namespace suanpan::AssumptionLogReport
