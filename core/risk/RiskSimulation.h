#pragma once

#include "RiskModel.h"
#include "RiskResults.h"

#include <array>
#include <optional>
#include <vector>

namespace suanpan {

/**
 * \brief Per-trial values a run keeps: a few scalars per metric and two yearly series for the fan charts,
 * never a monthly path (docs/methodology.md §12.5): 90 + 8·years + 8·dimensions bytes per trial, so
 * 100,000 trials of a 20-year scenario with 8 uncertain inputs and events take about 31 MB.
 */
struct TrialTable {
    std::size_t trials = 0;
    std::size_t years = 0;
    std::size_t dimensions = 0;
    std::vector<double> draws; ///< uniform draws after rank correlation, trial-major (trials × dimensions)
    std::array<bool, kRiskMetricCount> computed{};             ///< the metrics the trials were asked for
    std::array<std::vector<double>, kRiskMetricCount> metrics; ///< per metric, in trial order (if computed)
    std::array<std::vector<char>, kRiskMetricCount> present;   ///< whether the metric exists in a trial
    std::vector<float> utilization;        ///< per year and trial: year y of trial i at [y · trials + i]
    std::vector<float> cumulativeCashFlow; ///< per year and trial, CNY, as utilization

    /// The metric's values in the trials that have it (none when the metric was not computed).
    std::vector<double> valuesOf(RiskMetric metric) const;
    /// The metric in every trial, a missing value ranked by missingRank() (for quantiles over all trials; none
    /// when the metric was not computed).
    std::vector<double> rankedValuesOf(RiskMetric metric) const;
    bool eventHappened(std::size_t trial, std::size_t event, const RiskModel& model) const;
};

/**
 * \brief A Monte Carlo risk analysis of one scenario (docs/methodology.md §12): draws its uncertain inputs and
 * events, evaluates every trial with the planning engine on all cores, and summarizes the outcomes.
 *
 * The same scenario, seed, sampler and number of trials give identical results whatever the number of threads:
 * the draws are made up front, each trial writes only its own slot, and statistics read the slots in trial
 * order. Progress and cancellation go through the caller's callback; nothing here touches a GUI.
 */
class RiskSimulation {
public:
    /// The scenario must have passed validation (resolveScenario), uncertainty section included.
    explicit RiskSimulation(ResolvedScenario scenario);

    const RiskModel& model() const { return m_model; }

    /// The whole analysis: trials, distributions, headline risks, fan charts, convergence and sensitivity.
    RiskResults run(const RiskSettings& settings, const RiskProgressCallback& progress = {}) const;

    /**
     * Only the trials (used by run and by a goal seek on the P50), with the values of `metrics` (each trial
     * computes only what they read: engineOptionsFor); nothing when cancelled. `workDone` and `workTotal` place
     * the trials within a larger job for the progress fraction.
     */
    std::optional<TrialTable> simulate(const RiskSettings& settings, std::span<const RiskMetric> metrics,
                                       const RiskProgressCallback& progress, std::size_t workDone = 0,
                                       std::size_t workTotal = 0) const;

private:
    RiskModel m_model;
};

} // namespace suanpan
