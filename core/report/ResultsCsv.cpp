#include "ResultsCsv.h"

namespace suanpan::ResultsCsv {

QByteArray table(const std::vector<YearResult>& years, const std::vector<YearColumn>& columns)
{
    QByteArray csv;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        csv += (i > 0 ? "," : "") + columns[i].key.toUtf8();
    }
    csv += "\r\n";
    for (const YearResult& year : years) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::optional<double> value = columns[i].value(year);
            csv += (i > 0 ? "," : "") + (value ? QByteArray::number(*value, 'g', 12) : QByteArray());
        }
        csv += "\r\n";
    }
    return csv;
}

QByteArray cashFlow(const std::vector<YearResult>& years)
{
    return table(years, cashFlowColumns());
}

QByteArray allYears(const std::vector<YearResult>& years)
{
    return table(years, yearColumns());
}

} // namespace suanpan::ResultsCsv
