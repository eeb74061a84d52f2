#pragma once

#include "engine/Analysis.h"
#include "engine/Results.h"
#include "model/ResolvedScenario.h"

#include <QLocale>
#include <QString>

namespace suanpan {

/// The readable summary `suanpan-cli evaluate` prints: key figures, subsidy conditions, a per-year table.
QString textSummary(const ResolvedScenario& scenario, const Results& results, const Analysis& analysis,
                    const QLocale& locale);

} // namespace suanpan
