#include "ScenarioSchema.h"

#include "Catalog.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

constexpr double kHuge = 1e12; // absurd-magnitude guard for money fields

template <typename M> struct MemberOf;
template <typename T, typename V> struct MemberOf<V T::*> {
    using Owner = T;
    using Value = V;
};

/// An enumeration, read by its key (Enums.h); `Fallback` is kept when the key is missing or not one of the table.
template <auto Member, auto Fallback> constexpr auto enumField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    return CustomField<T>{[](JsonReader& r, const char* key, T& into) { into.*Member = r.enumValue(key, Fallback); },
                          [](const T& from) { return QJsonValue(toKey(from.*Member)); }};
}

/// A JSON object kept as it is (a catalog `override`); missing reads as empty.
template <auto Member> constexpr auto rawObjectField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    return CustomField<T>{[](JsonReader& r, const char* key, T& into) { into.*Member = r.rawObject(key); },
                          [](const T& from) { return QJsonValue(from.*Member); }};
}

/// A nested object described by its own table; missing reads as empty (its fields may still have defaults).
template <auto Member, const auto& Fields> constexpr auto nestedField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Nested = typename MemberOf<decltype(Member)>::Value;
    return CustomField<T>{
        [](JsonReader& r, const char* key, T& into) {
            JsonReader nested = r.object(key);
            nested.rejectUnknown(sectionKeys(Section<Nested>(Fields), {}));
            readSection(nested, Section<Nested>(Fields), into.*Member);
        },
        [](const T& from) { return QJsonValue(sectionToJson(from.*Member, Section<Nested>(Fields))); }};
}

/// A list of objects each described by the same table.
template <auto Member, const auto& Fields> constexpr auto listField()
{
    using T = typename MemberOf<decltype(Member)>::Owner;
    using Entry = typename MemberOf<decltype(Member)>::Value::value_type;
    return CustomField<T>{[](JsonReader& r, const char* key, T& into) {
                              forEachObject(r, key, false, [&into](JsonReader& item) {
                                  item.rejectUnknown(sectionKeys(Section<Entry>(Fields), {}));
                                  Entry entry;
                                  readSection(item, Section<Entry>(Fields), entry);
                                  (into.*Member).push_back(entry);
                              });
                          },
                          [](const T& from) { return QJsonValue(listToJson(from.*Member, Section<Entry>(Fields))); }};
}

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

/// A forecast holds the parameters of its type only: a series its values, a constant growth its base and rate,
/// an S-curve also its saturation (methodology §7.2).
void readForecast(JsonReader& r, const char* key, DemandSegment& into)
{
    Forecast& forecast = into.forecast;
    JsonReader f = r.object(key);
    f.rejectUnknown({"type", "baseDemandPflops", "growthPerYear", "saturationPflops", "seriesPflops"});
    forecast.type = f.enumValue("type", ForecastType::Cagr);
    if (forecast.type == ForecastType::Series) {
        forecast.seriesPflops = f.numberList("seriesPflops");
        if (!f.has("seriesPflops")) {
            r.report().add(f.childPath(QStringLiteral("seriesPflops")),
                           QCoreApplication::translate("Validation", "required for a series forecast"));
        }
    } else {
        forecast.baseDemandPflops = f.number("baseDemandPflops");
        forecast.growthPerYear = f.number("growthPerYear");
        if (forecast.type == ForecastType::SCurve) {
            forecast.saturationPflops = f.number("saturationPflops");
        }
    }
}

QJsonValue writeForecast(const DemandSegment& from)
{
    const Forecast& forecast = from.forecast;
    QJsonObject json{{QStringLiteral("type"), toKey(forecast.type)}};
    if (forecast.type == ForecastType::Series) {
        QJsonArray series;
        for (double value : forecast.seriesPflops) {
            series.append(value);
        }
        json.insert(QStringLiteral("seriesPflops"), series);
    } else {
        json.insert(QStringLiteral("baseDemandPflops"), forecast.baseDemandPflops);
        json.insert(QStringLiteral("growthPerYear"), forecast.growthPerYear);
        if (forecast.type == ForecastType::SCurve) {
            json.insert(QStringLiteral("saturationPflops"), forecast.saturationPflops);
        }
    }
    return json;
}

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

/// demand[]; the forecast's parameters depend on its type (readForecast).
const SchemaField<DemandSegment> kDemandSegment[] = {
    {"id", &DemandSegment::id},
    {"name", &DemandSegment::name, {}, FieldUse::OptionalText},
    {"workload", enumField<&DemandSegment::workload, Workload::Inference>()},
    {"precision", enumField<&DemandSegment::precision, Precision::Fp16>()},
    {"forecast", CustomField<DemandSegment>{readForecast, writeForecast}},
    {"captureShare",
     &DemandSegment::captureShare,
     {"demand[].captureShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the segment's market this center wins once filled.")}},
    {"rampMonths",
     &DemandSegment::rampMonths,
     {"demand[].rampMonths", QT_TRANSLATE_NOOP("Unit", "months"), 0, 240, true,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Time to fill: the captured share rises linearly over these months after opening.")}},
    {"priceFactor",
     &DemandSegment::priceFactor,
     {"demand[].priceFactor", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 100, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price paid relative to each chip's market rental price.")}},
    {"priceDeclinePerYear",
     &DemandSegment::priceDeclinePerYear,
     {"demand[].priceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.95, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Annual decline of the price this segment pays.")}},
    {"priceLocked", &DemandSegment::priceLocked},
    {"allowedChips", &DemandSegment::allowedChips},
    {"voucherUsers",
     &DemandSegment::voucherUsers,
     {"demand[].voucherUsers", QT_TRANSLATE_NOOP("Unit", "firms"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Firms in the segment that can use vouchers (for the per-user cap).")}},
};

/// contracts[] (methodology §7.5).
const SchemaField<RevenueContract> kContract[] = {
    {"segment", &RevenueContract::segment},
    {"pflops",
     &RevenueContract::pflops,
     {"contracts[].pflops", QT_TRANSLATE_NOOP("Unit", "P"), 0.001, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Average effective P the contract reserves for its segment.")}},
    {"monthsAfterOpening",
     &RevenueContract::monthsAfterOpening,
     {"contracts[].monthsAfterOpening", QT_TRANSLATE_NOOP("Unit", "months"), 0, 359, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Start of the contract, in months after the center opens.")}},
    {"termYears",
     &RevenueContract::termYears,
     {"contracts[].termYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Term of the contract; it must end within the horizon.")}},
    {"priceCnyPerPflopsYear",
     &RevenueContract::priceCnyPerPflopsYear,
     {"contracts[].priceCnyPerPflopsYear", QT_TRANSLATE_NOOP("Unit", "CNY/P·yr"), 0, 1e8, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price per P reserved per year, fixed when signed; 0 = the market price of the "
                                     "segment's best chip at signing.")}},
    {"escalationPerYear",
     &RevenueContract::escalationPerYear,
     {"contracts[].escalationPerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), -0.5, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Yearly change of the contract price within a term.")}},
    {"takeOrPayShare",
     &RevenueContract::takeOrPayShare,
     {"contracts[].takeOrPayShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the reservation paid for whether the tenant uses it or not.")}},
    {"signingProbability",
     &RevenueContract::signingProbability,
     {"contracts[].signingProbability", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "1 = signed; below 1, a letter of intent that converts with this probability.")}},
    {"renewalProbability",
     &RevenueContract::renewalProbability,
     {"contracts[].renewalProbability", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Chance that the contract is renewed at each end, at the then-market price; "
                                     "0 = it lapses and the capacity goes back to the spot market.")}},
};

/// policies.capexSubsidies[].conditions (methodology §8).
const SchemaField<SubsidyConditions> kSubsidyConditions[] = {
    {"minScalePflopsFp16",
     &SubsidyConditions::minScalePflopsFp16,
     {"policies.capexSubsidies[].conditions.minScalePflopsFp16", QT_TRANSLATE_NOOP("Unit", "P"), 0, 1e7, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum installed FP16 compute to qualify.")}},
    {"maxPue",
     &SubsidyConditions::maxPue,
     {"policies.capexSubsidies[].conditions.maxPue", QT_TRANSLATE_NOOP("Unit", "PUE"), 0, 3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum PUE to qualify; 0 = no PUE condition.")}},
    {"pueBasis", enumField<&SubsidyConditions::pueBasis, PueBasis::Measured>()},
    {"minRackingRate",
     &SubsidyConditions::minRackingRate,
     {"policies.capexSubsidies[].conditions.minRackingRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum racking rate (filled / built racks) at full deployment.")}},
    {"minDomesticShare",
     &SubsidyConditions::minDomesticShare,
     {"policies.capexSubsidies[].conditions.minDomesticShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Minimum share of installed FP16 compute on domestic chips.")}},
};

/// policies.capexSubsidies[].payers[]
const SchemaField<PayerShare> kPayerShare[] = {
    {"payer", &PayerShare::payer},
    {"weight",
     &PayerShare::weight,
     {"policies.capexSubsidies[].payers[].weight", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1e6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Relative share of the subsidy this payer funds (e.g. province 1 : city 2).")}},
};

/// policies.capexSubsidies[] (methodology §8).
const SchemaField<CapexSubsidy> kCapexSubsidy[] = {
    {"name", &CapexSubsidy::name, {}, FieldUse::OptionalText},
    {"rate",
     &CapexSubsidy::rate,
     {"policies.capexSubsidies[].rate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Subsidy as a share of the eligible capex.")}},
    {"capCny",
     &CapexSubsidy::capCny,
     {"policies.capexSubsidies[].capCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum subsidy; 0 = no cap.")}},
    {"eligibleItems", CustomField<CapexSubsidy>{readEligibleItems, writeEligibleItems}},
    {"conditions", nestedField<&CapexSubsidy::conditions, kSubsidyConditions>()},
    {"payers", listField<&CapexSubsidy::payers, kPayerShare>()},
    {"paymentYear",
     &CapexSubsidy::paymentYear,
     {"policies.capexSubsidies[].paymentYear", QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Project year in which the subsidy is paid (1 = first year).")}},
};

/// policies.electricitySubsidy
const SchemaField<ElectricitySubsidy> kElectricitySubsidy[] = {
    {"cnyPerKwh",
     &ElectricitySubsidy::cnyPerKwh,
     {"policies.electricitySubsidy.cnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 2, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Subsidy per kWh bought from the grid.")}},
    {"years",
     &ElectricitySubsidy::years,
     {"policies.electricitySubsidy.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years after opening during which the electricity subsidy is paid.")}},
};

/// policies.interestSubsidy
const SchemaField<InterestSubsidy> kInterestSubsidy[] = {
    {"ratePoints",
     &InterestSubsidy::ratePoints,
     {"policies.interestSubsidy.ratePoints", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.2, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Interest-rate reduction paid by the public (0.01 = one point).")}},
    {"years",
     &InterestSubsidy::years,
     {"policies.interestSubsidy.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years from the first drawdown during which interest is subsidized.")}},
};

/// policies.vouchers (methodology §7.4).
const SchemaField<VoucherProgram> kVouchers[] = {
    {"annualBudgetCny",
     &VoucherProgram::annualBudgetCny,
     {"policies.vouchers.annualBudgetCny", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Voucher budget available for this center's users per year.")}},
    {"coverage",
     &VoucherProgram::coverage,
     {"policies.vouchers.coverage", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of an eligible user's bill the voucher pays.")}},
    {"capPerUserCny",
     &VoucherProgram::capPerUserCny,
     {"policies.vouchers.capPerUserCny", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, kHuge, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Maximum voucher per user and year; 0 = no cap.")}},
    {"eligibleSegments", &VoucherProgram::eligibleSegments},
    {"elasticity",
     &VoucherProgram::elasticity,
     {"policies.vouchers.elasticity", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Price elasticity of eligible demand (demand × (1 − coverage)^−elasticity).")}},
    {"conversionShare",
     &VoucherProgram::conversionShare,
     {"policies.vouchers.conversionShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of the demand vouchers bring in that stays, paying the full price, once "
                                     "they stop (trial users who convert); 0 = none.")}},
    {"startYear",
     &VoucherProgram::startYear,
     {"policies.vouchers.startYear", QT_TRANSLATE_NOOP("Unit", "project year"), 1, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "First project year in which vouchers are handed out.")}},
    {"years",
     &VoucherProgram::years,
     {"policies.vouchers.years", QT_TRANSLATE_NOOP("Unit", "years"), 0, 30, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years during which vouchers are handed out.")}},
};

/// policies
const SchemaField<PolicyInput> kPolicies[] = {
    {"capexSubsidies", listField<&PolicyInput::capexSubsidies, kCapexSubsidy>()},
    {"electricitySubsidy", nestedField<&PolicyInput::electricitySubsidy, kElectricitySubsidy>()},
    {"interestSubsidy", nestedField<&PolicyInput::interestSubsidy, kInterestSubsidy>()},
    {"vouchers", nestedField<&PolicyInput::vouchers, kVouchers>()},
    {"corporateTaxRate",
     &PolicyInput::corporateTaxRate,
     {"policies.corporateTaxRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.6, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Corporate income tax rate (25%; 15% for high-tech or Western Development).")}},
    {"lossCarryForwardYears",
     &PolicyInput::lossCarryForwardYears,
     {"policies.lossCarryForwardYears", QT_TRANSLATE_NOOP("Unit", "years"), 0, 20, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Years a tax loss can be carried forward (5 in China).")}},
    {"gdpMultiplier",
     &PolicyInput::gdpMultiplier,
     {"policies.gdpMultiplier", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 50, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "GDP per CNY of compute investment; a promotional estimate from published sources.")}},
};

/// finance (methodology §9).
const SchemaField<FinanceInput> kFinance[] = {
    {"discountRate",
     &FinanceInput::discountRate,
     {"finance.discountRate", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Discount rate of the investor (benchmark rate of return).")}},
    {"socialDiscountRate",
     &FinanceInput::socialDiscountRate,
     {"finance.socialDiscountRate", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Social discount rate for the public view (8% in the NDRC method).")}},
    {"debtShare",
     &FinanceInput::debtShare,
     {"finance.debtShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.95, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Share of construction-period capex financed by debt.")}},
    {"debtRatePerYear",
     &FinanceInput::debtRatePerYear,
     {"finance.debtRatePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Interest rate of the debt.")}},
    {"debtTenorYears",
     &FinanceInput::debtTenorYears,
     {"finance.debtTenorYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 40, true,
      QT_TRANSLATE_NOOP("FieldHelp", "Repayment period of the debt after operations start.")}},
    {"repayment", enumField<&FinanceInput::repayment, Repayment::EqualInstalment>()},
    {"itDepreciationYears",
     &FinanceInput::itDepreciationYears,
     {"finance.itDepreciationYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 20, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of IT equipment (straight line).")}},
    {"facilityDepreciationYears",
     &FinanceInput::facilityDepreciationYears,
     {"finance.facilityDepreciationYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 60, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Tax depreciation life of the facility (straight line).")}},
    {"depreciationResidualShare",
     &FinanceInput::depreciationResidualShare,
     {"finance.depreciationResidualShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.5, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Residual value kept out of depreciation (5% is common practice).")}},
    {"cnyPerUsd",
     &FinanceInput::cnyPerUsd,
     {"finance.cnyPerUsd", QT_TRANSLATE_NOOP("Unit", "CNY/USD"), 0.1, 100, false,
      QT_TRANSLATE_NOOP("FieldHelp", "Exchange rate for showing results in USD.")}},
    {"vat", enumField<&FinanceInput::vat, VatMode::None>()},
    {"vatGoodsRate",
     &FinanceInput::vatGoodsRate,
     {"finance.vatGoodsRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "VAT rate on equipment, electricity and repairs (13%); used when finance.vat is included.")}},
    {"vatConstructionRate",
     &FinanceInput::vatConstructionRate,
     {"finance.vatConstructionRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on building works (9%); used when finance.vat is included.")}},
    {"vatServicesRate",
     &FinanceInput::vatServicesRate,
     {"finance.vatServicesRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.3, false,
      QT_TRANSLATE_NOOP("FieldHelp", "VAT rate on compute and other modern services (6%): the rate on revenue.")}},
    {"vatSurchargeRate",
     &FinanceInput::vatSurchargeRate,
     {"finance.vatSurchargeRate", QT_TRANSLATE_NOOP("Unit", "share"), 0, 0.2, false,
      QT_TRANSLATE_NOOP("FieldHelp",
                        "Surcharges on the VAT paid: city construction tax 7% and education surcharges 3% + 2%.")}},
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
Section<DemandSegment> demandSegment()
{
    return kDemandSegment;
}
Section<RevenueContract> contract()
{
    return kContract;
}
Section<SubsidyConditions> subsidyConditions()
{
    return kSubsidyConditions;
}
Section<PayerShare> payerShare()
{
    return kPayerShare;
}
Section<CapexSubsidy> capexSubsidy()
{
    return kCapexSubsidy;
}
Section<ElectricitySubsidy> electricitySubsidy()
{
    return kElectricitySubsidy;
}
Section<InterestSubsidy> interestSubsidy()
{
    return kInterestSubsidy;
}
Section<VoucherProgram> vouchers()
{
    return kVouchers;
}
Section<PolicyInput> policies()
{
    return kPolicies;
}
Section<FinanceInput> finance()
{
    return kFinance;
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
    addSpecs(capexSubsidy(), specs);
    addSpecs(electricitySubsidy(), specs);
    addSpecs(interestSubsidy(), specs);
    addSpecs(vouchers(), specs);
    addSpecs(policies(), specs);
    addSpecs(finance(), specs);
    return specs;
}

} // namespace schema

} // namespace suanpan
