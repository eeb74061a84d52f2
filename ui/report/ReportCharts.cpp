#include "ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

/// A "nice" step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`.
double niceStep(double span, int count)
{
    const double raw = span / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude) {
            return m * magnitude;
        }
    }
    return 10 * magnitude;
}

struct Range {
    double low = 0;
    double high = 1;
    double step = 0.2;
};

/// The value range of every series (stacked when the bars stack), widened to nice ticks and to include 0.
Range valueRange(const ReportChart& chart)
{
    double low = 0;
    double high = 0;
    const std::size_t n = static_cast<std::size_t>(chart.labels.size());
    for (std::size_t i = 0; i < n; ++i) {
        double positive = 0;
        double negative = 0;
        for (const ReportSeries& s : chart.series) {
            const double v = i < s.values.size() ? s.values[i] / chart.valueScale : 0.0;
            if (chart.kind == ReportChart::Kind::StackedBars) {
                (v >= 0 ? positive : negative) += v;
            } else {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        low = std::min(low, negative);
        high = std::max(high, positive);
    }
    if (high - low < 1e-12) {
        high = low + 1;
    }
    const double step = niceStep(high - low, 5);
    return {std::floor(low / step) * step, std::ceil(high / step) * step, step};
}

QString tickText(double value, const ReportChart& chart)
{
    if (chart.percentAxis) {
        return QStringLiteral("%1%").arg(value * 100, 0, 'f', 0);
    }
    const int decimals = std::abs(value) < 10 && std::abs(value - std::round(value)) > 1e-9 ? 1 : 0;
    return QLocale().toString(value, 'f', decimals);
}

/// The chart's title with its unit, in bold, on the first line of `area`.
void drawTitle(QPainter& p, const QRectF& area, const ReportChart& chart, double line)
{
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    const QString title = chart.unit.isEmpty() ? chart.title : QStringLiteral("%1 (%2)").arg(chart.title, chart.unit);
    p.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.restore();
}

/// The plot area after the title, the legend and the value axis's labels, with the axis and grid drawn.
QRectF drawFrame(QPainter& p, const QRectF& area, const ReportChart& chart, const Range& range, QRectF& legendArea)
{
    const QFontMetricsF metrics(p.font(), p.device());
    const double line = metrics.height();
    drawTitle(p, area, chart, line);
    legendArea = QRectF(area.left(), area.bottom() - line, area.width(), line);
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("-000,000")) + line * 0.3;
    QRectF plot(area.left() + labelWidth, area.top() + line * 1.4, area.width() - labelWidth - line * 0.5,
                area.height() - line * 4.0);
    p.save();
    p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), area.width() / 1500));
    for (double v = range.low; v <= range.high + range.step / 2; v += range.step) {
        const double y = plot.bottom() - (v - range.low) / (range.high - range.low) * plot.height();
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - line / 2, labelWidth - line * 0.3, line), Qt::AlignRight | Qt::AlignVCenter,
                   tickText(std::abs(v) < range.step / 1e6 ? 0.0 : v, chart));
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), area.width() / 1500));
    }
    p.restore();
    return plot;
}

void drawLegend(QPainter& p, const QRectF& area, const ReportChart& chart)
{
    const QFontMetricsF metrics(p.font(), p.device());
    double x = area.left() + area.height();
    for (const ReportSeries& s : chart.series) {
        if (s.name.isEmpty()) {
            continue;
        }
        p.fillRect(QRectF(x, area.top() + area.height() * 0.3, area.height() * 0.8, area.height() * 0.4), s.color);
        x += area.height();
        p.drawText(QRectF(x, area.top(), area.width(), area.height()), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += metrics.horizontalAdvance(s.name) + area.height();
    }
}

/// Category labels under the plot, thinned so that they do not overlap.
void drawCategories(QPainter& p, const QRectF& plot, const ReportChart& chart)
{
    const QFontMetricsF metrics(p.font(), p.device());
    const qsizetype n = chart.labels.size();
    if (n == 0) {
        return;
    }
    const double slot = plot.width() / static_cast<double>(n);
    double widest = 0;
    for (const QString& label : chart.labels) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    const qsizetype every = std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil((widest * 1.2) / slot)));
    for (qsizetype i = 0; i < n; i += every) {
        const double centre = plot.left() + slot * (static_cast<double>(i) + 0.5);
        p.drawText(QRectF(centre - widest, plot.bottom() + metrics.height() * 0.2, widest * 2, metrics.height()),
                   Qt::AlignHCenter | Qt::AlignTop, chart.labels.at(i));
    }
}

void drawSeries(QPainter& p, const QRectF& plot, const ReportChart& chart, const Range& range)
{
    const std::size_t n = static_cast<std::size_t>(chart.labels.size());
    const double slot = plot.width() / static_cast<double>(std::max<std::size_t>(1, n));
    auto yOf = [&](double v) { return plot.bottom() - (v - range.low) / (range.high - range.low) * plot.height(); };
    std::vector<double> positive(n, 0.0);
    std::vector<double> negative(n, 0.0);
    const bool stacked = chart.kind == ReportChart::Kind::StackedBars;
    const double groups = stacked ? 1.0 : static_cast<double>(chart.series.size());
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const ReportSeries& s = chart.series[k];
        if (chart.kind == ReportChart::Kind::Lines) {
            QPen pen(s.color, plot.width() / 350);
            pen.setStyle(s.dashed ? Qt::DashLine : Qt::SolidLine);
            p.setPen(pen);
            QPolygonF line;
            for (std::size_t i = 0; i < std::min(n, s.values.size()); ++i) {
                line << QPointF(plot.left() + slot * (static_cast<double>(i) + 0.5),
                                yOf(s.values[i] / chart.valueScale));
            }
            p.drawPolyline(line);
            continue;
        }
        const double width = slot * 0.8 / groups;
        for (std::size_t i = 0; i < std::min(n, s.values.size()); ++i) {
            const double v = s.values[i] / chart.valueScale;
            double from = 0;
            if (stacked) {
                double& stack = v >= 0 ? positive[i] : negative[i];
                from = stack;
                stack += v;
            }
            const double x = plot.left() + slot * static_cast<double>(i) + slot * 0.1 +
                             (stacked ? 0.0 : width * static_cast<double>(k));
            p.fillRect(QRectF(QPointF(x, yOf(from + v)), QPointF(x + width, yOf(from))).normalized(), s.color);
        }
    }
    p.setPen(QPen(Qt::black, plot.width() / 900));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
}

/// Horizontal bars from the base to each factor's low and high value; series[0] low, series[1] high.
void drawTornado(QPainter& p, const QRectF& area, const ReportChart& chart)
{
    const QFontMetricsF metrics(p.font(), p.device());
    double widest = 0;
    for (const QString& label : chart.labels) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    double low = 0;
    double high = 0;
    for (const ReportSeries& s : chart.series) {
        for (const double v : s.values) {
            low = std::min(low, (v - chart.base) / chart.valueScale);
            high = std::max(high, (v - chart.base) / chart.valueScale);
        }
    }
    const double step = niceStep(std::max(high - low, 1e-9), 5);
    low = std::floor(low / step) * step;
    high = std::ceil(high / step) * step;
    const double line = metrics.height();
    drawTitle(p, area, chart, line);
    const QRectF plot(area.left() + widest + line, area.top() + line * 1.5, area.width() - widest - line * 2,
                      area.height() - line * 4.0);
    auto xOf = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };
    const qsizetype n = chart.labels.size();
    const double slot = plot.height() / static_cast<double>(std::max<qsizetype>(1, n));
    for (qsizetype i = 0; i < n; ++i) {
        const double top = plot.top() + slot * static_cast<double>(i);
        p.drawText(QRectF(area.left(), top, widest, slot), Qt::AlignRight | Qt::AlignVCenter, chart.labels.at(i));
        for (const ReportSeries& s : chart.series) {
            const double v = (s.values.at(static_cast<std::size_t>(i)) - chart.base) / chart.valueScale;
            p.fillRect(QRectF(QPointF(xOf(0), top + slot * 0.2), QPointF(xOf(v), top + slot * 0.8)).normalized(),
                       s.color);
        }
    }
    p.setPen(QPen(Qt::black, area.width() / 900));
    p.drawLine(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()));
    for (double v = low; v <= high + step / 2; v += step) {
        p.drawText(QRectF(xOf(v) - line * 3, plot.bottom() + line * 0.2, line * 6, line), Qt::AlignHCenter,
                   tickText(std::abs(v) < step / 1e6 ? 0.0 : v, chart));
    }
    drawLegend(p, QRectF(area.left(), area.bottom() - line, area.width(), line), chart);
}

} // namespace

void paintReportChart(QPainter& painter, const QRectF& area, const ReportChart& chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    if (chart.kind == ReportChart::Kind::Tornado) {
        drawTornado(painter, area, chart);
    } else {
        const Range range = valueRange(chart);
        QRectF legendArea;
        const QRectF plot = drawFrame(painter, area, chart, range, legendArea);
        drawSeries(painter, plot, chart, range);
        painter.setPen(Qt::black);
        drawCategories(painter, plot, chart);
        drawLegend(painter, legendArea, chart);
    }
    painter.restore();
}

ReportChartObject* ReportChartObject::install(QTextDocument* document)
{
    auto* handler = new ReportChartObject(document);
    document->documentLayout()->registerHandler(kType, handler);
    return handler;
}

void ReportChartObject::insert(QTextCursor& cursor, ReportChart chart)
{
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(QTextFormat::UserProperty, static_cast<int>(m_charts.size()));
    m_charts.push_back(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    const auto index = static_cast<std::size_t>(format.property(QTextFormat::UserProperty).toInt());
    const double width = document->pageSize().width() - 2 * document->documentMargin() - 4;
    const double ratio = index < m_charts.size() ? m_charts[index].heightRatio : 0.45;
    return {width, width * ratio};
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    const auto index = static_cast<std::size_t>(format.property(QTextFormat::UserProperty).toInt());
    if (index < m_charts.size()) {
        paintReportChart(*painter, rect, m_charts[index]);
    }
}

} // namespace suanpan
