#pragma once

#include "ImportIssue.h"
#include "Project.h"

#include <QByteArray>

namespace suanpan {

/**
 * \brief Imports a CSV of catalog figures (a consultant's chip prices, a utility's tariffs) into a project's
 * own catalog, all or nothing.
 *
 * One row per entry: an `id` column, and columns named by the entry's fields as in data/catalogs
 * (`cardPriceCny`, `tflops.fp16`, `pue.fixedShare`, `name` …); an empty cell keeps the current figure. A new
 * id needs a `copyOf` column naming the entry it starts from. An optional `source` column says where the
 * row's figures come from; without it, the file name and date are recorded as the source of each figure
 * changed, which also stops being listed as an estimate. Each entry is range-checked as the built-in catalog
 * is (CatalogParse); a problem is reported at its row and column. Changes are logged project-wide
 * (`catalog.chips[h20].cardPriceCny`); scenarios that stop validating because of them are named in a note.
 */
namespace CatalogImport {

ImportResult apply(Project& project, CatalogKind kind, const QByteArray& csv, const QString& sourceFile,
                   const QString& note = QString());

} // namespace CatalogImport

} // namespace suanpan
