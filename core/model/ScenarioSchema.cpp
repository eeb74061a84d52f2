#include "Catalog.h"
#include "SchemaFields.h"

// The center's sections: the scenario's own fields, power, racks and phases, chips, facility, colocation and
// operations. Revenue, policies and finance are in ScenarioSchemaMarket.cpp.

namespace suanpan {

namespace {

using namespace schema_detail;

/// Without a figure of its own, the network per server defaults to the fabric's
/// (`facility.networkCapexCnyPerServer.<fabric>` in data/catalogs/defaults.json); the fabric is read before it.
const CustomField<FacilityInput> kNetworkPerServer{
    [](JsonReader& r, const char* key, FacilityInput& into) {
        const DefaultValue* fabricDefault =
            r.defaults() == nullptr ? nullptr
                                    : r.defaults()->defaultFor(QStringLiteral("facility.networkCapexCnyPerServer.") +
                                                               toKey(into.networkFabric));
        into.networkCapexCnyPerServer =
            !r.has(key) && fabricDefault != nullptr ? fabricDefault->value.toDouble() : r.number(key);
    },
    [](const FacilityInput& from) { return QJsonValue(from.networkCapexCnyPerServer); },
    &FacilityInput::networkCapexCnyPerServer};

/// The scenario's own fields (site, cooling, the lists and the sections are read around them).
const SchemaField<Scenario> kScenarioHead[] = {
    {"name", &Scenario::name},
    {"description", &Scenario::description, {}, FieldUse::OptionalText},
    {"startYear",
     &Scenario::startYear,
     {"startYear", QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Calendar year in which construction starts (project year 1).")}},
    {"horizonYears",
     &Scenario::horizonYears,
     {"horizonYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Length of the evaluation, counted from the start of construction.")}},
};

/// power: the tariff, green power and on-site solar (methodology §5).
const SchemaField<PowerInput> kPower[] = {
    {"tariffMode", enumField<&PowerInput::tariffMode, TariffMode::EnergyOnly>()},
    {"tariffEscalationPerYear",
     &PowerInput::tariffEscalationPerYear,
     {"power.tariffEscalationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.2, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual change of the electricity price (grid and green).")}},
    {"greenShare",
     &PowerInput::greenShare,
     {"power.greenShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the electricity bought as green power under a PPA.")}},
    {"greenPriceCnyPerKwh",
     &PowerInput::greenPriceCnyPerKwh,
     {"power.greenPriceCnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price of the green power (PPA), including certificates.")}},
    {"redundancyId", &PowerInput::redundancyId},
    {"solarKwp",
     &PowerInput::solarKwp,
     {"power.solarKwp", QT_TRANSLATE_NOOP("Unit", "kWp"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "On-site solar capacity; its yield offsets grid purchases.")}},
    {"powerFactor",
     &PowerInput::powerFactor,
     {"power.powerFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0.5, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Power factor used to size the transformer for a capacity (kVA) charge.")}},
    {"touPeakHours",
     &PowerInput::touPeakHours,
     {"power.touPeakHours", QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use peak period.")}},
    {"touValleyHours",
     &PowerInput::touValleyHours,
     {"power.touValleyHours", QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use valley period.")}},
    {"touPeakFactor",
     &PowerInput::touPeakFactor,
     {"power.touPeakFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Peak-period energy price relative to the flat period.")}},
    {"touValleyFactor",
     &PowerInput::touValleyFactor,
     {"power.touValleyFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Valley-period energy price relative to the flat period.")}},
    {"touShiftableShare",
     &PowerInput::touShiftableShare,
     {"power.touShiftableShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the peak-hour energy moved into valley hours (flexible training and "
                                     "batch work), as far as spare capacity allows; 0 = flat load.")}},
};

/// racks
const SchemaField<RackInput> kRacks[] = {
    {"designKwPerRack",
     &RackInput::designKwPerRack,
     {"racks.designKwPerRack", QT_TRANSLATE_NOOP("Unit", "kW/rack"), 1, 300, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Design power density of a rack position; decides servers per rack.")}},
};

/// facilityPhases[]
const SchemaField<FacilityPhase> kFacilityPhase[] = {
    {"startMonth",
     &FacilityPhase::startMonth,
     {"facilityPhases[].startMonth", QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Month (from the start of construction) in which this phase's construction starts.")}},
    {"constructionMonths",
     &FacilityPhase::constructionMonths,
     {"facilityPhases[].constructionMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 72, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Construction time of the phase; its racks are ready when it ends.")}},
    {"rackPositions",
     &FacilityPhase::rackPositions,
     {"facilityPhases[].rackPositions", QT_TRANSLATE_NOOP("Unit", "racks"), 1, 100000, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Rack positions this phase builds.")}},
};

/// chipMix[]; `refreshChipId` is written only when set, so that files without it are unchanged.
const SchemaField<ChipDeployment> kChipDeployment[] = {
    {"chipId", &ChipDeployment::chipId},
    {"count",
     &ChipDeployment::count,
     {"chipMix[].count", QT_TRANSLATE_NOOP("Unit", "cards"), 1, 1000000, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Accelerator cards (or CPU sockets) of this type deployed.")}},
    {"deployMonth",
     &ChipDeployment::deployMonth,
     {"chipMix[].deployMonth", QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Month (from the start of construction) in which the cards go into service.")}},
    {"override", rawObjectField<&ChipDeployment::override>()},
    {"refreshChipId", &ChipDeployment::refreshChipId, {}, FieldUse::WhenSet},
};

/// facility: building, network and storage (methodology §4).
const SchemaField<FacilityInput> kFacility[] = {
    {"housing", enumField<&FacilityInput::housing, Housing::Build>()},
    {"buildingCapexCnyPerKw",
     &FacilityInput::buildingCapexCnyPerKw,
     {"facility.buildingCapexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Building shell and fit-out per kW of IT design capacity.")}},
    {"powerInfraCapexCnyPerKw",
     &FacilityInput::powerInfraCapexCnyPerKw,
     {"facility.powerInfraCapexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Electrical plant (transformers, UPS, generators) per kW at N redundancy.")}},
    {"landM2PerRack",
     &FacilityInput::landM2PerRack,
     {"facility.landM2PerRack", QT_TRANSLATE_NOOP("Unit", "m²/rack"), 0, 1000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Land area per rack position, including plant rooms and roads.")}},
    {"networkFabric", enumField<&FacilityInput::networkFabric, NetworkFabric::Ethernet>()},
    {"networkCapexCnyPerServer",
     kNetworkPerServer,
     {"facility.networkCapexCnyPerServer", QT_TRANSLATE_NOOP("Unit", "CNY/server"), 0, 1e8, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Network fabric per server (switches, optics, cables).")}},
    {"storagePb",
     &FacilityInput::storagePb,
     {"facility.storagePb", QT_TRANSLATE_NOOP("Unit", "PB"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Usable storage capacity bought with the first deployment.")}},
    {"storageCapexCnyPerPb",
     &FacilityInput::storageCapexCnyPerPb,
     {"facility.storageCapexCnyPerPb", QT_TRANSLATE_NOOP("Unit", "CNY/PB"), 0, 1e9, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Storage cost per usable petabyte.")}},
    {"solarCapexCnyPerKwp",
     &FacilityInput::solarCapexCnyPerKwp,
     {"facility.solarCapexCnyPerKwp", QT_TRANSLATE_NOOP("Unit", "CNY/kWp"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Installed cost of on-site solar per kWp.")}},
    {"softCostShare",
     &FacilityInput::softCostShare,
     {"facility.softCostShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Design, permits and project management as a share of facility capex.")}},
    {"contingencyShare",
     &FacilityInput::contingencyShare,
     {"facility.contingencyShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Contingency as a share of all initial capex.")}},
    {"facilityLifeYears",
     &FacilityInput::facilityLifeYears,
     {"facility.facilityLifeYears", QT_TRANSLATE_NOOP("Unit", "years"), 5, 60, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Economic life of building, cooling and power plant (for residual value).")}},
};

/// colocation: read, written and checked only for a center housed in a third-party IDC (methodology §4.5).
const SchemaField<ColocationInput> kColocation[] = {
    {"rentCnyPerRackMonth",
     &ColocationInput::rentCnyPerRackMonth,
     {"colocation.rentCnyPerRackMonth", QT_TRANSLATE_NOOP("Unit", "CNY/rack·month"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Rent of one rack position in the host's IDC per month, from its readiness.")}},
    {"rentCnyPerKwMonth",
     &ColocationInput::rentCnyPerKwMonth,
     {"colocation.rentCnyPerKwMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kW·month"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Rent per kW of the racks' design power per month (where the host prices power, "
                                     "on top of or instead of the rack rent).")}},
    {"hostPue",
     &ColocationInput::hostPue,
     {"colocation.hostPue", QT_TRANSLATE_NOOP("Unit", "PUE"), 1, 3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The host passes electricity through at the region's tariff times this PUE.")}},
    {"noticeMonths",
     &ColocationInput::noticeMonths,
     {"colocation.noticeMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 60, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Notice period: rent owed for these months after the last month of the horizon.")}},
    {"setupCnyPerRack",
     &ColocationInput::setupCnyPerRack,
     {"colocation.setupCnyPerRack", QT_TRANSLATE_NOOP("Unit", "CNY/rack"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "One-time fee per rack position when it is handed over (installation, "
                                     "cross-connects), paid in the month it is ready.")}},
};

/// operations: staff, maintenance and other running costs (methodology §6).
const SchemaField<OperationsInput> kOperations[] = {
    {"staffCount",
     &OperationsInput::staffCount,
     {"operations.staffCount", QT_TRANSLATE_NOOP("Unit", "FTE"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Operations staff, full-time equivalents.")}},
    {"staffCostCnyPerFteYear",
     &OperationsInput::staffCostCnyPerFteYear,
     {"operations.staffCostCnyPerFteYear", QT_TRANSLATE_NOOP("Unit", "CNY/FTE·yr"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Employer cost per FTE; 0 = the region's IT wage × the on-cost factor.")}},
    {"staffOnCostFactor",
     &OperationsInput::staffOnCostFactor,
     {"operations.staffOnCostFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 3, false,
      QT_TRANSLATE_NOOP(
          "FieldHelp",
          "Employer cost per CNY of wage (social insurance, housing fund), used with the region's wage.")}},
    {"itMaintenanceShare",
     &OperationsInput::itMaintenanceShare,
     {"operations.itMaintenanceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "IT maintenance and support per year as a share of installed IT capex.")}},
    {"facilityMaintenanceShare",
     &OperationsInput::facilityMaintenanceShare,
     {"operations.facilityMaintenanceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Facility maintenance per year as a share of facility capex.")}},
    {"insuranceShare",
     &OperationsInput::insuranceShare,
     {"operations.insuranceShare", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.1, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Insurance per year as a share of the IT and facility capex in service (land excluded).")}},
    {"bandwidthCnyPerYear",
     &OperationsInput::bandwidthCnyPerYear,
     {"operations.bandwidthCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Internet and leased-line bandwidth per year.")}},
    {"softwareCnyPerCardYear",
     &OperationsInput::softwareCnyPerCardYear,
     {"operations.softwareCnyPerCardYear", QT_TRANSLATE_NOOP("Unit", "CNY/card·yr"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Platform, scheduler and licence cost per installed card per year.")}},
    {"otherOpexCnyPerYear",
     &OperationsInput::otherOpexCnyPerYear,
     {"operations.otherOpexCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Other operating costs per year (security, admin, sales).")}},
    {"opexInflationPerYear",
     &OperationsInput::opexInflationPerYear,
     {"operations.opexInflationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.1, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual escalation of staff, bandwidth, software and other costs.")}},
    {"hardwareRefresh", &OperationsInput::hardwareRefresh},
    {"hardwarePriceDeclinePerYear",
     &OperationsInput::hardwarePriceDeclinePerYear,
     {"operations.hardwarePriceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.9, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Fall per year in the price of the same compute when hardware is refreshed.")}},
};

template <typename T> void addSpecs(std::span<const SchemaField<T>> fields, std::vector<FieldSpec>& specs)
{
    for (const SchemaField<T>& field : fields) {
        if (field.spec.path != nullptr) {
            specs.push_back(field.spec);
        }
    }
}

} // namespace

namespace schema {

Section<Scenario> scenarioHead()
{
    return kScenarioHead;
}
Section<PowerInput> power()
{
    return kPower;
}
Section<RackInput> racks()
{
    return kRacks;
}
Section<FacilityPhase> facilityPhase()
{
    return kFacilityPhase;
}
Section<ChipDeployment> chipDeployment()
{
    return kChipDeployment;
}
Section<FacilityInput> facility()
{
    return kFacility;
}
Section<ColocationInput> colocation()
{
    return kColocation;
}
Section<OperationsInput> operations()
{
    return kOperations;
}

std::vector<FieldSpec> numberSpecs()
{
    std::vector<FieldSpec> specs;
    addSpecs(scenarioHead(), specs);
    addSpecs(power(), specs);
    addSpecs(racks(), specs);
    addSpecs(facilityPhase(), specs);
    addSpecs(chipDeployment(), specs);
    addSpecs(facility(), specs);
    addSpecs(colocation(), specs);
    addSpecs(operations(), specs);
    addSpecs(demandSegment(), specs);
    addSpecs(contract(), specs);
    addSpecs(subsidyConditions(), specs);
    addSpecs(payerShare(), specs);
    addSpecs(clawback(), specs);
    addSpecs(capexSubsidy(), specs);
    addSpecs(electricitySubsidy(), specs);
    addSpecs(interestSubsidy(), specs);
    addSpecs(vouchers(), specs);
    addSpecs(policies(), specs);
    addSpecs(finance(), specs);
    addSpecs(network(), specs);
    addSpecs(networkNode(), specs);
    addSpecs(nodeDemand(), specs);
    addSpecs(networkCenter(), specs);
    addSpecs(networkLink(), specs);
    return specs;
}

} // namespace schema

} // namespace suanpan
