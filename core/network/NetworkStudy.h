#pragma once

#include "NetworkAllocation.h"
#include "model/ResolvedScenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace suanpan {

class Catalog;
class ValidationReport;

/**
 * \brief What the network says about a proposed center (methodology §14.4): the allocation with it and without it,
 * so that what it captures, from whom, and over which links can be read year by year.
 */
struct NetworkStudy {
    NetworkAllocation with;    ///< the proposed center in service
    NetworkAllocation without; ///< the same network had it not been built

    int proposed() const { return with.rivals; }
    double won(int year) const { return with.loadAt(year, proposed()); }
    double capacity(int year) const { return with.capacityAt(year, proposed()); }
    /// Demand the proposed center could reach within its latency limits (P), all of which it competes for.
    double reachable(int year) const;
    /// won / reachable: the share of the demand within its reach that the center captures.
    double captureShare(int year) const;
    /// Load a center loses (P) because the proposed one serves demand it would have served.
    double lost(int year, int center) const { return without.loadAt(year, center) - with.loadAt(year, center); }
    double utilization(const NetworkAllocation& a, int year, int center) const;
    double unserved(const NetworkAllocation& a, int year) const;
    /// P carried over each link (indexed as the network's links) in a year.
    std::vector<double> linkFlows(int year) const;

    NetworkInput network; ///< the scenario's network, completed from its base
    const NetworkPaths* paths = nullptr;
};

/// The study of a validated scenario with a network (r.network set); `r` must outlive the result.
NetworkStudy studyNetwork(const ResolvedScenario& r);

/// One candidate site of a site comparison.
struct SiteOutcome {
    QString node;
    QString name;
    QString regionId;
    std::optional<double> npvAfterTaxCny; ///< nothing when the scenario does not validate at this site
    double averageUtilization = 0;
    double wonPflops = 0; ///< average P the center wins in the network over its horizon
    QString problem;      ///< why it was not evaluated
};

/**
 * The same proposed center at each of `nodes` (every node with a catalog region when empty): the network node moves
 * there and, when the node names one, so does the site's region with its tariff and climate (methodology §14.5).
 */
std::vector<SiteOutcome> compareSites(const Scenario& scenario, const Catalog& catalog, QStringList nodes);

} // namespace suanpan
