#include "EngineInternal.h"
#include "MonthAllocation.h"
#include "OperationsPlan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace suanpan::detail {

namespace {

/**
 * Storage of the monthly operation, kept per thread: repeated evaluations (a Monte Carlo run, a break-even
 * search) reuse it instead of allocating it again, which was a tenth of an evaluation's time.
 */
struct Workspace {
    OperationsPlan plan;
    MonthlyUse use;
    std::vector<std::size_t> byDeployment; ///< chip-mix entries in order of deployment
    std::vector<std::size_t> byRetirement; ///< entries that leave service before the horizon, in that order
    // One month, per chip-mix entry.
    std::vector<double> capacity, left, used;
    // One month, per segment.
    std::vector<double> coverage, uplift, retained, fill, work, served, segmentCardHours, revenue, userCapLeft, allowed;
    std::vector<int> capBinding; // not char: a char store may alias every pointer of the loop
    // Take-or-pay: per segment, card-hours reserved but idle and what is paid for them; per route, the
    // card-hours a contracted segment reserved on it.
    std::vector<double> reservedIdle, takeOrPay, contracted, contractRevenue, routeHours;
    // The current year's sums, per segment and per chip, written to the results at the year's end.
    std::vector<double> yearDemand, yearServed, yearCardHours, yearRevenue, yearVoucher, yearUsed;
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

} // namespace

void simulateOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                        Results& results)
{
    const Scenario& s = r.input;
    const int months = s.horizonMonths();
    const int years = s.horizonYears;
    const std::size_t chipCount = s.chipMix.size();
    const std::size_t segmentCount = s.demand.size();
    const int opening = capex.openingMonth;
    const double availability = r.redundancy.availability;

    Workspace& w = workspace();
    OperationsPlan& plan = w.plan;
    planOperations(r, options, opening, plan);
    const std::vector<ChipState>& chips = plan.chips;
    const std::vector<SegmentState>& segments = plan.segments;
    const auto monthCount = static_cast<std::size_t>(months);
    const auto yearCount = static_cast<std::size_t>(years);

    // --- Results storage (resized in place, so that a reused Results keeps its allocations).
    const bool details = options.details;
    results.years.assign(yearCount, YearResult{});
    results.segments.resize(details ? segmentCount : 0);
    for (std::size_t k = 0; k < results.segments.size(); ++k) {
        SegmentResult& out = results.segments[k];
        out.id = s.demand[k].id;
        out.name = s.demand[k].name;
        for (auto* series : {&out.demandPflopsHours, &out.servedPflopsHours, &out.cardHours, &out.revenue,
                             &out.voucherSpend, &out.effectiveCapacityPflopsHours}) {
            zeros(*series, yearCount);
        }
    }
    results.chips.resize(chipCount);
    for (std::size_t c = 0; c < chipCount; ++c) {
        ChipResult& out = results.chips[c];
        out.chipId = s.chipMix[c].chipId;
        out.name = r.chips[c].name;
        for (auto* series : {&out.cardHoursInstalled, &out.cardHoursUsed, &out.utilization}) {
            zeros(*series, yearCount);
        }
    }
    for (auto* monthly : {&results.monthlyUtilization, &results.monthlyPue, &results.monthlyDemandPflops,
                          &results.monthlyServedPflops}) {
        zeros(*monthly, details ? monthCount : 0);
    }

    // --- Scratch for one month, and the monthly use handed to the accounts.
    for (auto* scratch : {&w.capacity, &w.left, &w.used, &w.yearUsed}) {
        scratch->assign(chipCount, 0.0);
    }
    w.uplift.assign(segmentCount, 1.0);
    w.retained.assign(segmentCount, 0.0);
    w.fill.assign(segmentCount, 0.0);
    for (auto* scratch : {&w.coverage, &w.work, &w.served, &w.segmentCardHours, &w.revenue, &w.userCapLeft, &w.allowed,
                          &w.yearDemand, &w.yearServed, &w.yearCardHours, &w.yearRevenue, &w.yearVoucher}) {
        scratch->assign(segmentCount, 0.0);
    }
    w.capBinding.assign(segmentCount, 0);
    w.reservedIdle.assign(segmentCount, 0.0);
    w.takeOrPay.assign(segmentCount, 0.0);
    w.contracted.assign(segmentCount, 0.0);
    w.contractRevenue.assign(segmentCount, 0.0);
    w.routeHours.assign(plan.routes.size(), 0.0);
    MonthlyUse& use = w.use;
    for (auto* series : {&use.installedCardHours, &use.usedCardHours, &use.usedPflopsHoursFp16, &use.idleKw,
                         &use.loadKw, &use.maxKw, &use.demandPflopsHours, &use.servedPflopsHours}) {
        series->resize(monthCount);
    }
    for (auto* series : {&use.cards, &use.servers, &use.racksBuilt, &use.racksFilled}) {
        series->resize(monthCount);
    }
    // The loop works on plain arrays: none of these is resized before it ends.
    double* const capacity = w.capacity.data();
    double* const left = w.left.data();
    double* const used = w.used.data();
    double* const coverage = w.coverage.data();
    double* const work = w.work.data();
    double* const served = w.served.data();
    double* const segmentCardHours = w.segmentCardHours.data();
    double* const revenue = w.revenue.data();
    double* const userCapLeft = w.userCapLeft.data();
    double* const allowed = w.allowed.data();
    double* const uplift = w.uplift.data();
    double* const retained = w.retained.data();
    double* const fill = w.fill.data();
    int* const capBinding = w.capBinding.data();
    double* const reservedIdle = w.reservedIdle.data();
    double* const takeOrPay = w.takeOrPay.data();
    double* const contracted = w.contracted.data();
    double* const contractRevenue = w.contractRevenue.data();
    double* const routeHours = w.routeHours.data();
    double* const yearDemand = w.yearDemand.data();
    double* const yearServed = w.yearServed.data();
    double* const yearCardHours = w.yearCardHours.data();
    double* const yearRevenue = w.yearRevenue.data();
    double* const yearVoucher = w.yearVoucher.data();
    double* const yearUsed = w.yearUsed.data();
    double budgetLeft = 0;

    const VoucherProgram& vouchers = s.policies.vouchers;
    const double fullUplift = voucherUplift(vouchers.coverage, vouchers.elasticity);
    // A segment's voucher coverage and the demand uplift it brings: through price, or what earlier vouchers
    // left of it in trial users who stayed, whichever is more (methodology §7.4). The users who stayed are a share
    // of the demand there was when they came (`retained` is counted at a full fill), so during the ramp they are
    // a larger share of this month's demand than later.
    auto cover = [&](std::size_t k, double share) {
        coverage[k] = share;
        const double priceUplift = share <= 0                   ? 1.0
                                   : share == vouchers.coverage ? fullUplift
                                                                : voucherUplift(share, vouchers.elasticity);
        uplift[k] = std::max(priceUplift, fill[k] > 0 ? 1.0 + retained[k] / fill[k] : 1.0);
    };
    // A bit per chip-mix entry in service with card-hours to offer (bits of entries past 64 are always set).
    std::uint64_t openInService = ~std::uint64_t{0};
    for (std::size_t c = 0; c < std::min<std::size_t>(chipCount, 64); ++c) {
        openInService &= ~(std::uint64_t{1} << c);
    }
    // The month's allocation (MonthAllocation.cpp) works on these arrays.
    MonthArrays month{capacity,         left,    used,         uplift,    work,       served,
                      segmentCardHours, revenue, reservedIdle, takeOrPay, contracted, contractRevenue,
                      routeHours,       0};
    auto allocate = [&](int m) {
        month.openInService = openInService;
        allocateMonth(plan, m, month);
    };
    auto force = [&](int m) {
        month.openInService = openInService;
        forceMonth(plan, m, options.forcedUtilization, availability, month);
    };

    // Vouchers pay a share of eligible bills until a segment's user cap or the year's budget runs out. In
    // the month a limit binds, each segment's coverage is lowered until its spend equals its part of what
    // is left (found by fixed-point iteration, re-allocating each time since a lower coverage means less
    // demand uplift); after that month nothing is paid until the limits reset.
    auto limitVoucherSpend = [&](int m) {
        if (std::none_of(coverage, coverage + segmentCount, [](double share) { return share > 0; })) {
            return;
        }
        double nominal = 0;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            nominal += coverage[k] * revenue[k];
        }
        bool binding = nominal > budgetLeft;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            const double spend = coverage[k] * revenue[k];
            const double budgetPart = nominal > 0 ? budgetLeft * spend / nominal : 0.0;
            allowed[k] = std::min(spend, std::max(0.0, budgetPart));
            capBinding[k] = segments[k].userCapCny > 0 && userCapLeft[k] < allowed[k];
            if (capBinding[k]) {
                allowed[k] = std::max(0.0, userCapLeft[k]);
            }
            binding = binding || allowed[k] < spend;
        }
        for (int iteration = 0; binding && iteration < 8; ++iteration) {
            bool converged = true;
            for (std::size_t k = 0; k < segmentCount; ++k) {
                const double spend = coverage[k] * revenue[k];
                if (coverage[k] > 0 && std::abs(spend - allowed[k]) > 1e-4 * std::max(1.0, allowed[k])) {
                    cover(k, spend > 0 ? std::min(vouchers.coverage, coverage[k] * allowed[k] / spend) : 0.0);
                    converged = false;
                }
            }
            if (converged) {
                break;
            }
            allocate(m);
        }
    };

    // Chip-mix entries in order of deployment: the cards in service change only when the next one arrives.
    std::vector<std::size_t>& byDeployment = w.byDeployment;
    byDeployment.resize(chipCount);
    std::iota(byDeployment.begin(), byDeployment.end(), std::size_t{0});
    std::stable_sort(byDeployment.begin(), byDeployment.end(),
                     [&chips](std::size_t a, std::size_t b) { return chips[a].deployMonth < chips[b].deployMonth; });
    // Entries that leave service before the horizon (a refresh into another chip), in order of retirement.
    std::vector<std::size_t>& byRetirement = w.byRetirement;
    byRetirement.clear();
    for (std::size_t c = 0; c < chipCount; ++c) {
        if (chips[c].retireMonth < months) {
            byRetirement.push_back(c);
        }
    }
    std::stable_sort(byRetirement.begin(), byRetirement.end(),
                     [&chips](std::size_t a, std::size_t b) { return chips[a].retireMonth < chips[b].retireMonth; });
    std::size_t retired = 0;   // the first entries of byRetirement
    std::size_t inService = 0; // the first entries of byDeployment
    double installedCardHours = 0;
    double idleKw = 0;
    double maxKw = 0;
    int cards = 0;
    int servers = 0;
    int racksBuilt = 0;
    int racksFilled = 0;
    bool anyVoucher = false;
    bool closedLastMonth = false; // whether last month had no voucher budget open
    for (const SegmentState& segment : segments) {
        anyVoucher = anyVoucher || segment.voucherEligible;
    }

    for (int m = 0; m < months; ++m) {
        const int y = m / 12;
        const auto yi = static_cast<std::size_t>(y);
        const auto mi = static_cast<std::size_t>(m);
        YearResult& year = results.years[yi];
        racksBuilt += plan.racksBuiltFrom[mi];
        racksFilled += plan.racksFilledFrom[mi];
        for (; inService < chipCount && chips[byDeployment[inService]].deployMonth <= m; ++inService) {
            const std::size_t c = byDeployment[inService];
            const ChipState& chip = chips[c];
            capacity[c] = chip.installedCardHours * availability;
            if (c < 64 && capacity[c] > 0) {
                openInService |= std::uint64_t{1} << c;
            }
            installedCardHours += chip.installedCardHours;
            idleKw += chip.servers * chip.serverIdleKw;
            maxKw += chip.servers * chip.serverMaxKw;
            cards += chip.cards;
            servers += chip.servers;
        }
        for (; retired < byRetirement.size() && chips[byRetirement[retired]].retireMonth <= m; ++retired) {
            const std::size_t c = byRetirement[retired];
            const ChipState& chip = chips[c];
            capacity[c] = 0.0;
            if (c < 64) {
                openInService &= ~(std::uint64_t{1} << c);
            }
            installedCardHours -= chip.installedCardHours;
            idleKw -= chip.servers * chip.serverIdleKw;
            maxKw -= chip.servers * chip.serverMaxKw;
            cards -= chip.cards;
            servers -= chip.servers;
        }

        // Voucher limits are annual: reset at the start of each project year.
        if (m % 12 == 0) {
            budgetLeft = vouchers.annualBudgetCny;
            for (std::size_t k = 0; k < segmentCount; ++k) {
                userCapLeft[k] = segments[k].userCapCny;
            }
        }
        const bool voucherYear = y + 1 >= vouchers.startYear && y + 1 < vouchers.startYear + vouchers.years;
        // Conditions combined without branches (& and |, not && and ||): which way a cap goes changes from month
        // to month, and a mispredicted branch costs more than evaluating every condition.
        const bool budgetOpen = voucherYear & (budgetLeft > 0.0);
        // Without a budget every coverage is 0. After a month like that, nothing the loop reads has changed
        // (retained uplift grows only under coverage), so it would write what is there already.
        // While a segment still ramps up, the trial users who stayed are a changing share of its demand.
        const bool coverageUnchanged = !budgetOpen && closedLastMonth && m >= plan.rampsEnd;
        if (anyVoucher && m <= plan.rampsEnd) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                fill[k] = fillAt(plan, segments[k], m);
            }
        }
        closedLastMonth = !budgetOpen;
        if (anyVoucher && !coverageUnchanged) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                const SegmentState& segment = segments[k];
                const bool capLeft = (segment.userCapCny <= 0) | (userCapLeft[k] > 0.0);
                // A segment holding a reservation pays its contracts, not a price vouchers could lower.
                const bool underContract = plan.reserved[k * monthCount + mi] > 0.0;
                const bool eligible = segment.voucherEligible & !underContract;
                cover(k, eligible & budgetOpen & capLeft ? vouchers.coverage : 0.0);
            }
        }

        std::fill_n(capBinding, segmentCount, 0);
        if (options.forcedUtilization >= 0.0) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                cover(k, 0.0);
            }
            force(m);
        } else {
            allocate(m);
            limitVoucherSpend(m);
        }

        // --- Use of the cards in service (methodology §7.7): what the accounts need of it.
        double cardHoursUsed = 0;
        double fp16Used = 0;
        double loadKw = 0;
        for (std::size_t i = 0; i < inService; ++i) {
            const std::size_t c = byDeployment[i];
            cardHoursUsed += used[c];
            fp16Used += used[c] * chips[c].pflopsFp16;
            loadKw += used[c] * chips[c].loadKwPerCardHour;
            yearUsed[c] += used[c];
        }

        // --- Revenue, demand and vouchers.
        double monthDemand = 0;
        double monthServed = 0;
        // Without vouchers this month every voucher sum below would only add zeros.
        const bool voucherMonth =
            std::any_of(coverage, coverage + segmentCount, [](double share) { return share > 0; });
        // The year's revenue and voucher spend are summed in registers, in the same order as in memory: a sum
        // kept in memory waits on its own store at every step.
        double revenueSum = year.revenue;
        double voucherSum = year.voucherSpend;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            if (details) {
                yearDemand[k] += work[k];
                yearServed[k] += served[k];
                yearCardHours[k] += segmentCardHours[k];
                yearRevenue[k] += revenue[k];
            }
            revenueSum += revenue[k];
            monthDemand += work[k];
            monthServed += served[k];
            if (voucherMonth) {
                const double voucher = coverage[k] * revenue[k];
                if (details) {
                    yearVoucher[k] += voucher;
                }
                budgetLeft -= voucher;
                userCapLeft[k] = capBinding[k] ? 0.0 : userCapLeft[k] - voucher;
                if (coverage[k] > 0) {
                    retained[k] = std::max(retained[k], vouchers.conversionShare * (uplift[k] - 1.0) * fill[k]);
                }
                voucherSum += voucher;
            }
        }
        year.revenue = revenueSum;
        year.voucherSpend = voucherSum;
        if (plan.anyContract) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                year.takeOrPayRevenue += takeOrPay[k];
                year.reservedIdleCardHours += reservedIdle[k];
                year.contractedPflopsHours += contracted[k];
                year.contractRevenue += contractRevenue[k];
            }
        }
        if (budgetLeft < 1e-3 * vouchers.annualBudgetCny) {
            budgetLeft = 0.0; // spent to within 0.1%: the rest is not worth another month of vouchers
        }

        use.installedCardHours[mi] = installedCardHours;
        use.usedCardHours[mi] = cardHoursUsed;
        use.usedPflopsHoursFp16[mi] = fp16Used;
        use.idleKw[mi] = idleKw;
        use.loadKw[mi] = loadKw;
        use.maxKw[mi] = maxKw;
        use.demandPflopsHours[mi] = monthDemand;
        use.servedPflopsHours[mi] = monthServed;
        use.cards[mi] = cards;
        use.servers[mi] = servers;
        use.racksBuilt[mi] = racksBuilt;
        use.racksFilled[mi] = racksFilled;

        // The year's per-segment and per-chip sums.
        if (m % 12 == 11 || m + 1 == months) {
            for (std::size_t k = 0; k < results.segments.size(); ++k) {
                SegmentResult& out = results.segments[k];
                out.demandPflopsHours[yi] = std::exchange(yearDemand[k], 0.0);
                out.servedPflopsHours[yi] = std::exchange(yearServed[k], 0.0);
                out.cardHours[yi] = std::exchange(yearCardHours[k], 0.0);
                out.revenue[yi] = std::exchange(yearRevenue[k], 0.0);
                out.voucherSpend[yi] = std::exchange(yearVoucher[k], 0.0);
            }
            for (std::size_t c = 0; c < chipCount; ++c) {
                results.chips[c].cardHoursUsed[yi] = std::exchange(yearUsed[c], 0.0);
            }
        }
    }

    // --- Energy, electricity, opex and the monthly series.
    accountOperations(r, options, capex, use, results);

    // --- Year ratios and installed compute at year end.
    summarizeYears(r, plan, results);
}

} // namespace suanpan::detail
