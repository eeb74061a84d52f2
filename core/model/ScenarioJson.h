#pragma once

#include "Scenario.h"
#include "ValidationReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace suanpan {

class Catalog;

/**
 * \brief The scenario JSON format (docs/scenario-format.md): read with every structural problem reported,
 * written canonically (every field, fixed key order) so that write(read(write(s))) == write(s).
 */
namespace ScenarioJson {

/// The largest scenario file the CLI and the app read (a real one is a few kB; this stops a wrong file early).
inline constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

inline constexpr int kFormatVersion = 1;

/// Reads a scenario object; missing fields take the catalog's defaults. Structural problems go to report.
Scenario fromJson(const QJsonObject& object, const Catalog& catalog, ValidationReport& report);

/// Parses JSON text (UTF-8); syntax errors are reported with line and column.
Scenario fromBytes(const QByteArray& bytes, const Catalog& catalog, ValidationReport& report);

QJsonObject toJson(const Scenario& scenario);

/// The paths of the fields of a scenario that do not apply where they are (an S-curve's saturation on a forecast of
/// constant growth, the colocation section of a center that builds): the editors drop them when a change of type
/// leaves them behind.
QStringList fieldsNotApplying(const QJsonObject& object, const Catalog& catalog);
QByteArray toBytes(const Scenario& scenario);

} // namespace ScenarioJson

} // namespace suanpan
