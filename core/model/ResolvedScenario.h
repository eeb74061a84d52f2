#pragma once

#include "CatalogTypes.h"
#include "Scenario.h"

#include <vector>

namespace suanpan {

/**
 * \brief A validated scenario with every catalog reference replaced by its spec (overrides applied).
 *
 * This is all the engine reads. It holds only plain values, so that a sampler can perturb any number of it
 * and evaluate again without touching catalogs or JSON.
 */
struct ResolvedScenario {
    Scenario input;
    RegionSpec region;
    CoolingSpec cooling;
    RedundancySpec redundancy;
    std::vector<ChipSpec> chips; ///< parallel to input.chipMix
};

} // namespace suanpan
