#pragma once

#include "engine/Results.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace suanpan {

/**
 * \brief One column of the per-year results table: its stable key (JSON, CSV header), unit, label and
 * how to read it from a year. The JSON export, the CSV export, the CLI table and the desktop results table
 * all use this one list, so a column is defined once.
 */
struct YearColumn {
    QString key;
    QString unit;                   ///< untranslated unit symbol
    std::function<QString()> label; ///< translated when called (so a language switch shows at once)
    std::function<std::optional<double>(const YearResult&)> value;
};

const std::vector<YearColumn>& yearColumns();

/// The columns of the cash-flow table (a subset, in the order of a 现金流量表).
std::vector<YearColumn> cashFlowColumns();

} // namespace suanpan
