#pragma once

#include "RiskModel.h"
#include "RiskResults.h"

#include <array>
#include <optional>
#include <vector>

namespace suanpan {

struct TrialTable;

/**
 * \brief One-at-a-time sensitivity (tornado, spider) and rank-correlation importance (docs/methodology.md
 * §12.6).
 *
 * The plan lists the evaluations: the base (every input at the scenario's value, no event), each input at
 * the percentiles 10, 25, 50, 75 and 90 of its distribution with every other input at base, and each event
 * happening alone. Tornado bars use the 10th and 90th percentiles.
 */
class SensitivityPlan {
public:
    static constexpr std::array<double, 5> kPercentiles{0.1, 0.25, 0.5, 0.75, 0.9};

    struct Task {
        std::size_t input = 0; ///< used when !event and !base
        std::size_t event = 0; ///< used when event
        bool base = false;
        bool isEvent = false;
        double percentile = 0;
    };

    explicit SensitivityPlan(const RiskModel& model);

    const std::vector<Task>& tasks() const { return m_tasks; }

    /// Sets the draw vectors of a task for TrialScenario::set.
    void prepare(const Task& task, std::vector<double>& values, std::vector<char>& active, std::vector<char>& on) const;

    /**
     * Ranks over the trials of draw column `column` (an input's draw or whether an event happened). A draw's
     * rank is its input value's rank, since the inverse CDF is increasing.
     */
    std::vector<double> drawRanks(const TrialTable& trials, std::size_t column) const;

    /// Ranks over the trials of a metric's values (a missing value ranks as RiskMetric's missingRank).
    static std::vector<double> metricRanks(const TrialTable& trials, RiskMetric metric);

    /**
     * Tornado, spider and importance for each metric, from the task outcomes (in task order), the drawRanks of
     * every draw column and the metricRanks of each metric (in the order of `metrics`). The ranks are computed
     * apart so that a run can spread them over its threads.
     */
    std::vector<Sensitivity> assemble(const std::vector<RiskMetric>& metrics,
                                      const std::vector<std::array<std::optional<double>, kRiskMetricCount>>& outcomes,
                                      const std::vector<std::vector<double>>& drawRankColumns,
                                      const std::vector<std::vector<double>>& metricRankColumns) const;

private:
    const RiskModel& m_model;
    std::vector<Task> m_tasks;
};

} // namespace suanpan
