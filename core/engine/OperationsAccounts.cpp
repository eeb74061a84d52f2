#include "OperationsPlan.h"

#include <algorithm>
#include <array>

namespace suanpan::detail {

void accountOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                       const MonthlyUse& use, Results& results)
{
    const Scenario& s = r.input;
    const PueModel& pue = r.cooling.pue;
    const OperationsInput& ops = s.operations;
    const int months = s.horizonMonths();
    const int opening = capex.openingMonth;
    const double staffCost =
        ops.staffCostCnyPerFteYear > 0 ? ops.staffCostCnyPerFteYear : r.region.itWageCnyPerYear * ops.staffOnCostFactor;
    const double greenShare = s.power.greenShare;
    const double gridTariff = (1.0 - greenShare) * r.region.tariffCnyPerKwh;
    const double greenTariff = greenShare * s.power.greenPriceCnyPerKwh;
    // Time of use (methodology §7.10): the regional tariff is what a flat load pays; moving a share of the
    // work's peak-hour energy into valley hours lowers its grid price by that share times `touSaving`.
    const PowerInput& power = s.power;
    const double flatHours = 24.0 - power.touPeakHours - power.touValleyHours;
    const double touWeight =
        power.touPeakFactor * power.touPeakHours + flatHours + power.touValleyFactor * power.touValleyHours;
    const double touSaving =
        touWeight > 0 ? power.touPeakHours * (power.touPeakFactor - power.touValleyFactor) / touWeight : 0.0;
    const bool shifting = power.touShiftableShare > 0 && power.touPeakHours > 0 && touSaving > 0;
    const double electricitySubsidy = options.withoutPolicies ? 0.0 : s.policies.electricitySubsidy.cnyPerKwh;
    const int subsidyEnd = opening + s.policies.electricitySubsidy.years * 12;
    const double fullLoadShare = pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare;
    const double solarKwhPerMonth = s.power.solarKwp * r.region.solarYieldKwhPerKwpYear / 12.0;
    const double designKwPerRack = s.racks.designKwPerRack;
    // A colocated center (§4.5, §7.12) pays the host's electricity at the host's PUE and rents its racks.
    const bool colocated = s.facility.housing == Housing::Colocation;
    const ColocationInput& colocation = s.colocation;
    const double rackRentPerMonth = colocation.rentCnyPerRackMonth + colocation.rentCnyPerKwMonth * designKwPerRack;
    const TariffMode tariffMode = s.power.tariffMode;
    // By calendar month: the share of mechanical cooling, the overhead per kW of IT load and the water per kWh.
    std::array<double, 12> loadShareByMonth{};
    std::array<double, 12> waterLitresPerKwh{};
    for (std::size_t calendarMonth = 0; calendarMonth < 12; ++calendarMonth) {
        const double mechanical = pue.mechanicalFraction(r.region.monthlyTempC[calendarMonth]);
        loadShareByMonth[calendarMonth] =
            pue.proportionalShare + pue.baseCoolingShare + pue.mechanicalCoolingShare * mechanical;
        waterLitresPerKwh[calendarMonth] = r.cooling.waterBaseLPerKwh + r.cooling.waterMechanicalLPerKwh * mechanical;
    }

    double inflation = 1.0;
    double escalation = 1.0;
    for (std::size_t yi = 0; yi < results.years.size(); ++yi) {
        if (yi > 0) {
            inflation *= 1.0 + ops.opexInflationPerYear;
            escalation *= 1.0 + s.power.tariffEscalationPerYear;
        }
        const int first = static_cast<int>(yi) * 12;
        const int last = std::min(months, first + 12); // one past the year's last month
        // The year's sums are kept in registers: a sum kept in the result waits on its own store at each month.
        double demand = 0, served = 0, installed = 0, used = 0, fp16 = 0;
        double itKwh = 0, facilityKwh = 0, solarUsedKwh = 0, gridKwh = 0, subsidizedKwh = 0, waterLitres = 0;
        double charges = 0; // energy and two-part charges before escalation
        double cardMonths = 0, itCapexMonths = 0, facilityCapexMonths = 0, rackMonths = 0;
        int operatingMonths = 0;
        for (int m = first; m < last; ++m) {
            const auto mi = static_cast<std::size_t>(m);
            const auto calendarMonth = static_cast<std::size_t>(m % 12);
            const double builtDesignKw = use.racksBuilt[mi] * designKwPerRack;
            const double loadShare = loadShareByMonth[calendarMonth];

            // Power and energy (methodology §7.7–§7.9).
            const double itKw = use.idleKw[mi] + use.loadKw[mi];
            const double overheadKw =
                colocated ? (colocation.hostPue - 1.0) * itKw : pue.fixedShare * builtDesignKw + loadShare * itKw;
            const double monthItKwh = itKw * kHoursPerMonth;
            const double monthFacilityKwh = (itKw + overheadKw) * kHoursPerMonth;
            const double solarKwh = m >= opening ? solarKwhPerMonth : 0.0;
            const double monthGridKwh = std::max(0.0, monthFacilityKwh - solarKwh);

            // Electricity: energy charge (grid and green) and the two-part charge (§7.10). Only the energy the
            // work draws (above idle, with its cooling) can move off peak, and only as far as the valley hours
            // have idle cards for it.
            double charge = monthGridKwh * (gridTariff + greenTariff);
            if (shifting && use.usedCardHours[mi] > 0) {
                const double utilization = use.usedCardHours[mi] / use.installedCardHours[mi];
                const double room = (1.0 - utilization) * power.touValleyHours / (utilization * power.touPeakHours);
                const double workKwh = std::min(monthGridKwh, use.loadKw[mi] * (1.0 + loadShare) * kHoursPerMonth);
                charge -= workKwh * gridTariff * std::min(power.touShiftableShare, room) * touSaving;
            }
            if (builtDesignKw > 0 && tariffMode == TariffMode::TwoPartDemand) {
                const double peakKw = use.maxKw[mi] + pue.fixedShare * builtDesignKw + loadShare * use.maxKw[mi];
                charge += peakKw * r.region.demandChargeCnyPerKwMonth;
            } else if (builtDesignKw > 0 && tariffMode == TariffMode::TwoPartCapacity) {
                const double transformerKva =
                    builtDesignKw * (1.0 + pue.fixedShare + fullLoadShare) / s.power.powerFactor;
                charge += transformerKva * r.region.capacityChargeCnyPerKvaMonth;
            }
            charges += charge;
            const bool operating = m >= opening;
            subsidizedKwh += operating && m < subsidyEnd ? monthGridKwh : 0.0;
            operatingMonths += operating ? 1 : 0;

            demand += use.demandPflopsHours[mi];
            served += use.servedPflopsHours[mi];
            installed += use.installedCardHours[mi];
            used += use.usedCardHours[mi];
            fp16 += use.usedPflopsHoursFp16[mi];
            itKwh += monthItKwh;
            facilityKwh += monthFacilityKwh;
            solarUsedKwh += std::min(solarKwh, monthFacilityKwh);
            gridKwh += monthGridKwh;
            waterLitres += monthItKwh * waterLitresPerKwh[calendarMonth];
            cardMonths += use.cards[mi];
            rackMonths += use.racksBuilt[mi];
            itCapexMonths += capex.installedItCapex[mi];
            facilityCapexMonths += capex.readyFacilityCapex[mi];

            if (options.details) {
                results.monthlyUtilization[mi] =
                    use.installedCardHours[mi] > 0 ? use.usedCardHours[mi] / use.installedCardHours[mi] : 0.0;
                results.monthlyPue[mi] = monthItKwh > 0 ? monthFacilityKwh / monthItKwh : 0.0;
                results.monthlyDemandPflops[mi] = use.demandPflopsHours[mi] / kHoursPerMonth;
                results.monthlyServedPflops[mi] = use.servedPflopsHours[mi] / kHoursPerMonth;
            }
        }

        // Opex items (§7.12): the fixed ones are paid every operating month, at the year's price level.
        YearResult& year = results.years[yi];
        const double subsidy = subsidizedKwh * electricitySubsidy;
        auto& opex = year.opex;
        opex[static_cast<std::size_t>(OpexItem::Electricity)] = charges * escalation - subsidy;
        opex[static_cast<std::size_t>(OpexItem::Staff)] =
            operatingMonths * (ops.staffCount * staffCost * inflation / 12.0);
        opex[static_cast<std::size_t>(OpexItem::Bandwidth)] =
            operatingMonths * (ops.bandwidthCnyPerYear * inflation / 12.0);
        opex[static_cast<std::size_t>(OpexItem::Other)] =
            operatingMonths * (ops.otherOpexCnyPerYear * inflation / 12.0);
        opex[static_cast<std::size_t>(OpexItem::Software)] =
            cardMonths * (ops.softwareCnyPerCardYear * inflation / 12.0);
        opex[static_cast<std::size_t>(OpexItem::Maintenance)] =
            (ops.itMaintenanceShare * itCapexMonths + ops.facilityMaintenanceShare * facilityCapexMonths) / 12.0;
        opex[static_cast<std::size_t>(OpexItem::Insurance)] =
            ops.insuranceShare * (itCapexMonths + facilityCapexMonths) / 12.0;
        if (colocated) {
            // The notice period is owed at the end of the horizon, on the racks rented in its last month.
            const bool lastYear = last == months;
            const double noticeRackMonths =
                lastYear ? colocation.noticeMonths * use.racksBuilt[static_cast<std::size_t>(last - 1)] : 0.0;
            opex[static_cast<std::size_t>(OpexItem::Colocation)] =
                (rackMonths + noticeRackMonths) * rackRentPerMonth * inflation;
        }

        // Year totals (§7.14); the counts are those of the year's last month.
        const auto lastMonth = static_cast<std::size_t>(last - 1);
        year.demandPflopsHours = demand;
        year.servedPflopsHours = served;
        year.cardHoursInstalled = installed;
        year.cardHoursUsed = used;
        year.usedPflopsHoursFp16 = fp16;
        year.cards = use.cards[lastMonth];
        year.servers = use.servers[lastMonth];
        year.racksBuilt = use.racksBuilt[lastMonth];
        year.racksFilled = use.racksFilled[lastMonth];
        year.itMwh = itKwh / 1000.0;
        year.facilityMwh = facilityKwh / 1000.0;
        year.solarMwh = solarUsedKwh / 1000.0;
        year.gridMwh = gridKwh / 1000.0;
        year.co2LocationTonnes = gridKwh * r.region.gridEmissionKgPerKwh / 1000.0;
        year.co2MarketTonnes = gridKwh * (1.0 - greenShare) * r.region.gridEmissionKgPerKwh / 1000.0;
        year.waterM3 = waterLitres / 1000.0;
        year.electricitySubsidy = subsidy;
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
