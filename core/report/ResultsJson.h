#pragma once

#include "engine/Analysis.h"
#include "engine/Results.h"

#include <QJsonObject>

namespace suanpan {

/**
 * \brief The full results as JSON with stable key names (docs/results-format.md). Money in CNY, energy in
 * MWh, compute in P; shares as fractions. A figure that does not exist is {"value": null, "reason": "..."}.
 */
namespace ResultsJson {

inline constexpr int kFormatVersion = 1;

QJsonObject toJson(const QString& scenarioName, const Results& results, const Analysis& analysis);

} // namespace ResultsJson

} // namespace suanpan
