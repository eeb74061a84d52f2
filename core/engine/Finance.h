#pragma once

#include <optional>
#include <span>
#include <vector>

namespace suanpan::Finance {

/**
 * \brief Spreadsheet-standard financial functions (methodology §Finance).
 *
 * Cash flows are yearly, flows[0] being project year 1, each at the end of its year, so npv() equals the
 * spreadsheet NPV(rate, flows...) and irr() the rate at which it is zero (spreadsheet IRR).
 */
double npv(double rate, std::span<const double> flows);

/// The IRR, or nothing when no rate in (-99%, 1000%) gives NPV = 0. When the flows change sign more than
/// once and several rates qualify, the one closest to 0 is returned (multipleRoots tells).
std::optional<double> irr(std::span<const double> flows, bool* multipleRoots = nullptr);

/// Payment per period of a loan (spreadsheet PMT with pv = principal, fv = 0, payments at period end),
/// returned as a positive amount.
double pmt(double ratePerPeriod, int periods, double principal);

/// Years until the cumulative flow first turns non-negative, counted from the start of year 1, with the
/// crossing year interpolated linearly: (k - 1) + |cumulative(k-1)| / flow(k). Nothing if it never does.
std::optional<double> paybackYears(std::span<const double> flows);

/// The same on flows discounted at rate (dynamic payback period).
std::optional<double> discountedPaybackYears(double rate, std::span<const double> flows);

/**
 * \brief Income tax per year with losses carried forward for at most carryYears years (oldest first).
 * Returns the tax per year; a loss not used within carryYears years expires.
 */
std::vector<double> incomeTaxWithLossCarryForward(std::span<const double> taxableIncome, double rate, int carryYears);

} // namespace suanpan::Finance
