// The study pipeline (docs/methodology.md §13): validate, evaluate, break-evens, sensitivity and, when asked,
// the Monte Carlo risk analysis — the one workflow behind the report, the workbook, the CLI and the app.

#include "Study.h"

#include "engine/Engine.h"
#include "risk/RiskSimulation.h"
#include "risk/UncertaintyPresets.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

/// Progress of one step mapped into [from, to] of the whole; false when the user cancelled.
StudyProgress within(const StudyProgress& progress, double from, double to)
{
    if (!progress) {
        return {};
    }
    return [progress, from, to](double fraction, const QString& step) {
        return progress(from + (to - from) * fraction, step);
    };
}

/// The Monte Carlo run of a study, when trials are asked for. A scenario that names no uncertain inputs or events
/// runs with the shipped presets (`fromPresets` says so); nothing when the run was cancelled.
std::optional<RiskResults> riskRun(const QString& name, ResolvedScenario scenario, const Catalog& catalog,
                                   const StudyOptions& options, const StudyProgress& progress, bool& fromPresets,
                                   bool& cancelled)
{
    if (options.riskTrials == 0) {
        return std::nullopt;
    }
    const Uncertainty& u = scenario.input.uncertainty;
    if (u.inputs.empty() && u.events.empty()) {
        ValidationReport report;
        std::optional<ResolvedScenario> withPresets = UncertaintyPresets::withPresets(scenario, catalog, report);
        if (!withPresets) {
            return std::nullopt;
        }
        scenario = std::move(*withPresets);
        fromPresets = true;
    }
    RiskSettings settings;
    settings.trials = options.riskTrials;
    settings.seed = options.seed;
    settings.threads = options.threads;
    const QString step = QCoreApplication::translate("Study", "Risk analysis of %1").arg(name);
    RiskResults risk = RiskSimulation(scenario).run(
        settings, [&](const RiskProgress& p) { return !progress || progress(p.fraction, step); });
    if (risk.cancelled) {
        cancelled = true;
        return std::nullopt;
    }
    return risk;
}

} // namespace

namespace StudyPipeline {

std::optional<ScenarioStudy> studyScenario(const QString& name, const ResolvedScenario& scenario,
                                           const StudyOptions& options, const StudyProgress& progress,
                                           const Catalog& catalog)
{
    ScenarioStudy study;
    study.name = name;
    study.description = scenario.input.description;
    study.scenario = scenario;
    const bool withRisk = options.riskTrials > 0;
    const double evaluated = withRisk ? 0.05 : 0.2;
    const double sensed = withRisk ? 0.15 : 1.0;
    if (progress && !progress(0.0, QCoreApplication::translate("Study", "Evaluating %1").arg(name))) {
        return std::nullopt;
    }
    study.results = evaluate(scenario);
    study.analysis = analyze(scenario);
    if (options.sensitivity) {
        auto rows = sensitivity(scenario, within(progress, evaluated, sensed));
        if (!rows) {
            return std::nullopt;
        }
        study.sensitivity = std::move(*rows);
    }
    bool cancelled = false;
    study.risk =
        riskRun(name, scenario, catalog, options, within(progress, sensed, 1.0), study.riskFromPresets, cancelled);
    if (cancelled) {
        return std::nullopt;
    }
    return study;
}

StudyOutcome studyProject(const Project& project, const QString& scenario, const StudyOptions& options,
                          const StudyProgress& progress)
{
    StudyOutcome outcome;
    std::vector<std::pair<QString, ResolvedScenario>> resolved;
    for (const Scenario& s : project.scenarios()) {
        if (!scenario.isEmpty() && s.name != scenario) {
            continue;
        }
        ValidationReport report;
        std::optional<ResolvedScenario> r = project.resolve(s.name, report);
        if (!r) {
            outcome.problems.emplace_back(s.name, report);
            continue;
        }
        resolved.emplace_back(s.name, std::move(*r));
    }
    if (!outcome.problems.empty()) {
        return outcome;
    }
    if (resolved.empty()) {
        outcome.error =
            scenario.isEmpty()
                ? QCoreApplication::translate("Study", "the project has no scenario")
                : QCoreApplication::translate("Study", "the project has no scenario named \"%1\"").arg(scenario);
        return outcome;
    }
    Study study;
    study.metadata = project.metadata();
    study.log = project.log();
    const double share = 1.0 / static_cast<double>(resolved.size());
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        const double from = share * static_cast<double>(i);
        auto one = studyScenario(resolved[i].first, resolved[i].second, options, within(progress, from, from + share),
                                 project.catalog());
        if (!one) {
            outcome.cancelled = true;
            return outcome;
        }
        study.scenarios.push_back(std::move(*one));
    }
    study.made = QDateTime::currentDateTimeUtc();
    study.appVersion = QStringLiteral(SUANPAN_VERSION);
    outcome.study = std::move(study);
    return outcome;
}

StudyOutcome studyScenarioFile(const QString& name, const ResolvedScenario& scenario, const StudyOptions& options,
                               const StudyProgress& progress)
{
    StudyOutcome outcome;
    auto one = studyScenario(name, scenario, options, progress);
    if (!one) {
        outcome.cancelled = true;
        return outcome;
    }
    Study study;
    study.metadata.title = scenario.input.name;
    study.made = QDateTime::currentDateTimeUtc();
    study.appVersion = QStringLiteral(SUANPAN_VERSION);
    study.scenarios.push_back(std::move(*one));
    outcome.study = std::move(study);
    return outcome;
}

} // namespace StudyPipeline

} // namespace suanpan
