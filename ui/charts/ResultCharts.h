#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QChart;

namespace suanpan {

struct Results;

/**
 * \brief The result charts, each drawn from one evaluation into an existing chart (so that a view keeps its
 * place on the screen while the numbers change). Texts are translated when drawn.
 */
namespace ResultCharts {

/// Annual project cash flow after tax (bars), cumulative (line) and where it crosses zero (payback).
void cashFlow(QChart* chart, const Results& results);
/// Installed FP16 compute, captured demand and served work by year, utilization on the right axis.
void demandAndCapacity(QChart* chart, const Results& results);
/// Capex by item per year (stacked bars, refresh included).
void capexBreakdown(QChart* chart, const Results& results);
/// Opex by item per year (stacked bars).
void opexBreakdown(QChart* chart, const Results& results);
/// Facility energy and CO2 by year, PUE on the right axis.
void energyAndCarbon(QChart* chart, const Results& results);
/// Demand of each segment (captured, as average effective P) by year against what was served.
void segmentDemand(QChart* chart, const Results& results);
/// Capacity reserved by revenue contracts against work served in all and effective capacity, per year.
void contractedAndSpot(QChart* chart, const Results& results);

/// Several scenarios: cumulative cash flow (money) or utilization (share) by year, one line each.
void compareCumulativeCashFlow(QChart* chart, const std::vector<const Results*>& results, const QStringList& names);
void compareUtilization(QChart* chart, const std::vector<const Results*>& results, const QStringList& names);

} // namespace ResultCharts

} // namespace suanpan
