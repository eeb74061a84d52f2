#pragma once

#include "ImportIssue.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace suanpan {

/** \brief One record of a CSV file: the line it starts on and its fields (untrimmed). */
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/** \brief A CSV file read into a header and records, with every problem found on the way. */
struct CsvTable {
    QStringList header; ///< trimmed
    int headerLine = 0;
    std::vector<CsvRecord> records;
    std::vector<ImportIssue> issues;
    QStringList notes;

    /// The index of the first header that matches one of the names (case and spaces ignored), or -1.
    int columnOf(const QStringList& names) const;
};

/**
 * \brief Reads CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas, doubled quotes and
 * line breaks; lines may end in CRLF, LF or CR; a UTF-8 byte-order mark is skipped. The separator is the
 * comma, or the semicolon or tab when the header line has no comma (Excel in some locales). A file that is
 * not UTF-8 is read as GB18030, the encoding of Chinese Windows, and a note says so. Blank lines are skipped;
 * a record whose field count differs from the header's is reported, as is a quote that is never closed.
 */
namespace CsvReader {

CsvTable read(const QByteArray& bytes);

/// A number as a spreadsheet writes it in CSV: `1234.5`, `-0.2`, `1.5e3`, `1,234,567.5` (commas only as
/// thousands separators, so that `12,5` is never misread); empty when it is not one or not finite.
std::optional<double> parseNumber(const QString& text);

} // namespace CsvReader

} // namespace suanpan
