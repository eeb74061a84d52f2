#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace suanpan {

/** \brief How the unit cube of uniform draws is filled: a scrambled Sobol sequence or Latin hypercube. */
enum class SamplerKind { Sobol, LatinHypercube };

QString toKey(SamplerKind kind); ///< "sobol", "lhs"
std::optional<SamplerKind> samplerKindFromKey(const QString& key);

/**
 * \brief Uniform draws in (0, 1)^d for a Monte Carlo run (docs/methodology.md §12.1).
 *
 * - Sobol: the Joe–Kuo sequence (Boost.Random) with a random digital shift per dimension (each coordinate's
 *   64 bits XOR-ed with a seeded random word), which keeps the sequence's stratification and makes it
 *   reproducible from the seed. Best with a power-of-two number of trials.
 * - Latin hypercube: each dimension cut into n equal strata, one draw per stratum, strata shuffled
 *   independently per dimension.
 *
 * The result is row-major: trial i's draw for dimension j is at [i·d + j]. Dimension j depends only on the
 * seed and j, never on d, so adding an input leaves the other inputs' draws as they were.
 */
std::vector<double> sampleUnitCube(SamplerKind kind, std::size_t trials, std::size_t dimensions, std::uint64_t seed);

} // namespace suanpan
