#pragma once

#include "Results.h"
#include "model/ResolvedScenario.h"

#include <vector>

namespace suanpan {

/** \brief Figures that need more than one evaluation: break-even points and the view without policies. */
struct Analysis {
    /// The constant utilization of installed card-hours at which the after-tax project NPV is zero.
    OptionalFigure breakEvenUtilization;
    /// The factor on every price segments pay at which the after-tax project NPV is zero.
    OptionalFigure breakEvenPriceFactor;
    /// Break-even price per card-hour of each chip-mix entry in project year 1 (market price × factor).
    std::vector<double> breakEvenPricePerCardHour;
    /// Project NPV and IRR (after tax) with no subsidy, voucher or interest support.
    double npvWithoutPoliciesCny = 0;
    OptionalFigure irrWithoutPolicies;
};

/// Runs the searches (TOMS 748 on a bracket; a clear reason when no value in the bracket reaches NPV = 0).
Analysis analyze(const ResolvedScenario& scenario);

} // namespace suanpan
