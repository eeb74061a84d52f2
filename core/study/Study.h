#pragma once

#include "engine/Analysis.h"
#include "engine/Results.h"
#include "model/Catalog.h"
#include "model/FieldSpecs.h"
#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"
#include "risk/RiskResults.h"
#include "store/Project.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace suanpan {

/// The relative changes of a factor that the sensitivity table shows (−20 %, −10 %, +10 %, +20 %).
inline constexpr std::array kSensitivityChanges{-0.2, -0.1, 0.1, 0.2};

/**
 * \brief One row of the feasibility study's sensitivity analysis (docs/methodology.md §13): a factor that
 * moves a group of inputs by the same relative change, every other input at its base.
 */
struct SensitivityRow {
    QString key;       ///< "investment", "price", "demand", "electricity", "operatingCost"
    QString factor;    ///< translated name
    QStringList paths; ///< the inputs it moves (NumberTargets paths, `[*]` for every entry)
    std::array<double, kSensitivityChanges.size()> npvAfterTax{};
    std::array<std::optional<double>, kSensitivityChanges.size()> irrAfterTax{};
    /// 敏感度系数: (ΔIRR / IRR) / (ΔF / F) over −10 % … +10 %; missing when an IRR does not exist.
    OptionalFigure coefficient;
    /// 临界点: the relative change of the factor at which the after-tax project NPV (at the benchmark rate,
    /// finance.discountRate) is zero, searched in −100 % … +200 %; missing with the reason when none there.
    OptionalFigure switchingChange;
};

/** \brief One number the evaluation read, with where it came from: the assumptions table of the report and the
 * workbook's input sheet. */
struct Assumption {
    enum class Origin { Input, Default, Catalog, Override };
    QString path; ///< e.g. `finance.discountRate`, `chipMix[0].override.cardPriceCny`
    const FieldSpec* spec{};
    double value = 0;
    Origin origin = Origin::Input;
    QString source; ///< the default's or the catalog entry's source text (empty for the user's own figures)
    QString asOf;
    bool estimate = false; ///< the figure has no published source; `source` says how it was made
};

/** \brief Everything the report and the workbook show of one scenario. */
struct ScenarioStudy {
    QString name;
    QString description;
    ResolvedScenario scenario;
    Results results;
    Analysis analysis;
    std::vector<SensitivityRow> sensitivity;
    std::optional<RiskResults> risk; ///< when the study ran a Monte Carlo analysis
    /// The scenario names no uncertain inputs or events, so the Monte Carlo run used the shipped presets
    /// (data/risk/uncertainty-presets.json), as the desktop app's "add the shipped presets" does.
    bool riskFromPresets = false;
};

/** \brief A whole study: the project's metadata and one ScenarioStudy per scenario studied. */
struct Study {
    ProjectMetadata metadata;
    QDateTime made; ///< UTC
    QString appVersion;
    std::vector<ScenarioStudy> scenarios;
    /// Input assumption changes recorded in the project (empty for a scenario file).
    std::vector<AssumptionLogEntry> log;
};

/** \brief What a study computes besides the evaluation and break-evens. */
struct StudyOptions {
    bool sensitivity = true;
    std::size_t riskTrials = 0; ///< 0 = no Monte Carlo run
    std::uint64_t seed = 1;
    int threads = 0; ///< 0 = every core
};

/// Called with the share of the work done (0 … 1) and the step under way (translated); return false to cancel.
using StudyProgress = std::function<bool(double fraction, const QString& step)>;

/** \brief The outcome of a study run: the study, or why there is none (problems, or cancelled). */
struct StudyOutcome {
    std::optional<Study> study;
    bool cancelled = false;
    /// Problems by scenario name (a scenario that does not validate stops the study: a report must not skip it).
    std::vector<std::pair<QString, ValidationReport>> problems;
    QString error; ///< translated; e.g. "the project has no scenario"
};

/**
 * \brief The study pipeline shared by the CLI and the desktop app: validate, evaluate, break-evens,
 * the sensitivity table and, when asked, the Monte Carlo risk analysis, with progress and cancel.
 */
namespace StudyPipeline {

/// The sensitivity factors of a scenario, in report order (their paths exist in it).
std::vector<SensitivityRow> sensitivityFactors(const ResolvedScenario& scenario);

/// Computes the sensitivity rows (one-at-a-time evaluations); nothing when cancelled.
std::optional<std::vector<SensitivityRow>> sensitivity(const ResolvedScenario& scenario,
                                                       const StudyProgress& progress = {});

/// Every number of the resolved scenario (visitResolvedNumbers), with its origin and source.
std::vector<Assumption> assumptions(const ResolvedScenario& scenario);
/// "scenario input", "default", "catalog", "override" (translated).
QString originName(Assumption::Origin origin);

/// One scenario, already validated; `catalog` is the one it was resolved against (for the uncertainty presets).
std::optional<ScenarioStudy> studyScenario(const QString& name, const ResolvedScenario& scenario,
                                           const StudyOptions& options, const StudyProgress& progress = {},
                                           const Catalog& catalog = Catalog::builtIn());

/// The scenarios of a project (`scenario` names one; empty = every scenario, in the project's order).
StudyOutcome studyProject(const Project& project, const QString& scenario, const StudyOptions& options,
                          const StudyProgress& progress = {});

/// A scenario file's scenario (no metadata besides what the file gives).
StudyOutcome studyScenarioFile(const QString& name, const ResolvedScenario& scenario, const StudyOptions& options,
                               const StudyProgress& progress = {});

} // namespace StudyPipeline

} // namespace suanpan
