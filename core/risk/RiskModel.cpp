#include "RiskModel.h"

#include "model/FieldSpecs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

QString eventLabel(const RiskEvent& event)
{
    if (event.type == RiskEventType::ConstructionDelay) {
        return QCoreApplication::translate("Risk", "Construction delay of %1 months").arg(event.delayMonths);
    }
    if (event.type == RiskEventType::RivalEntry) {
        return QCoreApplication::translate("Risk", "A rival of %1 P opens in %2")
            .arg(QString::number(event.pflops, 'g', 6))
            .arg(event.year);
    }
    if (event.type == RiskEventType::ContractLoss) {
        return event.contract < 0
                   ? QCoreApplication::translate("Risk", "Every revenue contract lost before it starts")
                   : QCoreApplication::translate("Risk", "Contract %1 lost before it starts").arg(event.contract + 1);
    }
    const QString chips = event.chipId.isEmpty() ? QCoreApplication::translate("Risk", "imported chips") : event.chipId;
    return QCoreApplication::translate("Risk", "Supply cut: %1% of %2 delivered %3 months late")
        .arg(QString::number(event.affectedShare * 100.0, 'g', 3), chips)
        .arg(event.delayMonths);
}

} // namespace

RiskModel::RiskModel(ResolvedScenario base)
    : m_base(std::move(base))
{
    const Uncertainty& u = m_base.input.uncertainty;
    QStringList paths;
    for (const UncertainInput& input : u.inputs) {
        paths << input.path;
    }
    ResolvedScenario scratch = m_base; // NumberTargets point into the scenario they search
    const std::vector<std::vector<NumberTarget>> targets = NumberTargets::find(scratch, paths);
    for (std::size_t i = 0; i < u.inputs.size(); ++i) {
        const UncertainInput& input = u.inputs[i];
        ModelInput model;
        model.path = input.path;
        model.label = input.path;
        model.apply = input.apply;
        model.note = input.note;
        model.targets = targets[i].size();
        const FieldSpec* spec = targets[i].empty() ? nullptr : targets[i].front().spec;
        model.base = targets[i].empty() ? 0.0 : targets[i].front().base;
        // Values stay in the field's range; a factor only has to stay non-negative (each target is kept in
        // range after multiplying, since their bases differ).
        double lower = -Marginal::kInfinity;
        double upper = Marginal::kInfinity;
        if (input.apply == UncertainApply::Factor) {
            lower = 0.0;
        } else if (spec != nullptr) {
            lower = spec->min;
            upper = spec->max;
        }
        model.marginal = Marginal(input.distribution, lower, upper);
        m_inputs.push_back(model);
    }

    for (const RiskEvent& event : u.events) {
        ModelEvent model{event, eventLabel(event), {}};
        if (event.type == RiskEventType::ChipSupplyCut) {
            for (std::size_t c = 0; c < m_base.chips.size(); ++c) {
                const bool hit =
                    event.chipId.isEmpty() ? !m_base.chips[c].domestic : m_base.input.chipMix[c].chipId == event.chipId;
                if (hit) {
                    model.chips.push_back(c);
                }
            }
        }
        m_events.push_back(model);
    }

    // The correlation target over the inputs that take part (validation made sure it is positive definite).
    for (const InputCorrelation& c : u.correlations) {
        for (const QString& path : {c.a, c.b}) {
            for (std::size_t i = 0; i < m_inputs.size(); ++i) {
                if (m_inputs[i].path == path &&
                    std::find(m_correlatedColumns.begin(), m_correlatedColumns.end(), i) == m_correlatedColumns.end()) {
                    m_correlatedColumns.push_back(i);
                }
            }
        }
    }
    std::sort(m_correlatedColumns.begin(), m_correlatedColumns.end());
    const std::size_t k = m_correlatedColumns.size();
    m_correlationTarget.assign(k * k, 0.0);
    auto position = [this](const QString& path) {
        for (std::size_t p = 0; p < m_correlatedColumns.size(); ++p) {
            if (m_inputs[m_correlatedColumns[p]].path == path) {
                return p;
            }
        }
        return m_correlatedColumns.size();
    };
    for (std::size_t p = 0; p < k; ++p) {
        m_correlationTarget[p * k + p] = 1.0;
    }
    for (const InputCorrelation& c : u.correlations) {
        const std::size_t a = position(c.a);
        const std::size_t b = position(c.b);
        if (a < k && b < k) {
            m_correlationTarget[a * k + b] = m_correlationTarget[b * k + a] = c.rho;
        }
    }
}

TrialScenario::TrialScenario(const RiskModel& model)
    : m_model(model)
    , m_scenario(model.base())
{
    std::size_t supplyCuts = 0;
    for (const ModelEvent& event : model.events()) {
        supplyCuts += event.event.type == RiskEventType::ChipSupplyCut ? 1 : 0;
    }
    // Each supply cut adds at most one entry per chip-mix entry; reserving keeps every target pointer valid.
    m_baseChips = m_scenario.chips.size();
    m_scenario.chips.reserve(m_baseChips * (1 + supplyCuts));
    m_scenario.refreshChips.reserve(m_scenario.refreshChips.size() * (1 + supplyCuts));
    m_scenario.input.chipMix.reserve(m_baseChips * (1 + supplyCuts));
    m_baseChipMix = m_scenario.input.chipMix;
    m_basePhases = m_scenario.input.facilityPhases;
    m_baseContracts = m_scenario.input.contracts;
    m_baseRivals = m_scenario.input.network.centers.size();
    // Each rival entry adds one center; reserving keeps every target pointer into the centers valid.
    m_scenario.input.network.centers.reserve(m_baseRivals + model.events().size());
    QStringList paths;
    for (const ModelInput& input : model.inputs()) {
        paths << input.path;
    }
    m_targets = NumberTargets::find(m_scenario, paths);
}

const ResolvedScenario& TrialScenario::set(std::span<const double> values, std::span<const char> active,
                                           std::span<const char> on)
{
    Scenario& s = m_scenario.input;
    if (m_structureChanged) {
        // Undo the previous trial's events before anything is drawn on top of the base.
        m_scenario.chips.resize(m_baseChips);
        if (!m_scenario.refreshChips.empty()) {
            m_scenario.refreshChips.resize(m_baseChips);
        }
        s.chipMix.resize(m_baseChips);
        for (std::size_t c = 0; c < m_baseChips; ++c) {
            s.chipMix[c].count = m_baseChipMix[c].count;
            s.chipMix[c].deployMonth = m_baseChipMix[c].deployMonth;
        }
        for (std::size_t p = 0; p < s.facilityPhases.size(); ++p) {
            s.facilityPhases[p].constructionMonths = m_basePhases[p].constructionMonths;
        }
        for (std::size_t j = 0; j < s.contracts.size(); ++j) {
            s.contracts[j].signingProbability = m_baseContracts[j].signingProbability;
        }
        s.network.centers.resize(m_baseRivals);
        m_structureChanged = false;
    }
    const std::vector<ModelInput>& inputs = m_model.inputs();
    for (std::size_t j = 0; j < inputs.size(); ++j) {
        const bool factor = inputs[j].apply == UncertainApply::Factor;
        for (const NumberTarget& target : m_targets[j]) {
            target.set(!active[j] ? target.base : factor ? target.base * values[j] : values[j]);
        }
    }
    const std::vector<ModelEvent>& events = m_model.events();
    for (std::size_t e = 0; e < events.size(); ++e) {
        if (!on[e]) {
            continue;
        }
        m_structureChanged = true;
        switch (events[e].event.type) {
        case RiskEventType::ConstructionDelay:
            delayConstruction(events[e].event.delayMonths);
            break;
        case RiskEventType::ChipSupplyCut:
            cutSupply(events[e]);
            break;
        case RiskEventType::ContractLoss:
            loseContracts(events[e].event);
            break;
        case RiskEventType::RivalEntry:
            openRival(events[e].event, e);
            break;
        }
    }
    // A drawn deployment month may lie past the horizon (its range is 0 … 359): the cards then never arrive,
    // which the engine reads as a deployment in the month after the last one.
    const int months = s.horizonMonths();
    for (ChipDeployment& chip : s.chipMix) {
        chip.deployMonth = std::clamp(chip.deployMonth, 0, months);
    }
    return m_scenario;
}

const ResolvedScenario& TrialScenario::setBase()
{
    const std::vector<double> values(m_model.inputs().size(), 0.0);
    const std::vector<char> none(std::max(m_model.inputs().size(), m_model.events().size()), 0);
    return set(values, none, none);
}

void TrialScenario::delayConstruction(int months)
{
    Scenario& s = m_scenario.input;
    const int horizon = s.horizonMonths();
    for (FacilityPhase& phase : s.facilityPhases) {
        phase.constructionMonths += months;
    }
    for (ChipDeployment& chip : s.chipMix) {
        chip.deployMonth = std::min(horizon, chip.deployMonth + months);
    }
}

void TrialScenario::cutSupply(const ModelEvent& event)
{
    Scenario& s = m_scenario.input;
    const int horizon = s.horizonMonths();
    for (std::size_t c : event.chips) {
        ChipDeployment& chip = s.chipMix[c];
        const int late = static_cast<int>(std::lround(chip.count * event.event.affectedShare));
        const int month = std::min(horizon, chip.deployMonth + event.event.delayMonths);
        if (late <= 0) {
            continue;
        }
        if (late >= chip.count) {
            chip.deployMonth = month;
            continue;
        }
        // The late cards become an entry of their own (same chip, same catalog figures), deployed later.
        chip.count -= late;
        ChipDeployment delayed = chip;
        delayed.count = late;
        delayed.deployMonth = month;
        s.chipMix.push_back(delayed);
        m_scenario.chips.push_back(m_scenario.chips[c]);
        if (!m_scenario.refreshChips.empty()) { // the late cards refresh into the same chip as the others
            m_scenario.refreshChips.push_back(m_scenario.refreshChips[c]);
        }
    }
}

/// The contract (or every contract) is never signed: its reservation and revenue go, and the segment's demand is
/// sold at market like any other (methodology §12.3).
void TrialScenario::loseContracts(const RiskEvent& event)
{
    std::vector<RevenueContract>& contracts = m_scenario.input.contracts;
    for (std::size_t j = 0; j < contracts.size(); ++j) {
        if (event.contract < 0 || static_cast<std::size_t>(event.contract) == j) {
            contracts[j].signingProbability = 0.0;
        }
    }
}

/// A rival opens in the proposed center's network: one more center, at the event's node or the center's own, at the
/// market price (methodology §14.4).
void TrialScenario::openRival(const RiskEvent& event, std::size_t index)
{
    NetworkInput& network = m_scenario.input.network;
    NetworkCenter rival;
    rival.id = QStringLiteral("rival-entry-%1").arg(index);
    rival.node = event.node.isEmpty() ? network.node : event.node;
    rival.pflops = event.pflops;
    rival.openingYear = event.year;
    network.centers.push_back(rival);
}

} // namespace suanpan
