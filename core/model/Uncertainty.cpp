#include "Uncertainty.h"

#include <array>

namespace suanpan {

namespace {

// JSON keys in enum order (file-format names, never translated).
constexpr std::array<const char*, 5> kDistributionKeys{"normal", "lognormal", "triangular", "pert", "uniform"};
constexpr std::array<const char*, 2> kApplyKeys{"value", "factor"};
constexpr std::array<const char*, 3> kEventKeys{"chipSupplyCut", "constructionDelay", "contractLoss"};

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

QString toKey(DistributionType value)
{
    return QString::fromLatin1(kDistributionKeys.at(static_cast<std::size_t>(value)));
}
QString toKey(UncertainApply value)
{
    return QString::fromLatin1(kApplyKeys.at(static_cast<std::size_t>(value)));
}
QString toKey(RiskEventType value)
{
    return QString::fromLatin1(kEventKeys.at(static_cast<std::size_t>(value)));
}

std::optional<DistributionType> distributionTypeFromKey(const QString& key)
{
    return fromKey<DistributionType>(kDistributionKeys, key);
}
std::optional<UncertainApply> uncertainApplyFromKey(const QString& key)
{
    return fromKey<UncertainApply>(kApplyKeys, key);
}
std::optional<RiskEventType> riskEventTypeFromKey(const QString& key)
{
    return fromKey<RiskEventType>(kEventKeys, key);
}

QStringList distributionTypeKeys()
{
    return allKeys(kDistributionKeys);
}
QStringList uncertainApplyKeys()
{
    return allKeys(kApplyKeys);
}
QStringList riskEventTypeKeys()
{
    return allKeys(kEventKeys);
}

} // namespace suanpan
