// The report's methodology appendix: the method in brief, with the sections of docs/methodology.md that
// give each formula and its sources.

#include "ReportWriter.h"

#include <QCoreApplication>

namespace suanpan::ReportSections {

void methodology(ReportWriter& w)
{
    w.heading(QCoreApplication::translate("Report", "Appendix: methodology"));
    const char* const paragraphs[] = {
        QT_TRANSLATE_NOOP("Report",
                          "Suanpan simulates the center month by month over the horizon. Cards are installed as the "
                          "chip mix says, in rack positions that the facility phases build; a card needs a rack "
                          "position whose design power covers its server (methodology §2, §4, §7)."),
        QT_TRANSLATE_NOOP("Report",
                          "Demand: each segment's market grows as its forecast says; the center captures its share "
                          "after a linear ramp. Revenue contracts reserve capacity first at their own prices; the rest "
                          "is sold at the market price of each chip, which falls as the chip ages and as new "
                          "generations arrive (§7.13)."),
        QT_TRANSLATE_NOOP(
            "Report",
            "Utilization is card-hours used over card-hours installed. Energy follows the IT load and "
            "the cooling technology's PUE curve with the region's monthly temperatures; carbon uses the "
            "grid's emission factor (location-based) and the green-power share (market-based) (§7.10, §7.11)."),
        QT_TRANSLATE_NOOP("Report",
                          "Costs: the investment of each item when it is built or bought, refreshes at the end of each "
                          "card's economic life, operating costs per item with escalation, VAT when prices include it "
                          "(§4, §7.12, §9.1)."),
        QT_TRANSLATE_NOOP(
            "Report", "Finance follows the NDRC method (建设项目经济评价方法与参数, 第三版): yearly cash flows at the "
                      "end of each year, straight-line depreciation to the residual share, income tax with losses "
                      "carried forward, the project view before and after the adjusted income tax, the equity view "
                      "with the debt's drawdown, interest and repayment (§5, §9)."),
        QT_TRANSLATE_NOOP("Report",
                          "NPV discounts the yearly flows at the benchmark rate, the first project year by one period; "
                          "IRR is the rate at which NPV is zero; payback is counted from construction start, "
                          "interpolated within the year the cumulative flow turns positive (§9.4)."),
        QT_TRANSLATE_NOOP("Report",
                          "Break-even utilization: the constant utilization at which the after-tax NPV is zero, found "
                          "with TOMS 748. Sensitivity: each factor's inputs moved together by −20 % … +20 %; the "
                          "coefficient and the switching value are those of the NDRC method (§10.1, §13.1)."),
        QT_TRANSLATE_NOOP(
            "Report", "Public support: capex subsidies when their conditions (scale, PUE, racking, domestic share) "
                      "are met, electricity and interest subsidies, and compute vouchers whose budget, coverage and "
                      "elasticity bring in demand; the public ledger sums what each payer spends (§8, §9.8)."),
        QT_TRANSLATE_NOOP("Report",
                          "Risk: a Monte Carlo analysis draws the uncertain inputs (Sobol or Latin hypercube sampling "
                          "with rank correlation) and the risk events, and reports distributions, headline "
                          "probabilities and fan charts (§12)."),
        QT_TRANSLATE_NOOP("Report",
                          "Traffic lights of the summary: utilization is green when the expected utilization is at "
                          "least 10 points above the break-even, amber when above it, red otherwise; payback is green "
                          "within half the horizon, amber within it; public cost is green with 5 CNY or more invested "
                          "privately per public CNY, amber from 2 (§13.2)."),
    };
    for (const char* paragraph : paragraphs) {
        w.paragraph(QCoreApplication::translate("Report", paragraph));
    }
}

} // namespace suanpan::ReportSections
