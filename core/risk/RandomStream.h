#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace suanpan {

/**
 * \brief A reproducible stream of random numbers for one purpose (one sampled column, one permutation).
 *
 * std::mt19937_64's output is fixed by the C++ standard, but std::uniform_real_distribution and std::shuffle
 * are not (they differ between standard libraries), so the conversions to doubles and the shuffle are
 * written here: the same seed gives the same sample on every platform. Streams for different purposes get
 * independent seeds through SplitMix64, so adding an input does not reshuffle the others.
 */
class RandomStream {
public:
    /// Seed of the stream number `stream` under a user seed.
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    RandomStream(std::uint64_t seed, std::uint64_t stream)
        : m_engine(derive(seed, stream))
    {}

    std::uint64_t bits() { return m_engine(); }

    /// Uniform in the open interval (0, 1): 53 random bits, centred in their cell.
    double uniform() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

    /// Uniform integer in [0, n) (n ≤ 2^32 in practice; the modulo bias is below 2^-32).
    std::uint64_t below(std::uint64_t n) { return m_engine() % n; }

    /// Fisher–Yates shuffle.
    template <typename T> void shuffle(std::vector<T>& values)
    {
        for (std::size_t i = values.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(values[i - 1], values[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace suanpan
