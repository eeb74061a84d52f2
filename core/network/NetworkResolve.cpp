#include "NetworkLibrary.h"
#include "NetworkPaths.h"

#include "model/Catalog.h"
#include "model/FieldSpecs.h"
#include "model/ValidationReport.h"

#include <QCoreApplication>
#include <QSet>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace suanpan {

namespace {

QString linkKey(const NetworkLink& link)
{
    return link.from < link.to ? link.from + QLatin1Char('\n') + link.to : link.to + QLatin1Char('\n') + link.from;
}

/// Appends the entries of `base` whose key the scenario's own entries do not have.
template <typename T, typename Key> void appendUnreplaced(std::vector<T>& own, const std::vector<T>& base, Key key)
{
    QSet<QString> ownKeys;
    for (const T& entry : own) {
        ownKeys.insert(key(entry));
    }
    for (const T& entry : base) {
        if (!ownKeys.contains(key(entry))) {
            own.push_back(entry);
        }
    }
}

/// Reports a second entry with an id already used; `count` are the scenario's own entries (the rest came from the
/// base, which the tests hold free of duplicates).
template <typename T, typename Key>
void checkUnique(const std::vector<T>& entries, std::size_t count, const QString& list, Key key,
                 ValidationReport& report)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < count; ++i) {
        if (seen.contains(key(entries[i]))) {
            report.add(QStringLiteral("%1[%2]").arg(list).arg(i),
                       QCoreApplication::translate("Validation", "\"%1\" appears twice")
                           .arg(key(entries[i]).replace(QLatin1Char('\n'), QLatin1String(" – "))));
        }
        seen.insert(key(entries[i]));
    }
}

/// Where an entry of the merged network is reported: at its own path, or at network.base for one from the base.
QString entryPath(const QString& list, std::size_t i, std::size_t ownCount)
{
    return i < ownCount ? QStringLiteral("network.%1[%2]").arg(list).arg(i) : QStringLiteral("network.base");
}

int nodeOf(const NetworkPaths& paths, const QString& id, const QString& path, ValidationReport& report)
{
    const auto it = paths.nodeIndex.constFind(id);
    if (it == paths.nodeIndex.cend()) {
        report.add(path,
                   QCoreApplication::translate("Validation", "\"%1\" is not a node of the network").arg(id.left(40)));
        return -1;
    }
    return it.value();
}

/// Least-latency paths from every node (Dijkstra on the links, both ways), with the transfer cost along them.
void computePaths(const NetworkInput& n, NetworkPaths& paths)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                        boost::property<boost::edge_weight_t, double>>;
    const auto count = static_cast<std::size_t>(paths.nodeCount);
    Graph graph(count);
    paths.linkIndex.assign(count, std::vector<int>(count, -1));
    std::vector<double> linkTransfer(count * count, 0.0);
    for (std::size_t i = 0; i < n.links.size(); ++i) {
        const NetworkLink& link = n.links[i];
        const auto a = static_cast<std::size_t>(paths.nodeIndex.value(link.from));
        const auto b = static_cast<std::size_t>(paths.nodeIndex.value(link.to));
        boost::add_edge(a, b, link.latencyMs, graph);
        int& known = paths.linkIndex[a][b];
        if (known < 0 || link.latencyMs < n.links[static_cast<std::size_t>(known)].latencyMs) {
            known = paths.linkIndex[b][a] = static_cast<int>(i);
            linkTransfer[a * count + b] = linkTransfer[b * count + a] = link.transferCnyPerPflopsHour;
        }
    }
    paths.latencyMs.assign(count * count, NetworkPaths::kUnreachable);
    paths.transferCny.assign(count * count, 0.0);
    paths.previous.assign(count * count, -1);
    std::vector<double> distance(count);
    std::vector<std::size_t> predecessor(count);
    for (std::size_t source = 0; source < count; ++source) {
        boost::dijkstra_shortest_paths(graph, source,
                                       boost::predecessor_map(predecessor.data()).distance_map(distance.data()));
        for (std::size_t to = 0; to < count; ++to) {
            const bool reached = to == source || predecessor[to] != to;
            paths.latencyMs[source * count + to] = reached ? distance[to] : NetworkPaths::kUnreachable;
            paths.previous[source * count + to] = to == source || !reached ? -1 : static_cast<int>(predecessor[to]);
        }
        // Transfer costs add up along the path, nearest nodes first.
        std::vector<std::size_t> order(count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return distance[a] < distance[b]; });
        for (std::size_t to : order) {
            const int before = paths.previous[source * count + to];
            if (before >= 0) {
                const auto b = static_cast<std::size_t>(before);
                paths.transferCny[source * count + to] =
                    paths.transferCny[source * count + b] + linkTransfer[b * count + to];
            }
        }
    }
}

/// Every (node, latency class) with demand needs a center, the proposed one included, within its limit.
void checkReach(const NetworkInput& n, const NetworkPaths& paths, std::size_t ownNodes, ValidationReport& report)
{
    for (std::size_t i = 0; i < n.nodes.size(); ++i) {
        const int node = static_cast<int>(i);
        for (const NodeDemand& demand : n.nodes[i].demand) {
            const double limit = n.latencyLimitMs(demand.workload);
            double nearest = paths.latency(node, paths.proposedNode);
            for (int center : paths.centerNode) {
                nearest = std::min(nearest, paths.latency(node, center));
            }
            if (demand.pflops > 0 && nearest > limit) {
                const QString place = n.nodes[i].name.isEmpty() ? n.nodes[i].id : n.nodes[i].name;
                report.add(
                    entryPath(QStringLiteral("nodes"), i, ownNodes),
                    QCoreApplication::translate(
                        "Validation", "%1: no center can serve its %2 demand within the %3 ms limit (nearest: %4)")
                        .arg(place.left(40), displayName(demand.workload), numberText(limit),
                             nearest == NetworkPaths::kUnreachable
                                 ? QCoreApplication::translate("Validation", "none reachable")
                                 : QCoreApplication::translate("Validation", "%1 ms")
                                       .arg(numberText(std::round(nearest * 10) / 10))));
                break;
            }
        }
    }
}

} // namespace

NetworkInput completeNetwork(const NetworkInput& own)
{
    NetworkInput n = own;
    if (const ShippedNetwork* shipped = NetworkLibrary::builtIn().find(own.base)) {
        appendUnreplaced(n.nodes, shipped->network.nodes, [](const NetworkNode& e) { return e.id; });
        appendUnreplaced(n.centers, shipped->network.centers, [](const NetworkCenter& e) { return e.id; });
        appendUnreplaced(n.links, shipped->network.links, linkKey);
    }
    return n;
}

std::shared_ptr<const NetworkPaths> resolveNetwork(const NetworkInput& own, const Catalog& catalog,
                                                   ValidationReport& report)
{
    const std::size_t before = report.issues().size();
    const std::size_t ownNodes = own.nodes.size();
    const std::size_t ownCenters = own.centers.size();
    const std::size_t ownLinks = own.links.size();
    if (!own.base.isEmpty() && NetworkLibrary::builtIn().find(own.base) == nullptr) {
        report.add(QStringLiteral("network.base"),
                   QCoreApplication::translate("Validation", "\"%1\" is not a shipped network (known: %2)")
                       .arg(own.base.left(40), NetworkLibrary::builtIn().ids().join(QStringLiteral(", "))));
        return nullptr;
    }
    const NetworkInput n = completeNetwork(own);
    checkUnique(
        n.nodes, ownNodes, QStringLiteral("network.nodes"), [](const NetworkNode& e) { return e.id; }, report);
    checkUnique(
        n.centers, ownCenters, QStringLiteral("network.centers"), [](const NetworkCenter& e) { return e.id; }, report);
    checkUnique(n.links, ownLinks, QStringLiteral("network.links"), linkKey, report);

    auto paths = std::make_shared<NetworkPaths>();
    paths->nodeCount = static_cast<int>(n.nodes.size());
    for (std::size_t i = 0; i < n.nodes.size(); ++i) {
        paths->nodeIndex.insert(n.nodes[i].id, static_cast<int>(i));
        const QString& region = n.nodes[i].regionId;
        if (i < ownNodes && !region.isEmpty() && catalog.entry(CatalogKind::Regions, region) == nullptr) {
            report.add(
                QStringLiteral("network.nodes[%1].regionId").arg(i),
                QCoreApplication::translate("Validation", "\"%1\" is not in the regions catalog").arg(region.left(40)));
        }
    }
    paths->proposedNode = nodeOf(*paths, n.node, QStringLiteral("network.node"), report);
    for (std::size_t i = 0; i < n.centers.size(); ++i) {
        paths->centerNode.push_back(
            nodeOf(*paths, n.centers[i].node,
                   entryPath(QStringLiteral("centers"), i, ownCenters) + QStringLiteral(".node"), report));
    }
    for (std::size_t i = 0; i < n.links.size(); ++i) {
        const QString path = entryPath(QStringLiteral("links"), i, ownLinks);
        const int from = nodeOf(*paths, n.links[i].from, path + QStringLiteral(".from"), report);
        const int to = nodeOf(*paths, n.links[i].to, path + QStringLiteral(".to"), report);
        if (from >= 0 && from == to) {
            report.add(path, QCoreApplication::translate("Validation", "a link joins \"%1\" to itself")
                                 .arg(n.links[i].from.left(40)));
        }
    }
    bool latenciesValid = true; // Dijkstra needs latencies ≥ 0 (the range check has said so at the field)
    for (std::size_t i = 0; i < n.links.size(); ++i) {
        if (!(n.links[i].latencyMs >= 0)) {
            latenciesValid = false;
            const QString path = entryPath(QStringLiteral("links"), i, ownLinks) + QStringLiteral(".latencyMs");
            if (report.issuesAt(path).empty()) {
                report.add(path, QCoreApplication::translate("Validation", "a round trip cannot be negative"));
            }
        }
    }
    if (!latenciesValid || report.issues().size() != before) {
        return nullptr;
    }
    computePaths(n, *paths);
    checkReach(n, *paths, ownNodes, report);
    if (report.issues().size() != before) {
        return nullptr;
    }
    return paths;
}

} // namespace suanpan
