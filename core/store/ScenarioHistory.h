#pragma once

#include "Project.h"

#include <QJsonObject>

#include <vector>

namespace suanpan {

/**
 * \brief Earlier versions of a scenario, rebuilt from its current form and the assumption log.
 *
 * The log holds the old value of every change, so undoing a scenario's entries newest-first walks it back
 * through each save to its creation; a rename is followed to the old name. This is how `suanpan-cli log`
 * shows how a proposal's NPV moved from one version to the next. Earlier versions are evaluated with the
 * project's current catalog (catalog changes are logged, but not undone here).
 */
namespace ScenarioHistory {

/** \brief The scenario after one recorded change (the entries of one save or import share a time and note). */
struct Version {
    QDateTime time; ///< invalid for the baseline when the log does not reach back to the creation
    QString note;
    bool created = false; ///< this version is the scenario's creation
    std::vector<AssumptionLogEntry> changes;
    QJsonObject scenario; ///< canonical scenario JSON after these changes
};

/// The versions of the scenario named `name`, oldest first, the last being its current form. `complete` is
/// set to false when an entry could not be undone (a log edited by hand): the versions before it are unknown.
std::vector<Version> versions(const Project& project, const QString& name, bool* complete = nullptr);

/// Undoes one change within a JSON document: the value at entry.fieldPath, which must be entry.newValue, is
/// set back to entry.oldValue (removed when empty, re-inserted when it had been removed). False, with the
/// document unchanged, when the path or the value does not match.
bool undo(QJsonObject& document, const AssumptionLogEntry& entry);

} // namespace ScenarioHistory

} // namespace suanpan
