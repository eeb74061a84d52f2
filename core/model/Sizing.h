#pragma once

#include "CatalogTypes.h"
#include "Scenario.h"

#include <cmath>

namespace suanpan {

/**
 * \brief How cards become servers and servers become racks (methodology §2). Used by validation and by
 * the engine, so that the rule exists once.
 */
namespace Sizing {

inline int servers(int cards, int cardsPerServer)
{
    return (cards + cardsPerServer - 1) / cardsPerServer;
}

/// Whole servers that fit in a rack's design power; 0 when even one server exceeds it.
inline int serversPerRack(double designKwPerRack, double serverMaxKw)
{
    // A tiny tolerance so that 16 kW racks hold two 8.0 kW servers despite rounding in the catalog.
    return static_cast<int>(std::floor(designKwPerRack / serverMaxKw + 1e-9));
}

inline int racks(int servers, int serversPerRack)
{
    return (servers + serversPerRack - 1) / serversPerRack;
}

inline int readyMonth(const FacilityPhase& phase)
{
    return phase.startMonth + phase.constructionMonths;
}

} // namespace Sizing

} // namespace suanpan
