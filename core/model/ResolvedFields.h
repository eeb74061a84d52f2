#pragma once

#include "FieldSpecs.h"
#include "ResolvedScenario.h"
#include "ScenarioFields.h"

#include <QString>

namespace suanpan {

/**
 * \brief Visits every number of a resolved scenario that a risk analysis or a goal seek may move, with its
 * path and the FieldSpecs pattern that gives its unit and range.
 *
 * These are the scenario's own inputs (visitNumbers) and the catalog figures the engine reads, addressed the
 * way a scenario overrides them: `chipMix[1].override.cardPriceCny`, `site.override.tariffCnyPerKwh`,
 * `cooling.override.pue.fixedShare`. Moving the resolved figure is the same as writing that override, without
 * re-reading catalogs for every trial. The visitor is called as visit(path, specPattern, value) with value an
 * int& or double& (const if R is).
 */
template <typename R, typename Visitor> void visitResolvedNumbers(R& r, Visitor&& visit)
{
    visitNumbers(r.input, [&visit](const QString& path, auto& value) { visit(path, fieldPattern(path), value); });

    const QStringList precisions = enumKeys<Precision>();
    const QStringList workloads = enumKeys<Workload>();
    for (std::size_t i = 0; i < r.chips.size(); ++i) {
        auto& c = r.chips[i];
        const QString prefix = QStringLiteral("chipMix[%1].override.").arg(i);
        auto chip = [&](const QString& key, auto& value) {
            visit(prefix + key, QStringLiteral("chips.") + key, value);
        };
        for (std::size_t p = 0; p < c.tflops.size(); ++p) {
            chip(QStringLiteral("tflops.") + precisions.at(static_cast<qsizetype>(p)), c.tflops[p]);
        }
        chip(QStringLiteral("memoryGb"), c.memoryGb);
        chip(QStringLiteral("tdpW"), c.tdpW);
        chip(QStringLiteral("cardsPerServer"), c.cardsPerServer);
        chip(QStringLiteral("serverOverheadW"), c.serverOverheadW);
        chip(QStringLiteral("idlePowerShare"), c.idlePowerShare);
        chip(QStringLiteral("cardPriceCny"), c.cardPriceCny);
        chip(QStringLiteral("serverBasePriceCny"), c.serverBasePriceCny);
        chip(QStringLiteral("rentalPriceCnyPerCardHour"), c.rentalPriceCnyPerCardHour);
        chip(QStringLiteral("priceDeclinePerYear"), c.priceDeclinePerYear);
        chip(QStringLiteral("economicLifeYears"), c.economicLifeYears);
        chip(QStringLiteral("supplyRisk"), c.supplyRisk);
        for (std::size_t w = 0; w < c.ecosystemEfficiency.size(); ++w) {
            chip(QStringLiteral("ecosystemEfficiency.") + workloads.at(static_cast<qsizetype>(w)),
                 c.ecosystemEfficiency[w]);
        }
    }

    auto cooling = [&](const char* key, auto& value) {
        visit(QStringLiteral("cooling.override.") + QLatin1String(key), QStringLiteral("cooling.") + QLatin1String(key),
              value);
    };
    auto& k = r.cooling;
    cooling("maxKwPerRack", k.maxKwPerRack);
    cooling("capexCnyPerKw", k.capexCnyPerKw);
    cooling("pue.fixedShare", k.pue.fixedShare);
    cooling("pue.proportionalShare", k.pue.proportionalShare);
    cooling("pue.baseCoolingShare", k.pue.baseCoolingShare);
    cooling("pue.mechanicalCoolingShare", k.pue.mechanicalCoolingShare);
    cooling("pue.freeCoolingBelowC", k.pue.freeCoolingBelowC);
    cooling("pue.fullMechanicalAboveC", k.pue.fullMechanicalAboveC);
    cooling("water.baseLPerKwh", k.waterBaseLPerKwh);
    cooling("water.mechanicalLPerKwh", k.waterMechanicalLPerKwh);

    auto region = [&](const QString& key, auto& value) {
        visit(QStringLiteral("site.override.") + key, QStringLiteral("regions.") + fieldPattern(key), value);
    };
    auto& g = r.region;
    region(QStringLiteral("tariffCnyPerKwh"), g.tariffCnyPerKwh);
    region(QStringLiteral("demandChargeCnyPerKwMonth"), g.demandChargeCnyPerKwMonth);
    region(QStringLiteral("capacityChargeCnyPerKvaMonth"), g.capacityChargeCnyPerKvaMonth);
    region(QStringLiteral("gridEmissionKgPerKwh"), g.gridEmissionKgPerKwh);
    for (std::size_t m = 0; m < g.monthlyTempC.size(); ++m) {
        region(QStringLiteral("monthlyTempC[%1]").arg(m), g.monthlyTempC[m]);
    }
    region(QStringLiteral("itWageCnyPerYear"), g.itWageCnyPerYear);
    region(QStringLiteral("landPriceCnyPerM2"), g.landPriceCnyPerM2);
    region(QStringLiteral("solarYieldKwhPerKwpYear"), g.solarYieldKwhPerKwpYear);
    region(QStringLiteral("pueLimit"), g.pueLimit);
}

} // namespace suanpan
