#pragma once

#include "engine/Analysis.h"
#include "engine/Results.h"

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace suanpan {

/**
 * \brief The headline figures shown on the KPI strip and compared between scenarios, defined once: how to
 * read each from an evaluation and how to show it. A figure that does not exist shows "n/a" and its reason.
 */
struct Kpi {
    enum class Format { Money, Percent, Years, Ratio, Energy, Tonnes };
    const char* id;
    const char* label;   ///< untranslated; context "Kpi"
    const char* tooltip; ///< untranslated; context "Kpi"
    Format kind;
    bool higherIsBetter;
    std::optional<double> (*value)(const Results&, const Analysis&);
    QString (*reason)(const Results&, const Analysis&); ///< why the value does not exist (may be null)

    QString translatedLabel() const;
    QString translatedTooltip() const;
    QString formatted(const Results& results, const Analysis& analysis, const QLocale& locale) const;
    static QString format(Format kind, double value, const QLocale& locale);
};

/// The figures of the KPI strip, in order.
const std::vector<Kpi>& stripKpis();
/// The figures of the comparison table (the strip's and a few more).
const std::vector<Kpi>& compareKpis();

} // namespace suanpan
