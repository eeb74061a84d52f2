#pragma once

#include "engine/Results.h"
#include "model/Catalog.h"
#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace suanpan::test {

/**
 * \brief Fixtures with round numbers, so that expected values can be worked out by hand.
 *
 * The catalog is the built-in one plus: chip "test-gpu" (1 P FP16 per card, 8 cards per 5 kW server,
 * 1 kW idle, 100k CNY per card, 200k per server base, 10 CNY per card-hour, no price decline), chip
 * "test-npu" (domestic, 0.5 P, inference only), cooling "test-cool" (PUE = 1 + 0.1·built/IT + 0.05 + 0.05
 * + 0.2·m(T), free below 10 °C, mechanical above 20 °C, 20 kW racks), region "test-region" (0.5 CNY/kWh,
 * 15 °C all year so m(T) = 0.5, 0.5 kgCO2/kWh) and redundancy "test-1" (availability 1, multiplier 1).
 */
Catalog catalog();

/**
 * The simple scenario: 2 years, one phase of 10 racks at 10 kW ready at month 0, 80 test-gpu cards at
 * month 0 (10 servers, 5 racks), one inference segment of a constant 40 P captured fully, every cost
 * figure 0 except building 1000 and power 2000 CNY/kW, land 2 m²/rack, no debt, tax 25%, discount 10%.
 */
QJsonObject simpleScenarioJson();

/// Parses and resolves; on failure the issues are in `problems` and the result is empty.
std::optional<ResolvedScenario> resolve(const QJsonObject& json, const Catalog& catalog, QString* problems = nullptr);

/// A 20-year monthly scenario with 6 chip types and 6 demand segments (benchmarks, stress tests).
QJsonObject largeScenarioJson();

/// The large scenario with an uncertainty section of every kind: inputs by value and by factor, `[*]`, both
/// events and a correlation (risk tests and the Monte Carlo benchmark).
QJsonObject largeUncertainScenarioJson();

/// Path of a bundled sample (data/samples/NAME.json).
QString samplePath(const QString& name);

/// The simple fixture with fields changed by path, e.g. {{"demand[0].rampMonths", 4}}.
QJsonObject simpleWith(std::initializer_list<std::pair<const char*, QJsonValue>> changes);

/// Evaluates a fixture that must validate (the test stops otherwise), with the engine's default options.
Results evaluateFixture(const QJsonObject& json);

/// The scenario file at path, resolved against the built-in catalogs; stops the test if it is missing or invalid.
ResolvedScenario resolveFile(const QString& path);

/// Sets a value at a dotted path with list indices ("demand[0].captureShare") in a JSON object.
void setPath(QJsonObject& object, const QString& path, const QJsonValue& value);

} // namespace suanpan::test
