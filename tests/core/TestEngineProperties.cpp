// Properties that must hold for any scenario: checked over the bundled samples and the large fixture
// with inputs swept across their ranges.

#include "TestScenarios.h"
#include "engine/Engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suanpan;

namespace {

QJsonObject load(const QString& name)
{
    QFile file(test::samplePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", qPrintable(name));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

Results run(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> s = test::resolve(json, test::catalog(), &problems);
    if (!s) {
        qFatal("scenario does not validate: %s", qPrintable(problems));
    }
    return evaluate(*s);
}

double totalOpex(const Results& r)
{
    double sum = 0;
    for (const YearResult& y : r.years) {
        sum += y.opexTotal;
    }
    return sum;
}

/// Multiplies every segment's demand level by factor.
QJsonObject scaleDemand(QJsonObject json, double factor)
{
    QJsonArray segments = json.value(QStringLiteral("demand")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QJsonObject segment = segments.at(i).toObject();
        QJsonObject forecast = segment.value(QStringLiteral("forecast")).toObject();
        for (const char* key : {"baseDemandPflops", "saturationPflops"}) {
            if (forecast.contains(QLatin1String(key))) {
                forecast.insert(QLatin1String(key), forecast.value(QLatin1String(key)).toDouble() * factor);
            }
        }
        if (forecast.contains(QLatin1String("seriesPflops"))) {
            QJsonArray series = forecast.value(QLatin1String("seriesPflops")).toArray();
            for (qsizetype k = 0; k < series.size(); ++k) {
                series[k] = series.at(k).toDouble() * factor;
            }
            forecast.insert(QLatin1String("seriesPflops"), series);
        }
        segment.insert(QStringLiteral("forecast"), forecast);
        segments[i] = segment;
    }
    json.insert(QStringLiteral("demand"), segments);
    return json;
}

} // namespace

class TestEngineProperties : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void higherTariffNeverLowersOpex_data() { scenarios_data(); }
    void higherTariffNeverLowersOpex();
    void moreDemandNeverLowersUtilization_data() { scenarios_data(); }
    void moreDemandNeverLowersUtilization();
    void vouchersRaiseUtilizationAndPublicCost();
    void convertedUsersOnlyAddDemand();
    void failedConditionPaysNothing_data() { scenarios_data(); }
    void failedConditionPaysNothing();
    void sameInputSameOutput();
};

void TestEngineProperties::scenarios_data()
{
    QTest::addColumn<QJsonObject>("json");
    for (const char* name : {"west-cautionary-1000-card", "east-500p-vouchers", "west-hub-training"}) {
        QTest::newRow(name) << load(QString::fromLatin1(name));
    }
    QTest::newRow("large fixture") << test::largeScenarioJson();
    QTest::newRow("simple fixture") << test::simpleScenarioJson();
}

void TestEngineProperties::higherTariffNeverLowersOpex()
{
    QFETCH(QJsonObject, json);
    double previous = -1;
    for (double tariff : {0.0, 0.2, 0.36, 0.5, 0.85, 1.5, 3.0}) {
        test::setPath(json, QStringLiteral("site.override.tariffCnyPerKwh"), tariff);
        const double opex = totalOpex(run(json));
        QVERIFY2(opex >= previous,
                 qPrintable(QStringLiteral("tariff %1: %2 < %3").arg(tariff).arg(opex).arg(previous)));
        previous = opex;
    }
}

void TestEngineProperties::moreDemandNeverLowersUtilization()
{
    QFETCH(QJsonObject, json);
    std::vector<double> previous;
    for (double factor : {0.0, 0.1, 0.5, 1.0, 2.0, 5.0, 50.0}) {
        const Results r = run(scaleDemand(json, factor));
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            const double u = r.years[y].utilization;
            QVERIFY2(u >= 0.0 && u <= 1.0 + 1e-12, qPrintable(QStringLiteral("year %1: %2").arg(y).arg(u)));
            QVERIFY2(r.years[y].servedPflopsHours <= r.years[y].demandPflopsHours * (1 + 1e-12) + 1e-9,
                     "served more than demanded");
            if (!previous.empty()) {
                QVERIFY2(u >= previous[y] - 1e-12,
                         qPrintable(
                             QStringLiteral("factor %1, year %2: %3 < %4").arg(factor).arg(y).arg(u).arg(previous[y])));
            }
        }
        previous.clear();
        for (const YearResult& y : r.years) {
            previous.push_back(y.utilization);
        }
    }
}

void TestEngineProperties::vouchersRaiseUtilizationAndPublicCost()
{
    QJsonObject json = load(QStringLiteral("east-500p-vouchers"));
    QJsonObject noVouchers = json;
    test::setPath(noVouchers, QStringLiteral("policies.vouchers.coverage"), 0.0);
    const Results with = run(json);
    const Results without = run(noVouchers);
    QVERIFY(with.summary.averageUtilization > without.summary.averageUtilization);
    QVERIFY(with.summary.publicCostCny > without.summary.publicCostCny);
    QVERIFY(with.summary.voucherSpendCny > 0);
    QCOMPARE(without.summary.voucherSpendCny, 0.0);
    // A larger coverage (still within budget) never lowers utilization.
    test::setPath(json, QStringLiteral("policies.vouchers.coverage"), 0.5);
    QVERIFY(run(json).summary.averageUtilization >= with.summary.averageUtilization);
}

void TestEngineProperties::convertedUsersOnlyAddDemand()
{
    // Trial users who stay add demand in every year, never take any away, and more of them never hurt.
    QJsonObject json = load(QStringLiteral("east-500p-vouchers"));
    const Results none = run(json);
    Results previous = none;
    for (double share : {0.25, 0.5, 1.0}) {
        test::setPath(json, QStringLiteral("policies.vouchers.conversionShare"), share);
        const Results r = run(json);
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            QVERIFY(r.years[y].demandPflopsHours >= previous.years[y].demandPflopsHours * (1 - 1e-12));
            QVERIFY(r.years[y].cardHoursUsed >= previous.years[y].cardHoursUsed * (1 - 1e-12));
            QVERIFY(r.years[y].utilization <= 1.0);
        }
        previous = r;
    }
    // After the program, the eligible segments keep demand they would not have had.
    QVERIFY(previous.summary.averageUtilization > none.summary.averageUtilization);
}

void TestEngineProperties::failedConditionPaysNothing()
{
    QFETCH(QJsonObject, json);
    // Conditions impossible to meet, one at a time.
    const QList<QPair<QString, double>> impossible = {{QStringLiteral("minScalePflopsFp16"), 1e7},
                                                      {QStringLiteral("maxPue"), 1.0001},
                                                      {QStringLiteral("minRackingRate"), 1.0},
                                                      {QStringLiteral("minDomesticShare"), 1.0}};
    for (const auto& [condition, value] : impossible) {
        QJsonObject subsidy{{QStringLiteral("name"), QStringLiteral("Impossible")},
                            {QStringLiteral("rate"), 0.5},
                            {QStringLiteral("conditions"), QJsonObject{{condition, value}}}};
        test::setPath(json, QStringLiteral("policies.capexSubsidies"), QJsonArray{subsidy});
        const Results r = run(json);
        bool met = true;
        for (const ComplianceItem& item : r.compliance) {
            met = met && (item.met || item.kind != ComplianceKind::SubsidyCondition);
        }
        if (!met) {
            QCOMPARE(r.summary.capexSubsidyCny, 0.0);
            QCOMPARE(r.subsidies.front().amountCny, 0.0);
        }
        // No design installs 10 million P, and no PUE can be as low as 1.0001.
        if (condition == QLatin1String("minScalePflopsFp16") || condition == QLatin1String("maxPue")) {
            QVERIFY2(!met, qPrintable(condition));
        }
    }
}

void TestEngineProperties::sameInputSameOutput()
{
    const QJsonObject json = test::largeScenarioJson();
    const Results a = run(json);
    const Results b = run(json);
    QCOMPARE(a.summary.npvAfterTaxCny, b.summary.npvAfterTaxCny);
    QCOMPARE(a.summary.averageUtilization, b.summary.averageUtilization);
}

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "TestEngineProperties.moc"
