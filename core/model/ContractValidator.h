#pragma once

#include "CatalogTypes.h"
#include "Scenario.h"
#include "ValidationReport.h"

#include <vector>

namespace suanpan {

/**
 * \brief Checks a scenario's revenue contracts against its segments, horizon and chips.
 *
 * Each contract must name a demand segment, end within the horizon, and reserve no more than the chips in
 * service can deliver: per segment on the chips it may use, and for all contracts together. Ranges of the
 * contracts' own numbers are checked with the other fields. `chips` is parallel to the scenario's chip mix.
 */
void checkContracts(const Scenario& scenario, const std::vector<ChipSpec>& chips, bool horizonValid,
                    ValidationReport& report);

/// The first month with cards in service (the contracts' start is counted from it).
int openingMonth(const Scenario& scenario);

} // namespace suanpan
