// Known answers of the spreadsheet-standard financial functions. Each expected value is worked out beside
// its row (by hand or in closed form), independently of the code under test.

#include "engine/Finance.h"

#include <QTest>

#include <cmath>

using namespace suanpan;

class TestFinance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void npv_data();
    void npv();
    void irr_data();
    void irr();
    void irrDoesNotExist();
    void irrWithSeveralRootsPicksTheOneNearestZero();
    void pmt_data();
    void pmt();
    void payback_data();
    void payback();
    void discountedPayback();
    void lossCarryForward_data();
    void lossCarryForward();
};

void TestFinance::npv_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected");
    // -100/1.1 + 50/1.21 + 60/1.331 = -90.9090909 + 41.3223140 + 45.0788881 = -4.5078888
    QTest::newRow("three years at 10%") << 0.1 << QList<double>{-100, 50, 60} << -4.50788880540946;
    // Rate 0: the plain sum.
    QTest::newRow("zero rate is the sum") << 0.0 << QList<double>{-100, 50, 60} << 10.0;
    // One flow of 110 at the end of year 1 at 10%: exactly 100 (spreadsheet NPV discounts the first value).
    QTest::newRow("first flow is discounted one period") << 0.1 << QList<double>{110} << 100.0;
}

void TestFinance::npv()
{
    QFETCH(double, rate);
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    const std::vector<double> values(flows.begin(), flows.end());
    QVERIFY(std::abs(Finance::npv(rate, values) - expected) < 1e-9);
}

void TestFinance::irr_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected");
    // -100 + 50x + 60x² = 0 with x = 1/(1+r): x = (-50 + sqrt(2500 + 24000)) / 120, r = 1/x - 1 = 6.3944%.
    const double x = (-50.0 + std::sqrt(26500.0)) / 120.0;
    QTest::newRow("two-year quadratic, closed form") << QList<double>{-100, 50, 60} << (1.0 / x - 1.0);
    // -100 + 110/(1+r) = 0 gives r = 10% exactly.
    QTest::newRow("one year at 10%") << QList<double>{-100, 110} << 0.1;
    // -100 + 0 + 121/(1+r)² = 0 gives r = 10%.
    QTest::newRow("two years, bullet") << QList<double>{-100, 0, 121} << 0.1;
    // Losing half the money in a year: -100 + 50/(1+r) = 0 gives r = -50%.
    QTest::newRow("negative return") << QList<double>{-100, 50} << -0.5;
}

void TestFinance::irr()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    const std::vector<double> values(flows.begin(), flows.end());
    const std::optional<double> rate = Finance::irr(values);
    QVERIFY(rate.has_value());
    QVERIFY2(std::abs(*rate - expected) < 1e-9, qPrintable(QString::number(*rate, 'g', 12)));
}

void TestFinance::irrDoesNotExist()
{
    const std::vector<double> allNegative{-100, -10, -10};
    QVERIFY(!Finance::irr(allNegative).has_value());
    const std::vector<double> allPositive{10, 10, 10};
    QVERIFY(!Finance::irr(allPositive).has_value());
}

void TestFinance::irrWithSeveralRootsPicksTheOneNearestZero()
{
    // -1 + 5x - 6x² = 0 has x = 1/2 and x = 1/3, i.e. r = 100% and r = 200%.
    const std::vector<double> flows{-1, 5, -6};
    bool multiple = false;
    const std::optional<double> rate = Finance::irr(flows, &multiple);
    QVERIFY(rate.has_value());
    QVERIFY(multiple);
    QVERIFY(std::abs(*rate - 1.0) < 1e-9);
}

void TestFinance::pmt_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("periods");
    QTest::addColumn<double>("principal");
    QTest::addColumn<double>("expected");
    // 200,000 over 30 years at 5%/12: P·r·(1+r)^n / ((1+r)^n - 1) = 1,073.6432 (spreadsheet PMT gives -1,073.64).
    const double r = 0.05 / 12;
    const double growth = std::pow(1 + r, 360);
    QTest::newRow("30-year mortgage") << r << 360 << 200000.0 << 200000.0 * r * growth / (growth - 1);
    QTest::newRow("30-year mortgage, printed figure") << r << 360 << 200000.0 << 1073.643246;
    QTest::newRow("zero rate") << 0.0 << 12 << 1200.0 << 100.0;
    // One period: repay principal plus one period's interest.
    QTest::newRow("single period") << 0.1 << 1 << 100.0 << 110.0;
}

void TestFinance::pmt()
{
    QFETCH(double, rate);
    QFETCH(int, periods);
    QFETCH(double, principal);
    QFETCH(double, expected);
    QVERIFY(std::abs(Finance::pmt(rate, periods, principal) - expected) < 1e-5);
}

void TestFinance::payback_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("exists");
    // Cumulative -100, -70, -30, +20: turns in year 4 (index 3): 3 + 30/50 = 3.6 years.
    QTest::newRow("turns in year four") << QList<double>{-100, 30, 40, 50} << 3.6 << true;
    // Cumulative -100, 0: non-negative at the end of year 2, exactly: 1 + 100/100 = 2.
    QTest::newRow("exactly at a year end") << QList<double>{-100, 100} << 2.0 << true;
    QTest::newRow("never") << QList<double>{-100, 30, 30} << 0.0 << false;
    // Construction first: cumulative -50, -100, -40, +20: 3 + 40/60 = 3.6667.
    QTest::newRow("two construction years") << QList<double>{-50, -50, 60, 60} << 3.0 + 40.0 / 60.0 << true;
}

void TestFinance::payback()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    QFETCH(bool, exists);
    const std::vector<double> values(flows.begin(), flows.end());
    const std::optional<double> years = Finance::paybackYears(values);
    QCOMPARE(years.has_value(), exists);
    if (exists) {
        QVERIFY(std::abs(*years - expected) < 1e-12);
    }
}

void TestFinance::discountedPayback()
{
    // At 10%: -90.909, +49.587, +45.079 → cumulative -90.909, -41.322, +3.757: 2 + 41.322/45.079 = 2.9167.
    const std::vector<double> flows{-100, 60, 60};
    const double d1 = -100 / 1.1;
    const double d2 = 60 / 1.21;
    const double d3 = 60 / 1.331;
    const std::optional<double> years = Finance::discountedPaybackYears(0.1, flows);
    QVERIFY(years.has_value());
    QVERIFY(std::abs(*years - (2.0 + -(d1 + d2) / d3)) < 1e-12);
}

void TestFinance::lossCarryForward_data()
{
    QTest::addColumn<QList<double>>("income");
    QTest::addColumn<int>("carryYears");
    QTest::addColumn<QList<double>>("expectedTax");
    // Loss 100 absorbs 30 + 30 + 40 of the 50; 10 taxed at 25% = 2.5.
    QTest::newRow("loss used over three years") << QList<double>{-100, 30, 30, 50} << 5 << QList<double>{0, 0, 0, 2.5};
    // A loss of year 1 is usable in years 2..6; in year 7 it has expired: 50 × 25% = 12.5.
    QTest::newRow("loss expires after five years")
        << QList<double>{-100, 0, 0, 0, 0, 0, 50} << 5 << QList<double>{0, 0, 0, 0, 0, 0, 12.5};
    // Still usable in the fifth year after: fully absorbed.
    QTest::newRow("loss usable in the fifth year")
        << QList<double>{-100, 0, 0, 0, 0, 50} << 5 << QList<double>{0, 0, 0, 0, 0, 0};
    // Oldest loss first: 40 (year 1) expires before year 4's profit with a 2-year carry; 60 (year 2) absorbs 60.
    QTest::newRow("oldest first, then expiry") << QList<double>{-40, -60, 0, 100} << 2 << QList<double>{0, 0, 0, 10};
}

void TestFinance::lossCarryForward()
{
    QFETCH(QList<double>, income);
    QFETCH(int, carryYears);
    QFETCH(QList<double>, expectedTax);
    const std::vector<double> values(income.begin(), income.end());
    const std::vector<double> tax = Finance::incomeTaxWithLossCarryForward(values, 0.25, carryYears);
    QCOMPARE(tax.size(), static_cast<std::size_t>(expectedTax.size()));
    for (std::size_t i = 0; i < tax.size(); ++i) {
        QVERIFY2(std::abs(tax[i] - expectedTax[static_cast<qsizetype>(i)]) < 1e-9,
                 qPrintable(QStringLiteral("year %1: %2").arg(i).arg(tax[i])));
    }
}

QTEST_GUILESS_MAIN(TestFinance)
#include "TestFinance.moc"
