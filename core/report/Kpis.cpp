#include "Kpis.h"

#include "report/NumberFormat.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

using F = Kpi::Format;

std::optional<double> some(double value)
{
    return value;
}

#define FIGURE(expression)                                                                                             \
    [](const Results& r, const Analysis& a) -> std::optional<double> {                                                 \
        (void)r;                                                                                                       \
        (void)a;                                                                                                       \
        return expression;                                                                                             \
    }
#define REASON(expression)                                                                                             \
    [](const Results& r, const Analysis& a) -> QString {                                                               \
        (void)r;                                                                                                       \
        (void)a;                                                                                                       \
        return expression;                                                                                             \
    }

const Kpi kCapex{
    "capex",
    QT_TRANSLATE_NOOP("Kpi", "Capex"),
    QT_TRANSLATE_NOOP("Kpi", "Initial investment: facility, IT, land, soft costs and contingency (refresh excluded)."),
    F::Money,
    false,
    FIGURE(some(r.summary.initialCapexCny)),
    nullptr};
const Kpi kOpex{
    "opex",
    QT_TRANSLATE_NOOP("Kpi", "Opex / yr"),
    QT_TRANSLATE_NOOP("Kpi", "Average annual operating cost of the full operating years (depreciation excluded)."),
    F::Money,
    false,
    FIGURE(some(r.summary.averageAnnualOpexCny)),
    nullptr};
const Kpi kNpv{"npv",
               QT_TRANSLATE_NOOP("Kpi", "NPV"),
               QT_TRANSLATE_NOOP("Kpi", "Project NPV after income tax at the scenario's discount rate."),
               F::Money,
               true,
               FIGURE(some(r.summary.npvAfterTaxCny)),
               nullptr};
const Kpi kIrr{"irr",
               QT_TRANSLATE_NOOP("Kpi", "IRR"),
               QT_TRANSLATE_NOOP("Kpi", "Project IRR after income tax (项目投资财务内部收益率，所得税后)."),
               F::Percent,
               true,
               FIGURE(r.summary.projectIrrAfterTax.value),
               REASON(r.summary.projectIrrAfterTax.reason)};
const Kpi kPayback{"payback",
                   QT_TRANSLATE_NOOP("Kpi", "Payback"),
                   QT_TRANSLATE_NOOP("Kpi", "Static payback period counted from the start of construction."),
                   F::Years,
                   false,
                   FIGURE(r.summary.paybackYears.value),
                   REASON(r.summary.paybackYears.reason)};
const Kpi kUtilization{"utilization",
                       QT_TRANSLATE_NOOP("Kpi", "Utilization"),
                       QT_TRANSLATE_NOOP("Kpi", "Average share of installed card-hours used over the operating years."),
                       F::Percent,
                       true,
                       FIGURE(some(r.summary.averageUtilization)),
                       nullptr};
const Kpi kRacking{
    "racking",
    QT_TRANSLATE_NOOP("Kpi", "Racking rate"),
    QT_TRANSLATE_NOOP("Kpi", "Filled rack positions over built ones (上架率) once every card is deployed."),
    F::Percent,
    true,
    FIGURE(some(r.summary.rackingRateAtFullDeployment)),
    nullptr};
const Kpi kPue{
    "pue",
    QT_TRANSLATE_NOOP("Kpi", "PUE"),
    QT_TRANSLATE_NOOP("Kpi", "Average PUE over the horizon (facility energy over IT energy); worse at low load."),
    F::Ratio,
    false,
    FIGURE(some(r.summary.averagePue)),
    nullptr};
const Kpi kEnergy{"energy",
                  QT_TRANSLATE_NOOP("Kpi", "Energy / yr"),
                  QT_TRANSLATE_NOOP("Kpi", "Facility electricity per operating year."),
                  F::Energy,
                  false,
                  FIGURE(some(r.summary.annualEnergyMwh)),
                  nullptr};
const Kpi kCo2{"co2",
               QT_TRANSLATE_NOOP("Kpi", "CO2 / yr"),
               QT_TRANSLATE_NOOP("Kpi", "Location-based emissions per operating year (grid emission factor)."),
               F::Tonnes,
               false,
               FIGURE(some(r.summary.annualCo2Tonnes)),
               nullptr};
const Kpi kPublic{
    "publicCost",
    QT_TRANSLATE_NOOP("Kpi", "Public cost"),
    QT_TRANSLATE_NOOP("Kpi", "Capex, electricity and interest subsidies plus vouchers paid over the horizon."),
    F::Money,
    false,
    FIGURE(some(r.summary.publicCostCny)),
    nullptr};
const Kpi kEquityIrr{"equityIrr",
                     QT_TRANSLATE_NOOP("Kpi", "Equity IRR"),
                     QT_TRANSLATE_NOOP("Kpi", "IRR of the equity cash flows (资本金财务内部收益率)."),
                     F::Percent,
                     true,
                     FIGURE(r.summary.equityIrr.value),
                     REASON(r.summary.equityIrr.reason)};
const Kpi kBreakEven{"breakEvenUtilization",
                     QT_TRANSLATE_NOOP("Kpi", "Break-even utilization"),
                     QT_TRANSLATE_NOOP("Kpi", "Constant utilization at which the NPV after tax is zero."),
                     F::Percent,
                     false,
                     FIGURE(a.breakEvenUtilization.value),
                     REASON(a.breakEvenUtilization.reason)};
const Kpi kRevenue{"revenue",
                   QT_TRANSLATE_NOOP("Kpi", "Revenue / yr"),
                   QT_TRANSLATE_NOOP("Kpi", "Average annual revenue of the full operating years."),
                   F::Money,
                   true,
                   FIGURE(some(r.summary.averageAnnualRevenueCny)),
                   nullptr};
const Kpi kLcoc{"lcoc",
                QT_TRANSLATE_NOOP("Kpi", "Cost per used card-hour"),
                QT_TRANSLATE_NOOP("Kpi", "Levelized cost per card-hour actually used (CNY)."),
                F::Ratio,
                false,
                FIGURE(r.summary.lcocPerUsedCardHour.value),
                REASON(r.summary.lcocPerUsedCardHour.reason)};
const Kpi kNpvWithout{"npvWithoutPolicies",
                      QT_TRANSLATE_NOOP("Kpi", "NPV without support"),
                      QT_TRANSLATE_NOOP("Kpi", "NPV after tax with no subsidy, voucher or interest support."),
                      F::Money,
                      true,
                      FIGURE(some(a.npvWithoutPoliciesCny)),
                      nullptr};

#undef FIGURE
#undef REASON

} // namespace

QString Kpi::translatedLabel() const
{
    return QCoreApplication::translate("Kpi", label);
}
QString Kpi::translatedTooltip() const
{
    return QCoreApplication::translate("Kpi", tooltip);
}

QString Kpi::format(Format kind, double value, const QLocale& locale)
{
    switch (kind) {
    case F::Money:
        return NumberFormat::money(value, locale);
    case F::Percent:
        return NumberFormat::percent(value, locale);
    case F::Years:
        return QCoreApplication::translate("Kpi", "%1 yr").arg(NumberFormat::number(value, locale, 1));
    case F::Ratio:
        return NumberFormat::number(value, locale, 2);
    case F::Energy:
        return value >= 1e5
                   ? QCoreApplication::translate("Kpi", "%1 GWh").arg(NumberFormat::number(value / 1000, locale, 0))
                   : QCoreApplication::translate("Kpi", "%1 MWh").arg(NumberFormat::number(value, locale, 0));
    case F::Tonnes:
        return QCoreApplication::translate("Kpi", "%1 t").arg(NumberFormat::number(value, locale, 0));
    }
    return {};
}

QString Kpi::formatted(const Results& results, const Analysis& analysis, const QLocale& locale) const
{
    const std::optional<double> v = value(results, analysis);
    if (v) {
        return format(kind, *v, locale);
    }
    return QCoreApplication::translate("Kpi", "n/a");
}

const std::vector<Kpi>& stripKpis()
{
    static const std::vector<Kpi> kpis{kCapex,   kOpex, kNpv,    kIrr, kPayback, kUtilization,
                                       kRacking, kPue,  kEnergy, kCo2, kPublic};
    return kpis;
}

const std::vector<Kpi>& compareKpis()
{
    static const std::vector<Kpi> kpis{kCapex,     kOpex,    kRevenue,     kNpv,       kNpvWithout, kIrr,
                                       kEquityIrr, kPayback, kUtilization, kBreakEven, kRacking,    kPue,
                                       kLcoc,      kEnergy,  kCo2,         kPublic};
    return kpis;
}

} // namespace suanpan
