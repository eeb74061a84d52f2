#pragma once

#include "Project.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace suanpan {

/**
 * \brief What changed between two versions of a scenario, field by field, as assumption-log entries.
 *
 * Both versions are compared in their canonical JSON (ScenarioJson::toJson), so a path names a field exactly
 * as the scenario format and the validator do: `chipMix[1].count`, `demand[0].forecast.type`,
 * `site.override.tariffCnyPerKwh`. Lists of objects are compared entry by entry (a new entry at the end is
 * one change with no old value; a removed one has no new value, listed from the last); a list of numbers or
 * texts that changed length is one change of the whole list. Nothing that did not change is listed, so
 * saving an unchanged scenario logs nothing.
 */
namespace ScenarioDiff {

/// Changes from `before` to `after`; each entry names `after`'s scenario and has no id or time yet.
std::vector<AssumptionLogEntry> changes(const Scenario& before, const Scenario& after);

/// The same for any two JSON values below `path` (catalog entries use it with `catalog.chips[h20]`).
void jsonChanges(const QJsonValue& before, const QJsonValue& after, const QString& path,
                 std::vector<AssumptionLogEntry>& out);

/// A value as the log stores it: compact JSON text; empty for an undefined (absent) value.
QString valueText(const QJsonValue& value);
/// The inverse of valueText; undefined for empty or unreadable text.
QJsonValue valueFromText(const QString& text);

/// `path.key`, or `path["key"]` when the key itself contains `.`, `[`, `]`, `"` or `\`.
QString childPath(const QString& path, const QString& key);

} // namespace ScenarioDiff

} // namespace suanpan
