#include "OperationsPlan.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace suanpan::detail {

namespace {

/// What the accounts read of the site, its cooling and its power supply, worked out once per evaluation.
struct EnergyTerms {
    double gridTariff = 0;  ///< per kWh, the grid's share of the supply
    double greenTariff = 0; ///< per kWh, the green share's
    double touSaving = 0;   ///< share of the grid price saved on energy moved from peak to valley hours (§7.10)
    bool shifting = false;
    double fullLoadShare = 0;
    double solarKwhPerMonth = 0;
    bool colocated = false;                    ///< a host's electricity at its PUE (§4.5)
    std::array<double, 12> loadShareByMonth{}; ///< overhead per kW of IT load, by calendar month (§7.8)
    std::array<double, 12> waterLitresPerKwh{};
};

EnergyTerms energyTerms(const ResolvedScenario& r)
{
    const Scenario& s = r.input;
    const PueModel& pue = r.cooling.pue;
    const PowerInput& power = s.power;
    EnergyTerms t;
    t.gridTariff = (1.0 - power.greenShare) * r.region.tariffCnyPerKwh;
    t.greenTariff = power.greenShare * power.greenPriceCnyPerKwh;
    // Time of use (methodology §7.10): the regional tariff is what a flat load pays; moving a share of the
    // work's peak-hour energy into valley hours lowers its grid price by that share times `touSaving`.
    const double flatHours = 24.0 - power.touPeakHours - power.touValleyHours;
    const double touWeight =
        power.touPeakFactor * power.touPeakHours + flatHours + power.touValleyFactor * power.touValleyHours;
    t.touSaving = touWeight > 0 ? power.touPeakHours * (power.touPeakFactor - power.touValleyFactor) / touWeight : 0.0;
    t.shifting = power.touShiftableShare > 0 && power.touPeakHours > 0 && t.touSaving > 0;
    t.fullLoadShare = pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare;
    t.solarKwhPerMonth = power.solarKwp * r.region.solarYieldKwhPerKwpYear / 12.0;
    t.colocated = s.facility.housing == Housing::Colocation;
    for (std::size_t calendarMonth = 0; calendarMonth < 12; ++calendarMonth) {
        const double mechanical = pue.mechanicalFraction(r.region.monthlyTempC[calendarMonth]);
        t.loadShareByMonth[calendarMonth] =
            pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare * mechanical;
        t.waterLitresPerKwh[calendarMonth] = r.cooling.waterBaseLPerKwh + r.cooling.waterMechanicalLPerKwh * mechanical;
    }
    return t;
}

/// One month's energy and its electricity charges before escalation and subsidy.
struct MonthEnergy {
    double itKwh = 0;
    double facilityKwh = 0;
    double solarKwh = 0;
    double gridKwh = 0;
    double charge = 0;
};

/// Month m's power and energy (methodology §7.7–§7.9) and electricity: the energy charge of grid and green power
/// and the two-part charge (§7.10).
MonthEnergy monthEnergy(const ResolvedScenario& r, const EnergyTerms& t, const MonthlyUse& use, int m, int opening)
{
    const Scenario& s = r.input;
    const PueModel& pue = r.cooling.pue;
    const PowerInput& power = s.power;
    const auto mi = static_cast<std::size_t>(m);
    const double builtDesignKw = use.racksBuilt[mi] * s.racks.designKwPerRack;
    const double loadShare = t.loadShareByMonth[static_cast<std::size_t>(m % 12)];
    const double itKw = use.idleKw[mi] + use.loadKw[mi];
    const double overheadKw =
        t.colocated ? (s.colocation.hostPue - 1.0) * itKw : pue.fixedShare * builtDesignKw + loadShare * itKw;
    MonthEnergy e;
    e.itKwh = itKw * kHoursPerMonth;
    e.facilityKwh = (itKw + overheadKw) * kHoursPerMonth;
    // Most centers have no solar: the power of the panels' age is taken only when there is some (BenchEngine).
    if (m >= opening && t.solarKwhPerMonth > 0) {
        e.solarKwh = t.solarKwhPerMonth * std::pow(1.0 - power.solarDegradationPerYear, (m - opening) / 12.0);
    }
    e.gridKwh = std::max(0.0, e.facilityKwh - e.solarKwh);

    // Only the energy the work draws (above idle, with its cooling) can move off peak, and only as far as the
    // valley hours have idle cards for it.
    e.charge = e.gridKwh * (t.gridTariff + t.greenTariff);
    if (t.shifting && use.usedCardHours[mi] > 0) {
        const double utilization = use.usedCardHours[mi] / use.installedCardHours[mi];
        const double room = (1.0 - utilization) * power.touValleyHours / (utilization * power.touPeakHours);
        const double workKwh = std::min(e.gridKwh, use.loadKw[mi] * (1.0 + loadShare) * kHoursPerMonth);
        e.charge -= workKwh * t.gridTariff * std::min(power.touShiftableShare, room) * t.touSaving;
    }
    if (builtDesignKw > 0 && power.tariffMode == TariffMode::TwoPartDemand) {
        const double peakKw = use.maxKw[mi] + pue.fixedShare * builtDesignKw + loadShare * use.maxKw[mi];
        e.charge += peakKw * r.region.demandChargeCnyPerKwMonth;
    } else if (builtDesignKw > 0 && power.tariffMode == TariffMode::TwoPartCapacity) {
        const double transformerKva = builtDesignKw * (1.0 + pue.fixedShare + t.fullLoadShare) / power.powerFactor;
        e.charge += transformerKva * r.region.capacityChargeCnyPerKvaMonth;
    }
    return e;
}

/// A year's sums over its months, kept in registers while the months are added (a sum kept in the result waits
/// on its own store at each month).
struct YearSums {
    double demand = 0, served = 0, installed = 0, used = 0, fp16 = 0;
    double itKwh = 0, facilityKwh = 0, solarUsedKwh = 0, gridKwh = 0, subsidizedKwh = 0, waterLitres = 0;
    double charges = 0; ///< energy and two-part charges before escalation
    double cardMonths = 0, itCapexMonths = 0, facilityCapexMonths = 0, rackMonths = 0;
    double racksReady = 0; ///< rack positions that became ready in the year
    int operatingMonths = 0;
};

/// The year's opex items (methodology §7.12): the fixed ones are paid every operating month, at the year's price
/// level; a colocated center's rent, with its notice period in the horizon's last year (§4.5).
void yearOpex(const ResolvedScenario& r, const YearSums& sums, double inflation, double escalation, double subsidy,
              double noticeRackMonths, YearResult& year)
{
    const Scenario& s = r.input;
    const OperationsInput& ops = s.operations;
    const double staffCost =
        ops.staffCostCnyPerFteYear > 0 ? ops.staffCostCnyPerFteYear : r.region.itWageCnyPerYear * ops.staffOnCostFactor;
    auto& opex = year.opex;
    opex[static_cast<std::size_t>(OpexItem::Electricity)] = sums.charges * escalation - subsidy;
    opex[static_cast<std::size_t>(OpexItem::Staff)] =
        sums.operatingMonths * (ops.staffCount * staffCost * inflation / 12.0);
    opex[static_cast<std::size_t>(OpexItem::Bandwidth)] =
        sums.operatingMonths * (ops.bandwidthCnyPerYear * inflation / 12.0);
    opex[static_cast<std::size_t>(OpexItem::Other)] =
        sums.operatingMonths * (ops.otherOpexCnyPerYear * inflation / 12.0);
    opex[static_cast<std::size_t>(OpexItem::Software)] =
        sums.cardMonths * (ops.softwareCnyPerCardYear * inflation / 12.0);
    opex[static_cast<std::size_t>(OpexItem::Maintenance)] =
        (ops.itMaintenanceShare * sums.itCapexMonths + ops.facilityMaintenanceShare * sums.facilityCapexMonths) / 12.0;
    opex[static_cast<std::size_t>(OpexItem::Insurance)] =
        ops.insuranceShare * (sums.itCapexMonths + sums.facilityCapexMonths) / 12.0;
    if (s.facility.housing == Housing::Colocation) {
        const double rackRentPerMonth =
            s.colocation.rentCnyPerRackMonth + s.colocation.rentCnyPerKwMonth * s.racks.designKwPerRack;
        opex[static_cast<std::size_t>(OpexItem::Colocation)] =
            ((sums.rackMonths + noticeRackMonths) * rackRentPerMonth + sums.racksReady * s.colocation.setupCnyPerRack) *
            inflation;
    }
}

/// The year's totals (methodology §7.14); the counts are those of the year's last month.
void yearTotals(const ResolvedScenario& r, const YearSums& sums, const MonthlyUse& use, std::size_t lastMonth,
                double subsidy, YearResult& year)
{
    const double greenShare = r.input.power.greenShare;
    year.demandPflopsHours = sums.demand;
    year.servedPflopsHours = sums.served;
    year.cardHoursInstalled = sums.installed;
    year.cardHoursUsed = sums.used;
    year.usedPflopsHoursFp16 = sums.fp16;
    year.cards = use.cards[lastMonth];
    year.servers = use.servers[lastMonth];
    year.racksBuilt = use.racksBuilt[lastMonth];
    year.racksFilled = use.racksFilled[lastMonth];
    year.itMwh = sums.itKwh / 1000.0;
    year.facilityMwh = sums.facilityKwh / 1000.0;
    year.solarMwh = sums.solarUsedKwh / 1000.0;
    year.gridMwh = sums.gridKwh / 1000.0;
    year.co2LocationTonnes = sums.gridKwh * r.region.gridEmissionKgPerKwh / 1000.0;
    year.co2MarketTonnes = sums.gridKwh * (1.0 - greenShare) * r.region.gridEmissionKgPerKwh / 1000.0;
    year.waterM3 = sums.waterLitres / 1000.0;
    year.electricitySubsidy = subsidy;
}

} // namespace

void accountOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                       const MonthlyUse& use, Results& results)
{
    const Scenario& s = r.input;
    const int months = s.horizonMonths();
    const int opening = capex.openingMonth;
    const EnergyTerms terms = energyTerms(r);
    const double electricitySubsidy = options.withoutPolicies ? 0.0 : s.policies.electricitySubsidy.cnyPerKwh;
    const int subsidyEnd = opening + s.policies.electricitySubsidy.years * 12;

    double inflation = 1.0;
    double escalation = 1.0;
    for (std::size_t yi = 0; yi < results.years.size(); ++yi) {
        if (yi > 0) {
            inflation *= 1.0 + s.operations.opexInflationPerYear;
            escalation *= 1.0 + s.power.tariffEscalationPerYear;
        }
        const int first = static_cast<int>(yi) * 12;
        const int last = std::min(months, first + 12); // one past the year's last month
        YearSums sums;
        for (int m = first; m < last; ++m) {
            const auto mi = static_cast<std::size_t>(m);
            const MonthEnergy e = monthEnergy(r, terms, use, m, opening);
            sums.charges += e.charge;
            const bool operating = m >= opening;
            sums.subsidizedKwh += operating && m < subsidyEnd ? e.gridKwh : 0.0;
            sums.operatingMonths += operating ? 1 : 0;
            sums.demand += use.demandPflopsHours[mi];
            sums.served += use.servedPflopsHours[mi];
            sums.installed += use.installedCardHours[mi];
            sums.used += use.usedCardHours[mi];
            sums.fp16 += use.usedPflopsHoursFp16[mi];
            sums.itKwh += e.itKwh;
            sums.facilityKwh += e.facilityKwh;
            sums.solarUsedKwh += std::min(e.solarKwh, e.facilityKwh);
            sums.gridKwh += e.gridKwh;
            sums.waterLitres += e.itKwh * terms.waterLitresPerKwh[static_cast<std::size_t>(m % 12)];
            sums.cardMonths += use.cards[mi];
            sums.rackMonths += use.racksBuilt[mi];
            sums.racksReady += use.racksBuilt[mi] - (mi > 0 ? use.racksBuilt[mi - 1] : 0);
            sums.itCapexMonths += capex.installedItCapex[mi];
            sums.facilityCapexMonths += capex.readyFacilityCapex[mi];
            if (options.details) {
                results.monthlyUtilization[mi] =
                    use.installedCardHours[mi] > 0 ? use.usedCardHours[mi] / use.installedCardHours[mi] : 0.0;
                results.monthlyPue[mi] = e.itKwh > 0 ? e.facilityKwh / e.itKwh : 0.0;
                results.monthlyDemandPflops[mi] = use.demandPflopsHours[mi] / kHoursPerMonth;
                results.monthlyServedPflops[mi] = use.servedPflopsHours[mi] / kHoursPerMonth;
            }
        }
        YearResult& year = results.years[yi];
        const double subsidy = sums.subsidizedKwh * electricitySubsidy;
        const auto lastMonth = static_cast<std::size_t>(last - 1);
        // A colocated center owes its notice period at the end of the horizon, on the racks of its last month.
        const double noticeRackMonths = last == months ? s.colocation.noticeMonths * use.racksBuilt[lastMonth] : 0.0;
        yearOpex(r, sums, inflation, escalation, subsidy, noticeRackMonths, year);
        yearTotals(r, sums, use, lastMonth, subsidy, year);
    }
}

void summarizeYears(const ResolvedScenario& r, const OperationsPlan& plan, Results& results)
{
    const Scenario& s = r.input;
    const int months = plan.months;
    const auto yearCount = static_cast<std::size_t>(plan.years);
    const std::size_t chipCount = plan.chips.size();
    const std::vector<ChipState>& chips = plan.chips;
    const std::vector<SegmentState>& segments = plan.segments;
    const double availability = r.redundancy.availability;
    thread_local std::vector<std::array<double, kPrecisionCount>> chipPflops; // P of each entry's cards
    chipPflops.resize(chipCount);
    for (std::size_t c = 0; c < chipCount; ++c) {
        for (std::size_t p = 0; p < static_cast<std::size_t>(kPrecisionCount); ++p) {
            chipPflops[c][p] = chips[c].cards * r.chips[c].tflops[p] / 1000.0;
        }
    }
    for (std::size_t yi = 0; yi < yearCount; ++yi) {
        YearResult& year = results.years[yi];
        const int firstMonth = static_cast<int>(yi) * 12;
        const int endMonth = std::min(months, firstMonth + 12);
        year.projectYear = static_cast<int>(yi) + 1;
        year.calendarYear = s.startYear + static_cast<int>(yi);
        year.rackingRate = year.racksBuilt > 0 ? year.racksFilled / year.racksBuilt : 0.0;
        year.utilization = year.cardHoursInstalled > 0 ? year.cardHoursUsed / year.cardHoursInstalled : 0.0;
        year.pue = year.itMwh > 0 ? year.facilityMwh / year.itMwh : 0.0;
        double fp16InstalledHours = 0;
        for (std::size_t c = 0; c < chipCount; ++c) {
            ChipResult& out = results.chips[c];
            const int monthsInService =
                std::max(0, std::min(endMonth, chips[c].retireMonth) - std::max(firstMonth, chips[c].deployMonth));
            out.cardHoursInstalled[yi] = monthsInService * chips[c].installedCardHours;
            fp16InstalledHours += out.cardHoursInstalled[yi] * chips[c].pflopsFp16;
            out.utilization[yi] =
                out.cardHoursInstalled[yi] > 0 ? out.cardHoursUsed[yi] / out.cardHoursInstalled[yi] : 0.0;
            if (endMonth - 1 >= chips[c].deployMonth && endMonth - 1 < chips[c].retireMonth) {
                for (std::size_t p = 0; p < static_cast<std::size_t>(kPrecisionCount); ++p) {
                    year.installedPflops[p] += chipPflops[c][p];
                }
            }
        }
        year.computeUtilization = fp16InstalledHours > 0 ? year.usedPflopsHoursFp16 / fp16InstalledHours : 0.0;
        // What each segment could do with every compatible card to itself.
        for (std::size_t k = 0; k < results.segments.size(); ++k) {
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
