#pragma once

#include "ResolvedScenario.h"
#include "ValidationReport.h"

#include <optional>

namespace suanpan {

class Catalog;

/**
 * \brief Checks a scenario completely and resolves its catalog references.
 *
 * Every problem is reported at once, each with its field path, the value and the allowed range or reason.
 * Returns a ResolvedScenario only when there is no problem at all: nothing is evaluated from an invalid
 * scenario.
 */
/// Why a scenario name cannot be used (blank, more than kMaxScenarioNameChars, a control character or broken
/// text), or nothing when it can: the one rule for the validator and for projects.
std::optional<QString> scenarioNameProblem(const QString& name);

std::optional<ResolvedScenario> resolveScenario(const Scenario& scenario, const Catalog& catalog,
                                                ValidationReport& report);

} // namespace suanpan
