#pragma once

#include "Scenario.h"

#include <QString>

namespace suanpan {

/**
 * \brief Visits every numeric input field of a scenario with its path (`chipMix[1].count`).
 *
 * The one list of a scenario's numbers: validation range-checks through it, and anything that must address
 * "any numeric input" by path (uncertainty, goal seek, editors) uses it too. Works on a const or mutable
 * scenario; the visitor is called as visitor(path, value) with value an int& or double& (const if S is).
 */
template <typename S, typename Visitor> void visitNumbers(S& s, Visitor&& visit)
{
    auto at = [](const char* list, std::size_t i, const char* field) {
        return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(i).arg(QLatin1String(field));
    };
    visit(QStringLiteral("startYear"), s.startYear);
    visit(QStringLiteral("horizonYears"), s.horizonYears);
    visit(QStringLiteral("power.tariffEscalationPerYear"), s.power.tariffEscalationPerYear);
    visit(QStringLiteral("power.greenShare"), s.power.greenShare);
    visit(QStringLiteral("power.greenPriceCnyPerKwh"), s.power.greenPriceCnyPerKwh);
    visit(QStringLiteral("power.solarKwp"), s.power.solarKwp);
    visit(QStringLiteral("power.touPeakHours"), s.power.touPeakHours);
    visit(QStringLiteral("power.touValleyHours"), s.power.touValleyHours);
    visit(QStringLiteral("power.touPeakFactor"), s.power.touPeakFactor);
    visit(QStringLiteral("power.touValleyFactor"), s.power.touValleyFactor);
    visit(QStringLiteral("power.touShiftableShare"), s.power.touShiftableShare);
    visit(QStringLiteral("power.powerFactor"), s.power.powerFactor);
    visit(QStringLiteral("racks.designKwPerRack"), s.racks.designKwPerRack);
    for (std::size_t i = 0; i < s.facilityPhases.size(); ++i) {
        visit(at("facilityPhases", i, "startMonth"), s.facilityPhases[i].startMonth);
        visit(at("facilityPhases", i, "constructionMonths"), s.facilityPhases[i].constructionMonths);
        visit(at("facilityPhases", i, "rackPositions"), s.facilityPhases[i].rackPositions);
    }
    for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
        visit(at("chipMix", i, "count"), s.chipMix[i].count);
        visit(at("chipMix", i, "deployMonth"), s.chipMix[i].deployMonth);
    }
    auto& f = s.facility;
    visit(QStringLiteral("facility.buildingCapexCnyPerKw"), f.buildingCapexCnyPerKw);
    visit(QStringLiteral("facility.powerInfraCapexCnyPerKw"), f.powerInfraCapexCnyPerKw);
    visit(QStringLiteral("facility.landM2PerRack"), f.landM2PerRack);
    visit(QStringLiteral("facility.networkCapexCnyPerServer"), f.networkCapexCnyPerServer);
    visit(QStringLiteral("facility.storagePb"), f.storagePb);
    visit(QStringLiteral("facility.storageCapexCnyPerPb"), f.storageCapexCnyPerPb);
    visit(QStringLiteral("facility.solarCapexCnyPerKwp"), f.solarCapexCnyPerKwp);
    visit(QStringLiteral("facility.softCostShare"), f.softCostShare);
    visit(QStringLiteral("facility.contingencyShare"), f.contingencyShare);
    visit(QStringLiteral("facility.facilityLifeYears"), f.facilityLifeYears);
    if (s.facility.housing == Housing::Colocation) {
        visit(QStringLiteral("colocation.rentCnyPerRackMonth"), s.colocation.rentCnyPerRackMonth);
        visit(QStringLiteral("colocation.rentCnyPerKwMonth"), s.colocation.rentCnyPerKwMonth);
        visit(QStringLiteral("colocation.hostPue"), s.colocation.hostPue);
        visit(QStringLiteral("colocation.noticeMonths"), s.colocation.noticeMonths);
    }
    auto& o = s.operations;
    visit(QStringLiteral("operations.staffCount"), o.staffCount);
    visit(QStringLiteral("operations.staffCostCnyPerFteYear"), o.staffCostCnyPerFteYear);
    visit(QStringLiteral("operations.staffOnCostFactor"), o.staffOnCostFactor);
    visit(QStringLiteral("operations.itMaintenanceShare"), o.itMaintenanceShare);
    visit(QStringLiteral("operations.facilityMaintenanceShare"), o.facilityMaintenanceShare);
    visit(QStringLiteral("operations.insuranceShare"), o.insuranceShare);
    visit(QStringLiteral("operations.bandwidthCnyPerYear"), o.bandwidthCnyPerYear);
    visit(QStringLiteral("operations.softwareCnyPerCardYear"), o.softwareCnyPerCardYear);
    visit(QStringLiteral("operations.otherOpexCnyPerYear"), o.otherOpexCnyPerYear);
    visit(QStringLiteral("operations.opexInflationPerYear"), o.opexInflationPerYear);
    visit(QStringLiteral("operations.hardwarePriceDeclinePerYear"), o.hardwarePriceDeclinePerYear);
    for (std::size_t i = 0; i < s.demand.size(); ++i) {
        auto& d = s.demand[i];
        visit(at("demand", i, "forecast.baseDemandPflops"), d.forecast.baseDemandPflops);
        visit(at("demand", i, "forecast.growthPerYear"), d.forecast.growthPerYear);
        visit(at("demand", i, "forecast.saturationPflops"), d.forecast.saturationPflops);
        for (std::size_t k = 0; k < d.forecast.seriesPflops.size(); ++k) {
            visit(at("demand", i, "forecast.seriesPflops") + QStringLiteral("[%1]").arg(k), d.forecast.seriesPflops[k]);
        }
        visit(at("demand", i, "captureShare"), d.captureShare);
        visit(at("demand", i, "rampMonths"), d.rampMonths);
        visit(at("demand", i, "priceFactor"), d.priceFactor);
        visit(at("demand", i, "priceDeclinePerYear"), d.priceDeclinePerYear);
        visit(at("demand", i, "voucherUsers"), d.voucherUsers);
    }
    for (std::size_t i = 0; i < s.contracts.size(); ++i) {
        auto& c = s.contracts[i];
        visit(at("contracts", i, "pflops"), c.pflops);
        visit(at("contracts", i, "monthsAfterOpening"), c.monthsAfterOpening);
        visit(at("contracts", i, "termYears"), c.termYears);
        visit(at("contracts", i, "priceCnyPerPflopsYear"), c.priceCnyPerPflopsYear);
        visit(at("contracts", i, "escalationPerYear"), c.escalationPerYear);
        visit(at("contracts", i, "takeOrPayShare"), c.takeOrPayShare);
        visit(at("contracts", i, "signingProbability"), c.signingProbability);
        visit(at("contracts", i, "renewalProbability"), c.renewalProbability);
    }
    auto& p = s.policies;
    for (std::size_t i = 0; i < p.capexSubsidies.size(); ++i) {
        auto& c = p.capexSubsidies[i];
        visit(at("policies.capexSubsidies", i, "rate"), c.rate);
        visit(at("policies.capexSubsidies", i, "capCny"), c.capCny);
        visit(at("policies.capexSubsidies", i, "conditions.minScalePflopsFp16"), c.conditions.minScalePflopsFp16);
        visit(at("policies.capexSubsidies", i, "conditions.maxPue"), c.conditions.maxPue);
        visit(at("policies.capexSubsidies", i, "conditions.minRackingRate"), c.conditions.minRackingRate);
        visit(at("policies.capexSubsidies", i, "conditions.minDomesticShare"), c.conditions.minDomesticShare);
        for (std::size_t k = 0; k < c.payers.size(); ++k) {
            visit(at("policies.capexSubsidies", i, "payers") + QStringLiteral("[%1].weight").arg(k),
                  c.payers[k].weight);
        }
        visit(at("policies.capexSubsidies", i, "paymentYear"), c.paymentYear);
    }
    visit(QStringLiteral("policies.electricitySubsidy.cnyPerKwh"), p.electricitySubsidy.cnyPerKwh);
    visit(QStringLiteral("policies.electricitySubsidy.years"), p.electricitySubsidy.years);
    visit(QStringLiteral("policies.interestSubsidy.ratePoints"), p.interestSubsidy.ratePoints);
    visit(QStringLiteral("policies.interestSubsidy.years"), p.interestSubsidy.years);
    visit(QStringLiteral("policies.vouchers.annualBudgetCny"), p.vouchers.annualBudgetCny);
    visit(QStringLiteral("policies.vouchers.coverage"), p.vouchers.coverage);
    visit(QStringLiteral("policies.vouchers.capPerUserCny"), p.vouchers.capPerUserCny);
    visit(QStringLiteral("policies.vouchers.elasticity"), p.vouchers.elasticity);
    visit(QStringLiteral("policies.vouchers.conversionShare"), p.vouchers.conversionShare);
    visit(QStringLiteral("policies.vouchers.startYear"), p.vouchers.startYear);
    visit(QStringLiteral("policies.vouchers.years"), p.vouchers.years);
    visit(QStringLiteral("policies.corporateTaxRate"), p.corporateTaxRate);
    visit(QStringLiteral("policies.lossCarryForwardYears"), p.lossCarryForwardYears);
    visit(QStringLiteral("policies.gdpMultiplier"), p.gdpMultiplier);
    auto& fi = s.finance;
    visit(QStringLiteral("finance.discountRate"), fi.discountRate);
    visit(QStringLiteral("finance.socialDiscountRate"), fi.socialDiscountRate);
    visit(QStringLiteral("finance.debtShare"), fi.debtShare);
    visit(QStringLiteral("finance.debtRatePerYear"), fi.debtRatePerYear);
    visit(QStringLiteral("finance.debtTenorYears"), fi.debtTenorYears);
    visit(QStringLiteral("finance.itDepreciationYears"), fi.itDepreciationYears);
    visit(QStringLiteral("finance.facilityDepreciationYears"), fi.facilityDepreciationYears);
    visit(QStringLiteral("finance.depreciationResidualShare"), fi.depreciationResidualShare);
    visit(QStringLiteral("finance.cnyPerUsd"), fi.cnyPerUsd);
    visit(QStringLiteral("finance.vatGoodsRate"), fi.vatGoodsRate);
    visit(QStringLiteral("finance.vatConstructionRate"), fi.vatConstructionRate);
    visit(QStringLiteral("finance.vatServicesRate"), fi.vatServicesRate);
    visit(QStringLiteral("finance.vatSurchargeRate"), fi.vatSurchargeRate);
    // The uncertainty section's own numbers (distribution parameters are checked against their target field
    // by the uncertainty validator instead, since their unit is the target's).
    auto& u = s.uncertainty;
    for (std::size_t i = 0; i < u.events.size(); ++i) {
        visit(at("uncertainty.events", i, "probability"), u.events[i].probability);
        visit(at("uncertainty.events", i, "affectedShare"), u.events[i].affectedShare);
        visit(at("uncertainty.events", i, "delayMonths"), u.events[i].delayMonths);
    }
    for (std::size_t i = 0; i < u.correlations.size(); ++i) {
        visit(at("uncertainty.correlations", i, "rho"), u.correlations[i].rho);
    }
}

} // namespace suanpan
