#pragma once

#include "ResultColumns.h"

#include <QByteArray>

namespace suanpan {

/**
 * \brief Per-year tables as CSV (RFC 4180, UTF-8, comma separated, '.' decimal point, keys in the header
 * so that a spreadsheet or a script can read them whatever the user's language).
 */
namespace ResultsCsv {

QByteArray table(const std::vector<YearResult>& years, const std::vector<YearColumn>& columns);
QByteArray cashFlow(const std::vector<YearResult>& years);
QByteArray allYears(const std::vector<YearResult>& years);

} // namespace ResultsCsv

} // namespace suanpan
