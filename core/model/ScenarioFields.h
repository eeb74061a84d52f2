#pragma once

#include "Scenario.h"
#include "ScenarioSchema.h"

#include <QString>

namespace suanpan {

/**
 * \brief Visits every numeric input field of a scenario with its path (`chipMix[1].count`).
 *
 * The one list of a scenario's numbers, made from its schema (schema::scenario): validation range-checks through
 * it, and anything that must address "any numeric input" by path (uncertainty, goal seek, editors) uses it too. A
 * field is visited only where it applies (an S-curve's saturation, not a series'). Works on a const or mutable
 * scenario; the visitor is called as visitor(path, value) with value an int& or double& (const if S is).
 */
template <typename S, typename Visitor> void visitNumbers(S& s, Visitor&& visit)
{
    visitSection(s, schema::scenario, QString(), visit);
}

} // namespace suanpan
