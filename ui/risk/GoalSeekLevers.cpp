#include "GoalSeekLevers.h"

#include "report/NumberFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace suanpan {

std::vector<GoalSeekLever> goalSeekLevers(const QJsonObject& scenario)
{
    std::vector<GoalSeekLever> levers{{QCoreApplication::translate("GoalSeekLevers", "Electricity tariff"),
                                       QStringLiteral("site.override.tariffCnyPerKwh"), false},
                                      {QCoreApplication::translate("GoalSeekLevers", "Electricity subsidy"),
                                       QStringLiteral("policies.electricitySubsidy.cnyPerKwh"), false}};
    const QJsonArray subsidies =
        scenario.value(QStringLiteral("policies")).toObject().value(QStringLiteral("capexSubsidies")).toArray();
    for (qsizetype i = 0; i < subsidies.size(); ++i) {
        levers.push_back({QCoreApplication::translate("GoalSeekLevers", "Rate of the capex subsidy \"%1\"")
                              .arg(subsidies.at(i).toObject().value(QStringLiteral("name")).toString().left(40)),
                          QStringLiteral("policies.capexSubsidies[%1].rate").arg(i), false});
    }
    levers.insert(levers.end(),
                  {{QCoreApplication::translate("GoalSeekLevers", "Compute voucher budget per year"),
                    QStringLiteral("policies.vouchers.annualBudgetCny"), false},
                   {QCoreApplication::translate("GoalSeekLevers", "Share of the bill vouchers pay"),
                    QStringLiteral("policies.vouchers.coverage"), false},
                   {QCoreApplication::translate("GoalSeekLevers", "Cards of every chip-mix entry (factor)"),
                    QStringLiteral("chipMix[*].count"), true},
                   {QCoreApplication::translate("GoalSeekLevers", "Card prices (factor)"),
                    QStringLiteral("chipMix[*].override.cardPriceCny"), true},
                   {QCoreApplication::translate("GoalSeekLevers", "Rental prices (factor)"),
                    QStringLiteral("chipMix[*].override.rentalPriceCnyPerCardHour"), true},
                   {QCoreApplication::translate("GoalSeekLevers", "Capture share of every segment (factor)"),
                    QStringLiteral("demand[*].captureShare"), true},
                   {QCoreApplication::translate("GoalSeekLevers", "Base demand of every segment (factor)"),
                    QStringLiteral("demand[*].forecast.baseDemandPflops"), true}});
    return levers;
}

GoalTargetUnit goalTargetUnit(RiskMetric metric)
{
    const QLocale locale;
    switch (metricKind(metric)) {
    case MetricKind::Money:
        return {NumberFormat::isChinese(locale) ? 1e4 : 1e6, QLatin1Char(' ') + NumberFormat::tableMoneyUnit(locale),
                -1e9, 1e9};
    case MetricKind::Share:
        return {0.01, QStringLiteral(" %"), -99.0, 1000.0};
    case MetricKind::Years:
        return {1.0, QCoreApplication::translate("suanpan::GoalSeekDialog", " years"), 0.0, 100.0};
    }
    return {1.0, QString(), -1e9, 1e9};
}

double defaultGoalTarget(RiskMetric metric)
{
    switch (metricKind(metric)) {
    case MetricKind::Money:
        return 0.0;
    case MetricKind::Share:
        return metric == RiskMetric::AverageUtilization || metric == RiskMetric::RackingRate ? 0.7 : 0.08;
    case MetricKind::Years:
        return 8.0;
    }
    return 0.0;
}

} // namespace suanpan
