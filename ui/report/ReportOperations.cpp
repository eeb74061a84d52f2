// The report's operating sections: demand and utilization; costs, energy and carbon.

#include "ReportWriter.h"

#include <QCoreApplication>

#include <numeric>

namespace suanpan {

namespace {

QStringList yearLabels(const Results& r)
{
    QStringList labels;
    for (const YearResult& y : r.years) {
        labels.append(QString::number(y.calendarYear));
    }
    return labels;
}

template <typename Read> std::vector<double> series(const Results& r, Read read)
{
    std::vector<double> values;
    values.reserve(r.years.size());
    for (const YearResult& y : r.years) {
        values.push_back(read(y));
    }
    return values;
}

const std::array kPalette{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                          QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79)};

double sum(const std::vector<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

} // namespace

namespace ReportSections {

void demand(ReportWriter& w, const ScenarioStudy& s)
{
    const Results& r = s.results;
    w.heading(QCoreApplication::translate("Report", "Demand and utilization"), 2);
    ReportChart use{ReportChart::Kind::Lines,
                    QCoreApplication::translate("Report", "Utilization and racking rate"),
                    QString(),
                    yearLabels(r),
                    {}};
    use.percentAxis = true;
    use.series = {{QCoreApplication::translate("Report", "Utilization (card-hours)"),
                   series(r, [](const YearResult& y) { return y.utilization; }), kPalette[0]},
                  {QCoreApplication::translate("Report", "Compute utilization"),
                   series(r, [](const YearResult& y) { return y.computeUtilization; }), kPalette[2], true},
                  {QCoreApplication::translate("Report", "Racking rate"),
                   series(r, [](const YearResult& y) { return y.rackingRate; }), kPalette[1]}};
    w.chart(use);
    ReportChart demand{ReportChart::Kind::Bars,
                       QCoreApplication::translate("Report", "Captured demand and compute served"),
                       QCoreApplication::translate("Report", "average P"),
                       yearLabels(r),
                       {}};
    demand.series = {{QCoreApplication::translate("Report", "Demand"),
                      series(r, [](const YearResult& y) { return y.demandPflopsHours / 8760.0; }), kPalette[7]},
                     {QCoreApplication::translate("Report", "Served"),
                      series(r, [](const YearResult& y) { return y.servedPflopsHours / 8760.0; }), kPalette[0]}};
    w.chart(demand);
    std::vector<QStringList> rows;
    for (const SegmentResult& segment : r.segments) {
        const double demanded = sum(segment.demandPflopsHours);
        const double served = sum(segment.servedPflopsHours);
        rows.push_back({segment.name, w.number(demanded / 8760.0 / std::max<double>(1, r.years.size()), 1),
                        demanded > 0 ? w.percent(served / demanded) : QStringLiteral("–"),
                        w.money(sum(segment.revenue)), w.money(sum(segment.voucherSpend))});
    }
    w.table({QCoreApplication::translate("Report", "Segment"),
             QCoreApplication::translate("Report", "Average demand (P)"),
             QCoreApplication::translate("Report", "Served"),
             QCoreApplication::translate("Report", "Revenue (%1)").arg(w.moneyUnit()),
             QCoreApplication::translate("Report", "Vouchers (%1)").arg(w.moneyUnit())},
            rows, {false, true, true, true, true},
            QCoreApplication::translate("Report", "Demand segments over the horizon"));
}

void costsAndEnergy(ReportWriter& w, const ScenarioStudy& s)
{
    const Results& r = s.results;
    w.heading(QCoreApplication::translate("Report", "Costs, energy and carbon"), 2);
    std::vector<QStringList> capex;
    const double total = std::max(1.0, sum(series(r, [](const YearResult& y) { return y.capexTotal; })));
    for (std::size_t item = 0; item < static_cast<std::size_t>(kCapexItemCount); ++item) {
        const double amount = sum(series(r, [item](const YearResult& y) { return y.capex[item]; }));
        if (amount != 0) {
            capex.push_back({displayName(static_cast<CapexItem>(item)), w.money(amount), w.percent(amount / total)});
        }
    }
    capex.push_back(
        {QCoreApplication::translate("Report", "Total (refreshes included)"), w.money(total), w.percent(1.0)});
    w.table({QCoreApplication::translate("Report", "Investment item"), w.moneyUnit(),
             QCoreApplication::translate("Report", "Share")},
            capex, {false, true, true}, QCoreApplication::translate("Report", "Investment over the horizon"));
    ReportChart opex{ReportChart::Kind::StackedBars,
                     QCoreApplication::translate("Report", "Operating cost by item"),
                     w.moneyUnit(),
                     yearLabels(r),
                     {}};
    opex.valueScale = w.chartMoneyScale();
    for (std::size_t item = 0; item < static_cast<std::size_t>(kOpexItemCount); ++item) {
        std::vector<double> values = series(r, [item](const YearResult& y) { return y.opex[item]; });
        if (sum(values) != 0) {
            opex.series.push_back({displayName(static_cast<OpexItem>(item)), std::move(values), kPalette[item]});
        }
    }
    w.chart(opex);
    std::vector<QStringList> energy;
    for (const YearResult& y : r.years) {
        energy.push_back({QString::number(y.calendarYear), w.number(y.itMwh), w.number(y.facilityMwh),
                          y.pue > 0 ? w.number(y.pue, 2) : QStringLiteral("–"), w.number(y.solarMwh),
                          w.number(y.co2LocationTonnes), w.number(y.co2MarketTonnes), w.number(y.waterM3)});
    }
    w.table({QCoreApplication::translate("Report", "Year"), QCoreApplication::translate("Report", "IT (MWh)"),
             QCoreApplication::translate("Report", "Facility (MWh)"), QCoreApplication::translate("Report", "PUE"),
             QCoreApplication::translate("Report", "Solar (MWh)"),
             QCoreApplication::translate("Report", "CO2 location (t)"),
             QCoreApplication::translate("Report", "CO2 market (t)"),
             QCoreApplication::translate("Report", "Water (m³)")},
            energy, {false, true, true, true, true, true, true, true},
            QCoreApplication::translate("Report", "Energy, carbon and water"));
}

} // namespace ReportSections

} // namespace suanpan
