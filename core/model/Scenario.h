#pragma once

#include "Enums.h"
#include "NetworkInput.h"
#include "Uncertainty.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace suanpan {

/**
 * \brief A proposed computing center as the planner describes it: catalog ids, counts, shares and money.
 *
 * This is the input side only. Figures that come from a catalog (a chip's TFLOPS, a region's tariff) are
 * referred to by id and may be overridden per reference through an `override` object holding any of the
 * catalog entry's fields. Field meanings, units, defaults and ranges are in docs/scenario-format.md and in
 * FieldSpecs; the numbers here carry no defaults of their own (defaults live in data/catalogs/defaults.json).
 */
struct SiteInput {
    QString regionId;
    QJsonObject override;
    bool operator==(const SiteInput&) const = default;
};

struct PowerInput {
    TariffMode tariffMode = TariffMode::EnergyOnly;
    double tariffEscalationPerYear = 0;
    double greenShare = 0;
    double greenPriceCnyPerKwh = 0;
    QString redundancyId;
    double solarKwp = 0;
    double solarDegradationPerYear = 0;
    double powerFactor = 0;
    // Time-of-use energy prices, relative to the flat-period price; they matter only when load is shifted.
    double touPeakHours = 0;
    double touValleyHours = 0;
    double touPeakFactor = 1;
    double touValleyFactor = 1;
    double touShiftableShare = 0; ///< share of peak-hour energy the center moves into valley hours
    bool operator==(const PowerInput&) const = default;
};

struct RackInput {
    double designKwPerRack = 0;
    bool operator==(const RackInput&) const = default;
};

/// A facility phase: construction of rack positions, ready at startMonth + constructionMonths.
struct FacilityPhase {
    int startMonth = 0;
    int constructionMonths = 0;
    int rackPositions = 0;
    bool operator==(const FacilityPhase&) const = default;
};

struct CoolingInput {
    QString technologyId;
    QJsonObject override;
    bool operator==(const CoolingInput&) const = default;
};

/// Cards of one chip type deployed in one month (an IT phase).
struct ChipDeployment {
    QString chipId;
    int count = 0;
    int deployMonth = 0;
    QJsonObject override;
    QString refreshChipId; ///< the chip a refresh at the end of economic life buys; empty = the same chip again
    bool operator==(const ChipDeployment&) const = default;
};

struct FacilityInput {
    Housing housing = Housing::Build;
    double buildingCapexCnyPerKw = 0;
    double powerInfraCapexCnyPerKw = 0;
    double landM2PerRack = 0;
    NetworkFabric networkFabric = NetworkFabric::InfiniBand;
    double networkCapexCnyPerServer = 0;
    double storagePb = 0;
    double storageCapexCnyPerPb = 0;
    double solarCapexCnyPerKwp = 0;
    double softCostShare = 0;
    double contingencyShare = 0;
    double facilityLifeYears = 0;
    bool operator==(const FacilityInput&) const = default;
};

/// Rack positions rented in a third-party IDC instead of a building of one's own (facility.housing = colocation).
struct ColocationInput {
    double rentCnyPerRackMonth = 0;
    double rentCnyPerKwMonth = 0; ///< per kW of the racks' design power
    double hostPue = 0;           ///< the host passes electricity through at this PUE
    int noticeMonths = 0;         ///< rent owed after the last month of use
    double setupCnyPerRack = 0;   ///< one-time fee per rack position at its readiness
    bool operator==(const ColocationInput&) const = default;
};

struct OperationsInput {
    double staffCount = 0;
    double staffCostCnyPerFteYear = 0;
    double staffOnCostFactor = 0;
    double itMaintenanceShare = 0;
    double facilityMaintenanceShare = 0;
    double insuranceShare = 0;
    double bandwidthCnyPerYear = 0;
    double softwareCnyPerCardYear = 0;
    double otherOpexCnyPerYear = 0;
    double opexInflationPerYear = 0;
    bool hardwareRefresh = true;
    double hardwarePriceDeclinePerYear = 0;
    bool operator==(const OperationsInput&) const = default;
};

struct Forecast {
    ForecastType type = ForecastType::Cagr;
    double baseDemandPflops = 0;
    double growthPerYear = 0;
    double saturationPflops = 0;
    std::vector<double> seriesPflops;
    bool operator==(const Forecast&) const = default;
};

struct DemandSegment {
    QString id;
    QString name;
    Workload workload = Workload::Inference;
    Precision precision = Precision::Fp16;
    Forecast forecast;
    double captureShare = 0;
    int rampMonths = 0;
    double priceFactor = 1;
    double priceDeclinePerYear = 0;
    bool priceLocked = false; ///< a contract price: the chips' market decline does not apply
    QStringList allowedChips;
    double voucherUsers = 0;
    bool operator==(const DemandSegment&) const = default;
};

/**
 * \brief Capacity of a demand segment sold in advance: reserved, at a price fixed when it is signed, for a term
 * (methodology §7.5). A letter of intent is a contract signed with a probability below 1.
 */
struct RevenueContract {
    QString segment;            ///< id of the demand segment whose work runs on the reservation
    double pflops = 0;          ///< average effective P reserved
    int monthsAfterOpening = 0; ///< start, counted from the first month with cards in service
    int termYears = 0;
    double priceCnyPerPflopsYear = 0; ///< fixed at signing; 0 = the market price at signing
    double escalationPerYear = 0;     ///< yearly change of the price within a term
    double takeOrPayShare = 0;        ///< share of the reservation paid for whether used or not
    double signingProbability = 0;    ///< 1 = signed; below 1, a letter of intent
    double renewalProbability = 0;    ///< chance of each renewal, at the then-market price; 0 = lapses to spot
    bool operator==(const RevenueContract&) const = default;
};

struct SubsidyConditions {
    double minScalePflopsFp16 = 0;
    double maxPue = 0; ///< 0 = no PUE condition
    PueBasis pueBasis = PueBasis::Measured;
    double minRackingRate = 0;
    double minDomesticShare = 0;
    bool operator==(const SubsidyConditions&) const = default;
};

struct PayerShare {
    QString payer;
    double weight = 0;
    bool operator==(const PayerShare&) const = default;
};

/**
 * \brief A subsidy paid on condition of an outcome measured later: when `metric` in project year `year` falls
 * below `threshold`, `repayShare` of the subsidy is paid back the year after (methodology §8).
 */
struct Clawback {
    ClawbackMetric metric = ClawbackMetric::None;
    int year = 0;
    double threshold = 0;
    double repayShare = 0;
    bool operator==(const Clawback&) const = default;
};

struct CapexSubsidy {
    QString name;
    QString library; ///< id of the library policy it was added from (data/policies/library.json); empty = typed
    double rate = 0;
    double capCny = 0;
    std::vector<CapexItem> eligibleItems;
    SubsidyConditions conditions;
    std::vector<PayerShare> payers;
    int paymentYear = 0;
    Clawback clawback;
    bool operator==(const CapexSubsidy&) const = default;
};

struct ElectricitySubsidy {
    QString library;
    double cnyPerKwh = 0;
    int years = 0;
    bool operator==(const ElectricitySubsidy&) const = default;
};

struct InterestSubsidy {
    QString library;
    double ratePoints = 0;
    int years = 0;
    bool operator==(const InterestSubsidy&) const = default;
};

struct VoucherProgram {
    QString library;
    double annualBudgetCny = 0;
    double coverage = 0;
    double capPerUserCny = 0;
    QStringList eligibleSegments;
    double elasticity = 0;
    double conversionShare = 0; ///< share of the demand vouchers bring in that stays once they stop
    int startYear = 0;
    int years = 0;
    bool operator==(const VoucherProgram&) const = default;
};

struct PolicyInput {
    std::vector<CapexSubsidy> capexSubsidies;
    ElectricitySubsidy electricitySubsidy;
    InterestSubsidy interestSubsidy;
    VoucherProgram vouchers;
    double corporateTaxRate = 0;
    int lossCarryForwardYears = 0;
    double gdpMultiplier = 0;
    bool operator==(const PolicyInput&) const = default;
};

struct FinanceInput {
    double discountRate = 0;
    double socialDiscountRate = 0;
    double debtShare = 0;
    double debtRatePerYear = 0;
    int debtTenorYears = 0;
    Repayment repayment = Repayment::EqualInstalment;
    double itDepreciationYears = 0;
    double facilityDepreciationYears = 0;
    double depreciationResidualShare = 0;
    double cnyPerUsd = 0;
    VatMode vat = VatMode::None;
    double vatGoodsRate = 0;        ///< equipment, electricity, repairs (13%)
    double vatConstructionRate = 0; ///< building works and land use rights (9%)
    double vatServicesRate = 0;     ///< compute and other modern services (6%)
    double vatSurchargeRate = 0;    ///< city construction tax and education surcharges, on VAT paid
    bool operator==(const FinanceInput&) const = default;
};

/// The longest scenario name, in UTF-16 code units (a project file holds no longer one either).
inline constexpr qsizetype kMaxScenarioNameChars = 200;

struct Scenario {
    QString name;
    QString description;
    int startYear = 0;
    int horizonYears = 0;
    SiteInput site;
    PowerInput power;
    RackInput racks;
    std::vector<FacilityPhase> facilityPhases;
    CoolingInput cooling;
    std::vector<ChipDeployment> chipMix;
    FacilityInput facility;
    ColocationInput colocation; ///< read and written only with facility.housing = colocation
    OperationsInput operations;
    std::vector<DemandSegment> demand;
    std::vector<RevenueContract> contracts;
    PolicyInput policies;
    FinanceInput finance;
    NetworkInput network;    ///< read and written only when the scenario has a network (network.node set)
    Uncertainty uncertainty; ///< what is uncertain, for risk analysis (Monte Carlo); empty = none

    int horizonMonths() const { return horizonYears * 12; }
    bool operator==(const Scenario&) const = default;
};

} // namespace suanpan
