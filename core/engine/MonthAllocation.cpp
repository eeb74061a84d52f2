#include "MonthAllocation.h"

#include <algorithm>

namespace suanpan::detail {

namespace {

/**
 * The greedy fill of methodology §7.5. A chip with no card-hour left is skipped, and so is a segment whose
 * chips all are: they could only add zeros. `open` has a bit per chip-mix entry with card-hours left.
 * Without contracts (the usual case) their bookkeeping is compiled out.
 */
template <bool Contracts> void fill(const OperationsPlan& plan, int m, const MonthArrays& a)
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
    std::copy_n(a.capacity, chipCount, left);
    std::fill_n(used, chipCount, 0.0);
    std::uint64_t open = a.openInService;
    for (std::size_t order = 0; order < segmentCount; ++order) {
        const std::size_t k = plan.segmentOrder[order];
        const SegmentState& seg = plan.segments[k];
        const double work = plan.captured[k * monthCount + mi] * a.uplift[k];
        a.work[k] = work;
        a.served[k] = 0;
        a.segmentCardHours[k] = 0;
        a.revenue[k] = 0;
        // A take-or-pay contract reserves its volume whether the segment needs it or not.
        bool reserving = false;
        if constexpr (Contracts) {
            reserving = m < seg.contractEnd && seg.contractWork > work;
            a.reservedIdle[k] = 0;
            a.takeOrPay[k] = 0;
        }
        if ((seg.chipMask & open) == 0) {
            continue;
        }
        if constexpr (Contracts) {
            if (reserving) {
                std::fill_n(a.routeHours + seg.firstRoute, seg.routeCount, 0.0);
            }
        }
        double remaining = reserving ? seg.contractWork : work;
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
        a.revenue[k] = earned * plan.priceFactor[k * yearCount + y];
        if constexpr (Contracts) {
            if (reserving) {
                // The segment runs what it needs on its reservation, the same share on every chip; the rest
                // stays idle, paid for all the same.
                const double run = servedWork > 0 ? std::min(work, servedWork) / servedWork : 0.0;
                for (std::size_t j = seg.firstRoute; j < seg.firstRoute + seg.routeCount; ++j) {
                    used[routes[j].chip] += a.routeHours[j] * run;
                }
                a.reservedIdle[k] = cardHoursUsed * (1.0 - run);
                a.takeOrPay[k] = a.revenue[k] * (1.0 - run);
                servedWork *= run;
                cardHoursUsed *= run;
            }
        }
        a.served[k] = servedWork;
        a.segmentCardHours[k] = cardHoursUsed;
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
    std::fill_n(a.work, segmentCount, 0.0);
    std::fill_n(a.served, segmentCount, 0.0);
    std::fill_n(a.segmentCardHours, segmentCount, 0.0);
    std::fill_n(a.revenue, segmentCount, 0.0);
    if (plan.anyContract) {
        std::fill_n(a.reservedIdle, segmentCount, 0.0);
        std::fill_n(a.takeOrPay, segmentCount, 0.0);
    }
    for (std::size_t c = 0; c < chipCount; ++c) {
        const double busy = std::min(a.capacity[c], forcedUtilization * (a.capacity[c] / availability));
        a.used[c] = busy;
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
