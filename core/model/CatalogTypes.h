#pragma once

#include "Enums.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cmath>

namespace suanpan {

/** \brief One accelerator (or server CPU) type as the chip catalog describes it, after overrides. */
struct ChipSpec {
    QString id;
    QString name;
    QString vendor;
    bool domestic = false;
    std::array<double, kPrecisionCount> tflops{}; ///< dense, indexed by Precision; 0 = not supported
    double memoryGb = 0;
    double tdpW = 0;
    int cardsPerServer = 1;
    double serverOverheadW = 0;
    double idlePowerShare = 0;
    double cardPriceCny = 0;
    double serverBasePriceCny = 0;
    double rentalPriceCnyPerCardHour = 0;
    double priceDeclinePerYear = 0;
    double economicLifeYears = 0;
    double supplyRisk = 0;
    std::array<double, kWorkloadCount> ecosystemEfficiency{}; ///< indexed by Workload

    double serverMaxKw() const { return (cardsPerServer * tdpW + serverOverheadW) / 1000.0; }
    double serverPriceCny() const { return cardsPerServer * cardPriceCny + serverBasePriceCny; }
    /// The economic life in whole months (at least 1): when a refresh replaces the cards.
    int economicLifeMonths() const { return std::max(1, static_cast<int>(std::lround(economicLifeYears * 12.0))); }
    double tflopsAt(Precision p) const { return tflops[static_cast<std::size_t>(p)]; }
    double efficiencyFor(Workload w) const { return ecosystemEfficiency[static_cast<std::size_t>(w)]; }

    /// Peak P of one card at a precision, or at the next higher precision it supports (methodology §3); 0 if none.
    double peakPflopsAt(Precision p) const
    {
        for (auto i = static_cast<std::size_t>(p); i < tflops.size(); ++i) {
            if (tflops[i] > 0) {
                return tflops[i] / 1000.0;
            }
        }
        return 0.0;
    }

    /// Effective P one card delivers to a workload at a precision: peak × ecosystem efficiency (methodology §7.5).
    double effectivePflops(Workload w, Precision p) const { return peakPflopsAt(p) * efficiencyFor(w); }
};

/** \brief Part-load and climate-dependent PUE parameters of one cooling technology (see methodology §PUE). */
struct PueModel {
    double fixedShare = 0;
    double proportionalShare = 0;
    double baseCoolingShare = 0;
    double mechanicalCoolingShare = 0;
    double freeCoolingBelowC = 0;
    double fullMechanicalAboveC = 0;

    /// Share of mechanical cooling needed at outdoor temperature t, between 0 and 1.
    double mechanicalFraction(double temperatureC) const
    {
        if (temperatureC <= freeCoolingBelowC) {
            return 0.0;
        }
        if (temperatureC >= fullMechanicalAboveC) {
            return 1.0;
        }
        return (temperatureC - freeCoolingBelowC) / (fullMechanicalAboveC - freeCoolingBelowC);
    }
};

struct CoolingSpec {
    QString id;
    QString name;
    QString nameZh;
    double maxKwPerRack = 0;
    double capexCnyPerKw = 0;
    PueModel pue;
    double waterBaseLPerKwh = 0;
    double waterMechanicalLPerKwh = 0;
};

struct RegionSpec {
    QString id;
    QString name;
    QString nameZh;
    double tariffCnyPerKwh = 0;
    double demandChargeCnyPerKwMonth = 0;
    double capacityChargeCnyPerKvaMonth = 0;
    double gridEmissionKgPerKwh = 0;
    std::array<double, 12> monthlyTempC{};
    double itWageCnyPerYear = 0;
    double landPriceCnyPerM2 = 0;
    double solarYieldKwhPerKwpYear = 0;
    QString hub;
    QString hubZh;
    double pueLimit = 0;
};

struct RedundancySpec {
    QString id;
    QString name;
    QString nameZh;
    double powerCapexMultiplier = 1;
    double availability = 1;
};

} // namespace suanpan
