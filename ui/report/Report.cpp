#include "Report.h"

#include "ReportWriter.h"
#include "report/NumberFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace suanpan {

namespace {

// The page: A4 with 20 mm margins left and right, 22 mm at the top (running header inside) and 20 mm at the
// bottom (page number inside).
constexpr double kMarginMm = 20.0;
constexpr double kTopMm = 24.0;
constexpr double kBottomMm = 22.0;
constexpr double kHeaderGapMm = 8.0;

double mmToDevice(double mm, const QPaintDevice& device)
{
    return mm / 25.4 * device.logicalDpiY();
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

bool inTable(const QTextBlock& block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

/// The first block after `block` that shows something: text, a chart, or a table's first cell.
QTextBlock nextContent(QTextBlock block)
{
    for (block = block.next(); block.isValid(); block = block.next()) {
        if (!block.text().isEmpty() || inTable(block)) {
            return block;
        }
    }
    return block;
}

/// A title that belongs with what follows it: a heading, or a short caption right above a table or chart.
bool isTitle(const QTextBlock& block)
{
    if (inTable(block) || block.text().isEmpty() || block.text().contains(QChar::ObjectReplacementCharacter)) {
        return false;
    }
    if (block.blockFormat().headingLevel() > 0) {
        return true;
    }
    const QTextBlock next = nextContent(block);
    constexpr int kCaptionLength = 160;
    return block.text().size() < kCaptionLength && next.isValid() &&
           (inTable(next) || next.text().contains(QChar::ObjectReplacementCharacter));
}

bool startsAPage(const QTextBlock& block)
{
    return (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
}

/// The titles, one per run of pages, whose content starts on a later page than they do (or that sit at the very
/// foot of their page): each is returned as the first of the titles right above it, which move with it.
std::vector<QTextBlock> orphanedTitles(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    // A line that does not fit is moved down inside its block, so a block's content starts at its first line.
    auto top = [&](const QTextBlock& block) {
        const QTextLayout* lines = block.layout();
        return layout->blockBoundingRect(block).top() + (lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0);
    };
    auto page = [&](double y) { return static_cast<int>(y / pageHeight); };
    // A title this close to the foot of its page goes to the next one even if a table's first rows would fit.
    constexpr double kFootShare = 0.1;
    std::vector<QTextBlock> found;
    bool runDone = false;  // a break is found in this run of pages: what follows moves, so wait for the next run
    QTextBlock chainStart; // the first of the titles directly above the current one
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (startsAPage(block)) {
            runDone = false; // a forced page: its layout does not depend on anything above it
        }
        if (runDone || (block.text().isEmpty() && !inTable(block))) {
            continue;
        }
        if (!isTitle(block)) {
            chainStart = QTextBlock();
            continue;
        }
        if (!chainStart.isValid()) {
            chainStart = block;
        }
        const QTextBlock next = nextContent(block);
        const double bottom = layout->blockBoundingRect(block).bottom();
        const bool atFoot = bottom - page(bottom) * pageHeight > (1 - kFootShare) * pageHeight;
        if (next.isValid() && (page(top(next)) > page(bottom) || atFoot) && !startsAPage(chainStart)) {
            found.push_back(chainStart);
            runDone = true;
        }
    }
    return found;
}

/**
 * Keeps titles with their content: QTextDocument has no "keep with next", so a heading or caption whose content
 * starts on a later page (a chart that did not fit, a table pushed down) gets a page break before it, together
 * with the titles right above it. Each pass breaks the first orphan of every run of pages between forced page
 * breaks (the runs do not move each other) and lays the document out once, so the passes are as many as the
 * orphans of the longest run, not of the whole report.
 */
void keepTitlesWithContent(QTextDocument& document)
{
    for (std::vector<QTextBlock> titles = orphanedTitles(document); !titles.empty();
         titles = orphanedTitles(document)) {
        QTextCursor cursor(&document);
        cursor.beginEditBlock(); // one layout per pass, not one per break
        for (const QTextBlock& title : titles) {
            QTextBlockFormat format = title.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setPosition(title.position());
            cursor.setBlockFormat(format);
        }
        cursor.endEditBlock();
    }
}

} // namespace

ReportWriter::ReportWriter(QTextDocument& document, const ReportOptions& options)
    : m_document(document)
    , m_options(options)
    , m_cursor(&document)
    , m_charts(ReportChartObject::install(&document))
{
    // One edit for the whole report: without it the document is laid out again after every insertion, which
    // made a six-scenario report take seconds.
    m_cursor.beginEditBlock();
}

void ReportWriter::finish()
{
    m_cursor.endEditBlock();
}

void ReportWriter::heading(const QString& text, int level)
{
    if (level == 1) {
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor.insertBlock(pageBreak);
    }
    m_cursor.insertHtml(QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text)));
    QTextBlockFormat format = m_cursor.blockFormat(); // insertHtml does not keep the level; the pagination reads it
    format.setHeadingLevel(level);
    m_cursor.setBlockFormat(format);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportWriter::paragraph(const QString& text)
{
    m_cursor.insertHtml(QStringLiteral("<p>%1</p>").arg(escaped(text)));
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportWriter::html(const QString& markup)
{
    m_cursor.insertHtml(markup);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportWriter::table(const QStringList& headers, const std::vector<QStringList>& rows,
                         const std::vector<bool>& numeric, const QString& caption, const std::vector<int>& widths)
{
    auto align = [&numeric](qsizetype column) {
        return static_cast<std::size_t>(column) < numeric.size() && numeric[static_cast<std::size_t>(column)]
                   ? QStringLiteral(" align=\"right\"")
                   : QString();
    };
    QString markup;
    if (!caption.isEmpty()) {
        markup += QStringLiteral("<p class=\"caption\"><b>%1</b></p>").arg(escaped(caption));
    }
    markup += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\" "
                             "style=\"border-collapse: collapse; border-color: #999999\"><thead><tr>");
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QString width = static_cast<std::size_t>(c) < widths.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(widths[static_cast<std::size_t>(c)])
                                  : QString();
        markup += QStringLiteral("<th bgcolor=\"#e8eef4\"%1%2>%3</th>").arg(align(c), width, escaped(headers.at(c)));
    }
    markup += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        markup += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c) {
            // A number never wraps; a long note in a numeric column ("n/a (…)") does.
            constexpr qsizetype kNumberLength = 16;
            const QString noWrap = !align(c).isEmpty() && row.at(c).size() <= kNumberLength
                                       ? QStringLiteral(" style=\"white-space: nowrap\"")
                                       : QString();
            markup += QStringLiteral("<td%1%2>%3</td>").arg(align(c), noWrap, escaped(row.at(c)));
        }
        markup += QStringLiteral("</tr>");
    }
    markup += QStringLiteral("</table>");
    m_cursor.insertHtml(markup);
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void ReportWriter::chart(ReportChart chart)
{
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_charts->insert(m_cursor, std::move(chart));
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

QString ReportWriter::money(double cny) const
{
    return NumberFormat::moneyInTableUnit(cny, locale());
}

QString ReportWriter::moneyUnit() const
{
    return NumberFormat::tableMoneyUnit(locale());
}

QString ReportWriter::moneyText(double cny) const
{
    return NumberFormat::money(cny, locale());
}

QString ReportWriter::percent(double share, int decimals) const
{
    return NumberFormat::percent(share, locale(), decimals);
}

QString ReportWriter::number(double value, int decimals) const
{
    return NumberFormat::number(value, locale(), decimals);
}

QString ReportWriter::optional(const OptionalFigure& figure, bool asPercent, int decimals) const
{
    if (!figure.value) {
        return QCoreApplication::translate("Report", "n/a (%1)").arg(figure.reason);
    }
    return asPercent ? percent(*figure.value, decimals) : number(*figure.value, decimals);
}

double ReportWriter::chartMoneyScale() const
{
    return NumberFormat::isChinese(locale()) ? 1e4 : 1e6;
}

namespace Report {

QString headerText(const Study& study)
{
    const QString title = study.metadata.title.isEmpty() && !study.scenarios.empty() ? study.scenarios.front().name
                                                                                     : study.metadata.title;
    return QCoreApplication::translate("Report", "%1 — feasibility study").arg(title);
}

std::unique_ptr<QTextDocument> build(const Study& study, const ReportOptions& options, QPagedPaintDevice& device)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    const QRectF page = device.pageLayout().fullRectPixels(device.logicalDpiY());
    document->setPageSize(QSizeF(page.width() - 2 * mmToDevice(kMarginMm, device),
                                 page.height() - mmToDevice(kTopMm + kBottomMm, device)));
    document->setDocumentMargin(0);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 15pt; color: #1f3b5a; } "
                       "h2 { font-size: 11.5pt; color: #1f3b5a; } "
                       "th { font-weight: bold; font-size: 7.5pt; } td { font-size: 7.5pt; } "
                       "p.caption { margin-top: 6px; }"));
    ReportWriter w(*document, options);
    ReportSections::cover(w, study);
    for (const ScenarioStudy& s : study.scenarios) {
        ReportSections::summary(w, s);
        ReportSections::center(w, s);
        ReportSections::demand(w, s);
        ReportSections::costsAndEnergy(w, s);
        ReportSections::financialTables(w, s);
        ReportSections::indicators(w, s);
        ReportSections::sensitivity(w, s);
        ReportSections::risk(w, s);
        ReportSections::publicSupport(w, s);
        if (options.assumptions) {
            ReportSections::assumptions(w, s);
        }
    }
    ReportSections::comparison(w, study);
    ReportSections::assumptionLog(w, study);
    if (options.methodologyAppendix) {
        ReportSections::methodology(w);
    }
    w.finish();
    keepTitlesWithContent(*document);
    return document;
}

int paint(QTextDocument& document, const QString& header, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const double left = mmToDevice(kMarginMm, device);
    const double top = mmToDevice(kTopMm, device);
    const QSizeF body = document.pageSize();
    const int pages = document.pageCount();
    QFont small = document.defaultFont();
    small.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const double headerBaseline = top - mmToDevice(kHeaderGapMm, device);
        painter.drawText(QRectF(left, headerBaseline - mmToDevice(5, device), body.width(), mmToDevice(5, device)),
                         Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawLine(QPointF(left, headerBaseline + 2), QPointF(left + body.width(), headerBaseline + 2));
        const double footerTop = top + body.height() + mmToDevice(6, device);
        painter.drawText(QRectF(left, footerTop, body.width(), mmToDevice(5, device)), Qt::AlignHCenter | Qt::AlignTop,
                         QCoreApplication::translate("Report", "Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(left, top - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

QByteArray pdf(const Study& study, const ReportOptions& options, int* pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(600);
        writer.setTitle(headerText(study));
        writer.setCreator(QStringLiteral("Suanpan %1").arg(study.appVersion));
        const std::unique_ptr<QTextDocument> document = build(study, options, writer);
        const int n = paint(*document, headerText(study), writer);
        if (pages != nullptr) {
            *pages = n;
        }
    }
    return bytes;
}

bool writePdf(const Study& study, const ReportOptions& options, const QString& path, QString* error, int* pages)
{
    const QByteArray bytes = pdf(study, options, pages);
    // The explicit flush matters: QSaveFile::commit (Qt 6.4) can report success after a write that failed for
    // lack of space, and would then replace the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        file.error() != QFileDevice::NoError || !file.commit()) {
        *error = QCoreApplication::translate("Report", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Report

} // namespace suanpan
