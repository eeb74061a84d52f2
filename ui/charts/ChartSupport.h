#pragma once

#include <QString>
#include <QtCharts/QChartView>

#include <functional>
#include <vector>

class QAbstractAxis;
class QValueAxis;

namespace suanpan {

struct YearResult;

/**
 * \brief Shared look and helpers of the result charts: a chart view with a clean theme, year axes, value
 * axes with a unit, and money scaled to the table unit of the locale (M CNY or 万元).
 */
/**
 * \brief A chart view that redraws only while it is on screen: a request while hidden marks it dirty and the
 * drawing happens when it is shown. An edit then costs only the charts the planner is looking at.
 */
class LazyChartView : public QChartView {
    Q_OBJECT

public:
    using QChartView::QChartView;
    void setDraw(std::function<void(QChart*)> draw) { m_draw = std::move(draw); }
    void requestRedraw();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::function<void(QChart*)> m_draw;
    bool m_dirty = false;
};

namespace ChartSupport {

/// A chart view with antialiasing, no animation (an edit must redraw within milliseconds), legend below.
LazyChartView* makeView(QWidget* parent = nullptr);

/// Removes every series and axis (before a redraw).
void clear(QChart* chart);

/// A value axis with a title, attached to the chart at the given side.
QValueAxis* valueAxis(QChart* chart, const QString& title, Qt::Alignment side);

/// The calendar years of a result, as category labels.
QStringList yearLabels(const std::vector<YearResult>& years);

/// CNY in the money unit of the table (M CNY or 万元).
double scaledMoney(double cny);
QString moneyUnit();

/// Stretches an axis to include 0 and the data range with a little headroom.
void fitAxis(QValueAxis* axis, double low, double high);

} // namespace ChartSupport

} // namespace suanpan
