#include "GoalSeek.h"

#include "RiskSimulation.h"
#include "RiskStatistics.h"
#include "engine/Engine.h"
#include "model/JsonPath.h"
#include "model/NumberTargets.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

constexpr int kGridCells = 8;
constexpr double kDefaultMaxFactor = 3.0;

/// Thrown out of the root finder when the caller cancels.
struct Cancelled {};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString valueText(const std::optional<double>& value, RiskMetric metric)
{
    if (value) {
        return number(*value);
    }
    return metric == RiskMetric::PaybackYears ? QCoreApplication::translate("GoalSeek", "no payback")
                                              : QCoreApplication::translate("GoalSeek", "no IRR");
}

/// Evaluates the metric with the varied input at a value: deterministically or as a P50 over trials.
class Objective {
public:
    Objective(const ResolvedScenario& scenario, const GoalSeekRequest& request, const RiskProgressCallback& progress)
        : m_request(request)
        , m_progress(progress)
        , m_scenario(scenario)
        , m_targets(NumberTargets::find(m_scenario, request.path))
        , m_horizonYears(scenario.input.horizonYears)
        , m_factor(request.apply == UncertainApply::Factor)
        , m_options(engineOptionsFor(std::span(&request.metric, 1)))
    {}

    double current() const { return m_factor ? 1.0 : m_targets.front().base; }
    int evaluations() const { return m_evaluations; }

    /// The metric at x (the scenario as written when x is empty); nothing when it does not exist there (or,
    /// for a P50, in most trials).
    std::optional<double> at(std::optional<double> x)
    {
        for (const NumberTarget& target : m_targets) {
            target.set(!x ? target.base : m_factor ? target.base * *x : *x);
        }
        ++m_evaluations;
        if (!m_request.onMedian) {
            if (m_progress && !m_progress({RiskPhase::Simulating, 1, 1, progressFraction()})) {
                throw Cancelled{};
            }
            evaluate(m_scenario, m_options, m_results);
            return metricValue(m_results.summary, m_request.metric);
        }
        RiskSettings settings = m_request.settings;
        settings.sensitivity = false;
        const RiskSimulation simulation(m_scenario);
        const double before = progressFraction();
        const std::optional<TrialTable> table =
            simulation.simulate(settings, std::span(&m_request.metric, 1), [this, before](const RiskProgress& p) {
                return !m_progress || m_progress({p.phase, p.done, p.total, before + p.fraction / 40.0});
            });
        if (!table) {
            throw Cancelled{};
        }
        // Missing values rank as in missingRank (below every rate, after every payback year); the P50 exists
        // when more than half of the trials have the metric.
        const std::vector<double> present = table->valuesOf(m_request.metric);
        if (present.size() * 2 <= table->trials) {
            return std::nullopt;
        }
        std::vector<double> all = present;
        all.resize(table->trials, m_request.metric == RiskMetric::PaybackYears ? 1e300 : -1e300);
        return RiskStatistics::quantile(all, 0.5);
    }

    /// A number for the root finder: a missing IRR counts as −100%, a missing payback as one year past the
    /// horizon, so that the search still sees which side of the target it is on.
    double score(const std::optional<double>& value) const
    {
        if (value) {
            return *value - m_request.target;
        }
        return (m_request.metric == RiskMetric::PaybackYears ? m_horizonYears + 1.0 : -1.0) - m_request.target;
    }

private:
    double progressFraction() const { return std::min(0.99, m_evaluations / 40.0); }

    const GoalSeekRequest& m_request;
    const RiskProgressCallback& m_progress;
    ResolvedScenario m_scenario;
    std::vector<NumberTarget> m_targets;
    int m_horizonYears = 0;
    bool m_factor = false;
    EngineOptions m_options; ///< computes the metric, not what it does not read
    Results m_results;
    int m_evaluations = 0;
};

QString metricText(const GoalSeekRequest& request)
{
    return request.onMedian ? QCoreApplication::translate("GoalSeek", "the P50 of %1").arg(displayName(request.metric))
                            : displayName(request.metric);
}

/// The grid cell whose ends the objective crosses zero between (or is zero at its start) nearest the scenario's
/// own value; -1 when there is none.
int nearestCrossing(const Objective& objective, const std::vector<double>& x,
                    const std::vector<std::optional<double>>& value, double current)
{
    int best = -1;
    for (int k = 0; k + 1 < static_cast<int>(x.size()); ++k) {
        const double a = objective.score(value[k]);
        const double b = objective.score(value[k + 1]);
        const bool crosses = a == 0.0 || (a < 0) != (b < 0);
        const double distance = std::abs((x[k] + x[k + 1]) / 2.0 - current);
        if (crosses && (best < 0 || distance < std::abs((x[best] + x[best + 1]) / 2.0 - current))) {
            best = k;
        }
    }
    return best;
}

/**
 * The root within a bracket whose ends the objective crosses zero between: TOMS 748 (Boost.Math), then bisection,
 * since TOMS 748 may stop at its iteration limit with the bracket still wide (a range over many orders of
 * magnitude). A P50 search, a whole run per evaluation, is held to a looser tolerance.
 */
double refineRoot(Objective& objective, std::pair<double, double> ends,
                  std::pair<std::optional<double>, std::optional<double>> values, bool onMedian, double current)
{
    auto f = [&objective](double at) { return objective.score(objective.at(at)); };
    std::uintmax_t iterations = onMedian ? 30 : 60;
    const auto bracket = boost::math::tools::toms748_solve(
        f, ends.first, ends.second, objective.score(values.first), objective.score(values.second),
        boost::math::tools::eps_tolerance<double>(onMedian ? 20 : 30), iterations);
    double low = bracket.first;
    double high = bracket.second;
    const double tolerance = onMedian ? 1e-6 : 1e-9;
    // Relative to the bracket's ends, with a floor on the scale of the scenario's own value: a bracket with an end
    // at 0 has no scale of its own and would otherwise halve 400 times.
    const double floor = 1e-12 * std::max(1.0, std::abs(current));
    auto wide = [&] { return high - low > std::max(tolerance * std::max(std::abs(low), std::abs(high)), floor); };
    double lowScore = wide() ? f(low) : 0.0; // an evaluation (a whole run for a P50) only when needed
    for (int step = 0; step < 400 && wide(); ++step) {
        const double middle = low + (high - low) / 2.0;
        const double middleScore = f(middle);
        if (middleScore == 0.0) {
            low = high = middle;
        } else if ((middleScore < 0) == (lowScore < 0)) {
            low = middle;
            lowScore = middleScore;
        } else {
            high = middle;
        }
    }
    return (low + high) / 2.0;
}

} // namespace

ValidationReport GoalSeek::check(const ResolvedScenario& scenario, const GoalSeekRequest& request)
{
    ValidationReport report;
    ResolvedScenario scratch = scenario;
    const std::vector<NumberTarget> targets = NumberTargets::find(scratch, request.path);
    if (targets.empty()) {
        report.add(request.path,
                   QCoreApplication::translate("GoalSeek", "not a numeric field of this scenario (examples: %1)")
                       .arg(NumberTargets::examplePaths()));
        return report;
    }
    for (const NumberTarget& target : targets) {
        const QString reason = NumberTargets::immovableReason(target.path);
        if (!reason.isEmpty()) {
            report.add(request.path,
                       QCoreApplication::translate("GoalSeek", "%1 cannot be varied: it %2").arg(target.path, reason));
            return report;
        }
    }
    const FieldSpec& spec = *targets.front().spec;
    const bool factor = request.apply == UncertainApply::Factor;
    const double lower = request.min.value_or(factor ? 0.0 : spec.min);
    const double upper = request.max.value_or(factor ? kDefaultMaxFactor : spec.max);
    if (factor) {
        // A factor's range is its own; each target is kept in the field's range after multiplying.
        if (lower < 0) {
            report.add(QStringLiteral("min"),
                       QCoreApplication::translate("GoalSeek", "a factor cannot be negative (%1)").arg(number(lower)));
        }
    } else if (lower < spec.min || lower > spec.max) {
        report.add(QStringLiteral("min"), QCoreApplication::translate("GoalSeek", "%1 is outside the allowed range %2")
                                              .arg(number(lower), rangeText(spec)));
    }
    if (!factor && (upper < spec.min || upper > spec.max)) {
        report.add(QStringLiteral("max"), QCoreApplication::translate("GoalSeek", "%1 is outside the allowed range %2")
                                              .arg(number(upper), rangeText(spec)));
    }
    if (!(lower < upper)) {
        report.add(
            QStringLiteral("min"),
            QCoreApplication::translate("GoalSeek", "the range %1 … %2 is empty").arg(number(lower), number(upper)));
    }
    if (!request.onMedian) {
        return report;
    }
    const Uncertainty& u = scenario.input.uncertainty;
    if (u.inputs.empty() && u.events.empty()) {
        report.add(QStringLiteral("uncertainty"),
                   QCoreApplication::translate("GoalSeek", "a P50 needs uncertain inputs, and the scenario has none "
                                                           "(add an uncertainty section or the presets)"));
    }
    if (request.settings.trials < 1) {
        report.add(QStringLiteral("trials"), QCoreApplication::translate("GoalSeek", "at least one trial is needed"));
    }
    QStringList paths;
    for (const UncertainInput& input : u.inputs) {
        paths << input.path;
    }
    const auto uncertain = NumberTargets::find(scratch, paths);
    for (std::size_t i = 0; i < u.inputs.size(); ++i) {
        if (u.inputs[i].apply != UncertainApply::Value) {
            continue; // a factor input follows the varied base
        }
        for (const NumberTarget& target : uncertain[i]) {
            const bool overlaps = std::any_of(targets.begin(), targets.end(),
                                              [&target](const NumberTarget& t) { return t.path == target.path; });
            if (overlaps) {
                report.add(request.path, QCoreApplication::translate(
                                             "GoalSeek", "%1 is drawn in every trial (uncertainty.inputs[%2] gives its "
                                                         "value), so a P50 search cannot set it; make that input a "
                                                         "factor or seek on the deterministic result")
                                             .arg(target.path)
                                             .arg(i));
                return report;
            }
        }
    }
    return report;
}

GoalSeekResult GoalSeek::run(const ResolvedScenario& scenario, const GoalSeekRequest& request,
                             const RiskProgressCallback& progress)
{
    GoalSeekResult result;
    Objective objective(scenario, request, progress);
    ResolvedScenario scratch = scenario;
    const FieldSpec& spec = *NumberTargets::find(scratch, request.path).front().spec;
    const bool factor = request.apply == UncertainApply::Factor;
    result.lower = request.min.value_or(factor ? 0.0 : spec.min);
    result.upper = request.max.value_or(factor ? kDefaultMaxFactor : spec.max);
    result.current = objective.current();
    const QString metric = metricText(request);
    try {
        std::vector<double> x(kGridCells + 1);
        std::vector<std::optional<double>> value(kGridCells + 1);
        for (int k = 0; k <= kGridCells; ++k) {
            x[k] = k == kGridCells ? result.upper : result.lower + (result.upper - result.lower) * k / kGridCells;
            value[k] = objective.at(x[k]);
        }
        result.atLower = value.front();
        result.atUpper = value.back();
        result.atCurrent = objective.at(std::nullopt);

        const int best = nearestCrossing(objective, x, value, result.current);
        if (best < 0) {
            const bool above = objective.score(value.front()) > 0;
            result.message =
                QCoreApplication::translate("GoalSeek", "No value of %1 between %2 and %3 brings %4 to %5: it is %6 "
                                                        "at %2 and %7 at %3, %8 the target at both ends.")
                    .arg(request.path, number(result.lower), number(result.upper), metric, number(request.target),
                         valueText(result.atLower, request.metric), valueText(result.atUpper, request.metric),
                         above ? QCoreApplication::translate("GoalSeek", "above")
                               : QCoreApplication::translate("GoalSeek", "below"));
            result.evaluations = objective.evaluations();
            return result;
        }
        double root = x[best];
        if (objective.score(value[best]) != 0.0) {
            root = refineRoot(objective, {x[best], x[best + 1]}, {value[best], value[best + 1]}, request.onMedian,
                              result.current);
        }
        if (spec.integer && !factor) {
            // A whole-number field steps: report the whole number on either side that comes closer.
            const double low = std::clamp(std::floor(root), result.lower, result.upper);
            const double high = std::clamp(std::ceil(root), result.lower, result.upper);
            const double lowScore = std::abs(objective.score(objective.at(low)));
            root = std::abs(objective.score(objective.at(high))) < lowScore ? high : low;
        }
        result.achieved = objective.at(root); // may be stopped: found only once it is known
        result.value = root;
        result.found = true;
        const QString found = factor ? QStringLiteral("×") + number(root) : number(root);
        const QString current = factor ? QStringLiteral("×1") : number(result.current);
        result.message = QCoreApplication::translate("GoalSeek", "%1 = %2 brings %3 to %4 (target %5; %6 as the "
                                                                 "scenario stands, at %7).")
                             .arg(request.path, found, metric, valueText(result.achieved, request.metric),
                                  number(request.target), valueText(result.atCurrent, request.metric), current);
    } catch (const Cancelled&) {
        result.cancelled = true;
        result.found = false;
        result.message = QCoreApplication::translate("GoalSeek", "Cancelled.");
    }
    result.evaluations = objective.evaluations();
    return result;
}

std::vector<NumberTarget> GoalSeek::setAnswer(ResolvedScenario& scratch, const GoalSeekRequest& request, double value)
{
    std::vector<NumberTarget> targets = NumberTargets::find(scratch, request.path);
    for (const NumberTarget& target : targets) {
        target.set(request.apply == UncertainApply::Factor ? target.base * value : value);
    }
    return targets;
}

void GoalSeek::checkAnswer(const ResolvedScenario& scenario, const GoalSeekRequest& request, const Catalog& catalog,
                           GoalSeekResult& result)
{
    result.problemsAtAnswer.clear();
    if (!result.found) {
        return;
    }
    ResolvedScenario scratch = scenario;
    const std::vector<NumberTarget> targets = setAnswer(scratch, request, result.value);
    QJsonObject inputs = ScenarioJson::toJson(scenario.input);
    for (const auto& [path, value] : NumberTargets::jsonWrites(inputs, targets, scratch)) {
        JsonPath::setValue(inputs, path, value);
    }
    ValidationReport report;
    const Scenario answered = ScenarioJson::fromJson(inputs, catalog, report);
    if (report.isValid()) {
        resolveScenario(answered, catalog, report);
    }
    result.problemsAtAnswer = report.toTextLines();
}

} // namespace suanpan
