#pragma once

#include "study/Study.h"

#include <QString>
#include <QStringList>

namespace suanpan {

/**
 * \brief The auditable Excel workbook of one scenario of a feasibility study (docs/methodology.md §13.4).
 *
 * Sheets: Summary (the project, the headline figures and break-evens), Inputs (every number the evaluation read,
 * with its unit, meaning and source), Years, Monthly, Segments, Chips, Cash flow and, when the study ran one, Risk.
 * The cash-flow statement (项目投资现金流量表) keeps its arithmetic live: inflows, outflows, the cash flows before
 * and after income tax and the cumulative rows are formulas over the rows above them, and NPV, IRR, payback and
 * discounted payback are formulas over the cash-flow rows and the discount-rate cell, each cached with the
 * app's own figure, so that a reader can audit the figures and change the discount rate.
 */
namespace Workbook {

/// The sheets' names (translated, valid Excel sheet names) in order; Risk only when the scenario has risk results.
QStringList sheetNames(const ScenarioStudy& scenario);

/// Writes the workbook to `path`, atomically: a failure leaves no file behind and the old file, if any,
/// untouched. Returns false with a translated message naming the path.
bool write(const Study& study, const ScenarioStudy& scenario, const QString& path, QString* error);

} // namespace Workbook

} // namespace suanpan
