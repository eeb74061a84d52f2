#include "Marginal.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

// Double precision throughout: Boost's default promotes to long double, several times slower per draw and no
// more accurate than a draw needs.
using DoublePolicy = boost::math::policies::policy<boost::math::policies::promote_float<false>,
                                                   boost::math::policies::promote_double<false>>;
const boost::math::normal_distribution<double, DoublePolicy> kStandardNormal(0.0, 1.0);

/// Keeps a probability strictly inside (0, 1): Boost's quantiles are infinite (and throw) at the ends.
double interior(double p)
{
    constexpr double kTiny = 1e-300;
    return std::clamp(p, kTiny, 1.0 - 1e-16);
}

bool bounded(DistributionType type)
{
    return type == DistributionType::Triangular || type == DistributionType::Pert || type == DistributionType::Uniform;
}

/// Width of the distribution; 0 means every draw is the same value.
double spread(const DistributionSpec& s)
{
    return bounded(s.type) ? s.max - s.min : s.sd;
}

} // namespace

Marginal::Marginal(const DistributionSpec& spec, double lower, double upper)
    : m_spec(spec)
    , m_lower(lower)
    , m_upper(upper)
{
    if (spec.type == DistributionType::Lognormal && spec.mean > 0) {
        // Mean and sd are of the value; the logarithm is normal with these parameters.
        m_logSd = std::sqrt(std::log1p((spec.sd * spec.sd) / (spec.mean * spec.mean)));
        m_logMean = std::log(spec.mean) - m_logSd * m_logSd / 2.0;
    }
    if (spec.type == DistributionType::Pert && spec.max > spec.min) {
        // The PERT (beta) shape with weight 4 on the mode: mean = (min + 4·mode + max) / 6.
        m_alpha = 1.0 + 4.0 * (spec.mode - spec.min) / (spec.max - spec.min);
        m_beta = 1.0 + 4.0 * (spec.max - spec.mode) / (spec.max - spec.min);
    }
    m_lowerCdf = std::isfinite(lower) ? rawCdf(lower) : 0.0;
    m_upperCdf = std::isfinite(upper) ? rawCdf(upper) : 1.0;
    // A point mass exactly at a bound: the upper CDF includes it, the lower must not exclude it.
    if (spread(spec) <= 0 && std::isfinite(lower) && rawQuantile(0.5) == lower) {
        m_lowerCdf = 0.0;
    }
}

double Marginal::rawCdf(double x) const
{
    const DistributionSpec& s = m_spec;
    if (spread(s) <= 0) {
        return x >= rawQuantile(0.5) ? 1.0 : 0.0;
    }
    switch (s.type) {
    case DistributionType::Normal:
        return boost::math::cdf(kStandardNormal, (x - s.mean) / s.sd);
    case DistributionType::Lognormal:
        return x <= 0 ? 0.0 : boost::math::cdf(kStandardNormal, (std::log(x) - m_logMean) / m_logSd);
    case DistributionType::Triangular: {
        if (x <= s.min) {
            return 0.0;
        }
        if (x >= s.max) {
            return 1.0;
        }
        const double width = s.max - s.min;
        return x <= s.mode ? (x - s.min) * (x - s.min) / (width * (s.mode - s.min))
                           : 1.0 - (s.max - x) * (s.max - x) / (width * (s.max - s.mode));
    }
    case DistributionType::Pert:
        return x <= s.min   ? 0.0
               : x >= s.max ? 1.0
                            : boost::math::ibeta(m_alpha, m_beta, (x - s.min) / (s.max - s.min), DoublePolicy());
    case DistributionType::Uniform:
        return std::clamp((x - s.min) / (s.max - s.min), 0.0, 1.0);
    }
    return 0.0;
}

double Marginal::rawQuantile(double p) const
{
    const DistributionSpec& s = m_spec;
    if (spread(s) <= 0) {
        return bounded(s.type) ? s.min : s.mean;
    }
    switch (s.type) {
    case DistributionType::Normal:
        return s.mean + s.sd * boost::math::quantile(kStandardNormal, interior(p));
    case DistributionType::Lognormal:
        return std::exp(m_logMean + m_logSd * boost::math::quantile(kStandardNormal, interior(p)));
    case DistributionType::Triangular: {
        const double width = s.max - s.min;
        const double atMode = (s.mode - s.min) / width;
        return p < atMode ? s.min + std::sqrt(p * width * (s.mode - s.min))
                          : s.max - std::sqrt((1.0 - p) * width * (s.max - s.mode));
    }
    case DistributionType::Pert:
        return s.min + (s.max - s.min) * boost::math::ibeta_inv(m_alpha, m_beta, interior(p), DoublePolicy());
    case DistributionType::Uniform:
        return s.min + p * (s.max - s.min);
    }
    return 0.0;
}

double Marginal::quantile(double u) const
{
    const double p = m_lowerCdf + u * (m_upperCdf - m_lowerCdf);
    return std::clamp(rawQuantile(p), m_lower, m_upper);
}

double Marginal::cdf(double x) const
{
    if (x < m_lower) {
        return 0.0;
    }
    if (x >= m_upper) {
        return 1.0;
    }
    const double mass = massInside();
    return mass > 0 ? std::clamp((rawCdf(x) - m_lowerCdf) / mass, 0.0, 1.0) : 1.0;
}

double Marginal::mean(const DistributionSpec& s)
{
    switch (s.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        return s.mean;
    case DistributionType::Triangular:
        return (s.min + s.mode + s.max) / 3.0;
    case DistributionType::Pert:
        return (s.min + 4.0 * s.mode + s.max) / 6.0;
    case DistributionType::Uniform:
        return (s.min + s.max) / 2.0;
    }
    return 0.0;
}

double Marginal::standardDeviation(const DistributionSpec& s)
{
    switch (s.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        return s.sd;
    case DistributionType::Triangular: {
        const double a = s.min, b = s.max, c = s.mode;
        return std::sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18.0);
    }
    case DistributionType::Pert: {
        if (s.max <= s.min) {
            return 0.0;
        }
        const double alpha = 1.0 + 4.0 * (s.mode - s.min) / (s.max - s.min);
        const double beta = 1.0 + 4.0 * (s.max - s.mode) / (s.max - s.min);
        const double sum = alpha + beta;
        return (s.max - s.min) * std::sqrt(alpha * beta / (sum * sum * (sum + 1.0)));
    }
    case DistributionType::Uniform:
        return (s.max - s.min) / std::sqrt(12.0);
    }
    return 0.0;
}

} // namespace suanpan
