#pragma once

#include "Report.h"
#include "ReportCharts.h"

#include <QTextCursor>
#include <QTextDocument>

#include <optional>

namespace suanpan {

/**
 * \brief Writes the report's document section by section: headings, paragraphs, tables (as HTML, so that
 * QTextDocument paginates them and repeats their header rows) and charts.
 */
class ReportWriter {
public:
    ReportWriter(QTextDocument& document, const ReportOptions& options);
    /// Ends the writing: the document is laid out from here on.
    void finish();

    const QLocale& locale() const { return m_options.locale; }
    const ReportOptions& options() const { return m_options; }

    /// Level 1 starts a new page.
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text);
    /// Raw HTML (already escaped), e.g. a cover.
    void html(const QString& markup);
    /// A table; `numeric` columns are right-aligned, `widths` (percent of the page, optional) fix the columns'
    /// widths. Cells are plain text (escaped here).
    void table(const QStringList& headers, const std::vector<QStringList>& rows, const std::vector<bool>& numeric = {},
               const QString& caption = {}, const std::vector<int>& widths = {});
    void chart(ReportChart chart);

    // Number formats of the report.
    QString money(double cny) const;     ///< in the table unit (M CNY or 万元), no unit
    QString moneyUnit() const;           ///< "M CNY" or "万元"
    QString moneyText(double cny) const; ///< with its magnitude unit, for prose
    QString percent(double share, int decimals = 1) const;
    QString number(double value, int decimals = 0) const;
    QString optional(const OptionalFigure& figure, bool percent, int decimals = 1) const;
    double chartMoneyScale() const; ///< 1e6 (M CNY) or 1e4 (万元)

private:
    QTextDocument& m_document;
    ReportOptions m_options;
    QTextCursor m_cursor;
    ReportChartObject* m_charts;
};

/// The report's sections (ReportOverview.cpp, ReportFinance.cpp, ReportAppendix.cpp).
namespace ReportSections {
void cover(ReportWriter& w, const Study& study);
void summary(ReportWriter& w, const ScenarioStudy& s);
void center(ReportWriter& w, const ScenarioStudy& s);
void demand(ReportWriter& w, const ScenarioStudy& s);
void costsAndEnergy(ReportWriter& w, const ScenarioStudy& s);
void financialTables(ReportWriter& w, const ScenarioStudy& s);
void indicators(ReportWriter& w, const ScenarioStudy& s);
void sensitivity(ReportWriter& w, const ScenarioStudy& s);
void risk(ReportWriter& w, const ScenarioStudy& s);
void publicSupport(ReportWriter& w, const ScenarioStudy& s);
void assumptions(ReportWriter& w, const ScenarioStudy& s);
void comparison(ReportWriter& w, const Study& study);
void assumptionLog(ReportWriter& w, const Study& study);
void methodology(ReportWriter& w);
} // namespace ReportSections

} // namespace suanpan
