#include "MonthAllocation.h"

#include <algorithm>

namespace suanpan::detail {

namespace {

/**
 * What segment k's contracts pay in a month: each its reservation's value, for the share of the reservation that
 * could be placed on chips, times the share used or its take-or-pay share, whichever is more.
 */
void payContracts(const OperationsPlan& plan, std::size_t k, std::size_t m, double placed, double run,
                  const MonthArrays& a)
{
    const SegmentState& seg = plan.segments[k];
    const auto monthCount = static_cast<std::size_t>(plan.months);
    for (std::size_t j = seg.firstContract; j < seg.firstContract + seg.contractCount; ++j) {
        const double value = plan.contractValue[j * monthCount + m] * placed;
        const double paidShare = std::max(run, plan.contracts[j].takeOrPayShare);
        a.contractRevenue[k] += value * paidShare;
        a.revenue[k] += value * paidShare;
        a.takeOrPay[k] += value * (paidShare - run);
    }
}

/**
 * The greedy fill of methodology §7.5. A chip with no card-hour left is skipped, and so is a segment whose
 * chips all are: they could only add zeros. `open` has a bit per chip-mix entry with card-hours left.
 * Running contracts' reservations are placed first; without contracts (the usual case) their bookkeeping is
 * compiled out. With `forcedRun` ≥ 0 (the forced-utilization mode, §7.6) only the reservations are placed, each
 * running that share of itself, and nothing is sold at market: forceMonth sells the rest.
 */
template <bool Contracts> void fill(const OperationsPlan& plan, int m, const MonthArrays& a, double forcedRun = -1.0)
{
    const std::size_t chipCount = plan.chips.size();
    const std::size_t segmentCount = plan.segments.size();
    const auto monthCount = static_cast<std::size_t>(plan.months);
    const auto yearCount = static_cast<std::size_t>(plan.years);
    const auto mi = static_cast<std::size_t>(m);
    const auto y = static_cast<std::size_t>(m / 12);
    const double* price = plan.chipPrice.data() + mi * chipCount;
    const double* listPrice = plan.listPrice.data();
    const Route* routes = plan.routes.data();
    double* left = a.left;
    double* used = a.used;
    // A plain loop, not copy_n and fill_n: for a few entries a call to memmove and memset costs more than the
    // copy (they were a tenth of the allocation's time).
    for (std::size_t c = 0; c < chipCount; ++c) {
        left[c] = a.capacity[c];
        used[c] = 0.0;
    }
    std::uint64_t open = a.openInService;

    // Fills `target` P·h of segment k on its routes, best chip first. For a contract's reservation the segment
    // runs `needed` of it (up to the whole); the rest is reserved and idle, and the contracts pay for it what
    // their take-or-pay share says.
    auto place = [&](std::size_t k, double target, double needed, bool contract) {
        const SegmentState& seg = plan.segments[k];
        if ((seg.chipMask & open) == 0) {
            return;
        }
        const bool reserving = Contracts && contract;
        if (reserving) {
            std::fill_n(a.routeHours + seg.firstRoute, seg.routeCount, 0.0);
        }
        double remaining = target;
        double servedWork = 0;
        double cardHoursUsed = 0;
        double earned = 0;
        const double* segmentPrice = seg.priceLocked ? listPrice : price;
        const Route* route = routes + seg.firstRoute;
        for (const Route* end = route + seg.routeCount; route != end && remaining > 0; ++route) {
            const std::size_t c = route->chip;
            if (left[c] <= 0) {
                continue;
            }
            // Either what remains fits in the chip's card-hours left, or the chip is filled.
            const double wanted = remaining * route->hoursPerWork;
            const bool fits = wanted < left[c];
            const double cardHours = fits ? wanted : left[c];
            const double delivered = fits ? remaining : cardHours * route->rate;
            left[c] = fits ? left[c] - cardHours : 0.0;
            if (!fits && c < 64) {
                open &= ~(std::uint64_t{1} << c);
            }
            if (reserving) {
                a.routeHours[static_cast<std::size_t>(route - routes)] = cardHours;
            } else {
                used[c] += cardHours;
            }
            remaining = fits ? 0.0 : remaining - delivered;
            servedWork += delivered;
            cardHoursUsed += cardHours;
            earned += cardHours * segmentPrice[c];
        }
        if (reserving) {
            // The segment runs what it needs on its reservation, the same share on every chip.
            const double run = servedWork > 0 ? std::min(needed, servedWork) / servedWork : 0.0;
            for (std::size_t j = seg.firstRoute; j < seg.firstRoute + seg.routeCount; ++j) {
                used[routes[j].chip] += a.routeHours[j] * run;
            }
            payContracts(plan, k, mi, servedWork / target, run, a);
            a.contracted[k] += servedWork;
            a.reservedIdle[k] += cardHoursUsed * (1.0 - run);
            servedWork *= run;
            cardHoursUsed *= run;
        } else {
            a.revenue[k] += earned * plan.priceFactor[k * yearCount + y];
        }
        a.served[k] += servedWork;
        a.segmentCardHours[k] += cardHoursUsed;
    };
    const double* reserved = plan.reserved.data() + mi;
    auto reservation = [&](std::size_t k) { return Contracts ? reserved[k * monthCount] : 0.0; };

    const bool forced = forcedRun >= 0.0;
    for (std::size_t k = 0; k < segmentCount; ++k) {
        a.work[k] = forced ? 0.0 : plan.captured[k * monthCount + mi] * a.uplift[k];
        a.served[k] = 0;
        a.segmentCardHours[k] = 0;
        a.revenue[k] = 0;
        if constexpr (Contracts) {
            a.reservedIdle[k] = 0;
            a.takeOrPay[k] = 0;
            a.contracted[k] = 0;
            a.contractRevenue[k] = 0;
        }
    }
    if constexpr (Contracts) {
        // Running contracts first: each segment's reservation is placed whole and runs what the segment needs.
        for (std::size_t order = 0; order < segmentCount; ++order) {
            const std::size_t k = plan.segmentOrder[order];
            if (reservation(k) > 0) {
                const double needed = forced ? forcedRun * reservation(k) : std::min(a.work[k], reservation(k));
                place(k, reservation(k), needed, true);
            }
        }
        if (forced) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                a.work[k] = a.served[k]; // what the reservations ran is the forced mode's demand so far
            }
            return;
        }
    }
    // Then the demand beyond any reservation, segment by segment, at market prices.
    for (std::size_t order = 0; order < segmentCount; ++order) {
        const std::size_t k = plan.segmentOrder[order];
        const double rest = std::max(0.0, a.work[k] - reservation(k));
        if (rest > 0) {
            place(k, rest, rest, false);
        }
    }
}

} // namespace

void allocateMonth(const OperationsPlan& plan, int m, const MonthArrays& a)
{
    if (plan.anyContract) {
        fill<true>(plan, m, a);
    } else {
        fill<false>(plan, m, a);
    }
}

void forceMonth(const OperationsPlan& plan, int m, double forcedUtilization, double availability, const MonthArrays& a)
{
    const std::size_t chipCount = plan.chips.size();
    const std::size_t segmentCount = plan.segments.size();
    const auto yearCount = static_cast<std::size_t>(plan.years);
    const auto mi = static_cast<std::size_t>(m);
    const auto y = static_cast<std::size_t>(m / 12);
    const double* price = plan.chipPrice.data() + mi * chipCount;
    if (plan.anyContract) {
        // Reservations first, each running the forced share and paid as its contracts say (§7.5, §7.6).
        fill<true>(plan, m, a, forcedUtilization);
    } else {
        for (std::size_t c = 0; c < chipCount; ++c) {
            a.left[c] = a.capacity[c];
            a.used[c] = 0.0;
        }
        std::fill_n(a.work, segmentCount, 0.0);
        std::fill_n(a.served, segmentCount, 0.0);
        std::fill_n(a.segmentCardHours, segmentCount, 0.0);
        std::fill_n(a.revenue, segmentCount, 0.0);
    }
    // Every card-hour not reserved is busy the forced share, sold at market to the first segment that can use it.
    for (std::size_t c = 0; c < chipCount; ++c) {
        const double busy = std::min(a.left[c], forcedUtilization * (a.left[c] / availability));
        a.used[c] += busy;
        for (std::size_t order = 0; order < segmentCount; ++order) {
            const std::size_t k = plan.segmentOrder[order];
            const double rate = plan.rate[k * chipCount + c];
            if (rate > 0) {
                a.work[k] += busy * rate;
                a.served[k] += busy * rate;
                a.segmentCardHours[k] += busy;
                const double market = plan.segments[k].priceLocked ? plan.listPrice[c] : price[c];
                a.revenue[k] += busy * market * plan.priceFactor[k * yearCount + y];
                break;
            }
        }
    }
}

} // namespace suanpan::detail
