#include "RiskMetric.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace suanpan {

namespace {

struct MetricInfo {
    const char* key;
    const char* name;
    MetricKind kind;
};

const std::array<MetricInfo, kRiskMetricCount> kMetrics{{
    {"npvAfterTaxCny", QT_TRANSLATE_NOOP("Risk", "NPV after tax"), MetricKind::Money},
    {"npvBeforeTaxCny", QT_TRANSLATE_NOOP("Risk", "NPV before tax"), MetricKind::Money},
    {"equityNpvCny", QT_TRANSLATE_NOOP("Risk", "Equity NPV"), MetricKind::Money},
    {"projectIrrAfterTax", QT_TRANSLATE_NOOP("Risk", "Project IRR after tax"), MetricKind::Share},
    {"projectIrrBeforeTax", QT_TRANSLATE_NOOP("Risk", "Project IRR before tax"), MetricKind::Share},
    {"equityIrr", QT_TRANSLATE_NOOP("Risk", "Equity IRR"), MetricKind::Share},
    {"paybackYears", QT_TRANSLATE_NOOP("Risk", "Payback"), MetricKind::Years},
    {"averageUtilization", QT_TRANSLATE_NOOP("Risk", "Average utilization"), MetricKind::Share},
    {"rackingRateAtFullDeployment", QT_TRANSLATE_NOOP("Risk", "Racking rate"), MetricKind::Share},
    {"publicCostCny", QT_TRANSLATE_NOOP("Risk", "Public cost"), MetricKind::Money},
}};

const MetricInfo& info(RiskMetric metric)
{
    return kMetrics.at(static_cast<std::size_t>(metric));
}

} // namespace

QString toKey(RiskMetric metric)
{
    return QString::fromLatin1(info(metric).key);
}

std::optional<RiskMetric> riskMetricFromKey(const QString& key)
{
    for (std::size_t i = 0; i < kMetrics.size(); ++i) {
        if (key == QLatin1String(kMetrics[i].key)) {
            return static_cast<RiskMetric>(i);
        }
    }
    return std::nullopt;
}

QStringList riskMetricKeys()
{
    QStringList keys;
    for (const MetricInfo& metric : kMetrics) {
        keys << QString::fromLatin1(metric.key);
    }
    return keys;
}

QString displayName(RiskMetric metric)
{
    return QCoreApplication::translate("Risk", info(metric).name);
}

MetricKind metricKind(RiskMetric metric)
{
    return info(metric).kind;
}

std::optional<double> metricValue(const Summary& s, RiskMetric metric)
{
    switch (metric) {
    case RiskMetric::NpvAfterTax:
        return s.npvAfterTaxCny;
    case RiskMetric::NpvBeforeTax:
        return s.npvBeforeTaxCny;
    case RiskMetric::EquityNpv:
        return s.equityNpvCny;
    case RiskMetric::ProjectIrrAfterTax:
        return s.projectIrrAfterTax.value;
    case RiskMetric::ProjectIrrBeforeTax:
        return s.projectIrrBeforeTax.value;
    case RiskMetric::EquityIrr:
        return s.equityIrr.value;
    case RiskMetric::PaybackYears:
        return s.paybackYears.value;
    case RiskMetric::AverageUtilization:
        return s.averageUtilization;
    case RiskMetric::RackingRate:
        return s.rackingRateAtFullDeployment;
    case RiskMetric::PublicCost:
        return s.publicCostCny;
    }
    return std::nullopt;
}

EngineOptions engineOptionsFor(std::span<const RiskMetric> metrics)
{
    auto reads = [&metrics](RiskMetric metric) {
        return std::find(metrics.begin(), metrics.end(), metric) != metrics.end();
    };
    EngineOptions options;
    options.details = false;
    options.ratesOfReturn.projectBeforeTax = reads(RiskMetric::ProjectIrrBeforeTax);
    options.ratesOfReturn.projectAfterTax = reads(RiskMetric::ProjectIrrAfterTax);
    options.ratesOfReturn.equity = reads(RiskMetric::EquityIrr);
    return options;
}

double missingRank(RiskMetric metric)
{
    return metric == RiskMetric::PaybackYears ? std::numeric_limits<double>::infinity()
                                              : -std::numeric_limits<double>::infinity();
}

} // namespace suanpan
