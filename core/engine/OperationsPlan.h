#pragma once

// Internal to the engine: what the monthly operation reads, prepared once per evaluation.

#include "EngineInternal.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace suanpan::detail {

/// Everything about one chip-mix entry that the monthly loop needs.
struct ChipState {
    int cards = 0;
    int servers = 0;
    int deployMonth = 0;
    int retireMonth = 0; ///< first month out of service (the horizon's length when it serves to the end)
    double serverMaxKw = 0;
    double serverIdleKw = 0;
    double pflopsFp16 = 0;
    double installedCardHours = 0; ///< per month in service: cards × hours
    double loadKwPerCardHour = 0;  ///< IT draw above idle per card-hour used in a month (methodology §7.7)
};

/// One chip a segment can use, with the effective P one card-hour delivers to it there.
struct Route {
    std::size_t chip = 0;
    double rate = 0;
    double hoursPerWork = 0; ///< 1 / rate: card-hours for one P·h
};

/// One demand segment: its routes in the order it fills them, and its voucher standing.
struct SegmentState {
    std::size_t firstRoute = 0; ///< into OperationsPlan::routes
    std::size_t routeCount = 0;
    std::uint64_t chipMask = 0; ///< bit c set when the segment can use chip-mix entry c (all bits past 64 entries)
    bool voucherEligible = false;
    bool priceLocked = false;
    double userCapCny = 0;         ///< per year; 0 = none
    int rampMonths = 0;            ///< time to fill from the opening (methodology §7.3)
    std::size_t firstContract = 0; ///< into OperationsPlan::contracts (a segment's contracts stand together)
    std::size_t contractCount = 0;
};

/// One revenue contract as the month's allocation prices it (methodology §7.5).
struct ContractState {
    std::size_t segment = 0;
    double takeOrPayShare = 1;
};

/**
 * \brief The monthly loop's inputs in flat arrays: capacity, rental price paths, captured demand and the
 * routes from segments to chips (methodology §7.1–§7.5, §7.13).
 *
 * Flat, reusable storage matters here: a Monte Carlo run evaluates the same shape of scenario a hundred
 * thousand times, and the monthly loop is most of an evaluation.
 */
struct OperationsPlan {
    int months = 0;
    int years = 0;
    std::vector<ChipState> chips;
    std::vector<int> racksFilledFrom; ///< racks filled from month m (size months + 1)
    std::vector<int> racksBuiltFrom;  ///< racks ready from month m (size months + 1)
    std::vector<double> chipPrice;    ///< market rental price per card-hour, [month · chips + chip]
    std::vector<double> listPrice;    ///< month-0 price per chip (contract prices)
    std::vector<SegmentState> segments;
    std::vector<Route> routes;
    std::vector<double> rate;     ///< effective P per card-hour, [segment · chips + chip]; 0 = cannot use
    std::vector<double> captured; ///< P·h: market demand × capture share × fill × hours, [segment · months + month]
    std::vector<double> priceFactor;       ///< price factor of a segment by year, [segment · years + year]
    std::vector<std::size_t> segmentOrder; ///< the order segments are served in
    int opening = 0;                       ///< first month with cards in service
    int rampsEnd = 0;                      ///< first month in which every segment is filled
    // Revenue contracts, grouped by segment: what they reserve and what the whole reservation is worth.
    std::vector<ContractState> contracts;
    std::vector<double> reserved;      ///< expected P·h reserved, [segment · months + month]
    std::vector<double> contractValue; ///< expected CNY of a contract's whole reservation, [contract · months + month]
    bool anyContract = false;          ///< whether any contract reserves anything
};

/**
 * \brief What the month-by-month allocation leaves for the energy and cost accounts, one entry per month
 * (methodology §7.7–§7.12 read these; revenue and vouchers are summed by year as they are allocated).
 */
struct MonthlyUse {
    std::vector<double> installedCardHours; ///< cards in service × hours
    std::vector<double> usedCardHours;
    std::vector<double> usedPflopsHoursFp16;
    std::vector<double> idleKw; ///< IT draw of the servers in service at idle
    std::vector<double> loadKw; ///< IT draw above idle, from the card-hours used
    std::vector<double> maxKw;  ///< IT draw of the servers in service at full load
    std::vector<double> demandPflopsHours;
    std::vector<double> servedPflopsHours;
    std::vector<int> cards;
    std::vector<int> servers;
    std::vector<int> racksBuilt;
    std::vector<int> racksFilled;
};

/// Energy, electricity, the other opex items, carbon and water from the month's use, summed into
/// results.years, and the monthly series (methodology §7.7–§7.12, §7.14).
void accountOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                       const MonthlyUse& use, Results& results);

/// Each year's ratios (racking rate, utilization, PUE), installed compute and the per-chip and per-segment
/// capacity figures, from the year's sums.
void summarizeYears(const ResolvedScenario& r, const OperationsPlan& plan, Results& results);

void planOperations(const ResolvedScenario& r, const EngineOptions& options, int openingMonth, OperationsPlan& plan);

/// The contracts' reservations and values month by month (methodology §7.5); needs the price paths and routes.
void planContracts(const ResolvedScenario& r, const EngineOptions& options, int openingMonth, OperationsPlan& plan);

/// The share of a segment's capture reached in month m: 0 before the opening, then rising linearly over its ramp
/// (methodology §7.3): the captured demand and the vouchers' converted users both read it.
inline double fillAt(const OperationsPlan& plan, const SegmentState& segment, int m)
{
    if (m < plan.opening) {
        return 0.0;
    }
    return segment.rampMonths <= 0 ? 1.0
                                   : std::min(1.0, (m - plan.opening + 1) / static_cast<double>(segment.rampMonths));
}

/// Demand multiplier of a voucher covering `coverage` of the price: (1 − c)^−ε, with c capped at 0.99.
double voucherUplift(double coverage, double elasticity);

} // namespace suanpan::detail
