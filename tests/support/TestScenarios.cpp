#include "TestScenarios.h"

#include "engine/Engine.h"
#include "model/JsonPath.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan::test {

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(!document.isNull(), "test fixture", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

Catalog catalog()
{
    Catalog c = Catalog::builtIn();
    c.setEntry(CatalogKind::Chips, parse(R"({
        "id": "test-gpu", "name": "Test GPU", "vendor": "Test", "origin": "imported", "kind": "gpu",
        "tflops": {"fp64": 50, "fp32": 100, "fp16": 1000, "fp8": 2000, "int8": 2000},
        "memoryGb": 80, "tdpW": 500, "cardsPerServer": 8, "serverOverheadW": 1000, "idlePowerShare": 0.2,
        "cardPriceCny": 100000, "serverBasePriceCny": 200000, "rentalPriceCnyPerCardHour": 10,
        "priceDeclinePerYear": 0, "economicLifeYears": 5, "supplyRisk": 0.5,
        "ecosystemEfficiency": {"training": 1, "fineTuning": 1, "inference": 1, "hpc": 0.5, "general": 1}})"));
    c.setEntry(CatalogKind::Chips, parse(R"({
        "id": "test-npu", "name": "Test NPU", "vendor": "Test", "origin": "domestic", "kind": "npu",
        "tflops": {"fp64": 0, "fp32": 0, "fp16": 500, "fp8": 0, "int8": 1000},
        "memoryGb": 64, "tdpW": 250, "cardsPerServer": 8, "serverOverheadW": 1000, "idlePowerShare": 0.2,
        "cardPriceCny": 50000, "serverBasePriceCny": 100000, "rentalPriceCnyPerCardHour": 4,
        "priceDeclinePerYear": 0, "economicLifeYears": 5, "supplyRisk": 0.1,
        "ecosystemEfficiency": {"training": 0, "fineTuning": 0, "inference": 0.8, "hpc": 0, "general": 0}})"));
    c.setEntry(CatalogKind::Cooling, parse(R"({
        "id": "test-cool", "name": "Test cooling", "nameZh": "测试冷却", "maxKwPerRack": 20, "capexCnyPerKw": 5000,
        "pue": {"fixedShare": 0.1, "proportionalShare": 0.05, "baseCoolingShare": 0.05,
                "mechanicalCoolingShare": 0.2, "freeCoolingBelowC": 10, "fullMechanicalAboveC": 20},
        "water": {"baseLPerKwh": 0.1, "mechanicalLPerKwh": 0.2}})"));
    c.setEntry(CatalogKind::Regions, parse(R"({
        "id": "test-region", "name": "Test region", "nameZh": "测试地区", "province": "Test", "provinceZh": "测试",
        "tariffCnyPerKwh": 0.5, "demandChargeCnyPerKwMonth": 40, "capacityChargeCnyPerKvaMonth": 25,
        "gridEmissionKgPerKwh": 0.5, "monthlyTempC": [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15],
        "itWageCnyPerYear": 100000, "landPriceCnyPerM2": 1000, "solarYieldKwhPerKwpYear": 1200,
        "hub": "", "hubZh": "", "pueLimit": 1.3})"));
    c.setEntry(CatalogKind::Redundancy, parse(R"({
        "id": "test-1", "name": "Test", "nameZh": "测试", "powerCapexMultiplier": 1, "availability": 1})"));
    return c;
}

QJsonObject simpleScenarioJson()
{
    return parse(R"({
        "formatVersion": 1, "name": "Simple", "startYear": 2026, "horizonYears": 2,
        "site": {"regionId": "test-region"},
        "power": {"tariffMode": "energyOnly", "redundancyId": "test-1", "greenShare": 0, "solarKwp": 0,
                  "solarDegradationPerYear": 0},
        "racks": {"designKwPerRack": 10},
        "facilityPhases": [{"startMonth": 0, "constructionMonths": 0, "rackPositions": 10}],
        "cooling": {"technologyId": "test-cool"},
        "chipMix": [{"chipId": "test-gpu", "count": 80, "deployMonth": 0}],
        "facility": {"buildingCapexCnyPerKw": 1000, "powerInfraCapexCnyPerKw": 2000, "landM2PerRack": 2,
                     "networkFabric": "ethernet", "networkCapexCnyPerServer": 0, "storagePb": 0,
                     "storageCapexCnyPerPb": 0, "solarCapexCnyPerKwp": 0, "softCostShare": 0,
                     "contingencyShare": 0, "facilityLifeYears": 20},
        "operations": {"staffCount": 0, "staffCostCnyPerFteYear": 0, "itMaintenanceShare": 0,
                       "facilityMaintenanceShare": 0, "insuranceShare": 0, "bandwidthCnyPerYear": 0,
                       "softwareCnyPerCardYear": 0, "otherOpexCnyPerYear": 0, "opexInflationPerYear": 0,
                       "hardwareRefresh": false, "hardwarePriceDeclinePerYear": 0},
        "demand": [{"id": "inference", "workload": "inference", "precision": "fp16",
                    "forecast": {"type": "cagr", "baseDemandPflops": 40, "growthPerYear": 0},
                    "captureShare": 1, "rampMonths": 0, "priceFactor": 1, "priceDeclinePerYear": 0}],
        "policies": {"corporateTaxRate": 0.25, "lossCarryForwardYears": 5},
        "finance": {"discountRate": 0.1, "debtShare": 0, "itDepreciationYears": 5,
                    "facilityDepreciationYears": 20, "depreciationResidualShare": 0}
    })");
}

QJsonObject largeScenarioJson()
{
    return parse(R"({
        "formatVersion": 1, "name": "Large", "startYear": 2026, "horizonYears": 20,
        "site": {"regionId": "ningxia-zhongwei"},
        "power": {"tariffMode": "twoPartDemand", "greenShare": 0.5},
        "racks": {"designKwPerRack": 40},
        "facilityPhases": [{"startMonth": 0, "constructionMonths": 12, "rackPositions": 200},
                           {"startMonth": 24, "constructionMonths": 12, "rackPositions": 200}],
        "cooling": {"technologyId": "cold-plate"},
        "chipMix": [{"chipId": "h20", "count": 1024, "deployMonth": 12},
                    {"chipId": "ascend-910b", "count": 2048, "deployMonth": 12},
                    {"chipId": "ascend-910c", "count": 1024, "deployMonth": 36},
                    {"chipId": "l20", "count": 512, "deployMonth": 12},
                    {"chipId": "mlu370-x8", "count": 512, "deployMonth": 36},
                    {"chipId": "xeon-8480", "count": 256, "deployMonth": 12}],
        "demand": [
          {"id": "training", "workload": "training", "precision": "fp16", "captureShare": 0.05,
           "forecast": {"type": "cagr", "baseDemandPflops": 5000, "growthPerYear": 0.3}},
          {"id": "fine-tuning", "workload": "fineTuning", "precision": "fp16", "captureShare": 0.1,
           "forecast": {"type": "sCurve", "baseDemandPflops": 1000, "growthPerYear": 0.4, "saturationPflops": 8000}},
          {"id": "inference", "workload": "inference", "precision": "fp8", "captureShare": 0.08,
           "forecast": {"type": "cagr", "baseDemandPflops": 2000, "growthPerYear": 0.45}},
          {"id": "hpc", "workload": "hpc", "precision": "fp64", "captureShare": 0.2,
           "forecast": {"type": "cagr", "baseDemandPflops": 5, "growthPerYear": 0.1}},
          {"id": "general", "workload": "general", "precision": "fp16", "captureShare": 0.1, "voucherUsers": 100,
           "forecast": {"type": "cagr", "baseDemandPflops": 300, "growthPerYear": 0.2}},
          {"id": "sme-inference", "workload": "inference", "precision": "int8", "captureShare": 0.1, "voucherUsers": 500,
           "forecast": {"type": "sCurve", "baseDemandPflops": 200, "growthPerYear": 0.5, "saturationPflops": 3000}}],
        "policies": {"vouchers": {"annualBudgetCny": 20000000, "coverage": 0.3, "capPerUserCny": 1000000,
                                  "eligibleSegments": ["general", "sme-inference"], "elasticity": 0.8, "years": 5},
                     "electricitySubsidy": {"cnyPerKwh": 0.05, "years": 3},
                     "capexSubsidies": [{"name": "Grant", "rate": 0.1, "capCny": 50000000,
                                         "conditions": {"minScalePflopsFp16": 400, "maxPue": 1.25}}]}
    })");
}

QJsonObject largeUncertainScenarioJson()
{
    QJsonObject json = largeScenarioJson();
    json.insert(QStringLiteral("uncertainty"), parse(R"({
        "inputs": [
          {"path": "demand[*].captureShare", "apply": "factor",
           "distribution": {"type": "pert", "min": 0.3, "mode": 1, "max": 1.3}},
          {"path": "demand[*].forecast.growthPerYear", "apply": "factor",
           "distribution": {"type": "triangular", "min": 0.4, "mode": 1, "max": 1.3}},
          {"path": "site.override.tariffCnyPerKwh", "apply": "factor",
           "distribution": {"type": "triangular", "min": 0.8, "mode": 1, "max": 1.2}},
          {"path": "chipMix[*].override.cardPriceCny", "apply": "factor",
           "distribution": {"type": "uniform", "min": 0.7, "max": 1.3}},
          {"path": "chipMix[1].override.ecosystemEfficiency.training",
           "distribution": {"type": "normal", "mean": 0.7, "sd": 0.1}},
          {"path": "demand[0].rampMonths", "distribution": {"type": "lognormal", "mean": 24, "sd": 8}}],
        "events": [
          {"type": "constructionDelay", "probability": 0.4, "delayMonths": 6},
          {"type": "chipSupplyCut", "probability": 0.3, "affectedShare": 0.5, "delayMonths": 12}],
        "correlations": [{"a": "demand[*].captureShare", "b": "demand[*].forecast.growthPerYear", "rho": 0.6}]
    })"));
    return json;
}

std::optional<ResolvedScenario> resolve(const QJsonObject& json, const Catalog& catalog, QString* problems)
{
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, catalog, report);
    std::optional<ResolvedScenario> resolved;
    if (report.isValid()) {
        resolved = resolveScenario(scenario, catalog, report);
    }
    if (problems != nullptr) {
        *problems = report.toTextLines().join(QLatin1Char('\n'));
    }
    return resolved;
}

QString samplePath(const QString& name)
{
    return QStringLiteral(SUANPAN_SOURCE_DIR "/data/samples/") + name + QStringLiteral(".json");
}

QJsonObject simpleWith(std::initializer_list<std::pair<const char*, QJsonValue>> changes)
{
    QJsonObject json = simpleScenarioJson();
    for (const auto& [path, value] : changes) {
        setPath(json, QString::fromLatin1(path), value);
    }
    return json;
}

Results evaluateFixture(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> scenario = resolve(json, catalog(), &problems);
    if (!scenario) {
        qFatal("fixture does not validate: %s", qPrintable(problems));
    }
    return evaluate(*scenario);
}

ResolvedScenario resolveFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing scenario %s", qPrintable(path));
    }
    QString problems;
    const std::optional<ResolvedScenario> s =
        resolve(QJsonDocument::fromJson(file.readAll()).object(), Catalog::builtIn(), &problems);
    if (!s) {
        qFatal("scenario %s does not validate: %s", qPrintable(path), qPrintable(problems));
    }
    return *s;
}

void setPath(QJsonObject& object, const QString& path, const QJsonValue& value)
{
    if (!JsonPath::setValue(object, path, value)) {
        qFatal("bad fixture path %s", qPrintable(path));
    }
}

} // namespace suanpan::test
