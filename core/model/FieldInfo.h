#pragma once

#include "Catalog.h"
#include "Enums.h"
#include "FieldSpecs.h"

#include <QString>

#include <span>

namespace suanpan {

/**
 * \brief What an editor needs to know to show a scenario field: its label and kind, its FieldSpec (a number's, or
 * that of the catalog field an override replaces), an enumeration's values, or the catalog an id comes from.
 * Made from the scenario's schema (ScenarioSchema.h) and the FieldSpecs of the catalogs: a form page only says
 * which fields it shows, in which groups.
 */
struct FieldInfo {
    enum class Kind { Number, Text, TextList, Flag, Choice, CatalogId, CatalogOverride, Other };
    Kind kind = Kind::Other;
    const char* label = nullptr;              ///< QT_TRANSLATE_NOOP("Fields", …), or nullptr
    const FieldSpec* spec = nullptr;          ///< Number and CatalogOverride
    std::span<const EnumValue> choices{};     ///< Choice
    CatalogKind catalog = CatalogKind::Chips; ///< CatalogId and CatalogOverride
    QString idPattern;        ///< CatalogOverride: the field holding the id of the entry it overrides (`site.regionId`)
    bool conditional = false; ///< belongs to some entries only (an S-curve's saturation: SchemaField::applies)
};

/// The field at a path pattern (`power.greenShare`, `demand[].captureShare`, `site.override.tariffCnyPerKwh`), or
/// nullptr when there is none.
const FieldInfo* findField(const QString& pattern);

/// A field path as a reader names it: the label of each section and list on the way, a list entry by its position
/// from 1, then the field's label (`demand[1].forecast.saturationPflops` → "Demand segment 2 › Saturation",
/// translated; the forecast has no label of its own). A path to a field the schema does not have is returned as it
/// is.
QString fieldPlace(const QString& path);

} // namespace suanpan
