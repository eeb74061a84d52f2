#include "Catalog.h"
#include "ScenarioJson.h"
#include "SchemaFields.h"

#include <deque>

// The scenario's table, and the center's sections: power, racks and phases, chips, facility, colocation and
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
    [](FacilityInput& from, const QString& path, NumberVisitor& visit) { visit(path, from.networkCapexCnyPerServer); }};

/// site: the region (data/catalogs/regions.json) and the figures of it replaced for this scenario.
const SchemaField<SiteInput> kSite[] = {
    {"regionId", CatalogId<SiteInput>{&SiteInput::regionId, CatalogKind::Regions},
     QT_TRANSLATE_NOOP("Fields", "Region")},
    {"override", CatalogFields<SiteInput>{&SiteInput::override, CatalogKind::Regions}},
};

/// cooling: the technology (data/catalogs/cooling.json) and the figures of it replaced for this scenario.
const SchemaField<CoolingInput> kCooling[] = {
    {"technologyId", CatalogId<CoolingInput>{&CoolingInput::technologyId, CatalogKind::Cooling},
     QT_TRANSLATE_NOOP("Fields", "Cooling")},
    {"override", CatalogFields<CoolingInput>{&CoolingInput::override, CatalogKind::Cooling}},
};

/// power: the tariff, green power and on-site solar (methodology §5).
const SchemaField<PowerInput> kPower[] = {
    {"tariffMode", enumField<&PowerInput::tariffMode, TariffMode::EnergyOnly>(), QT_TRANSLATE_NOOP("Fields", "Tariff")},
    {"tariffEscalationPerYear",
     &PowerInput::tariffEscalationPerYear,
     QT_TRANSLATE_NOOP("Fields", "Tariff escalation"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.2, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual change of the electricity price (grid and green).")}},
    {"greenShare",
     &PowerInput::greenShare,
     QT_TRANSLATE_NOOP("Fields", "Green power share"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the electricity bought as green power under a PPA.")}},
    {"greenPriceCnyPerKwh",
     &PowerInput::greenPriceCnyPerKwh,
     QT_TRANSLATE_NOOP("Fields", "Green power price"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price of the green power (PPA), including certificates.")}},
    {"redundancyId", CatalogId<PowerInput>{&PowerInput::redundancyId, CatalogKind::Redundancy},
     QT_TRANSLATE_NOOP("Fields", "Redundancy")},
    {"solarKwp",
     &PowerInput::solarKwp,
     QT_TRANSLATE_NOOP("Fields", "On-site solar"),
     {QT_TRANSLATE_NOOP("Unit", "kWp"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "On-site solar capacity; its yield offsets grid purchases.")}},
    {"solarDegradationPerYear",
     &PowerInput::solarDegradationPerYear,
     QT_TRANSLATE_NOOP("Fields", "Solar degradation"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.05, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly loss of the solar panels' yield as they age, counted from the opening.")}},
    {"powerFactor",
     &PowerInput::powerFactor,
     QT_TRANSLATE_NOOP("Fields", "Power factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0.5, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Power factor used to size the transformer for a capacity (kVA) charge.")}},
    {"touPeakHours",
     &PowerInput::touPeakHours,
     QT_TRANSLATE_NOOP("Fields", "Peak hours"),
     {QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use peak period.")}},
    {"touValleyHours",
     &PowerInput::touValleyHours,
     QT_TRANSLATE_NOOP("Fields", "Valley hours"),
     {QT_TRANSLATE_NOOP("Unit", "h/day"), 0, 24, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Hours a day in the time-of-use valley period.")}},
    {"touPeakFactor",
     &PowerInput::touPeakFactor,
     QT_TRANSLATE_NOOP("Fields", "Peak price factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Peak-period energy price relative to the flat period.")}},
    {"touValleyFactor",
     &PowerInput::touValleyFactor,
     QT_TRANSLATE_NOOP("Fields", "Valley price factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Valley-period energy price relative to the flat period.")}},
    {"touShiftableShare",
     &PowerInput::touShiftableShare,
     QT_TRANSLATE_NOOP("Fields", "Load moved off peak"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the peak-hour energy moved into valley hours (flexible training and "
                                     "batch work), as far as spare capacity allows; 0 = flat load.")}},
};

/// racks
const SchemaField<RackInput> kRacks[] = {
    {"designKwPerRack",
     &RackInput::designKwPerRack,
     QT_TRANSLATE_NOOP("Fields", "Design density"),
     {QT_TRANSLATE_NOOP("Unit", "kW/rack"), 1, 300, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Design power density of a rack position; decides servers per rack.")}},
};

/// facilityPhases[]
const SchemaField<FacilityPhase> kFacilityPhase[] = {
    {"startMonth",
     &FacilityPhase::startMonth,
     QT_TRANSLATE_NOOP("Fields", "Construction starts (month)"),
     {QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Month (from the start of construction) in which this phase's construction starts.")}},
    {"constructionMonths",
     &FacilityPhase::constructionMonths,
     QT_TRANSLATE_NOOP("Fields", "Construction (months)"),
     {QT_TRANSLATE_NOOP("Unit", "months"), 0, 72, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Construction time of the phase; its racks are ready when it ends.")}},
    {"rackPositions",
     &FacilityPhase::rackPositions,
     QT_TRANSLATE_NOOP("Fields", "Rack positions"),
     {QT_TRANSLATE_NOOP("Unit", "racks"), 1, 100000, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Rack positions this phase builds.")}},
};

/// chipMix[]; `refreshChipId` is written only when set, so that files without it are unchanged.
const SchemaField<ChipDeployment> kChipDeployment[] = {
    {"chipId", CatalogId<ChipDeployment>{&ChipDeployment::chipId, CatalogKind::Chips},
     QT_TRANSLATE_NOOP("Fields", "Chip")},
    {"count",
     &ChipDeployment::count,
     QT_TRANSLATE_NOOP("Fields", "Cards"),
     {QT_TRANSLATE_NOOP("Unit", "cards"), 1, 1000000, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Accelerator cards (or CPU sockets) of this type deployed.")}},
    {"deployMonth",
     &ChipDeployment::deployMonth,
     QT_TRANSLATE_NOOP("Fields", "In service from month"),
     {QT_TRANSLATE_NOOP("Unit", "month"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Month (from the start of construction) in which the cards go into service.")}},
    {"override", CatalogFields<ChipDeployment>{&ChipDeployment::override, CatalogKind::Chips}},
    {"refreshChipId",
     CatalogId<ChipDeployment>{&ChipDeployment::refreshChipId, CatalogKind::Chips},
     QT_TRANSLATE_NOOP("Fields", "Refresh into"),
     {},
     FieldUse::WhenSet},
};

/// facility: building, network and storage (methodology §4).
const SchemaField<FacilityInput> kFacility[] = {
    {"housing", enumField<&FacilityInput::housing, Housing::Build>(), QT_TRANSLATE_NOOP("Fields", "Housing")},
    {"buildingCapexCnyPerKw",
     &FacilityInput::buildingCapexCnyPerKw,
     QT_TRANSLATE_NOOP("Fields", "Building"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Building shell and fit-out per kW of IT design capacity.")}},
    {"powerInfraCapexCnyPerKw",
     &FacilityInput::powerInfraCapexCnyPerKw,
     QT_TRANSLATE_NOOP("Fields", "Power infrastructure (at N)"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Electrical plant (transformers, UPS, generators) per kW at N redundancy.")}},
    {"landM2PerRack",
     &FacilityInput::landM2PerRack,
     QT_TRANSLATE_NOOP("Fields", "Land per rack"),
     {QT_TRANSLATE_NOOP("Unit", "m²/rack"), 0, 1000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Land area per rack position, including plant rooms and roads.")}},
    {"networkFabric", enumField<&FacilityInput::networkFabric, NetworkFabric::Ethernet>(),
     QT_TRANSLATE_NOOP("Fields", "Network fabric")},
    {"networkCapexCnyPerServer",
     kNetworkPerServer,
     QT_TRANSLATE_NOOP("Fields", "Network per server"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/server"), 0, 1e8, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Network fabric per server (switches, optics, cables).")}},
    {"storagePb",
     &FacilityInput::storagePb,
     QT_TRANSLATE_NOOP("Fields", "Storage"),
     {QT_TRANSLATE_NOOP("Unit", "PB"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Usable storage capacity bought with the first deployment.")}},
    {"storageCapexCnyPerPb",
     &FacilityInput::storageCapexCnyPerPb,
     QT_TRANSLATE_NOOP("Fields", "Storage price"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/PB"), 0, 1e9, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Storage cost per usable petabyte.")}},
    {"solarCapexCnyPerKwp",
     &FacilityInput::solarCapexCnyPerKwp,
     QT_TRANSLATE_NOOP("Fields", "Solar price"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kWp"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Installed cost of on-site solar per kWp.")}},
    {"softCostShare",
     &FacilityInput::softCostShare,
     QT_TRANSLATE_NOOP("Fields", "Soft costs"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Design, permits and project management as a share of facility capex.")}},
    {"contingencyShare",
     &FacilityInput::contingencyShare,
     QT_TRANSLATE_NOOP("Fields", "Contingency"),
     {QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Contingency as a share of all initial capex.")}},
    {"facilityLifeYears",
     &FacilityInput::facilityLifeYears,
     QT_TRANSLATE_NOOP("Fields", "Facility life"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 5, 60, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Economic life of building, cooling and power plant (for residual value).")}},
};

/// colocation: read, written and checked only for a center housed in a third-party IDC (methodology §4.5).
const SchemaField<ColocationInput> kColocation[] = {
    {"rentCnyPerRackMonth",
     &ColocationInput::rentCnyPerRackMonth,
     QT_TRANSLATE_NOOP("Fields", "Rent per rack"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/rack·month"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Rent of one rack position in the host's IDC per month, from its readiness.")}},
    {"rentCnyPerKwMonth",
     &ColocationInput::rentCnyPerKwMonth,
     QT_TRANSLATE_NOOP("Fields", "Rent per kW"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/kW·month"), 0, 1e5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Rent per kW of the racks' design power per month (where the host prices power, "
                                     "on top of or instead of the rack rent).")}},
    {"hostPue",
     &ColocationInput::hostPue,
     QT_TRANSLATE_NOOP("Fields", "Host PUE"),
     {QT_TRANSLATE_NOOP("Unit", "PUE"), 1, 3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "The host passes electricity through at the region's tariff times this PUE.")}},
    {"noticeMonths",
     &ColocationInput::noticeMonths,
     QT_TRANSLATE_NOOP("Fields", "Notice period"),
     {QT_TRANSLATE_NOOP("Unit", "months"), 0, 60, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Notice period: rent owed for these months after the last month of the horizon.")}},
    {"setupCnyPerRack",
     &ColocationInput::setupCnyPerRack,
     QT_TRANSLATE_NOOP("Fields", "Set-up fee per rack"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/rack"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "One-time fee per rack position when it is handed over (installation, "
                                     "cross-connects), paid in the month it is ready.")}},
};

/// operations: staff, maintenance and other running costs (methodology §6).
const SchemaField<OperationsInput> kOperations[] = {
    {"staffCount",
     &OperationsInput::staffCount,
     QT_TRANSLATE_NOOP("Fields", "Staff"),
     {QT_TRANSLATE_NOOP("Unit", "FTE"), 0, 10000, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Operations staff, full-time equivalents.")}},
    {"staffCostCnyPerFteYear",
     &OperationsInput::staffCostCnyPerFteYear,
     QT_TRANSLATE_NOOP("Fields", "Cost per FTE (0 = regional wage)"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/FTE·yr"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Employer cost per FTE; 0 = the region's IT wage × the on-cost factor.")}},
    {"staffOnCostFactor",
     &OperationsInput::staffOnCostFactor,
     QT_TRANSLATE_NOOP("Fields", "On-cost factor"),
     {QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 3, false,
      QT_TRANSLATE_NOOP(
          "FieldHelp",
          "Employer cost per CNY of wage (social insurance, housing fund), used with the region's wage.")}},
    {"itMaintenanceShare",
     &OperationsInput::itMaintenanceShare,
     QT_TRANSLATE_NOOP("Fields", "IT maintenance"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "IT maintenance and support per year as a share of installed IT capex.")}},
    {"facilityMaintenanceShare",
     &OperationsInput::facilityMaintenanceShare,
     QT_TRANSLATE_NOOP("Fields", "Facility maintenance"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Facility maintenance per year as a share of facility capex.")}},
    {"insuranceShare",
     &OperationsInput::insuranceShare,
     QT_TRANSLATE_NOOP("Fields", "Insurance"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.1, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Insurance per year as a share of the IT and facility capex in service (land excluded).")}},
    {"bandwidthCnyPerYear",
     &OperationsInput::bandwidthCnyPerYear,
     QT_TRANSLATE_NOOP("Fields", "Bandwidth"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Internet and leased-line bandwidth per year.")}},
    {"softwareCnyPerCardYear",
     &OperationsInput::softwareCnyPerCardYear,
     QT_TRANSLATE_NOOP("Fields", "Software per card"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/card·yr"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Platform, scheduler and licence cost per installed card per year.")}},
    {"otherOpexCnyPerYear",
     &OperationsInput::otherOpexCnyPerYear,
     QT_TRANSLATE_NOOP("Fields", "Other opex"),
     {QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Other operating costs per year (security, admin, sales).")}},
    {"opexInflationPerYear",
     &OperationsInput::opexInflationPerYear,
     QT_TRANSLATE_NOOP("Fields", "Opex inflation"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.1, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual escalation of staff, bandwidth, software and other costs.")}},
    {"hardwareRefresh", &OperationsInput::hardwareRefresh,
     QT_TRANSLATE_NOOP("Fields", "Refresh hardware at end of life")},
    {"hardwarePriceDeclinePerYear",
     &OperationsInput::hardwarePriceDeclinePerYear,
     QT_TRANSLATE_NOOP("Fields", "Hardware price decline"),
     {QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.9, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Fall per year in the price of the same compute when hardware is refreshed.")}},
};

bool housedInColocation(const Scenario& s)
{
    return s.facility.housing == Housing::Colocation;
}

bool hasNetwork(const NetworkInput& network)
{
    return network.enabled();
}

/// The scenario: its own fields and its sections, in the order they are read. The format version is checked by
/// ScenarioJson before anything is read.
const SchemaField<Scenario> kScenario[] = {
    {"formatVersion", CustomField<Scenario>{[](JsonReader&, const char*, Scenario&) {},
                                            [](const Scenario&) { return QJsonValue(ScenarioJson::kFormatVersion); }}},
    {"name", &Scenario::name, QT_TRANSLATE_NOOP("Fields", "Scenario name")},
    {"description", &Scenario::description, QT_TRANSLATE_NOOP("Fields", "Description"), {}, FieldUse::OptionalText},
    {"startYear",
     &Scenario::startYear,
     QT_TRANSLATE_NOOP("Fields", "Construction starts"),
     {QT_TRANSLATE_NOOP("Unit", "year"), 2000, 2100, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Calendar year in which construction starts (project year 1).")}},
    {"horizonYears",
     &Scenario::horizonYears,
     QT_TRANSLATE_NOOP("Fields", "Horizon"),
     {QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Length of the evaluation, counted from the start of construction.")}},
    {"site", nestedField<&Scenario::site, kSite>(), QT_TRANSLATE_NOOP("Fields", "Site")},
    {"power", nestedField<&Scenario::power, kPower>(), QT_TRANSLATE_NOOP("Fields", "Power")},
    {"racks", nestedField<&Scenario::racks, kRacks>(), QT_TRANSLATE_NOOP("Fields", "Racks")},
    {"facilityPhases", listField<&Scenario::facilityPhases, kFacilityPhase, true>(),
     QT_TRANSLATE_NOOP("Fields", "Phase")},
    {"cooling", nestedField<&Scenario::cooling, kCooling>(), QT_TRANSLATE_NOOP("Fields", "Cooling")},
    {"chipMix", listField<&Scenario::chipMix, kChipDeployment, true>(), QT_TRANSLATE_NOOP("Fields", "Chip deployment")},
    {"facility", nestedField<&Scenario::facility, kFacility>(), QT_TRANSLATE_NOOP("Fields", "Facility")},
    {"colocation",
     nestedField<&Scenario::colocation, kColocation>(),
     QT_TRANSLATE_NOOP("Fields", "Colocation"),
     {},
     FieldUse::Required,
     housedInColocation,
     QT_TRANSLATE_NOOP("Validation", "applies only to a center housed in a third-party IDC (facility.housing = "
                                     "\"colocation\"); this one builds")},
    {"operations", nestedField<&Scenario::operations, kOperations>(), QT_TRANSLATE_NOOP("Fields", "Operations")},
    {"demand", listField<&Scenario::demand, schema::demandSegment>(), QT_TRANSLATE_NOOP("Fields", "Demand segment")},
    {"contracts", listField<&Scenario::contracts, schema::contract>(), QT_TRANSLATE_NOOP("Fields", "Contract")},
    {"policies", nestedField<&Scenario::policies, schema::policies>(), QT_TRANSLATE_NOOP("Fields", "Policies")},
    {"finance", nestedField<&Scenario::finance, schema::finance>(), QT_TRANSLATE_NOOP("Fields", "Finance")},
    // files without a network stay as they were
    {"network", nestedField<&Scenario::network, schema::network, Nested::WhenGiven, hasNetwork>(),
     QT_TRANSLATE_NOOP("Fields", "Network")},
    {"uncertainty", nestedField<&Scenario::uncertainty, schema::uncertainty>(),
     QT_TRANSLATE_NOOP("Fields", "Uncertainty")},
};

} // namespace

namespace schema {

const Section<Scenario> scenario{kScenario};

const std::vector<SchemaEntry>& fields()
{
    static const std::vector<SchemaEntry> all = [] {
        std::vector<SchemaEntry> entries;
        describeSection(scenario, QByteArray(), entries);
        return entries;
    }();
    return all;
}

std::vector<FieldSpec> numberSpecs()
{
    // The paths are made once (fieldSpecs() keeps the result) and live as long as the program.
    static std::deque<QByteArray> paths;
    std::vector<FieldSpec> specs;
    for (const SchemaEntry& field : fields()) {
        if (const NumberSpec& n = field.number; n.unit != nullptr) {
            paths.push_back(field.pattern);
            specs.push_back({paths.back().constData(), n.unit, n.min, n.max, n.integer, n.help, field.info.label});
        }
    }
    return specs;
}

} // namespace schema

} // namespace suanpan
