#pragma once

#include "CatalogTypes.h"
#include "Scenario.h"

#include <memory>
#include <optional>
#include <vector>

namespace suanpan {

struct NetworkPaths;

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
    /// What each entry's refresh buys (chipMix[].refreshChipId), resolved; empty = the same chip again.
    std::vector<std::optional<ChipSpec>> refreshChips; ///< parallel to chips (or empty: no entry names one)
    /// Paths of the network (input.network, completed from its base); null without a network (methodology §14).
    std::shared_ptr<const NetworkPaths> network;

    /**
     * \brief Engine view only: how long an entry's cards serve and whose racks they take over. Filled by the
     * engine when it turns a refresh into another chip into an entry of its own (methodology §7.1); empty in a
     * validated scenario, where every entry serves to the horizon in racks of its own.
     */
    struct EntryLife {
        int retireMonth = 0;   ///< first month out of service
        int takesRacksOf = -1; ///< the entry whose racks it fills; -1 = racks of its own
    };
    std::vector<EntryLife> lives; ///< parallel to chips, or empty
};

} // namespace suanpan
