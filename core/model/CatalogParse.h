#pragma once

#include "CatalogTypes.h"
#include "ValidationReport.h"

#include <QJsonObject>
#include <QString>

namespace suanpan {

/**
 * \brief Typed specs from catalog entries merged with a scenario's override.
 *
 * Each field is read from the override when it has it, else from the catalog entry, and range-checked
 * against FieldSpecs; a problem is reported at the override's path (`chipMix[1].override.tdpW`) when the
 * override set the value, else at the catalog's (`chips[h100-sxm].tdpW`). Unknown override fields are
 * reported too, so that a typo never silently keeps the catalog value.
 */
namespace CatalogParse {

ChipSpec chip(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
              ValidationReport& report);
CoolingSpec cooling(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
                    ValidationReport& report);
RegionSpec region(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
                  ValidationReport& report);
RedundancySpec redundancy(const QJsonObject& entry, ValidationReport& report);

} // namespace CatalogParse

} // namespace suanpan
