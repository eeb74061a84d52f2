#include "ScenarioJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan::ScenarioJson {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toArray(const std::vector<double>& list)
{
    QJsonArray array;
    for (double value : list) {
        array.append(value);
    }
    return array;
}

QJsonObject segmentToJson(const DemandSegment& s)
{
    QJsonObject forecast{{QStringLiteral("type"), toKey(s.forecast.type)}};
    if (s.forecast.type == ForecastType::Series) {
        forecast.insert(QStringLiteral("seriesPflops"), toArray(s.forecast.seriesPflops));
    } else {
        forecast.insert(QStringLiteral("baseDemandPflops"), s.forecast.baseDemandPflops);
        forecast.insert(QStringLiteral("growthPerYear"), s.forecast.growthPerYear);
        if (s.forecast.type == ForecastType::SCurve) {
            forecast.insert(QStringLiteral("saturationPflops"), s.forecast.saturationPflops);
        }
    }
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("workload"), toKey(s.workload)},
            {QStringLiteral("precision"), toKey(s.precision)},
            {QStringLiteral("forecast"), forecast},
            {QStringLiteral("captureShare"), s.captureShare},
            {QStringLiteral("rampMonths"), s.rampMonths},
            {QStringLiteral("priceFactor"), s.priceFactor},
            {QStringLiteral("priceDeclinePerYear"), s.priceDeclinePerYear},
            {QStringLiteral("priceLocked"), s.priceLocked},
            {QStringLiteral("allowedChips"), toArray(s.allowedChips)},
            {QStringLiteral("voucherUsers"), s.voucherUsers}};
}

QJsonObject contractToJson(const RevenueContract& c)
{
    return {{QStringLiteral("segment"), c.segment},
            {QStringLiteral("pflops"), c.pflops},
            {QStringLiteral("monthsAfterOpening"), c.monthsAfterOpening},
            {QStringLiteral("termYears"), c.termYears},
            {QStringLiteral("priceCnyPerPflopsYear"), c.priceCnyPerPflopsYear},
            {QStringLiteral("escalationPerYear"), c.escalationPerYear},
            {QStringLiteral("takeOrPayShare"), c.takeOrPayShare},
            {QStringLiteral("signingProbability"), c.signingProbability},
            {QStringLiteral("renewalProbability"), c.renewalProbability}};
}

QJsonObject subsidyToJson(const CapexSubsidy& c)
{
    QJsonArray items;
    for (CapexItem item : c.eligibleItems) {
        items.append(toKey(item));
    }
    QJsonArray payers;
    for (const PayerShare& payer : c.payers) {
        payers.append(QJsonObject{{QStringLiteral("payer"), payer.payer}, {QStringLiteral("weight"), payer.weight}});
    }
    const QJsonObject conditions{{QStringLiteral("minScalePflopsFp16"), c.conditions.minScalePflopsFp16},
                                 {QStringLiteral("maxPue"), c.conditions.maxPue},
                                 {QStringLiteral("pueBasis"), toKey(c.conditions.pueBasis)},
                                 {QStringLiteral("minRackingRate"), c.conditions.minRackingRate},
                                 {QStringLiteral("minDomesticShare"), c.conditions.minDomesticShare}};
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("rate"), c.rate},
            {QStringLiteral("capCny"), c.capCny},
            {QStringLiteral("eligibleItems"), items},
            {QStringLiteral("conditions"), conditions},
            {QStringLiteral("payers"), payers},
            {QStringLiteral("paymentYear"), c.paymentYear}};
}

QJsonObject policiesToJson(const PolicyInput& p)
{
    QJsonArray subsidies;
    for (const CapexSubsidy& subsidy : p.capexSubsidies) {
        subsidies.append(subsidyToJson(subsidy));
    }
    const VoucherProgram& v = p.vouchers;
    return {
        {QStringLiteral("capexSubsidies"), subsidies},
        {QStringLiteral("electricitySubsidy"),
         QJsonObject{{QStringLiteral("cnyPerKwh"), p.electricitySubsidy.cnyPerKwh},
                     {QStringLiteral("years"), p.electricitySubsidy.years}}},
        {QStringLiteral("interestSubsidy"), QJsonObject{{QStringLiteral("ratePoints"), p.interestSubsidy.ratePoints},
                                                        {QStringLiteral("years"), p.interestSubsidy.years}}},
        {QStringLiteral("vouchers"), QJsonObject{{QStringLiteral("annualBudgetCny"), v.annualBudgetCny},
                                                 {QStringLiteral("coverage"), v.coverage},
                                                 {QStringLiteral("capPerUserCny"), v.capPerUserCny},
                                                 {QStringLiteral("eligibleSegments"), toArray(v.eligibleSegments)},
                                                 {QStringLiteral("elasticity"), v.elasticity},
                                                 {QStringLiteral("conversionShare"), v.conversionShare},
                                                 {QStringLiteral("startYear"), v.startYear},
                                                 {QStringLiteral("years"), v.years}}},
        {QStringLiteral("corporateTaxRate"), p.corporateTaxRate},
        {QStringLiteral("lossCarryForwardYears"), p.lossCarryForwardYears},
        {QStringLiteral("gdpMultiplier"), p.gdpMultiplier}};
}

QJsonObject distributionToJson(const DistributionSpec& d)
{
    QJsonObject object{{QStringLiteral("type"), toKey(d.type)}};
    switch (d.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        object.insert(QStringLiteral("mean"), d.mean);
        object.insert(QStringLiteral("sd"), d.sd);
        break;
    case DistributionType::Triangular:
    case DistributionType::Pert:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("mode"), d.mode);
        object.insert(QStringLiteral("max"), d.max);
        break;
    case DistributionType::Uniform:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("max"), d.max);
        break;
    }
    return object;
}

QJsonObject uncertaintyToJson(const Uncertainty& u)
{
    QJsonArray inputs;
    for (const UncertainInput& input : u.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("path"), input.path},
                                  {QStringLiteral("apply"), toKey(input.apply)},
                                  {QStringLiteral("distribution"), distributionToJson(input.distribution)},
                                  {QStringLiteral("note"), input.note}});
    }
    QJsonArray events;
    for (const RiskEvent& event : u.events) {
        QJsonObject object{{QStringLiteral("type"), toKey(event.type)},
                           {QStringLiteral("probability"), event.probability},
                           {QStringLiteral("note"), event.note}};
        if (event.type == RiskEventType::ContractLoss) {
            if (event.contract >= 0) {
                object.insert(QStringLiteral("contract"), event.contract);
            }
        } else {
            object.insert(QStringLiteral("delayMonths"), event.delayMonths);
        }
        if (event.type == RiskEventType::ChipSupplyCut) {
            object.insert(QStringLiteral("affectedShare"), event.affectedShare);
            object.insert(QStringLiteral("chipId"), event.chipId);
        }
        events.append(object);
    }
    QJsonArray correlations;
    for (const InputCorrelation& c : u.correlations) {
        correlations.append(
            QJsonObject{{QStringLiteral("a"), c.a}, {QStringLiteral("b"), c.b}, {QStringLiteral("rho"), c.rho}});
    }
    return {{QStringLiteral("inputs"), inputs},
            {QStringLiteral("events"), events},
            {QStringLiteral("correlations"), correlations}};
}

/// Every field but the colocation section, which only a colocated center has.
QJsonObject scenarioToJson(const Scenario& s)
{
    QJsonArray phases;
    for (const FacilityPhase& phase : s.facilityPhases) {
        phases.append(QJsonObject{{QStringLiteral("startMonth"), phase.startMonth},
                                  {QStringLiteral("constructionMonths"), phase.constructionMonths},
                                  {QStringLiteral("rackPositions"), phase.rackPositions}});
    }
    QJsonArray chips;
    for (const ChipDeployment& chip : s.chipMix) {
        QJsonObject entry{{QStringLiteral("chipId"), chip.chipId},
                          {QStringLiteral("count"), chip.count},
                          {QStringLiteral("deployMonth"), chip.deployMonth},
                          {QStringLiteral("override"), chip.override}};
        if (!chip.refreshChipId.isEmpty()) { // written only when set, so that files without it are unchanged
            entry.insert(QStringLiteral("refreshChipId"), chip.refreshChipId);
        }
        chips.append(entry);
    }
    QJsonArray segments;
    for (const DemandSegment& segment : s.demand) {
        segments.append(segmentToJson(segment));
    }
    QJsonArray contracts;
    for (const RevenueContract& contract : s.contracts) {
        contracts.append(contractToJson(contract));
    }
    const PowerInput& p = s.power;
    const FacilityInput& f = s.facility;
    const OperationsInput& o = s.operations;
    const FinanceInput& fi = s.finance;
    return {
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("startYear"), s.startYear},
        {QStringLiteral("horizonYears"), s.horizonYears},
        {QStringLiteral("site"),
         QJsonObject{{QStringLiteral("regionId"), s.site.regionId}, {QStringLiteral("override"), s.site.override}}},
        {QStringLiteral("power"), QJsonObject{{QStringLiteral("tariffMode"), toKey(p.tariffMode)},
                                              {QStringLiteral("tariffEscalationPerYear"), p.tariffEscalationPerYear},
                                              {QStringLiteral("greenShare"), p.greenShare},
                                              {QStringLiteral("greenPriceCnyPerKwh"), p.greenPriceCnyPerKwh},
                                              {QStringLiteral("redundancyId"), p.redundancyId},
                                              {QStringLiteral("solarKwp"), p.solarKwp},
                                              {QStringLiteral("powerFactor"), p.powerFactor},
                                              {QStringLiteral("touPeakHours"), p.touPeakHours},
                                              {QStringLiteral("touValleyHours"), p.touValleyHours},
                                              {QStringLiteral("touPeakFactor"), p.touPeakFactor},
                                              {QStringLiteral("touValleyFactor"), p.touValleyFactor},
                                              {QStringLiteral("touShiftableShare"), p.touShiftableShare}}},
        {QStringLiteral("racks"), QJsonObject{{QStringLiteral("designKwPerRack"), s.racks.designKwPerRack}}},
        {QStringLiteral("facilityPhases"), phases},
        {QStringLiteral("cooling"), QJsonObject{{QStringLiteral("technologyId"), s.cooling.technologyId},
                                                {QStringLiteral("override"), s.cooling.override}}},
        {QStringLiteral("chipMix"), chips},
        {QStringLiteral("facility"),
         QJsonObject{{QStringLiteral("housing"), toKey(f.housing)},
                     {QStringLiteral("buildingCapexCnyPerKw"), f.buildingCapexCnyPerKw},
                     {QStringLiteral("powerInfraCapexCnyPerKw"), f.powerInfraCapexCnyPerKw},
                     {QStringLiteral("landM2PerRack"), f.landM2PerRack},
                     {QStringLiteral("networkFabric"), toKey(f.networkFabric)},
                     {QStringLiteral("networkCapexCnyPerServer"), f.networkCapexCnyPerServer},
                     {QStringLiteral("storagePb"), f.storagePb},
                     {QStringLiteral("storageCapexCnyPerPb"), f.storageCapexCnyPerPb},
                     {QStringLiteral("solarCapexCnyPerKwp"), f.solarCapexCnyPerKwp},
                     {QStringLiteral("softCostShare"), f.softCostShare},
                     {QStringLiteral("contingencyShare"), f.contingencyShare},
                     {QStringLiteral("facilityLifeYears"), f.facilityLifeYears}}},
        {QStringLiteral("operations"),
         QJsonObject{{QStringLiteral("staffCount"), o.staffCount},
                     {QStringLiteral("staffCostCnyPerFteYear"), o.staffCostCnyPerFteYear},
                     {QStringLiteral("staffOnCostFactor"), o.staffOnCostFactor},
                     {QStringLiteral("itMaintenanceShare"), o.itMaintenanceShare},
                     {QStringLiteral("facilityMaintenanceShare"), o.facilityMaintenanceShare},
                     {QStringLiteral("insuranceShare"), o.insuranceShare},
                     {QStringLiteral("bandwidthCnyPerYear"), o.bandwidthCnyPerYear},
                     {QStringLiteral("softwareCnyPerCardYear"), o.softwareCnyPerCardYear},
                     {QStringLiteral("otherOpexCnyPerYear"), o.otherOpexCnyPerYear},
                     {QStringLiteral("opexInflationPerYear"), o.opexInflationPerYear},
                     {QStringLiteral("hardwareRefresh"), o.hardwareRefresh},
                     {QStringLiteral("hardwarePriceDeclinePerYear"), o.hardwarePriceDeclinePerYear}}},
        {QStringLiteral("demand"), segments},
        {QStringLiteral("contracts"), contracts},
        {QStringLiteral("policies"), policiesToJson(s.policies)},
        {QStringLiteral("finance"),
         QJsonObject{{QStringLiteral("discountRate"), fi.discountRate},
                     {QStringLiteral("socialDiscountRate"), fi.socialDiscountRate},
                     {QStringLiteral("debtShare"), fi.debtShare},
                     {QStringLiteral("debtRatePerYear"), fi.debtRatePerYear},
                     {QStringLiteral("debtTenorYears"), fi.debtTenorYears},
                     {QStringLiteral("repayment"), toKey(fi.repayment)},
                     {QStringLiteral("itDepreciationYears"), fi.itDepreciationYears},
                     {QStringLiteral("facilityDepreciationYears"), fi.facilityDepreciationYears},
                     {QStringLiteral("depreciationResidualShare"), fi.depreciationResidualShare},
                     {QStringLiteral("cnyPerUsd"), fi.cnyPerUsd},
                     {QStringLiteral("vat"), toKey(fi.vat)},
                     {QStringLiteral("vatGoodsRate"), fi.vatGoodsRate},
                     {QStringLiteral("vatConstructionRate"), fi.vatConstructionRate},
                     {QStringLiteral("vatServicesRate"), fi.vatServicesRate},
                     {QStringLiteral("vatSurchargeRate"), fi.vatSurchargeRate}}},
        {QStringLiteral("uncertainty"), uncertaintyToJson(s.uncertainty)},
    };
}

} // namespace

QJsonObject toJson(const Scenario& s)
{
    QJsonObject json = scenarioToJson(s);
    if (s.facility.housing == Housing::Colocation) {
        const ColocationInput& c = s.colocation;
        json.insert(QStringLiteral("colocation"),
                    QJsonObject{{QStringLiteral("rentCnyPerRackMonth"), c.rentCnyPerRackMonth},
                                {QStringLiteral("rentCnyPerKwMonth"), c.rentCnyPerKwMonth},
                                {QStringLiteral("hostPue"), c.hostPue},
                                {QStringLiteral("noticeMonths"), c.noticeMonths}});
    }
    return json;
}

QByteArray toBytes(const Scenario& scenario)
{
    return QJsonDocument(toJson(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace suanpan::ScenarioJson
