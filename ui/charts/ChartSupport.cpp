#include "ChartSupport.h"

#include "engine/Results.h"
#include "report/NumberFormat.h"

#include <QLocale>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace suanpan {

void LazyChartView::requestRedraw()
{
    if (!m_draw) {
        return;
    }
    if (isVisible()) {
        m_draw(chart());
        m_dirty = false;
    } else {
        m_dirty = true;
    }
}

void LazyChartView::showEvent(QShowEvent* event)
{
    if (m_dirty && m_draw) {
        m_draw(chart());
        m_dirty = false;
    }
    QChartView::showEvent(event);
}

namespace ChartSupport {

LazyChartView* makeView(QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    auto* view = new LazyChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Small minimums, so that the charts never dictate the width of the window's panels.
    view->setMinimumSize(240, 200);
    return view;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* valueAxis(QChart* chart, const QString& title, Qt::Alignment side)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(axis, side);
    return axis;
}

QStringList yearLabels(const std::vector<YearResult>& years)
{
    QStringList labels;
    for (const YearResult& year : years) {
        labels << QString::number(year.calendarYear);
    }
    return labels;
}

double scaledMoney(double cny)
{
    return NumberFormat::isChinese(QLocale()) ? cny / 1e4 : cny / 1e6;
}

QString moneyUnit()
{
    return NumberFormat::tableMoneyUnit(QLocale());
}

void fitAxis(QValueAxis* axis, double low, double high)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    const double span = std::max(high - low, 1e-9);
    axis->setRange(low - (low < 0 ? span * 0.05 : 0.0), high + span * 0.08);
    axis->applyNiceNumbers();
    // Whole numbers with thousands separators for large ranges; a few decimals for small ones.
    axis->setLabelFormat(span >= 20  ? QStringLiteral("%.0f")
                         : span >= 2 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.2f"));
}

} // namespace ChartSupport

} // namespace suanpan
