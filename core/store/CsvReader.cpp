#include "CsvReader.h"

#include "StoreLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace suanpan {

QString ImportIssue::toText() const
{
    QString where;
    if (line > 0 && column > 0 && !columnName.isEmpty()) {
        where = QCoreApplication::translate("Import", "line %1, column %2 (%3)").arg(line).arg(column).arg(columnName);
    } else if (line > 0 && column > 0) {
        where = QCoreApplication::translate("Import", "line %1, column %2").arg(line).arg(column);
    } else if (line > 0) {
        where = QCoreApplication::translate("Import", "line %1").arg(line);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

/// A header name as columns are matched: case and spaces ignored.
QString columnKey(const QString& name)
{
    QString key = name.toLower();
    key.remove(QLatin1Char(' '));
    return key;
}

} // namespace

int CsvTable::columnOf(const QStringList& names) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header.at(i));
        for (const QString& name : names) {
            if (key == name.toLower()) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

namespace CsvReader {

namespace {

/// UTF-8, or else GB18030 (which Excel on Chinese Windows writes); empty with an issue when neither reads.
QString decode(QByteArray bytes, CsvTable& table)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        table.issues.push_back({0, 0, QString(),
                                QCoreApplication::translate("Import", "the file is UTF-16 text; save it as CSV "
                                                                      "UTF-8 (comma delimited) and import it again")});
        return {};
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    QStringDecoder chinese("GB18030", QStringConverter::Flag::Stateless);
    if (chinese.isValid()) {
        text = chinese(bytes);
        if (!chinese.hasError()) {
            table.notes << QCoreApplication::translate("Import", "The file is not UTF-8; it was read as GB18030 "
                                                                 "(the encoding of Chinese Windows).");
            return text;
        }
    }
    // Name the first line that is not text, so that the user can find it.
    const QList<QByteArray> lines = bytes.split('\n');
    int line = 1;
    for (const QByteArray& candidate : lines) {
        QStringDecoder check(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        check(candidate);
        if (check.hasError()) {
            break;
        }
        ++line;
    }
    table.issues.push_back({line, 0, QString(),
                            QCoreApplication::translate("Import", "this line is neither UTF-8 nor GB18030 text; save "
                                                                  "the file as CSV UTF-8")});
    return {};
}

QChar separatorOf(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(end < 0 ? text.size() : end);
    if (first.contains(QLatin1Char(',')) || !(first.contains(QLatin1Char(';')) || first.contains(QLatin1Char('\t')))) {
        return QLatin1Char(',');
    }
    return first.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char('\t');
}

bool isBlank(const QStringList& fields)
{
    return fields.size() == 1 && fields.front().trimmed().isEmpty();
}

/// Reads records out of the text, counting lines; quotes are tracked so that a line break inside a quoted field
/// stays in it.
class Scanner {
public:
    Scanner(const QString& text, QChar separator)
        : m_text(text)
        , m_n(text.size())
        , m_separator(separator)
    {}

    bool atEnd() const { return m_i >= m_n; }

    /// Reads the next record; `broken` when one of its fields is reported (text after a closing quote, too
    /// long). False when a quoted field is never closed (reported): nothing after it can be read.
    bool readRecord(CsvRecord& record, bool& broken, CsvTable& table)
    {
        record = CsvRecord{m_line, {}};
        broken = false;
        while (true) {
            QString field;
            if (!atEnd() && m_text.at(m_i) == QLatin1Char('"')) {
                const int quoteLine = m_line;
                if (!readQuoted(field)) {
                    table.issues.push_back({quoteLine, static_cast<int>(record.fields.size()) + 1, QString(),
                                            QCoreApplication::translate("Import", "a quoted field is never closed "
                                                                                  "(a missing \")")});
                    return false;
                }
                if (!atEnd() && m_text.at(m_i) != m_separator && !newlineAt(m_i) && !broken) {
                    table.issues.push_back({record.line, static_cast<int>(record.fields.size()) + 1, QString(),
                                            QCoreApplication::translate("Import", "text after a closing quote")});
                    broken = true;
                }
            }
            while (!atEnd() && m_text.at(m_i) != m_separator && !newlineAt(m_i)) {
                field += m_text.at(m_i++);
            }
            if (field.size() > StoreLimits::kMaxCsvFieldChars && !broken) {
                table.issues.push_back({record.line, static_cast<int>(record.fields.size()) + 1, QString(),
                                        QCoreApplication::translate("Import", "a field of %1 characters; at most %2 "
                                                                              "are allowed")
                                            .arg(field.size())
                                            .arg(StoreLimits::kMaxCsvFieldChars)});
                broken = true;
                field.truncate(StoreLimits::kMaxCsvFieldChars);
            }
            record.fields << field;
            if (!atEnd() && m_text.at(m_i) == m_separator) {
                ++m_i;
                continue;
            }
            if (!atEnd()) {
                skipNewline();
            }
            return true;
        }
    }

private:
    bool newlineAt(qsizetype at) const
    {
        return m_text.at(at) == QLatin1Char('\n') || m_text.at(at) == QLatin1Char('\r');
    }

    void skipNewline()
    {
        if (m_text.at(m_i) == QLatin1Char('\r') && m_i + 1 < m_n && m_text.at(m_i + 1) == QLatin1Char('\n')) {
            ++m_i;
        }
        ++m_i;
        ++m_line;
    }

    /// A quoted field from its opening quote to its closing one ("" is a quote); false when it is never closed.
    bool readQuoted(QString& field)
    {
        ++m_i;
        while (!atEnd()) {
            const QChar c = m_text.at(m_i);
            if (c == QLatin1Char('"')) {
                if (m_i + 1 < m_n && m_text.at(m_i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    m_i += 2;
                    continue;
                }
                ++m_i;
                return true;
            }
            if (newlineAt(m_i)) {
                field += QLatin1Char('\n'); // kept as one line break, whatever the file's line ends
                skipNewline();
                continue;
            }
            field += c;
            ++m_i;
        }
        return false;
    }

    const QString& m_text;
    const qsizetype m_n;
    const QChar m_separator;
    qsizetype m_i = 0;
    int m_line = 1;
};

/// The first record is the header. Two columns of one name would leave it to chance which one is read: reported.
void setHeader(const CsvRecord& record, CsvTable& table)
{
    for (const QString& name : record.fields) {
        table.header << name.trimmed();
    }
    table.headerLine = record.line;
    // One pass with a hash: a hostile header of a million columns must not take a million squared comparisons.
    QHash<QString, qsizetype> seen;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        if (table.header.at(c).isEmpty()) {
            continue;
        }
        const QString key = columnKey(table.header.at(c));
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            table.issues.push_back(
                {record.line, static_cast<int>(c + 1), table.header.at(c),
                 QCoreApplication::translate("Import", "the name of column %1 as well").arg(first.value() + 1)});
        } else {
            seen.insert(key, c);
        }
    }
}

/// Keeps a record with as many fields as the header (others are reported); false past the most rows allowed.
bool addRecord(CsvRecord&& record, CsvTable& table)
{
    if (static_cast<qsizetype>(table.records.size()) >= StoreLimits::kMaxCsvRecords) {
        table.issues.push_back(
            {record.line, 0, QString(),
             QCoreApplication::translate("Import", "more than %1 rows").arg(StoreLimits::kMaxCsvRecords)});
        return false;
    }
    if (record.fields.size() != table.header.size()) {
        const qsizetype count = record.fields.size();
        const qsizetype firstWrong = count < table.header.size() ? count + 1 : table.header.size() + 1;
        table.issues.push_back({record.line, static_cast<int>(firstWrong), QString(),
                                QCoreApplication::translate("Import", "has %1 fields; the header has %2")
                                    .arg(count)
                                    .arg(table.header.size())});
        return true;
    }
    table.records.push_back(std::move(record));
    return true;
}

/// Splits the text into records: the header, then the rows that fit it.
void split(const QString& text, QChar separator, CsvTable& table)
{
    Scanner scanner(text, separator);
    while (!scanner.atEnd()) {
        CsvRecord record;
        bool broken = false;
        if (!scanner.readRecord(record, broken, table)) {
            return;
        }
        if (broken || isBlank(record.fields)) {
            continue;
        }
        if (table.header.isEmpty()) {
            setHeader(record, table);
            continue;
        }
        if (!addRecord(std::move(record), table)) {
            return;
        }
    }
}

} // namespace

CsvTable read(const QByteArray& bytes)
{
    CsvTable table;
    if (bytes.size() > StoreLimits::kMaxCsvBytes) {
        const qint64 sizeMb = bytes.size() / (1024 * 1024);
        const qint64 limitMb = StoreLimits::kMaxCsvBytes / (1024 * 1024);
        table.issues.push_back(
            {0, 0, QString(),
             QCoreApplication::translate("Import", "the file is %1 MB; at most %2 MB can be imported")
                 .arg(sizeMb)
                 .arg(limitMb)});
        return table;
    }
    const QString text = decode(bytes, table);
    if (!table.issues.empty()) {
        return table;
    }
    split(text, separatorOf(text), table);
    if (table.header.isEmpty() && table.issues.empty()) {
        table.issues.push_back({0, 0, QString(), QCoreApplication::translate("Import", "the file has no header line")});
    }
    return table;
}

std::optional<double> parseNumber(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$)"));
    QString trimmed = text.trimmed();
    if (grouped.match(trimmed).hasMatch()) {
        trimmed.remove(QLatin1Char(','));
    } else if (!plain.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace CsvReader

} // namespace suanpan
