#pragma once

// Internal to the engine: the intermediate plans that its steps pass to one another.

#include "Engine.h"

#include <array>
#include <vector>

namespace suanpan::detail {

inline constexpr double kHoursPerMonth = 8760.0 / 12.0;

using CapexRow = std::array<double, kCapexItemCount>;

/** \brief When money is spent on what, and what it leaves for depreciation, maintenance and residual value. */
struct CapexPlan {
    int months = 0;
    int openingMonth = 0; ///< first month with cards in service
    std::vector<CapexRow> byMonth;
    std::vector<char> spendsIn;             ///< whether anything is spent in a month (most months: nothing)
    CapexRow initialByItem{};               ///< every outlay except hardware refresh
    std::vector<double> depreciation;       ///< tax depreciation per month (IT and facility)
    std::vector<double> installedItCapex;   ///< purchase cost of the IT in service, per month
    std::vector<double> readyFacilityCapex; ///< facility capex of phases in service, per month
    double residualValue = 0;               ///< value left at the end of the horizon
};

/** \brief Monthly debt schedule: drawdowns during construction, capitalized interest, then repayment. */
struct DebtPlan {
    std::vector<double> drawdown;
    std::vector<double> interestPaid;
    std::vector<double> principal;
    std::vector<double> balance;
    std::vector<double> interestSubsidy;
    double capitalizedInterest = 0;
};

/**
 * The scenario as the engine runs it (methodology §7.1): an entry whose refresh buys another chip
 * (chipMix[].refreshChipId) serves to the end of its economic life, and the chip it refreshes into becomes an
 * entry of its own, in the same racks, from then on (refreshed like for like after that). Returns `r` itself when
 * no entry refreshes into another chip, otherwise `storage`, filled.
 */
const ResolvedScenario& withGenerations(const ResolvedScenario& r, ResolvedScenario& storage);

CapexPlan planCapex(const ResolvedScenario& r);
DebtPlan planDebt(const ResolvedScenario& r, const CapexPlan& capex, const EngineOptions& options);

/// The same into existing plans, keeping their storage (for repeated evaluation).
void planCapex(const ResolvedScenario& r, CapexPlan& plan);
void planDebt(const ResolvedScenario& r, const CapexPlan& capex, const EngineOptions& options, DebtPlan& debt);

/// Adds capitalized construction interest to depreciation (facility life, from opening).
void depreciateCapitalizedInterest(const ResolvedScenario& r, const DebtPlan& debt, CapexPlan& capex);

/// The monthly operation: capacity, demand, allocation, energy, revenue and opex into results.years etc.
void simulateOperations(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                        Results& results);

/// The first full project year after the last deployment (capped to the horizon), 0-based: where measured
/// conditions (PUE, racking rate) are assessed.
std::size_t assessmentYear(const ResolvedScenario& r);

/// Full-load PUE of the built design at the site's average climate (the "design PUE").
double designPue(const ResolvedScenario& r);

/// Subsidy conditions and amounts (results.subsidies, results.compliance).
void assessCapexSubsidies(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                          Results& results);

/// The national and hub rules where the center stands, into results.compliance (with EngineOptions::details only).
void assessHubRules(const ResolvedScenario& r, const EngineOptions& options, Results& results);

/// Tax, cash flows and every summary indicator.
void computeFinance(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                    const DebtPlan& debt, Results& results);

} // namespace suanpan::detail
