#pragma once

#include "model/Catalog.h"
#include "model/ResolvedScenario.h"
#include "model/Scenario.h"
#include "model/ValidationReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace suanpan {

/** \brief Who made a project and when; shown on reports and in the file's metadata table. */
struct ProjectMetadata {
    QString title;
    QString author;
    QString organization;
    QString currency = QStringLiteral("CNY"); ///< currency of the amounts (Suanpan computes in CNY)
    QDateTime created;                        ///< UTC; set by the first save when empty
    QDateTime modified;                       ///< UTC; set by every save
    QString appVersion;                       ///< Suanpan version that last saved the file
    bool operator==(const ProjectMetadata&) const = default;
};

/**
 * \brief One recorded change of an assumption: what an investor audits.
 *
 * Values are compact JSON text, so that a number, a text and a list are told apart (`512`, `"h20"`,
 * `["cards","servers"]`); an empty value means that the field or list entry did not exist (before) or no
 * longer exists (after). Paths are the scenario format's (`chipMix[1].count`, `demand[0].forecast.type`);
 * an empty path is the whole scenario (created: newValue holds its JSON; removed: oldValue does).
 * Catalog changes are project-wide: scenario is empty and the path is `catalog.chips[h20].cardPriceCny`.
 */
struct AssumptionLogEntry {
    qint64 id = 0;    ///< 1, 2, 3 … in recording order; 0 until recorded in a project
    QDateTime time;   ///< UTC; the entries of one change (one save, one import) share a time
    QString scenario; ///< the scenario's name when the change was made
    QString fieldPath;
    QString oldValue;
    QString newValue;
    QString note; ///< why, in the user's words (optional)
    bool operator==(const AssumptionLogEntry&) const = default;
};

enum class DemandPeriod { Year, Month };

/**
 * \brief A demand forecast imported from CSV for one segment of one scenario, kept for provenance.
 *
 * Values are average effective P (PFLOPS at the segment's precision) over consecutive periods starting at
 * firstYear/firstMonth; a file given in P·h was converted with 8,760 h per year and 730 h per month, the
 * engine's clock. The scenario's segment holds the horizon's slice of it as a `series` forecast.
 */
struct DemandSeries {
    QString scenario;
    QString segment; ///< the segment's id in that scenario
    QString sourceFile;
    QDateTime imported;
    DemandPeriod period = DemandPeriod::Year;
    int firstYear = 0;
    int firstMonth = 1; ///< 1 … 12; 1 for yearly series
    QString unit;       ///< as written in the file ("P" or "P·h")
    std::vector<double> valuesPflops;
    bool operator==(const DemandSeries&) const = default;
};

/** \brief A project's own catalog entry: a whole entry as in data/catalogs, replacing a built-in one with the
 * same id or adding a custom one. */
struct CatalogOverride {
    CatalogKind kind = CatalogKind::Chips;
    QJsonObject entry;
    bool operator==(const CatalogOverride&) const = default;
};

/// Checks a whole catalog entry (its numbers against their ranges) as the built-in entries are checked;
/// problems are reported at `chips[id].field`.
void validateCatalogEntry(CatalogKind kind, const QJsonObject& entry, ValidationReport& report);

/**
 * \brief A planning study: metadata, scenarios, the project's own catalog entries, imported demand series
 * and the assumption log of every change. ProjectFile reads and writes it as a `.suanpan` file.
 *
 * Changes made through addScenario/updateScenario/removeScenario/setCatalogEntry record themselves in the
 * log (one shared time per call); the order of scenarios is not an assumption and is not logged. A front end
 * that edits a copy of a scenario calls updateScenario with the edited copy when it saves, so the log holds
 * what changed since the last save.
 */
class Project {
public:
    ProjectMetadata& metadata() { return m_metadata; }
    const ProjectMetadata& metadata() const { return m_metadata; }

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario* scenario(const QString& name) const;
    QStringList scenarioNames() const;

    /// Adds a scenario (its name must be non-empty and unused) and logs its creation.
    bool addScenario(const Scenario& scenario, const QString& note, QString* error);
    /// Replaces the scenario named `name` (the new one may rename it) and logs every field that changed.
    /// Returns the number of log entries added through `changes` (0 when nothing changed).
    bool updateScenario(const QString& name, const Scenario& updated, const QString& note, QString* error,
                        int* changes = nullptr);
    bool removeScenario(const QString& name, const QString& note, QString* error);
    /// Moves a scenario to another position (not logged).
    bool moveScenario(int from, int to);

    const std::vector<CatalogOverride>& catalogOverrides() const { return m_catalogOverrides; }
    /// Adds or replaces a whole catalog entry after checking it like the built-in ones; logs field changes
    /// against the entry it replaces. On failure, `report` holds every problem and nothing changed.
    bool setCatalogEntry(CatalogKind kind, const QJsonObject& entry, const QString& note, ValidationReport& report);
    /// Removes the project's own entry (the built-in one, if any, applies again) and logs it.
    bool removeCatalogEntry(CatalogKind kind, const QString& id, const QString& note);
    /// The built-in catalog with this project's entries applied.
    Catalog catalog() const;

    /// Validates a scenario of this project against its catalog, as typed input is validated.
    std::optional<ResolvedScenario> resolve(const QString& name, ValidationReport& report) const;

    const std::vector<DemandSeries>& demandSeries() const { return m_demandSeries; }
    /// Keeps an imported series; it replaces an earlier one for the same scenario and segment.
    void setDemandSeries(const DemandSeries& series);

    const std::vector<AssumptionLogEntry>& log() const { return m_log; }
    /// Appends entries to the log: ids are assigned, and an entry without a time gets `time` (or now).
    void record(std::vector<AssumptionLogEntry> entries, const QString& note = QString(), QDateTime time = {});

    bool operator==(const Project&) const = default;

private:
    friend class ProjectReader; // restores a file's content without logging it again

    int indexOf(const QString& name) const;
    const CatalogOverride* findOverride(CatalogKind kind, const QString& id) const;

    ProjectMetadata m_metadata;
    std::vector<Scenario> m_scenarios;
    std::vector<CatalogOverride> m_catalogOverrides;
    std::vector<DemandSeries> m_demandSeries;
    std::vector<AssumptionLogEntry> m_log;
};

} // namespace suanpan
