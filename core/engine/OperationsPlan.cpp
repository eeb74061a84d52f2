#include "OperationsPlan.h"

#include "model/Sizing.h"
#include "network/NetworkAllocation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace suanpan::detail {

namespace {

/**
 * A running product written to out[0], out[stride], …, count terms: first, first · ratio, (first · ratio) · ratio,
 * … Each term is the previous one times the ratio, as in a plain loop, so the figures are the same to the bit.
 */
struct GeometricRun {
    double* out = nullptr;
    std::size_t stride = 1;
    int count = 0;
    double first = 0;
    double ratio = 1;
};

/**
 * Writes `Lanes` runs side by side. A running product waits on each multiplication before the next can start;
 * several at once keep the multiplier busy. Written one after another, the price paths and demand forecasts
 * were two thirds of planOperations' time. The fields are copied to locals first: a store through `out` could
 * otherwise change a run's ratio for all the compiler knows.
 */
template <std::size_t Lanes> void writeSideBySide(const GeometricRun* runs)
{
    std::array<double*, Lanes> out{};
    std::array<std::size_t, Lanes> stride{};
    std::array<int, Lanes> count{};
    std::array<double, Lanes> value{};
    std::array<double, Lanes> ratio{};
    int longest = 0;
    for (std::size_t j = 0; j < Lanes; ++j) {
        out[j] = runs[j].out;
        stride[j] = runs[j].stride;
        count[j] = runs[j].count;
        value[j] = runs[j].first;
        ratio[j] = runs[j].ratio;
        longest = std::max(longest, count[j]);
    }
    for (int i = 0; i < longest; ++i) {
#pragma GCC unroll 8
        for (std::size_t j = 0; j < Lanes; ++j) {
            if (i < count[j]) {
                out[j][static_cast<std::size_t>(i) * stride[j]] = value[j];
            }
            value[j] *= ratio[j];
        }
    }
}

void writeRuns(const std::vector<GeometricRun>& runs)
{
    const GeometricRun* run = runs.data();
    const GeometricRun* end = run + runs.size();
    for (; end - run >= 8; run += 8) {
        writeSideBySide<8>(run);
    }
    const auto rest = end - run;
    if ((rest & 4) != 0) {
        writeSideBySide<4>(run);
        run += 4;
    }
    if ((rest & 2) != 0) {
        writeSideBySide<2>(run);
        run += 2;
    }
    if ((rest & 1) != 0) {
        writeSideBySide<1>(run);
    }
}

/// The logistic forecast's shape: saturation / (1 + ratio · decay^m), for a base below the saturation.
struct SCurve {
    double saturation = 0;
    double ratio = 0;
};

/**
 * The market demand of a segment per month as average effective P (forecast only, before capture). A Series
 * is written at once; a CAGR's levels and an S-curve's decay factors are left as runs for writeRuns (the
 * S-curve then needs finishSCurve).
 */
SCurve marketDemand(const DemandSegment& d, int months, double* demand, std::vector<GeometricRun>& runs)
{
    const Forecast& f = d.forecast;
    if (f.type == ForecastType::Series) {
        const bool monthly = f.seriesPflops.size() == static_cast<std::size_t>(months);
        for (int m = 0; m < months; ++m) {
            const std::size_t k = monthly ? static_cast<std::size_t>(m) : static_cast<std::size_t>(m / 12);
            demand[m] = k < f.seriesPflops.size() ? f.seriesPflops[k] : 0.0;
        }
        return {};
    }
    if (f.type == ForecastType::Cagr) {
        runs.push_back({demand, 1, months, f.baseDemandPflops, std::pow(1.0 + f.growthPerYear, 1.0 / 12.0)});
        return {};
    }
    // Logistic through the base level with initial growth rate g: k = g / (1 - base / saturation).
    const double base = f.baseDemandPflops;
    const double saturation = f.saturationPflops;
    if (base <= 0.0 || saturation <= base) {
        std::fill(demand, demand + months, base);
        return {};
    }
    const double k = f.growthPerYear / (1.0 - base / saturation);
    runs.push_back({demand, 1, months, 1.0, std::exp(-k / 12.0)});
    return {saturation, saturation / base - 1.0};
}

/// A network forecast: the segment's market is what the proposed center wins of its workload in the network,
/// year by year (methodology §14.3).
SCurve networkDemand(const ResolvedScenario& r, const DemandSegment& d, int months, double* demand)
{
    const NetworkAllocation& allocation = scenarioAllocation(r);
    for (int m = 0; m < months; ++m) {
        demand[m] = allocation.wonAt(std::min(m / 12, allocation.years - 1), d.workload);
    }
    return {};
}

/// Turns the decay factors marketDemand left into the logistic's levels.
void finishSCurve(const SCurve& curve, int months, double* demand)
{
    if (curve.saturation <= 0.0) {
        return;
    }
    for (int m = 0; m < months; ++m) {
        demand[m] = curve.saturation / (1.0 + curve.ratio * demand[m]);
    }
}

/**
 * The market rental price per card-hour of a chip-mix entry, month by month (every `stride`-th entry of
 * `price`), as runs for writeRuns: it falls with the age of the cards in service (the chip's
 * priceDeclinePerYear) and resets at each refresh to the price of new compute, which has itself become cheaper
 * at the hardware price decline since month 0. The caller writes the zeros before deployment and from
 * retirement (a refresh into another chip, which is an entry of its own).
 */
void rentalPricePath(const ChipSpec& chip, int deployMonth, int retireMonth, const OperationsInput& ops, int months,
                     double multiplier, double* price, std::size_t stride, std::vector<GeometricRun>& runs)
{
    const int lifeMonths = chip.economicLifeMonths();
    const double ageStep = std::pow(1.0 - chip.priceDeclinePerYear, 1.0 / 12.0);
    // One generation at a time: the price of new compute when it is bought, then falling with its age.
    // Without refresh there is one generation, aging to the end of the horizon.
    const int generationMonths = ops.hardwareRefresh ? lifeMonths : std::max(1, months);
    for (int start = deployMonth; start < retireMonth; start += generationMonths) {
        const double current =
            chip.rentalPriceCnyPerCardHour * multiplier * std::pow(1.0 - ops.hardwarePriceDeclinePerYear, start / 12.0);
        const int end = std::min(retireMonth, start + generationMonths);
        runs.push_back({price + static_cast<std::size_t>(start) * stride, stride, end - start, current, ageStep});
    }
}

/// The chips in service (methodology §7.1): cards, servers, power, racks, and their rental price paths as runs
/// (§7.13); the racks ready from each month.
void planChips(const ResolvedScenario& r, const EngineOptions& options, OperationsPlan& plan,
               std::vector<GeometricRun>& runs)
{
    const Scenario& s = r.input;
    const int months = plan.months;
    const std::size_t chipCount = s.chipMix.size();
    const auto monthCount = static_cast<std::size_t>(months);
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
        chip.retireMonth = r.lives.empty() ? months : std::min(months, r.lives[c].retireMonth);
        chip.serverMaxKw = spec.serverMaxKw();
        chip.serverIdleKw = chip.serverMaxKw * spec.idlePowerShare;
        chip.pflopsFp16 = spec.tflopsAt(Precision::Fp16) / 1000.0;
        const int perRack = Sizing::serversPerRack(s.racks.designKwPerRack, chip.serverMaxKw);
        if (r.lives.empty() || r.lives[c].takesRacksOf < 0) { // a refresh into another chip fills the same racks
            plan.racksFilledFrom[static_cast<std::size_t>(chip.deployMonth)] += Sizing::racks(chip.servers, perRack);
        }
        chip.installedCardHours = chip.cards * kHoursPerMonth;
        chip.loadKwPerCardHour = chip.installedCardHours > 0
                                     ? chip.servers * (chip.serverMaxKw - chip.serverIdleKw) / chip.installedCardHours
                                     : 0.0;
        plan.listPrice[c] = spec.rentalPriceCnyPerCardHour * options.priceMultiplier;
        for (int m = 0; m < std::min(chip.deployMonth, months); ++m) {
            plan.chipPrice[static_cast<std::size_t>(m) * chipCount + c] = 0.0;
        }
        for (int m = chip.retireMonth; m < months; ++m) {
            plan.chipPrice[static_cast<std::size_t>(m) * chipCount + c] = 0.0;
        }
        rentalPricePath(spec, chip.deployMonth, chip.retireMonth, s.operations, months, options.priceMultiplier,
                        plan.chipPrice.data() + c, chipCount, runs);
    }
    plan.racksBuiltFrom.assign(monthCount + 1, 0);
    for (const FacilityPhase& phase : s.facilityPhases) {
        plan.racksBuiltFrom[static_cast<std::size_t>(std::min(months, Sizing::readyMonth(phase)))] +=
            phase.rackPositions;
    }
}

/// The demand segments (methodology §7.2, §7.5): the chips each may use and at what rate, best first; the market
/// forecast (runs, or written at once); voucher eligibility and the price factor by year.
void planSegments(const ResolvedScenario& r, const EngineOptions& options, OperationsPlan& plan,
                  std::vector<GeometricRun>& runs, std::vector<SCurve>& curves)
{
    const Scenario& s = r.input;
    const int months = plan.months;
    const int years = plan.years;
    const std::size_t chipCount = s.chipMix.size();
    const std::size_t segmentCount = s.demand.size();
    const auto monthCount = static_cast<std::size_t>(months);
    plan.segments.assign(segmentCount, SegmentState{});
    plan.routes.clear();
    plan.rate.assign(segmentCount * chipCount, 0.0);
    plan.captured.resize(segmentCount * monthCount);                         // every month written below
    plan.priceFactor.resize(segmentCount * static_cast<std::size_t>(years)); // every year written below
    const VoucherProgram& vouchers = s.policies.vouchers;
    curves.assign(segmentCount, SCurve{});
    for (std::size_t k = 0; k < segmentCount; ++k) {
        const DemandSegment& d = s.demand[k];
        SegmentState& seg = plan.segments[k];
        double* rate = plan.rate.data() + k * chipCount;
        seg.firstRoute = plan.routes.size();
        for (std::size_t c = 0; c < chipCount; ++c) {
            const bool allowed = d.allowedChips.isEmpty() || d.allowedChips.contains(s.chipMix[c].chipId);
            if (allowed) {
                rate[c] = r.chips[c].effectivePflops(d.workload, d.precision);
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

        double* market = plan.captured.data() + k * monthCount;
        curves[k] = d.forecast.type == ForecastType::Network ? networkDemand(r, d, months, market)
                                                             : marketDemand(d, months, market, runs);
        seg.voucherEligible = !options.withoutPolicies && vouchers.coverage > 0 && vouchers.annualBudgetCny > 0 &&
                              vouchers.eligibleSegments.contains(d.id);
        seg.priceLocked = d.priceLocked;
        seg.rampMonths = d.rampMonths;
        seg.userCapCny = vouchers.capPerUserCny > 0 ? d.voucherUsers * vouchers.capPerUserCny : 0.0;
        double factor = d.priceFactor;
        for (int y = 0; y < years; ++y, factor *= 1.0 - d.priceDeclinePerYear) {
            plan.priceFactor[k * static_cast<std::size_t>(years) + static_cast<std::size_t>(y)] = factor;
        }
    }
}

/// Captured demand before vouchers, as P·h in the month: market × capture share × the ramp's fill (methodology
/// §7.3). The fill is 0 before the opening, (m − opening + 1) / ramp during the ramp, then 1.
void captureDemand(const ResolvedScenario& r, const std::vector<SCurve>& curves, int opening, OperationsPlan& plan)
{
    const Scenario& s = r.input;
    const int months = plan.months;
    const std::size_t segmentCount = s.demand.size();
    const auto monthCount = static_cast<std::size_t>(months);
    for (std::size_t k = 0; k < segmentCount; ++k) {
        const DemandSegment& d = s.demand[k];
        double* captured = plan.captured.data() + k * monthCount;
        finishSCurve(curves[k], months, captured);
        const int rampEnd = std::min(months, d.rampMonths <= 0 ? opening : opening + d.rampMonths - 1);
        std::fill(captured, captured + std::min(opening, months), 0.0);
        for (int m = opening; m < rampEnd; ++m) {
            captured[m] = captured[m] * d.captureShare * fillAt(plan, plan.segments[k], m) * kHoursPerMonth;
        }
        for (int m = std::max(opening, rampEnd); m < months; ++m) {
            captured[m] = captured[m] * d.captureShare * kHoursPerMonth;
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
    const std::size_t segmentCount = r.input.demand.size();
    thread_local std::vector<GeometricRun> runs; // the price paths and forecasts, written side by side
    thread_local std::vector<SCurve> curves;
    runs.clear();
    plan.months = r.input.horizonMonths();
    plan.years = r.input.horizonYears;
    planChips(r, options, plan, runs);
    planSegments(r, options, plan, runs, curves);
    writeRuns(runs);
    plan.opening = opening; // the ramp's fill (fillAt) counts from it
    captureDemand(r, curves, opening, plan);

    plan.rampsEnd = opening;
    for (const SegmentState& seg : plan.segments) {
        plan.rampsEnd = std::max(plan.rampsEnd, opening + seg.rampMonths);
    }
    planContracts(r, options, opening, plan);

    // Between segments: the most constrained (fewest usable chip types) first, then in the scenario's order.
    plan.segmentOrder.resize(segmentCount);
    std::iota(plan.segmentOrder.begin(), plan.segmentOrder.end(), std::size_t{0});
    std::stable_sort(plan.segmentOrder.begin(), plan.segmentOrder.end(), [&plan](std::size_t a, std::size_t b) {
        return plan.segments[a].routeCount < plan.segments[b].routeCount;
    });
}

} // namespace suanpan::detail
