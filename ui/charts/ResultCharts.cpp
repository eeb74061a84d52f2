#include "ResultCharts.h"

#include "ChartSupport.h"
#include "engine/Results.h"

#include <QCoreApplication>
#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace suanpan::ResultCharts {

namespace {

QBarCategoryAxis* yearAxis(QChart* chart, const Results& results)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(ChartSupport::yearLabels(results.years));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

/// Attaches a series to the chart and to the given axes.
template <typename Series> Series* attach(QChart* chart, Series* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

/// A line over year positions 0..n-1 (which is where a category axis puts its categories).
QLineSeries* yearLine(const QString& name, const std::vector<double>& values)
{
    auto* line = new QLineSeries;
    line->setName(name);
    for (std::size_t i = 0; i < values.size(); ++i) {
        line->append(static_cast<double>(i), values[i]);
    }
    return line;
}

template <typename Get> std::vector<double> perYear(const Results& results, Get get)
{
    std::vector<double> values;
    for (const YearResult& year : results.years) {
        values.push_back(get(year));
    }
    return values;
}

void stackedItems(QChart* chart, const Results& results, bool capex)
{
    ChartSupport::clear(chart);
    auto* series = new QStackedBarSeries;
    const int items = capex ? kCapexItemCount : kOpexItemCount;
    std::vector<double> totals(results.years.size(), 0.0);
    for (int item = 0; item < items; ++item) {
        auto* set =
            new QBarSet(capex ? displayName(static_cast<CapexItem>(item)) : displayName(static_cast<OpexItem>(item)));
        bool any = false;
        for (std::size_t y = 0; y < results.years.size(); ++y) {
            const auto i = static_cast<std::size_t>(item);
            const double value =
                ChartSupport::scaledMoney(capex ? results.years[y].capex[i] : results.years[y].opex[i]);
            set->append(value);
            totals[y] += value;
            any = any || value != 0;
        }
        if (any) {
            series->append(set);
        } else {
            delete set;
        }
    }
    chart->setTitle(capex ? QCoreApplication::translate("Charts", "Capex by item and year")
                          : QCoreApplication::translate("Charts", "Opex by item and year"));
    QBarCategoryAxis* x = yearAxis(chart, results);
    QValueAxis* y = ChartSupport::valueAxis(chart, ChartSupport::moneyUnit(), Qt::AlignLeft);
    ChartSupport::fitAxis(y, 0, totals.empty() ? 1.0 : *std::max_element(totals.begin(), totals.end()));
    attach(chart, series, x, y);
}

} // namespace

void cashFlow(QChart* chart, const Results& results)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("Charts", "Project cash flow after tax"));
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(QCoreApplication::translate("Charts", "Annual"));
    set->setColor(QColor(0x4a, 0x7b, 0xb7));
    const std::vector<double> annual =
        perYear(results, [](const YearResult& y) { return ChartSupport::scaledMoney(y.projectCashFlowAfterTax); });
    const std::vector<double> cumulative =
        perYear(results, [](const YearResult& y) { return ChartSupport::scaledMoney(y.cumulativeProjectCashFlow); });
    for (double value : annual) {
        set->append(value);
    }
    bars->append(set);
    QBarCategoryAxis* x = yearAxis(chart, results);
    QValueAxis* y = ChartSupport::valueAxis(chart, ChartSupport::moneyUnit(), Qt::AlignLeft);
    const auto [lowA, highA] = std::minmax_element(annual.begin(), annual.end());
    const auto [lowC, highC] = std::minmax_element(cumulative.begin(), cumulative.end());
    ChartSupport::fitAxis(y, std::min(*lowA, *lowC), std::max(*highA, *highC));
    attach(chart, bars, x, y);
    QLineSeries* line = attach(chart, yearLine(QCoreApplication::translate("Charts", "Cumulative"), cumulative), x, y);
    line->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2.5));
    if (results.summary.paybackYears.value) {
        // Year k ends at position k − 1, so a payback of T years lies at T − 1 on the axis.
        auto* marker = new QScatterSeries;
        marker->setName(QCoreApplication::translate("Charts", "Payback: %1 years")
                            .arg(QString::number(*results.summary.paybackYears.value, 'f', 1)));
        marker->setMarkerSize(12);
        marker->setColor(QColor(0x1b, 0x9e, 0x77));
        marker->append(*results.summary.paybackYears.value - 1.0, 0.0);
        attach(chart, marker, x, y);
    }
}

void demandAndCapacity(QChart* chart, const Results& results)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("Charts", "Demand, capacity and utilization"));
    QBarCategoryAxis* x = yearAxis(chart, results);
    QValueAxis* compute =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "P (average)"), Qt::AlignLeft);
    QValueAxis* share =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "Utilization (%)"), Qt::AlignRight);
    share->setRange(0, 100);
    const std::vector<double> installed = perYear(results, [](const YearResult& y) { return y.installedPflopsFp16; });
    const std::vector<double> demand =
        perYear(results, [](const YearResult& y) { return y.demandPflopsHours / 8760.0; });
    const std::vector<double> served =
        perYear(results, [](const YearResult& y) { return y.servedPflopsHours / 8760.0; });
    const std::vector<double> utilization = perYear(results, [](const YearResult& y) { return y.utilization * 100.0; });
    double top = 0;
    for (const auto* values : {&installed, &demand, &served}) {
        top = std::max(top, *std::max_element(values->begin(), values->end()));
    }
    ChartSupport::fitAxis(compute, 0, top);
    attach(chart, yearLine(QCoreApplication::translate("Charts", "Installed FP16 compute"), installed), x, compute)
        ->setPen(QPen(QColor(0x33, 0x33, 0x33), 2.5));
    attach(chart, yearLine(QCoreApplication::translate("Charts", "Demand captured (effective)"), demand), x, compute)
        ->setPen(QPen(QColor(0x4a, 0x7b, 0xb7), 2, Qt::DashLine));
    attach(chart, yearLine(QCoreApplication::translate("Charts", "Served (effective)"), served), x, compute)
        ->setPen(QPen(QColor(0x4a, 0x7b, 0xb7), 2.5));
    attach(chart, yearLine(QCoreApplication::translate("Charts", "Utilization"), utilization), x, share)
        ->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2.5));
}

void capexBreakdown(QChart* chart, const Results& results)
{
    stackedItems(chart, results, true);
}

void opexBreakdown(QChart* chart, const Results& results)
{
    stackedItems(chart, results, false);
}

void energyAndCarbon(QChart* chart, const Results& results)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("Charts", "Energy, carbon and PUE"));
    auto* bars = new QBarSeries;
    auto* energy = new QBarSet(QCoreApplication::translate("Charts", "Facility energy (MWh)"));
    auto* carbon = new QBarSet(QCoreApplication::translate("Charts", "CO2, location-based (t)"));
    energy->setColor(QColor(0x4a, 0x7b, 0xb7));
    carbon->setColor(QColor(0xa0, 0xa0, 0xa0));
    double top = 0;
    double highest = 1.0;
    auto* pue = new QLineSeries;
    pue->setName(QCoreApplication::translate("Charts", "PUE"));
    for (std::size_t i = 0; i < results.years.size(); ++i) {
        const YearResult& y = results.years[i];
        energy->append(y.facilityMwh);
        carbon->append(y.co2LocationTonnes);
        top = std::max({top, y.facilityMwh, y.co2LocationTonnes});
        if (y.pue > 0) { // years without IT load have no PUE
            pue->append(static_cast<double>(i), y.pue);
            highest = std::max(highest, y.pue);
        }
    }
    bars->append(energy);
    bars->append(carbon);
    QBarCategoryAxis* x = yearAxis(chart, results);
    QValueAxis* left = ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "MWh · t"), Qt::AlignLeft);
    ChartSupport::fitAxis(left, 0, top);
    QValueAxis* right = ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "PUE"), Qt::AlignRight);
    right->setRange(1.0, std::max(1.5, highest * 1.05));
    right->applyNiceNumbers();
    right->setLabelFormat(QStringLiteral("%.2f"));
    attach(chart, bars, x, left);
    attach(chart, pue, x, right)->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2.5));
}

void segmentDemand(QChart* chart, const Results& results)
{
    ChartSupport::clear(chart);
    chart->setTitle(
        QCoreApplication::translate("Charts", "Demand by segment (dashed: captured demand, solid: served)"));
    QValueAxis* x = ChartSupport::valueAxis(chart, QString(), Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis* y =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "P (average, effective)"), Qt::AlignLeft);
    double top = 0;
    static const QColor palette[] = {QColor(0x4a, 0x7b, 0xb7), QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77),
                                     QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e)};
    for (std::size_t k = 0; k < results.segments.size(); ++k) {
        const SegmentResult& segment = results.segments[k];
        auto* demand = new QLineSeries;
        auto* served = new QLineSeries;
        for (std::size_t i = 0; i < segment.demandPflopsHours.size() && i < results.years.size(); ++i) {
            const double year = results.years[i].calendarYear;
            demand->append(year, segment.demandPflopsHours[i] / 8760.0);
            served->append(year, segment.servedPflopsHours[i] / 8760.0);
            top = std::max(top, segment.demandPflopsHours[i] / 8760.0);
        }
        const QColor color = palette[k % std::size(palette)];
        served->setName(segment.name.isEmpty() ? segment.id : segment.name);
        attach(chart, demand, x, y)->setPen(QPen(color, 1.5, Qt::DashLine));
        attach(chart, served, x, y)->setPen(QPen(color, 2.5));
        // One legend entry per segment: the solid line's.
        for (QLegendMarker* marker : chart->legend()->markers(demand)) {
            marker->setVisible(false);
        }
    }
    if (!results.years.empty()) {
        x->setRange(results.years.front().calendarYear, results.years.back().calendarYear);
        x->setTickCount(std::min(6, static_cast<int>(results.years.size())));
    }
    ChartSupport::fitAxis(y, 0, top);
}

void contractedAndSpot(QChart* chart, const Results& results)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("Charts", "Work sold under contracts and on the spot market"));
    QValueAxis* x = ChartSupport::valueAxis(chart, QString(), Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis* y =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "P (average, effective)"), Qt::AlignLeft);
    auto* reserved = new QLineSeries;
    auto* served = new QLineSeries;
    double top = 0;
    for (const YearResult& year : results.years) {
        reserved->append(year.calendarYear, year.contractedPflopsHours / 8760.0);
        served->append(year.calendarYear, year.servedPflopsHours / 8760.0);
        top = std::max({top, year.contractedPflopsHours / 8760.0, year.servedPflopsHours / 8760.0});
    }
    reserved->setName(QCoreApplication::translate("Charts", "Reserved by contracts"));
    served->setName(QCoreApplication::translate("Charts", "Served in all (contracts and spot)"));
    attach(chart, reserved, x, y)->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2.5));
    attach(chart, served, x, y)->setPen(QPen(QColor(0x4a, 0x7b, 0xb7), 2.5));
    if (!results.years.empty()) {
        x->setRange(results.years.front().calendarYear, results.years.back().calendarYear);
        x->setTickCount(std::min(6, static_cast<int>(results.years.size())));
    }
    ChartSupport::fitAxis(y, 0, top);
}

namespace {

/// One line per scenario over calendar years.
template <typename Get>
void compareLines(QChart* chart, const std::vector<const Results*>& results, const QStringList& names,
                  const QString& yTitle, Get get)
{
    ChartSupport::clear(chart);
    QValueAxis* x = ChartSupport::valueAxis(chart, QCoreApplication::translate("Charts", "Year"), Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis* y = ChartSupport::valueAxis(chart, yTitle, Qt::AlignLeft);
    double low = 0, high = 0, first = 1e9, last = -1e9;
    for (std::size_t s = 0; s < results.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(names.value(static_cast<qsizetype>(s)));
        for (const YearResult& year : results[s]->years) {
            const double value = get(year);
            line->append(year.calendarYear, value);
            low = std::min(low, value);
            high = std::max(high, value);
            first = std::min(first, static_cast<double>(year.calendarYear));
            last = std::max(last, static_cast<double>(year.calendarYear));
        }
        attach(chart, line, x, y);
        QPen pen = line->pen();
        pen.setWidthF(2.5);
        line->setPen(pen);
    }
    if (first <= last) {
        x->setRange(first, last);
        x->setTickCount(std::min(8, static_cast<int>(last - first) + 1));
    }
    ChartSupport::fitAxis(y, low, high);
}

} // namespace

void compareCumulativeCashFlow(QChart* chart, const std::vector<const Results*>& results, const QStringList& names)
{
    compareLines(chart, results, names, ChartSupport::moneyUnit(),
                 [](const YearResult& y) { return ChartSupport::scaledMoney(y.cumulativeProjectCashFlow); });
    chart->setTitle(QCoreApplication::translate("Charts", "Cumulative project cash flow after tax"));
}

void compareUtilization(QChart* chart, const std::vector<const Results*>& results, const QStringList& names)
{
    compareLines(chart, results, names, QCoreApplication::translate("Charts", "Utilization (%)"),
                 [](const YearResult& y) { return y.utilization * 100.0; });
    chart->setTitle(QCoreApplication::translate("Charts", "Utilization by year"));
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        static_cast<QValueAxis*>(axis)->setRange(0, 100);
    }
}

} // namespace suanpan::ResultCharts
