#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace suanpan {

/**
 * \brief Rank correlation: measuring it (Spearman) and inducing it between sampled columns (Iman–Conover),
 * with the Cholesky factorization both the validity check and the induction rest on
 * (docs/methodology.md §12.3).
 *
 * Matrices are row-major, n × n for correlations and rows × stride for samples.
 */
namespace RankCorrelation {

/// Lower-triangular L with a = L·Lᵀ, or nothing when a is not positive definite; then failedRow (if given) is
/// the first row at which the factorization broke down.
std::optional<std::vector<double>> cholesky(std::span<const double> a, std::size_t n, std::size_t* failedRow = nullptr);

/// Pearson correlation of two normal variables whose Spearman correlation is rho: 2·sin(π·rho/6).
double pearsonOfNormalScores(double spearmanRho);

/// Ranks 1…n with ties given their average rank.
std::vector<double> ranks(std::span<const double> values);

/// Pearson correlation of two equally long series (0 when either is constant).
double pearson(std::span<const double> x, std::span<const double> y);

/// Spearman rank correlation: the Pearson correlation of the ranks.
double spearman(std::span<const double> x, std::span<const double> y);

/**
 * Iman & Conover (1982): reorders, within each of `columns`, the values of the sample so that the columns'
 * rank correlations approach `targetSpearman` (columns.size()² entries, row-major), leaving every column's
 * values (its marginal) untouched. Deterministic for a seed. Returns false, changing nothing, when the
 * target is not positive definite.
 */
bool imanConover(std::vector<double>& sample, std::size_t rows, std::size_t stride,
                 const std::vector<std::size_t>& columns, std::span<const double> targetSpearman, std::uint64_t seed);

} // namespace RankCorrelation

} // namespace suanpan
