#pragma once

#include "ImportIssue.h"
#include "Project.h"

#include <QByteArray>

#include <vector>

namespace suanpan {

/**
 * \brief Reads a demand forecast CSV: one row per period and segment (docs/project-format.md).
 *
 * Columns (any order, extra columns ignored): `period` (a year `2027` or a month `2027-03`; `2027年` and
 * `2027年3月` too), `segment` (a segment id or name of the scenario), `value` and `unit` (`P`: average
 * effective PFLOPS in the period; `P·h`: PFLOPS-hours of work in the period, converted with the engine's
 * clock of 8,760 h per year and 730 h per month). Each segment's periods must be all years or all months,
 * without gaps or repeats. Every rejected row is reported with its line, column and reason.
 */
namespace DemandCsv {

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kHoursPerMonth = 730.0;

/** \brief One segment's series as read, with the line of each value (for messages). */
struct ParsedSeries {
    DemandSeries series; ///< scenario, source and import time still empty
    std::vector<int> lines;
    QString label; ///< the segment as written in the file
};

struct Parsed {
    std::vector<ParsedSeries> series; ///< in order of first appearance
    std::vector<ImportIssue> issues;
    QStringList notes;
    QStringList header;
    int segmentColumn = 0; ///< 1-based, for messages about segments
};

Parsed parse(const QByteArray& bytes);

} // namespace DemandCsv

} // namespace suanpan
