#pragma once

#include "study/Study.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace suanpan {

/** \brief What the printed report holds and how it reads. */
struct ReportOptions {
    QLocale locale;          ///< numbers and money units (万元/亿元 in Chinese, M/bn CNY in English)
    bool assumptions = true; ///< the table of every assumption with its source
    bool methodologyAppendix = true;
};

/**
 * \brief The feasibility-study report (docs/methodology.md §13.4): a QTextDocument laid out for A4 with vector
 * charts, painted page by page with running headers and page numbers onto a PDF writer or a printer.
 *
 * The text is in the language of the installed translators; build and paint on one thread (the GUI thread in
 * the app; the CLI has no other).
 */
namespace Report {

/// The report's document, laid out for `device` (its page size and resolution).
std::unique_ptr<QTextDocument> build(const Study& study, const ReportOptions& options, QPagedPaintDevice& device);

/// Paints the document's pages with the running header (title) and "page i of n"; the number of pages.
int paint(QTextDocument& document, const QString& header, QPagedPaintDevice& device);

/// The PDF (A4, fonts embedded) of a study.
QByteArray pdf(const Study& study, const ReportOptions& options, int* pages = nullptr);

/// Builds and writes the PDF (A4, fonts embedded) to `path`, atomically: a failure leaves no file behind and the
/// old file, if any, untouched. Returns false with a translated message naming the path.
bool writePdf(const Study& study, const ReportOptions& options, const QString& path, QString* error,
              int* pages = nullptr);

/// The running header: the project's title (or the scenario's name) and the report's kind.
QString headerText(const Study& study);

} // namespace Report

} // namespace suanpan
