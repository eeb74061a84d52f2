#pragma once

#include "GoalSeek.h"
#include "RiskResults.h"

#include <QJsonObject>

namespace suanpan {

/**
 * \brief Risk analysis and goal seek results as JSON with stable keys (docs/results-format.md, "Risk analysis"
 * and "Goal seek"). Money in CNY, shares as fractions; a statistic that does not exist (no trial has the
 * metric) is null.
 */
namespace RiskJson {

inline constexpr int kFormatVersion = 1;

QJsonObject toJson(const RiskResults& results);
QJsonObject toJson(const GoalSeekRequest& request, const GoalSeekResult& result, const QString& scenarioName);

} // namespace RiskJson

} // namespace suanpan
