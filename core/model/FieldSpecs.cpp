#include "FieldSpecs.h"

#include "ScenarioSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace suanpan {

namespace {

// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated where shown.

const std::vector<FieldSpec> kSpecs = {
    // Chip catalog fields (also allowed in chipMix[].override)
    {"chips.tflops.fp64", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP64 peak; 0 = not supported."), QT_TRANSLATE_NOOP("Fields", "FP64 peak")},
    {"chips.tflops.fp32", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP32 peak; 0 = not supported."), QT_TRANSLATE_NOOP("Fields", "FP32 peak")},
    {"chips.tflops.fp16", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP16/BF16 peak; 0 = not supported."),
     QT_TRANSLATE_NOOP("Fields", "FP16 peak")},
    {"chips.tflops.fp8", QT_TRANSLATE_NOOP("Unit", "TFLOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense FP8 peak; 0 = not supported."), QT_TRANSLATE_NOOP("Fields", "FP8 peak")},
    {"chips.tflops.int8", QT_TRANSLATE_NOOP("Unit", "TOPS"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Dense INT8 peak; 0 = not supported."), QT_TRANSLATE_NOOP("Fields", "INT8 peak")},
    {"chips.memoryGb", QT_TRANSLATE_NOOP("Unit", "GB"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Memory per card."), QT_TRANSLATE_NOOP("Fields", "Memory")},
    {"chips.tdpW", QT_TRANSLATE_NOOP("Unit", "W"), 1, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Maximum power of one card."), QT_TRANSLATE_NOOP("Fields", "Card power (TDP)")},
    {"chips.cardsPerServer", QT_TRANSLATE_NOOP("Unit", "cards"), 1, 64, true,
     QT_TRANSLATE_NOOP("FieldHelp", "Cards in one server."), QT_TRANSLATE_NOOP("Fields", "Cards per server")},
    {"chips.serverOverheadW", QT_TRANSLATE_NOOP("Unit", "W"), 0, 1e5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Server power beyond the cards at full load (CPUs, memory, NICs, fans)."),
     QT_TRANSLATE_NOOP("Fields", "Server power beyond the cards")},
    {"chips.idlePowerShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Idle server power as a share of its maximum."),
     QT_TRANSLATE_NOOP("Fields", "Idle power share")},
    {"chips.cardPriceCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, 1e8, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Price of one card."), QT_TRANSLATE_NOOP("Fields", "Card price (CNY)")},
    {"chips.serverBasePriceCny", QT_TRANSLATE_NOOP("Unit", "CNY"), 0, 1e9, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Server price without the cards."),
     QT_TRANSLATE_NOOP("Fields", "Server price without cards")},
    {"chips.rentalPriceCnyPerCardHour", QT_TRANSLATE_NOOP("Unit", "CNY/card·h"), 0, 1e4, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Market rental price per card-hour in the start year."),
     QT_TRANSLATE_NOOP("Fields", "Rental (CNY/card·h)")},
    {"chips.priceDeclinePerYear", QT_TRANSLATE_NOOP("Unit", "share/yr"), 0, 0.95, false,
     QT_TRANSLATE_NOOP(
         "FieldHelp", "Annual decline of the rental price of these cards as they age (reset when they are refreshed)."),
     QT_TRANSLATE_NOOP("Fields", "Rental decline/yr")},
    {"chips.economicLifeYears", QT_TRANSLATE_NOOP("Unit", "years"), 1, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Years until the cards are refreshed."),
     QT_TRANSLATE_NOOP("Fields", "Economic life")},
    {"chips.supplyRisk", QT_TRANSLATE_NOOP("Unit", "share"), 0, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Qualitative risk of losing supply (export controls), 0–1."),
     QT_TRANSLATE_NOOP("Fields", "Supply risk")},
    {"chips.ecosystemEfficiency.training", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for training relative to a mature software stack; 0 = cannot serve."),
     QT_TRANSLATE_NOOP("Fields", "Efficiency: training")},
    {"chips.ecosystemEfficiency.fineTuning", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Throughput for fine-tuning relative to a mature software stack; 0 = cannot serve."),
     QT_TRANSLATE_NOOP("Fields", "Efficiency: fine-tuning")},
    {"chips.ecosystemEfficiency.inference", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for inference relative to a mature software stack; 0 = cannot serve."),
     QT_TRANSLATE_NOOP("Fields", "Efficiency: inference")},
    {"chips.ecosystemEfficiency.hpc", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Throughput for HPC relative to a mature software stack; 0 = cannot serve."),
     QT_TRANSLATE_NOOP("Fields", "Efficiency: HPC")},
    {"chips.ecosystemEfficiency.general", QT_TRANSLATE_NOOP("Unit", "ratio"), 0, 1.5, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Throughput for general workloads relative to a mature software stack; 0 = cannot serve."),
     QT_TRANSLATE_NOOP("Fields", "Efficiency: general")},
    // Cooling catalog fields (also allowed in cooling.override)
    {"cooling.maxKwPerRack", QT_TRANSLATE_NOOP("Unit", "kW/rack"), 1, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Highest rack density the technology supports."),
     QT_TRANSLATE_NOOP("Fields", "Cooling limit")},
    {"cooling.capexCnyPerKw", QT_TRANSLATE_NOOP("Unit", "CNY/kW"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Cooling plant capex per kW of IT design capacity."),
     QT_TRANSLATE_NOOP("Fields", "Cooling capex")},
    {"cooling.pue.fixedShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp",
                       "Losses that depend only on the built capacity, as a share of built IT design power."),
     QT_TRANSLATE_NOOP("Fields", "Fixed losses")},
    {"cooling.pue.proportionalShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Electrical losses proportional to IT load."),
     QT_TRANSLATE_NOOP("Fields", "Load-proportional losses")},
    {"cooling.pue.baseCoolingShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Cooling energy needed even when free cooling, per unit of IT load."),
     QT_TRANSLATE_NOOP("Fields", "Base cooling energy")},
    {"cooling.pue.mechanicalCoolingShare", QT_TRANSLATE_NOOP("Unit", "share"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Extra cooling energy on full mechanical cooling, per unit of IT load."),
     QT_TRANSLATE_NOOP("Fields", "Mechanical cooling energy")},
    {"cooling.pue.freeCoolingBelowC", QT_TRANSLATE_NOOP("Unit", "°C"), -100, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Outdoor temperature below which cooling is entirely free."),
     QT_TRANSLATE_NOOP("Fields", "Free cooling below")},
    {"cooling.pue.fullMechanicalAboveC", QT_TRANSLATE_NOOP("Unit", "°C"), -100, 100, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Outdoor temperature above which cooling is entirely mechanical."),
     QT_TRANSLATE_NOOP("Fields", "Fully mechanical above")},
    {"cooling.water.baseLPerKwh", QT_TRANSLATE_NOOP("Unit", "L/kWh"), 0, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Water per IT kWh in free cooling."),
     QT_TRANSLATE_NOOP("Fields", "Water (free cooling)")},
    {"cooling.water.mechanicalLPerKwh", QT_TRANSLATE_NOOP("Unit", "L/kWh"), 0, 20, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Extra water per IT kWh on full mechanical cooling."),
     QT_TRANSLATE_NOOP("Fields", "Extra water (mechanical)")},
    // Region catalog fields (also allowed in site.override)
    {"regions.tariffCnyPerKwh", QT_TRANSLATE_NOOP("Unit", "CNY/kWh"), 0, 10, false,
     QT_TRANSLATE_NOOP("FieldHelp", "All-in energy price a data center pays (flat-load blend of time-of-use periods)."),
     QT_TRANSLATE_NOOP("Fields", "Electricity price")},
    {"regions.demandChargeCnyPerKwMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kW·month"), 0, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Two-part tariff: charge per kW of monthly maximum demand."),
     QT_TRANSLATE_NOOP("Fields", "Demand charge")},
    {"regions.capacityChargeCnyPerKvaMonth", QT_TRANSLATE_NOOP("Unit", "CNY/kVA·month"), 0, 1000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Two-part tariff: charge per kVA of transformer capacity."),
     QT_TRANSLATE_NOOP("Fields", "Capacity charge")},
    {"regions.gridEmissionKgPerKwh", QT_TRANSLATE_NOOP("Unit", "kgCO2/kWh"), 0, 2, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Grid emission factor (MEE/NBS 2022 provincial)."),
     QT_TRANSLATE_NOOP("Fields", "Grid emission factor")},
    {"regions.monthlyTempC[]", QT_TRANSLATE_NOOP("Unit", "°C"), -60, 60, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Mean outdoor temperature of each month, January to December."),
     QT_TRANSLATE_NOOP("Fields", "Monthly temperature")},
    {"regions.itWageCnyPerYear", QT_TRANSLATE_NOOP("Unit", "CNY/yr"), 0, 1e7, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Average annual wage in the IT sector."), QT_TRANSLATE_NOOP("Fields", "IT wage")},
    {"regions.landPriceCnyPerM2", QT_TRANSLATE_NOOP("Unit", "CNY/m²"), 0, 1e6, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Industrial land price."), QT_TRANSLATE_NOOP("Fields", "Land price")},
    {"regions.solarYieldKwhPerKwpYear", QT_TRANSLATE_NOOP("Unit", "kWh/kWp·yr"), 0, 3000, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Annual yield of one kWp of solar."), QT_TRANSLATE_NOOP("Fields", "Solar yield")},
    {"regions.pueLimit", QT_TRANSLATE_NOOP("Unit", "PUE"), 0, 3, false,
     QT_TRANSLATE_NOOP("FieldHelp", "PUE rule for a new large data center in the region; 0 = none."),
     QT_TRANSLATE_NOOP("Fields", "PUE rule")},
    // Redundancy levels
    {"redundancy.powerCapexMultiplier", QT_TRANSLATE_NOOP("Unit", "ratio"), 1, 5, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Power-infrastructure capex relative to N."),
     QT_TRANSLATE_NOOP("Fields", "Power capex multiplier")},
    {"redundancy.availability", QT_TRANSLATE_NOOP("Unit", "share"), 0.5, 1, false,
     QT_TRANSLATE_NOOP("FieldHelp", "Share of the time the compute is available."),
     QT_TRANSLATE_NOOP("Fields", "Availability")},
};

} // namespace

const std::vector<FieldSpec>& fieldSpecs()
{
    // catalogs' are listed above.
    static const std::vector<FieldSpec> all = [] {
        std::vector<FieldSpec> specs = schema::numberSpecs();
        specs.insert(specs.end(), kSpecs.begin(), kSpecs.end());
        return specs;
    }();
    return all;
}

const FieldSpec* findFieldSpec(const QString& pattern)
{
    // Looked up for every cell and tooltip of the editors: an index built once.
    static const QHash<QString, const FieldSpec*> index = [] {
        QHash<QString, const FieldSpec*> byPath;
        for (const FieldSpec& spec : fieldSpecs()) {
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
