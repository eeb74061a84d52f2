// suanpan-cli risk and goal-seek as a user runs them: output, JSON, reproducibility and exit codes (0 ok,
// 2 invalid input with every message on stderr naming what is wrong, 1 other failure or no solution).

#include "CliRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = suanpan::test::CliRun;

Run cli(const QStringList& arguments)
{
    return suanpan::test::runCli(QStringLiteral(SUANPAN_CLI_PATH), arguments);
}

QString sample(const char* name)
{
    return QStringLiteral(SUANPAN_SOURCE_DIR "/data/samples/%1.json").arg(QLatin1String(name));
}

/// A copy of a sample with a change, in a temporary directory.
QString variant(QTemporaryDir& dir, const char* name, const QString& key, const QJsonValue& value)
{
    QFile source(sample(name));
    source.open(QIODevice::ReadOnly);
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    json.insert(key, value);
    QFile file(dir.filePath(QStringLiteral("variant.json")));
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(json).toJson());
    return file.fileName();
}

} // namespace

class TestRiskCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void riskPrintsHeadlineRisks();
    void riskJson();
    void sameSeedSameJsonWhateverTheThreads();
    void riskWithoutUncertaintyExitsTwo();
    void badOptionsAllReportedExitTwo();
    void badUncertaintyNamesTheField();
    void goalSeekFindsAnswer();
    void goalSeekSaysWhatTheAnswerBreaks();
    void goalSeekWithoutSolutionExitsOne();
    void goalSeekBadRequestsExitTwo();
};

void TestRiskCli::riskPrintsHeadlineRisks()
{
    const Run run = cli({QStringLiteral("risk"), sample("west-cautionary-1000-card"), QStringLiteral("--presets"),
                         QStringLiteral("--trials"), QStringLiteral("512"), QStringLiteral("--scenario"),
                         QStringLiteral("ignored for a JSON file")});
    QCOMPARE(run.exitCode, 0);
    for (const char* text : {"Headline risks", "P(average utilization < 30%)", "Distributions", "Tornado",
                             "Utilization by year", "Convergence"}) {
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
    }
    QVERIFY(!run.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
    QVERIFY(run.err.isEmpty());
}

void TestRiskCli::riskJson()
{
    const Run run = cli({QStringLiteral("risk"), sample("west-cautionary-1000-card"), QStringLiteral("--presets"),
                         QStringLiteral("--trials"), QStringLiteral("512"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("risk"));
    // The cautionary center: half-empty racks and thin demand; most trials stay under 30% utilization and
    // none pays back.
    const QJsonObject headline = json.value(QStringLiteral("headline")).toObject();
    QVERIFY(headline.value(QStringLiteral("probabilityUtilizationBelow")).toDouble() > 0.5);
    QVERIFY(headline.value(QStringLiteral("probabilityNpvNegative")).toDouble() > 0.9);
    const QJsonObject distributions = json.value(QStringLiteral("distributions")).toObject();
    for (const char* key : {"npvAfterTaxCny", "projectIrrAfterTax", "paybackYears", "averageUtilization",
                            "rackingRateAtFullDeployment", "publicCostCny"}) {
        const QJsonObject d = distributions.value(QLatin1String(key)).toObject();
        QVERIFY2(d.value(QStringLiteral("count")).toInt() + d.value(QStringLiteral("missing")).toInt() == 512, key);
    }
    QCOMPARE(distributions.value(QStringLiteral("averageUtilization"))
                 .toObject()
                 .value(QStringLiteral("histogram"))
                 .toArray()
                 .size(),
             40);
    const QJsonObject fan =
        json.value(QStringLiteral("fanCharts")).toObject().value(QStringLiteral("utilization")).toObject();
    QCOMPARE(fan.value(QStringLiteral("p50")).toArray().size(), 15);
    QVERIFY(json.value(QStringLiteral("sensitivity")).toObject().contains(QStringLiteral("averageUtilization")));
    QVERIFY(!run.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
}

void TestRiskCli::sameSeedSameJsonWhateverTheThreads()
{
    QStringList arguments{QStringLiteral("risk"),     sample("east-500p-vouchers"), QStringLiteral("--presets"),
                          QStringLiteral("--trials"), QStringLiteral("300"),        QStringLiteral("--seed"),
                          QStringLiteral("42"),       QStringLiteral("--sampler"),  QStringLiteral("lhs"),
                          QStringLiteral("--json")};
    const Run one = cli(arguments + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const Run three = cli(arguments + QStringList{QStringLiteral("--threads"), QStringLiteral("3")});
    QCOMPARE(one.exitCode, 0);
    QJsonObject a = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QJsonObject b = QJsonDocument::fromJson(three.out.toUtf8()).object();
    QCOMPARE(a.value(QStringLiteral("threads")).toInt(), 1);
    a.remove(QStringLiteral("threads"));
    b.remove(QStringLiteral("threads"));
    QVERIFY(a == b);
}

void TestRiskCli::riskWithoutUncertaintyExitsTwo()
{
    const Run run = cli({QStringLiteral("risk"), sample("west-hub-training")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("no uncertain inputs or events")) &&
                 run.err.contains(QLatin1String("--presets")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestRiskCli::badOptionsAllReportedExitTwo()
{
    const Run run = cli({QStringLiteral("risk"), sample("west-hub-training"), QStringLiteral("--trials"),
                         QStringLiteral("0"), QStringLiteral("--sampler"), QStringLiteral("halton"),
                         QStringLiteral("--threshold"), QStringLiteral("1.5")});
    QCOMPARE(run.exitCode, 2);
    for (const char* text : {"--trials: expected a whole number from 1 to 10000000, found \"0\"",
                             "--sampler: expected sobol or lhs, found \"halton\"",
                             "--threshold: expected a share from 0 to 1, found \"1.5\""}) {
        QVERIFY2(run.err.contains(QLatin1String(text)), qPrintable(run.err));
    }
    QCOMPARE(cli({QStringLiteral("risk"), QStringLiteral("no-such-file.json"), QStringLiteral("--presets")}).exitCode,
             1);
}

void TestRiskCli::badUncertaintyNamesTheField()
{
    QTemporaryDir dir;
    const QJsonObject uncertainty = QJsonDocument::fromJson(R"({
        "inputs": [{"path": "demand[0].captureShare", "distribution": {"type": "normal", "mean": 0.3, "sd": -1}}],
        "events": [{"type": "constructionDelay", "probability": 1.2, "delayMonths": 6}]})")
                                        .object();
    const QString path = variant(dir, "west-cautionary-1000-card", QStringLiteral("uncertainty"), uncertainty);
    for (const char* command : {"validate", "risk"}) {
        const Run run = cli({QString::fromLatin1(command), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String(
                     "uncertainty.inputs[0].distribution.sd: a standard deviation cannot be negative (-1)")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("uncertainty.events[0].probability: 1.2 is outside")),
                 qPrintable(run.err));
    }
}

void TestRiskCli::goalSeekFindsAnswer()
{
    const Run run = cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
                         QStringLiteral("chipMix[*].override.rentalPriceCnyPerCardHour"), QStringLiteral("--factor"),
                         QStringLiteral("--max"), QStringLiteral("10"), QStringLiteral("--target"),
                         QStringLiteral("projectIrrAfterTax=8%"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("found")).toBool());
    QVERIFY(std::abs(json.value(QStringLiteral("achieved")).toDouble() - 0.08) < 1e-6);
    QVERIFY(json.value(QStringLiteral("value")).toDouble() > 1.0); // prices must rise for an 8% return
    const Run text = cli({QStringLiteral("goal-seek"), sample("west-cautionary-1000-card"), QStringLiteral("--vary"),
                          QStringLiteral("demand[*].captureShare"), QStringLiteral("--factor"),
                          QStringLiteral("--target"), QStringLiteral("averageUtilization=0.5"), QStringLiteral("--p50"),
                          QStringLiteral("--presets"), QStringLiteral("--trials"), QStringLiteral("256")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Answer: demand[*].captureShare = ×")), qPrintable(text.out));
}

void TestRiskCli::goalSeekSaysWhatTheAnswerBreaks()
{
    // Twice the cards would keep the hub 70% busy, but its halls do not hold them: the answer says so (in the
    // text and in the JSON), and is still an answer (exit 0).
    const QStringList arguments{QStringLiteral("goal-seek"),
                                sample("west-hub-training"),
                                QStringLiteral("--vary"),
                                QStringLiteral("chipMix[*].count"),
                                QStringLiteral("--factor"),
                                QStringLiteral("--target"),
                                QStringLiteral("averageUtilization=0.7")};
    const Run text = cli(arguments);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("But with this value the scenario has 3 problems:")) &&
                 text.out.contains(QLatin1String("rack positions are ready")),
             qPrintable(text.out));
    const Run json = cli(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("problemsAtAnswer")).toArray().size(), 3);
}

void TestRiskCli::goalSeekWithoutSolutionExitsOne()
{
    // Free electricity does not rescue the hub's NPV, and neither does any tariff up to 10 CNY/kWh.
    const Run run = cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
                         QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("--target"),
                         QStringLiteral("npvAfterTaxCny=0")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("No value in the range reaches the goal: NPV after tax stays below the "
                                            "target at both ends.")),
             qPrintable(run.out));
    // No payback anywhere: that is later than any target, so the payback "stays above" it.
    const Run payback = cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
                             QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("--target"),
                             QStringLiteral("paybackYears=5")});
    QCOMPARE(payback.exitCode, 1);
    QVERIFY2(payback.out.contains(QLatin1String("Payback stays above the target at both ends")),
             qPrintable(payback.out));
}

void TestRiskCli::goalSeekBadRequestsExitTwo()
{
    const Run noVary = cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--target"),
                            QStringLiteral("npv=0")});
    QCOMPARE(noVary.exitCode, 2);
    QVERIFY(noVary.err.contains(QLatin1String("--vary: required")));
    QVERIFY2(noVary.err.contains(QLatin1String("--target: expected METRIC=VALUE with METRIC one of npvAfterTaxCny")),
             qPrintable(noVary.err));
    const Run unknown =
        cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
             QStringLiteral("racks.designKwPerRack"), QStringLiteral("--target"), QStringLiteral("npvAfterTaxCny=0")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("racks.designKwPerRack cannot be varied")), qPrintable(unknown.err));
    const Run median = cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
                            QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("--target"),
                            QStringLiteral("npvAfterTaxCny=0"), QStringLiteral("--p50")});
    QCOMPARE(median.exitCode, 2);
    QVERIFY2(median.err.contains(QLatin1String("a P50 needs uncertain inputs")), qPrintable(median.err));
    // Not-a-number and infinite bounds, targets and thresholds are refused, as are Monte Carlo settings for a
    // deterministic goal.
    const Run notNumbers =
        cli({QStringLiteral("goal-seek"), sample("west-hub-training"), QStringLiteral("--vary"),
             QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("--target"),
             QStringLiteral("npvAfterTaxCny=nan"), QStringLiteral("--min"), QStringLiteral("nan"),
             QStringLiteral("--max"), QStringLiteral("inf"), QStringLiteral("--trials"), QStringLiteral("500")});
    QCOMPARE(notNumbers.exitCode, 2);
    for (const char* expected : {"--target: expected METRIC=VALUE", "--min: expected a number",
                                 "--max: expected a number", "--trials: applies to a goal on the P50 only"}) {
        QVERIFY2(notNumbers.err.contains(QLatin1String(expected)), qPrintable(notNumbers.err));
    }
    const Run threshold = cli(
        {QStringLiteral("risk"), sample("west-hub-training"), QStringLiteral("--threshold"), QStringLiteral("nan")});
    QCOMPARE(threshold.exitCode, 2);
    QVERIFY2(threshold.err.contains(QLatin1String("--threshold: expected a share from 0 to 1")),
             qPrintable(threshold.err));
}

QTEST_GUILESS_MAIN(TestRiskCli)
#include "TestRiskCli.moc"
