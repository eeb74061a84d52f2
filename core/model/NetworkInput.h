#pragma once

#include "Enums.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace suanpan {

// The compute network a proposed center competes in (methodology §14): places, the demand at them, the centers
// that serve it and the links between them. A scenario names a shipped network as its base and adds or replaces
// entries by id.

/// Demand of one workload at a node: `pflops` in `year`, growing by `growthPerYear`.
struct NodeDemand {
    Workload workload = Workload::Inference;
    double pflops = 0; ///< average effective P demanded
    int year = 0;
    double growthPerYear = 0;
    bool operator==(const NodeDemand&) const = default;
};

/// A place of the network: a city, a hub or a cluster, where demand arises and centers stand.
struct NetworkNode {
    QString id;
    QString name;
    QString nameZh; ///< the name in Chinese, shown when the interface is in Chinese
    double longitude = 0;
    double latitude = 0;
    QString regionId; ///< the catalog region (tariff, climate) a center here uses; empty = none
    std::vector<NodeDemand> demand;
    bool operator==(const NetworkNode&) const = default;
};

/// A center other than the proposed one: a rival (or a sister center) that serves the same demand.
struct NetworkCenter {
    QString id;
    QString name;
    QString nameZh;
    QString node;
    double pflops = 0;        ///< capacity once open, effective P
    int openingYear = 0;      ///< first calendar year in service
    double growthPerYear = 0; ///< yearly growth of the capacity after opening (an aggregate of many centers grows)
    double priceFactor = 1;   ///< price relative to the network's reference price
    bool operator==(const NetworkCenter&) const = default;
};

/// The name of a node or center in the language of the interface (QLocale's default), else its id.
template <typename Entry> QString placeName(const Entry& entry)
{
    if (QLocale().language() == QLocale::Chinese && !entry.nameZh.isEmpty()) {
        return entry.nameZh;
    }
    return entry.name.isEmpty() ? entry.id : entry.name;
}

/// A link between two nodes, usable both ways.
struct NetworkLink {
    QString from;
    QString to;
    double latencyMs = 0;                ///< round trip
    double transferCnyPerPflopsHour = 0; ///< cost of moving the data of one P·h of work over the link
    bool operator==(const NetworkLink&) const = default;
};

struct NetworkInput {
    QString base; ///< id of a shipped network whose entries this one extends; empty = none
    QString node; ///< where the proposed center stands; empty = no network
    double priceFactor = 1;
    double referencePriceCnyPerPflopsHour = 0;
    double latencyPenaltyCnyPerPflopsHourPerMs = 0;
    double congestionPenalty = 0; ///< marginal cost of a full center to its users, as a share of the reference price
    double demandGrowthAdjustment = 0; ///< added to every node's demand growth (a slower or faster market)
    double interactiveLatencyMs = 0;   ///< round-trip limit of interactive work (inference, general)
    double batchLatencyMs = 0;         ///< round-trip limit of batch work (training, fine-tuning, HPC)
    std::vector<NetworkNode> nodes;
    std::vector<NetworkCenter> centers;
    std::vector<NetworkLink> links;

    bool enabled() const { return !node.isEmpty(); }
    /// Inference and general services answer users; training, fine-tuning and HPC jobs run in batches.
    static bool interactive(Workload w) { return w == Workload::Inference || w == Workload::General; }
    double latencyLimitMs(Workload w) const { return interactive(w) ? interactiveLatencyMs : batchLatencyMs; }
    bool operator==(const NetworkInput&) const = default;
};

} // namespace suanpan
