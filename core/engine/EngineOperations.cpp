#include "EngineInternal.h"
#include "model/Sizing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace suanpan::detail {

namespace {

/// Everything about one chip-mix entry that the monthly loop needs, computed once per evaluation.
struct ChipState {
    int cards = 0;
    int servers = 0;
    int deployMonth = 0;
    double serverMaxKw = 0;
    double serverIdleKw = 0;
    double pflopsFp16 = 0;
};

/// One demand segment: its compatible chips in the order it fills them, and its work per card-hour on each.
struct SegmentState {
    std::vector<std::size_t> chipOrder;
    std::vector<double> pflopsPerCardHour; ///< per chip entry; 0 = cannot use
    std::vector<double> monthlyMarketPflops;
    bool voucherEligible = false;
    double userCapCny = 0; ///< per year; 0 = none
};

/// Peak P of a chip for a precision, falling back to the next higher precision it supports.
double peakPflopsFor(const ChipSpec& chip, Precision precision)
{
    for (int p = static_cast<int>(precision); p < kPrecisionCount; ++p) {
        if (chip.tflops[static_cast<std::size_t>(p)] > 0) {
            return chip.tflops[static_cast<std::size_t>(p)] / 1000.0;
        }
    }
    return 0.0;
}

/// The market demand of a segment per month as average effective P (forecast only, before capture).
std::vector<double> marketDemand(const DemandSegment& d, int months)
{
    std::vector<double> demand(static_cast<std::size_t>(months), 0.0);
    const Forecast& f = d.forecast;
    if (f.type == ForecastType::Series) {
        const bool monthly = f.seriesPflops.size() == static_cast<std::size_t>(months);
        for (int m = 0; m < months; ++m) {
            const std::size_t k = monthly ? static_cast<std::size_t>(m) : static_cast<std::size_t>(m / 12);
            demand[static_cast<std::size_t>(m)] = k < f.seriesPflops.size() ? f.seriesPflops[k] : 0.0;
        }
    } else if (f.type == ForecastType::Cagr) {
        const double step = std::pow(1.0 + f.growthPerYear, 1.0 / 12.0);
        double level = f.baseDemandPflops;
        for (int m = 0; m < months; ++m, level *= step) {
            demand[static_cast<std::size_t>(m)] = level;
        }
    } else {
        // Logistic through the base level with initial growth rate g: k = g / (1 - base / saturation).
        const double base = f.baseDemandPflops;
        const double saturation = f.saturationPflops;
        if (base <= 0.0 || saturation <= base) {
            std::fill(demand.begin(), demand.end(), base);
            return demand;
        }
        const double k = f.growthPerYear / (1.0 - base / saturation);
        const double ratio = saturation / base - 1.0;
        const double step = std::exp(-k / 12.0);
        double decay = 1.0;
        for (int m = 0; m < months; ++m, decay *= step) {
            demand[static_cast<std::size_t>(m)] = saturation / (1.0 + ratio * decay);
        }
    }
    return demand;
}

/// Demand multiplier of a voucher covering `coverage` of the price: (1 − c)^−ε, with c capped at 0.99.
double voucherUplift(double coverage, double elasticity)
{
    return std::pow(1.0 - std::min(coverage, 0.99), -elasticity);
}

/**
 * The market rental price per card-hour of a chip-mix entry, month by month: it falls with the age of the
 * cards in service (the chip's priceDeclinePerYear) and resets at each refresh to the price of new
 * compute, which has itself become cheaper at the hardware price decline since month 0.
 */
std::vector<double> rentalPricePath(const ChipSpec& chip, int deployMonth, const OperationsInput& ops, int months,
                                    double multiplier)
{
    std::vector<double> price(static_cast<std::size_t>(months), 0.0);
    const int lifeMonths = std::max(1, static_cast<int>(std::lround(chip.economicLifeYears * 12.0)));
    const double ageStep = std::pow(1.0 - chip.priceDeclinePerYear, 1.0 / 12.0);
    double current = 0;
    for (int m = deployMonth; m < months; ++m) {
        const bool newGeneration = m == deployMonth || (ops.hardwareRefresh && (m - deployMonth) % lifeMonths == 0);
        current = newGeneration ? chip.rentalPriceCnyPerCardHour * multiplier *
                                      std::pow(1.0 - ops.hardwarePriceDeclinePerYear, m / 12.0)
                                : current * ageStep;
        price[static_cast<std::size_t>(m)] = current;
    }
    return price;
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

    // --- Capacity: chips, servers, racks.
    std::vector<ChipState> chips(chipCount);
    std::vector<int> racksFilledFrom(static_cast<std::size_t>(months) + 1, 0);
    std::vector<std::vector<double>> chipPrice(chipCount);
    std::vector<double> listPrice(chipCount);
    for (std::size_t c = 0; c < chipCount; ++c) {
        const ChipSpec& spec = r.chips[c];
        ChipState& chip = chips[c];
        chip.cards = s.chipMix[c].count;
        chip.servers = Sizing::servers(chip.cards, spec.cardsPerServer);
        chip.deployMonth = s.chipMix[c].deployMonth;
        chip.serverMaxKw = spec.serverMaxKw();
        chip.serverIdleKw = chip.serverMaxKw * spec.idlePowerShare;
        chip.pflopsFp16 = spec.tflopsAt(Precision::Fp16) / 1000.0;
        const int perRack = Sizing::serversPerRack(s.racks.designKwPerRack, chip.serverMaxKw);
        racksFilledFrom[static_cast<std::size_t>(chip.deployMonth)] += Sizing::racks(chip.servers, perRack);
        listPrice[c] = spec.rentalPriceCnyPerCardHour * options.priceMultiplier;
        chipPrice[c] = rentalPricePath(spec, chip.deployMonth, s.operations, months, options.priceMultiplier);
    }
    std::vector<int> racksBuiltFrom(static_cast<std::size_t>(months) + 1, 0);
    for (const FacilityPhase& phase : s.facilityPhases) {
        racksBuiltFrom[static_cast<std::size_t>(std::min(months, Sizing::readyMonth(phase)))] += phase.rackPositions;
    }

    // --- Demand segments: compatibility, fill order, market forecast, price path.
    std::vector<SegmentState> segments(segmentCount);
    std::vector<std::vector<double>> segmentPriceFactor(segmentCount,
                                                        std::vector<double>(static_cast<std::size_t>(years)));
    const VoucherProgram& vouchers = s.policies.vouchers;
    for (std::size_t k = 0; k < segmentCount; ++k) {
        const DemandSegment& d = s.demand[k];
        SegmentState& seg = segments[k];
        seg.pflopsPerCardHour.assign(chipCount, 0.0);
        for (std::size_t c = 0; c < chipCount; ++c) {
            const bool allowed = d.allowedChips.isEmpty() || d.allowedChips.contains(s.chipMix[c].chipId);
            if (allowed) {
                seg.pflopsPerCardHour[c] =
                    peakPflopsFor(r.chips[c], d.precision) * r.chips[c].efficiencyFor(d.workload);
            }
            if (seg.pflopsPerCardHour[c] > 0) {
                seg.chipOrder.push_back(c);
            }
        }
        // Within a segment: the chip doing the most work per card-hour first.
        std::stable_sort(seg.chipOrder.begin(), seg.chipOrder.end(), [&seg](std::size_t a, std::size_t b) {
            return seg.pflopsPerCardHour[a] > seg.pflopsPerCardHour[b];
        });
        seg.monthlyMarketPflops = marketDemand(d, months);
        seg.voucherEligible = !options.withoutPolicies && vouchers.coverage > 0 && vouchers.annualBudgetCny > 0 &&
                              vouchers.eligibleSegments.contains(d.id);
        seg.userCapCny = vouchers.capPerUserCny > 0 ? d.voucherUsers * vouchers.capPerUserCny : 0.0;
        double factor = d.priceFactor;
        for (int y = 0; y < years; ++y, factor *= 1.0 - d.priceDeclinePerYear) {
            segmentPriceFactor[k][static_cast<std::size_t>(y)] = factor;
        }
    }
    // Between segments: the most constrained (fewest usable chip types) first, then in the scenario's order.
    std::vector<std::size_t> segmentOrder(segmentCount);
    std::iota(segmentOrder.begin(), segmentOrder.end(), std::size_t{0});
    std::stable_sort(segmentOrder.begin(), segmentOrder.end(), [&segments](std::size_t a, std::size_t b) {
        return segments[a].chipOrder.size() < segments[b].chipOrder.size();
    });

    // --- Results storage.
    const auto yearCount = static_cast<std::size_t>(years);
    results.years.assign(yearCount, YearResult{});
    results.segments.assign(segmentCount, SegmentResult{});
    for (std::size_t k = 0; k < segmentCount; ++k) {
        SegmentResult& out = results.segments[k];
        out.id = s.demand[k].id;
        out.name = s.demand[k].name;
        for (auto* series : {&out.demandPflopsHours, &out.servedPflopsHours, &out.cardHours, &out.revenue,
                             &out.voucherSpend, &out.effectiveCapacityPflopsHours}) {
            series->assign(yearCount, 0.0);
        }
    }
    results.chips.assign(chipCount, ChipResult{});
    for (std::size_t c = 0; c < chipCount; ++c) {
        ChipResult& out = results.chips[c];
        out.chipId = s.chipMix[c].chipId;
        out.name = r.chips[c].name;
        for (auto* series : {&out.cardHoursInstalled, &out.cardHoursUsed, &out.utilization}) {
            series->assign(yearCount, 0.0);
        }
    }
    for (auto* series : {&results.monthlyUtilization, &results.monthlyPue, &results.monthlyDemandPflops,
                         &results.monthlyServedPflops}) {
        series->assign(static_cast<std::size_t>(months), 0.0);
    }

    // --- Scratch for one month.
    std::vector<double> capacity(chipCount);
    std::vector<double> left(chipCount);
    std::vector<double> used(chipCount);
    std::vector<double> coverage(segmentCount);
    std::vector<double> work(segmentCount);
    std::vector<double> served(segmentCount);
    std::vector<double> segmentCardHours(segmentCount);
    std::vector<double> revenue(segmentCount);
    std::vector<double> userCapLeft(segmentCount);
    double budgetLeft = 0;

    const double fullUplift = voucherUplift(vouchers.coverage, vouchers.elasticity);
    // Allocates the month's demand to capacity with the current voucher coverage (methodology §Allocation).
    auto allocate = [&](int m) {
        const auto y = static_cast<std::size_t>(m / 12);
        left = capacity;
        std::fill(used.begin(), used.end(), 0.0);
        for (std::size_t k : segmentOrder) {
            const DemandSegment& d = s.demand[k];
            const SegmentState& seg = segments[k];
            const double fill = m < opening ? 0.0
                                : d.rampMonths <= 0
                                    ? 1.0
                                    : std::min(1.0, (m - opening + 1) / static_cast<double>(d.rampMonths));
            const double uplift = coverage[k] <= 0                   ? 1.0
                                  : coverage[k] == vouchers.coverage ? fullUplift
                                                                     : voucherUplift(coverage[k], vouchers.elasticity);
            work[k] =
                seg.monthlyMarketPflops[static_cast<std::size_t>(m)] * d.captureShare * fill * uplift * kHoursPerMonth;
            served[k] = 0;
            segmentCardHours[k] = 0;
            revenue[k] = 0;
            double remaining = work[k];
            for (std::size_t c : seg.chipOrder) {
                if (remaining <= 0) {
                    break;
                }
                const double rate = seg.pflopsPerCardHour[c];
                const double cardHours = std::min(left[c], remaining / rate);
                left[c] -= cardHours;
                used[c] += cardHours;
                remaining -= cardHours * rate;
                served[k] += cardHours * rate;
                segmentCardHours[k] += cardHours;
                const double market = d.priceLocked ? listPrice[c] : chipPrice[c][static_cast<std::size_t>(m)];
                revenue[k] += cardHours * market * segmentPriceFactor[k][y];
            }
        }
    };

    // Forced utilization: every card busy the given share, paid at the first segment (in fill order) using it.
    auto force = [&](int m) {
        const auto y = static_cast<std::size_t>(m / 12);
        std::fill(work.begin(), work.end(), 0.0);
        std::fill(served.begin(), served.end(), 0.0);
        std::fill(segmentCardHours.begin(), segmentCardHours.end(), 0.0);
        std::fill(revenue.begin(), revenue.end(), 0.0);
        for (std::size_t c = 0; c < chipCount; ++c) {
            used[c] = std::min(capacity[c], options.forcedUtilization * (capacity[c] / availability));
            for (std::size_t k : segmentOrder) {
                if (segments[k].pflopsPerCardHour[c] > 0) {
                    work[k] += used[c] * segments[k].pflopsPerCardHour[c];
                    served[k] += used[c] * segments[k].pflopsPerCardHour[c];
                    segmentCardHours[k] += used[c];
                    const double market =
                        s.demand[k].priceLocked ? listPrice[c] : chipPrice[c][static_cast<std::size_t>(m)];
                    revenue[k] += used[c] * market * segmentPriceFactor[k][y];
                    break;
                }
            }
        }
    };

    // Vouchers pay a share of eligible bills until a segment's user cap or the year's budget runs out. In
    // the month a limit binds, each segment's coverage is lowered until its spend equals its part of what
    // is left (found by fixed-point iteration, re-allocating each time since a lower coverage means less
    // demand uplift); after that month nothing is paid until the limits reset.
    std::vector<double> allowed(segmentCount);
    std::vector<char> capBinding(segmentCount);
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
    std::vector<double> inflationByYear(yearCount);
    std::vector<double> escalationByYear(yearCount);
    for (std::size_t y = 0; y < yearCount; ++y) {
        inflationByYear[y] = y == 0 ? 1.0 : inflationByYear[y - 1] * (1.0 + ops.opexInflationPerYear);
        escalationByYear[y] = y == 0 ? 1.0 : escalationByYear[y - 1] * (1.0 + s.power.tariffEscalationPerYear);
    }
    int racksBuilt = 0;
    int racksFilled = 0;

    for (int m = 0; m < months; ++m) {
        const int y = m / 12;
        const auto yi = static_cast<std::size_t>(y);
        const auto mi = static_cast<std::size_t>(m);
        YearResult& year = results.years[yi];
        racksBuilt += racksBuiltFrom[mi];
        racksFilled += racksFilledFrom[mi];
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
            if (m < chips[c].deployMonth) {
                continue;
            }
            const double installed = chips[c].cards * kHoursPerMonth;
            const double share = used[c] / installed;
            cardHoursInstalled += installed;
            cardHoursUsed += used[c];
            fp16Used += used[c] * chips[c].pflopsFp16;
            itKw += chips[c].servers * (chips[c].serverIdleKw + (chips[c].serverMaxKw - chips[c].serverIdleKw) * share);
            itMaxKw += chips[c].servers * chips[c].serverMaxKw;
            cardsActive += chips[c].cards;
            serversActive += chips[c].servers;
            results.chips[c].cardHoursInstalled[yi] += installed;
            results.chips[c].cardHoursUsed[yi] += used[c];
        }
        const double mechanical = pue.mechanicalFraction(r.region.monthlyTempC[static_cast<std::size_t>(m % 12)]);
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
        for (std::size_t k = 0; k < segmentCount; ++k) {
            SegmentResult& out = results.segments[k];
            const double voucher = coverage[k] * revenue[k];
            out.demandPflopsHours[yi] += work[k];
            out.servedPflopsHours[yi] += served[k];
            out.cardHours[yi] += segmentCardHours[k];
            out.revenue[yi] += revenue[k];
            out.voucherSpend[yi] += voucher;
            budgetLeft -= voucher;
            userCapLeft[k] = capBinding[k] ? 0.0 : userCapLeft[k] - voucher;
            year.revenue += revenue[k];
            year.voucherSpend += voucher;
            monthDemand += work[k];
            monthServed += served[k];
        }

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
            for (std::size_t c : segments[k].chipOrder) {
                results.segments[k].effectiveCapacityPflopsHours[yi] +=
                    results.chips[c].cardHoursInstalled[yi] * availability * segments[k].pflopsPerCardHour[c];
            }
        }
        year.installedPflopsFp16 = year.installedPflops[static_cast<std::size_t>(Precision::Fp16)];
    }
}

} // namespace suanpan::detail
