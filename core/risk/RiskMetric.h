#pragma once

#include "engine/Engine.h"
#include "engine/Results.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace suanpan {

/**
 * \brief The headline figures a risk analysis collects per trial and a goal seek can aim at. Keys are those
 * of the results format's `summary` (docs/results-format.md).
 */
enum class RiskMetric {
    NpvAfterTax,
    NpvBeforeTax,
    EquityNpv,
    ProjectIrrAfterTax,
    ProjectIrrBeforeTax,
    EquityIrr,
    PaybackYears,
    AverageUtilization,
    RackingRate,
    PublicCost,
};
inline constexpr int kRiskMetricCount = 10;

/// The six outcomes a risk run reports (distributions and sensitivity), in report order.
inline constexpr std::array kReportedMetrics{RiskMetric::NpvAfterTax,  RiskMetric::ProjectIrrAfterTax,
                                             RiskMetric::PaybackYears, RiskMetric::AverageUtilization,
                                             RiskMetric::RackingRate,  RiskMetric::PublicCost};

/// How a metric reads: money, a share (utilization, IRR) or years.
enum class MetricKind { Money, Share, Years };

QString toKey(RiskMetric metric);
std::optional<RiskMetric> riskMetricFromKey(const QString& key);
QStringList riskMetricKeys();
/// Translated name, e.g. "NPV after tax".
QString displayName(RiskMetric metric);
MetricKind metricKind(RiskMetric metric);

/// The metric's value in one evaluation; nothing for an IRR that does not exist or a payback beyond the horizon.
std::optional<double> metricValue(const Summary& summary, RiskMetric metric);

/**
 * Engine options for evaluations of which only `metrics` are read: no details (series, condition texts,
 * reasons; EngineOptions::details), and only the rates of return among the metrics are solved for. The metrics
 * come out as in a full evaluation.
 */
EngineOptions engineOptionsFor(std::span<const RiskMetric> metrics);

/**
 * Which way a missing value ranks, for quantiles over all trials (a goal seek on the P50): a missing IRR
 * ranks below every rate (the cash flows almost always never turn positive), a missing payback above every
 * number of years (it is later than the horizon).
 */
double missingRank(RiskMetric metric);

} // namespace suanpan
