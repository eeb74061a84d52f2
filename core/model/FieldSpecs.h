#pragma once

#include <QString>

#include <vector>

namespace suanpan {

/**
 * \brief What a numeric input field is: its unit, allowed range and meaning.
 *
 * Paths are patterns: list indices are written `[]` (`chipMix[].count`), catalog fields are prefixed with
 * their catalog (`chips.tdpW`, `regions.monthlyTempC[]`). Validation, the editors' tooltips and
 * docs/scenario-format.md all read this one table, fieldSpecs(): the scenario's own numbers come from its schema
 * (ScenarioSchema.cpp), the catalogs' from FieldSpecs.cpp.
 */
struct FieldSpec {
    const char* path;
    const char* unit; ///< untranslated; translate with QCoreApplication::translate("Unit", unit)
    double min;
    double max;
    bool integer;
    const char* help;            ///< untranslated; translate with QCoreApplication::translate("FieldHelp", help)
    const char* label = nullptr; ///< the editors' label, untranslated; QCoreApplication::translate("Fields", label)
};

const std::vector<FieldSpec>& fieldSpecs();

/// The spec for a path pattern, or nullptr.
const FieldSpec* findFieldSpec(const QString& pattern);

/// The pattern of a concrete path: `demand[2].forecast.seriesPflops[7]` -> `demand[].forecast.seriesPflops[]`.
QString fieldPattern(const QString& path);

/// Translated unit of a spec.
QString unitText(const FieldSpec& spec);

/// "1 … 1,000,000 cards" style range text, untranslated numbers in C locale.
QString rangeText(const FieldSpec& spec);

/// A number as it appears in messages (C locale, up to 10 significant digits).
QString numberText(double value);

} // namespace suanpan
