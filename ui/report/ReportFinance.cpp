// The report's financial sections: the feasibility study's tables (建设项目经济评价方法与参数, 第三版), its
// indicators and the sensitivity analysis. Years are rows here (the book prints them as columns), so that a
// fifteen-year horizon fits an A4 page.

#include "ReportWriter.h"

#include <QCoreApplication>

#include <functional>

namespace suanpan {

namespace {

using Column = std::function<double(const YearResult&, bool last)>;

/// A table with one row per year, one column per figure (money in the table unit) and a total row.
void yearTable(ReportWriter& w, const Results& r, const QString& caption, const QStringList& headers,
               const std::vector<Column>& columns, const std::vector<bool>& totalled)
{
    std::vector<QStringList> rows;
    std::vector<double> totals(columns.size(), 0.0);
    for (std::size_t y = 0; y < r.years.size(); ++y) {
        QStringList row{QString::number(r.years[y].calendarYear)};
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double value = columns[c](r.years[y], y + 1 == r.years.size());
            totals[c] += value;
            row.append(w.money(value));
        }
        rows.push_back(row);
    }
    QStringList total{QCoreApplication::translate("Report", "Total")};
    for (std::size_t c = 0; c < columns.size(); ++c) {
        total.append(c < totalled.size() && !totalled[c] ? QString() : w.money(totals[c]));
    }
    rows.push_back(total);
    std::vector<bool> numeric(columns.size() + 1, true);
    numeric[0] = false;
    w.table(QStringList{QCoreApplication::translate("Report", "Year")} + headers, rows, numeric,
            caption + QStringLiteral(" (%1)").arg(w.moneyUnit()));
}

double vatOut(const YearResult& y)
{
    return y.vatPaid + y.vatSurcharges;
}

void projectCashFlow(ReportWriter& w, const Results& r)
{
    yearTable(
        w, r, QCoreApplication::translate("Report", "Project investment cash flow (项目投资现金流量表)"),
        {QCoreApplication::translate("Report", "Revenue"), QCoreApplication::translate("Report", "Capex subsidy"),
         QCoreApplication::translate("Report", "Residual value"), QCoreApplication::translate("Report", "Investment"),
         QCoreApplication::translate("Report", "Operating cost"),
         QCoreApplication::translate("Report", "VAT and surcharges"),
         QCoreApplication::translate("Report", "Net before tax"),
         QCoreApplication::translate("Report", "Adjusted income tax"),
         QCoreApplication::translate("Report", "Net after tax"),
         QCoreApplication::translate("Report", "Cumulative after tax")},
        {[](const YearResult& y, bool) { return y.revenue; }, [](const YearResult& y, bool) { return y.capexSubsidy; },
         [](const YearResult& y, bool) { return y.residualValue; },
         [](const YearResult& y, bool) { return y.capexTotal; }, [](const YearResult& y, bool) { return y.opexTotal; },
         [](const YearResult& y, bool) { return vatOut(y); },
         [](const YearResult& y, bool) { return y.projectCashFlowBeforeTax; },
         [](const YearResult& y, bool) { return y.adjustedTax; },
         [](const YearResult& y, bool) { return y.projectCashFlowAfterTax; },
         [](const YearResult& y, bool) { return y.cumulativeProjectCashFlow; }},
        {true, true, true, true, true, true, true, true, true, false});
}

void equityCashFlow(ReportWriter& w, const Results& r)
{
    yearTable(
        w, r, QCoreApplication::translate("Report", "Equity cash flow (项目资本金现金流量表)"),
        {QCoreApplication::translate("Report", "Revenue"), QCoreApplication::translate("Report", "Subsidies"),
         QCoreApplication::translate("Report", "Residual value"),
         QCoreApplication::translate("Report", "Equity invested"),
         QCoreApplication::translate("Report", "Principal repaid"), QCoreApplication::translate("Report", "Interest"),
         QCoreApplication::translate("Report", "Operating cost"),
         QCoreApplication::translate("Report", "VAT and surcharges"),
         QCoreApplication::translate("Report", "Income tax"), QCoreApplication::translate("Report", "Net equity flow")},
        {[](const YearResult& y, bool) { return y.revenue; },
         [](const YearResult& y, bool) { return y.capexSubsidy + y.interestSubsidy; },
         [](const YearResult& y, bool) { return y.residualValue; },
         [](const YearResult& y, bool) { return y.capexTotal - y.debtDrawdown; },
         [](const YearResult& y, bool last) { return y.principal + (last ? y.debtBalance : 0.0); },
         [](const YearResult& y, bool) { return y.interest; }, [](const YearResult& y, bool) { return y.opexTotal; },
         [](const YearResult& y, bool) { return vatOut(y); }, [](const YearResult& y, bool) { return y.tax; },
         [](const YearResult& y, bool) { return y.equityCashFlow; }},
        {});
}

void profitTable(ReportWriter& w, const Results& r)
{
    yearTable(
        w, r, QCoreApplication::translate("Report", "Profit and profit distribution (利润与利润分配表)"),
        {QCoreApplication::translate("Report", "Revenue net of VAT"),
         QCoreApplication::translate("Report", "Operating cost net of VAT"),
         QCoreApplication::translate("Report", "Surcharges"), QCoreApplication::translate("Report", "EBITDA"),
         QCoreApplication::translate("Report", "Depreciation"), QCoreApplication::translate("Report", "EBIT"),
         QCoreApplication::translate("Report", "Interest net of subsidy"),
         QCoreApplication::translate("Report", "Total profit"), QCoreApplication::translate("Report", "Income tax"),
         QCoreApplication::translate("Report", "Net profit")},
        {[](const YearResult& y, bool) { return y.revenue - y.outputVat; },
         [](const YearResult& y, bool) { return y.revenue - y.outputVat - y.vatSurcharges - y.ebitda; },
         [](const YearResult& y, bool) { return y.vatSurcharges; }, [](const YearResult& y, bool) { return y.ebitda; },
         [](const YearResult& y, bool) { return y.depreciation; }, [](const YearResult& y, bool) { return y.ebit; },
         [](const YearResult& y, bool) { return y.interest - y.interestSubsidy; },
         [](const YearResult& y, bool) { return y.ebit - (y.interest - y.interestSubsidy); },
         [](const YearResult& y, bool) { return y.tax; }, [](const YearResult& y, bool) { return y.netProfit; }},
        {});
}

void financialPlan(ReportWriter& w, const Results& r)
{
    auto operating = [](const YearResult& y, bool) {
        return y.revenue - y.opexTotal - vatOut(y) - y.tax + y.capexSubsidy + y.interestSubsidy;
    };
    auto investing = [](const YearResult& y, bool) { return y.residualValue - y.capexTotal; };
    auto financing = [](const YearResult& y, bool last) {
        return y.capexTotal - y.debtDrawdown + y.debtDrawdown - y.interest - y.principal - (last ? y.debtBalance : 0.0);
    };
    double cumulative = 0;
    auto net = [=](const YearResult& y, bool last) {
        return operating(y, last) + investing(y, last) + financing(y, last);
    };
    yearTable(w, r, QCoreApplication::translate("Report", "Financial-plan cash flow (财务计划现金流量表)"),
              {QCoreApplication::translate("Report", "Operating activities"),
               QCoreApplication::translate("Report", "Investing activities"),
               QCoreApplication::translate("Report", "Financing activities"),
               QCoreApplication::translate("Report", "Net cash flow"),
               QCoreApplication::translate("Report", "Cumulative surplus")},
              {operating, investing, financing, net,
               [net, cumulative](const YearResult& y, bool last) mutable { return cumulative += net(y, last); }},
              {true, true, true, true, false});
    w.paragraph(QCoreApplication::translate(
        "Report", "Financing activities: the equity that pays the investment not borrowed, the debt drawn, less "
                  "interest and principal (the debt left at the horizon repaid in its last year)."));
}

void debtSchedule(ReportWriter& w, const Results& r)
{
    bool anyDebt = false;
    for (const YearResult& y : r.years) {
        anyDebt = anyDebt || y.debtDrawdown > 0 || y.debtBalance > 0;
    }
    if (!anyDebt) {
        w.paragraph(QCoreApplication::translate(
            "Report", "Debt repayment schedule (借款还本付息计划表): the scenario borrows nothing."));
        return;
    }
    std::vector<QStringList> rows;
    double opening = 0;
    for (std::size_t i = 0; i < r.years.size(); ++i) {
        const YearResult& y = r.years[i];
        const bool last = i + 1 == r.years.size();
        auto ratio = [&w](const std::optional<double>& v) { return v ? w.number(*v, 2) : QStringLiteral("–"); };
        rows.push_back({QString::number(y.calendarYear), w.money(opening), w.money(y.debtDrawdown), w.money(y.interest),
                        w.money(y.interestSubsidy), w.money(y.principal + (last ? y.debtBalance : 0.0)),
                        w.money(last ? 0.0 : y.debtBalance), ratio(y.debtServiceCoverage), ratio(y.interestCoverage)});
        opening = y.debtBalance;
    }
    w.table(
        {QCoreApplication::translate("Report", "Year"), QCoreApplication::translate("Report", "Opening balance"),
         QCoreApplication::translate("Report", "Drawn"), QCoreApplication::translate("Report", "Interest"),
         QCoreApplication::translate("Report", "Interest subsidy"), QCoreApplication::translate("Report", "Principal"),
         QCoreApplication::translate("Report", "Closing balance"), QCoreApplication::translate("Report", "DSCR"),
         QCoreApplication::translate("Report", "ICR")},
        rows, {false, true, true, true, true, true, true, true, true},
        QCoreApplication::translate("Report", "Debt repayment schedule (借款还本付息计划表) (%1)").arg(w.moneyUnit()));
}

} // namespace

namespace ReportSections {

void financialTables(ReportWriter& w, const ScenarioStudy& s)
{
    w.heading(QCoreApplication::translate("Report", "Financial analysis"), 2);
    projectCashFlow(w, s.results);
    equityCashFlow(w, s.results);
    profitTable(w, s.results);
    financialPlan(w, s.results);
    debtSchedule(w, s.results);
}

void indicators(ReportWriter& w, const ScenarioStudy& s)
{
    const Summary& m = s.results.summary;
    const Analysis& a = s.analysis;
    const double rate = s.scenario.input.finance.discountRate;
    const std::vector<QStringList> rows{
        {QCoreApplication::translate("Report", "Project IRR before income tax"),
         w.optional(m.projectIrrBeforeTax, true)},
        {QCoreApplication::translate("Report", "Project IRR after income tax"), w.optional(m.projectIrrAfterTax, true)},
        {QCoreApplication::translate("Report", "Project NPV before income tax at %1").arg(w.percent(rate)),
         w.moneyText(m.npvBeforeTaxCny)},
        {QCoreApplication::translate("Report", "Project NPV after income tax at %1").arg(w.percent(rate)),
         w.moneyText(m.npvAfterTaxCny)},
        {QCoreApplication::translate("Report", "Equity IRR"), w.optional(m.equityIrr, true)},
        {QCoreApplication::translate("Report", "Equity NPV"), w.moneyText(m.equityNpvCny)},
        {QCoreApplication::translate("Report", "Payback from construction start (years, after tax)"),
         w.optional(m.paybackYears, false)},
        {QCoreApplication::translate("Report", "Discounted payback (years)"),
         w.optional(m.discountedPaybackYears, false)},
        {QCoreApplication::translate("Report", "Lowest debt service coverage ratio (DSCR)"),
         w.optional(m.minDebtServiceCoverage, false, 2)},
        {QCoreApplication::translate("Report", "Lowest interest coverage ratio (ICR)"),
         w.optional(m.minInterestCoverage, false, 2)},
        {QCoreApplication::translate("Report", "Return on investment (ROI)"), w.percent(m.roi)},
        {QCoreApplication::translate("Report", "Return on equity (ROE)"), w.percent(m.roe)},
        {QCoreApplication::translate("Report", "Break-even utilization"), w.optional(a.breakEvenUtilization, true)},
        {QCoreApplication::translate("Report", "Break-even price (factor on every price)"),
         w.optional(a.breakEvenPriceFactor, false, 2)},
        {QCoreApplication::translate("Report", "NPV after tax without any policy support"),
         w.moneyText(a.npvWithoutPoliciesCny)},
        {QCoreApplication::translate("Report", "IRR after tax without any policy support"),
         w.optional(a.irrWithoutPolicies, true)},
        {QCoreApplication::translate("Report", "Debt-to-asset ratio"),
         QCoreApplication::translate("Report", "not computed: Suanpan keeps no balance sheet")},
    };
    w.table({QCoreApplication::translate("Report", "Indicator"), QCoreApplication::translate("Report", "Value")}, rows,
            {false, true}, QCoreApplication::translate("Report", "Financial indicators"));
}

void sensitivity(ReportWriter& w, const ScenarioStudy& s)
{
    if (s.sensitivity.empty()) {
        return;
    }
    w.heading(QCoreApplication::translate("Report", "Sensitivity analysis"), 2);
    QStringList headers{QCoreApplication::translate("Report", "Factor")};
    for (const double change : kSensitivityChanges) {
        headers.append(QCoreApplication::translate("Report", "IRR at %1%2")
                           .arg(change > 0 ? QStringLiteral("+") : QString(), w.percent(change, 0)));
    }
    headers << QCoreApplication::translate("Report", "Sensitivity coefficient")
            << QCoreApplication::translate("Report", "Switching value");
    std::vector<QStringList> rows;
    for (const SensitivityRow& row : s.sensitivity) {
        QStringList cells{row.factor};
        for (const std::optional<double>& irr : row.irrAfterTax) {
            cells.append(irr ? w.percent(*irr) : QCoreApplication::translate("Report", "n/a"));
        }
        cells << w.optional(row.coefficient, false, 2) << w.optional(row.switchingChange, true);
        rows.push_back(cells);
    }
    w.table(headers, rows, {false, true, true, true, true, true, true},
            QCoreApplication::translate(
                "Report",
                "Sensitivity coefficients (敏感度系数) and switching values (临界点) of the after-tax project IRR"),
            {22, 8, 8, 8, 8, 20, 26});
    w.paragraph(QCoreApplication::translate(
                    "Report",
                    "The coefficient is the relative change of the IRR per relative change of the factor between −10 % "
                    "and +10 %; the switching value is the change of the factor at which the after-tax NPV at the "
                    "benchmark rate (%1) reaches zero.")
                    .arg(w.percent(s.scenario.input.finance.discountRate)));
    ReportChart tornado{
        ReportChart::Kind::Tornado,
        QCoreApplication::translate("Report", "Change of the NPV after tax with each factor at −10 % and +10 %"),
        w.moneyUnit(),
        {},
        {}};
    tornado.valueScale = w.chartMoneyScale();
    tornado.base = s.results.summary.npvAfterTaxCny;
    tornado.heightRatio = 0.35;
    tornado.series = {{QCoreApplication::translate("Report", "−10 %"), {}, QColor(0xd6, 0x27, 0x28)},
                      {QCoreApplication::translate("Report", "+10 %"), {}, QColor(0x1f, 0x77, 0xb4)}};
    for (const SensitivityRow& row : s.sensitivity) {
        tornado.labels.append(row.factor);
        tornado.series[0].values.push_back(row.npvAfterTax[1]);
        tornado.series[1].values.push_back(row.npvAfterTax[2]);
    }
    w.chart(tornado);
}

} // namespace ReportSections

} // namespace suanpan
