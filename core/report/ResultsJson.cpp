#include "ResultsJson.h"

#include "ResultColumns.h"

#include <QJsonArray>

namespace suanpan::ResultsJson {

namespace {

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject figure(const OptionalFigure& f)
{
    QJsonObject object{{QStringLiteral("value"), optional(f.value)}};
    if (!f.value) {
        object.insert(QStringLiteral("reason"), f.reason);
    }
    return object;
}

QJsonArray array(const std::vector<double>& values)
{
    QJsonArray list;
    for (double value : values) {
        list.append(value);
    }
    return list;
}

template <std::size_t N> QJsonObject byPrecision(const std::array<double, N>& values)
{
    QJsonObject object;
    for (std::size_t p = 0; p < N; ++p) {
        object.insert(toKey(static_cast<Precision>(p)), values[p]);
    }
    return object;
}

QJsonObject summaryJson(const Summary& s)
{
    QJsonArray payers;
    for (const PayerAmount& payer : s.payers) {
        payers.append(
            QJsonObject{{QStringLiteral("payer"), payer.payer}, {QStringLiteral("amountCny"), payer.amountCny}});
    }
    return {
        {QStringLiteral("initialCapexCny"), s.initialCapexCny},
        {QStringLiteral("totalCapexCny"), s.totalCapexCny},
        {QStringLiteral("averageAnnualOpexCny"), s.averageAnnualOpexCny},
        {QStringLiteral("firstFullYearOpexCny"), s.firstFullYearOpexCny},
        {QStringLiteral("averageAnnualRevenueCny"), s.averageAnnualRevenueCny},
        {QStringLiteral("npvBeforeTaxCny"), s.npvBeforeTaxCny},
        {QStringLiteral("npvAfterTaxCny"), s.npvAfterTaxCny},
        {QStringLiteral("equityNpvCny"), s.equityNpvCny},
        {QStringLiteral("projectIrrBeforeTax"), figure(s.projectIrrBeforeTax)},
        {QStringLiteral("projectIrrAfterTax"), figure(s.projectIrrAfterTax)},
        {QStringLiteral("equityIrr"), figure(s.equityIrr)},
        {QStringLiteral("paybackYears"), figure(s.paybackYears)},
        {QStringLiteral("discountedPaybackYears"), figure(s.discountedPaybackYears)},
        {QStringLiteral("averageUtilization"), s.averageUtilization},
        {QStringLiteral("averageComputeUtilization"), s.averageComputeUtilization},
        {QStringLiteral("rackingRateAtFullDeployment"), s.rackingRateAtFullDeployment},
        {QStringLiteral("designPue"), s.designPue},
        {QStringLiteral("averagePue"), s.averagePue},
        {QStringLiteral("pueAtFullDeployment"), s.pueAtFullDeployment},
        {QStringLiteral("peakPflopsFp16"), s.peakPflopsFp16},
        {QStringLiteral("peakPflops"), byPrecision(s.peakPflops)},
        {QStringLiteral("annualEnergyMwh"), s.annualEnergyMwh},
        {QStringLiteral("totalCo2Tonnes"), s.totalCo2Tonnes},
        {QStringLiteral("annualCo2Tonnes"), s.annualCo2Tonnes},
        {QStringLiteral("annualWaterM3"), s.annualWaterM3},
        {QStringLiteral("minDebtServiceCoverage"), figure(s.minDebtServiceCoverage)},
        {QStringLiteral("minInterestCoverage"), figure(s.minInterestCoverage)},
        {QStringLiteral("lcocPerUsedPflopsHour"), figure(s.lcocPerUsedPflopsHour)},
        {QStringLiteral("lcocPerUsedCardHour"), figure(s.lcocPerUsedCardHour)},
        {QStringLiteral("lcocPerAvailablePflopsHour"), figure(s.lcocPerAvailablePflopsHour)},
        {QStringLiteral("roi"), s.roi},
        {QStringLiteral("roe"), s.roe},
        {QStringLiteral("capexSubsidyCny"), s.capexSubsidyCny},
        {QStringLiteral("subsidyClawbackCny"), s.subsidyClawbackCny},
        {QStringLiteral("electricitySubsidyCny"), s.electricitySubsidyCny},
        {QStringLiteral("interestSubsidyCny"), s.interestSubsidyCny},
        {QStringLiteral("voucherSpendCny"), s.voucherSpendCny},
        {QStringLiteral("publicCostCny"), s.publicCostCny},
        {QStringLiteral("publicCostPvCny"), s.publicCostPvCny},
        {QStringLiteral("publicCostPerUsedPflopsHour"), figure(s.publicCostPerUsedPflopsHour)},
        {QStringLiteral("privateInvestmentCny"), s.privateInvestmentCny},
        {QStringLiteral("leverage"), figure(s.leverage)},
        {QStringLiteral("gdpImpactCny"), s.gdpImpactCny},
        {QStringLiteral("taxesPaidCny"), s.taxesPaidCny},
        {QStringLiteral("vatPaidCny"), s.vatPaidCny},
        {QStringLiteral("vatCreditLeftCny"), s.vatCreditLeftCny},
        {QStringLiteral("payers"), payers},
    };
}

} // namespace

QJsonObject toJson(const QString& scenarioName, const Results& results, const Analysis& analysis)
{
    QJsonArray years;
    for (const YearResult& year : results.years) {
        QJsonObject row;
        for (const YearColumn& column : yearColumns()) {
            row.insert(column.key, optional(column.value(year)));
        }
        row.insert(QStringLiteral("installedPflops"), byPrecision(year.installedPflops));
        years.append(row);
    }
    QJsonArray segments;
    for (const SegmentResult& s : results.segments) {
        segments.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("demandPflopsHours"), array(s.demandPflopsHours)},
                        {QStringLiteral("servedPflopsHours"), array(s.servedPflopsHours)},
                        {QStringLiteral("cardHours"), array(s.cardHours)},
                        {QStringLiteral("revenue"), array(s.revenue)},
                        {QStringLiteral("voucherSpend"), array(s.voucherSpend)},
                        {QStringLiteral("effectiveCapacityPflopsHours"), array(s.effectiveCapacityPflopsHours)}});
    }
    QJsonArray chips;
    for (const ChipResult& c : results.chips) {
        chips.append(QJsonObject{{QStringLiteral("chipId"), c.chipId},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("cardHoursInstalled"), array(c.cardHoursInstalled)},
                                 {QStringLiteral("cardHoursUsed"), array(c.cardHoursUsed)},
                                 {QStringLiteral("utilization"), array(c.utilization)}});
    }
    QJsonArray subsidies;
    for (const SubsidyOutcome& o : results.subsidies) {
        subsidies.append(QJsonObject{{QStringLiteral("name"), o.name},
                                     {QStringLiteral("granted"), o.granted},
                                     {QStringLiteral("eligibleBaseCny"), o.eligibleBaseCny},
                                     {QStringLiteral("amountCny"), o.amountCny},
                                     {QStringLiteral("paymentYear"), o.paymentYear},
                                     {QStringLiteral("clawbackCny"), o.clawbackCny},
                                     {QStringLiteral("clawbackYear"), o.clawbackYear}});
    }
    QJsonArray compliance;
    for (const ComplianceItem& c : results.compliance) {
        compliance.append(QJsonObject{{QStringLiteral("subsidy"), c.subsidy},
                                      {QStringLiteral("condition"), c.condition},
                                      {QStringLiteral("met"), c.met},
                                      {QStringLiteral("detail"), c.detail},
                                      {QStringLiteral("kind"), toKey(c.kind)},
                                      {QStringLiteral("applies"), c.applies},
                                      {QStringLiteral("source"), c.source}});
    }
    const QJsonObject analysisJson{
        {QStringLiteral("breakEvenUtilization"), figure(analysis.breakEvenUtilization)},
        {QStringLiteral("breakEvenPriceFactor"), figure(analysis.breakEvenPriceFactor)},
        {QStringLiteral("breakEvenPricePerCardHour"), array(analysis.breakEvenPricePerCardHour)},
        {QStringLiteral("npvWithoutPoliciesCny"), analysis.npvWithoutPoliciesCny},
        {QStringLiteral("irrWithoutPolicies"), figure(analysis.irrWithoutPolicies)},
    };
    return {
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("scenario"), scenarioName},
        {QStringLiteral("summary"), summaryJson(results.summary)},
        {QStringLiteral("analysis"), analysisJson},
        {QStringLiteral("years"), years},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("chips"), chips},
        {QStringLiteral("monthly"), QJsonObject{{QStringLiteral("utilization"), array(results.monthlyUtilization)},
                                                {QStringLiteral("pue"), array(results.monthlyPue)},
                                                {QStringLiteral("demandPflops"), array(results.monthlyDemandPflops)},
                                                {QStringLiteral("servedPflops"), array(results.monthlyServedPflops)}}},
        {QStringLiteral("subsidies"), subsidies},
        {QStringLiteral("compliance"), compliance},
    };
}

} // namespace suanpan::ResultsJson
