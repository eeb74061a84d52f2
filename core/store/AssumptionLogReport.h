#pragma once

#include "Project.h"

#include <QJsonObject>
#include <QLocale>

#include <optional>
#include <vector>

namespace suanpan {

/**
 * \brief The assumption log as people read it: changes grouped as they were made, each group of a scenario
 * with the NPV (after tax) of the version before and after it, so that an investor sees how a proposal's
 * NPV moved from one version to the next.
 *
 * Earlier versions are rebuilt with ScenarioHistory and evaluated with the catalog of their time
 * (CatalogHistory). Catalog changes are project-wide and listed with every scenario's log, since they move
 * every scenario's figures; in one scenario's log they carry that scenario's NPV before and after them.
 */
namespace AssumptionLogReport {

/** \brief Entries recorded together (one save, one import) for one scenario or for the catalog. */
struct Batch {
    QDateTime time;
    QString scenario; ///< empty for catalog changes
    QString note;
    std::vector<AssumptionLogEntry> entries;
    /// NPV after tax of the scenario before and after these changes (for a catalog batch, of the scenario the
    /// log was asked for); none for a creation, a removed scenario, or a version that does not validate.
    std::optional<double> npvBeforeCny;
    std::optional<double> npvAfterCny;
};

/// The batches in recording order; with `scenario`, only its own (also under earlier names) and the catalog's.
std::vector<Batch> batches(const Project& project, const QString& scenario = QString());

/// The readable log (`suanpan-cli log`).
QString text(const Project& project, const QString& scenario, const QLocale& locale);

/// The log as JSON (`suanpan-cli log --json`): every entry with its values as JSON, and the batches.
QJsonObject json(const Project& project, const QString& scenario = QString());

} // namespace AssumptionLogReport

} // namespace suanpan
