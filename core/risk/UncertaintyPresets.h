#pragma once

#include "model/Catalog.h"
#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QJsonObject>

#include <optional>

namespace suanpan {

/**
 * \brief The shipped uncertainty presets (data/risk/uncertainty-presets.json, reasoning in
 * docs/methodology.md §12.7): demand growth, capture share, time to fill, rental price decline, tariff, card
 * prices, the training efficiency of domestic chips, a construction delay and supply cuts of imported chips.
 *
 * Presets are factors on the scenario's own figures, so they fit any scenario; the selectors [domestic] and
 * [imported] are expanded into one input or event per chip id of the mix.
 */
namespace UncertaintyPresets {

/// The presets file as shipped (embedded as a resource).
const QJsonObject& shipped();

/// The uncertainty the presets give this scenario, with every selector expanded.
Uncertainty forScenario(const ResolvedScenario& scenario);

/// Adds to the scenario's uncertainty the preset inputs whose numbers it does not already make uncertain and
/// the events it lacks. Returns how many inputs and events were added.
int addTo(Scenario& scenario, const ResolvedScenario& resolved);

/// The scenario with the presets added (addTo) and validated again against the catalog; nothing, with the
/// problems in `report`, when that is not valid.
std::optional<ResolvedScenario> withPresets(const ResolvedScenario& resolved, const Catalog& catalog,
                                            ValidationReport& report);

} // namespace UncertaintyPresets

} // namespace suanpan
