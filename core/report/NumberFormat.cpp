#include "NumberFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace suanpan::NumberFormat {

bool isChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString number(double value, const QLocale& locale, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

QString money(double cny, const QLocale& locale)
{
    const double size = std::abs(cny);
    if (isChinese(locale)) {
        if (size >= 1e8) {
            return QStringLiteral("%1 亿元").arg(number(cny / 1e8, locale, 2));
        }
        if (size >= 1e4) {
            return QStringLiteral("%1 万元").arg(number(cny / 1e4, locale, size >= 1e6 ? 0 : 1));
        }
        return QStringLiteral("%1 元").arg(number(cny, locale, 0));
    }
    if (size >= 1e9) {
        return QStringLiteral("%1 bn CNY").arg(number(cny / 1e9, locale, 2));
    }
    if (size >= 1e6) {
        return QStringLiteral("%1 M CNY").arg(number(cny / 1e6, locale, 1));
    }
    return QStringLiteral("%1 CNY").arg(number(cny, locale, size >= 100 ? 0 : 2));
}

QString moneyInTableUnit(double cny, const QLocale& locale)
{
    return isChinese(locale) ? number(cny / 1e4, locale, 0) : number(cny / 1e6, locale, 1);
}

QString tableMoneyUnit(const QLocale& locale)
{
    return isChinese(locale) ? QStringLiteral("万元") : QStringLiteral("M CNY");
}

QString percent(double share, const QLocale& locale, int decimals)
{
    return number(share * 100.0, locale, decimals) + QLatin1Char('%');
}

QString optional(const std::optional<double>& value, const QString& reason, const QLocale& locale,
                 QString (*format)(double, const QLocale&))
{
    if (value) {
        return format(*value, locale);
    }
    return QCoreApplication::translate("NumberFormat", "n/a (%1)").arg(reason);
}

} // namespace suanpan::NumberFormat
