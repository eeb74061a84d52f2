#include "DemandCsv.h"

#include "CsvReader.h"
#include "StoreLimits.h"
#include "model/FieldSpecs.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <map>

namespace suanpan::DemandCsv {

namespace {

/** \brief A year (month = 0) or a month of a year. */
struct Period {
    int year = 0;
    int month = 0;
    bool isMonth() const { return month > 0; }
    int index() const { return isMonth() ? year * 12 + month - 1 : year; }
};

std::optional<Period> parsePeriod(const QString& text)
{
    static const QRegularExpression year(QStringLiteral(R"(^(\d{4})\s*年?$)"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$)"));
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch m = year.match(trimmed); m.hasMatch()) {
        return Period{m.captured(1).toInt(), 0};
    }
    if (const QRegularExpressionMatch m = month.match(trimmed); m.hasMatch()) {
        const int value = m.captured(2).toInt();
        if (value >= 1 && value <= 12) {
            return Period{m.captured(1).toInt(), value};
        }
    }
    return std::nullopt;
}

QString periodText(int index, bool monthly)
{
    return monthly ? QStringLiteral("%1-%2").arg(index / 12).arg(index % 12 + 1, 2, 10, QLatin1Char('0'))
                   : QString::number(index);
}

enum class Unit { AveragePflops, PflopsHours };

std::optional<Unit> parseUnit(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s·⋅*.\\-_]")));
    if (key == QLatin1String("p") || key == QLatin1String("pflops")) {
        return Unit::AveragePflops;
    }
    if (key == QLatin1String("ph") || key == QLatin1String("pflopsh")) {
        return Unit::PflopsHours;
    }
    return std::nullopt;
}

/** \brief The rows of one segment collected so far. */
struct Collected {
    QString label;
    bool monthly = false;
    std::map<int, std::pair<double, int>> values; ///< period index → (average P, line)
    QStringList units;
};

class Parser {
public:
    explicit Parser(Parsed& out)
        : m_out(out)
    {}

    void run(const QByteArray& bytes)
    {
        CsvTable table = CsvReader::read(bytes);
        m_out.issues = table.issues;
        m_out.notes = table.notes;
        m_out.header = table.header;
        if (!table.issues.empty() && table.header.isEmpty()) {
            return;
        }
        m_period = table.columnOf({QStringLiteral("period"), QStringLiteral("期间"), QStringLiteral("时期")});
        m_segment = table.columnOf({QStringLiteral("segment"), QStringLiteral("细分市场"), QStringLiteral("细分")});
        m_value = table.columnOf({QStringLiteral("value"), QStringLiteral("数值"), QStringLiteral("需求")});
        m_unit = table.columnOf({QStringLiteral("unit"), QStringLiteral("单位")});
        for (const auto& [column, name] : {std::pair{m_period, "period"}, std::pair{m_segment, "segment"},
                                           std::pair{m_value, "value"}, std::pair{m_unit, "unit"}}) {
            if (column < 0) {
                m_out.issues.push_back(
                    {table.headerLine, 0, QString(),
                     QCoreApplication::translate("Import", "the header has no column \"%1\" (it has: %2)")
                         .arg(QLatin1String(name), table.header.join(QStringLiteral(", ")))});
            }
        }
        if (m_period < 0 || m_segment < 0 || m_value < 0 || m_unit < 0) {
            return;
        }
        m_out.segmentColumn = m_segment + 1;
        for (const CsvRecord& record : table.records) {
            readRow(record);
        }
        for (const QString& label : m_order) {
            finish(m_collected[label]);
        }
    }

private:
    void reject(int line, int column, const QString& message)
    {
        m_out.issues.push_back({line, column + 1, m_out.header.value(column), message});
    }

    void readRow(const CsvRecord& record)
    {
        const int line = record.line;
        const std::optional<Period> period = parsePeriod(record.fields.at(m_period));
        const QString label = record.fields.at(m_segment).trimmed();
        const std::optional<double> value = CsvReader::parseNumber(record.fields.at(m_value));
        const std::optional<Unit> unit = parseUnit(record.fields.at(m_unit));
        bool ok = true;
        if (!period) {
            reject(line, m_period,
                   QCoreApplication::translate("Import", "\"%1\" is not a period; write a year (2027) "
                                                         "or a month (2027-03)")
                       .arg(record.fields.at(m_period).trimmed().left(40)));
            ok = false;
        }
        if (label.isEmpty() || label.size() > StoreLimits::kMaxNameChars) {
            reject(line, m_segment,
                   QCoreApplication::translate("Import", "a segment id of 1 to %1 characters is needed")
                       .arg(StoreLimits::kMaxNameChars));
            ok = false;
        }
        if (!value) {
            reject(line, m_value,
                   QCoreApplication::translate("Import", "expected a number such as 120.5, found \"%1\"")
                       .arg(record.fields.at(m_value).trimmed().left(40)));
            ok = false;
        } else if (*value < 0) {
            reject(line, m_value, QCoreApplication::translate("Import", "demand cannot be negative"));
            ok = false;
        }
        if (!unit) {
            reject(line, m_unit,
                   QCoreApplication::translate("Import", "\"%1\" is not a unit of compute demand; use P "
                                                         "(average PFLOPS) or P·h (PFLOPS-hours)")
                       .arg(record.fields.at(m_unit).trimmed().left(40)));
            ok = false;
        }
        if (!ok) {
            return;
        }
        double pflops = *value;
        if (*unit == Unit::PflopsHours) {
            pflops /= period->isMonth() ? kHoursPerMonth : kHoursPerYear;
        }
        const FieldSpec* spec = findFieldSpec(QStringLiteral("demand[].forecast.seriesPflops[]"));
        if (spec != nullptr && pflops > spec->max) {
            reject(line, m_value,
                   QCoreApplication::translate("Import", "%1 P on average is above the %2 P allowed")
                       .arg(numberText(pflops), numberText(spec->max)));
            return;
        }
        if (!m_collected.contains(label)) {
            m_order << label;
            m_collected[label].label = label;
            m_collected[label].monthly = period->isMonth();
        }
        Collected& c = m_collected[label];
        if (c.monthly != period->isMonth()) {
            const QString kind = c.monthly ? QCoreApplication::translate("Import", "months")
                                           : QCoreApplication::translate("Import", "years");
            reject(line, m_period,
                   QCoreApplication::translate("Import", "the earlier rows of segment \"%1\" are %2 (line %3); a "
                                                         "segment's periods are all years or all months")
                       .arg(label, kind)
                       .arg(c.values.begin()->second.second));
            return;
        }
        if (const auto found = c.values.find(period->index()); found != c.values.end()) {
            reject(line, m_period,
                   QCoreApplication::translate("Import", "segment \"%1\" has %2 already on line %3")
                       .arg(label, periodText(period->index(), c.monthly))
                       .arg(found->second.second));
            return;
        }
        c.values[period->index()] = {pflops, line};
        const QString unitName = *unit == Unit::AveragePflops ? QStringLiteral("P") : QStringLiteral("P·h");
        if (!c.units.contains(unitName)) {
            c.units << unitName;
        }
    }

    void finish(const Collected& c)
    {
        if (c.values.empty()) {
            return;
        }
        if (static_cast<qsizetype>(c.values.size()) > StoreLimits::kMaxSeriesValues) {
            reject(c.values.begin()->second.second, m_segment,
                   QCoreApplication::translate("Import", "segment \"%1\" has %2 periods; at most %3 are allowed")
                       .arg(c.label)
                       .arg(c.values.size())
                       .arg(StoreLimits::kMaxSeriesValues));
            return;
        }
        ParsedSeries parsed;
        parsed.label = c.label;
        DemandSeries& s = parsed.series;
        s.segment = c.label;
        s.period = c.monthly ? DemandPeriod::Month : DemandPeriod::Year;
        const int first = c.values.begin()->first;
        s.firstYear = c.monthly ? first / 12 : first;
        s.firstMonth = c.monthly ? first % 12 + 1 : 1;
        s.unit = c.units.join(QStringLiteral(", "));
        int expected = first;
        for (const auto& [index, valueAndLine] : c.values) {
            if (index != expected) {
                reject(valueAndLine.second, m_period,
                       QCoreApplication::translate("Import", "segment \"%1\" has no value for %2: its periods must "
                                                             "follow each other without a gap")
                           .arg(c.label, periodText(expected, c.monthly)));
                return;
            }
            s.valuesPflops.push_back(valueAndLine.first);
            parsed.lines.push_back(valueAndLine.second);
            ++expected;
        }
        m_out.series.push_back(std::move(parsed));
    }

    Parsed& m_out;
    int m_period = -1;
    int m_segment = -1;
    int m_value = -1;
    int m_unit = -1;
    QStringList m_order;
    QHash<QString, Collected> m_collected;
};

} // namespace

Parsed parse(const QByteArray& bytes)
{
    Parsed parsed;
    Parser(parsed).run(bytes);
    return parsed;
}

} // namespace suanpan::DemandCsv
