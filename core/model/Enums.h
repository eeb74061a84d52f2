#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace suanpan {

/** \brief Workload types a demand segment belongs to; chips carry an ecosystem efficiency per type. */
enum class Workload { Training, FineTuning, Inference, Hpc, General };
inline constexpr int kWorkloadCount = 5;

/** \brief Numeric precisions, ordered from lowest to highest (fallback goes upwards). */
enum class Precision { Int8, Fp8, Fp16, Fp32, Fp64 };
inline constexpr int kPrecisionCount = 5;

/// How a segment's market is given; `Network`: what the proposed center wins in its network (methodology §14).
enum class ForecastType { Cagr, SCurve, Series, Network };
enum class TariffMode { EnergyOnly, TwoPartDemand, TwoPartCapacity };
enum class NetworkFabric { InfiniBand, Roce, Ethernet };
/// Whether the center builds its own hall or rents rack positions in a third-party IDC (methodology §4.5).
enum class Housing { Build, Colocation };
enum class Repayment { EqualPrincipal, EqualInstalment };
/// Whether the prices and costs of a scenario include VAT, which the engine then separates (methodology §9.1).
enum class VatMode { None, Included };
enum class PueBasis { Measured, Design };
/// What a subsidy's clawback measures (methodology §8); `None`: the subsidy is kept whatever happens.
enum class ClawbackMetric { None, Utilization, RackingRate };

/** \brief Capex categories; the order is the order of reports and of the eligibility list of subsidies. */
enum class CapexItem { Cards, Servers, Network, Storage, Building, Cooling, Power, Land, Solar, Soft, Contingency };
inline constexpr int kCapexItemCount = 11;

enum class OpexItem { Electricity, Staff, Maintenance, Insurance, Bandwidth, Software, Other, Colocation };
inline constexpr int kOpexItemCount = 8;

/**
 * \brief One value of an enumeration as files and people know it: its file-format key (never translated) and its
 * English label (translated in the context "Choices"; reports, editors and messages all show it).
 */
struct EnumValue {
    const char* key;
    const char* label;
};

/**
 * \brief The one table of an enumeration: its values in enum order. The JSON reader and writer, the lists of
 * allowed values in messages, the editors' choices and the reports' labels all read it, so that a value is added
 * in one place. Specialised below for every enumeration of the scenario (Uncertainty.h for the risk analysis's).
 */
template <typename Enum> struct EnumTraits;

template <typename Enum>
concept KeyedEnum = requires
{
    EnumTraits<Enum>::values;
};

template <> struct EnumTraits<Workload> {
    static constexpr std::array<EnumValue, kWorkloadCount> values{{
        {"training", QT_TRANSLATE_NOOP("Choices", "Large-model training")},
        {"fineTuning", QT_TRANSLATE_NOOP("Choices", "Fine-tuning")},
        {"inference", QT_TRANSLATE_NOOP("Choices", "Inference")},
        {"hpc", QT_TRANSLATE_NOOP("Choices", "HPC / science")},
        {"general", QT_TRANSLATE_NOOP("Choices", "General / SME")},
    }};
};
template <> struct EnumTraits<Precision> {
    static constexpr std::array<EnumValue, kPrecisionCount> values{{
        {"int8", QT_TRANSLATE_NOOP("Choices", "INT8")},
        {"fp8", QT_TRANSLATE_NOOP("Choices", "FP8")},
        {"fp16", QT_TRANSLATE_NOOP("Choices", "FP16")},
        {"fp32", QT_TRANSLATE_NOOP("Choices", "FP32")},
        {"fp64", QT_TRANSLATE_NOOP("Choices", "FP64")},
    }};
};
template <> struct EnumTraits<ForecastType> {
    static constexpr std::array<EnumValue, 4> values{{
        {"cagr", QT_TRANSLATE_NOOP("Choices", "Constant growth")},
        {"sCurve", QT_TRANSLATE_NOOP("Choices", "S-curve")},
        {"series", QT_TRANSLATE_NOOP("Choices", "Given series")},
        {"network", QT_TRANSLATE_NOOP("Choices", "Won in the network")},
    }};
};
template <> struct EnumTraits<TariffMode> {
    static constexpr std::array<EnumValue, 3> values{{
        {"energyOnly", QT_TRANSLATE_NOOP("Choices", "Energy charge only")},
        {"twoPartDemand", QT_TRANSLATE_NOOP("Choices", "Two-part: demand charge (per kW)")},
        {"twoPartCapacity", QT_TRANSLATE_NOOP("Choices", "Two-part: capacity charge (per kVA)")},
    }};
};
template <> struct EnumTraits<NetworkFabric> {
    static constexpr std::array<EnumValue, 3> values{{
        {"infiniband", QT_TRANSLATE_NOOP("Choices", "InfiniBand")},
        {"roce", QT_TRANSLATE_NOOP("Choices", "RoCE")},
        {"ethernet", QT_TRANSLATE_NOOP("Choices", "Ethernet")},
    }};
};
template <> struct EnumTraits<Housing> {
    static constexpr std::array<EnumValue, 2> values{{
        {"build", QT_TRANSLATE_NOOP("Choices", "Build a hall of its own")},
        {"colocation", QT_TRANSLATE_NOOP("Choices", "Rent racks in a third-party IDC (colocation)")},
    }};
};
template <> struct EnumTraits<Repayment> {
    static constexpr std::array<EnumValue, 2> values{{
        {"equalPrincipal", QT_TRANSLATE_NOOP("Choices", "Equal principal")},
        {"equalInstalment", QT_TRANSLATE_NOOP("Choices", "Equal instalments")},
    }};
};
template <> struct EnumTraits<VatMode> {
    static constexpr std::array<EnumValue, 2> values{{
        {"none", QT_TRANSLATE_NOOP("Choices", "VAT not modelled")},
        {"included", QT_TRANSLATE_NOOP("Choices", "Include VAT")},
    }};
};
template <> struct EnumTraits<PueBasis> {
    static constexpr std::array<EnumValue, 2> values{{
        {"measured", QT_TRANSLATE_NOOP("Choices", "Measured")},
        {"design", QT_TRANSLATE_NOOP("Choices", "Design")},
    }};
};
template <> struct EnumTraits<ClawbackMetric> {
    static constexpr std::array<EnumValue, 3> values{{
        {"none", QT_TRANSLATE_NOOP("Choices", "None")},
        {"utilization", QT_TRANSLATE_NOOP("Choices", "Utilization")},
        {"rackingRate", QT_TRANSLATE_NOOP("Choices", "Racking rate")},
    }};
};
template <> struct EnumTraits<CapexItem> {
    static constexpr std::array<EnumValue, kCapexItemCount> values{{
        {"cards", QT_TRANSLATE_NOOP("Choices", "Accelerator cards")},
        {"servers", QT_TRANSLATE_NOOP("Choices", "Servers")},
        {"network", QT_TRANSLATE_NOOP("Choices", "Network fabric")},
        {"storage", QT_TRANSLATE_NOOP("Choices", "Storage")},
        {"building", QT_TRANSLATE_NOOP("Choices", "Building")},
        {"cooling", QT_TRANSLATE_NOOP("Choices", "Cooling")},
        {"power", QT_TRANSLATE_NOOP("Choices", "Power infrastructure")},
        {"land", QT_TRANSLATE_NOOP("Choices", "Land")},
        {"solar", QT_TRANSLATE_NOOP("Choices", "On-site solar")},
        {"soft", QT_TRANSLATE_NOOP("Choices", "Design, permits and soft costs")},
        {"contingency", QT_TRANSLATE_NOOP("Choices", "Contingency")},
    }};
};
template <> struct EnumTraits<OpexItem> {
    static constexpr std::array<EnumValue, kOpexItemCount> values{{
        {"electricity", QT_TRANSLATE_NOOP("Choices", "Electricity")},
        {"staff", QT_TRANSLATE_NOOP("Choices", "Staff")},
        {"maintenance", QT_TRANSLATE_NOOP("Choices", "Maintenance")},
        {"insurance", QT_TRANSLATE_NOOP("Choices", "Insurance")},
        {"bandwidth", QT_TRANSLATE_NOOP("Choices", "Bandwidth")},
        {"software", QT_TRANSLATE_NOOP("Choices", "Software licences")},
        {"other", QT_TRANSLATE_NOOP("Choices", "Other")},
        {"colocation", QT_TRANSLATE_NOOP("Choices", "Colocation rent")},
    }};
};

/// The file-format key of a value ("fineTuning").
template <KeyedEnum Enum> QString toKey(Enum value)
{
    return QString::fromLatin1(EnumTraits<Enum>::values.at(static_cast<std::size_t>(value)).key);
}

/// The value with that key, or nothing.
template <KeyedEnum Enum> std::optional<Enum> enumFromKey(const QString& key)
{
    const auto& values = EnumTraits<Enum>::values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (key == QLatin1String(values[i].key)) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

/// Every key, in enum order (messages list them as the allowed values; editors offer them).
template <KeyedEnum Enum> QStringList enumKeys()
{
    QStringList keys;
    for (const EnumValue& value : EnumTraits<Enum>::values) {
        keys << QString::fromLatin1(value.key);
    }
    return keys;
}

/// The translated label of a value (reports, editors).
template <KeyedEnum Enum> QString displayName(Enum value)
{
    return QCoreApplication::translate("Choices", EnumTraits<Enum>::values.at(static_cast<std::size_t>(value)).label);
}

} // namespace suanpan
