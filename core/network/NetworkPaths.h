#pragma once

#include "model/NetworkInput.h"

#include <QHash>
#include <QString>

#include <limits>
#include <memory>
#include <vector>

namespace suanpan {

class Catalog;
class ValidationReport;

/**
 * \brief The fixed part of a validated network: its nodes by index and, between every two nodes, the path of least
 * latency over the links (Dijkstra, Boost.Graph), with its round trip and transfer cost (methodology §14.2).
 */
struct NetworkPaths {
    static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

    QHash<QString, int> nodeIndex;
    int nodeCount = 0;
    int proposedNode = -1;
    std::vector<int> centerNode;             ///< node of each center of the merged network, by index
    std::vector<double> latencyMs;           ///< nodeCount × nodeCount; kUnreachable when no path
    std::vector<double> transferCny;         ///< per P·h, along the least-latency path
    std::vector<int> previous;               ///< nodeCount × nodeCount: the node before `to` on the path from `from`
    std::vector<std::vector<int>> linkIndex; ///< nodeCount × nodeCount link index, -1 = none (the shortest link)

    std::size_t at(int from, int to) const { return static_cast<std::size_t>(from * nodeCount + to); }
    double latency(int from, int to) const { return latencyMs[at(from, to)]; }
    double transfer(int from, int to) const { return transferCny[at(from, to)]; }
    /// Calls visit(link index) for each link on the path between two nodes.
    template <typename Visit> void forEachLink(int from, int to, Visit&& visit) const
    {
        for (int node = to; node != from && previous[at(from, node)] >= 0; node = previous[at(from, node)]) {
            visit(linkIndex[static_cast<std::size_t>(previous[at(from, node)])][static_cast<std::size_t>(node)]);
        }
    }
};

/**
 * The scenario's network completed from its base: the entries of the shipped network `base` that the scenario does not
 * replace (same id; a link is the same when it joins the same two nodes) are appended after the scenario's own, so
 * that the scenario's paths (`network.centers[0].pflops`) keep their meaning. An unknown base adds nothing.
 */
NetworkInput completeNetwork(const NetworkInput& own);

/**
 * Checks a scenario's network, completed from its base: unknown ids, duplicates, links to unknown nodes, negative
 * round trips and demand no center can serve within its latency limit, each reported at its path. Returns the
 * paths between the nodes of the completed network, or nothing when there was a problem.
 */
std::shared_ptr<const NetworkPaths> resolveNetwork(const NetworkInput& own, const Catalog& catalog,
                                                   ValidationReport& report);

} // namespace suanpan
