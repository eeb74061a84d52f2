#pragma once

// Private to the workbook (Workbook.cpp, WorkbookSheets.cpp): the cell writers and formats its sheets share.

#include "Workbook.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace suanpan::WorkbookSheets {

// The sheets' names, translated in context "Workbook" when written.
namespace SheetName {
inline constexpr const char* summary = QT_TRANSLATE_NOOP("Workbook", "Summary");
inline constexpr const char* inputs = QT_TRANSLATE_NOOP("Workbook", "Inputs");
inline constexpr const char* years = QT_TRANSLATE_NOOP("Workbook", "Years");
inline constexpr const char* monthly = QT_TRANSLATE_NOOP("Workbook", "Monthly");
inline constexpr const char* segments = QT_TRANSLATE_NOOP("Workbook", "Segments");
inline constexpr const char* chips = QT_TRANSLATE_NOOP("Workbook", "Chips");
inline constexpr const char* cashFlow = QT_TRANSLATE_NOOP("Workbook", "Cash flow");
inline constexpr const char* risk = QT_TRANSLATE_NOOP("Workbook", "Risk"); ///< last, only with risk results
} // namespace SheetName
inline constexpr const char* kSheetNames[] = {SheetName::summary, SheetName::inputs,   SheetName::years,
                                              SheetName::monthly, SheetName::segments, SheetName::chips,
                                              SheetName::cashFlow};

QString translated(const char* text);
/// A valid sheet name for a translated name: at most 31 characters, none of []:*?/\.
QString sheetName(const char* name);
/// Excel's letters of a column: 0 → "A", 26 → "AA".
QString columnName(int column);
/// "E15", or "$E$15" when absolute.
QString cellName(int row, int column, bool absolute = false);
/// A unit as a header shows it: "share" as %, others as translated in context "Unit".
QString unitLabel(const QString& unit);
/// "Revenue (CNY)"; the label alone without a unit.
QString withUnit(const QString& label, const QString& unit);

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* header = nullptr;
    lxw_format* money = nullptr; ///< whole CNY with thousands separators, negatives red
    lxw_format* moneyBold = nullptr;
    lxw_format* price = nullptr;          ///< CNY per unit, two to four decimals
    lxw_format* percent = nullptr;        ///< shares
    lxw_format* precisePercent = nullptr; ///< shares as inputs (up to four decimals)
    lxw_format* ratio = nullptr;
    lxw_format* decimal = nullptr;
    lxw_format* whole = nullptr; ///< integers without separators (years, numbers of months)
    lxw_format* count = nullptr; ///< cards and servers
    lxw_format* input = nullptr; ///< a cell the formulas read and a reader may change
};

/** \brief The workbook being written: its formats and the first error of any write. */
struct Book {
    explicit Book(lxw_workbook* book);
    void check(lxw_error error)
    {
        if (status == LXW_NO_ERROR) {
            status = error;
        }
    }
    /// The number format of a value in a unit ("CNY", "share", "PUE", …); nullptr = General.
    lxw_format* forUnit(const QString& unit) const;

    lxw_workbook* handle;
    Formats format;
    lxw_error status = LXW_NO_ERROR;
};

/// A formula's cached result: a number, or a text (a figure that does not exist).
using Cached = std::variant<double, QString>;

/** \brief One worksheet: text as UTF-8, rows and columns 0-based, every error kept in the book. */
struct Sheet {
    Sheet(Book& owner, const char* name);
    void text(int row, int column, const QString& text, lxw_format* format = nullptr);
    void number(int row, int column, double value, lxw_format* format = nullptr);
    /// Nothing (an empty cell) when the value does not exist.
    void figure(int row, int column, const std::optional<double>& value, lxw_format* format = nullptr);
    void formula(int row, int column, const QString& formula, const Cached& cached, lxw_format* format = nullptr);
    void headers(int row, int column, const QStringList& texts);
    void widths(int first, int last, double width, lxw_format* format = nullptr);
    void freeze(int row, int column);
    void filter(int lastRow, int lastColumn);

    Book& book;
    lxw_worksheet* handle = nullptr;
};

/// Years, Monthly, Segments, Chips, Cash flow and Risk (WorkbookSheets.cpp).
void resultSheets(Book& book, const ScenarioStudy& scenario);

} // namespace suanpan::WorkbookSheets
