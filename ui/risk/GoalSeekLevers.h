#pragma once

#include "risk/RiskMetric.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace suanpan {

/** \brief An input a planner usually moves to reach a goal, offered first in the goal seek dialog. */
struct GoalSeekLever {
    QString label; ///< translated
    QString path;  ///< as GoalSeekRequest::path takes it
    bool factor;   ///< sought as a factor on the scenario's values (lists: each entry keeps its proportions)
};

/// The usual levers of a scenario (its canonical JSON): tariff and subsidies, vouchers, cards, prices, demand.
std::vector<GoalSeekLever> goalSeekLevers(const QJsonObject& scenario);

/** \brief How the target of a metric is typed: money in the table unit, shares in percent, years. */
struct GoalTargetUnit {
    double scale; ///< the metric's value = the typed value × scale
    QString suffix;
    double min;
    double max;
};

GoalTargetUnit goalTargetUnit(RiskMetric metric);

/// A goal worth starting from: break even, an 8% IRR, 70% utilization or racking, an 8-year payback.
double defaultGoalTarget(RiskMetric metric);

} // namespace suanpan
