#include "NetworkStudy.h"

#include "engine/Engine.h"
#include "model/ScenarioValidator.h"

#include <algorithm>

namespace suanpan {

NetworkStudy studyNetwork(const ResolvedScenario& r)
{
    NetworkStudy study;
    study.network = completeNetwork(r.input.network);
    study.paths = r.network.get();
    const std::vector<double> capacity = proposedCapacity(r);
    study.with = allocateNetwork(study.network, *r.network, capacity, r.input.startYear);
    study.without =
        allocateNetwork(study.network, *r.network, std::vector<double>(capacity.size(), 0.0), r.input.startYear);
    return study;
}

double NetworkStudy::reachable(int year) const
{
    double total = 0;
    for (int node = 0; node < with.nodes; ++node) {
        for (int k = 0; k < kLatencyClassCount; ++k) {
            const auto cls = static_cast<LatencyClass>(k);
            const double limit =
                cls == LatencyClass::Interactive ? network.interactiveLatencyMs : network.batchLatencyMs;
            if (paths->latency(node, paths->proposedNode) <= limit) {
                total += with.demand[with.demandAt(year, node, cls)];
            }
        }
    }
    return total;
}

double NetworkStudy::captureShare(int year) const
{
    const double reach = reachable(year);
    return reach > 0 ? won(year) / reach : 0.0;
}

double NetworkStudy::utilization(const NetworkAllocation& a, int year, int center) const
{
    const double capacity = a.capacityAt(year, center);
    return capacity > 0 ? a.loadAt(year, center) / capacity : 0.0;
}

double NetworkStudy::unserved(const NetworkAllocation& a, int year) const
{
    double total = 0;
    for (int node = 0; node < a.nodes; ++node) {
        for (int k = 0; k < kLatencyClassCount; ++k) {
            total += a.unservedAt(year, node, static_cast<LatencyClass>(k));
        }
    }
    return total;
}

std::vector<double> NetworkStudy::linkFlows(int year) const
{
    std::vector<double> flows(network.links.size(), 0.0);
    for (int node = 0; node < with.nodes; ++node) {
        for (int k = 0; k < kLatencyClassCount; ++k) {
            for (int center = 0; center < with.centers(); ++center) {
                const double flow = with.flowAt(year, node, static_cast<LatencyClass>(k), center);
                const int at = with.centerNode[static_cast<std::size_t>(center)];
                if (flow > 0) {
                    paths->forEachLink(node, at, [&](int link) { flows[static_cast<std::size_t>(link)] += flow; });
                }
            }
        }
    }
    return flows;
}

std::vector<SiteOutcome> compareSites(const Scenario& scenario, const Catalog& catalog, QStringList nodes)
{
    const NetworkInput network = completeNetwork(scenario.network);
    if (nodes.isEmpty()) {
        for (const NetworkNode& node : network.nodes) {
            if (!node.regionId.isEmpty()) {
                nodes.append(node.id);
            }
        }
    }
    std::vector<SiteOutcome> outcomes;
    for (const QString& id : nodes) {
        SiteOutcome& outcome = outcomes.emplace_back();
        outcome.node = id;
        Scenario moved = scenario;
        moved.network.node = id;
        const auto it = std::find_if(network.nodes.begin(), network.nodes.end(),
                                     [&id](const NetworkNode& n) { return n.id == id; });
        if (it != network.nodes.end()) {
            outcome.name = placeName(*it);
            outcome.regionId = it->regionId;
            moved.site.regionId = it->regionId.isEmpty() ? moved.site.regionId : it->regionId;
        }
        ValidationReport report;
        const std::optional<ResolvedScenario> resolved = resolveScenario(moved, catalog, report);
        if (!resolved) {
            outcome.problem = report.issues().empty() ? QString()
                                                      : report.issues().front().path + QStringLiteral(": ") +
                                                            report.issues().front().message;
            continue;
        }
        const Results results = evaluate(*resolved);
        outcome.npvAfterTaxCny = results.summary.npvAfterTaxCny;
        outcome.averageUtilization = results.summary.averageUtilization;
        const NetworkAllocation& allocation = scenarioAllocation(*resolved);
        double won = 0;
        for (int y = 0; y < allocation.years; ++y) {
            won += allocation.loadAt(y, allocation.rivals);
        }
        outcome.wonPflops = allocation.years > 0 ? won / allocation.years : 0.0;
    }
    return outcomes;
}

} // namespace suanpan
