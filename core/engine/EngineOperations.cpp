#include "EngineInternal.h"
#include "MonthAllocation.h"
#include "OperationsPlan.h"
#include "VoucherLedger.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace suanpan::detail {

namespace {

/**
 * The cards in service month by month (methodology §7.1): entries join at deployment and leave at retirement (a
 * refresh into another chip). The totals are what the energy and cost accounts read.
 */
struct CardsInService {
    std::vector<std::size_t> byDeployment; ///< entries in order of deployment; the first `deployed` are in
    std::vector<std::size_t> byRetirement; ///< entries leaving before the horizon; the first `retired` are out
    std::size_t deployed = 0;
    std::size_t retired = 0;
    double installedCardHours = 0;
    double idleKw = 0;
    double maxKw = 0;
    int cards = 0;
    int servers = 0;
    std::uint64_t open = 0; ///< a bit per entry in service with card-hours to offer (entries past 64: always set)

    void reset(const std::vector<ChipState>& chips, int months)
    {
        byDeployment.resize(chips.size());
        std::iota(byDeployment.begin(), byDeployment.end(), std::size_t{0});
        std::stable_sort(byDeployment.begin(), byDeployment.end(), [&chips](std::size_t a, std::size_t b) {
            return chips[a].deployMonth < chips[b].deployMonth;
        });
        byRetirement.clear();
        for (std::size_t c = 0; c < chips.size(); ++c) {
            if (chips[c].retireMonth < months) {
                byRetirement.push_back(c);
            }
        }
        std::stable_sort(byRetirement.begin(), byRetirement.end(), [&chips](std::size_t a, std::size_t b) {
            return chips[a].retireMonth < chips[b].retireMonth;
        });
        deployed = retired = 0;
        installedCardHours = idleKw = maxKw = 0;
        cards = servers = 0;
        open = ~std::uint64_t{0};
        for (std::size_t c = 0; c < std::min<std::size_t>(chips.size(), 64); ++c) {
            open &= ~(std::uint64_t{1} << c);
        }
    }

    /// Puts the entries deployed by month m in service, and takes out those retired by then.
    void advanceTo(int m, const std::vector<ChipState>& chips, double availability, double* capacity)
    {
        for (; deployed < byDeployment.size() && chips[byDeployment[deployed]].deployMonth <= m; ++deployed) {
            const std::size_t c = byDeployment[deployed];
            const ChipState& chip = chips[c];
            capacity[c] = chip.installedCardHours * availability;
            if (c < 64 && capacity[c] > 0) {
                open |= std::uint64_t{1} << c;
            }
            add(chip, 1);
        }
        for (; retired < byRetirement.size() && chips[byRetirement[retired]].retireMonth <= m; ++retired) {
            const std::size_t c = byRetirement[retired];
            capacity[c] = 0.0;
            if (c < 64) {
                open &= ~(std::uint64_t{1} << c);
            }
            add(chips[c], -1);
        }
    }

    void add(const ChipState& chip, int sign)
    {
        installedCardHours += sign * chip.installedCardHours;
        idleKw += sign * (chip.servers * chip.serverIdleKw);
        maxKw += sign * (chip.servers * chip.serverMaxKw);
        cards += sign * chip.cards;
        servers += sign * chip.servers;
    }
};

/**
 * Storage of the monthly operation, kept per thread: repeated evaluations (a Monte Carlo run, a break-even
 * search) reuse it instead of allocating it again, which was a tenth of an evaluation's time.
 */
struct Workspace {
    OperationsPlan plan;
    MonthlyUse use;
    CardsInService service;
    VoucherLedger vouchers;
    // One month, per chip-mix entry.
    std::vector<double> capacity, left, used;
    // One month, per segment: demand, what was served, card-hours, revenue; what contracts reserved, left idle and
    // paid; per route, the card-hours a contract reserved on it.
    std::vector<double> work, served, segmentCardHours, revenue;
    std::vector<double> reservedIdle, takeOrPay, contracted, contractRevenue, routeHours;
    // The current year's sums, per segment and per chip, written to the results at the year's end.
    std::vector<double> yearDemand, yearServed, yearCardHours, yearRevenue, yearVoucher, yearUsed;

    void reset(std::size_t chipCount, std::size_t segmentCount, std::size_t routeCount, std::size_t monthCount)
    {
        for (auto* perChip : {&capacity, &left, &used, &yearUsed}) {
            perChip->assign(chipCount, 0.0);
        }
        for (auto* perSegment :
             {&work, &served, &segmentCardHours, &revenue, &reservedIdle, &takeOrPay, &contracted, &contractRevenue,
              &yearDemand, &yearServed, &yearCardHours, &yearRevenue, &yearVoucher}) {
            perSegment->assign(segmentCount, 0.0);
        }
        routeHours.assign(routeCount, 0.0);
        for (auto* series : {&use.installedCardHours, &use.usedCardHours, &use.usedPflopsHoursFp16, &use.idleKw,
                             &use.loadKw, &use.maxKw, &use.demandPflopsHours, &use.servedPflopsHours}) {
            series->resize(monthCount);
        }
        for (auto* series : {&use.cards, &use.servers, &use.racksBuilt, &use.racksFilled}) {
            series->resize(monthCount);
        }
    }

    /// The month's arrays the allocation (MonthAllocation.cpp) reads and writes.
    MonthArrays monthArrays()
    {
        return {capacity.data(),         left.data(),       used.data(),
                vouchers.uplift(),       work.data(),       served.data(),
                segmentCardHours.data(), revenue.data(),    reservedIdle.data(),
                takeOrPay.data(),        contracted.data(), contractRevenue.data(),
                routeHours.data(),       service.open};
    }
};

Workspace& workspace()
{
    thread_local Workspace w;
    return w;
}

/// Sizes a result series to n zeros, keeping its storage.
void zeros(std::vector<double>& series, std::size_t n)
{
    series.assign(n, 0.0);
}

/// Sizes the results to the scenario, keeping their storage (a reused Results keeps its allocations).
void prepareResults(const ResolvedScenario& r, bool details, Results& results)
{
    const Scenario& s = r.input;
    const auto yearCount = static_cast<std::size_t>(s.horizonYears);
    results.years.assign(yearCount, YearResult{});
    results.segments.resize(details ? s.demand.size() : 0);
    for (std::size_t k = 0; k < results.segments.size(); ++k) {
        SegmentResult& out = results.segments[k];
        out.id = s.demand[k].id;
        out.name = s.demand[k].name;
        for (auto* series : {&out.demandPflopsHours, &out.servedPflopsHours, &out.cardHours, &out.revenue,
                             &out.voucherSpend, &out.effectiveCapacityPflopsHours}) {
            zeros(*series, yearCount);
        }
    }
    results.chips.resize(s.chipMix.size());
    for (std::size_t c = 0; c < s.chipMix.size(); ++c) {
        ChipResult& out = results.chips[c];
        out.chipId = s.chipMix[c].chipId;
        out.name = r.chips[c].name;
        for (auto* series : {&out.cardHoursInstalled, &out.cardHoursUsed, &out.utilization}) {
            zeros(*series, yearCount);
        }
    }
    for (auto* monthly : {&results.monthlyUtilization, &results.monthlyPue, &results.monthlyDemandPflops,
                          &results.monthlyServedPflops}) {
        zeros(*monthly, details ? static_cast<std::size_t>(s.horizonMonths()) : 0);
    }
}

/// The use of the cards in service in month m (methodology §7.7), into the monthly use and the year's sums.
void recordUse(const OperationsPlan& plan, Workspace& w, std::size_t m)
{
    const CardsInService& service = w.service;
    double cardHoursUsed = 0;
    double fp16Used = 0;
    double loadKw = 0;
    for (std::size_t i = 0; i < service.deployed; ++i) {
        const std::size_t c = service.byDeployment[i];
        const double used = w.used[c];
        cardHoursUsed += used;
        fp16Used += used * plan.chips[c].pflopsFp16;
        loadKw += used * plan.chips[c].loadKwPerCardHour;
        w.yearUsed[c] += used;
    }
    MonthlyUse& use = w.use;
    use.installedCardHours[m] = service.installedCardHours;
    use.usedCardHours[m] = cardHoursUsed;
    use.usedPflopsHoursFp16[m] = fp16Used;
    use.idleKw[m] = service.idleKw;
    use.loadKw[m] = loadKw;
    use.maxKw[m] = service.maxKw;
    use.cards[m] = service.cards;
    use.servers[m] = service.servers;
}

/// Month m's demand, service and revenue by segment (methodology §7.5, §7.13), into the year's sums.
void recordSales(const OperationsPlan& plan, Workspace& w, bool details, std::size_t m, YearResult& year)
{
    const std::size_t segmentCount = plan.segments.size();
    double monthDemand = 0;
    double monthServed = 0;
    // The year's revenue is summed in a register, in the same order as in memory: a sum kept in memory waits on
    // its own store at every step.
    double revenueSum = year.revenue;
    for (std::size_t k = 0; k < segmentCount; ++k) {
        if (details) {
            w.yearDemand[k] += w.work[k];
            w.yearServed[k] += w.served[k];
            w.yearCardHours[k] += w.segmentCardHours[k];
            w.yearRevenue[k] += w.revenue[k];
        }
        revenueSum += w.revenue[k];
        monthDemand += w.work[k];
        monthServed += w.served[k];
    }
    year.revenue = revenueSum;
    if (plan.anyContract) {
        for (std::size_t k = 0; k < segmentCount; ++k) {
            year.takeOrPayRevenue += w.takeOrPay[k];
            year.reservedIdleCardHours += w.reservedIdle[k];
            year.contractedPflopsHours += w.contracted[k];
            year.contractRevenue += w.contractRevenue[k];
        }
    }
    w.use.demandPflopsHours[m] = monthDemand;
    w.use.servedPflopsHours[m] = monthServed;
}

/// At a year's end, the year's per-segment and per-chip sums into the results.
void closeYear(Workspace& w, std::size_t y, Results& results)
{
    for (std::size_t k = 0; k < results.segments.size(); ++k) {
        SegmentResult& out = results.segments[k];
        out.demandPflopsHours[y] = std::exchange(w.yearDemand[k], 0.0);
        out.servedPflopsHours[y] = std::exchange(w.yearServed[k], 0.0);
        out.cardHours[y] = std::exchange(w.yearCardHours[k], 0.0);
        out.revenue[y] = std::exchange(w.yearRevenue[k], 0.0);
        out.voucherSpend[y] = std::exchange(w.yearVoucher[k], 0.0);
    }
    for (std::size_t c = 0; c < results.chips.size(); ++c) {
        results.chips[c].cardHoursUsed[y] = std::exchange(w.yearUsed[c], 0.0);
    }
}

} // namespace

void simulateOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                        Results& results)
{
    const Scenario& s = r.input;
    const int months = s.horizonMonths();
    const double availability = r.redundancy.availability;
    const bool details = options.details;
    const bool forced = options.forcedUtilization >= 0.0;

    Workspace& w = workspace();
    OperationsPlan& plan = w.plan;
    planOperations(r, options, capex.openingMonth, plan);
    prepareResults(r, details, results);
    w.reset(plan.chips.size(), plan.segments.size(), plan.routes.size(), static_cast<std::size_t>(months));
    w.service.reset(plan.chips, months);
    w.vouchers.reset(plan, s.policies.vouchers);
    MonthArrays month = w.monthArrays();

    int racksBuilt = 0;
    int racksFilled = 0;
    for (int m = 0; m < months; ++m) {
        const auto mi = static_cast<std::size_t>(m);
        YearResult& year = results.years[mi / 12];

        // Capacity (§7.1): racks ready and filled, cards in service.
        racksBuilt += plan.racksBuiltFrom[mi];
        racksFilled += plan.racksFilledFrom[mi];
        w.use.racksBuilt[mi] = racksBuilt;
        w.use.racksFilled[mi] = racksFilled;
        w.service.advanceTo(m, plan.chips, availability, w.capacity.data());
        month.openInService = w.service.open;

        // Vouchers (§7.4) and the allocation of demand to capacity (§7.5, §7.6).
        w.vouchers.openMonth(plan, m);
        if (forced) {
            w.vouchers.coverNone();
            forceMonth(plan, m, options.forcedUtilization, availability, month);
        } else {
            allocateMonth(plan, m, month);
            w.vouchers.limitSpend(plan, w.revenue.data(), [&] { allocateMonth(plan, m, month); });
        }

        // What the month leaves for the accounts and the year's sums (§7.7, §7.13, §7.14).
        recordUse(plan, w, mi);
        recordSales(plan, w, details, mi, year);
        year.voucherSpend =
            w.vouchers.pay(w.revenue.data(), details ? w.yearVoucher.data() : nullptr, year.voucherSpend);
        if (m % 12 == 11 || m + 1 == months) {
            closeYear(w, mi / 12, results);
        }
    }

    // Energy, electricity, opex and the monthly series; then each year's ratios and installed compute.
    accountOperations(r, options, capex, w.use, results);
    summarizeYears(r, plan, results);
}

} // namespace suanpan::detail
