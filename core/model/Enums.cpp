#include "Enums.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

// One table per enum: the JSON key of each value, in enum order.
constexpr std::array<const char*, kWorkloadCount> kWorkloadKeys{"training", "fineTuning", "inference", "hpc",
                                                                "general"};
constexpr std::array<const char*, kPrecisionCount> kPrecisionKeys{"int8", "fp8", "fp16", "fp32", "fp64"};
constexpr std::array<const char*, 3> kForecastKeys{"cagr", "sCurve", "series"};
constexpr std::array<const char*, 3> kTariffKeys{"energyOnly", "twoPartDemand", "twoPartCapacity"};
constexpr std::array<const char*, 3> kFabricKeys{"infiniband", "roce", "ethernet"};
constexpr std::array<const char*, 2> kHousingKeys{"build", "colocation"};
constexpr std::array<const char*, 2> kRepaymentKeys{"equalPrincipal", "equalInstalment"};
constexpr std::array<const char*, 2> kVatModeKeys{"none", "included"};
constexpr std::array<const char*, 2> kPueBasisKeys{"measured", "design"};
constexpr std::array<const char*, kCapexItemCount> kCapexKeys{
    "cards", "servers", "network", "storage", "building", "cooling", "power", "land", "solar", "soft", "contingency"};
constexpr std::array<const char*, kOpexItemCount> kOpexKeys{"electricity", "staff",    "maintenance", "insurance",
                                                            "bandwidth",   "software", "other",       "colocation"};

template <typename Enum, std::size_t N> QString keyOf(const std::array<const char*, N>& keys, Enum value)
{
    return QString::fromLatin1(keys.at(static_cast<std::size_t>(value)));
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<const char*, N>& keys, const QString& key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

template <std::size_t N> QStringList allKeys(const std::array<const char*, N>& keys)
{
    QStringList list;
    for (const char* key : keys) {
        list << QString::fromLatin1(key);
    }
    return list;
}

} // namespace

QString toKey(Workload value)
{
    return keyOf(kWorkloadKeys, value);
}
QString toKey(Precision value)
{
    return keyOf(kPrecisionKeys, value);
}
QString toKey(ForecastType value)
{
    return keyOf(kForecastKeys, value);
}
QString toKey(TariffMode value)
{
    return keyOf(kTariffKeys, value);
}
QString toKey(NetworkFabric value)
{
    return keyOf(kFabricKeys, value);
}

QString toKey(Housing value)
{
    return keyOf(kHousingKeys, value);
}
QString toKey(Repayment value)
{
    return keyOf(kRepaymentKeys, value);
}
QString toKey(VatMode value)
{
    return keyOf(kVatModeKeys, value);
}
QString toKey(PueBasis value)
{
    return keyOf(kPueBasisKeys, value);
}
QString toKey(CapexItem value)
{
    return keyOf(kCapexKeys, value);
}
QString toKey(OpexItem value)
{
    return keyOf(kOpexKeys, value);
}

std::optional<Workload> workloadFromKey(const QString& key)
{
    return fromKey<Workload>(kWorkloadKeys, key);
}
std::optional<Precision> precisionFromKey(const QString& key)
{
    return fromKey<Precision>(kPrecisionKeys, key);
}
std::optional<ForecastType> forecastTypeFromKey(const QString& key)
{
    return fromKey<ForecastType>(kForecastKeys, key);
}
std::optional<TariffMode> tariffModeFromKey(const QString& key)
{
    return fromKey<TariffMode>(kTariffKeys, key);
}
std::optional<NetworkFabric> networkFabricFromKey(const QString& key)
{
    return fromKey<NetworkFabric>(kFabricKeys, key);
}

std::optional<Housing> housingFromKey(const QString& key)
{
    return fromKey<Housing>(kHousingKeys, key);
}
std::optional<Repayment> repaymentFromKey(const QString& key)
{
    return fromKey<Repayment>(kRepaymentKeys, key);
}
std::optional<VatMode> vatModeFromKey(const QString& key)
{
    return fromKey<VatMode>(kVatModeKeys, key);
}
std::optional<PueBasis> pueBasisFromKey(const QString& key)
{
    return fromKey<PueBasis>(kPueBasisKeys, key);
}
std::optional<CapexItem> capexItemFromKey(const QString& key)
{
    return fromKey<CapexItem>(kCapexKeys, key);
}

QStringList workloadKeys()
{
    return allKeys(kWorkloadKeys);
}
QStringList precisionKeys()
{
    return allKeys(kPrecisionKeys);
}
QStringList forecastTypeKeys()
{
    return allKeys(kForecastKeys);
}
QStringList tariffModeKeys()
{
    return allKeys(kTariffKeys);
}
QStringList networkFabricKeys()
{
    return allKeys(kFabricKeys);
}

QStringList housingKeys()
{
    return allKeys(kHousingKeys);
}
QStringList repaymentKeys()
{
    return allKeys(kRepaymentKeys);
}
QStringList vatModeKeys()
{
    return allKeys(kVatModeKeys);
}
QStringList pueBasisKeys()
{
    return allKeys(kPueBasisKeys);
}
QStringList capexItemKeys()
{
    return allKeys(kCapexKeys);
}
QStringList opexItemKeys()
{
    return allKeys(kOpexKeys);
}

QString displayName(Workload value)
{
    switch (value) {
    case Workload::Training:
        return QCoreApplication::translate("Workload", "Large-model training");
    case Workload::FineTuning:
        return QCoreApplication::translate("Workload", "Fine-tuning");
    case Workload::Inference:
        return QCoreApplication::translate("Workload", "Inference");
    case Workload::Hpc:
        return QCoreApplication::translate("Workload", "HPC / science");
    case Workload::General:
        return QCoreApplication::translate("Workload", "General / SME");
    }
    return {};
}

QString displayName(Precision value)
{
    // Precision names are the same in every language.
    return toKey(value).toUpper();
}

QString displayName(CapexItem value)
{
    switch (value) {
    case CapexItem::Cards:
        return QCoreApplication::translate("CapexItem", "Accelerator cards");
    case CapexItem::Servers:
        return QCoreApplication::translate("CapexItem", "Servers");
    case CapexItem::Network:
        return QCoreApplication::translate("CapexItem", "Network fabric");
    case CapexItem::Storage:
        return QCoreApplication::translate("CapexItem", "Storage");
    case CapexItem::Building:
        return QCoreApplication::translate("CapexItem", "Building");
    case CapexItem::Cooling:
        return QCoreApplication::translate("CapexItem", "Cooling");
    case CapexItem::Power:
        return QCoreApplication::translate("CapexItem", "Power infrastructure");
    case CapexItem::Land:
        return QCoreApplication::translate("CapexItem", "Land");
    case CapexItem::Solar:
        return QCoreApplication::translate("CapexItem", "On-site solar");
    case CapexItem::Soft:
        return QCoreApplication::translate("CapexItem", "Design, permits and soft costs");
    case CapexItem::Contingency:
        return QCoreApplication::translate("CapexItem", "Contingency");
    }
    return {};
}

QString displayName(OpexItem value)
{
    switch (value) {
    case OpexItem::Electricity:
        return QCoreApplication::translate("OpexItem", "Electricity");
    case OpexItem::Staff:
        return QCoreApplication::translate("OpexItem", "Staff");
    case OpexItem::Maintenance:
        return QCoreApplication::translate("OpexItem", "Maintenance");
    case OpexItem::Insurance:
        return QCoreApplication::translate("OpexItem", "Insurance");
    case OpexItem::Bandwidth:
        return QCoreApplication::translate("OpexItem", "Bandwidth");
    case OpexItem::Software:
        return QCoreApplication::translate("OpexItem", "Software licences");
    case OpexItem::Other:
        return QCoreApplication::translate("OpexItem", "Other");
    case OpexItem::Colocation:
        return QCoreApplication::translate("OpexItem", "Colocation rent");
    }
    return {};
}

} // namespace suanpan
