// The bundled samples: the cautionary case reproduces what seed article 004 reports, and every sample's key
// figures are pinned as golden values (tests/data/engine/<sample>/expected.json) so that a change in the
// engine or the catalogs that moves them is seen and explained. Regenerate deliberately with
// SUANPAN_UPDATE_GOLDEN=1 after checking the new figures.

#include "TestScenarios.h"
#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "report/ResultsJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

ResolvedScenario loadSample(const QString& name)
{
    return test::resolveFile(test::samplePath(name));
}

/// The figures pinned per sample: the summary's numbers and the analysis's.
QJsonObject keyFigures(const ResolvedScenario& s)
{
    const Results results = evaluate(s);
    const QJsonObject all = ResultsJson::toJson(s.input.name, results, analyze(s));
    QJsonObject figures;
    const QJsonObject summary = all.value(QStringLiteral("summary")).toObject();
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        if (it.value().isDouble()) {
            figures.insert(it.key(), it.value());
        } else if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("value"))) {
            figures.insert(it.key(), it.value().toObject().value(QStringLiteral("value")));
        }
    }
    const QJsonObject analysis = all.value(QStringLiteral("analysis")).toObject();
    for (auto it = analysis.begin(); it != analysis.end(); ++it) {
        if (it.value().isDouble()) {
            figures.insert(QStringLiteral("analysis.") + it.key(), it.value());
        } else if (it.value().isObject()) {
            figures.insert(QStringLiteral("analysis.") + it.key(),
                           it.value().toObject().value(QStringLiteral("value")));
        }
    }
    return figures;
}

} // namespace

class TestSamples : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cautionaryCaseMatchesTheArticle();
    void golden_data();
    void golden();
};

void TestSamples::cautionaryCaseMatchesTheArticle()
{
    // Seed article 004: racking rate under 50%, utilization of racked servers under 30%, annual operating
    // cost above 30 M CNY.
    const Results r = evaluate(loadSample(QStringLiteral("west-cautionary-1000-card")));
    QVERIFY(r.summary.rackingRateAtFullDeployment < 0.5);
    QVERIFY2(r.summary.averageUtilization < 0.3, qPrintable(QString::number(r.summary.averageUtilization)));
    QVERIFY2(r.summary.averageAnnualOpexCny > 30e6, qPrintable(QString::number(r.summary.averageAnnualOpexCny)));
    QVERIFY2(r.summary.firstFullYearOpexCny > 30e6, qPrintable(QString::number(r.summary.firstFullYearOpexCny)));
    QVERIFY(r.summary.npvAfterTaxCny < 0);
}

void TestSamples::golden_data()
{
    QTest::addColumn<QString>("sample");
    for (const char* name :
         {"west-cautionary-1000-card", "east-500p-vouchers", "west-hub-training", "commercial-h200-contracted",
          "colocated-h200-contracted", "municipal-wuhan-marginal", "network-qingyang-spot"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestSamples::golden()
{
    QFETCH(QString, sample);
    const QJsonObject actual = keyFigures(loadSample(sample));
    const QString path = QStringLiteral(SUANPAN_TEST_DATA_DIR "/engine/%1/expected.json").arg(sample);
    if (qEnvironmentVariableIntValue("SUANPAN_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        QSKIP("golden file rewritten");
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue value = actual.value(it.key());
        if (it.value().isNull()) {
            QVERIFY2(value.isNull(), qPrintable(it.key()));
            continue;
        }
        const double want = it.value().toDouble();
        const double got = value.toDouble();
        QVERIFY2(
            std::abs(got - want) <= 1e-6 * std::max(1.0, std::abs(want)),
            qPrintable(QStringLiteral("%1: %2, golden %3").arg(it.key()).arg(got, 0, 'g', 12).arg(want, 0, 'g', 12)));
    }
}

QTEST_GUILESS_MAIN(TestSamples)
#include "TestSamples.moc"
