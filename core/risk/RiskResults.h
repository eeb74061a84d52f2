#pragma once

#include "RiskMetric.h"
#include "Sampler.h"
#include "model/Uncertainty.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace suanpan {

/** \brief How to run a risk analysis. The same settings and scenario always give the same results. */
struct RiskSettings {
    std::size_t trials = 10000;
    std::uint64_t seed = 1;
    SamplerKind sampler = SamplerKind::Sobol;
    int threads = 0; ///< 0 = every core; the results do not depend on it
    double utilizationThreshold = 0.3;
    int histogramBins = 40;
    bool sensitivity = true; ///< tornado and spider (one-at-a-time evaluations) and importance ranking
};

enum class RiskPhase { Sampling, Simulating, Sensitivity, Summarizing };

/** \brief Where a run is, for a progress bar. */
struct RiskProgress {
    RiskPhase phase = RiskPhase::Sampling;
    std::size_t done = 0;  ///< evaluations done in this phase
    std::size_t total = 0; ///< evaluations of this phase
    double fraction = 0;   ///< of the whole run, 0 … 1
};

/**
 * Called on the thread that runs the analysis, about every 50 ms and at each phase change. Return false to
 * cancel: the run stops within one evaluation per worker (well under 100 ms) and reports `cancelled`.
 * A GUI runs the analysis off the GUI thread and forwards the progress with a queued signal.
 */
using RiskProgressCallback = std::function<bool(const RiskProgress&)>;

struct HistogramBin {
    double lower = 0;
    double upper = 0;
    std::size_t count = 0;
};

struct CdfPoint {
    double value = 0;
    double probability = 0; ///< share of the trials with a value at or below `value`
};

/** \brief The distribution of one metric over the trials that have it. */
struct OutputDistribution {
    RiskMetric metric = RiskMetric::NpvAfterTax;
    std::size_t count = 0;   ///< trials with a value
    std::size_t missing = 0; ///< trials without (no IRR; payback later than the horizon)
    double mean = 0;
    double standardDeviation = 0;
    double min = 0;
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    double max = 0;
    double deterministic = 0; ///< the scenario as written (no draw, no event)
    bool deterministicMissing = false;
    std::vector<HistogramBin> histogram; ///< equal bins from min to max
    std::vector<CdfPoint> cdf;           ///< 101 points: the value at each percentile 0 … 100
};

/** \brief P10 … P90 bands of a yearly series (fan chart). */
struct FanChart {
    QString key; ///< "utilization" or "cumulativeProjectCashFlow"
    std::vector<int> calendarYears;
    std::vector<double> p10, p25, p50, p75, p90, mean, deterministic;
};

/** \brief The questions a planner asks first. */
struct HeadlineRisks {
    double utilizationThreshold = 0.3;
    double probabilityUtilizationBelow = 0; ///< P(average utilization < threshold)
    double probabilityNpvNegative = 0;      ///< P(after-tax project NPV < 0)
    double probabilityNoPayback = 0;        ///< P(payback later than the horizon)
    double probabilityNoIrr = 0;            ///< P(the after-tax project IRR does not exist)
};

struct ConvergencePoint {
    std::size_t trials = 0;
    double meanNpvCny = 0;
    double p90NpvCny = 0;
};

/** \brief Whether the number of trials was enough: the standard error of the mean NPV and how much its P90
 * moved between the first half of the trials and all of them. */
struct Convergence {
    double meanNpvCny = 0;
    double standardErrorCny = 0; ///< sd / √n (conservative for Sobol, which converges faster)
    double p90NpvCny = 0;
    double p90NpvFirstHalfCny = 0;
    double p90ShiftShare = 0;            ///< |P90(all) − P90(first half)| / sd
    bool stable = false;                 ///< p90ShiftShare ≤ 5%
    std::vector<ConvergencePoint> trace; ///< at 64, 128, 256, … trials and at the end
};

/** \brief One bar of a tornado: the metric with one input at its P10 and at its P90, every other at base. */
struct TornadoBar {
    QString path;  ///< the input's path, or "uncertainty.events[i]"
    QString label; ///< translated, for the chart
    bool event = false;
    double inputLow = 0; ///< the input's P10 (a factor for factor inputs); event: 0 = does not happen
    double inputHigh = 0;
    double outputLow = 0;
    double outputHigh = 0;
    double swing = 0; ///< |outputHigh − outputLow|; bars are sorted by it, largest first
};

struct ImportanceItem {
    QString path;
    QString label;
    double rankCorrelation = 0; ///< Spearman between the input's draws and the metric over all trials
};

/** \brief A spider line: the metric as one input moves through its percentiles, every other at base. */
struct SpiderLine {
    QString path;
    QString label;
    std::vector<double> percentiles; ///< 0.1, 0.25, 0.5, 0.75, 0.9
    std::vector<double> inputValues;
    std::vector<double> outputs;
};

struct Sensitivity {
    RiskMetric metric = RiskMetric::NpvAfterTax;
    double base = 0; ///< the metric with every input at base and no event
    std::vector<TornadoBar> tornado;
    std::vector<ImportanceItem> importance; ///< sorted by |rank correlation|, largest first
    std::vector<SpiderLine> spider;
};

/** \brief What each uncertain input and event was, for labels and for checking the draws. */
struct InputSummary {
    QString path;
    QString label;
    UncertainApply apply = UncertainApply::Value;
    DistributionSpec distribution;
    QString note;
    std::size_t targets = 0; ///< numbers it moves (several with [*])
    double base = 0;         ///< the scenario's value of its first target
    double p10 = 0, p50 = 0, p90 = 0;
};

struct EventSummary {
    QString label;
    RiskEventType type = RiskEventType::ConstructionDelay;
    double probability = 0;
    double occurredShare = 0; ///< share of the trials in which it happened
};

/** \brief Everything a risk analysis produces, ready to print or plot. */
struct RiskResults {
    bool cancelled = false;
    QString scenario;
    RiskSettings settings;
    int threadsUsed = 0;
    std::size_t trials = 0;
    std::vector<OutputDistribution> outputs; ///< NPV, IRR, payback, utilization, racking rate, public cost
    HeadlineRisks headline;
    FanChart utilization;
    FanChart cumulativeCashFlow;
    Convergence convergence;
    std::vector<Sensitivity> sensitivity; ///< NPV after tax and average utilization
    std::vector<InputSummary> inputs;
    std::vector<EventSummary> events;

    const OutputDistribution* output(RiskMetric metric) const
    {
        for (const OutputDistribution& o : outputs) {
            if (o.metric == metric) {
                return &o;
            }
        }
        return nullptr;
    }
};

} // namespace suanpan
