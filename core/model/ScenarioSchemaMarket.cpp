#include "SchemaFields.h"

#include <QCoreApplication>

// The market's sections: demand segments, revenue contracts, policies and finance. The center's sections are in
// ScenarioSchema.cpp.

namespace suanpan {

namespace {

using namespace schema_detail;

bool isSeries(const Forecast& f)
{
    return f.type == ForecastType::Series;
}

bool grows(const Forecast& f) // a network forecast has no parameters of its own
{
    return f.type == ForecastType::Cagr || f.type == ForecastType::SCurve;
}

bool isSCurve(const Forecast& f)
{
    return f.type == ForecastType::SCurve;
}

/// demand[].forecast: a forecast holds the parameters of its type only: a series its values, a constant growth its
/// base and rate, an S-curve also its saturation (methodology §7.2).
const SchemaField<Forecast> kForecast[] = {
    {"type", enumField<&Forecast::type, ForecastType::Cagr>(), QT_TRANSLATE_NOOP("Fields", "Forecast")},
    {"baseDemandPflops",
     &Forecast::baseDemandPflops,
     QT_TRANSLATE_NOOP("Fields", "Market now"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Market demand of the segment in the start year, as average effective PFLOPS in use.")},
     FieldUse::Required,
     grows},
    {"growthPerYear",
     &Forecast::growthPerYear,
     QT_TRANSLATE_NOOP("Fields", "Growth/yr"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.9, 10, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual growth (CAGR) or, for an S-curve, the initial growth rate.")},
     FieldUse::Required,
     grows},
    {"saturationPflops",
     &Forecast::saturationPflops,
     QT_TRANSLATE_NOOP("Fields", "Saturation"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Level at which an S-curve forecast saturates.")},
     FieldUse::Required,
     isSCurve},
    {"seriesPflops",
     &Forecast::seriesPflops,
     QT_TRANSLATE_NOOP("Fields", "Demand series"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Given demand per year (or per month), average effective PFLOPS.")},
     FieldUse::Required,
     isSeries},
};

void readEligibleItems(JsonReader& r, const char* key, CapexSubsidy& into)
{
    const QStringList items = r.stringList(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const auto item = enumFromKey<CapexItem>(items.at(i))) {
            into.eligibleItems.push_back(*item);
        } else {
            r.report().add(r.childPath(QLatin1String(key)) + QStringLiteral("[%1]").arg(i),
                           QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                               .arg(items.at(i).left(40), enumKeys<CapexItem>().join(QStringLiteral(", "))));
        }
    }
}

QJsonValue writeEligibleItems(const CapexSubsidy& from)
{
    QJsonArray items;
    for (CapexItem item : from.eligibleItems) {
        items.append(toKey(item));
    }
    return items;
}

/// demand[]
const SchemaField<DemandSegment> kDemandSegment[] = {
    {"id", &DemandSegment::id, QT_TRANSLATE_NOOP("Fields", "Id")},
    {"name", &DemandSegment::name, QT_TRANSLATE_NOOP("Fields", "Segment"), {}, FieldUse::OptionalText},
    {"workload", enumField<&DemandSegment::workload, Workload::Inference>(), QT_TRANSLATE_NOOP("Fields", "Workload")},
    {"precision", enumField<&DemandSegment::precision, Precision::Fp16>(), QT_TRANSLATE_NOOP("Fields", "Precision")},
    {"forecast", nestedField<&DemandSegment::forecast, kForecast>()},
    {"captureShare",
     &DemandSegment::captureShare,
     QT_TRANSLATE_NOOP("Fields", "Captured"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the segment's market this center wins once filled.")}},
    {"rampMonths",
     &DemandSegment::rampMonths,
     QT_TRANSLATE_NOOP("Fields", "Time to fill"),
     {QT_TRANSLATE_NOOP("Unit", "months"), 0, 240, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Time to fill: the captured share rises linearly over these months after opening.")}},
    {"priceFactor",
     &DemandSegment::priceFactor,
     QT_TRANSLATE_NOOP("Fields", "Price factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 100, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price paid relative to each chip's market rental price.")}},
    {"priceDeclinePerYear",
     &DemandSegment::priceDeclinePerYear,
     QT_TRANSLATE_NOOP("Fields", "Extra price decline/yr"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.95, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual decline of the price this segment pays.")}},
    {"priceLocked", &DemandSegment::priceLocked, QT_TRANSLATE_NOOP("Fields", "Contract price")},
    {"allowedChips", &DemandSegment::allowedChips, QT_TRANSLATE_NOOP("Fields", "Only on chips")},
    {"voucherUsers",
     &DemandSegment::voucherUsers,
     QT_TRANSLATE_NOOP("Fields", "Voucher users"),
     {QT_TRANSLATE_NOOP("Unit", "firms"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Firms in the segment that can use vouchers (for the per-user cap).")}},
    // Format 1's one contract per segment, read as a contract of the list (ScenarioJson.cpp migrateSegmentContract)
    {"contractPflops", readElsewhere<DemandSegment>()},
    {"contractYears", readElsewhere<DemandSegment>()},
};

/// contracts[] (methodology §7.5).
const SchemaField<RevenueContract> kContract[] = {
    {"segment", &RevenueContract::segment, QT_TRANSLATE_NOOP("Fields", "Segment id")},
    {"pflops",
     &RevenueContract::pflops,
     QT_TRANSLATE_NOOP("Fields", "Reserved"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0.001, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Average effective P the contract reserves for its segment.")}},
    {"monthsAfterOpening",
     &RevenueContract::monthsAfterOpening,
     QT_TRANSLATE_NOOP("Fields", "Starts (months after opening)"),
     {QT_TRANSLATE_NOOP("Unit", "months"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Start of the contract, in months after the center opens.")}},
    {"termYears",
     &RevenueContract::termYears,
     QT_TRANSLATE_NOOP("Fields", "Term"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Term of the contract; it must end within the horizon.")}},
    {"priceCnyPerPflopsYear",
     &RevenueContract::priceCnyPerPflopsYear,
     QT_TRANSLATE_NOOP("Fields", "Price (0 = market)"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/P·yr"), 0, 1e8, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price per P reserved per year, fixed when signed; 0 = the market price of the "
                                     "segment's best chip at signing.")}},
    {"escalationPerYear",
     &RevenueContract::escalationPerYear,
     QT_TRANSLATE_NOOP("Fields", "Escalation/yr"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly change of the contract price within a term.")}},
    {"takeOrPayShare",
     &RevenueContract::takeOrPayShare,
     QT_TRANSLATE_NOOP("Fields", "Take-or-pay"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the reservation paid for whether the tenant uses it or not.")}},
    {"signingProbability",
     &RevenueContract::signingProbability,
     QT_TRANSLATE_NOOP("Fields", "Signed (probability)"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "1 = signed; below 1, a letter of intent that converts with this probability.")}},
    {"renewalProbability",
     &RevenueContract::renewalProbability,
     QT_TRANSLATE_NOOP("Fields", "Renewed (probability)"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Chance that the contract is renewed at each end, at the then-market price; "
                                     "0 = it lapses and the capacity goes back to the spot market.")}},
};

/// policies.capexSubsidies[].conditions (methodology §8).
const SchemaField<SubsidyConditions> kSubsidyConditions[] = {
    {"minScalePflopsFp16",
     &SubsidyConditions::minScalePflopsFp16,
     QT_TRANSLATE_NOOP("Fields", "Min scale"),
     {QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum installed FP16 compute to qualify.")}},
    {"maxPue",
     &SubsidyConditions::maxPue,
     QT_TRANSLATE_NOOP("Fields", "Max PUE"),
     {QT_TRANSLATE_NOOP("Unit", "PUE"), 0, 3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum PUE to qualify; 0 = no PUE condition.")}},
    {"pueBasis", enumField<&SubsidyConditions::pueBasis, PueBasis::Measured>(),
     QT_TRANSLATE_NOOP("Fields", "PUE basis")},
    {"minRackingRate",
     &SubsidyConditions::minRackingRate,
     QT_TRANSLATE_NOOP("Fields", "Min racking"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum racking rate (filled / built racks) at full deployment.")}},
    {"minDomesticShare",
     &SubsidyConditions::minDomesticShare,
     QT_TRANSLATE_NOOP("Fields", "Min domestic"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum share of installed FP16 compute on domestic chips.")}},
};

/// policies.capexSubsidies[].payers[]
const SchemaField<PayerShare> kPayerShare[] = {
    {"payer", &PayerShare::payer, QT_TRANSLATE_NOOP("Fields", "Payer")},
    {"weight",
     &PayerShare::weight,
     QT_TRANSLATE_NOOP("Fields", "Weight"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Relative share of the subsidy this payer funds (e.g. province 1 : city 2).")}},
};

/// policies.capexSubsidies[].clawback (methodology §8).
const SchemaField<Clawback> kClawback[] = {
    {"metric", enumField<&Clawback::metric, ClawbackMetric::None>(), QT_TRANSLATE_NOOP("Fields", "Measure")},
    {"year",
     &Clawback::year,
     QT_TRANSLATE_NOOP("Fields", "Measured in year"),
     {QT_TRANSLATE_NOOP("Unit", "project year"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Project year in which the outcome is measured (within the horizon).")}},
    {"threshold",
     &Clawback::threshold,
     QT_TRANSLATE_NOOP("Fields", "Threshold"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Lowest utilization or racking rate that keeps the subsidy.")}},
    {"repayShare",
     &Clawback::repayShare,
     QT_TRANSLATE_NOOP("Fields", "Share repaid"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the subsidy paid back, the year after, when the outcome is missed.")}},
};

/// A clawback is read when given and written only when it measures something, so that files without one stay as
/// they were.
bool measures(const Clawback& clawback)
{
    return clawback.metric != ClawbackMetric::None;
}

/// policies.capexSubsidies[] (methodology §8).
const SchemaField<CapexSubsidy> kCapexSubsidy[] = {
    {"library", &CapexSubsidy::library, QT_TRANSLATE_NOOP("Fields", "Library policy"), {}, FieldUse::WhenSet},
    {"name", &CapexSubsidy::name, QT_TRANSLATE_NOOP("Fields", "Capex subsidy"), {}, FieldUse::OptionalText},
    {"rate",
     &CapexSubsidy::rate,
     QT_TRANSLATE_NOOP("Fields", "Rate"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Subsidy as a share of the eligible capex.")}},
    {"capCny",
     &CapexSubsidy::capCny,
     QT_TRANSLATE_NOOP("Fields", "Cap (CNY)"),
     {QT_TRANSLATE_NOOP("Unit", "CNY"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum subsidy; 0 = no cap.")}},
    {"eligibleItems", CustomField<CapexSubsidy>{readEligibleItems, writeEligibleItems},
     QT_TRANSLATE_NOOP("Fields", "Eligible items")},
    {"conditions", nestedField<&CapexSubsidy::conditions, kSubsidyConditions>(),
     QT_TRANSLATE_NOOP("Fields", "Conditions")},
    {"payers", listField<&CapexSubsidy::payers, kPayerShare>(), QT_TRANSLATE_NOOP("Fields", "Payers (name weight, …)")},
    {"paymentYear",
     &CapexSubsidy::paymentYear,
     QT_TRANSLATE_NOOP("Fields", "Paid in year"),
     {QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Project year in which the subsidy is paid (1 = first year).")}},
    {"clawback", nestedField<&CapexSubsidy::clawback, kClawback, Nested::WhenGiven, measures>(),
     QT_TRANSLATE_NOOP("Fields", "Clawback")},
};

/// policies.electricitySubsidy
const SchemaField<ElectricitySubsidy> kElectricitySubsidy[] = {
    {"library", &ElectricitySubsidy::library, QT_TRANSLATE_NOOP("Fields", "Library policy"), {}, FieldUse::WhenSet},
    {"cnyPerKwh",
     &ElectricitySubsidy::cnyPerKwh,
     QT_TRANSLATE_NOOP("Fields", "Electricity subsidy"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 2, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Subsidy per kWh bought from the grid.")}},
    {"years",
     &ElectricitySubsidy::years,
     QT_TRANSLATE_NOOP("Fields", "Electricity subsidy years"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years after opening during which the electricity subsidy is paid.")}},
};

/// policies.interestSubsidy
const SchemaField<InterestSubsidy> kInterestSubsidy[] = {
    {"library", &InterestSubsidy::library, QT_TRANSLATE_NOOP("Fields", "Library policy"), {}, FieldUse::WhenSet},
    {"ratePoints",
     &InterestSubsidy::ratePoints,
     QT_TRANSLATE_NOOP("Fields", "Interest subsidy"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.2, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Interest-rate reduction paid by the public (0.01 = one point).")}},
    {"years",
     &InterestSubsidy::years,
     QT_TRANSLATE_NOOP("Fields", "Interest subsidy years"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years from the first drawdown during which interest is subsidized.")}},
};

/// policies.vouchers (methodology §7.4).
const SchemaField<VoucherProgram> kVouchers[] = {
    {"library", &VoucherProgram::library, QT_TRANSLATE_NOOP("Fields", "Library policy"), {}, FieldUse::WhenSet},
    {"annualBudgetCny",
     &VoucherProgram::annualBudgetCny,
     QT_TRANSLATE_NOOP("Fields", "Annual budget"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Voucher budget available for this center's users per year.")}},
    {"coverage",
     &VoucherProgram::coverage,
     QT_TRANSLATE_NOOP("Fields", "Coverage of the bill"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of an eligible user's bill the voucher pays.")}},
    {"capPerUserCny",
     &VoucherProgram::capPerUserCny,
     QT_TRANSLATE_NOOP("Fields", "Cap per user"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum voucher per user and year; 0 = no cap.")}},
    {"eligibleSegments", &VoucherProgram::eligibleSegments, QT_TRANSLATE_NOOP("Fields", "Eligible segments (ids)")},
    {"elasticity",
     &VoucherProgram::elasticity,
     QT_TRANSLATE_NOOP("Fields", "Price elasticity"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price elasticity of eligible demand (demand × (1 − coverage)^−elasticity).")}},
    {"conversionShare",
     &VoucherProgram::conversionShare,
     QT_TRANSLATE_NOOP("Fields", "Trial users who stay"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the demand vouchers bring in that stays, paying the full price, once "
                                     "they stop (trial users who convert); 0 = none.")}},
    {"startYear",
     &VoucherProgram::startYear,
     QT_TRANSLATE_NOOP("Fields", "First year"),
     {QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "First project year in which vouchers are handed out.")}},
    {"years",
     &VoucherProgram::years,
     QT_TRANSLATE_NOOP("Fields", "Years"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years during which vouchers are handed out.")}},
};

/// policies
const SchemaField<PolicyInput> kPolicies[] = {
    {"capexSubsidies", listField<&PolicyInput::capexSubsidies, kCapexSubsidy>(),
     QT_TRANSLATE_NOOP("Fields", "Capex subsidy")},
    {"electricitySubsidy", nestedField<&PolicyInput::electricitySubsidy, kElectricitySubsidy>(),
     QT_TRANSLATE_NOOP("Fields", "Electricity subsidy")},
    {"interestSubsidy", nestedField<&PolicyInput::interestSubsidy, kInterestSubsidy>(),
     QT_TRANSLATE_NOOP("Fields", "Interest subsidy")},
    {"vouchers", nestedField<&PolicyInput::vouchers, kVouchers>(), QT_TRANSLATE_NOOP("Fields", "Compute vouchers")},
    {"corporateTaxRate",
     &PolicyInput::corporateTaxRate,
     QT_TRANSLATE_NOOP("Fields", "Corporate income tax"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Corporate income tax rate (25%; 15% for high-tech or Western Development).")}},
    {"lossCarryForwardYears",
     &PolicyInput::lossCarryForwardYears,
     QT_TRANSLATE_NOOP("Fields", "Loss carry-forward"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 0, 20, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years a tax loss can be carried forward (5 in China).")}},
    {"gdpMultiplier",
     &PolicyInput::gdpMultiplier,
     QT_TRANSLATE_NOOP("Fields", "GDP multiplier (promotional estimate)"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 50, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "GDP per CNY of compute investment; a promotional estimate from published sources.")}},
};

/// finance (methodology §9).
const SchemaField<FinanceInput> kFinance[] = {
    {"discountRate",
     &FinanceInput::discountRate,
     QT_TRANSLATE_NOOP("Fields", "Discount rate"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Discount rate of the investor (benchmark rate of return).")}},
    {"socialDiscountRate",
     &FinanceInput::socialDiscountRate,
     QT_TRANSLATE_NOOP("Fields", "Social discount rate"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Social discount rate for the public view (8% in the NDRC method).")}},
    {"debtShare",
     &FinanceInput::debtShare,
     QT_TRANSLATE_NOOP("Fields", "Debt share"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.95, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of construction-period capex financed by debt.")}},
    {"debtRatePerYear",
     &FinanceInput::debtRatePerYear,
     QT_TRANSLATE_NOOP("Fields", "Interest rate"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Interest rate of the debt.")}},
    {"debtTenorYears",
     &FinanceInput::debtTenorYears,
     QT_TRANSLATE_NOOP("Fields", "Loan tenor"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 1, 40, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Repayment period of the debt after operations start.")}},
    {"repayment", enumField<&FinanceInput::repayment, Repayment::EqualInstalment>(),
     QT_TRANSLATE_NOOP("Fields", "Repayment")},
    {"itDepreciationYears",
     &FinanceInput::itDepreciationYears,
     QT_TRANSLATE_NOOP("Fields", "IT depreciation life"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 1, 20, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of IT equipment (straight line).")}},
    {"facilityDepreciationYears",
     &FinanceInput::facilityDepreciationYears,
     QT_TRANSLATE_NOOP("Fields", "Facility depreciation life"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 1, 60, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of the facility (straight line).")}},
    {"depreciationResidualShare",
     &FinanceInput::depreciationResidualShare,
     QT_TRANSLATE_NOOP("Fields", "Residual share"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Residual value kept out of depreciation (5% is common practice).")}},
    {"cnyPerUsd",
     &FinanceInput::cnyPerUsd,
     QT_TRANSLATE_NOOP("Fields", "Exchange rate"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/USD"), 0.1, 100, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Exchange rate for showing results in USD.")}},
    {"vat", enumField<&FinanceInput::vat, VatMode::None>(), QT_TRANSLATE_NOOP("Fields", "Prices and costs")},
    {"vatGoodsRate",
     &FinanceInput::vatGoodsRate,
     QT_TRANSLATE_NOOP("Fields", "Goods rate"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "VAT rate on equipment, electricity and repairs (13%); used when finance.vat is included.")}},
    {"vatConstructionRate",
     &FinanceInput::vatConstructionRate,
     QT_TRANSLATE_NOOP("Fields", "Construction rate"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on building works (9%); used when finance.vat is included.")}},
    {"vatServicesRate",
     &FinanceInput::vatServicesRate,
     QT_TRANSLATE_NOOP("Fields", "Services rate"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on compute and other modern services (6%): the rate on revenue.")}},
    {"vatSurchargeRate",
     &FinanceInput::vatSurchargeRate,
     QT_TRANSLATE_NOOP("Fields", "Surcharges on VAT"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.2, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Surcharges on the VAT paid: city construction tax 7% and education surcharges 3% + 2%.")}},
};
} // namespace

namespace schema {

const Section<DemandSegment> demandSegment{kDemandSegment};
const Section<RevenueContract> contract{kContract};
const Section<PolicyInput> policies{kPolicies};
const Section<FinanceInput> finance{kFinance};

} // namespace schema

} // namespace suanpan
