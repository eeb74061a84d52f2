#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextObjectInterface>

#include <vector>

class QTextCursor;

namespace suanpan {

/** \brief One series of a report chart. */
struct ReportSeries {
    QString name;
    std::vector<double> values; ///< one per category (x label)
    QColor color;
    bool dashed = false;
};

/**
 * \brief A chart of the printed report, drawn with QPainter so that it stays vector in the PDF and needs no
 * widgets (the command line prints reports too).
 *
 * Lines and bars share one category axis; a tornado draws horizontal bars around a base value.
 */
struct ReportChart {
    enum class Kind { Lines, Bars, StackedBars, Tornado };
    Kind kind = Kind::Lines;
    QString title;
    QString unit;       ///< of the value axis, shown after the title
    QStringList labels; ///< categories (years, bins, tornado factors)
    std::vector<ReportSeries> series;
    double valueScale = 1;     ///< values are divided by it for the axis (1e4 for 万元, 1e6 for M)
    bool percentAxis = false;  ///< the values are shares, the axis reads in %
    double base = 0;           ///< tornado: the value every bar starts from
    double heightRatio = 0.45; ///< height / width
};

/// Draws a chart into `area` (device units of the painter).
void paintReportChart(QPainter& painter, const QRectF& area, const ReportChart& chart);

/**
 * \brief Lets a QTextDocument hold report charts as inline objects that paginate with the text.
 * Install once per document with install(); insert() places a chart at a cursor.
 */
class ReportChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    /// Registers the handler with the document's layout (the object is parented to the document).
    static ReportChartObject* install(QTextDocument* document);
    void insert(QTextCursor& cursor, ReportChart chart);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    using QObject::QObject;
    std::vector<ReportChart> m_charts;
};

} // namespace suanpan
