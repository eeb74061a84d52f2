#include "Analysis.h"

#include "Engine.h"

#include <QCoreApplication>

#include <boost/math/tools/roots.hpp>

namespace suanpan {

namespace {

/// The root of f on [low, high] if f changes sign there; otherwise a reason naming which end fails.
OptionalFigure solve(const auto& f, double low, double high, const QString& positiveAtLow,
                     const QString& negativeAtHigh)
{
    OptionalFigure figure;
    const double atLow = f(low);
    const double atHigh = f(high);
    if (atLow >= 0) {
        figure.reason = positiveAtLow;
        return figure;
    }
    if (atHigh < 0) {
        figure.reason = negativeAtHigh;
        return figure;
    }
    std::uintmax_t iterations = 60;
    const auto bracket = boost::math::tools::toms748_solve(f, low, high, atLow, atHigh,
                                                           boost::math::tools::eps_tolerance<double>(30), iterations);
    figure.value = (bracket.first + bracket.second) / 2.0;
    return figure;
}

} // namespace

Analysis analyze(const ResolvedScenario& scenario)
{
    Analysis analysis;
    Results scratch;
    const double availability = scenario.redundancy.availability;

    auto npvAtUtilization = [&](double utilization) {
        EngineOptions options;
        options.forcedUtilization = utilization;
        evaluate(scenario, options, scratch);
        return scratch.summary.npvAfterTaxCny;
    };
    analysis.breakEvenUtilization =
        solve(npvAtUtilization, 0.0, availability,
              QCoreApplication::translate("Analysis", "the NPV is positive even with every card idle"),
              QCoreApplication::translate("Analysis", "the NPV stays negative even with every card busy all the time"));

    auto npvAtPriceFactor = [&](double factor) {
        EngineOptions options;
        options.priceMultiplier = factor;
        evaluate(scenario, options, scratch);
        return scratch.summary.npvAfterTaxCny;
    };
    analysis.breakEvenPriceFactor =
        solve(npvAtPriceFactor, 0.0, 100.0,
              QCoreApplication::translate("Analysis", "the NPV is positive even if compute is given away"),
              QCoreApplication::translate(
                  "Analysis",
                  "no price up to 100 times the assumed one brings the NPV to zero (demand or capacity too small)"));
    if (analysis.breakEvenPriceFactor.value) {
        for (const ChipSpec& chip : scenario.chips) {
            analysis.breakEvenPricePerCardHour.push_back(chip.rentalPriceCnyPerCardHour *
                                                         *analysis.breakEvenPriceFactor.value);
        }
    }

    EngineOptions without;
    without.withoutPolicies = true;
    evaluate(scenario, without, scratch);
    analysis.npvWithoutPoliciesCny = scratch.summary.npvAfterTaxCny;
    analysis.irrWithoutPolicies = scratch.summary.projectIrrAfterTax;
    return analysis;
}

} // namespace suanpan
