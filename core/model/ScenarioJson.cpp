#include "ScenarioJson.h"

#include "Catalog.h"
#include "JsonReader.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace suanpan::ScenarioJson {

namespace {

QString indexed(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

/// Calls read(reader) for each element of an array of objects, reporting elements that are not objects.
template <typename Read> void forEachObject(JsonReader& parent, const char* key, bool required, Read read)
{
    const QJsonArray array = parent.array(key, required);
    const QString path = parent.childPath(QLatin1String(key));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            parent.report().add(indexed(path, i), QCoreApplication::translate("Validation", "expected an object"));
            continue;
        }
        JsonReader item(array.at(i).toObject(), indexed(path, i), parent.report(), parent.defaults());
        read(item);
    }
}

PowerInput readPower(JsonReader r)
{
    r.rejectUnknown({"tariffMode", "tariffEscalationPerYear", "greenShare", "greenPriceCnyPerKwh", "redundancyId",
                     "solarKwp", "powerFactor", "touPeakHours", "touValleyHours", "touPeakFactor", "touValleyFactor",
                     "touShiftableShare"});
    PowerInput p;
    p.tariffMode = r.enumValue("tariffMode", TariffMode::EnergyOnly);
    p.tariffEscalationPerYear = r.number("tariffEscalationPerYear");
    p.greenShare = r.number("greenShare");
    p.greenPriceCnyPerKwh = r.number("greenPriceCnyPerKwh");
    p.redundancyId = r.string("redundancyId");
    p.solarKwp = r.number("solarKwp");
    p.powerFactor = r.number("powerFactor");
    p.touPeakHours = r.number("touPeakHours");
    p.touValleyHours = r.number("touValleyHours");
    p.touPeakFactor = r.number("touPeakFactor");
    p.touValleyFactor = r.number("touValleyFactor");
    p.touShiftableShare = r.number("touShiftableShare");
    return p;
}

FacilityInput readFacility(JsonReader r)
{
    r.rejectUnknown({"housing", "buildingCapexCnyPerKw", "powerInfraCapexCnyPerKw", "landM2PerRack", "networkFabric",
                     "networkCapexCnyPerServer", "storagePb", "storageCapexCnyPerPb", "solarCapexCnyPerKwp",
                     "softCostShare", "contingencyShare", "facilityLifeYears"});
    FacilityInput f;
    f.housing = r.enumValue("housing", Housing::Build);
    f.buildingCapexCnyPerKw = r.number("buildingCapexCnyPerKw");
    f.powerInfraCapexCnyPerKw = r.number("powerInfraCapexCnyPerKw");
    f.landM2PerRack = r.number("landM2PerRack");
    f.networkFabric = r.enumValue("networkFabric", NetworkFabric::Ethernet);
    // Without an explicit figure the default depends on the fabric: facility.networkCapexCnyPerServer.<fabric>.
    const DefaultValue* fabricDefault =
        r.defaults() == nullptr
            ? nullptr
            : r.defaults()->defaultFor(QStringLiteral("facility.networkCapexCnyPerServer.") + toKey(f.networkFabric));
    f.networkCapexCnyPerServer = !r.has("networkCapexCnyPerServer") && fabricDefault != nullptr
                                     ? fabricDefault->value.toDouble()
                                     : r.number("networkCapexCnyPerServer");
    f.storagePb = r.number("storagePb");
    f.storageCapexCnyPerPb = r.number("storageCapexCnyPerPb");
    f.solarCapexCnyPerKwp = r.number("solarCapexCnyPerKwp");
    f.softCostShare = r.number("softCostShare");
    f.contingencyShare = r.number("contingencyShare");
    f.facilityLifeYears = r.number("facilityLifeYears");
    return f;
}

ColocationInput readColocation(JsonReader r)
{
    r.rejectUnknown({"rentCnyPerRackMonth", "rentCnyPerKwMonth", "hostPue", "noticeMonths"});
    ColocationInput c;
    c.rentCnyPerRackMonth = r.number("rentCnyPerRackMonth");
    c.rentCnyPerKwMonth = r.number("rentCnyPerKwMonth");
    c.hostPue = r.number("hostPue");
    c.noticeMonths = r.integer("noticeMonths");
    return c;
}

OperationsInput readOperations(JsonReader r)
{
    r.rejectUnknown({"staffCount", "staffCostCnyPerFteYear", "staffOnCostFactor", "itMaintenanceShare",
                     "facilityMaintenanceShare", "insuranceShare", "bandwidthCnyPerYear", "softwareCnyPerCardYear",
                     "otherOpexCnyPerYear", "opexInflationPerYear", "hardwareRefresh", "hardwarePriceDeclinePerYear"});
    OperationsInput o;
    o.staffCount = r.number("staffCount");
    o.staffCostCnyPerFteYear = r.number("staffCostCnyPerFteYear");
    o.staffOnCostFactor = r.number("staffOnCostFactor");
    o.itMaintenanceShare = r.number("itMaintenanceShare");
    o.facilityMaintenanceShare = r.number("facilityMaintenanceShare");
    o.insuranceShare = r.number("insuranceShare");
    o.bandwidthCnyPerYear = r.number("bandwidthCnyPerYear");
    o.softwareCnyPerCardYear = r.number("softwareCnyPerCardYear");
    o.otherOpexCnyPerYear = r.number("otherOpexCnyPerYear");
    o.opexInflationPerYear = r.number("opexInflationPerYear");
    o.hardwareRefresh = r.boolean("hardwareRefresh");
    o.hardwarePriceDeclinePerYear = r.number("hardwarePriceDeclinePerYear");
    return o;
}

DemandSegment readSegment(JsonReader& r)
{
    r.rejectUnknown({"id", "name", "workload", "precision", "forecast", "captureShare", "rampMonths", "priceFactor",
                     "priceDeclinePerYear", "priceLocked", "allowedChips", "voucherUsers", "contractPflops",
                     "contractYears"}); // the last two: format 1's one contract per segment, read as a contract

    DemandSegment s;
    s.id = r.string("id");
    s.name = r.optionalString("name");
    s.workload = r.enumValue("workload", Workload::Inference);
    s.precision = r.enumValue("precision", Precision::Fp16);
    JsonReader f = r.object("forecast");
    f.rejectUnknown({"type", "baseDemandPflops", "growthPerYear", "saturationPflops", "seriesPflops"});
    s.forecast.type = f.enumValue("type", ForecastType::Cagr);
    if (s.forecast.type == ForecastType::Series) {
        s.forecast.seriesPflops = f.numberList("seriesPflops");
        if (!f.has("seriesPflops")) {
            r.report().add(f.childPath(QStringLiteral("seriesPflops")),
                           QCoreApplication::translate("Validation", "required for a series forecast"));
        }
    } else {
        s.forecast.baseDemandPflops = f.number("baseDemandPflops");
        s.forecast.growthPerYear = f.number("growthPerYear");
        if (s.forecast.type == ForecastType::SCurve) {
            s.forecast.saturationPflops = f.number("saturationPflops");
        }
    }
    s.captureShare = r.number("captureShare");
    s.rampMonths = r.integer("rampMonths");
    s.priceFactor = r.number("priceFactor");
    s.priceDeclinePerYear = r.number("priceDeclinePerYear");
    s.priceLocked = r.boolean("priceLocked");
    s.allowedChips = r.stringList("allowedChips");
    s.voucherUsers = r.number("voucherUsers");
    return s;
}

/// A contract of the `contracts` list.
RevenueContract readContract(JsonReader& r)
{
    r.rejectUnknown({"segment", "pflops", "monthsAfterOpening", "termYears", "priceCnyPerPflopsYear",
                     "escalationPerYear", "takeOrPayShare", "signingProbability", "renewalProbability"});
    RevenueContract c;
    c.segment = r.string("segment");
    c.pflops = r.number("pflops");
    c.monthsAfterOpening = r.integer("monthsAfterOpening");
    c.termYears = r.integer("termYears");
    c.priceCnyPerPflopsYear = r.number("priceCnyPerPflopsYear");
    c.escalationPerYear = r.number("escalationPerYear");
    c.takeOrPayShare = r.number("takeOrPayShare");
    c.signingProbability = r.number("signingProbability");
    c.renewalProbability = r.number("renewalProbability");
    return c;
}

/**
 * Format 1 described at most one contract per segment, as `contractPflops` and `contractYears` on the segment: a
 * take-or-pay block from the opening. It reads as the same contract in the list (signed, fully take-or-pay, at
 * the market price at the opening), so that old files keep their meaning (methodology §7.5).
 */
void migrateSegmentContract(const QJsonObject& segment, const Catalog& defaults, ValidationReport& report,
                            const QString& path, std::vector<RevenueContract>& contracts)
{
    if (!segment.contains(QStringLiteral("contractPflops")) && !segment.contains(QStringLiteral("contractYears"))) {
        return;
    }
    JsonReader r(segment, path, report, &defaults);
    RevenueContract c;
    c.segment = segment.value(QStringLiteral("id")).toString();
    c.pflops = segment.contains(QStringLiteral("contractPflops")) ? r.number("contractPflops") : 0.0;
    c.termYears = segment.contains(QStringLiteral("contractYears")) ? r.integer("contractYears") : 0;
    if (c.pflops <= 0 && c.termYears <= 0) {
        return; // written as "no contract"
    }
    c.takeOrPayShare = 1.0;
    c.signingProbability = 1.0;
    contracts.push_back(c);
}

CapexSubsidy readCapexSubsidy(JsonReader& r)
{
    r.rejectUnknown({"name", "rate", "capCny", "eligibleItems", "conditions", "payers", "paymentYear"});
    CapexSubsidy c;
    c.name = r.optionalString("name");
    c.rate = r.number("rate");
    c.capCny = r.number("capCny");
    const QStringList items = r.stringList("eligibleItems");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const auto item = enumFromKey<CapexItem>(items.at(i))) {
            c.eligibleItems.push_back(*item);
        } else {
            r.report().add(indexed(r.childPath(QStringLiteral("eligibleItems")), i),
                           QCoreApplication::translate("Validation", "\"%1\" is not one of: %2")
                               .arg(items.at(i).left(40), enumKeys<CapexItem>().join(QStringLiteral(", "))));
        }
    }
    JsonReader k = r.object("conditions");
    k.rejectUnknown({"minScalePflopsFp16", "maxPue", "pueBasis", "minRackingRate", "minDomesticShare"});
    c.conditions.minScalePflopsFp16 = k.number("minScalePflopsFp16");
    c.conditions.maxPue = k.number("maxPue");
    c.conditions.pueBasis = k.enumValue("pueBasis", PueBasis::Measured);
    c.conditions.minRackingRate = k.number("minRackingRate");
    c.conditions.minDomesticShare = k.number("minDomesticShare");
    forEachObject(r, "payers", false, [&c](JsonReader& p) {
        p.rejectUnknown({"payer", "weight"});
        c.payers.push_back({p.string("payer"), p.number("weight")});
    });
    c.paymentYear = r.integer("paymentYear");
    return c;
}

PolicyInput readPolicies(JsonReader r)
{
    r.rejectUnknown({"capexSubsidies", "electricitySubsidy", "interestSubsidy", "vouchers", "corporateTaxRate",
                     "lossCarryForwardYears", "gdpMultiplier"});
    PolicyInput p;
    forEachObject(r, "capexSubsidies", false,
                  [&p](JsonReader& item) { p.capexSubsidies.push_back(readCapexSubsidy(item)); });
    JsonReader e = r.object("electricitySubsidy");
    e.rejectUnknown({"cnyPerKwh", "years"});
    p.electricitySubsidy.cnyPerKwh = e.number("cnyPerKwh");
    p.electricitySubsidy.years = e.integer("years");
    JsonReader i = r.object("interestSubsidy");
    i.rejectUnknown({"ratePoints", "years"});
    p.interestSubsidy.ratePoints = i.number("ratePoints");
    p.interestSubsidy.years = i.integer("years");
    JsonReader v = r.object("vouchers");
    v.rejectUnknown({"annualBudgetCny", "coverage", "capPerUserCny", "eligibleSegments", "elasticity",
                     "conversionShare", "startYear", "years"});
    p.vouchers.annualBudgetCny = v.number("annualBudgetCny");
    p.vouchers.coverage = v.number("coverage");
    p.vouchers.capPerUserCny = v.number("capPerUserCny");
    p.vouchers.eligibleSegments = v.stringList("eligibleSegments");
    p.vouchers.elasticity = v.number("elasticity");
    p.vouchers.conversionShare = v.number("conversionShare");
    p.vouchers.startYear = v.integer("startYear");
    p.vouchers.years = v.integer("years");
    p.corporateTaxRate = r.number("corporateTaxRate");
    p.lossCarryForwardYears = r.integer("lossCarryForwardYears");
    p.gdpMultiplier = r.number("gdpMultiplier");
    return p;
}

FinanceInput readFinance(JsonReader r)
{
    r.rejectUnknown({"discountRate", "socialDiscountRate", "debtShare", "debtRatePerYear", "debtTenorYears",
                     "repayment", "itDepreciationYears", "facilityDepreciationYears", "depreciationResidualShare",
                     "cnyPerUsd", "vat", "vatGoodsRate", "vatConstructionRate", "vatServicesRate", "vatSurchargeRate"});
    FinanceInput f;
    f.discountRate = r.number("discountRate");
    f.socialDiscountRate = r.number("socialDiscountRate");
    f.debtShare = r.number("debtShare");
    f.debtRatePerYear = r.number("debtRatePerYear");
    f.debtTenorYears = r.integer("debtTenorYears");
    f.repayment = r.enumValue("repayment", Repayment::EqualInstalment);
    f.itDepreciationYears = r.number("itDepreciationYears");
    f.facilityDepreciationYears = r.number("facilityDepreciationYears");
    f.depreciationResidualShare = r.number("depreciationResidualShare");
    f.cnyPerUsd = r.number("cnyPerUsd");
    f.vat = r.enumValue("vat", VatMode::None);
    f.vatGoodsRate = r.number("vatGoodsRate");
    f.vatConstructionRate = r.number("vatConstructionRate");
    f.vatServicesRate = r.number("vatServicesRate");
    f.vatSurchargeRate = r.number("vatSurchargeRate");
    return f;
}

DistributionSpec readDistribution(JsonReader r)
{
    DistributionSpec d;
    d.type = r.enumValue("type", DistributionType::Triangular);
    // Only the parameters of the type are read (and allowed), as the writer writes only those.
    switch (d.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        r.rejectUnknown({"type", "mean", "sd"});
        d.mean = r.number("mean");
        d.sd = r.number("sd");
        break;
    case DistributionType::Triangular:
    case DistributionType::Pert:
        r.rejectUnknown({"type", "min", "mode", "max"});
        d.min = r.number("min");
        d.mode = r.number("mode");
        d.max = r.number("max");
        break;
    case DistributionType::Uniform:
        r.rejectUnknown({"type", "min", "max"});
        d.min = r.number("min");
        d.max = r.number("max");
        break;
    }
    return d;
}

Uncertainty readUncertainty(JsonReader r)
{
    r.rejectUnknown({"inputs", "events", "correlations"});
    Uncertainty u;
    forEachObject(r, "inputs", false, [&u](JsonReader& item) {
        item.rejectUnknown({"path", "apply", "distribution", "note"});
        UncertainInput input;
        input.path = item.string("path");
        if (item.has("apply")) {
            input.apply = item.enumValue("apply", UncertainApply::Value);
        }
        if (item.has("distribution")) {
            input.distribution = readDistribution(item.object("distribution"));
        } else {
            item.report().add(item.childPath(QStringLiteral("distribution")),
                              QCoreApplication::translate("Validation", "required field is missing"));
        }
        input.note = item.optionalString("note");
        u.inputs.push_back(input);
    });
    forEachObject(r, "events", false, [&u](JsonReader& item) {
        RiskEvent event;
        event.type = item.enumValue("type", RiskEventType::ConstructionDelay);
        if (event.type == RiskEventType::ChipSupplyCut) {
            item.rejectUnknown({"type", "probability", "affectedShare", "delayMonths", "chipId", "note"});
            event.affectedShare = item.number("affectedShare");
            event.chipId = item.optionalString("chipId");
        } else if (event.type == RiskEventType::ContractLoss) {
            item.rejectUnknown({"type", "probability", "contract", "note"});
            event.contract = item.has("contract") ? item.integer("contract") : -1;
        } else {
            item.rejectUnknown({"type", "probability", "delayMonths", "note"});
        }
        event.probability = item.number("probability");
        if (event.type != RiskEventType::ContractLoss) {
            event.delayMonths = item.integer("delayMonths");
        }
        event.note = item.optionalString("note");
        u.events.push_back(event);
    });
    forEachObject(r, "correlations", false, [&u](JsonReader& item) {
        item.rejectUnknown({"a", "b", "rho"});
        u.correlations.push_back({item.string("a"), item.string("b"), item.number("rho")});
    });
    return u;
}

} // namespace

Scenario fromJson(const QJsonObject& object, const Catalog& catalog, ValidationReport& report)
{
    Scenario s;
    JsonReader r(object, QString(), report, &catalog);
    const QJsonValue versionValue = object.value(QStringLiteral("formatVersion"));
    const double versionNumber = versionValue.isUndefined() ? kFormatVersion : versionValue.toDouble(-1.0);
    if (!versionValue.isUndefined() &&
        (!versionValue.isDouble() || versionNumber < 1 || versionNumber != std::floor(versionNumber))) {
        report.add(QStringLiteral("formatVersion"),
                   QCoreApplication::translate("Validation", "expected a whole number from 1 (this version of Suanpan "
                                                             "writes %1), found %2")
                       .arg(kFormatVersion)
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{versionValue}).toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1)
                                .left(40)));
        return s;
    }
    if (versionNumber > kFormatVersion) {
        report.add(QStringLiteral("formatVersion"),
                   QCoreApplication::translate("Validation",
                                               "the scenario was written in format %1, newer than format %2, the "
                                               "newest this version of Suanpan reads; update Suanpan to open it")
                       .arg(QString::number(versionNumber, 'g', 12))
                       .arg(kFormatVersion));
        return s;
    }
    r.rejectUnknown({"formatVersion", "name", "description", "startYear", "horizonYears", "site", "power", "racks",
                     "facilityPhases", "cooling", "chipMix", "facility", "colocation", "operations", "demand",
                     "contracts", "policies", "finance", "uncertainty"});
    s.name = r.string("name");
    s.description = r.optionalString("description");
    s.startYear = r.integer("startYear");
    s.horizonYears = r.integer("horizonYears");

    JsonReader site = r.object("site");
    site.rejectUnknown({"regionId", "override"});
    s.site.regionId = site.string("regionId");
    s.site.override = site.rawObject("override");

    s.power = readPower(r.object("power"));
    JsonReader racks = r.object("racks");
    racks.rejectUnknown({"designKwPerRack"});
    s.racks.designKwPerRack = racks.number("designKwPerRack");

    forEachObject(r, "facilityPhases", true, [&s](JsonReader& p) {
        p.rejectUnknown({"startMonth", "constructionMonths", "rackPositions"});
        s.facilityPhases.push_back(
            {p.integer("startMonth"), p.integer("constructionMonths"), p.integer("rackPositions")});
    });

    JsonReader cooling = r.object("cooling");
    cooling.rejectUnknown({"technologyId", "override"});
    s.cooling.technologyId = cooling.string("technologyId");
    s.cooling.override = cooling.rawObject("override");

    forEachObject(r, "chipMix", true, [&s](JsonReader& c) {
        c.rejectUnknown({"chipId", "count", "deployMonth", "override", "refreshChipId"});
        s.chipMix.push_back({c.string("chipId"), c.integer("count"), c.integer("deployMonth"), c.rawObject("override"),
                             c.optionalString("refreshChipId")});
    });

    s.facility = readFacility(r.object("facility"));
    if (s.facility.housing == Housing::Colocation) {
        s.colocation = readColocation(r.object("colocation"));
    } else if (object.contains(QStringLiteral("colocation"))) {
        report.add(QStringLiteral("colocation"),
                   QCoreApplication::translate("Validation", "applies only to a center housed in a third-party IDC "
                                                             "(facility.housing = \"colocation\"); this one builds"));
    }
    s.operations = readOperations(r.object("operations"));
    forEachObject(r, "demand", false, [&s](JsonReader& d) { s.demand.push_back(readSegment(d)); });
    const QJsonArray segments = object.value(QStringLiteral("demand")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        migrateSegmentContract(segments.at(i).toObject(), catalog, report, indexed(QStringLiteral("demand"), i),
                               s.contracts);
    }
    forEachObject(r, "contracts", false, [&s](JsonReader& c) { s.contracts.push_back(readContract(c)); });
    s.policies = readPolicies(r.object("policies"));
    s.finance = readFinance(r.object("finance"));
    s.uncertainty = readUncertainty(r.object("uncertainty"));
    return s;
}

Scenario fromBytes(const QByteArray& bytes, const Catalog& catalog, ValidationReport& report)
{
    QString problem;
    const std::optional<QJsonObject> object = JsonText::parseObject(bytes, &problem);
    if (!object) {
        report.add(QString(), problem);
        return {};
    }
    return fromJson(*object, catalog, report);
}

} // namespace suanpan::ScenarioJson
