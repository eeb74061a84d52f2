#include "RiskCharts.h"

#include "model/FieldInfo.h"

#include "charts/ChartSupport.h"

#include <QCoreApplication>
#include <QPen>
#include <QRegularExpression>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace suanpan::RiskCharts {

namespace {

template <typename Series> Series* attach(QChart* chart, Series* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

QLineSeries* verticalLine(const QString& name, double x, double top, const QColor& color, Qt::PenStyle style)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(x, 0);
    line->append(x, top);
    line->setPen(QPen(color, 2, style));
    return line;
}

QAreaSeries* band(const QString& name, const std::vector<int>& years, const std::vector<double>& low,
                  const std::vector<double>& high, double scale, const QColor& color)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (std::size_t i = 0; i < years.size(); ++i) {
        upper->append(years[i], high[i] * scale);
        lower->append(years[i], low[i] * scale);
    }
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area); // an area series does not own its lines
    lower->setParent(area);
    area->setName(name);
    area->setColor(color);
    area->setBorderColor(color);
    return area;
}

/// The last step of a path-like label, with the entry of the list it belongs to ("demand[*].captureShare" →
/// "[*] captureShare", "chipMix[1].override.cardPriceCny" → "[1] cardPriceCny"), so that a narrow chart still
/// names the inputs; other labels (events) as they are.
QString shortLabel(const QString& label)
{
    QString text = label;
    const QStringList steps = label.split(QLatin1Char('.'));
    if (steps.size() > 1 && !label.contains(QLatin1Char(' '))) {
        // A field's own label where the schema has one (chipMix[h20].override.cardPriceCny → "[h20] Card price").
        static const QRegularExpression entry(QStringLiteral("\\[[^\\]]*\\]"));
        QString pattern = label;
        pattern.replace(entry, QStringLiteral("[]"));
        const FieldInfo* field = findField(pattern);
        text = field != nullptr && field->label != nullptr ? QCoreApplication::translate("Fields", field->label)
                                                           : steps.last();
        for (qsizetype i = steps.size() - 2; i >= 0; --i) {
            const qsizetype bracket = steps.at(i).indexOf(QLatin1Char('['));
            if (bracket >= 0) {
                text = steps.at(i).mid(bracket) + QLatin1Char(' ') + text;
                break;
            }
        }
    }
    return text.size() > 30 ? text.left(29) + QStringLiteral("…") : text;
}

/// Short labels, made unique (a category axis drops a repeated category, and its bar with it).
QStringList uniqueShortLabels(const QStringList& labels)
{
    QStringList shown;
    for (const QString& label : labels) {
        QString text = shortLabel(label);
        for (int n = 2; shown.contains(text); ++n) {
            text = shortLabel(label) + QStringLiteral(" (%1)").arg(n);
        }
        shown << text;
    }
    return shown;
}

} // namespace

void histogram(QChart* chart, const OutputDistribution& d, double scale, const QString& unit)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("RiskCharts", "%1: outcomes of the trials").arg(displayName(d.metric)));
    QValueAxis* x = ChartSupport::valueAxis(chart, unit, Qt::AlignBottom);
    QValueAxis* y = ChartSupport::valueAxis(chart, QCoreApplication::translate("RiskCharts", "Trials"), Qt::AlignLeft);
    auto* steps = new QLineSeries;
    std::size_t top = 0;
    for (const HistogramBin& bin : d.histogram) {
        steps->append(bin.lower * scale, static_cast<double>(bin.count));
        steps->append(bin.upper * scale, static_cast<double>(bin.count));
        top = std::max(top, bin.count);
    }
    auto* area = new QAreaSeries(steps);
    steps->setParent(area); // an area series does not own its line
    area->setName(QCoreApplication::translate("RiskCharts", "Trials"));
    area->setColor(QColor(0x4a, 0x7b, 0xb7, 160));
    area->setBorderColor(QColor(0x4a, 0x7b, 0xb7));
    attach(chart, area, x, y);
    const double height = std::max<std::size_t>(top, 1) * 1.05;
    attach(chart, verticalLine(QStringLiteral("P10"), d.p10 * scale, height, QColor(0x99, 0x99, 0x99), Qt::DashLine), x,
           y);
    attach(chart, verticalLine(QStringLiteral("P50"), d.p50 * scale, height, QColor(0x33, 0x33, 0x33), Qt::SolidLine),
           x, y);
    attach(chart, verticalLine(QStringLiteral("P90"), d.p90 * scale, height, QColor(0x99, 0x99, 0x99), Qt::DotLine), x,
           y);
    if (!d.deterministicMissing) {
        attach(chart,
               verticalLine(QCoreApplication::translate("RiskCharts", "As planned"), d.deterministic * scale, height,
                            QColor(0xd9, 0x5f, 0x02), Qt::SolidLine),
               x, y);
    }
    if (!d.histogram.empty()) {
        const double low = d.histogram.front().lower * scale;
        const double high = d.histogram.back().upper * scale;
        const double pad = std::max((high - low) * 0.03, 1e-9);
        const double planned = d.deterministicMissing ? low : d.deterministic * scale; // no plan value: no marker
        x->setRange(std::min(low, planned) - pad, std::max(high, planned) + pad);
        x->setLabelFormat(high - low >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
        x->setTickCount(5);
    }
    y->setRange(0, height);
    y->setLabelFormat(QStringLiteral("%d"));
    if (d.cdf.empty()) {
        return;
    }
    // The CDF: what share of the trials ends below each value (missing values, e.g. no IRR, are not counted).
    QValueAxis* share =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("RiskCharts", "CDF (%)"), Qt::AlignRight);
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%d"));
    share->setTickCount(y->tickCount());
    auto* cdf = new QLineSeries;
    cdf->setName(QCoreApplication::translate("RiskCharts", "CDF"));
    // Shares of all trials: those without a value (no IRR, no payback) rank below every value or above it.
    const double trials = static_cast<double>(std::max<std::size_t>(1, d.count + d.missing));
    const double withValue = static_cast<double>(d.count) / trials;
    const double below = missingRank(d.metric) < 0 ? static_cast<double>(d.missing) / trials : 0.0;
    for (const CdfPoint& point : d.cdf) {
        cdf->append(point.value * scale, (below + point.probability * withValue) * 100.0);
    }
    attach(chart, cdf, x, share)->setPen(QPen(QColor(0x2c, 0x7f, 0x3f), 2));
}

void fan(QChart* chart, const FanChart& f, double scale, const QString& title, const QString& unit)
{
    ChartSupport::clear(chart);
    chart->setTitle(title);
    QValueAxis* x = ChartSupport::valueAxis(chart, QString(), Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis* y = ChartSupport::valueAxis(chart, unit, Qt::AlignLeft);
    if (f.calendarYears.empty()) {
        return;
    }
    attach(chart, band(QStringLiteral("P10–P90"), f.calendarYears, f.p10, f.p90, scale, QColor(0x4a, 0x7b, 0xb7, 70)),
           x, y);
    attach(chart, band(QStringLiteral("P25–P75"), f.calendarYears, f.p25, f.p75, scale, QColor(0x4a, 0x7b, 0xb7, 130)),
           x, y);
    auto* median = new QLineSeries;
    median->setName(QStringLiteral("P50"));
    auto* plan = new QLineSeries;
    plan->setName(QCoreApplication::translate("RiskCharts", "As planned"));
    double low = 0, high = 0;
    for (std::size_t i = 0; i < f.calendarYears.size(); ++i) {
        median->append(f.calendarYears[i], f.p50[i] * scale);
        plan->append(f.calendarYears[i], f.deterministic[i] * scale);
        low = std::min({low, f.p10[i] * scale, f.deterministic[i] * scale});
        high = std::max({high, f.p90[i] * scale, f.deterministic[i] * scale});
    }
    attach(chart, median, x, y)->setPen(QPen(QColor(0x1f, 0x3d, 0x6b), 2.5));
    attach(chart, plan, x, y)->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2, Qt::DashLine));
    x->setRange(f.calendarYears.front(), f.calendarYears.back());
    x->setTickCount(std::min<int>(6, static_cast<int>(f.calendarYears.size())));
    ChartSupport::fitAxis(y, low, high);
    if (f.key == QLatin1String("utilization")) {
        y->setRange(0, 100); // a share: never above all the time
    }
}

void tornado(QChart* chart, const Sensitivity& s, double scale, const QString& unit)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("RiskCharts", "Tornado: %1 with one input at its P10 or P90")
                        .arg(displayName(s.metric)));
    auto* series = new QHorizontalBarSeries;
    auto* low = new QBarSet(QCoreApplication::translate("RiskCharts", "Input at P10"));
    auto* high = new QBarSet(QCoreApplication::translate("RiskCharts", "Input at P90"));
    low->setColor(QColor(0xd9, 0x5f, 0x02));
    high->setColor(QColor(0x4a, 0x7b, 0xb7));
    QStringList labels;
    double extent = 1e-9;
    // Largest swing at the top: a horizontal bar axis draws its first category at the bottom.
    const std::size_t shown = std::min<std::size_t>(s.tornado.size(), 10);
    for (std::size_t i = shown; i-- > 0;) {
        const TornadoBar& bar = s.tornado[i];
        low->append((bar.outputLow - s.base) * scale);
        high->append((bar.outputHigh - s.base) * scale);
        extent =
            std::max({extent, std::abs(bar.outputLow - s.base) * scale, std::abs(bar.outputHigh - s.base) * scale});
        labels << bar.label;
    }
    series->append(low);
    series->append(high);
    auto* categories = new QBarCategoryAxis;
    categories->append(uniqueShortLabels(labels));
    categories->setTruncateLabels(false); // the inputs' names are the point of the chart
    chart->addAxis(categories, Qt::AlignLeft);
    QValueAxis* x = ChartSupport::valueAxis(
        chart, QCoreApplication::translate("RiskCharts", "Change from the plan (%1)").arg(unit), Qt::AlignBottom);
    x->setRange(-extent * 1.1, extent * 1.1);
    x->setLabelFormat(extent >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    attach(chart, series, categories, x);
}

void spider(QChart* chart, const Sensitivity& s, double scale, const QString& unit)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("RiskCharts", "Spider: %1 as each input moves from its P10 to its P90")
                        .arg(displayName(s.metric)));
    QValueAxis* x = ChartSupport::valueAxis(chart, QCoreApplication::translate("RiskCharts", "Percentile of the input"),
                                            Qt::AlignBottom);
    QValueAxis* y = ChartSupport::valueAxis(
        chart, QCoreApplication::translate("RiskCharts", "Change from the plan (%1)").arg(unit), Qt::AlignLeft);
    x->setRange(10, 90);
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("P%d"));
    // The lines of the inputs with the largest tornado swings, in that order, so that the chart stays readable.
    std::vector<const SpiderLine*> lines;
    for (const TornadoBar& bar : s.tornado) {
        for (const SpiderLine& line : s.spider) {
            if (line.path == bar.path && lines.size() < 6) {
                lines.push_back(&line);
            }
        }
    }
    QStringList names;
    for (const SpiderLine* line : lines) {
        names << line->label;
    }
    names = uniqueShortLabels(names);
    double low = 0, high = 0;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const SpiderLine* line = lines[n];
        auto* series = new QLineSeries;
        series->setName(names.at(static_cast<qsizetype>(n)));
        for (std::size_t i = 0; i < line->percentiles.size() && i < line->outputs.size(); ++i) {
            const double change = (line->outputs[i] - s.base) * scale;
            series->append(line->percentiles[i] * 100.0, change);
            low = std::min(low, change);
            high = std::max(high, change);
        }
        series->setPointsVisible(true);
        attach(chart, series, x, y);
        // Six distinct colours (the theme's repeat after five).
        static const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd9, 0x5f, 0x02), QColor(0x2c, 0xa0, 0x2c),
                                         QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f)};
        series->setPen(QPen(kColors[n % 6], 2));
    }
    ChartSupport::fitAxis(y, low, high);
    chart->legend()->setAlignment(Qt::AlignRight); // the inputs' names, in full
}

void importance(QChart* chart, const Sensitivity& s)
{
    ChartSupport::clear(chart);
    chart->setTitle(QCoreApplication::translate("RiskCharts", "Importance: rank correlation of each input with %1")
                        .arg(displayName(s.metric)));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(QCoreApplication::translate("RiskCharts", "Rank correlation"));
    set->setColor(QColor(0x4a, 0x7b, 0xb7));
    QStringList labels;
    const std::size_t shown = std::min<std::size_t>(s.importance.size(), 10);
    for (std::size_t i = shown; i-- > 0;) { // the strongest at the top
        set->append(s.importance[i].rankCorrelation);
        labels << s.importance[i].label;
    }
    series->append(set);
    auto* categories = new QBarCategoryAxis;
    categories->append(uniqueShortLabels(labels));
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    QValueAxis* x =
        ChartSupport::valueAxis(chart, QCoreApplication::translate("RiskCharts", "Spearman ρ"), Qt::AlignBottom);
    x->setRange(-1, 1);
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%.1f"));
    attach(chart, series, categories, x);
    chart->legend()->hide();
}

} // namespace suanpan::RiskCharts
