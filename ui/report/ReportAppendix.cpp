// The report's closing sections: risk, public support and compliance, assumptions, the comparison of
// scenarios, the assumption log and the methodology appendix.

#include "ReportWriter.h"

#include "model/FieldInfo.h"
#include "report/Kpis.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

QString metricText(const ReportWriter& w, RiskMetric metric, double value)
{
    switch (metricKind(metric)) {
    case MetricKind::Money:
        return w.money(value);
    case MetricKind::Share:
        return w.percent(value);
    case MetricKind::Years:
        return w.number(value, 1);
    }
    return {};
}

void riskCharts(ReportWriter& w, const RiskResults& risk)
{
    if (const OutputDistribution* npv = risk.output(RiskMetric::NpvAfterTax)) {
        ReportChart histogram{
            ReportChart::Kind::Bars,
            QCoreApplication::translate("Report", "Distribution of the NPV after tax (trials per bin)"),
            QString(),
            {},
            {{QCoreApplication::translate("Report", "Trials"), {}, QColor(0x1f, 0x77, 0xb4)}}};
        for (const HistogramBin& bin : npv->histogram) {
            histogram.labels.append(w.money((bin.lower + bin.upper) / 2));
            histogram.series[0].values.push_back(static_cast<double>(bin.count));
        }
        histogram.heightRatio = 0.35;
        w.chart(histogram);
    }
    const FanChart& fan = risk.utilization;
    ReportChart chart{ReportChart::Kind::Lines,
                      QCoreApplication::translate("Report", "Utilization: P10, P50 and P90 of the trials"),
                      QString(),
                      {},
                      {}};
    chart.percentAxis = true;
    for (const int year : fan.calendarYears) {
        chart.labels.append(QString::number(year));
    }
    chart.series = {{QCoreApplication::translate("Report", "P10"), fan.p10, QColor(0xd6, 0x27, 0x28), true},
                    {QCoreApplication::translate("Report", "P50"), fan.p50, QColor(0x1f, 0x77, 0xb4)},
                    {QCoreApplication::translate("Report", "P90"), fan.p90, QColor(0x2c, 0xa0, 0x2c), true}};
    chart.heightRatio = 0.35;
    w.chart(chart);
}

} // namespace

namespace ReportSections {

void risk(ReportWriter& w, const ScenarioStudy& s)
{
    if (!s.risk) {
        return;
    }
    const RiskResults& risk = *s.risk;
    w.heading(QCoreApplication::translate("Report", "Risk analysis"), 2);
    if (s.riskFromPresets) {
        const int trials = static_cast<int>(risk.trials); // a plain name: lupdate misreads a cast as the count
        w.paragraph(QCoreApplication::translate("Report",
                                                "The scenario names no uncertain inputs, so this analysis draws the "
                                                "shipped uncertainty presets (methodology §12): %n trial(s).",
                                                nullptr, trials));
    }
    const HeadlineRisks& h = risk.headline;
    w.table(
        {QCoreApplication::translate("Report", "Headline risk"), QCoreApplication::translate("Report", "Probability")},
        {{QCoreApplication::translate("Report", "Average utilization below %1")
              .arg(w.percent(h.utilizationThreshold, 0)),
          w.percent(h.probabilityUtilizationBelow)},
         {QCoreApplication::translate("Report", "NPV after tax below zero"), w.percent(h.probabilityNpvNegative)},
         {QCoreApplication::translate("Report", "No payback within the horizon"), w.percent(h.probabilityNoPayback)},
         {QCoreApplication::translate("Report", "No IRR"), w.percent(h.probabilityNoIrr)}},
        {false, true},
        QCoreApplication::translate("Report", "Monte Carlo analysis of %1 trials (seed %2)")
            .arg(risk.trials)
            .arg(risk.settings.seed));
    std::vector<QStringList> rows;
    const QString none = QCoreApplication::translate("Report", "n/a");
    for (const OutputDistribution& o : risk.outputs) {
        // The percentiles are over the trials that have a value (a payback within the horizon, an IRR).
        auto stat = [&](double value) { return o.count == 0 ? none : metricText(w, o.metric, value); };
        QString name = displayName(o.metric);
        if (o.missing > 0) {
            const double share = static_cast<double>(o.missing) / static_cast<double>(o.count + o.missing);
            name = QCoreApplication::translate("Report", "%1 (none in %2 of the trials)").arg(name, w.percent(share));
        }
        rows.push_back({name, stat(o.p10), stat(o.p50), stat(o.p90), stat(o.mean),
                        o.deterministicMissing ? none : metricText(w, o.metric, o.deterministic)});
    }
    w.table({QCoreApplication::translate("Report", "Outcome (money in %1)").arg(w.moneyUnit()),
             QCoreApplication::translate("Report", "P10"), QCoreApplication::translate("Report", "P50"),
             QCoreApplication::translate("Report", "P90"), QCoreApplication::translate("Report", "Mean"),
             QCoreApplication::translate("Report", "As planned")},
            rows, {false, true, true, true, true, true},
            QCoreApplication::translate("Report", "Distributions of the outcomes"));
    riskCharts(w, risk);
}

void publicSupport(ReportWriter& w, const ScenarioStudy& s)
{
    const Summary& m = s.results.summary;
    w.heading(QCoreApplication::translate("Report", "Subsidies, public ledger and compliance"), 2);
    std::vector<QStringList> subsidies;
    for (const SubsidyOutcome& o : s.results.subsidies) {
        subsidies.push_back({o.name,
                             o.granted ? QCoreApplication::translate("Report", "granted")
                                       : QCoreApplication::translate("Report", "not granted"),
                             w.money(o.eligibleBaseCny), w.money(o.amountCny),
                             o.paymentYear > 0 ? QString::number(o.paymentYear) : QString()});
    }
    if (!subsidies.empty()) {
        w.table({QCoreApplication::translate("Report", "Capex subsidy"),
                 QCoreApplication::translate("Report", "Outcome"),
                 QCoreApplication::translate("Report", "Eligible base"),
                 QCoreApplication::translate("Report", "Amount"), QCoreApplication::translate("Report", "Paid in")},
                subsidies, {false, false, true, true, true},
                QCoreApplication::translate("Report", "Capex subsidies (%1)").arg(w.moneyUnit()));
    }
    std::vector<QStringList> ledger{
        {QCoreApplication::translate("Report", "Capex subsidies"), w.moneyText(m.capexSubsidyCny)},
        {QCoreApplication::translate("Report", "Electricity subsidy"), w.moneyText(m.electricitySubsidyCny)},
        {QCoreApplication::translate("Report", "Interest subsidy"), w.moneyText(m.interestSubsidyCny)},
        {QCoreApplication::translate("Report", "Compute vouchers"), w.moneyText(m.voucherSpendCny)},
        {QCoreApplication::translate("Report", "Public cost"), w.moneyText(m.publicCostCny)},
        {QCoreApplication::translate("Report", "Public cost, present value"), w.moneyText(m.publicCostPvCny)},
        {QCoreApplication::translate("Report", "Private investment"), w.moneyText(m.privateInvestmentCny)},
        {QCoreApplication::translate("Report", "Private CNY per public CNY"), w.optional(m.leverage, false, 1)},
        {QCoreApplication::translate("Report", "Taxes paid (income tax)"), w.moneyText(m.taxesPaidCny)}};
    if (m.subsidyClawbackCny > 0) {
        ledger.push_back({QCoreApplication::translate("Report", "Capex subsidies paid back under clawbacks (deducted)"),
                          w.moneyText(m.subsidyClawbackCny)});
    }
    for (const PayerAmount& payer : m.payers) {
        ledger.push_back(
            {QCoreApplication::translate("Report", "Paid by %1").arg(payer.payer), w.moneyText(payer.amountCny)});
    }
    w.table({QCoreApplication::translate("Report", "Public ledger"), QCoreApplication::translate("Report", "Amount")},
            ledger, {false, true});
    std::vector<QStringList> compliance;
    for (const ComplianceItem& c : s.results.compliance) {
        const QString status = !c.applies ? QCoreApplication::translate("Report", "does not apply")
                               : c.met    ? QCoreApplication::translate("Report", "met")
                               : c.kind == ComplianceKind::Target
                                   ? QCoreApplication::translate("Report", "target missed")
                                   : QCoreApplication::translate("Report", "not met");
        compliance.push_back({c.subsidy, c.condition, status, c.detail});
    }
    if (!compliance.empty()) {
        w.table({QCoreApplication::translate("Report", "Subsidy or rule"),
                 QCoreApplication::translate("Report", "Condition"), QCoreApplication::translate("Report", "Status"),
                 QCoreApplication::translate("Report", "Detail")},
                compliance, {},
                QCoreApplication::translate("Report", "Conditions of the subsidies, and the national and hub rules "
                                                      "where the center stands (sources: methodology §8.3)"));
    }
}

void assumptions(ReportWriter& w, const ScenarioStudy& s)
{
    w.heading(QCoreApplication::translate("Report", "Assumptions"), 2);
    std::vector<QStringList> rows;
    QString previousSource;
    for (const Assumption& a : StudyPipeline::assumptions(s.scenario)) {
        const QString unit = a.spec != nullptr ? unitText(*a.spec) : QString();
        QString source = StudyPipeline::originName(a.origin);
        if (a.estimate) {
            source = QCoreApplication::translate("Report", "%1, estimate").arg(source);
        }
        if (!a.source.isEmpty()) {
            source +=
                QStringLiteral(": ") + a.source + (a.asOf.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.asOf));
        }
        // A run of inputs from one source (twelve monthly temperatures) prints it once.
        const QString shown = source == previousSource ? QCoreApplication::translate("Report", "as above") : source;
        previousSource = source;
        // The input by its label (the workbook keeps the paths). A path without one gets a zero-width space after
        // each dot, so that it wraps between its parts, not inside a name.
        QString input = fieldPlace(a.path);
        if (input == a.path) {
            input.replace(QLatin1Char('.'), QStringLiteral(".\u200B"));
        }
        rows.push_back({input, numberText(a.value), unit, shown});
    }
    w.table({QCoreApplication::translate("Report", "Input"), QCoreApplication::translate("Report", "Value"),
             QCoreApplication::translate("Report", "Unit"), QCoreApplication::translate("Report", "Source")},
            rows, {false, true, false, false},
            QCoreApplication::translate("Report", "Every number the evaluation read"), {30, 10, 9, 51});
}

void comparison(ReportWriter& w, const Study& study)
{
    if (study.scenarios.size() < 2) {
        return;
    }
    w.heading(QCoreApplication::translate("Report", "Comparison of the scenarios"));
    QStringList headers{QCoreApplication::translate("Report", "Figure")};
    std::vector<bool> numeric{false};
    for (const ScenarioStudy& s : study.scenarios) {
        headers.append(s.name);
        numeric.push_back(true);
    }
    std::vector<QStringList> rows;
    for (const Kpi& kpi : compareKpis()) {
        QStringList row{kpi.translatedLabel()};
        for (const ScenarioStudy& s : study.scenarios) {
            row.append(kpi.formatted(s.results, s.analysis, w.locale()));
        }
        rows.push_back(row);
    }
    w.table(headers, rows, numeric);
}

void assumptionLog(ReportWriter& w, const Study& study)
{
    if (study.log.empty()) {
        return;
    }
    w.heading(QCoreApplication::translate("Report", "Assumption log"));
    std::vector<QStringList> rows;
    for (const AssumptionLogEntry& e : study.log) {
        rows.push_back({w.locale().toString(e.time.toLocalTime(), QLocale::ShortFormat), e.scenario,
                        e.fieldPath.isEmpty() ? QCoreApplication::translate("Report", "(whole scenario)")
                                              : fieldPlace(e.fieldPath),
                        e.oldValue.left(60), e.newValue.left(60), e.note});
    }
    w.table({QCoreApplication::translate("Report", "Time"), QCoreApplication::translate("Report", "Scenario"),
             QCoreApplication::translate("Report", "Input"), QCoreApplication::translate("Report", "Before"),
             QCoreApplication::translate("Report", "After"), QCoreApplication::translate("Report", "Note")},
            rows, {}, QCoreApplication::translate("Report", "Every recorded change of an assumption"));
}

} // namespace ReportSections

} // namespace suanpan
