#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace suanpan {

/**
 * \brief How numbers are shown to people: money in M CNY / bn CNY in English and 万元 / 亿元 in Chinese,
 * shares as percentages, all with the locale's separators. Exports (CSV, JSON) never use these.
 */
namespace NumberFormat {

bool isChinese(const QLocale& locale);

/// Money with a magnitude unit chosen for its size ("312.4 M CNY", "3.12 亿元").
QString money(double cny, const QLocale& locale);
/// Money in a fixed unit for table columns: millions of CNY (English) or 万元 (Chinese), without the unit.
QString moneyInTableUnit(double cny, const QLocale& locale);
/// The unit moneyInTableUnit uses ("M CNY" or "万元").
QString tableMoneyUnit(const QLocale& locale);
QString percent(double share, const QLocale& locale, int decimals = 1);
QString number(double value, const QLocale& locale, int decimals);
/// A figure that may not exist: its formatted value, or "n/a (reason)".
QString optional(const std::optional<double>& value, const QString& reason, const QLocale& locale,
                 QString (*format)(double, const QLocale&));

} // namespace NumberFormat

} // namespace suanpan
