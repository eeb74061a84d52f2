// Demand forecast CSV into a scenario: all or nothing, every rejected row named by line and column, and the
// change recorded in the assumption log. The scenario is the Hangzhou sample: 2026–2040, segments
// enterprise-inference (cagr), fine-tuning (sCurve), sme-general (sCurve), llm-training (cagr).

#include "StoreTestSupport.h"
#include "store/DemandCsv.h"
#include "store/DemandImport.h"

#include <QStringEncoder>
#include <QTest>

using namespace suanpan;

namespace {

const QString kHangzhou = QStringLiteral("Hangzhou, ~500 P mixed domestic and imported, with compute vouchers");

Project hangzhouProject()
{
    Project project;
    Scenario scenario = test::sampleScenario(QStringLiteral("east-500p-vouchers"));
    scenario.demand[0].name = QStringLiteral("企业推理");
    QString error;
    project.addScenario(scenario, QString(), &error);
    return project;
}

/// Rows "year,segment,value,unit" for every year from `first` to `last`, value = base + year offset.
QByteArray yearlyRows(const char* segment, int first, int last, double base, const char* unit = "P")
{
    QByteArray rows;
    for (int year = first; year <= last; ++year) {
        rows += QByteArray::number(year) + ',' + segment + ',' + QByteArray::number(base + (year - first)) + ',' +
                unit + '\n';
    }
    return rows;
}

QStringList issueTexts(const ImportResult& result)
{
    QStringList texts;
    for (const ImportIssue& issue : result.issues) {
        texts << issue.toText();
    }
    return texts;
}

} // namespace

class TestDemandImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void yearlySeriesForTwoSegments();
    void monthlyPflopsHoursWithBomCrlfAndChineseName();
    void valuesOutsideTheHorizonAreNoted();
    void gb18030File();
    void rejectedRows_data();
    void rejectedRows();
    void badRowsChangeNothing();
};

void TestDemandImport::yearlySeriesForTwoSegments()
{
    Project project = hangzhouProject();
    const std::size_t logBefore = project.log().size();
    const QByteArray csv = "period,segment,value,unit\n" + yearlyRows("enterprise-inference", 2026, 2040, 40) +
                           yearlyRows("fine-tuning", 2026, 2040, 20);
    const ImportResult result = DemandImport::apply(project, kHangzhou, csv, QStringLiteral("forecast.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    const Scenario& s = *project.scenario(kHangzhou);
    QCOMPARE(s.demand[0].forecast.type, ForecastType::Series);
    QCOMPARE(s.demand[0].forecast.seriesPflops.size(), std::size_t(15));
    QCOMPARE(s.demand[0].forecast.seriesPflops.front(), 40.0);
    QCOMPARE(s.demand[0].forecast.seriesPflops.back(), 54.0);
    QCOMPARE(s.demand[1].forecast.seriesPflops.back(), 34.0);
    QCOMPARE(s.demand[2].forecast.type, ForecastType::SCurve); // not in the file: unchanged
    // Logged: cagr loses base and growth (2 + type + series = 4), the sCurve also its saturation (5).
    QCOMPARE(result.logEntries, 9);
    QCOMPARE(project.log().size(), logBefore + 9);
    QCOMPARE(project.log().back().note, QStringLiteral("demand forecast imported from forecast.csv"));
    QCOMPARE(project.demandSeries().size(), std::size_t(2));
    QCOMPARE(project.demandSeries().front().segment, QStringLiteral("enterprise-inference"));
    QCOMPARE(project.demandSeries().front().sourceFile, QStringLiteral("forecast.csv"));
    ValidationReport report;
    QVERIFY(project.resolve(kHangzhou, report));
    // The kept series follow a rename of their scenario.
    Scenario renamed = *project.scenario(kHangzhou);
    renamed.name = QStringLiteral("杭州");
    QString error;
    QVERIFY(project.updateScenario(kHangzhou, renamed, QString(), &error));
    QCOMPARE(project.demandSeries().back().scenario, QStringLiteral("杭州"));
}

void TestDemandImport::monthlyPflopsHoursWithBomCrlfAndChineseName()
{
    Project project = hangzhouProject();
    QByteArray csv = "\xEF\xBB\xBF\"period\",\"segment\",\"value\",\"unit\"\r\n";
    for (int m = 0; m < 180; ++m) {
        const QByteArray period = QByteArray::number(2026 + m / 12) + '-' + QByteArray::number(m % 12 + 1);
        // P·h of a month: 730 h at (10 + m) P on average.
        csv += period + ",\"企业推理\"," + QByteArray::number(730.0 * (10 + m)) + ",P·h\r\n";
    }
    const ImportResult result =
        DemandImport::apply(project, kHangzhou, csv, QStringLiteral("月度.csv"), QStringLiteral("城市规划院预测"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    const std::vector<double>& series = project.scenario(kHangzhou)->demand[0].forecast.seriesPflops;
    QCOMPARE(series.size(), std::size_t(180));
    QCOMPARE(series.front(), 10.0);
    QCOMPARE(series.back(), 189.0);
    QCOMPARE(project.log().back().note, QStringLiteral("城市规划院预测"));
    QCOMPARE(project.demandSeries().front().unit, QStringLiteral("P·h"));
    QCOMPARE(project.demandSeries().front().period, DemandPeriod::Month);
}

void TestDemandImport::valuesOutsideTheHorizonAreNoted()
{
    Project project = hangzhouProject();
    const QByteArray csv = "segment,period,unit,value,comment\n" + [] {
        QByteArray rows;
        for (int year = 2024; year <= 2045; ++year) {
            rows += "llm-training," + QByteArray::number(year) + ",P," + QByteArray::number(year - 2000) + ",ok\n";
        }
        return rows;
    }();
    const ImportResult result = DemandImport::apply(project, kHangzhou, csv, QStringLiteral("long.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    const std::vector<double>& series = project.scenario(kHangzhou)->demand[3].forecast.seriesPflops;
    QCOMPARE(series.size(), std::size_t(15));
    QCOMPARE(series.front(), 26.0); // 2026
    QVERIFY(result.notes.join('\n').contains(QStringLiteral("7 values outside the horizon (2026–2040)")));
    QCOMPARE(project.demandSeries().front().valuesPflops.size(), std::size_t(22)); // all kept for provenance
    QCOMPARE(project.demandSeries().front().firstYear, 2024);
}

void TestDemandImport::gb18030File()
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid()) {
        QSKIP("Qt was built without ICU: no GB18030 codec");
    }
    Project project = hangzhouProject();
    QString text = QStringLiteral("期间,细分市场,数值,单位\r\n");
    for (int year = 2026; year <= 2040; ++year) {
        text += QStringLiteral("%1年,企业推理,%2,P\r\n").arg(year).arg(year - 2000);
    }
    const ImportResult result = DemandImport::apply(project, kHangzhou, encoder(text), QStringLiteral("gbk.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    QVERIFY(result.notes.join('\n').contains(QLatin1String("GB18030")));
    QCOMPARE(project.scenario(kHangzhou)->demand[0].forecast.seriesPflops.front(), 26.0);
}

void TestDemandImport::rejectedRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const QByteArray header = "period,segment,value,unit\n";
    QTest::newRow("every bad row, each with its line and column")
        << header + "2027Q1,fine-tuning,1,P\n"      // line 2
                    "2026,no-such-segment,1,P\n"    // line 3
                    "2026,fine-tuning,abc,P\n"      // line 4
                    "2026,fine-tuning,-5,P\n"       // line 5
                    "2026,fine-tuning,5,kW\n"       // line 6
                    "2026,fine-tuning,\"12,5\",P\n" // line 7
                    "2026,,1,P\n"                   // line 8
                    "2026,fine-tuning,1e9,P\n"      // line 9
        << QStringList{
               QStringLiteral("line 2, column 1 (period): \"2027Q1\" is not a period; write a year (2027) or a month "
                              "(2027-03)"),
               QStringLiteral("line 4, column 3 (value): expected a number such as 120.5, found \"abc\""),
               QStringLiteral("line 5, column 3 (value): demand cannot be negative"),
               QStringLiteral("line 6, column 4 (unit): \"kW\" is not a unit of compute demand; use P (average "
                              "PFLOPS) or P·h (PFLOPS-hours)"),
               QStringLiteral("line 7, column 3 (value): expected a number such as 120.5, found \"12,5\""),
               QStringLiteral("line 8, column 2 (segment): a segment id of 1 to 200 characters is needed"),
               QStringLiteral("line 9, column 3 (value): 1000000000 P on average is above the 10000000 P allowed"),
               QStringLiteral("line 3, column 2 (segment): \"no-such-segment\" is not a segment of scenario \"") +
                   kHangzhou +
                   QStringLiteral("\" (its segments: enterprise-inference, fine-tuning, sme-general, llm-training)"),
           };
    QTest::newRow("a repeated period and a month among years")
        << header + yearlyRows("fine-tuning", 2026, 2040, 1) + "2030,fine-tuning,9,P\n2031-05,fine-tuning,9,P\n"
        << QStringList{
               QStringLiteral("line 17, column 1 (period): segment \"fine-tuning\" has 2030 already on line 6"),
               QStringLiteral("line 18, column 1 (period): the earlier rows of segment \"fine-tuning\" are years "
                              "(line 2); a segment's periods are all years or all months"),
           };
    QTest::newRow("a gap") << header + yearlyRows("fine-tuning", 2026, 2029, 1) +
                                  yearlyRows("fine-tuning", 2031, 2040, 1)
                           << QStringList{QStringLiteral("line 6, column 1 (period): segment \"fine-tuning\" has no "
                                                         "value for 2030: its periods must follow each other without "
                                                         "a gap")};
    QTest::newRow("the horizon not covered")
        << header + yearlyRows("fine-tuning", 2026, 2035, 1)
        << QStringList{QStringLiteral(
               "line 2, column 2 (segment): segment \"fine-tuning\" has no value for 2036; the scenario's "
               "horizon is 2026–2040")};
    QTest::newRow("a column missing")
        << QByteArray("period,segment,amount,unit\n2026,fine-tuning,1,P\n")
        << QStringList{QStringLiteral("line 1: the header has no column \"value\" (it has: period, segment, amount, "
                                      "unit)")};
    QTest::newRow("no rows") << header << QStringList{QStringLiteral("the file has no rows")};
}

void TestDemandImport::rejectedRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    Project project = hangzhouProject();
    const ImportResult result = DemandImport::apply(project, kHangzhou, csv, QStringLiteral("bad.csv"));
    QVERIFY(!result.applied);
    QCOMPARE(issueTexts(result), expected);
}

void TestDemandImport::badRowsChangeNothing()
{
    Project project = hangzhouProject();
    const Project before = project;
    // 14 good years and one bad row: nothing of it is imported.
    const QByteArray csv = "period,segment,value,unit\n" + yearlyRows("fine-tuning", 2026, 2039, 1) +
                           "2040,fine-tuning,n/a,P\n" + yearlyRows("sme-general", 2026, 2040, 1);
    const ImportResult result = DemandImport::apply(project, kHangzhou, csv, QStringLiteral("bad.csv"));
    QVERIFY(!result.applied);
    QCOMPARE(result.issues.size(), std::size_t(2)); // the bad row, then fine-tuning's missing 2040
    QCOMPARE(result.issues.front().line, 16);
    QVERIFY(project == before);
    // An unknown scenario.
    const ImportResult unknown = DemandImport::apply(project, QStringLiteral("Nowhere"), csv, QString());
    QVERIFY(!unknown.applied);
    QVERIFY(unknown.issues.front().message.contains(QLatin1String("no scenario named \"Nowhere\"")));
}

QTEST_GUILESS_MAIN(TestDemandImport)
#include "TestDemandImport.moc"
