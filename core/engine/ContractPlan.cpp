#include "OperationsPlan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace suanpan::detail {

namespace {

/**
 * The market price of one effective P·h for segment k when a contract is signed in month t: the segment's price
 * of a card-hour on its best chip divided by the work that card-hour does. A chip not yet in service at t is
 * priced at its first month in service.
 */
double marketPricePerWork(const OperationsPlan& plan, std::size_t k, int t)
{
    const SegmentState& seg = plan.segments[k];
    if (seg.routeCount == 0) {
        return 0.0;
    }
    const Route& best = plan.routes[seg.firstRoute];
    const std::size_t chipCount = plan.chips.size();
    const int month = std::min(plan.months - 1, std::max(t, plan.chips[best.chip].deployMonth));
    const double cardHour = seg.priceLocked ? plan.listPrice[best.chip]
                                            : plan.chipPrice[static_cast<std::size_t>(month) * chipCount + best.chip];
    const auto year = static_cast<std::size_t>(month / 12);
    return cardHour * plan.priceFactor[k * static_cast<std::size_t>(plan.years) + year] * best.hoursPerWork;
}

/**
 * Writes one contract's expected reservation and value, term by term: the first term is signed with the
 * signing probability at its own price (or the market's at signing); each renewal happens with the renewal
 * probability, at the market price when it starts. Within a term the price escalates once a year.
 */
void writeTerms(const RevenueContract& c, std::size_t k, int start, double priceMultiplier, OperationsPlan& plan,
                double* value)
{
    const auto monthCount = static_cast<std::size_t>(plan.months);
    const int termMonths = 12 * c.termYears;
    const double work = c.pflops * kHoursPerMonth;
    double weight = c.signingProbability;
    for (int t = start, term = 0; t < plan.months && termMonths > 0 && weight > 0;
         t += termMonths, ++term, weight *= c.renewalProbability) {
        const double signed_ = term == 0 && c.priceCnyPerPflopsYear > 0
                                   ? c.priceCnyPerPflopsYear * priceMultiplier / 8760.0
                                   : marketPricePerWork(plan, k, t);
        for (int m = t; m < std::min(plan.months, t + termMonths); ++m) {
            const double price = signed_ * std::pow(1.0 + c.escalationPerYear, (m - t) / 12);
            plan.reserved[k * monthCount + static_cast<std::size_t>(m)] += weight * work;
            value[m] += weight * work * price;
        }
        if (c.renewalProbability <= 0) {
            break;
        }
    }
}

} // namespace

void planContracts(const ResolvedScenario& r, const EngineOptions& options, int opening, OperationsPlan& plan)
{
    const Scenario& s = r.input;
    const auto monthCount = static_cast<std::size_t>(plan.months);
    plan.contracts.clear();
    plan.reserved.assign(plan.segments.size() * monthCount, 0.0);
    plan.contractValue.assign(s.contracts.size() * monthCount, 0.0);
    plan.anyContract = false;
    if (s.contracts.empty()) {
        return;
    }
    // Grouped by segment (in the scenario's order within one), so a segment finds its contracts side by side.
    std::vector<std::size_t> order(s.contracts.size());
    std::vector<std::size_t> segmentOf(s.contracts.size());
    for (std::size_t j = 0; j < s.contracts.size(); ++j) {
        const auto found = std::find_if(s.demand.begin(), s.demand.end(),
                                        [&](const DemandSegment& d) { return d.id == s.contracts[j].segment; });
        segmentOf[j] = static_cast<std::size_t>(found - s.demand.begin()); // validated: the segment exists
    }
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return segmentOf[a] < segmentOf[b]; });
    for (std::size_t j : order) {
        const RevenueContract& c = s.contracts[j];
        const std::size_t k = segmentOf[j];
        SegmentState& seg = plan.segments[k];
        if (seg.contractCount == 0) {
            seg.firstContract = plan.contracts.size();
        }
        ++seg.contractCount;
        double* value = plan.contractValue.data() + plan.contracts.size() * monthCount;
        plan.contracts.push_back({k, c.takeOrPayShare});
        writeTerms(c, k, opening + c.monthsAfterOpening, options.priceMultiplier, plan, value);
    }
    plan.anyContract = std::any_of(plan.reserved.begin(), plan.reserved.end(), [](double w) { return w > 0; });
}

} // namespace suanpan::detail
