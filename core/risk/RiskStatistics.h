#pragma once

#include "RiskResults.h"

#include <span>
#include <vector>

namespace suanpan {

/**
 * \brief The estimators of a risk analysis (docs/methodology.md §12.6): sample quantiles, histograms, CDFs,
 * fan-chart bands and the convergence indicator. Pure functions of the trial values in trial order.
 */
namespace RiskStatistics {

/// Quantile p of sorted values, linear between order statistics (Hyndman & Fan type 7, the spreadsheet's
/// PERCENTILE.INC): h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
double quantileOfSorted(std::span<const double> sorted, double p);

/// Quantile p of unsorted values (copies and partially sorts).
double quantile(std::span<const double> values, double p);

/// Mean, standard deviation (n − 1), quantiles, histogram and CDF of the values a metric has.
OutputDistribution describe(RiskMetric metric, std::vector<double> values, std::size_t missing, int bins);

/** \brief One year of a fan chart. */
struct FanYear {
    double p10 = 0, p25 = 0, p50 = 0, p75 = 0, p90 = 0, mean = 0;
};

/// The bands of one year from that year's value in every trial.
FanYear fanYear(std::span<const float> yearValues);

/// A fan chart from its years, in order.
FanChart fanOf(const QString& key, const std::vector<FanYear>& years, int startYear);

/// Standard error of the mean NPV, P90 of the first half against all trials, and a trace for a chart.
Convergence convergence(std::span<const double> npvInTrialOrder);

/// Share of values strictly below a threshold.
double shareBelow(std::span<const double> values, double threshold);

} // namespace RiskStatistics

} // namespace suanpan
