#pragma once

#include "FieldSpecs.h"
#include "ResolvedScenario.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace suanpan {

/**
 * \brief One number of a resolved scenario that a path addresses: where it lives, its range and its value
 * when the target was found (the "base" a factor multiplies and a tornado returns to).
 */
struct NumberTarget {
    QString path;            ///< concrete path, e.g. `chipMix[2].override.cardPriceCny`
    const FieldSpec* spec{}; ///< unit and allowed range; never null for a movable number
    double* real{};          ///< exactly one of real and whole is set
    int* whole{};
    double base = 0;

    double value() const { return real != nullptr ? *real : static_cast<double>(*whole); }
    /// Sets the value within the field's allowed range, rounded for whole-number fields.
    void set(double value) const;
};

/**
 * \brief Finds what paths address in a resolved scenario.
 *
 * A path names one number (`demand[0].captureShare`, `site.override.tariffCnyPerKwh`), or with `[*]` the same
 * field of every entry of a list (`chipMix[*].override.cardPriceCny`). The targets point into `scenario`, so
 * they stay valid as long as its lists are not reallocated.
 */
namespace NumberTargets {

/// The targets of each path, in the order of `paths`; an empty list when a path addresses nothing.
std::vector<std::vector<NumberTarget>> find(ResolvedScenario& scenario, const QStringList& paths);
std::vector<NumberTarget> find(ResolvedScenario& scenario, const QString& path);

/// What writing the targets' values (as set in `resolved`, which they point into) into a scenario's inputs
/// takes: each at its path, or — for an entry of a list the inputs do not write yet, such as a catalog's
/// monthly temperatures — the whole list as resolved, so that it stays complete. Pairs of path and value.
std::vector<std::pair<QString, QJsonValue>>
jsonWrites(const QJsonObject& inputs, const std::vector<NumberTarget>& targets, ResolvedScenario& resolved);

/// Why a concrete path cannot be moved by a risk analysis or a goal seek (translated), or empty if it can.
QString immovableReason(const QString& path);

/// A few paths that exist, for "did you mean" style messages.
QString examplePaths();

} // namespace NumberTargets

} // namespace suanpan
