#include "EngineInternal.h"
#include "OperationsPlan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace suanpan::detail {

namespace {

/**
 * Storage of the monthly operation, kept per thread: repeated evaluations (a Monte Carlo run, a break-even
 * search) reuse it instead of allocating it again, which was a tenth of an evaluation's time.
 */
struct Workspace {
    OperationsPlan plan;
    // One month, per chip-mix entry.
    std::vector<double> capacity, left, used;
    // One month, per segment.
    std::vector<double> coverage, work, served, segmentCardHours, revenue, userCapLeft, allowed;
    std::vector<char> capBinding;
    // The current year's sums, per segment and per chip, written to the results at the year's end.
    std::vector<double> yearDemand, yearServed, yearCardHours, yearRevenue, yearVoucher;
    std::vector<double> yearInstalled, yearUsed;
    std::vector<double> inflationByYear, escalationByYear;
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
    results.years.assign(yearCount, YearResult{});
    results.segments.resize(segmentCount);
    for (std::size_t k = 0; k < segmentCount; ++k) {
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
    for (auto* series : {&results.monthlyUtilization, &results.monthlyPue, &results.monthlyDemandPflops,
                         &results.monthlyServedPflops}) {
        zeros(*series, monthCount);
    }

    // --- Scratch for one month.
    for (auto* scratch : {&w.capacity, &w.left, &w.used, &w.yearInstalled, &w.yearUsed}) {
        scratch->assign(chipCount, 0.0);
    }
    for (auto* scratch : {&w.coverage, &w.work, &w.served, &w.segmentCardHours, &w.revenue, &w.userCapLeft, &w.allowed,
                          &w.yearDemand, &w.yearServed, &w.yearCardHours, &w.yearRevenue, &w.yearVoucher}) {
        scratch->assign(segmentCount, 0.0);
    }
    w.capBinding.assign(segmentCount, 0);
    std::vector<double>& capacity = w.capacity;
    std::vector<double>& left = w.left;
    std::vector<double>& used = w.used;
    std::vector<double>& coverage = w.coverage;
    std::vector<double>& work = w.work;
    std::vector<double>& served = w.served;
    std::vector<double>& segmentCardHours = w.segmentCardHours;
    std::vector<double>& revenue = w.revenue;
    std::vector<double>& userCapLeft = w.userCapLeft;
    double budgetLeft = 0;

    const VoucherProgram& vouchers = s.policies.vouchers;
    const double fullUplift = voucherUplift(vouchers.coverage, vouchers.elasticity);
    // Allocates the month's demand to capacity with the current voucher coverage (methodology §7.5). A chip
    // with no card-hour left is skipped, and so is a segment whose chips all are: they could only add zeros.
    // `open` has a bit per chip-mix entry with card-hours left (entries past 64 are always looked at).
    auto allocate = [&](int m) {
        const auto mi = static_cast<std::size_t>(m);
        const auto y = static_cast<std::size_t>(m / 12);
        std::copy(capacity.begin(), capacity.end(), left.begin());
        std::fill(used.begin(), used.end(), 0.0);
        std::uint64_t open = ~std::uint64_t{0};
        for (std::size_t c = 0; c < std::min<std::size_t>(chipCount, 64); ++c) {
            open &= left[c] > 0 ? ~std::uint64_t{0} : ~(std::uint64_t{1} << c);
        }
        for (std::size_t k : plan.segmentOrder) {
            const SegmentState& seg = segments[k];
            const double uplift = coverage[k] <= 0                   ? 1.0
                                  : coverage[k] == vouchers.coverage ? fullUplift
                                                                     : voucherUplift(coverage[k], vouchers.elasticity);
            work[k] = plan.captured[k * monthCount + mi] * uplift * kHoursPerMonth;
            served[k] = 0;
            segmentCardHours[k] = 0;
            revenue[k] = 0;
            if ((seg.chipMask & open) == 0) {
                continue;
            }
            const double priceFactor = plan.priceFactor[k * yearCount + y];
            double remaining = work[k];
            double servedWork = 0;
            double cardHoursUsed = 0;
            double earned = 0;
            const Route* route = plan.routes.data() + seg.firstRoute;
            for (const Route* end = route + seg.routeCount; route != end && remaining > 0; ++route) {
                const std::size_t c = route->chip;
                if (left[c] <= 0) {
                    continue;
                }
                const double cardHours = std::min(left[c], remaining / route->rate);
                left[c] -= cardHours;
                if (left[c] <= 0 && c < 64) {
                    open &= ~(std::uint64_t{1} << c);
                }
                used[c] += cardHours;
                remaining -= cardHours * route->rate;
                servedWork += cardHours * route->rate;
                cardHoursUsed += cardHours;
                const double market = seg.priceLocked ? plan.listPrice[c] : plan.chipPrice[c * monthCount + mi];
                earned += cardHours * market * priceFactor;
            }
            served[k] = servedWork;
            segmentCardHours[k] = cardHoursUsed;
            revenue[k] = earned;
        }
    };

    // Forced utilization: every card busy the given share, paid at the first segment (in fill order) using it.
    auto force = [&](int m) {
        const auto mi = static_cast<std::size_t>(m);
        const auto y = static_cast<std::size_t>(m / 12);
        std::fill(work.begin(), work.end(), 0.0);
        std::fill(served.begin(), served.end(), 0.0);
        std::fill(segmentCardHours.begin(), segmentCardHours.end(), 0.0);
        std::fill(revenue.begin(), revenue.end(), 0.0);
        for (std::size_t c = 0; c < chipCount; ++c) {
            used[c] = std::min(capacity[c], options.forcedUtilization * (capacity[c] / availability));
            for (std::size_t k : plan.segmentOrder) {
                const double rate = plan.rate[k * chipCount + c];
                if (rate > 0) {
                    work[k] += used[c] * rate;
                    served[k] += used[c] * rate;
                    segmentCardHours[k] += used[c];
                    const double market =
                        segments[k].priceLocked ? plan.listPrice[c] : plan.chipPrice[c * monthCount + mi];
                    revenue[k] += used[c] * market * plan.priceFactor[k * yearCount + y];
                    break;
                }
            }
        }
    };

    // Vouchers pay a share of eligible bills until a segment's user cap or the year's budget runs out. In
    // the month a limit binds, each segment's coverage is lowered until its spend equals its part of what
    // is left (found by fixed-point iteration, re-allocating each time since a lower coverage means less
    // demand uplift); after that month nothing is paid until the limits reset.
    std::vector<double>& allowed = w.allowed;
    std::vector<char>& capBinding = w.capBinding;
    auto limitVoucherSpend = [&](int m) {
        if (std::none_of(coverage.begin(), coverage.end(), [](double share) { return share > 0; })) {
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
                    coverage[k] = spend > 0 ? std::min(vouchers.coverage, coverage[k] * allowed[k] / spend) : 0.0;
                    converged = false;
                }
            }
            if (converged) {
                break;
            }
            allocate(m);
        }
    };

    const PueModel& pue = r.cooling.pue;
    const OperationsInput& ops = s.operations;
    const double staffCost =
        ops.staffCostCnyPerFteYear > 0 ? ops.staffCostCnyPerFteYear : r.region.itWageCnyPerYear * ops.staffOnCostFactor;
    const double greenShare = s.power.greenShare;
    const double blendedTariff =
        (1.0 - greenShare) * r.region.tariffCnyPerKwh + greenShare * s.power.greenPriceCnyPerKwh;
    const double electricitySubsidy = options.withoutPolicies ? 0.0 : s.policies.electricitySubsidy.cnyPerKwh;
    const double fullLoadShare = pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare;
    std::array<double, 12> mechanicalByMonth{};
    for (std::size_t calendarMonth = 0; calendarMonth < 12; ++calendarMonth) {
        mechanicalByMonth[calendarMonth] = pue.mechanicalFraction(r.region.monthlyTempC[calendarMonth]);
    }
    std::vector<double>& inflationByYear = w.inflationByYear;
    std::vector<double>& escalationByYear = w.escalationByYear;
    inflationByYear.assign(yearCount, 1.0);
    escalationByYear.assign(yearCount, 1.0);
    for (std::size_t y = 1; y < yearCount; ++y) {
        inflationByYear[y] = inflationByYear[y - 1] * (1.0 + ops.opexInflationPerYear);
        escalationByYear[y] = escalationByYear[y - 1] * (1.0 + s.power.tariffEscalationPerYear);
    }
    int racksBuilt = 0;
    int racksFilled = 0;

    for (int m = 0; m < months; ++m) {
        const int y = m / 12;
        const auto yi = static_cast<std::size_t>(y);
        const auto mi = static_cast<std::size_t>(m);
        YearResult& year = results.years[yi];
        racksBuilt += plan.racksBuiltFrom[mi];
        racksFilled += plan.racksFilledFrom[mi];
        const double builtDesignKw = racksBuilt * s.racks.designKwPerRack;
        const double inflation = inflationByYear[yi];
        const bool operating = m >= opening;

        // Voucher limits are annual: reset at the start of each project year.
        if (m % 12 == 0) {
            budgetLeft = vouchers.annualBudgetCny;
            for (std::size_t k = 0; k < segmentCount; ++k) {
                userCapLeft[k] = segments[k].userCapCny;
            }
        }
        const bool voucherYear = y + 1 >= vouchers.startYear && y + 1 < vouchers.startYear + vouchers.years;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            const bool capLeft = segments[k].userCapCny <= 0 || userCapLeft[k] > 0.0;
            coverage[k] =
                segments[k].voucherEligible && voucherYear && capLeft && budgetLeft > 0.0 ? vouchers.coverage : 0.0;
        }
        for (std::size_t c = 0; c < chipCount; ++c) {
            capacity[c] = m >= chips[c].deployMonth ? chips[c].cards * kHoursPerMonth * availability : 0.0;
        }

        std::fill(capBinding.begin(), capBinding.end(), 0);
        if (options.forcedUtilization >= 0.0) {
            std::fill(coverage.begin(), coverage.end(), 0.0);
            force(m);
        } else {
            allocate(m);
            limitVoucherSpend(m);
        }

        // --- Use, power and energy.
        double cardHoursInstalled = 0;
        double cardHoursUsed = 0;
        double fp16Used = 0;
        double itKw = 0;
        double itMaxKw = 0;
        int cardsActive = 0;
        int serversActive = 0;
        for (std::size_t c = 0; c < chipCount; ++c) {
            const ChipState& chip = chips[c];
            if (m < chip.deployMonth) {
                continue;
            }
            const double installed = chip.cards * kHoursPerMonth;
            const double share = used[c] / installed;
            cardHoursInstalled += installed;
            cardHoursUsed += used[c];
            fp16Used += used[c] * chip.pflopsFp16;
            itKw += chip.servers * (chip.serverIdleKw + (chip.serverMaxKw - chip.serverIdleKw) * share);
            itMaxKw += chip.servers * chip.serverMaxKw;
            cardsActive += chip.cards;
            serversActive += chip.servers;
            w.yearInstalled[c] += installed;
            w.yearUsed[c] += used[c];
        }
        const double mechanical = mechanicalByMonth[static_cast<std::size_t>(m % 12)];
        const double loadShare = pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare * mechanical;
        const double overheadKw = pue.fixedShare * builtDesignKw + loadShare * itKw;
        const double itKwh = itKw * kHoursPerMonth;
        const double facilityKwh = (itKw + overheadKw) * kHoursPerMonth;
        const double solarKwh = operating ? s.power.solarKwp * r.region.solarYieldKwhPerKwpYear / 12.0 : 0.0;
        const double gridKwh = std::max(0.0, facilityKwh - solarKwh);

        // --- Electricity: energy charge (grid and green), two-part charge, subsidy.
        const double escalation = escalationByYear[yi];
        double electricity = gridKwh * blendedTariff * escalation;
        if (builtDesignKw > 0 && s.power.tariffMode == TariffMode::TwoPartDemand) {
            const double peakKw = itMaxKw + pue.fixedShare * builtDesignKw + loadShare * itMaxKw;
            electricity += peakKw * r.region.demandChargeCnyPerKwMonth * escalation;
        } else if (builtDesignKw > 0 && s.power.tariffMode == TariffMode::TwoPartCapacity) {
            const double transformerKva = builtDesignKw * (1.0 + pue.fixedShare + fullLoadShare) / s.power.powerFactor;
            electricity += transformerKva * r.region.capacityChargeCnyPerKvaMonth * escalation;
        }
        const bool subsidized = operating && m < opening + s.policies.electricitySubsidy.years * 12;
        const double subsidy = subsidized ? gridKwh * electricitySubsidy : 0.0;

        // --- Opex.
        auto& opex = year.opex;
        opex[static_cast<std::size_t>(OpexItem::Electricity)] += electricity - subsidy;
        if (operating) {
            opex[static_cast<std::size_t>(OpexItem::Staff)] += ops.staffCount * staffCost * inflation / 12.0;
            opex[static_cast<std::size_t>(OpexItem::Bandwidth)] += ops.bandwidthCnyPerYear * inflation / 12.0;
            opex[static_cast<std::size_t>(OpexItem::Other)] += ops.otherOpexCnyPerYear * inflation / 12.0;
        }
        opex[static_cast<std::size_t>(OpexItem::Software)] +=
            ops.softwareCnyPerCardYear * cardsActive * inflation / 12.0;
        const double itCapex = capex.installedItCapex[mi];
        const double facilityCapex = capex.readyFacilityCapex[mi];
        opex[static_cast<std::size_t>(OpexItem::Maintenance)] +=
            (ops.itMaintenanceShare * itCapex + ops.facilityMaintenanceShare * facilityCapex) / 12.0;
        opex[static_cast<std::size_t>(OpexItem::Insurance)] += ops.insuranceShare * (itCapex + facilityCapex) / 12.0;

        // --- Revenue, demand and vouchers.
        double monthDemand = 0;
        double monthServed = 0;
        // Without vouchers this month every voucher sum below would only add zeros.
        const bool voucherMonth = std::any_of(coverage.begin(), coverage.end(), [](double share) { return share > 0; });
        // The year's revenue and voucher spend are summed in registers, in the same order as in memory: a sum
        // kept in memory waits on its own store at every step.
        double yearRevenue = year.revenue;
        double yearVoucherSpend = year.voucherSpend;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            w.yearDemand[k] += work[k];
            w.yearServed[k] += served[k];
            w.yearCardHours[k] += segmentCardHours[k];
            w.yearRevenue[k] += revenue[k];
            yearRevenue += revenue[k];
            monthDemand += work[k];
            monthServed += served[k];
            if (voucherMonth) {
                const double voucher = coverage[k] * revenue[k];
                w.yearVoucher[k] += voucher;
                budgetLeft -= voucher;
                userCapLeft[k] = capBinding[k] ? 0.0 : userCapLeft[k] - voucher;
                yearVoucherSpend += voucher;
            }
        }
        year.revenue = yearRevenue;
        year.voucherSpend = yearVoucherSpend;

        if (budgetLeft < 1e-3 * vouchers.annualBudgetCny) {
            budgetLeft = 0.0; // spent to within 0.1%: the rest is not worth another month of vouchers
        }

        // --- Year totals and monthly series.
        year.demandPflopsHours += monthDemand;
        year.servedPflopsHours += monthServed;
        year.cardHoursInstalled += cardHoursInstalled;
        year.cardHoursUsed += cardHoursUsed;
        year.usedPflopsHoursFp16 += fp16Used;
        year.cards = cardsActive;
        year.servers = serversActive;
        year.racksBuilt = racksBuilt;
        year.racksFilled = racksFilled;
        year.itMwh += itKwh / 1000.0;
        year.facilityMwh += facilityKwh / 1000.0;
        year.solarMwh += std::min(solarKwh, facilityKwh) / 1000.0;
        year.gridMwh += gridKwh / 1000.0;
        year.co2LocationTonnes += gridKwh * r.region.gridEmissionKgPerKwh / 1000.0;
        year.co2MarketTonnes += gridKwh * (1.0 - greenShare) * r.region.gridEmissionKgPerKwh / 1000.0;
        year.waterM3 += itKwh * (r.cooling.waterBaseLPerKwh + r.cooling.waterMechanicalLPerKwh * mechanical) / 1000.0;
        year.electricitySubsidy += subsidy;
        results.monthlyUtilization[mi] = cardHoursInstalled > 0 ? cardHoursUsed / cardHoursInstalled : 0.0;
        results.monthlyPue[mi] = itKwh > 0 ? facilityKwh / itKwh : 0.0;
        results.monthlyDemandPflops[mi] = monthDemand / kHoursPerMonth;
        results.monthlyServedPflops[mi] = monthServed / kHoursPerMonth;

        // The year's per-segment and per-chip sums, summed month by month from zero as before.
        if (m % 12 == 11 || m + 1 == months) {
            for (std::size_t k = 0; k < segmentCount; ++k) {
                SegmentResult& out = results.segments[k];
                out.demandPflopsHours[yi] = std::exchange(w.yearDemand[k], 0.0);
                out.servedPflopsHours[yi] = std::exchange(w.yearServed[k], 0.0);
                out.cardHours[yi] = std::exchange(w.yearCardHours[k], 0.0);
                out.revenue[yi] = std::exchange(w.yearRevenue[k], 0.0);
                out.voucherSpend[yi] = std::exchange(w.yearVoucher[k], 0.0);
            }
            for (std::size_t c = 0; c < chipCount; ++c) {
                results.chips[c].cardHoursInstalled[yi] = std::exchange(w.yearInstalled[c], 0.0);
                results.chips[c].cardHoursUsed[yi] = std::exchange(w.yearUsed[c], 0.0);
            }
        }
    }

    // --- Year ratios and installed compute at year end.
    for (std::size_t yi = 0; yi < yearCount; ++yi) {
        YearResult& year = results.years[yi];
        const int lastMonth = static_cast<int>(yi) * 12 + 11;
        year.projectYear = static_cast<int>(yi) + 1;
        year.calendarYear = s.startYear + static_cast<int>(yi);
        year.rackingRate = year.racksBuilt > 0 ? year.racksFilled / year.racksBuilt : 0.0;
        year.utilization = year.cardHoursInstalled > 0 ? year.cardHoursUsed / year.cardHoursInstalled : 0.0;
        year.pue = year.itMwh > 0 ? year.facilityMwh / year.itMwh : 0.0;
        double fp16InstalledHours = 0;
        for (std::size_t c = 0; c < chipCount; ++c) {
            ChipResult& out = results.chips[c];
            fp16InstalledHours += out.cardHoursInstalled[yi] * chips[c].pflopsFp16;
            out.utilization[yi] =
                out.cardHoursInstalled[yi] > 0 ? out.cardHoursUsed[yi] / out.cardHoursInstalled[yi] : 0.0;
            if (lastMonth >= chips[c].deployMonth) {
                for (std::size_t p = 0; p < static_cast<std::size_t>(kPrecisionCount); ++p) {
                    year.installedPflops[p] += chips[c].cards * r.chips[c].tflops[p] / 1000.0;
                }
            }
        }
        year.computeUtilization = fp16InstalledHours > 0 ? year.usedPflopsHoursFp16 / fp16InstalledHours : 0.0;
        // What each segment could do with every compatible card to itself.
        for (std::size_t k = 0; k < segmentCount; ++k) {
            const Route* route = plan.routes.data() + segments[k].firstRoute;
            for (const Route* end = route + segments[k].routeCount; route != end; ++route) {
                results.segments[k].effectiveCapacityPflopsHours[yi] +=
                    results.chips[route->chip].cardHoursInstalled[yi] * availability * route->rate;
            }
        }
        year.installedPflopsFp16 = year.installedPflops[static_cast<std::size_t>(Precision::Fp16)];
    }
}

} // namespace suanpan::detail
