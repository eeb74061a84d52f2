#pragma once

// Internal to the engine: one month's allocation of demand to capacity (methodology §7.5, §7.6).

#include "OperationsPlan.h"

#include <cstdint>

namespace suanpan::detail {

/// The month's arrays the allocation reads and writes: per chip-mix entry, then per segment, then per route.
struct MonthArrays {
    const double* capacity = nullptr; ///< available card-hours in service this month
    double* left = nullptr;
    double* used = nullptr; ///< card-hours run
    const double* uplift = nullptr;
    double* work = nullptr; ///< demand, P·h
    double* served = nullptr;
    double* segmentCardHours = nullptr;
    double* revenue = nullptr;
    double* reservedIdle = nullptr; ///< card-hours reserved by contracts and left idle
    double* takeOrPay = nullptr;    ///< what contracts pay for reserved capacity left idle
    double* contracted = nullptr;   ///< P·h reserved by contracts (placed on chips)
    double* contractRevenue = nullptr;
    double* routeHours = nullptr; ///< scratch: card-hours a contracted segment reserves on each route
    /// A bit per chip-mix entry in service with card-hours to offer (bits of entries past 64 are always set).
    std::uint64_t openInService = 0;
};

/// Allocates month m's demand to capacity: segments from the most constrained, each on its best chip first,
/// take-or-pay contracts reserving their volume.
void allocateMonth(const OperationsPlan& plan, int m, const MonthArrays& a);

/// Forced utilization: every card busy the given share, paid at the first segment (in fill order) using it.
void forceMonth(const OperationsPlan& plan, int m, double forcedUtilization, double availability, const MonthArrays& a);

} // namespace suanpan::detail
