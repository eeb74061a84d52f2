#include "OperationsPlan.h"

#include "model/Sizing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace suanpan::detail {

namespace {

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
void marketDemand(const DemandSegment& d, int months, double* demand)
{
    const Forecast& f = d.forecast;
    if (f.type == ForecastType::Series) {
        const bool monthly = f.seriesPflops.size() == static_cast<std::size_t>(months);
        for (int m = 0; m < months; ++m) {
            const std::size_t k = monthly ? static_cast<std::size_t>(m) : static_cast<std::size_t>(m / 12);
            demand[m] = k < f.seriesPflops.size() ? f.seriesPflops[k] : 0.0;
        }
    } else if (f.type == ForecastType::Cagr) {
        const double step = std::pow(1.0 + f.growthPerYear, 1.0 / 12.0);
        double level = f.baseDemandPflops;
        for (int m = 0; m < months; ++m, level *= step) {
            demand[m] = level;
        }
    } else {
        // Logistic through the base level with initial growth rate g: k = g / (1 - base / saturation).
        const double base = f.baseDemandPflops;
        const double saturation = f.saturationPflops;
        if (base <= 0.0 || saturation <= base) {
            std::fill(demand, demand + months, base);
            return;
        }
        const double k = f.growthPerYear / (1.0 - base / saturation);
        const double ratio = saturation / base - 1.0;
        const double step = std::exp(-k / 12.0);
        double decay = 1.0;
        for (int m = 0; m < months; ++m, decay *= step) {
            demand[m] = saturation / (1.0 + ratio * decay);
        }
    }
}

/**
 * The market rental price per card-hour of a chip-mix entry, month by month (every `stride`-th entry of
 * `price`, which is zero before deployment): it falls with the age of the
 * cards in service (the chip's priceDeclinePerYear) and resets at each refresh to the price of new
 * compute, which has itself become cheaper at the hardware price decline since month 0.
 */
void rentalPricePath(const ChipSpec& chip, int deployMonth, const OperationsInput& ops, int months, double multiplier,
                     double* price, std::size_t stride)
{
    const int lifeMonths = std::max(1, static_cast<int>(std::lround(chip.economicLifeYears * 12.0)));
    const double ageStep = std::pow(1.0 - chip.priceDeclinePerYear, 1.0 / 12.0);
    // One generation at a time: the price of new compute when it is bought, then falling with its age.
    // Without refresh there is one generation, aging to the end of the horizon.
    const int generationMonths = ops.hardwareRefresh ? lifeMonths : std::max(1, months);
    for (int start = deployMonth; start < months; start += generationMonths) {
        double current =
            chip.rentalPriceCnyPerCardHour * multiplier * std::pow(1.0 - ops.hardwarePriceDeclinePerYear, start / 12.0);
        const int end = std::min(months, start + generationMonths);
        for (int m = start; m < end; ++m, current *= ageStep) {
            price[static_cast<std::size_t>(m) * stride] = current;
        }
    }
}

} // namespace

double voucherUplift(double coverage, double elasticity)
{
    return std::pow(1.0 - std::min(coverage, 0.99), -elasticity);
}

void planOperations(const ResolvedScenario& r, const EngineOptions& options, int opening, OperationsPlan& plan)
{
    const Scenario& s = r.input;
    const int months = s.horizonMonths();
    const int years = s.horizonYears;
    const std::size_t chipCount = s.chipMix.size();
    const std::size_t segmentCount = s.demand.size();
    const auto monthCount = static_cast<std::size_t>(months);
    plan.months = months;
    plan.years = years;

    // --- Capacity: chips, servers, racks, price paths.
    plan.chips.assign(chipCount, ChipState{});
    plan.racksFilledFrom.assign(monthCount + 1, 0);
    // Every entry is written below (zero before deployment), so storage kept from the last evaluation is not
    // cleared first.
    plan.chipPrice.resize(chipCount * monthCount);
    plan.listPrice.assign(chipCount, 0.0);
    for (std::size_t c = 0; c < chipCount; ++c) {
        const ChipSpec& spec = r.chips[c];
        ChipState& chip = plan.chips[c];
        chip.cards = s.chipMix[c].count;
        chip.servers = Sizing::servers(chip.cards, spec.cardsPerServer);
        chip.deployMonth = s.chipMix[c].deployMonth;
        chip.serverMaxKw = spec.serverMaxKw();
        chip.serverIdleKw = chip.serverMaxKw * spec.idlePowerShare;
        chip.pflopsFp16 = spec.tflopsAt(Precision::Fp16) / 1000.0;
        const int perRack = Sizing::serversPerRack(s.racks.designKwPerRack, chip.serverMaxKw);
        plan.racksFilledFrom[static_cast<std::size_t>(chip.deployMonth)] += Sizing::racks(chip.servers, perRack);
        chip.installedCardHours = chip.cards * kHoursPerMonth;
        chip.loadKwPerCardHour = chip.installedCardHours > 0
                                     ? chip.servers * (chip.serverMaxKw - chip.serverIdleKw) / chip.installedCardHours
                                     : 0.0;
        plan.listPrice[c] = spec.rentalPriceCnyPerCardHour * options.priceMultiplier;
        for (int m = 0; m < std::min(chip.deployMonth, months); ++m) {
            plan.chipPrice[static_cast<std::size_t>(m) * chipCount + c] = 0.0;
        }
        rentalPricePath(spec, chip.deployMonth, s.operations, months, options.priceMultiplier,
                        plan.chipPrice.data() + c, chipCount);
    }
    plan.racksBuiltFrom.assign(monthCount + 1, 0);
    for (const FacilityPhase& phase : s.facilityPhases) {
        plan.racksBuiltFrom[static_cast<std::size_t>(std::min(months, Sizing::readyMonth(phase)))] +=
            phase.rackPositions;
    }

    // --- Demand segments: compatibility, fill order, captured market, price path.
    plan.segments.assign(segmentCount, SegmentState{});
    plan.anyContract = false;
    plan.routes.clear();
    plan.rate.assign(segmentCount * chipCount, 0.0);
    plan.captured.resize(segmentCount * monthCount);                         // every month written below
    plan.priceFactor.resize(segmentCount * static_cast<std::size_t>(years)); // every year written below
    const VoucherProgram& vouchers = s.policies.vouchers;
    for (std::size_t k = 0; k < segmentCount; ++k) {
        const DemandSegment& d = s.demand[k];
        SegmentState& seg = plan.segments[k];
        double* rate = plan.rate.data() + k * chipCount;
        seg.firstRoute = plan.routes.size();
        for (std::size_t c = 0; c < chipCount; ++c) {
            const bool allowed = d.allowedChips.isEmpty() || d.allowedChips.contains(s.chipMix[c].chipId);
            if (allowed) {
                rate[c] = peakPflopsFor(r.chips[c], d.precision) * r.chips[c].efficiencyFor(d.workload);
            }
            if (rate[c] > 0) {
                plan.routes.push_back({c, rate[c], 1.0 / rate[c]});
                seg.chipMask |= c < 64 ? std::uint64_t{1} << c : ~std::uint64_t{0};
            }
        }
        seg.routeCount = plan.routes.size() - seg.firstRoute;
        // Within a segment: the chip doing the most work per card-hour first.
        const auto first = plan.routes.begin() + static_cast<std::ptrdiff_t>(seg.firstRoute);
        std::stable_sort(first, plan.routes.end(), [](const Route& a, const Route& b) { return a.rate > b.rate; });

        // Captured demand before vouchers, as P·h in the month: market × capture share × the ramp's fill
        // (methodology §7.3). The fill is 0 before the opening, (m − opening + 1) / ramp during the ramp, then 1.
        double* captured = plan.captured.data() + k * monthCount;
        marketDemand(d, months, captured);
        const int rampEnd = std::min(months, d.rampMonths <= 0 ? opening : opening + d.rampMonths - 1);
        std::fill(captured, captured + std::min(opening, months), 0.0);
        for (int m = opening; m < rampEnd; ++m) {
            const double fill = std::min(1.0, (m - opening + 1) / static_cast<double>(d.rampMonths));
            captured[m] = captured[m] * d.captureShare * fill * kHoursPerMonth;
        }
        for (int m = std::max(opening, rampEnd); m < months; ++m) {
            captured[m] = captured[m] * d.captureShare * kHoursPerMonth;
        }
        seg.voucherEligible = !options.withoutPolicies && vouchers.coverage > 0 && vouchers.annualBudgetCny > 0 &&
                              vouchers.eligibleSegments.contains(d.id);
        seg.priceLocked = d.priceLocked;
        seg.contractWork = d.contractYears > 0 ? d.contractPflops * kHoursPerMonth : 0.0;
        seg.contractEnd = std::min(months, opening + 12 * d.contractYears);
        plan.anyContract = plan.anyContract || seg.contractWork > 0;
        seg.userCapCny = vouchers.capPerUserCny > 0 ? d.voucherUsers * vouchers.capPerUserCny : 0.0;
        double factor = d.priceFactor;
        for (int y = 0; y < years; ++y, factor *= 1.0 - d.priceDeclinePerYear) {
            plan.priceFactor[k * static_cast<std::size_t>(years) + static_cast<std::size_t>(y)] = factor;
        }
    }
    // Between segments: the most constrained (fewest usable chip types) first, then in the scenario's order.
    plan.segmentOrder.resize(segmentCount);
    std::iota(plan.segmentOrder.begin(), plan.segmentOrder.end(), std::size_t{0});
    std::stable_sort(plan.segmentOrder.begin(), plan.segmentOrder.end(), [&plan](std::size_t a, std::size_t b) {
        return plan.segments[a].routeCount < plan.segments[b].routeCount;
    });
}

} // namespace suanpan::detail
