#include "ResultColumns.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

/// Translates a text marked elsewhere with QT_TRANSLATE_NOOP("ResultColumns", ...).
QString translated(const char* text)
{
    return QCoreApplication::translate("ResultColumns", text);
}

template <typename Member> YearColumn column(const char* key, const char* unit, const char* label, Member member)
{
    return {QString::fromLatin1(key), QString::fromUtf8(unit), [label] { return translated(label); },
            [member](const YearResult& year) -> std::optional<double> { return year.*member; }};
}

std::vector<YearColumn> makeColumns()
{
    std::vector<YearColumn> columns = {
        column("projectYear", "", QT_TRANSLATE_NOOP("ResultColumns", "Project year"), &YearResult::projectYear),
        column("calendarYear", "", QT_TRANSLATE_NOOP("ResultColumns", "Year"), &YearResult::calendarYear),
        column("cards", "cards", QT_TRANSLATE_NOOP("ResultColumns", "Cards"), &YearResult::cards),
        column("servers", "servers", QT_TRANSLATE_NOOP("ResultColumns", "Servers"), &YearResult::servers),
        column("installedPflopsFp16", "P", QT_TRANSLATE_NOOP("ResultColumns", "Installed FP16 compute"),
               &YearResult::installedPflopsFp16),
        column("racksBuilt", "racks", QT_TRANSLATE_NOOP("ResultColumns", "Rack positions built"),
               &YearResult::racksBuilt),
        column("racksFilled", "racks", QT_TRANSLATE_NOOP("ResultColumns", "Racks filled"), &YearResult::racksFilled),
        column("rackingRate", "share", QT_TRANSLATE_NOOP("ResultColumns", "Racking rate"), &YearResult::rackingRate),
        column("demandPflopsHours", "P·h", QT_TRANSLATE_NOOP("ResultColumns", "Demand (effective)"),
               &YearResult::demandPflopsHours),
        column("servedPflopsHours", "P·h", QT_TRANSLATE_NOOP("ResultColumns", "Served (effective)"),
               &YearResult::servedPflopsHours),
        column("contractedPflopsHours", "P·h", QT_TRANSLATE_NOOP("ResultColumns", "Reserved by contracts (effective)"),
               &YearResult::contractedPflopsHours),
        column("cardHoursInstalled", "card·h", QT_TRANSLATE_NOOP("ResultColumns", "Card-hours installed"),
               &YearResult::cardHoursInstalled),
        column("cardHoursUsed", "card·h", QT_TRANSLATE_NOOP("ResultColumns", "Card-hours used"),
               &YearResult::cardHoursUsed),
        column("reservedIdleCardHours", "card·h", QT_TRANSLATE_NOOP("ResultColumns", "Card-hours reserved, idle"),
               &YearResult::reservedIdleCardHours),
        column("utilization", "share", QT_TRANSLATE_NOOP("ResultColumns", "Utilization (card-hours)"),
               &YearResult::utilization),
        column("computeUtilization", "share", QT_TRANSLATE_NOOP("ResultColumns", "Utilization (FP16 compute)"),
               &YearResult::computeUtilization),
        column("usedPflopsHoursFp16", "P·h", QT_TRANSLATE_NOOP("ResultColumns", "Used FP16 P·h"),
               &YearResult::usedPflopsHoursFp16),
        column("itMwh", "MWh", QT_TRANSLATE_NOOP("ResultColumns", "IT energy"), &YearResult::itMwh),
        column("facilityMwh", "MWh", QT_TRANSLATE_NOOP("ResultColumns", "Facility energy"), &YearResult::facilityMwh),
        column("pue", "PUE", QT_TRANSLATE_NOOP("ResultColumns", "PUE"), &YearResult::pue),
        column("solarMwh", "MWh", QT_TRANSLATE_NOOP("ResultColumns", "Solar energy used"), &YearResult::solarMwh),
        column("gridMwh", "MWh", QT_TRANSLATE_NOOP("ResultColumns", "Grid energy"), &YearResult::gridMwh),
        column("co2LocationTonnes", "tCO2", QT_TRANSLATE_NOOP("ResultColumns", "CO2 (location-based)"),
               &YearResult::co2LocationTonnes),
        column("co2MarketTonnes", "tCO2", QT_TRANSLATE_NOOP("ResultColumns", "CO2 (market-based)"),
               &YearResult::co2MarketTonnes),
        column("waterM3", "m³", QT_TRANSLATE_NOOP("ResultColumns", "Water"), &YearResult::waterM3),
        column("revenue", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Revenue"), &YearResult::revenue),
        column("voucherSpend", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Vouchers paid (public)"),
               &YearResult::voucherSpend),
        column("contractRevenue", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Revenue under contracts"),
               &YearResult::contractRevenue),
        column("takeOrPayRevenue", "CNY",
               QT_TRANSLATE_NOOP("ResultColumns", "Take-or-pay revenue for idle reservations"),
               &YearResult::takeOrPayRevenue),
    };
    for (int item = 0; item < kCapexItemCount; ++item) {
        const auto index = static_cast<std::size_t>(item);
        columns.push_back({QStringLiteral("capex.") + toKey(static_cast<CapexItem>(item)), QStringLiteral("CNY"),
                           [item] {
                               return QCoreApplication::translate("ResultColumns", "Capex: %1")
                                   .arg(displayName(static_cast<CapexItem>(item)));
                           },
                           [index](const YearResult& year) -> std::optional<double> { return year.capex[index]; }});
    }
    columns.push_back(
        column("capexTotal", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Capex"), &YearResult::capexTotal));
    for (int item = 0; item < kOpexItemCount; ++item) {
        const auto index = static_cast<std::size_t>(item);
        columns.push_back({QStringLiteral("opex.") + toKey(static_cast<OpexItem>(item)), QStringLiteral("CNY"),
                           [item] {
                               return QCoreApplication::translate("ResultColumns", "Opex: %1")
                                   .arg(displayName(static_cast<OpexItem>(item)));
                           },
                           [index](const YearResult& year) -> std::optional<double> { return year.opex[index]; }});
    }
    const std::vector<YearColumn> rest = {
        column("opexTotal", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Opex"), &YearResult::opexTotal),
        column("outputVat", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Output VAT"), &YearResult::outputVat),
        column("inputVat", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Input VAT"), &YearResult::inputVat),
        column("vatPaid", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "VAT paid"), &YearResult::vatPaid),
        column("vatSurcharges", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "VAT surcharges"),
               &YearResult::vatSurcharges),
        column("vatCredit", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "VAT credit carried forward"),
               &YearResult::vatCredit),
        column("electricitySubsidy", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Electricity subsidy"),
               &YearResult::electricitySubsidy),
        column("capexSubsidy", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Capex subsidy"), &YearResult::capexSubsidy),
        column("subsidyClawback", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Capex subsidy paid back (clawback)"),
               &YearResult::subsidyClawback),
        column("interestSubsidy", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Interest subsidy"),
               &YearResult::interestSubsidy),
        column("ebitda", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "EBITDA"), &YearResult::ebitda),
        column("depreciation", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Depreciation"), &YearResult::depreciation),
        column("ebit", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "EBIT"), &YearResult::ebit),
        column("interest", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Interest"), &YearResult::interest),
        column("tax", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Income tax"), &YearResult::tax),
        column("adjustedTax", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Income tax on EBIT (project view)"),
               &YearResult::adjustedTax),
        column("netProfit", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Net profit"), &YearResult::netProfit),
        column("debtDrawdown", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Debt drawn"), &YearResult::debtDrawdown),
        column("principal", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Principal repaid"), &YearResult::principal),
        column("debtBalance", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Debt at year end"), &YearResult::debtBalance),
        column("residualValue", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Residual value"),
               &YearResult::residualValue),
        column("projectCashFlowBeforeTax", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Project cash flow before tax"),
               &YearResult::projectCashFlowBeforeTax),
        column("projectCashFlowAfterTax", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Project cash flow after tax"),
               &YearResult::projectCashFlowAfterTax),
        column("cumulativeProjectCashFlow", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Cumulative project cash flow"),
               &YearResult::cumulativeProjectCashFlow),
        column("equityCashFlow", "CNY", QT_TRANSLATE_NOOP("ResultColumns", "Equity cash flow"),
               &YearResult::equityCashFlow),
        column("debtServiceCoverage", "ratio", QT_TRANSLATE_NOOP("ResultColumns", "Debt-service coverage"),
               &YearResult::debtServiceCoverage),
        column("interestCoverage", "ratio", QT_TRANSLATE_NOOP("ResultColumns", "Interest coverage"),
               &YearResult::interestCoverage),
    };
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}

} // namespace

const std::vector<YearColumn>& yearColumns()
{
    static const std::vector<YearColumn> columns = makeColumns();
    return columns;
}

std::vector<YearColumn> cashFlowColumns()
{
    static const char* const keys[] = {"projectYear",
                                       "calendarYear",
                                       "revenue",
                                       "capexSubsidy",
                                       "residualValue",
                                       "capexTotal",
                                       "opexTotal",
                                       "vatPaid",
                                       "vatSurcharges",
                                       "adjustedTax",
                                       "projectCashFlowBeforeTax",
                                       "projectCashFlowAfterTax",
                                       "cumulativeProjectCashFlow",
                                       "debtDrawdown",
                                       "interest",
                                       "principal",
                                       "interestSubsidy",
                                       "tax",
                                       "equityCashFlow"};
    std::vector<YearColumn> selected;
    for (const char* key : keys) {
        for (const YearColumn& column : yearColumns()) {
            if (column.key == QLatin1String(key)) {
                selected.push_back(column);
            }
        }
    }
    return selected;
}

} // namespace suanpan
