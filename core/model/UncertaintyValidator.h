#pragma once

#include "ResolvedScenario.h"
#include "ValidationReport.h"

namespace suanpan {

/// Most uncertain inputs plus events a scenario may have (Sobol's direction numbers go further; reports don't).
inline constexpr std::size_t kMaxUncertainDimensions = 1000;

/**
 * \brief Checks a scenario's uncertainty section against the resolved scenario it belongs to.
 *
 * Every input path must address numbers a risk analysis may move (NumberTargets), no number may be uncertain
 * twice, each distribution must be well formed (sd ≥ 0, min ≤ mode ≤ max, a lognormal mean above 0) and fit
 * its field's allowed range, supply cuts must name chips of the mix, and correlations must name inputs and be
 * jointly possible (a positive definite matrix). Every problem is reported at once with its path. Range
 * checks of the section's own numbers (probabilities, delays, rho) are done with the other fields.
 */
void checkUncertainty(const ResolvedScenario& scenario, ValidationReport& report);

} // namespace suanpan
