#pragma once

#include "Enums.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace suanpan {

/** \brief Shapes of probability distribution an uncertain input may take (docs/methodology.md §12). */
enum class DistributionType { Normal, Lognormal, Triangular, Pert, Uniform };

/**
 * \brief A probability distribution as the planner writes it.
 *
 * Only the parameters of its type are used: normal and lognormal take mean and sd (of the value itself, not
 * of its logarithm, so that both read in the field's unit); triangular and PERT take min, mode and max;
 * uniform takes min and max.
 */
struct DistributionSpec {
    DistributionType type = DistributionType::Triangular;
    double mean = 0;
    double sd = 0;
    double min = 0;
    double mode = 0;
    double max = 0;
    bool operator==(const DistributionSpec&) const = default;
};

/// Whether a distribution gives the value of the field or a factor on the scenario's value.
enum class UncertainApply { Value, Factor };

/**
 * \brief One uncertain input: a numeric field (or, with `[*]`, the same field of every entry of a list,
 * all moved by the same draw) and its distribution.
 */
struct UncertainInput {
    QString path; ///< e.g. `demand[0].forecast.growthPerYear`, `chipMix[*].override.cardPriceCny`
    UncertainApply apply = UncertainApply::Value;
    DistributionSpec distribution;
    QString note; ///< where the range comes from (shown in reports)
    bool operator==(const UncertainInput&) const = default;
};

enum class RiskEventType { ChipSupplyCut, ConstructionDelay, ContractLoss, RivalEntry };

/**
 * \brief A discrete event that happens in a trial with a probability.
 *
 * A chip supply cut delays a share of the cards of one chip (or of every imported chip) by some months; a
 * construction delay postpones every facility phase and every deployment. A delay that reaches past the
 * horizon means the cards never arrive. A contract loss takes one revenue contract (or every one) away before it
 * starts: the tenant walks away from a signed framework agreement, as listed operators report (methodology §12.3).
 * A rival entry opens a competing center of `pflops` in `year` at `node` of the network (methodology §14.4).
 */
struct RiskEvent {
    RiskEventType type = RiskEventType::ConstructionDelay;
    double probability = 0;
    double affectedShare = 1;
    int delayMonths = 0;
    QString chipId;    ///< supply cut only; empty = every imported chip of the mix
    int contract = -1; ///< contract loss only: index in the scenario's contracts; -1 = every contract
    double pflops = 0; ///< rival entry only: the rival's capacity
    int year = 0;      ///< rival entry only: the calendar year it opens
    QString node;      ///< rival entry only: where; empty = the proposed center's node
    QString note;
    bool operator==(const RiskEvent&) const = default;
};

/** \brief A rank (Spearman) correlation between two uncertain inputs, named by their paths. */
struct InputCorrelation {
    QString a;
    QString b;
    double rho = 0;
    bool operator==(const InputCorrelation&) const = default;
};

/** \brief The uncertainty section of a scenario: what is uncertain, which events may happen, and how
 * uncertain inputs move together. Empty means the scenario is evaluated deterministically only. */
struct Uncertainty {
    std::vector<UncertainInput> inputs;
    std::vector<RiskEvent> events;
    std::vector<InputCorrelation> correlations;

    bool isEmpty() const { return inputs.empty() && events.empty() && correlations.empty(); }
    bool operator==(const Uncertainty&) const = default;
};

/// Stable JSON keys.
template <> struct EnumTraits<DistributionType> {
    static constexpr std::array<EnumValue, 5> values{{
        {"normal", QT_TRANSLATE_NOOP("Choices", "Normal")},
        {"lognormal", QT_TRANSLATE_NOOP("Choices", "Lognormal")},
        {"triangular", QT_TRANSLATE_NOOP("Choices", "Triangular")},
        {"pert", QT_TRANSLATE_NOOP("Choices", "PERT")},
        {"uniform", QT_TRANSLATE_NOOP("Choices", "Uniform")},
    }};
};
template <> struct EnumTraits<UncertainApply> {
    static constexpr std::array<EnumValue, 2> values{{
        {"value", QT_TRANSLATE_NOOP("Choices", "Value")},
        {"factor", QT_TRANSLATE_NOOP("Choices", "Factor on the plan")},
    }};
};
template <> struct EnumTraits<RiskEventType> {
    static constexpr std::array<EnumValue, 4> values{{
        {"chipSupplyCut", QT_TRANSLATE_NOOP("Choices", "Chip supply cut")},
        {"constructionDelay", QT_TRANSLATE_NOOP("Choices", "Construction delay")},
        {"contractLoss", QT_TRANSLATE_NOOP("Choices", "Contract lost")},
        {"rivalEntry", QT_TRANSLATE_NOOP("Choices", "A rival opens")},
    }};
};

} // namespace suanpan
