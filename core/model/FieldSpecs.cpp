#include "FieldSpecs.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace suanpan {

namespace {

constexpr double kHuge = 1e12; // absurd-magnitude guard for money fields

// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated where shown.

const std::vector<FieldSpec> kSpecs = {
    // Scenario
    {"startYear", QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Calendar year in which construction starts (project year 1).")},
    {"horizonYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Length of the evaluation, counted from the start of construction.")},
    // Power source
    {"power.tariffEscalationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.2, 0.3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual change of the electricity price (grid and green).")},
    {"power.greenShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the electricity bought as green power under a PPA.")},
    {"power.greenPriceCnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price of the green power (PPA), including certificates.")},
    {"power.solarKwp", QT_TRANSLATE_NOOP("Unit", "kWp"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "On-site solar capacity; its yield offsets grid purchases.")},
    {"power.powerFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0.5, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Power factor used to size the transformer for a capacity (kVA) charge.")},
    {"power.touPeakHours", QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use peak period.")},
    {"power.touValleyHours", QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use valley period.")},
    {"power.touPeakFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Peak-period energy price relative to the flat period.")},
    {"power.touValleyFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Valley-period energy price relative to the flat period.")},
    {"power.touShiftableShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the peak-hour energy moved into valley hours (flexible training and "
                                    "batch work), as far as spare capacity allows; 0 = flat load.")},
    // Racks and phases
    {"racks.designKwPerRack", QT_TRANSLATE_NOOP("Unit", "kW/rack"), 1, 300, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Design power density of a rack position; decides servers per rack.")},
    {"facilityPhases[].startMonth", QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Month (from the start of construction) in which this phase's construction starts.")},
    {"facilityPhases[].constructionMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 72, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Construction time of the phase; its racks are ready when it ends.")},
    {"facilityPhases[].rackPositions", QT_TRANSLATE_NOOP("Unit", "racks"), 1, 100000, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Rack positions this phase builds.")},
    {"chipMix[].count", QT_TRANSLATE_NOOP("Unit", "cards"), 1, 1000000, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Accelerator cards (or CPU sockets) of this type deployed.")},
    {"chipMix[].deployMonth", QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Month (from the start of construction) in which the cards go into service.")},
    // Facility, network, storage
    {"facility.buildingCapexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Building shell and fit-out per kW of IT design capacity.")},
    {"facility.powerInfraCapexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Electrical plant (transformers, UPS, generators) per kW at N redundancy.")},
    {"facility.landM2PerRack", QT_TRANSLATE_NOOP("Unit", "m²/rack"), 0, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Land area per rack position, including plant rooms and roads.")},
    {"facility.networkCapexCnyPerServer", QT_TRANSLATE_NOOP("Unit", "CNY/server"), 0, 1e8, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Network fabric per server (switches, optics, cables).")},
    {"facility.storagePb", QT_TRANSLATE_NOOP("Unit", "PB"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Usable storage capacity bought with the first deployment.")},
    {"facility.storageCapexCnyPerPb", QT_TRANSLATE_NOOP("Unit", "CNY/PB"), 0, 1e9, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Storage cost per usable petabyte.")},
    {"facility.solarCapexCnyPerKwp", QT_TRANSLATE_NOOP("Unit", "CNY/kWp"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Installed cost of on-site solar per kWp.")},
    {"facility.softCostShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Design, permits and project management as a share of facility capex.")},
    {"facility.contingencyShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Contingency as a share of all initial capex.")},
    {"facility.facilityLifeYears", QT_TRANSLATE_NOOP("Unit", "years"), 5, 60, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Economic life of building, cooling and power plant (for residual value).")},
    // Operations
    {"operations.staffCount", QT_TRANSLATE_NOOP("Unit", "FTE"), 0, 10000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Operations staff, full-time equivalents.")},
    {"operations.staffCostCnyPerFteYear", QT_TRANSLATE_NOOP("Unit", "CNY/FTE·yr"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Employer cost per FTE; 0 = the region's IT wage × the on-cost factor.")},
    {"operations.staffOnCostFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 3, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Employer cost per CNY of wage (social insurance, housing fund), used with the region's wage.")},
    {"operations.itMaintenanceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "IT maintenance and support per year as a share of installed IT capex.")},
    {"operations.facilityMaintenanceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Facility maintenance per year as a share of facility capex.")},
    {"operations.insuranceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.1, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Insurance per year as a share of the IT and facility capex in service (land excluded).")},
    {"operations.bandwidthCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Internet and leased-line bandwidth per year.")},
    {"operations.softwareCnyPerCardYear", QT_TRANSLATE_NOOP("Unit", "CNY/card·yr"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Platform, scheduler and licence cost per installed card per year.")},
    {"operations.otherOpexCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Other operating costs per year (security, admin, sales).")},
    // Colocation (facility.housing = colocation)
    {"colocation.rentCnyPerRackMonth", QT_TRANSLATE_NOOP("Unit", "CNY/rack·month"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Rent of one rack position in the host's IDC per month, from its readiness.")},
    {"colocation.rentCnyPerKwMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kW·month"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Rent per kW of the racks' design power per month (where the host prices power, "
                                    "on top of or instead of the rack rent).")},
    {"colocation.hostPue", QT_TRANSLATE_NOOP("Unit", "PUE"), 1, 3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "The host passes electricity through at the region's tariff times this PUE.")},
    {"colocation.noticeMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 60, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Notice period: rent owed for these months after the last month of the horizon.")},
    {"operations.opexInflationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.1, 0.3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual escalation of staff, bandwidth, software and other costs.")},
    {"operations.hardwarePriceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.9, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Fall per year in the price of the same compute when hardware is refreshed.")},
    // Demand
    {"demand[].forecast.baseDemandPflops", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Market demand of the segment in the start year, as average effective PFLOPS in use.")},
    {"demand[].forecast.growthPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.9, 10, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual growth (CAGR) or, for an S-curve, the initial growth rate.")},
    {"demand[].forecast.saturationPflops", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Level at which an S-curve forecast saturates.")},
    {"demand[].forecast.seriesPflops[]", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Given demand per year (or per month), average effective PFLOPS.")},
    {"demand[].captureShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the segment's market this center wins once filled.")},
    {"demand[].rampMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 240, true,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Time to fill: the captured share rises linearly over these months after opening.")},
    {"demand[].priceFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price paid relative to each chip's market rental price.")},
    {"demand[].priceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.95, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual decline of the price this segment pays.")},
    {"demand[].voucherUsers", QT_TRANSLATE_NOOP("Unit", "firms"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Firms in the segment that can use vouchers (for the per-user cap).")},
    // Revenue contracts
    {"contracts[].pflops", QT_TRANSLATE_NOOP("Unit", "P"), 0.001, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Average effective P the contract reserves for its segment.")},
    {"contracts[].monthsAfterOpening", QT_TRANSLATE_NOOP("Unit", "months"), 0, 359, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Start of the contract, in months after the center opens.")},
    {"contracts[].termYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Term of the contract; it must end within the horizon.")},
    {"contracts[].priceCnyPerPflopsYear", QT_TRANSLATE_NOOP("Unit", "CNY/P·yr"), 0, 1e8, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price per P reserved per year, fixed when signed; 0 = the market price of the "
                                    "segment's best chip at signing.")},
    {"contracts[].escalationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Yearly change of the contract price within a term.")},
    {"contracts[].takeOrPayShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the reservation paid for whether the tenant uses it or not.")},
    {"contracts[].signingProbability", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "1 = signed; below 1, a letter of intent that converts with this probability.")},
    {"contracts[].renewalProbability", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Chance that the contract is renewed at each end, at the then-market price; "
                                    "0 = it lapses and the capacity goes back to the spot market.")},
    // Policies
    {"policies.capexSubsidies[].rate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Subsidy as a share of the eligible capex.")},
    {"policies.capexSubsidies[].capCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, kHuge, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Maximum subsidy; 0 = no cap.")},
    {"policies.capexSubsidies[].conditions.minScalePflopsFp16", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Minimum installed FP16 compute to qualify.")},
    {"policies.capexSubsidies[].conditions.maxPue", QT_TRANSLATE_NOOP("Unit", "PUE"), 0, 3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Maximum PUE to qualify; 0 = no PUE condition.")},
    {"policies.capexSubsidies[].conditions.minRackingRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Minimum racking rate (filled / built racks) at full deployment.")},
    {"policies.capexSubsidies[].conditions.minDomesticShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Minimum share of installed FP16 compute on domestic chips.")},
    {"policies.capexSubsidies[].payers[].weight", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Relative share of the subsidy this payer funds (e.g. province 1 : city 2).")},
    {"policies.capexSubsidies[].paymentYear", QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Project year in which the subsidy is paid (1 = first year).")},
    {"policies.electricitySubsidy.cnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Subsidy per kWh bought from the grid.")},
    {"policies.electricitySubsidy.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Years after opening during which the electricity subsidy is paid.")},
    {"policies.interestSubsidy.ratePoints", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Interest-rate reduction paid by the public (0.01 = one point).")},
    {"policies.interestSubsidy.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Years from the first drawdown during which interest is subsidized.")},
    {"policies.vouchers.annualBudgetCny", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Voucher budget available for this center's users per year.")},
    {"policies.vouchers.coverage", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of an eligible user's bill the voucher pays.")},
    {"policies.vouchers.capPerUserCny", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Maximum voucher per user and year; 0 = no cap.")},
    {"policies.vouchers.elasticity", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price elasticity of eligible demand (demand × (1 − coverage)^−elasticity).")},
    {"policies.vouchers.conversionShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the demand vouchers bring in that stays, paying the full price, once "
                                    "they stop (trial users who convert); 0 = none.")},
    {"policies.vouchers.startYear", QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "First project year in which vouchers are handed out.")},
    {"policies.vouchers.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Years during which vouchers are handed out.")},
    {"policies.corporateTaxRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Corporate income tax rate (25%; 15% for high-tech or Western Development).")},
    {"policies.lossCarryForwardYears", QT_TRANSLATE_NOOP("Unit", "years"), 0, 20, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Years a tax loss can be carried forward (5 in China).")},
    {"policies.gdpMultiplier", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 50, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "GDP per CNY of compute investment; a promotional estimate from published sources.")},
    // Finance
    {"finance.discountRate", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Discount rate of the investor (benchmark rate of return).")},
    {"finance.socialDiscountRate", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Social discount rate for the public view (8% in the NDRC method).")},
    {"finance.debtShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.95, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of construction-period capex financed by debt.")},
    {"finance.debtRatePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Interest rate of the debt.")},
    {"finance.debtTenorYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 40, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Repayment period of the debt after operations start.")},
    {"finance.itDepreciationYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of IT equipment (straight line).")},
    {"finance.facilityDepreciationYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 60, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of the facility (straight line).")},
    {"finance.depreciationResidualShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Residual value kept out of depreciation (5% is common practice).")},
    {"finance.cnyPerUsd", QT_TRANSLATE_NOOP("Unit", "CNY/USD"), 0.1, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Exchange rate for showing results in USD.")},
    {"finance.vatGoodsRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "VAT rate on equipment, electricity and repairs (13%); used when finance.vat is included.")},
    {"finance.vatConstructionRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on building works (9%); used when finance.vat is included.")},
    {"finance.vatServicesRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on compute and other modern services (6%): the rate on revenue.")},
    {"finance.vatSurchargeRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.2, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Surcharges on the VAT paid: city construction tax 7% and education surcharges 3% + 2%.")},
    // Uncertainty (risk analysis)
    {"uncertainty.events[].probability", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Probability that the event happens in a trial (over the whole horizon).")},
    {"uncertainty.events[].affectedShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the chip's cards whose delivery a supply cut delays.")},
    {"uncertainty.events[].delayMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 360, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Delay the event causes; past the horizon the cards never arrive.")},
    {"uncertainty.events[].contract", QT_TRANSLATE_NOOP("Unit", "index"), 0, 99, true,
     QT_TRANSLATE_NOOP("FieldHelp", "The contract a contract loss takes away, counted from 0 in the contracts list; "
                                    "without it, every contract.")},
    {"uncertainty.correlations[].rho", QT_TRANSLATE_NOOP("Unit", "ratio"), -1, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Rank (Spearman) correlation between two uncertain inputs.")},
    // Chip catalog fields (also allowed in chipMix[].override)
    {"chips.tflops.fp64", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP64 peak; 0 = not supported.")},
    {"chips.tflops.fp32", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP32 peak; 0 = not supported.")},
    {"chips.tflops.fp16", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP16/BF16 peak; 0 = not supported.")},
    {"chips.tflops.fp8", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP8 peak; 0 = not supported.")},
    {"chips.tflops.int8", QT_TRANSLATE_NOOP("Unit", "TOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense INT8 peak; 0 = not supported.")},
    {"chips.memoryGb", QT_TRANSLATE_NOOP("Unit", "GB"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Memory per card.")},
    {"chips.tdpW", QT_TRANSLATE_NOOP("Unit", "W"), 1, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Maximum power of one card.")},
    {"chips.cardsPerServer", QT_TRANSLATE_NOOP("Unit", "cards"), 1, 64, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Cards in one server.")},
    {"chips.serverOverheadW", QT_TRANSLATE_NOOP("Unit", "W"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Server power beyond the cards at full load (CPUs, memory, NICs, fans).")},
    {"chips.idlePowerShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Idle server power as a share of its maximum.")},
    {"chips.cardPriceCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, 1e8, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price of one card.")},
    {"chips.serverBasePriceCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, 1e9, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Server price without the cards.")},
    {"chips.rentalPriceCnyPerCardHour", QT_TRANSLATE_NOOP("Unit", "CNY/card·h"), 0, 1e4, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Market rental price per card-hour in the start year.")},
    {"chips.priceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.95, false,
     QT_TRANSLATE_NOOP(
         "FieldHelp",
         "Annual decline of the rental price of these cards as they age (reset when they are refreshed).")},
    {"chips.economicLifeYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Years until the cards are refreshed.")},
    {"chips.supplyRisk", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Qualitative risk of losing supply (export controls), 0–1.")},
    {"chips.ecosystemEfficiency.training", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for training relative to a mature software stack; 0 = cannot serve.")},
    {"chips.ecosystemEfficiency.fineTuning", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Throughput for fine-tuning relative to a mature software stack; 0 = cannot serve.")},
    {"chips.ecosystemEfficiency.inference", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for inference relative to a mature software stack; 0 = cannot serve.")},
    {"chips.ecosystemEfficiency.hpc", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for HPC relative to a mature software stack; 0 = cannot serve.")},
    {"chips.ecosystemEfficiency.general", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Throughput for general workloads relative to a mature software stack; 0 = cannot serve.")},
    // Cooling catalog fields (also allowed in cooling.override)
    {"cooling.maxKwPerRack", QT_TRANSLATE_NOOP("Unit", "kW/rack"), 1, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Highest rack density the technology supports.")},
    {"cooling.capexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Cooling plant capex per kW of IT design capacity.")},
    {"cooling.pue.fixedShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Losses that depend only on the built capacity, as a share of built IT design power.")},
    {"cooling.pue.proportionalShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Electrical losses proportional to IT load.")},
    {"cooling.pue.baseCoolingShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Cooling energy needed even when free cooling, per unit of IT load.")},
    {"cooling.pue.mechanicalCoolingShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Extra cooling energy on full mechanical cooling, per unit of IT load.")},
    {"cooling.pue.freeCoolingBelowC", QT_TRANSLATE_NOOP("Unit", "°C"), -100, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Outdoor temperature below which cooling is entirely free.")},
    {"cooling.pue.fullMechanicalAboveC", QT_TRANSLATE_NOOP("Unit", "°C"), -100, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Outdoor temperature above which cooling is entirely mechanical.")},
    {"cooling.water.baseLPerKwh", QT_TRANSLATE_NOOP("Unit", "L/kWh"), 0, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Water per IT kWh in free cooling.")},
    {"cooling.water.mechanicalLPerKwh", QT_TRANSLATE_NOOP("Unit", "L/kWh"), 0, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Extra water per IT kWh on full mechanical cooling.")},
    // Region catalog fields (also allowed in site.override)
    {"regions.tariffCnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 10, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "All-in energy price a data center pays (flat-load blend of time-of-use periods).")},
    {"regions.demandChargeCnyPerKwMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kW·month"), 0, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Two-part tariff: charge per kW of monthly maximum demand.")},
    {"regions.capacityChargeCnyPerKvaMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kVA·month"), 0, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Two-part tariff: charge per kVA of transformer capacity.")},
    {"regions.gridEmissionKgPerKwh", QT_TRANSLATE_NOOP("Unit", "kgCO2/kWh"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Grid emission factor (MEE/NBS 2022 provincial).")},
    {"regions.monthlyTempC[]", QT_TRANSLATE_NOOP("Unit", "°C"), -60, 60, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Mean outdoor temperature of each month, January to December.")},
    {"regions.itWageCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Average annual wage in the IT sector.")},
    {"regions.landPriceCnyPerM2", QT_TRANSLATE_NOOP("Unit", "CNY/m²"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Industrial land price.")},
    {"regions.solarYieldKwhPerKwpYear", QT_TRANSLATE_NOOP("Unit", "kWh/kWp·yr"), 0, 3000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual yield of one kWp of solar.")},
    {"regions.pueLimit", QT_TRANSLATE_NOOP("Unit", "PUE"), 0, 3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "PUE rule for a new large data center in the region; 0 = none.")},
    // Redundancy levels
    {"redundancy.powerCapexMultiplier", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Power-infrastructure capex relative to N.")},
    {"redundancy.availability", QT_TRANSLATE_NOOP("Unit", "share"), 0.5, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the time the compute is available.")},
};

} // namespace

const std::vector<FieldSpec>& fieldSpecs()
{
    return kSpecs;
}

const FieldSpec* findFieldSpec(const QString& pattern)
{
    // Looked up for every cell and tooltip of the editors: an index built once.
    static const QHash<QString, const FieldSpec*> index = [] {
        QHash<QString, const FieldSpec*> byPath;
        for (const FieldSpec& spec : kSpecs) {
            byPath.insert(QString::fromLatin1(spec.path), &spec);
        }
        return byPath;
    }();
    return index.value(pattern, nullptr);
}

QString fieldPattern(const QString& path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString pattern = path;
    pattern.replace(index, QStringLiteral("[]"));
    return pattern;
}

QString unitText(const FieldSpec& spec)
{
    return QCoreApplication::translate("Unit", spec.unit);
}

QString numberText(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    }
    return QString::number(value, 'g', 10);
}

QString rangeText(const FieldSpec& spec)
{
    return QCoreApplication::translate("Validation", "%1 … %2 %3")
        .arg(numberText(spec.min), numberText(spec.max), unitText(spec));
}

} // namespace suanpan
