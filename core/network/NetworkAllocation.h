#pragma once

#include "NetworkPaths.h"

#include <vector>

namespace suanpan {

struct ResolvedScenario;

/// A center's latency class: interactive work (inference, general) or batch work (training, fine-tuning, HPC).
enum class LatencyClass { Interactive, Batch };
inline constexpr int kLatencyClassCount = 2;

/**
 * \brief Who serves the network's demand in each year of the horizon: the min-cost flow from the nodes' demand to
 * the centers within capacity and latency limits (methodology §14.3). Centers are indexed as in the merged network;
 * the proposed center is index `rivals` (the last).
 */
struct NetworkAllocation {
    int firstYear = 0; ///< calendar year of index 0
    int years = 0;
    int nodes = 0;
    int rivals = 0;
    std::vector<double> won;      ///< years × kWorkloadCount: P won by the proposed center
    std::vector<double> capacity; ///< years × (rivals + 1): P in service
    std::vector<double> demand;   ///< years × nodes × kLatencyClassCount: P demanded
    std::vector<double> flow;     ///< years × nodes × kLatencyClassCount × (rivals + 1): P served from the node
    std::vector<int> centerNode;  ///< the node of each center, the proposed one last

    int centers() const { return rivals + 1; }
    std::size_t demandAt(int year, int node, LatencyClass c) const
    {
        return (static_cast<std::size_t>(year) * static_cast<std::size_t>(nodes) + static_cast<std::size_t>(node)) *
                   kLatencyClassCount +
               static_cast<std::size_t>(c);
    }
    double flowAt(int year, int node, LatencyClass c, int center) const
    {
        return flow[demandAt(year, node, c) * static_cast<std::size_t>(centers()) + static_cast<std::size_t>(center)];
    }
    double wonAt(int year, Workload w) const
    {
        return won[static_cast<std::size_t>(year) * kWorkloadCount + static_cast<std::size_t>(w)];
    }
    double capacityAt(int year, int center) const
    {
        return capacity[static_cast<std::size_t>(year) * static_cast<std::size_t>(centers()) +
                        static_cast<std::size_t>(center)];
    }
    double loadAt(int year, int center) const; ///< P the center serves
    double unservedAt(int year, int node, LatencyClass c) const;
};

LatencyClass latencyClass(Workload w);

/// The node's demand of a workload in a calendar year: its figure grown (or shrunk) from its year, at its growth rate
/// plus the network's adjustment (network.demandGrowthAdjustment).
double nodeDemand(const NodeDemand& d, int year, double growthAdjustment);

/**
 * Allocates every year of a completed network (completeNetwork), whose nodes and centers `paths` indexes, [firstYear,
 * firstYear + proposedCapacity.size()) by min-cost flow (Boost.Graph's successive shortest paths). `proposedCapacity`
 * is the proposed center's capacity in each year; all zero = the network without it (who would serve the demand if it
 * were not built).
 */
NetworkAllocation allocateNetwork(const NetworkInput& network, const NetworkPaths& paths,
                                  const std::vector<double>& proposedCapacity, int firstYear);

/// The proposed center's capacity in each year of the horizon: effective training P of the cards in service at
/// mid-year (methodology §14.3).
std::vector<double> proposedCapacity(const ResolvedScenario& r);

/// allocateNetwork for a validated scenario with a network, memoised per thread: risk trials that leave the network
/// and the chip mix alone reuse the last allocation.
const NetworkAllocation& scenarioAllocation(const ResolvedScenario& r);

} // namespace suanpan
