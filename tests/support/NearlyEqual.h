#pragma once

// Floating-point comparison for known-answer tests: the engine computes the same formula in another order than
// the hand calculation, so results agree to a relative tolerance, not to the bit.

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace suanpan::test {

inline bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

} // namespace suanpan::test

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(suanpan::test::near((actual), (expected)), qPrintable(QStringLiteral("%1 = %2, expected %3")              \
                                                                       .arg(QLatin1String(#actual))                    \
                                                                       .arg((actual), 0, 'g', 12)                      \
                                                                       .arg((expected), 0, 'g', 12)))
