#pragma once

#include "ImportIssue.h"
#include "Project.h"

#include <QByteArray>

namespace suanpan {

/**
 * \brief Imports a demand forecast CSV (DemandCsv) into one scenario of a project, all or nothing.
 *
 * Each series in the file feeds the scenario's segment with that id (or, failing that, that name) as a
 * `series` forecast holding the horizon's years or months (month 0 of the horizon is January of the start
 * year); values outside the horizon are kept with the imported series but not used, and a note says so.
 * The changed scenario must validate like a typed one. Only when every row and the result are valid is the
 * scenario changed (logged in the assumption log with `note`, or "demand forecast imported from FILE") and
 * the series kept in the project.
 */
namespace DemandImport {

ImportResult apply(Project& project, const QString& scenario, const QByteArray& csv, const QString& sourceFile,
                   const QString& note = QString());

} // namespace DemandImport

} // namespace suanpan
