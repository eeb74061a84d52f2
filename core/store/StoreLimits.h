#pragma once

#include "model/Scenario.h"

#include <QtGlobal>

namespace suanpan {

/**
 * \brief Size limits of what a project file and an imported CSV may hold.
 *
 * A file from someone else is untrusted input: these bounds keep a hostile or broken file from exhausting
 * memory, and each is far above what a real study needs (a study has tens of scenarios, a scenario a few
 * kilobytes of JSON, a demand series at most 12 × 30 values).
 */
namespace StoreLimits {

inline constexpr qint64 kMaxFileBytes = qint64(1) << 30;          ///< a project file, 1 GiB
inline constexpr qsizetype kMaxNameChars = kMaxScenarioNameChars; ///< scenario names, segment and entry ids
inline constexpr qsizetype kMaxTextChars = 10000;                 ///< metadata values, notes, file names
inline constexpr qsizetype kMaxPathChars = 1000;                  ///< field paths in the log
inline constexpr qsizetype kMaxJsonChars = 4 * 1024 * 1024;       ///< one scenario, catalog entry or log value
inline constexpr qint64 kMaxScenarios = 10000;
inline constexpr qint64 kMaxCatalogEntries = 10000;
inline constexpr qint64 kMaxDemandSeries = 10000;
inline constexpr qsizetype kMaxSeriesValues = 1200; ///< 100 years of months
inline constexpr qint64 kMaxLogEntries = 2000000;
inline constexpr qint64 kMaxCsvBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kMaxCsvRecords = 100000;
inline constexpr qsizetype kMaxCsvFieldChars = 10000;

} // namespace StoreLimits

} // namespace suanpan
