#pragma once

#include "model/FieldSpecs.h"

#include <QLatin1String>

namespace suanpan {

// How the editors show a number, the same in forms and tables.

/// A share (unit "share", "share/yr") is shown and edited as a percentage.
inline bool shownAsPercent(const FieldSpec* spec)
{
    return spec != nullptr && QLatin1String(spec->unit).startsWith(QLatin1String("share"));
}

/// Decimals shown: one for a percentage, none for sums of money and counts of firms, three for small ratios.
inline int decimalsFor(const FieldSpec* spec)
{
    if (spec == nullptr) {
        return 2;
    }
    const QLatin1String unit(spec->unit);
    if (unit.startsWith(QLatin1String("share"))) {
        return 1;
    }
    if (unit == QLatin1String("CNY") || unit == QLatin1String("CNY/yr") || unit == QLatin1String("CNY/kW") ||
        unit == QLatin1String("CNY/server") || unit == QLatin1String("CNY/PB") || unit == QLatin1String("CNY/P·yr") ||
        unit == QLatin1String("firms")) {
        return 0;
    }
    return spec->max <= 10 ? 3 : 1;
}

} // namespace suanpan
