#pragma once

#include "RiskResults.h"
#include "model/NumberTargets.h"
#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace suanpan {

class Catalog;

/** \brief What to seek: the value of one input that brings a metric to a target. */
struct GoalSeekRequest {
    QString path; ///< any number a risk analysis may move (`[*]` and `[id]` set every entry it selects)
    /// Value: seek the field's value (every selected entry gets it). Factor: seek a factor on the scenario's
    /// values (each entry keeps its own base), searched in 0 … 3 unless min and max say otherwise.
    UncertainApply apply = UncertainApply::Value;
    RiskMetric metric = RiskMetric::NpvAfterTax;
    double target = 0;
    std::optional<double> min; ///< search range; default: the field's allowed range
    std::optional<double> max;
    bool onMedian = false; ///< aim at the P50 over a Monte Carlo run instead of the deterministic result
    RiskSettings settings; ///< trials, seed, sampler and threads of each run when onMedian
};

/** \brief The answer of a goal seek, or why there is none. */
struct GoalSeekResult {
    bool found = false;
    bool cancelled = false;
    double value = 0;               ///< the input's value that reaches the target (when found)
    std::optional<double> achieved; ///< the metric there (nothing: no IRR, no payback)
    double lower = 0;               ///< the range searched
    double upper = 0;
    std::optional<double> atLower; ///< the metric at each end of the range
    std::optional<double> atUpper;
    double current = 0;              ///< the scenario's own value of the input (first target); 1 for a factor
    std::optional<double> atCurrent; ///< the metric as the scenario stands (every target at its own value)
    int evaluations = 0;             ///< engine evaluations (deterministic) or Monte Carlo runs (P50)
    QString message;                 ///< translated: the answer in a sentence, or which end gives what
    /// Problems of the scenario with the answer written into it (filled by GoalSeek::checkAnswer): the search
    /// moves one input, and others may then be out of line (more cards than rack positions, say).
    QStringList problemsAtAnswer;
};

/**
 * \brief Goal seek on the deterministic result or on the P50 of a Monte Carlo run (docs/methodology.md §12.8):
 * "the tariff at which NPV = 0", "the capex subsidy rate that brings the project IRR to 8%", "the voucher
 * budget that keeps P50 utilization at 70%".
 *
 * The range is scanned on a grid of 9 points; in the cell nearest the scenario's own value where the metric
 * crosses the target, TOMS 748 (Boost.Math) finds the crossing. A P50 search draws the same trials at every
 * value (common random numbers), so the P50 moves only with the input. Whole-number fields report the whole
 * number nearest the target.
 */
class GoalSeek {
public:
    /// Problems with a request (unknown or immovable path, a range outside the field's, no uncertainty for a
    /// P50 search, …), each with what it concerns; an empty report means the request can run.
    static ValidationReport check(const ResolvedScenario& scenario, const GoalSeekRequest& request);

    /// Runs a request that passed check().
    static GoalSeekResult run(const ResolvedScenario& scenario, const GoalSeekRequest& request,
                              const RiskProgressCallback& progress = {});

    /// The numbers `request.path` selects in `scratch`, set to the answer `value` as the search set them: a
    /// factor multiplies each entry's own value, within the field's range and whole for whole-number fields.
    static std::vector<NumberTarget> setAnswer(ResolvedScenario& scratch, const GoalSeekRequest& request, double value);

    /// Writes a found answer into the scenario's inputs (NumberTargets::jsonWrites) and validates them with the
    /// catalog, filling result.problemsAtAnswer; nothing to do without an answer.
    static void checkAnswer(const ResolvedScenario& scenario, const GoalSeekRequest& request, const Catalog& catalog,
                            GoalSeekResult& result);
};

} // namespace suanpan
