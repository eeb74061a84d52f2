// The report's opening sections: cover, executive summary with traffic lights, the proposed center, demand
// and utilization, costs, energy and carbon.

#include "ReportWriter.h"

#include "report/Kpis.h"

#include <QCoreApplication>
#include <QDate>

namespace suanpan {

namespace {

enum class Light { Green, Amber, Red };

struct TrafficLight {
    QString aspect;
    Light light;
    QString reason;
};

QString lightCell(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("<td bgcolor=\"#2e9e4f\" align=\"center\"><font color=\"white\"><b>%1</b></font></td>")
            .arg(QCoreApplication::translate("Report", "Green").toHtmlEscaped());
    case Light::Amber:
        return QStringLiteral("<td bgcolor=\"#e8a317\" align=\"center\"><b>%1</b></td>")
            .arg(QCoreApplication::translate("Report", "Amber").toHtmlEscaped());
    case Light::Red:
        break;
    }
    return QStringLiteral("<td bgcolor=\"#c62828\" align=\"center\"><font color=\"white\"><b>%1</b></font></td>")
        .arg(QCoreApplication::translate("Report", "Red").toHtmlEscaped());
}

/// Utilization risk: the margin of the expected utilization over the break-even utilization (methodology §13.2).
TrafficLight utilizationLight(const ReportWriter& w, const ScenarioStudy& s)
{
    const double average = s.results.summary.averageUtilization;
    const auto& breakEven = s.analysis.breakEvenUtilization.value;
    TrafficLight light{QCoreApplication::translate("Report", "Utilization risk"), Light::Red, {}};
    if (!breakEven) {
        light.reason =
            QCoreApplication::translate("Report", "average utilization %1; no utilization pays back the investment")
                .arg(w.percent(average));
        return light;
    }
    const double margin = average - *breakEven;
    light.light = margin >= 0.10 ? Light::Green : margin >= 0 ? Light::Amber : Light::Red;
    light.reason = QCoreApplication::translate("Report", "average utilization %1 against a break-even of %2")
                       .arg(w.percent(average), w.percent(*breakEven));
    if (s.risk) {
        light.reason += QCoreApplication::translate("Report", "; P(utilization < %1) = %2")
                            .arg(w.percent(s.risk->headline.utilizationThreshold, 0),
                                 w.percent(s.risk->headline.probabilityUtilizationBelow));
    }
    return light;
}

TrafficLight paybackLight(const ReportWriter& w, const ScenarioStudy& s)
{
    const OptionalFigure& payback = s.results.summary.paybackYears;
    const int horizon = s.scenario.input.horizonYears;
    TrafficLight light{QCoreApplication::translate("Report", "Payback"), Light::Red, {}};
    if (!payback.value) {
        light.reason = QCoreApplication::translate("Report", "no payback within the %1-year horizon").arg(horizon);
        return light;
    }
    light.light = *payback.value <= horizon / 2.0 ? Light::Green : Light::Amber;
    light.reason = QCoreApplication::translate("Report", "%1 years from construction start (horizon %2 years)")
                       .arg(w.number(*payback.value, 1))
                       .arg(horizon);
    return light;
}

TrafficLight publicCostLight(const ReportWriter& w, const ScenarioStudy& s)
{
    const Summary& m = s.results.summary;
    TrafficLight light{QCoreApplication::translate("Report", "Public cost"), Light::Green, {}};
    if (m.publicCostCny <= 0) {
        light.reason = QCoreApplication::translate("Report", "no public money");
        return light;
    }
    const double leverage = m.leverage.value.value_or(0.0);
    light.light = leverage >= 5 ? Light::Green : leverage >= 2 ? Light::Amber : Light::Red;
    light.reason = QCoreApplication::translate("Report", "%1 of public money; %2 CNY invested privately per public CNY")
                       .arg(w.moneyText(m.publicCostCny), w.number(leverage, 1));
    return light;
}

} // namespace

namespace ReportSections {

void cover(ReportWriter& w, const Study& study)
{
    const QString title = study.metadata.title.isEmpty() ? Report::headerText(study) : study.metadata.title;
    QString scenarios;
    for (const ScenarioStudy& s : study.scenarios) {
        scenarios += QStringLiteral("<br/>") + s.name.toHtmlEscaped();
    }
    const QString made = w.locale().toString(study.made.toLocalTime().date(), QLocale::LongFormat);
    QString details;
    for (const auto& [label, value] :
         {std::pair{QCoreApplication::translate("Report", "Organization"), study.metadata.organization},
          std::pair{QCoreApplication::translate("Report", "Author"), study.metadata.author},
          std::pair{QCoreApplication::translate("Report", "Date"), made},
          std::pair{QCoreApplication::translate("Report", "Version"),
                    QCoreApplication::translate("Report", "Suanpan %1").arg(study.appVersion)}}) {
        if (!value.isEmpty()) {
            details += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                           .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        }
    }
    w.html(QStringLiteral("<p><br/><br/><br/><br/></p><p style=\"font-size: 24pt; color: #1f3b5a\"><b>%1</b></p>"
                          "<p style=\"font-size: 14pt\">%2</p><p><br/><br/></p><table cellpadding=\"4\">%3"
                          "<tr><td valign=\"top\"><b>%4</b></td><td>%5</td></tr></table>")
               .arg(title.toHtmlEscaped(),
                    QCoreApplication::translate("Report", "Feasibility study of a computing center").toHtmlEscaped(),
                    details, QCoreApplication::translate("Report", "Scenarios").toHtmlEscaped(), scenarios.mid(5)));
    w.paragraph(QCoreApplication::translate(
        "Report", "Figures are computed by Suanpan from the inputs listed in the assumptions section, each with its "
                  "source; catalog figures are marked as such and the user's own figures as overrides."));
}

void summary(ReportWriter& w, const ScenarioStudy& s)
{
    w.heading(QCoreApplication::translate("Report", "%1: executive summary").arg(s.name));
    if (!s.description.isEmpty()) {
        w.paragraph(s.description);
    }
    QString lights = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                                    "style=\"border-collapse: collapse\">");
    for (const TrafficLight& l : {utilizationLight(w, s), paybackLight(w, s), publicCostLight(w, s)}) {
        lights += QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td>%2<td>%3</td></tr>")
                      .arg(l.aspect.toHtmlEscaped(), lightCell(l.light), l.reason.toHtmlEscaped());
    }
    w.html(lights + QStringLiteral("</table>"));
    std::vector<QStringList> rows;
    for (const Kpi& kpi : compareKpis()) {
        rows.push_back({kpi.translatedLabel(), kpi.formatted(s.results, s.analysis, w.locale())});
    }
    w.table({QCoreApplication::translate("Report", "Decision figure"), QCoreApplication::translate("Report", "Value")},
            rows, {false, true}, QCoreApplication::translate("Report", "The decision figures"));
}

void center(ReportWriter& w, const ScenarioStudy& s)
{
    const Scenario& in = s.scenario.input;
    w.heading(QCoreApplication::translate("Report", "The proposed center"), 2);
    std::vector<QStringList> chips;
    for (std::size_t i = 0; i < in.chipMix.size(); ++i) {
        const ChipSpec& chip = s.scenario.chips.at(i);
        chips.push_back({chip.name, w.number(in.chipMix[i].count), w.number(in.chipMix[i].deployMonth),
                         w.number(chip.cardPriceCny / 1e3, 0), w.number(chip.rentalPriceCnyPerCardHour, 2)});
    }
    w.table({QCoreApplication::translate("Report", "Chip"), QCoreApplication::translate("Report", "Cards"),
             QCoreApplication::translate("Report", "Deployed (month)"),
             QCoreApplication::translate("Report", "Card price (k CNY)"),
             QCoreApplication::translate("Report", "Rent (CNY/card·h)")},
            chips, {false, true, true, true, true}, QCoreApplication::translate("Report", "Chip mix"));
    const Summary& m = s.results.summary;
    const bool colocated = in.facility.housing == Housing::Colocation;
    std::vector<QStringList> site{
        {QCoreApplication::translate("Report", "Region"),
         w.locale().language() == QLocale::Chinese && !s.scenario.region.nameZh.isEmpty() ? s.scenario.region.nameZh
                                                                                          : s.scenario.region.name},
        {QCoreApplication::translate("Report", "Housing"), displayName(in.facility.housing)},
        {QCoreApplication::translate("Report", "Design power per rack"),
         QCoreApplication::translate("Report", "%1 kW").arg(w.number(in.racks.designKwPerRack, 1))},
        {QCoreApplication::translate("Report", "Cooling"),
         w.locale().language() == QLocale::Chinese && !s.scenario.cooling.nameZh.isEmpty() ? s.scenario.cooling.nameZh
                                                                                           : s.scenario.cooling.name},
        {QCoreApplication::translate("Report", "Design PUE / average PUE"),
         w.number(m.designPue, 2) + QStringLiteral(" / ") + w.number(m.averagePue, 2)},
        {QCoreApplication::translate("Report", "Peak compute (FP16)"),
         QCoreApplication::translate("Report", "%1 P").arg(w.number(m.peakPflopsFp16, 1))},
        {QCoreApplication::translate("Report", "Racking rate at full deployment"),
         w.percent(m.rackingRateAtFullDeployment)},
        {QCoreApplication::translate("Report", "Green power share"), w.percent(in.power.greenShare)},
        {QCoreApplication::translate("Report", "On-site solar"),
         QCoreApplication::translate("Report", "%1 kWp").arg(w.number(in.power.solarKwp))},
    };
    if (!colocated) {
        for (std::size_t i = 0; i < in.facilityPhases.size(); ++i) {
            const FacilityPhase& p = in.facilityPhases[i];
            site.push_back(
                {QCoreApplication::translate("Report", "Phase %1").arg(i + 1),
                 QCoreApplication::translate("Report", "%1 rack positions, construction from month %2 for %3 months")
                     .arg(p.rackPositions)
                     .arg(p.startMonth)
                     .arg(p.constructionMonths)});
        }
    }
    w.table({QCoreApplication::translate("Report", "Item"), QCoreApplication::translate("Report", "Value")}, site,
            {false, false}, QCoreApplication::translate("Report", "Site, racks, cooling and power"));
}

} // namespace ReportSections

} // namespace suanpan
