#include "NetworkAllocation.h"

#include "model/ResolvedScenario.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace suanpan {

namespace {

// Boost.Graph's min-cost flow works on integers: flows in thousandths of a P, costs in ten-thousandths of a CNY
// per P·h. Both are far below what the inputs can tell apart.
constexpr double kFlowUnit = 1e-3;
constexpr double kCostUnit = 1e-4;

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long,
                    boost::property<boost::edge_residual_capacity_t, long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, double>>>>>;
using Edge = Graph::edge_descriptor;

/// An arc and its reverse (capacity 0, negated cost), as the residual graph needs.
Edge addArc(Graph& g, std::size_t from, std::size_t to, double capacity, long cost)
{
    // A risk trial may draw a price factor or a capacity below 0; the flow needs neither (nor NaN).
    capacity = capacity > 0 ? std::min(capacity, 1e12) : 0.0; // 10¹² P: far beyond any market, and a long holds it
    cost = std::max(cost, 0L);
    const Edge forward = boost::add_edge(from, to, g).first;
    const Edge backward = boost::add_edge(to, from, g).first;
    boost::put(boost::edge_capacity, g, forward, std::lround(capacity / kFlowUnit));
    boost::put(boost::edge_capacity, g, backward, 0L);
    // Costs are whole ten-thousandths of a CNY held in doubles (exact to 2^53): Boost's potentials add "unreached"
    // distances, which overflow a long (UBSan) but stay infinite in a double.
    boost::put(boost::edge_weight, g, forward, static_cast<double>(cost));
    boost::put(boost::edge_weight, g, backward, -static_cast<double>(cost));
    boost::put(boost::edge_reverse, g, forward, backward);
    boost::put(boost::edge_reverse, g, backward, forward);
    return forward;
}

double flowOn(const Graph& g, Edge e)
{
    return static_cast<double>(boost::get(boost::edge_capacity, g, e) -
                               boost::get(boost::edge_residual_capacity, g, e)) *
           kFlowUnit;
}

/// What a user at `node` pays per P·h of work at a center: its price, the transfer and, for interactive work, the
/// latency penalty (batch work waits for hours anyway).
double pathCost(const NetworkInput& n, const NetworkPaths& paths, int node, int centerNode, double priceFactor,
                LatencyClass cls)
{
    const double penalty = cls == LatencyClass::Interactive ? n.latencyPenaltyCnyPerPflopsHourPerMs : 0.0;
    return priceFactor * n.referencePriceCnyPerPflopsHour + paths.transfer(node, centerNode) +
           penalty * paths.latency(node, centerNode);
}

/**
 * A center's capacity reaches the sink in kTranches equal slices, each dearer than the one before: the marginal cost
 * of congestion rises linearly from 0 when the center is empty to congestionPenalty × the reference price when it is
 * full (queues lengthen as a center fills). Min-cost flow fills the cheaper slices first, so centers of equal cost
 * share demand in proportion to their capacity, and a cheaper center runs fuller, not full (methodology §14.3).
 */
void addCongestionArcs(const NetworkInput& n, const std::vector<double>& capacity, Graph& g)
{
    constexpr int kTranches = 10;
    for (std::size_t c = 0; c < capacity.size(); ++c) {
        for (int t = 0; t < kTranches && capacity[c] > 0; ++t) {
            const double marginal = n.congestionPenalty * n.referencePriceCnyPerPflopsHour * (t + 0.5) / kTranches;
            addArc(g, 2 + c, 1, capacity[c] / kTranches, std::lround(marginal / kCostUnit));
        }
    }
}

/// The centers as one year sees them: capacity in service, node and price factor; the proposed center last.
struct YearCenters {
    std::vector<double> capacity;
    std::vector<int> node;
    std::vector<double> price;
};

YearCenters centersInYear(const NetworkInput& n, const NetworkPaths& paths, int calendarYear, double proposed)
{
    YearCenters centers;
    for (std::size_t c = 0; c < n.centers.size(); ++c) {
        const NetworkCenter& center = n.centers[c];
        // By id, not by the index of validation: a risk trial's rival entry adds a center (methodology §14.4).
        const int node = paths.nodeIndex.value(center.node, -1);
        const bool open = node >= 0 && calendarYear >= center.openingYear;
        centers.capacity.push_back(
            open ? center.pflops * std::pow(1.0 + center.growthPerYear, calendarYear - center.openingYear) : 0.0);
        centers.node.push_back(std::max(node, 0));
        centers.price.push_back(center.priceFactor);
    }
    centers.capacity.push_back(proposed);
    centers.node.push_back(paths.proposedNode);
    centers.price.push_back(n.priceFactor);
    return centers;
}

/**
 * A market: the (node, class) pairs whose users face the same offers, each (center, cost in kCostUnit) within
 * reach. Users with the same costs to every center are interchangeable, so they form one source of the flow and
 * share its result in proportion to their demand. In the shipped network, with no transfer costs, all batch work is
 * one market; this keeps a national network's allocation within its time budget (BenchNetwork).
 */
struct Market {
    std::vector<std::pair<std::size_t, long>> offers;
    std::vector<std::size_t> members; ///< demandAt indices
    double demand = 0;
};

std::vector<Market> marketsInYear(const NetworkInput& n, const NetworkPaths& paths, const YearCenters& centers,
                                  int year, const NetworkAllocation& a)
{
    std::vector<Market> markets;
    std::map<std::vector<std::pair<std::size_t, long>>, std::size_t> byOffers;
    for (int node = 0; node < a.nodes; ++node) {
        for (int k = 0; k < kLatencyClassCount; ++k) {
            const auto cls = static_cast<LatencyClass>(k);
            const std::size_t slot = a.demandAt(year, node, cls);
            if (a.demand[slot] <= 0) {
                continue;
            }
            const double limit = cls == LatencyClass::Interactive ? n.interactiveLatencyMs : n.batchLatencyMs;
            std::vector<std::pair<std::size_t, long>> offers;
            for (std::size_t c = 0; c < centers.capacity.size(); ++c) {
                if (centers.capacity[c] > 0 && paths.latency(node, centers.node[c]) <= limit) {
                    // At equal cost the incumbents keep their users: the proposed center must be cheaper.
                    const long tie = c + 1 == centers.capacity.size() ? 1 : 0;
                    const double cost = pathCost(n, paths, node, centers.node[c], centers.price[c], cls);
                    offers.emplace_back(c, std::lround(cost / kCostUnit) + tie);
                }
            }
            const auto [it, added] = byOffers.try_emplace(offers, markets.size());
            if (added) {
                markets.push_back({std::move(offers), {}, 0});
            }
            Market& market = markets[it->second];
            market.members.push_back(slot);
            market.demand += a.demand[slot];
        }
    }
    return markets;
}

/// One year: source → market → centers in reach → sink, plus an arc "unserved" that costs more than any center,
/// so demand goes unserved only when no capacity within reach is left.
void allocateYear(const NetworkInput& n, const NetworkPaths& paths, int year, int calendarYear, double proposed,
                  NetworkAllocation& a)
{
    const YearCenters centers = centersInYear(n, paths, calendarYear, proposed);
    const std::size_t centerCount = centers.capacity.size();
    if (year == 0) {
        a.centerNode = centers.node;
    }
    std::copy(centers.capacity.begin(), centers.capacity.end(),
              a.capacity.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(year) * centerCount));
    const std::vector<Market> markets = marketsInYear(n, paths, centers, year, a);

    // Vertices: 0 source, 1 sink, then the centers, then the markets.
    Graph g(2 + centerCount + markets.size());
    addCongestionArcs(n, centers.capacity, g);
    std::vector<std::vector<Edge>> arcs(markets.size());
    for (std::size_t m = 0; m < markets.size(); ++m) {
        const std::size_t vertex = 2 + centerCount + m;
        long highest = 0;
        for (const auto& [c, cost] : markets[m].offers) {
            arcs[m].push_back(addArc(g, vertex, 2 + c, markets[m].demand, cost));
            highest = std::max(highest, cost);
        }
        addArc(g, 0, vertex, markets[m].demand, 0);
        addArc(g, vertex, 1, markets[m].demand, 2 * highest + 1); // unserved
    }
    boost::successive_shortest_path_nonnegative_weights(g, 0, 1);
    for (std::size_t m = 0; m < markets.size(); ++m) {
        for (std::size_t i = 0; i < arcs[m].size(); ++i) {
            const double flow = flowOn(g, arcs[m][i]);
            for (std::size_t slot : markets[m].members) {
                a.flow[slot * centerCount + markets[m].offers[i].first] = flow * a.demand[slot] / markets[m].demand;
            }
        }
    }
}

/// Splits the proposed center's flow from each (node, class) over the class's workloads, in proportion to their
/// demand: within a class every workload has the same costs and reach, so any split is as cheap as another.
void splitWon(const NetworkInput& n, int year, int calendarYear, NetworkAllocation& a)
{
    const int proposed = a.rivals;
    for (int node = 0; node < a.nodes; ++node) {
        const NetworkNode& place = n.nodes[static_cast<std::size_t>(node)];
        for (const NodeDemand& d : place.demand) {
            const LatencyClass cls = latencyClass(d.workload);
            const double classDemand = a.demand[a.demandAt(year, node, cls)];
            if (classDemand > 0) {
                a.won[static_cast<std::size_t>(year) * kWorkloadCount + static_cast<std::size_t>(d.workload)] +=
                    a.flowAt(year, node, cls, proposed) * nodeDemand(d, calendarYear, n.demandGrowthAdjustment) /
                    classDemand;
            }
        }
    }
}

} // namespace

LatencyClass latencyClass(Workload w)
{
    return NetworkInput::interactive(w) ? LatencyClass::Interactive : LatencyClass::Batch;
}

double nodeDemand(const NodeDemand& d, int year, double growthAdjustment)
{
    return d.pflops * std::pow(std::max(0.0, 1.0 + d.growthPerYear + growthAdjustment), year - d.year);
}

double NetworkAllocation::loadAt(int year, int center) const
{
    double load = 0;
    for (int node = 0; node < nodes; ++node) {
        for (int k = 0; k < kLatencyClassCount; ++k) {
            load += flowAt(year, node, static_cast<LatencyClass>(k), center);
        }
    }
    return load;
}

double NetworkAllocation::unservedAt(int year, int node, LatencyClass c) const
{
    double served = 0;
    for (int center = 0; center < centers(); ++center) {
        served += flowAt(year, node, c, center);
    }
    return std::max(0.0, demand[demandAt(year, node, c)] - served);
}

NetworkAllocation allocateNetwork(const NetworkInput& n, const NetworkPaths& paths,
                                  const std::vector<double>& proposedCapacity, int firstYear)
{
    NetworkAllocation a;
    a.firstYear = firstYear;
    a.years = static_cast<int>(proposedCapacity.size());
    a.nodes = paths.nodeCount;
    a.rivals = static_cast<int>(n.centers.size());
    const auto years = static_cast<std::size_t>(a.years);
    a.won.assign(years * kWorkloadCount, 0.0);
    a.capacity.assign(years * static_cast<std::size_t>(a.centers()), 0.0);
    a.demand.assign(years * static_cast<std::size_t>(a.nodes) * kLatencyClassCount, 0.0);
    a.flow.assign(a.demand.size() * static_cast<std::size_t>(a.centers()), 0.0);
    for (int y = 0; y < a.years; ++y) {
        for (int node = 0; node < a.nodes; ++node) {
            for (const NodeDemand& d : n.nodes[static_cast<std::size_t>(node)].demand) {
                a.demand[a.demandAt(y, node, latencyClass(d.workload))] +=
                    nodeDemand(d, firstYear + y, n.demandGrowthAdjustment);
            }
        }
        allocateYear(n, paths, y, firstYear + y, proposedCapacity[static_cast<std::size_t>(y)], a);
        splitWon(n, y, firstYear + y, a);
    }
    return a;
}

std::vector<double> proposedCapacity(const ResolvedScenario& r)
{
    const Scenario& s = r.input;
    std::vector<double> capacity(static_cast<std::size_t>(std::max(0, s.horizonYears)), 0.0);
    for (std::size_t c = 0; c < s.chipMix.size() && c < r.chips.size(); ++c) {
        const double pflops = s.chipMix[c].count * r.chips[c].effectivePflops(Workload::Training, Precision::Fp16);
        for (std::size_t y = 0; y < capacity.size(); ++y) {
            if (s.chipMix[c].deployMonth <= static_cast<int>(y) * 12 + 6) {
                capacity[y] += pflops;
            }
        }
    }
    return capacity;
}

const NetworkAllocation& scenarioAllocation(const ResolvedScenario& r)
{
    // A few recent allocations per thread: a risk run's trials leave the network alone and differ, if at all, in
    // the proposed center's capacity (a delay or a supply cut moves it), of which there are few variants. One
    // allocation of a national network costs about a millisecond, an evaluation tens of microseconds (BenchNetwork).
    struct Memo {
        NetworkInput network;
        std::vector<double> capacity;
        int firstYear = 0;
        NetworkAllocation allocation;
    };
    constexpr std::size_t kKept = 8;
    thread_local std::vector<Memo> memos;
    thread_local std::size_t next = 0;
    std::vector<double> capacity = proposedCapacity(r);
    for (const Memo& memo : memos) {
        if (memo.firstYear == r.input.startYear && memo.capacity == capacity && memo.network == r.input.network) {
            return memo.allocation;
        }
    }
    if (memos.size() < kKept) {
        memos.reserve(kKept); // the references handed out stay valid while the memo fills
        memos.emplace_back();
        next = memos.size() - 1;
    }
    Memo& memo = memos[next];
    next = (next + 1) % kKept;
    memo.allocation = allocateNetwork(completeNetwork(r.input.network), *r.network, capacity, r.input.startYear);
    memo.network = r.input.network;
    memo.capacity = std::move(capacity);
    memo.firstYear = r.input.startYear;
    return memo.allocation;
}

} // namespace suanpan
