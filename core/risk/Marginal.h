#pragma once

#include "model/Uncertainty.h"

#include <limits>

namespace suanpan {

/**
 * \brief One uncertain input's distribution, truncated to the values its field allows, with the inverse CDF
 * that maps a uniform draw onto it (docs/methodology.md §12.2).
 *
 * Truncation renormalizes (u ↦ F(lower) + u·(F(upper) − F(lower))), so that draws stay inside the range
 * without piling up at its ends and the map stays strictly increasing, which rank correlation relies on.
 */
class Marginal {
public:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();

    explicit Marginal(const DistributionSpec& spec, double lower = -kInfinity, double upper = kInfinity);

    /// The value at probability u in (0, 1).
    double quantile(double u) const;
    /// P(X ≤ x) of the truncated distribution.
    double cdf(double x) const;
    /// Probability the untruncated distribution gives to [lower, upper].
    double massInside() const { return m_upperCdf - m_lowerCdf; }

    const DistributionSpec& spec() const { return m_spec; }

    /// Mean and standard deviation of the untruncated distribution (analytic).
    static double mean(const DistributionSpec& spec);
    static double standardDeviation(const DistributionSpec& spec);

private:
    double rawQuantile(double p) const;
    double rawCdf(double x) const;

    DistributionSpec m_spec;
    double m_lower;
    double m_upper;
    double m_lowerCdf = 0;
    double m_upperCdf = 1;
    // Derived parameters: lognormal location and scale of the logarithm; PERT's beta shape parameters.
    double m_logMean = 0;
    double m_logSd = 0;
    double m_alpha = 0;
    double m_beta = 0;
};

} // namespace suanpan
