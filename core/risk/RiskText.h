#pragma once

#include "GoalSeek.h"
#include "RiskResults.h"

#include <QLocale>
#include <QString>

namespace suanpan {

/// A readable summary of a risk analysis for a terminal: headline risks, distributions, inputs, tornado and
/// importance, fan tables and convergence (money in M CNY or 万元 by locale).
QString riskSummary(const RiskResults& results, const QLocale& locale);

/// The answer of a goal seek in a few lines.
QString goalSeekSummary(const GoalSeekRequest& request, const GoalSeekResult& result, const QLocale& locale);

} // namespace suanpan
