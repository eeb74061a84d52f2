#include "Sampler.h"

#include "RandomStream.h"

#include <boost/random/sobol.hpp>

#include <algorithm>
#include <numeric>

namespace suanpan {

QString toKey(SamplerKind kind)
{
    return kind == SamplerKind::Sobol ? QStringLiteral("sobol") : QStringLiteral("lhs");
}

std::optional<SamplerKind> samplerKindFromKey(const QString& key)
{
    if (key == QLatin1String("sobol")) {
        return SamplerKind::Sobol;
    }
    if (key == QLatin1String("lhs")) {
        return SamplerKind::LatinHypercube;
    }
    return std::nullopt;
}

namespace {

// Stream numbers, so that each purpose draws from its own independent stream of the seed.
constexpr std::uint64_t kShiftStream = 0x50B0000;
constexpr std::uint64_t kStrataStream = 0x1A5000;
constexpr std::uint64_t kJitterStream = 0x117000;

std::vector<double> sobol(std::size_t trials, std::size_t dimensions, std::uint64_t seed)
{
    std::vector<double> u(trials * dimensions);
    std::vector<std::uint64_t> shift(dimensions);
    for (std::size_t j = 0; j < dimensions; ++j) {
        shift[j] = RandomStream(seed, kShiftStream + j).bits();
    }
    boost::random::sobol engine(dimensions);
    for (std::size_t i = 0; i < trials; ++i) {
        for (std::size_t j = 0; j < dimensions; ++j) {
            // The top 53 bits of the shifted coordinate, centred in their cell: strictly inside (0, 1).
            const std::uint64_t bits = static_cast<std::uint64_t>(engine()) ^ shift[j];
            u[i * dimensions + j] = (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-53;
        }
    }
    return u;
}

std::vector<double> latinHypercube(std::size_t trials, std::size_t dimensions, std::uint64_t seed)
{
    std::vector<double> u(trials * dimensions);
    std::vector<std::size_t> strata(trials);
    for (std::size_t j = 0; j < dimensions; ++j) {
        std::iota(strata.begin(), strata.end(), std::size_t{0});
        RandomStream(seed, kStrataStream + j).shuffle(strata);
        RandomStream jitter(seed, kJitterStream + j);
        for (std::size_t i = 0; i < trials; ++i) {
            const double value = (static_cast<double>(strata[i]) + jitter.uniform()) / static_cast<double>(trials);
            u[i * dimensions + j] = std::min(value, 1.0 - 0x1.0p-53); // rounding must not reach 1
        }
    }
    return u;
}

} // namespace

std::vector<double> sampleUnitCube(SamplerKind kind, std::size_t trials, std::size_t dimensions, std::uint64_t seed)
{
    if (trials == 0 || dimensions == 0) {
        return {};
    }
    return kind == SamplerKind::Sobol ? sobol(trials, dimensions, seed) : latinHypercube(trials, dimensions, seed);
}

} // namespace suanpan
