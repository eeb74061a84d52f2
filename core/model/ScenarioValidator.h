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
std::optional<ResolvedScenario> resolveScenario(const Scenario& scenario, const Catalog& catalog,
                                                ValidationReport& report);

} // namespace suanpan
