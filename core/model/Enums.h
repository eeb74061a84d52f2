#pragma once

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

enum class ForecastType { Cagr, SCurve, Series };
enum class TariffMode { EnergyOnly, TwoPartDemand, TwoPartCapacity };
enum class NetworkFabric { InfiniBand, Roce, Ethernet };
/// Whether the center builds its own hall or rents rack positions in a third-party IDC (methodology §4.5).
enum class Housing { Build, Colocation };
enum class Repayment { EqualPrincipal, EqualInstalment };
/// Whether the prices and costs of a scenario include VAT, which the engine then separates (methodology §9.1).
enum class VatMode { None, Included };
enum class PueBasis { Measured, Design };

/** \brief Capex categories; the order is the order of reports and of the eligibility list of subsidies. */
enum class CapexItem { Cards, Servers, Network, Storage, Building, Cooling, Power, Land, Solar, Soft, Contingency };
inline constexpr int kCapexItemCount = 11;

enum class OpexItem { Electricity, Staff, Maintenance, Insurance, Bandwidth, Software, Other, Colocation };
inline constexpr int kOpexItemCount = 8;

/// Stable JSON keys of the enums (never translated; they are file-format names).
QString toKey(Workload value);
QString toKey(Precision value);
QString toKey(ForecastType value);
QString toKey(TariffMode value);
QString toKey(NetworkFabric value);
QString toKey(Housing value);
QString toKey(Repayment value);
QString toKey(VatMode value);
QString toKey(PueBasis value);
QString toKey(CapexItem value);
QString toKey(OpexItem value);

std::optional<Workload> workloadFromKey(const QString& key);
std::optional<Precision> precisionFromKey(const QString& key);
std::optional<ForecastType> forecastTypeFromKey(const QString& key);
std::optional<TariffMode> tariffModeFromKey(const QString& key);
std::optional<NetworkFabric> networkFabricFromKey(const QString& key);
std::optional<Housing> housingFromKey(const QString& key);
std::optional<Repayment> repaymentFromKey(const QString& key);
std::optional<VatMode> vatModeFromKey(const QString& key);
std::optional<PueBasis> pueBasisFromKey(const QString& key);
std::optional<CapexItem> capexItemFromKey(const QString& key);

/// All keys of one enum, for messages that list the allowed values and for editors.
QStringList workloadKeys();
QStringList precisionKeys();
QStringList forecastTypeKeys();
QStringList tariffModeKeys();
QStringList networkFabricKeys();
QStringList housingKeys();
QStringList repaymentKeys();
QStringList vatModeKeys();
QStringList pueBasisKeys();
QStringList capexItemKeys();
QStringList opexItemKeys();

/// Translated display names (for reports and editors).
QString displayName(Workload value);
QString displayName(Precision value);
QString displayName(CapexItem value);
QString displayName(OpexItem value);

} // namespace suanpan
