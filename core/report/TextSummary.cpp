#include "TextSummary.h"

#include "NumberFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace suanpan {

namespace {

QString moneyOf(double value, const QLocale& locale)
{
    return NumberFormat::money(value, locale);
}
QString percentOf(double value, const QLocale& locale)
{
    return NumberFormat::percent(value, locale);
}
QString yearsOf(double value, const QLocale& locale)
{
    return QCoreApplication::translate("TextSummary", "%1 years").arg(NumberFormat::number(value, locale, 1));
}
QString ratioOf(double value, const QLocale& locale)
{
    return NumberFormat::number(value, locale, 2);
}
QString pricePerHourOf(double value, const QLocale& locale)
{
    return QCoreApplication::translate("TextSummary", "%1 CNY").arg(NumberFormat::number(value, locale, 2));
}

/// Display width: CJK characters take two columns in a terminal.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar ch : text) {
        width += ch.unicode() >= 0x2E80 ? 2 : 1;
    }
    return width;
}

QString padRight(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}
QString padLeft(const QString& text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

class Lines {
public:
    void heading(const QString& text) { m_lines << QString() << text; }
    void row(const QString& label, const QString& value)
    {
        m_lines << QStringLiteral("  ") + padRight(label, 44) + value;
    }
    void line(const QString& text) { m_lines << text; }
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

private:
    QStringList m_lines;
};

void keyFigures(Lines& out, const ResolvedScenario& r, const Results& results, const Analysis& a, const QLocale& l)
{
    const Summary& s = results.summary;
    using NumberFormat::optional;
    out.heading(QCoreApplication::translate("TextSummary", "Key figures"));
    out.row(QCoreApplication::translate("TextSummary", "Initial capex"), moneyOf(s.initialCapexCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Capex over the horizon (with refresh)"),
            moneyOf(s.totalCapexCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Annual opex (average of operating years)"),
            moneyOf(s.averageAnnualOpexCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Annual revenue (average of operating years)"),
            moneyOf(s.averageAnnualRevenueCny, l));
    out.row(QCoreApplication::translate("TextSummary", "NPV after tax at %1")
                .arg(percentOf(r.input.finance.discountRate, l)),
            moneyOf(s.npvAfterTaxCny, l));
    out.row(QCoreApplication::translate("TextSummary", "NPV before tax"), moneyOf(s.npvBeforeTaxCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Project IRR after tax"),
            optional(s.projectIrrAfterTax.value, s.projectIrrAfterTax.reason, l, percentOf));
    out.row(QCoreApplication::translate("TextSummary", "Project IRR before tax"),
            optional(s.projectIrrBeforeTax.value, s.projectIrrBeforeTax.reason, l, percentOf));
    out.row(QCoreApplication::translate("TextSummary", "Equity IRR"),
            optional(s.equityIrr.value, s.equityIrr.reason, l, percentOf));
    out.row(QCoreApplication::translate("TextSummary", "Payback from start of construction"),
            optional(s.paybackYears.value, s.paybackYears.reason, l, yearsOf));
    out.row(QCoreApplication::translate("TextSummary", "Discounted payback"),
            optional(s.discountedPaybackYears.value, s.discountedPaybackYears.reason, l, yearsOf));
    out.row(QCoreApplication::translate("TextSummary", "Installed compute (FP16, peak)"),
            QCoreApplication::translate("TextSummary", "%1 P").arg(NumberFormat::number(s.peakPflopsFp16, l, 1)));
    out.row(QCoreApplication::translate("TextSummary", "Average utilization (card-hours)"),
            percentOf(s.averageUtilization, l));
    out.row(QCoreApplication::translate("TextSummary", "Average utilization (FP16 compute)"),
            percentOf(s.averageComputeUtilization, l));
    out.row(QCoreApplication::translate("TextSummary", "Racking rate at full deployment"),
            percentOf(s.rackingRateAtFullDeployment, l));
    out.row(QCoreApplication::translate("TextSummary", "PUE: design / first full year / average"),
            QStringLiteral("%1 / %2 / %3")
                .arg(ratioOf(s.designPue, l), ratioOf(s.pueAtFullDeployment, l), ratioOf(s.averagePue, l)));
    out.row(QCoreApplication::translate("TextSummary", "Energy per year"),
            QCoreApplication::translate("TextSummary", "%1 MWh").arg(NumberFormat::number(s.annualEnergyMwh, l, 0)));
    out.row(QCoreApplication::translate("TextSummary", "CO2 per year (location-based)"),
            QCoreApplication::translate("TextSummary", "%1 t").arg(NumberFormat::number(s.annualCo2Tonnes, l, 0)));
    out.row(QCoreApplication::translate("TextSummary", "Water per year"),
            QCoreApplication::translate("TextSummary", "%1 m³").arg(NumberFormat::number(s.annualWaterM3, l, 0)));
    out.row(QCoreApplication::translate("TextSummary", "Levelized cost per used PFLOPS-hour (FP16)"),
            optional(s.lcocPerUsedPflopsHour.value, s.lcocPerUsedPflopsHour.reason, l, pricePerHourOf));
    out.row(QCoreApplication::translate("TextSummary", "Levelized cost per used card-hour"),
            optional(s.lcocPerUsedCardHour.value, s.lcocPerUsedCardHour.reason, l, pricePerHourOf));
    out.row(QCoreApplication::translate("TextSummary", "Break-even utilization"),
            optional(a.breakEvenUtilization.value, a.breakEvenUtilization.reason, l, percentOf));
    out.row(QCoreApplication::translate("TextSummary", "Break-even price (× assumed prices)"),
            optional(a.breakEvenPriceFactor.value, a.breakEvenPriceFactor.reason, l, ratioOf));
    out.row(QCoreApplication::translate("TextSummary", "Minimum debt-service coverage"),
            optional(s.minDebtServiceCoverage.value, s.minDebtServiceCoverage.reason, l, ratioOf));
    out.row(QCoreApplication::translate("TextSummary", "NPV without any subsidy or voucher"),
            moneyOf(a.npvWithoutPoliciesCny, l));
}

void publicLedger(Lines& out, const Results& results, const QLocale& l)
{
    const Summary& s = results.summary;
    out.heading(QCoreApplication::translate("TextSummary", "Public ledger"));
    out.row(QCoreApplication::translate("TextSummary", "Capex subsidies paid"), moneyOf(s.capexSubsidyCny, l));
    if (s.subsidyClawbackCny > 0) {
        out.row(QStringLiteral("  ") +
                    QCoreApplication::translate("TextSummary", "paid back under clawbacks (deducted above)"),
                moneyOf(s.subsidyClawbackCny, l));
    }
    for (const PayerAmount& payer : s.payers) {
        out.row(QStringLiteral("  ") + QCoreApplication::translate("TextSummary", "paid by %1").arg(payer.payer),
                moneyOf(payer.amountCny, l));
    }
    out.row(QCoreApplication::translate("TextSummary", "Electricity subsidies paid"),
            moneyOf(s.electricitySubsidyCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Interest subsidies paid"), moneyOf(s.interestSubsidyCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Compute vouchers paid"), moneyOf(s.voucherSpendCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Public cost in total"), moneyOf(s.publicCostCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Public cost per used PFLOPS-hour"),
            NumberFormat::optional(s.publicCostPerUsedPflopsHour.value, s.publicCostPerUsedPflopsHour.reason, l,
                                   pricePerHourOf));
    out.row(QCoreApplication::translate("TextSummary", "Private investment per public CNY"),
            NumberFormat::optional(s.leverage.value, s.leverage.reason, l, ratioOf));
    out.row(QCoreApplication::translate("TextSummary", "GDP effect (multiplier, a promotional estimate)"),
            moneyOf(s.gdpImpactCny, l));
    out.row(QCoreApplication::translate("TextSummary", "Income tax paid (returns to the public purse)"),
            moneyOf(s.taxesPaidCny, l));
    if (s.vatPaidCny > 0 || s.vatCreditLeftCny > 0) {
        out.row(QCoreApplication::translate("TextSummary", "VAT and surcharges paid"), moneyOf(s.vatPaidCny, l));
        out.row(QCoreApplication::translate("TextSummary", "Input VAT never credited"), moneyOf(s.vatCreditLeftCny, l));
    }
}

void compliance(Lines& out, const Results& results, const QLocale& l)
{
    auto itemLine = [&](const ComplianceItem& item) {
        const QString verdict = !item.applies ? QCoreApplication::translate("TextSummary", "n/a")
                                : item.met    ? QCoreApplication::translate("TextSummary", "met")
                                              : QCoreApplication::translate("TextSummary", "missed");
        out.line(QStringLiteral("    [%1] %2 — %3").arg(verdict, item.condition, item.detail));
    };
    if (!results.subsidies.empty()) {
        out.heading(QCoreApplication::translate("TextSummary", "Subsidy conditions"));
    }
    for (const SubsidyOutcome& subsidy : results.subsidies) {
        QString verdict = subsidy.granted ? QCoreApplication::translate("TextSummary", "granted, %1 in project year %2")
                                                .arg(moneyOf(subsidy.amountCny, l))
                                                .arg(subsidy.paymentYear)
                                          : QCoreApplication::translate("TextSummary", "not granted");
        if (subsidy.clawbackYear > 0) {
            verdict += QCoreApplication::translate("TextSummary", "; %1 paid back in project year %2")
                           .arg(moneyOf(subsidy.clawbackCny, l))
                           .arg(subsidy.clawbackYear);
        }
        out.line(QStringLiteral("  %1: %2")
                     .arg(subsidy.name.isEmpty() ? QCoreApplication::translate("TextSummary", "(unnamed subsidy)")
                                                 : subsidy.name,
                          verdict));
        for (const ComplianceItem& item : results.compliance) {
            const bool ofSubsidy =
                item.kind == ComplianceKind::SubsidyCondition || item.kind == ComplianceKind::Clawback;
            if (ofSubsidy && item.subsidy == subsidy.name) {
                itemLine(item);
            }
        }
    }
    bool headed = false;
    for (const ComplianceItem& item : results.compliance) {
        if (item.kind == ComplianceKind::Rule || item.kind == ComplianceKind::Target) {
            if (!headed) {
                out.heading(QCoreApplication::translate("TextSummary", "Rules where the center stands"));
                headed = true;
            }
            out.line(QStringLiteral("  %1%2:").arg(
                item.subsidy, item.kind == ComplianceKind::Target
                                  ? QCoreApplication::translate("TextSummary", " (national target, not binding)")
                                  : QString()));
            itemLine(item);
            out.line(QStringLiteral("      ") +
                     QCoreApplication::translate("TextSummary", "source: %1").arg(item.source));
        }
    }
}

void yearTable(Lines& out, const Results& results, const QLocale& l)
{
    const QString unit = NumberFormat::tableMoneyUnit(l);
    const QStringList headers = {QCoreApplication::translate("TextSummary", "Year"),
                                 QCoreApplication::translate("TextSummary", "Cards"),
                                 QCoreApplication::translate("TextSummary", "P FP16"),
                                 QCoreApplication::translate("TextSummary", "Racking"),
                                 QCoreApplication::translate("TextSummary", "Util."),
                                 QCoreApplication::translate("TextSummary", "PUE"),
                                 QCoreApplication::translate("TextSummary", "MWh"),
                                 QCoreApplication::translate("TextSummary", "Revenue"),
                                 QCoreApplication::translate("TextSummary", "Opex"),
                                 QCoreApplication::translate("TextSummary", "Capex"),
                                 QCoreApplication::translate("TextSummary", "Cash flow"),
                                 QCoreApplication::translate("TextSummary", "Cumulative")};
    const int widths[] = {6, 8, 9, 8, 7, 6, 9, 10, 10, 10, 11, 12};
    out.heading(
        QCoreApplication::translate("TextSummary", "Per year (money in %1; cash flow = project, after tax)").arg(unit));
    QString header;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        header += padLeft(headers.at(i), widths[i]);
    }
    out.line(header);
    for (const YearResult& y : results.years) {
        const QStringList cells = {QString::number(y.calendarYear),
                                   NumberFormat::number(y.cards, l, 0),
                                   NumberFormat::number(y.installedPflopsFp16, l, 1),
                                   NumberFormat::percent(y.rackingRate, l, 0),
                                   NumberFormat::percent(y.utilization, l, 0),
                                   y.pue > 0 ? NumberFormat::number(y.pue, l, 2) : QStringLiteral("–"),
                                   NumberFormat::number(y.facilityMwh, l, 0),
                                   NumberFormat::moneyInTableUnit(y.revenue, l),
                                   NumberFormat::moneyInTableUnit(y.opexTotal, l),
                                   NumberFormat::moneyInTableUnit(y.capexTotal, l),
                                   NumberFormat::moneyInTableUnit(y.projectCashFlowAfterTax, l),
                                   NumberFormat::moneyInTableUnit(y.cumulativeProjectCashFlow, l)};
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += padLeft(cells.at(i), widths[i]);
        }
        out.line(line);
    }
}

} // namespace

QString textSummary(const ResolvedScenario& r, const Results& results, const Analysis& analysis, const QLocale& locale)
{
    Lines out;
    const bool chinese = NumberFormat::isChinese(locale);
    const QString region = chinese && !r.region.nameZh.isEmpty() ? r.region.nameZh : r.region.name;
    const QString cooling = chinese && !r.cooling.nameZh.isEmpty() ? r.cooling.nameZh : r.cooling.name;
    int cards = 0;
    for (const ChipDeployment& chip : r.input.chipMix) {
        cards += chip.count;
    }
    out.line(r.input.name);
    out.line(QCoreApplication::translate("TextSummary", "%1 · %2 · %3 cards · %4 kW racks · %5 years from %6")
                 .arg(region, cooling, NumberFormat::number(cards, locale, 0),
                      NumberFormat::number(r.input.racks.designKwPerRack, locale, 0))
                 .arg(r.input.horizonYears)
                 .arg(r.input.startYear));
    keyFigures(out, r, results, analysis, locale);
    publicLedger(out, results, locale);
    compliance(out, results, locale);
    yearTable(out, results, locale);
    return out.text();
}

} // namespace suanpan
