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
 * One month's greedy fill (methodology §7.5). A chip with no card-hour left is skipped, and so is a segment whose
 * chips all are: they could only add zeros. `open` has a bit per chip-mix entry with card-hours left.
 * Running contracts' reservations are placed first; without contracts (the usual case) their bookkeeping is
 * compiled out. In the forced-utilization mode (§7.6) only the reservations are placed, each running the forced
 * share of itself, and nothing is sold at market: forceMonth sells the rest.
 */
template <bool Contracts> class MonthFill {
public:
    MonthFill(const OperationsPlan& plan, int m, const MonthArrays& a, bool forced)
        : m_plan(plan)
        , m_a(a)
        , m_month(static_cast<std::size_t>(m))
        , m_price(plan.chipPrice.data() + m_month * plan.chips.size())
        , m_priceYear(static_cast<std::size_t>(m / 12))
        , m_open(a.openInService)
    {
        // A plain loop, not copy_n and fill_n: for a few entries a call to memmove and memset costs more than
        // the copy (they were a tenth of the allocation's time).
        for (std::size_t c = 0; c < plan.chips.size(); ++c) {
            a.left[c] = a.capacity[c];
            a.used[c] = 0.0;
        }
        resetSegments(forced);
    }

    /// Running contracts first: each segment's reservation is placed whole and runs what the segment needs (in
    /// the forced mode, `forcedRun` of itself, and what the reservations ran is the mode's demand so far).
    void placeReservations(double forcedRun)
    {
        const bool forced = forcedRun >= 0.0;
        for (std::size_t order = 0; order < m_plan.segments.size(); ++order) {
            const std::size_t k = m_plan.segmentOrder[order];
            const double reserved = reservation(k);
            if (reserved > 0) {
                place(k, reserved, forced ? forcedRun * reserved : std::min(m_a.work[k], reserved), true);
            }
        }
        if (forced) {
            std::copy_n(m_a.served, m_plan.segments.size(), m_a.work);
        }
    }

    /// Then the demand beyond any reservation, segment by segment, at market prices.
    void sellBeyondReservations()
    {
        for (std::size_t order = 0; order < m_plan.segments.size(); ++order) {
            const std::size_t k = m_plan.segmentOrder[order];
            const double rest = std::max(0.0, m_a.work[k] - reservation(k));
            if (rest > 0) {
                place(k, rest, rest, false);
            }
        }
    }

private:
    void resetSegments(bool forced)
    {
        const MonthArrays& a = m_a;
        for (std::size_t k = 0; k < m_plan.segments.size(); ++k) {
            a.work[k] =
                forced ? 0.0 : m_plan.captured[k * static_cast<std::size_t>(m_plan.months) + m_month] * a.uplift[k];
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
    }

    double reservation(std::size_t k) const
    {
        if constexpr (Contracts) {
            return m_plan.reserved[k * static_cast<std::size_t>(m_plan.months) + m_month];
        }
        return 0.0;
    }

    /// Fills `target` P·h of segment k on its routes, best chip first. For a contract's reservation the segment
    /// runs `needed` of it (up to the whole); the rest is reserved and idle, and the contracts pay for it what
    /// their take-or-pay share says.
    void place(std::size_t k, double target, double needed, bool contract)
    {
        const SegmentState& seg = m_plan.segments[k];
        if ((seg.chipMask & m_open) == 0) {
            return;
        }
        const bool reserving = Contracts && contract;
        if (reserving) {
            std::fill_n(m_a.routeHours + seg.firstRoute, seg.routeCount, 0.0);
        }
        double* left = m_a.left;
        double remaining = target;
        double servedWork = 0;
        double cardHoursUsed = 0;
        double earned = 0;
        const double* segmentPrice = seg.priceLocked ? m_plan.listPrice.data() : m_price;
        const Route* routes = m_plan.routes.data();
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
                m_open &= ~(std::uint64_t{1} << c);
            }
            if (reserving) {
                m_a.routeHours[static_cast<std::size_t>(route - routes)] = cardHours;
            } else {
                m_a.used[c] += cardHours;
            }
            remaining = fits ? 0.0 : remaining - delivered;
            servedWork += delivered;
            cardHoursUsed += cardHours;
            earned += cardHours * segmentPrice[c];
        }
        if (reserving) {
            runReservation(k, servedWork / target, needed, servedWork, cardHoursUsed);
        } else {
            m_a.revenue[k] += earned * m_plan.priceFactor[k * static_cast<std::size_t>(m_plan.years) + m_priceYear];
        }
        m_a.served[k] += servedWork;
        m_a.segmentCardHours[k] += cardHoursUsed;
    }

    /// The segment runs what it needs on its placed reservation, the same share on every chip; the contracts are
    /// paid, and the served work and card-hours are cut to what ran.
    void runReservation(std::size_t k, double placed, double needed, double& servedWork, double& cardHoursUsed)
    {
        const SegmentState& seg = m_plan.segments[k];
        const double run = servedWork > 0 ? std::min(needed, servedWork) / servedWork : 0.0;
        for (std::size_t j = seg.firstRoute; j < seg.firstRoute + seg.routeCount; ++j) {
            m_a.used[m_plan.routes[j].chip] += m_a.routeHours[j] * run;
        }
        payContracts(m_plan, k, m_month, placed, run, m_a);
        m_a.contracted[k] += servedWork;
        m_a.reservedIdle[k] += cardHoursUsed * (1.0 - run);
        servedWork *= run;
        cardHoursUsed *= run;
    }

    const OperationsPlan& m_plan;
    const MonthArrays& m_a;
    const std::size_t m_month;
    const double* m_price; ///< this month's market price per card-hour, per chip
    const std::size_t m_priceYear;
    std::uint64_t m_open;
};

template <bool Contracts> void fill(const OperationsPlan& plan, int m, const MonthArrays& a, double forcedRun = -1.0)
{
    MonthFill<Contracts> month(plan, m, a, forcedRun >= 0.0);
    if constexpr (Contracts) {
        month.placeReservations(forcedRun);
        if (forcedRun >= 0.0) {
            return;
        }
    }
    month.sellBeyondReservations();
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
