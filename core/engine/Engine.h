#pragma once

#include "Results.h"
#include "model/ResolvedScenario.h"

namespace suanpan {

/// Which rates of return an evaluation solves for: each is a root search over the yearly cash flows.
struct RatesOfReturn {
    bool projectBeforeTax = true;
    bool projectAfterTax = true;
    bool equity = true;
};

/**
 * \brief Ways to evaluate a scenario other than as described (break-even search, comparisons without policies),
 * and what a repeated evaluation may leave out (risk trials, goal seek).
 */
struct EngineOptions {
    /// When in [0, 1]: every installed card is used this share of the time, regardless of demand.
    double forcedUtilization = -1.0;
    /// Multiplies every price the segments pay.
    double priceMultiplier = 1.0;
    /// Evaluates without capex, electricity and interest subsidies and without vouchers.
    bool withoutPolicies = false;

    // For repeated evaluations that read only some outcomes (Monte Carlo trials, goal seek). What they leave
    // out is not computed; every other figure is the same, bit for bit.

    /// A rate of return left out has no value and an empty reason.
    RatesOfReturn ratesOfReturn;
    /// False: the monthly series (Results::monthly*), the per-segment yearly series (Results::segments), the
    /// subsidy conditions (Results::compliance) and the reasons of figures without a value stay empty.
    bool details = true;
};

/**
 * \brief The planning engine: a pure function from a validated scenario to its results.
 *
 * Monthly steps over the horizon (capacity, demand, allocation, energy, costs), reported by project year,
 * then finance on the yearly flows. The order of computation is the order of docs/methodology.md.
 */
Results evaluate(const ResolvedScenario& scenario, const EngineOptions& options = {});

/// The same, reusing the storage of `results` (for repeated evaluation in simulations). Scratch storage of the
/// monthly loop is kept per thread, so concurrent evaluations on different threads never share it.
void evaluate(const ResolvedScenario& scenario, const EngineOptions& options, Results& results);

} // namespace suanpan
