#pragma once

#include "Marginal.h"
#include "model/NumberTargets.h"
#include "model/ResolvedScenario.h"

#include <QString>

#include <span>
#include <vector>

namespace suanpan {

/** \brief One uncertain input, ready to draw: its marginal (truncated to what its targets allow). */
struct ModelInput {
    QString path;
    QString label; ///< translated, for charts: the field's help text or the path
    UncertainApply apply = UncertainApply::Value;
    QString note;
    Marginal marginal{DistributionSpec{}};
    std::size_t targets = 0;
    double base = 0; ///< the scenario's value of the first target
};

/** \brief One event, ready to draw: which chip-mix entries it touches. */
struct ModelEvent {
    RiskEvent event;
    QString label;                  ///< translated, e.g. "Construction delay of 6 months"
    std::vector<std::size_t> chips; ///< supply cut: the chip-mix entries it affects
};

/**
 * \brief The uncertainty of a validated scenario in the form the sampler and the trials use: the marginals,
 * the events and the correlation target (docs/methodology.md §12).
 *
 * Sample columns are the inputs in scenario order, then the events. The model keeps the base scenario; each
 * worker makes a TrialScenario from it.
 */
class RiskModel {
public:
    /// The scenario must have passed validation (resolveScenario), uncertainty section included.
    explicit RiskModel(ResolvedScenario base);

    const ResolvedScenario& base() const { return m_base; }
    const std::vector<ModelInput>& inputs() const { return m_inputs; }
    const std::vector<ModelEvent>& events() const { return m_events; }
    std::size_t dimensions() const { return m_inputs.size() + m_events.size(); }

    /// Input columns that take part in a correlation, and their Spearman target (row-major, columns²).
    const std::vector<std::size_t>& correlatedColumns() const { return m_correlatedColumns; }
    const std::vector<double>& correlationTarget() const { return m_correlationTarget; }

private:
    ResolvedScenario m_base;
    std::vector<ModelInput> m_inputs;
    std::vector<ModelEvent> m_events;
    std::vector<std::size_t> m_correlatedColumns;
    std::vector<double> m_correlationTarget;
};

/**
 * \brief A worker's private copy of the scenario, set to one trial's draws before each evaluation.
 *
 * Setting is cheap: the numbers each input moves are found once (pointers into the copy), and lists are
 * reserved so that the entries a supply cut adds never move them. Every trial starts from the base, so the
 * result of a trial depends only on its own draws, never on the trial the worker ran before.
 */
class TrialScenario {
public:
    explicit TrialScenario(const RiskModel& model);

    /**
     * Sets input j to values[j] where active[j] (a value, or a factor on each target's base), every other
     * input to its base, then applies the events with on[e]. Returns the scenario to evaluate.
     */
    const ResolvedScenario& set(std::span<const double> values, std::span<const char> active, std::span<const char> on);

    /// The scenario with nothing drawn (every input at base, no event).
    const ResolvedScenario& setBase();

private:
    void delayConstruction(int months);
    void cutSupply(const ModelEvent& event);
    void loseContracts(const RiskEvent& event);
    void openRival(const RiskEvent& event, std::size_t index);

    const RiskModel& m_model;
    ResolvedScenario m_scenario;
    std::vector<std::vector<NumberTarget>> m_targets; ///< per input
    std::vector<ChipDeployment> m_baseChipMix;
    std::vector<FacilityPhase> m_basePhases;
    std::vector<RevenueContract> m_baseContracts;
    std::size_t m_baseRivals = 0; ///< the scenario's own network centers; rival entries are added after them
    std::size_t m_baseChips = 0;
    bool m_structureChanged = false;
};

} // namespace suanpan
