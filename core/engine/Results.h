#pragma once

#include "model/Enums.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace suanpan {

/** \brief One project year of results. Money in CNY (nominal), energy in MWh, compute in P (PFLOPS). */
struct YearResult {
    int projectYear = 0;
    int calendarYear = 0;
    // Capacity (at year end)
    double cards = 0;
    double servers = 0;
    double installedPflopsFp16 = 0;
    std::array<double, kPrecisionCount> installedPflops{};
    double racksBuilt = 0;
    double racksFilled = 0;
    double rackingRate = 0;
    // Demand and use
    double demandPflopsHours = 0;
    double servedPflopsHours = 0;
    double cardHoursInstalled = 0;
    double cardHoursUsed = 0;
    double utilization = 0;        ///< card-hours used / card-hours installed
    double computeUtilization = 0; ///< FP16-peak-weighted
    double usedPflopsHoursFp16 = 0;
    double reservedIdleCardHours = 0; ///< reserved by contracts and left idle
    double contractedPflopsHours = 0; ///< effective P·h reserved by revenue contracts (used or not)
    // Energy
    double itMwh = 0;
    double facilityMwh = 0;
    double pue = 0; ///< facility / IT energy; 0 when no IT load
    double solarMwh = 0;
    double gridMwh = 0;
    double co2LocationTonnes = 0;
    double co2MarketTonnes = 0;
    double waterM3 = 0;
    // Money
    double revenue = 0;
    double voucherSpend = 0;
    double contractRevenue = 0;  ///< part of revenue paid under revenue contracts
    double takeOrPayRevenue = 0; ///< part of contract revenue paid for reserved capacity left idle
    std::array<double, kCapexItemCount> capex{};
    double capexTotal = 0;
    std::array<double, kOpexItemCount> opex{};
    double opexTotal = 0;
    // VAT, when the scenario's prices include it (all 0 otherwise)
    double outputVat = 0;     ///< VAT included in revenue
    double inputVat = 0;      ///< VAT included in capex and opex, credited against output VAT
    double vatPaid = 0;       ///< output VAT left after the credit, paid to the tax office
    double vatCredit = 0;     ///< input VAT carried forward at year end
    double vatSurcharges = 0; ///< on vatPaid
    double electricitySubsidy = 0;
    double capexSubsidy = 0;    ///< capex subsidies paid, net of clawbacks repaid
    double subsidyClawback = 0; ///< capex subsidies paid back this year (methodology §8.2)
    double interestSubsidy = 0;
    double depreciation = 0;
    double ebitda = 0;
    double ebit = 0;
    double interest = 0;
    double principal = 0;
    double debtDrawdown = 0;
    double debtBalance = 0;
    double tax = 0;
    double adjustedTax = 0; ///< income tax on EBIT (project view, before financing)
    double netProfit = 0;
    double residualValue = 0;
    double projectCashFlowBeforeTax = 0;
    double projectCashFlowAfterTax = 0;
    double cumulativeProjectCashFlow = 0;
    double equityCashFlow = 0;
    std::optional<double> debtServiceCoverage;
    std::optional<double> interestCoverage;
};

/** \brief Per-year figures of one demand segment. */
struct SegmentResult {
    QString id;
    QString name;
    std::vector<double> demandPflopsHours;
    std::vector<double> servedPflopsHours;
    std::vector<double> cardHours;
    std::vector<double> revenue;
    std::vector<double> voucherSpend;
    std::vector<double> effectiveCapacityPflopsHours; ///< if the segment had every compatible card to itself
};

/** \brief Per-year figures of one chip-mix entry. */
struct ChipResult {
    QString chipId;
    QString name;
    std::vector<double> cardHoursInstalled;
    std::vector<double> cardHoursUsed;
    std::vector<double> utilization;
};

/** \brief A value that may not exist (an IRR of cash flows that never turn), with the reason. */
struct OptionalFigure {
    std::optional<double> value;
    QString reason; ///< translated; set when value is empty
};

struct PayerAmount {
    QString payer;
    double amountCny = 0;
};

/** \brief The headline figures of one evaluation. */
struct Summary {
    double initialCapexCny = 0;
    double totalCapexCny = 0;
    double averageAnnualOpexCny = 0; ///< over full operating years
    double firstFullYearOpexCny = 0;
    double averageAnnualRevenueCny = 0;
    double npvBeforeTaxCny = 0;
    double npvAfterTaxCny = 0;
    double equityNpvCny = 0;
    OptionalFigure projectIrrBeforeTax;
    OptionalFigure projectIrrAfterTax;
    OptionalFigure equityIrr;
    OptionalFigure paybackYears;
    OptionalFigure discountedPaybackYears;
    double averageUtilization = 0;
    double averageComputeUtilization = 0;
    double rackingRateAtFullDeployment = 0;
    double designPue = 0;
    double averagePue = 0;
    double pueAtFullDeployment = 0;
    double peakPflopsFp16 = 0;
    std::array<double, kPrecisionCount> peakPflops{};
    double annualEnergyMwh = 0;
    double totalCo2Tonnes = 0;
    double annualCo2Tonnes = 0;
    double annualWaterM3 = 0;
    OptionalFigure minDebtServiceCoverage;
    OptionalFigure minInterestCoverage;
    OptionalFigure lcocPerUsedPflopsHour;
    OptionalFigure lcocPerUsedCardHour;
    OptionalFigure lcocPerAvailablePflopsHour;
    double roi = 0;
    double roe = 0;
    // Public ledger
    double capexSubsidyCny = 0; ///< net of clawbacks
    double subsidyClawbackCny = 0;
    double electricitySubsidyCny = 0;
    double interestSubsidyCny = 0;
    double voucherSpendCny = 0;
    double publicCostCny = 0;
    double publicCostPvCny = 0; ///< at the social discount rate
    OptionalFigure publicCostPerUsedPflopsHour;
    double privateInvestmentCny = 0;
    OptionalFigure leverage; ///< private investment per public CNY
    double gdpImpactCny = 0;
    double taxesPaidCny = 0;
    double vatPaidCny = 0;       ///< VAT and surcharges paid
    double vatCreditLeftCny = 0; ///< input VAT never credited by the horizon
    std::vector<PayerAmount> payers;
};

/// What a compliance item checks: a subsidy's condition, its clawback, a rule that binds the center, or a national
/// average target shown for information (methodology §8).
enum class ComplianceKind { SubsidyCondition, Clawback, Rule, Target };

template <> struct EnumTraits<ComplianceKind> {
    static constexpr std::array<EnumValue, 4> values{{
        {"subsidyCondition", QT_TRANSLATE_NOOP("Choices", "Subsidy condition")},
        {"clawback", QT_TRANSLATE_NOOP("Choices", "Clawback")},
        {"rule", QT_TRANSLATE_NOOP("Choices", "Rule")},
        {"target", QT_TRANSLATE_NOOP("Choices", "National target")},
    }};
};

/** \brief Whether a subsidy's condition or a rule is met, and why. */
struct ComplianceItem {
    QString subsidy;   ///< the subsidy's or the rule's name
    QString condition; ///< translated description of the condition
    bool met = false;
    QString detail; ///< translated: the design's value against the limit
    ComplianceKind kind = ComplianceKind::SubsidyCondition;
    bool applies = true; ///< false: a rule that does not reach this center (its size, say); `detail` says why
    QString source;      ///< of a rule
};

struct SubsidyOutcome {
    QString name;
    bool granted = false;
    double eligibleBaseCny = 0;
    double amountCny = 0;
    int paymentYear = 0;
    double clawbackCny = 0; ///< paid back, in clawbackYear
    int clawbackYear = 0;   ///< 0 = nothing paid back
};

/** \brief Everything one evaluation produces. */
struct Results {
    std::vector<YearResult> years;
    std::vector<SegmentResult> segments;
    std::vector<ChipResult> chips;
    std::vector<double> monthlyUtilization;
    std::vector<double> monthlyPue;
    std::vector<double> monthlyDemandPflops; ///< captured demand as average P
    std::vector<double> monthlyServedPflops;
    Summary summary;
    std::vector<SubsidyOutcome> subsidies;
    std::vector<ComplianceItem> compliance;
};

} // namespace suanpan
