#pragma once

#include "risk/RiskResults.h"

class QChart;

namespace suanpan {

/** \brief Charts of a risk analysis, drawn into existing charts (so that views keep their place). */
namespace RiskCharts {

/// Histogram of a metric's outcomes as a step area, with the P10, P50 and P90 marked, and its CDF (the share
/// of trials below each value) on a right-hand axis. `scale` converts the metric to what the axis shows
/// (money to M CNY or 万元, shares to percent).
void histogram(QChart* chart, const OutputDistribution& distribution, double scale, const QString& unit);
/// P10–P90 and P25–P75 bands of a yearly series, the median and the plan. `scale` as above.
void fan(QChart* chart, const FanChart& fan, double scale, const QString& title, const QString& unit);
/// One-at-a-time swings of the uncertain inputs (output at the input's P10 and P90 minus the plan).
void tornado(QChart* chart, const Sensitivity& sensitivity, double scale, const QString& unit);
/// Spider: the change of the metric as each input moves through its P10 … P90, every other at base (the inputs
/// with the largest swings).
void spider(QChart* chart, const Sensitivity& sensitivity, double scale, const QString& unit);
/// Importance: the rank correlation of each input's draws with the metric over all trials.
void importance(QChart* chart, const Sensitivity& sensitivity);

} // namespace RiskCharts

} // namespace suanpan
