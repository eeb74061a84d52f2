// Each class of bad input gets a message that names the field and says why; nothing is evaluated from it.

#include "TestScenarios.h"
#include "model/JsonText.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace suanpan;

namespace {

/// Every issue as "path: message", one per line.
QString problemsOf(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, test::catalog(), &problems);
    return resolved ? QString() : problems;
}

QJsonObject without(const QString& path)
{
    QJsonObject json = test::simpleScenarioJson();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        json.remove(path);
    } else {
        QJsonObject child = json.value(parts[0]).toObject();
        child.remove(parts[1]);
        json.insert(parts[0], child);
    }
    return json;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void simpleFixtureIsValid();
    void badValue_data();
    void badValue();
    void missingFields_data();
    void missingFields();
    void everyProblemAtOnce();
    void badHorizonIsReportedOnce();
    void contractNeedsATerm();
    void contractProblems_data();
    void contractProblems();
    void colocationProblems_data();
    void colocationProblems();
    void refreshChipMustExistAndFit();
    void timeOfUseHoursFitInADay();
    void notFiniteNumbers();
    void jsonSyntaxErrorHasLineAndColumn();
    void keyWrittenTwiceIsRefused();
    void tooNewFormatIsRefused();
};

void TestValidation::simpleFixtureIsValid()
{
    QCOMPARE(problemsOf(test::simpleScenarioJson()), QString());
}

void TestValidation::badValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative card count") << "chipMix[0].count" << QJsonValue(-5)
                                         << "chipMix[0].count: -5 is outside the allowed range 1 … 1000000 cards";
    QTest::newRow("absurd card count") << "chipMix[0].count" << QJsonValue(1e12)
                                       << "chipMix[0].count: 1e+12 is outside the allowed range 1 … 1000000 cards";
    QTest::newRow("absurd bandwidth bill")
        << "operations.bandwidthCnyPerYear" << QJsonValue(1e15) << "operations.bandwidthCnyPerYear: 1e+15 is outside";
    QTest::newRow("capture share above 1") << "demand[0].captureShare" << QJsonValue(1.5)
                                           << "demand[0].captureShare: 1.5 is outside the allowed range 0 … 1";
    QTest::newRow("fractional count") << "chipMix[0].count" << QJsonValue(2.5)
                                      << "chipMix[0].count: expected a whole number, found 2.5";
    QTest::newRow("count as text") << "chipMix[0].count" << QJsonValue(QStringLiteral("eighty"))
                                   << "chipMix[0].count: expected a whole number, found \"eighty\"";
    QTest::newRow("subsidy PUE cap below 1")
        << "policies.capexSubsidies[0].conditions.maxPue" << QJsonValue(0.9) << "a PUE of 0.9 is below 1";
    QTest::newRow("cooling override makes PUE fall below 1")
        << "cooling.override.pue.fixedShare" << QJsonValue(-0.5)
        << "cooling.override.pue.fixedShare: -0.5 is outside the allowed range 0 … 2";
    QTest::newRow("density above the cooling limit")
        << "racks.designKwPerRack" << QJsonValue(45)
        << "racks.designKwPerRack: rack density 45 kW exceeds the 20 kW that Test cooling supports";
    QTest::newRow("rack too weak for one server") << "racks.designKwPerRack" << QJsonValue(4)
                                                  << "one Test GPU server draws 5 kW, more than the 4 kW rack density";
    QTest::newRow("not enough rack positions")
        << "facilityPhases[0].rackPositions" << QJsonValue(3)
        << "chipMix[0].deployMonth: by month 0 the deployed servers need 5 racks but only 3 rack positions are ready";
    QTest::newRow("cards before the building is ready")
        << "facilityPhases[0].constructionMonths" << QJsonValue(6)
        << "by month 0 the deployed servers need 5 racks but only 0 rack positions are ready";
    QTest::newRow("unknown chip id") << "chipMix[0].chipId" << QJsonValue(QStringLiteral("h999"))
                                     << "chipMix[0].chipId: \"h999\" is not in the chips catalog";
    QTest::newRow("unknown region id") << "site.regionId" << QJsonValue(QStringLiteral("atlantis"))
                                       << "site.regionId: \"atlantis\" is not in the regions catalog";
    QTest::newRow("unknown cooling id") << "cooling.technologyId" << QJsonValue(QStringLiteral("fans"))
                                        << "cooling.technologyId: \"fans\" is not in the cooling catalog";
    QTest::newRow("unknown workload") << "demand[0].workload" << QJsonValue(QStringLiteral("gaming"))
                                      << "demand[0].workload: \"gaming\" is not one of: training, fineTuning";
    QTest::newRow("unknown field") << "racks.densityKw" << QJsonValue(10)
                                   << "racks.densityKw: unknown field (allowed: designKwPerRack)";
    QTest::newRow("unknown override field")
        << "chipMix[0].override.speed" << QJsonValue(3) << "chipMix[0].override.speed: cannot be overridden";
    QTest::newRow("override out of range")
        << "chipMix[0].override.tdpW" << QJsonValue(-700)
        << "chipMix[0].override.tdpW: -700 is outside the allowed range 1 … 100000 W";
    QTest::newRow("allowed chip not in the mix")
        << "demand[0].allowedChips" << QJsonValue(QJsonArray{QStringLiteral("b200")})
        << "demand[0].allowedChips[0]: \"b200\" is not a chip of the chip mix";
    QTest::newRow("series of the wrong length")
        << "demand[0].forecast"
        << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("series")},
                                  {QStringLiteral("seriesPflops"), QJsonArray{1, 2, 3}}})
        << "demand[0].forecast.seriesPflops: has 3 values; a series needs one per year (2) or one per month (24)";
    QTest::newRow("series without values")
        << "demand[0].forecast" << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("series")}})
        << "demand[0].forecast.seriesPflops: required field is missing";
    // A parameter of another type is refused, naming the ones this type has (it was read and ignored before).
    QTest::newRow("saturation of a constant-rate forecast")
        << "demand[0].forecast.saturationPflops" << QJsonValue(900)
        << "demand[0].forecast.saturationPflops: unknown field (allowed: type, baseDemandPflops, growthPerYear)";
    QTest::newRow("control: the test GPU serves HPC at half efficiency")
        << "demand[0].workload" << QJsonValue(QStringLiteral("hpc")) << "";
    QTest::newRow("no chip can serve the segment")
        << "chipMix[0].override.ecosystemEfficiency" << QJsonValue(QJsonObject{{QStringLiteral("inference"), 0}})
        << "demand[0]: no chip in the mix can serve this segment (Inference at FP16 or higher precision)";
    QTest::newRow("voucher for an unknown segment")
        << "policies.vouchers.eligibleSegments" << QJsonValue(QJsonArray{QStringLiteral("gamers")})
        << "policies.vouchers.eligibleSegments[0]: \"gamers\" is not a demand segment";
    QTest::newRow("deployment after the horizon") << "chipMix[0].deployMonth" << QJsonValue(30)
                                                  << "chipMix[0].deployMonth: month 30 is after the 24-month horizon";
    QTest::newRow("loan longer than the horizon")
        << "finance.debtShare" << QJsonValue(0.5)
        << "finance.debtTenorYears: a loan of 8 years cannot be repaid within the 2-year horizon";
    const QString format = QStringLiteral("formatVersion: expected a whole number from 1");
    QTest::newRow("negative format") << "formatVersion" << QJsonValue(-7)
                                     << format + QStringLiteral(" (this version of "
                                                                "Suanpan writes 1), found -7");
    QTest::newRow("fractional format") << "formatVersion" << QJsonValue(1.5) << format;
    QTest::newRow("format as text") << "formatVersion" << QJsonValue(QStringLiteral("1")) << format;
    QTest::newRow("format null") << "formatVersion" << QJsonValue(QJsonValue::Null) << format;
    QTest::newRow("name too long") << "name" << QJsonValue(QString(201, QLatin1Char('x')))
                                   << "name: 201 characters; at most 200 fit";
    QTest::newRow("line break in the name")
        << "name" << QJsonValue(QStringLiteral("Phase 1\nPhase 2")) << "name: holds a control character";
    QTest::newRow("half a surrogate pair in the name")
        << "name" << QJsonValue(QStringLiteral("x") + QChar(0xD800)) << "name: holds a control character";
    // The fixture's grant covers every item at 10%; a second one of 95% on the cards covers 105% of them.
    QTest::newRow("subsidies over all of an item")
        << "policies.capexSubsidies"
        << QJsonValue(
               QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Grant")}, {QStringLiteral("rate"), 0.1}},
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Cards")},
                                      {QStringLiteral("rate"), 0.95},
                                      {QStringLiteral("eligibleItems"), QJsonArray{QStringLiteral("cards")}}}})
        << "policies.capexSubsidies: the rates of Grant + Cards add up to 105% of cards, more than all of it";
    QTest::newRow("control: subsidies on different items")
        << "policies.capexSubsidies"
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Building")},
                                             {QStringLiteral("rate"), 0.6},
                                             {QStringLiteral("eligibleItems"), QJsonArray{QStringLiteral("building")}}},
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Cards")},
                                             {QStringLiteral("rate"), 0.95},
                                             {QStringLiteral("eligibleItems"), QJsonArray{QStringLiteral("cards")}}}})
        << "";
}

void TestValidation::badValue()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = test::simpleScenarioJson();
    if (path.startsWith(QLatin1String("policies.capexSubsidies"))) {
        test::setPath(json, QStringLiteral("policies.capexSubsidies[0].rate"), 0.1);
    }
    test::setPath(json, path, value);
    const QString problems = problemsOf(json);
    if (expected.isEmpty()) {
        // A control row: valid as changed (e.g. the test GPU serves HPC at 0.5 efficiency).
        QCOMPARE(problems, QString());
        return;
    }
    QVERIFY2(problems.contains(expected), qPrintable(QStringLiteral("got:\n") + problems));
}

void TestValidation::missingFields_data()
{
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no region") << "site.regionId"
                               << "site.regionId: required field is missing";
    QTest::newRow("no chip mix") << "chipMix"
                                 << "chipMix: required list is missing";
    QTest::newRow("no facility phases") << "facilityPhases"
                                        << "facilityPhases: required list is missing";
    QTest::newRow("no rack density") << "racks.designKwPerRack"
                                     << "racks.designKwPerRack: required field is missing";
    QTest::newRow("no name") << "name"
                             << "name: required field is missing";
    QTest::newRow("no cooling") << "cooling.technologyId"
                                << "cooling.technologyId: required field is missing";
}

void TestValidation::missingFields()
{
    QFETCH(QString, removed);
    QFETCH(QString, expected);
    const QString problems = problemsOf(without(removed));
    QVERIFY2(problems.contains(expected), qPrintable(QStringLiteral("got:\n") + problems));
    // Said once: a missing field is not reported again as being of the wrong type.
    QVERIFY2(problems.count(removed + QStringLiteral(":")) == 1, qPrintable(QStringLiteral("got:\n") + problems));
}

void TestValidation::everyProblemAtOnce()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("chipMix[0].count"), -1);
    test::setPath(json, QStringLiteral("racks.designKwPerRack"), 45);
    test::setPath(json, QStringLiteral("demand[0].captureShare"), 2);
    test::setPath(json, QStringLiteral("finance.discountRate"), -1);
    const QString problems = problemsOf(json);
    for (const char* path :
         {"chipMix[0].count", "racks.designKwPerRack", "demand[0].captureShare", "finance.discountRate"}) {
        QVERIFY2(problems.contains(QLatin1String(path)), qPrintable(problems));
    }
}

void TestValidation::badHorizonIsReportedOnce()
{
    // The west hub has phases and deliveries after month 0, a yearly demand series, a capex subsidy paid in
    // a later year and a loan: against a negative horizon each would look wrong too, but the only problem
    // is the horizon.
    QFile file(test::samplePath(QStringLiteral("west-hub-training")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(problemsOf(json).isEmpty());
    json.insert(QStringLiteral("horizonYears"), -3);
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromJson(json, Catalog::builtIn(), report);
    QVERIFY(report.isValid());
    QVERIFY(!resolveScenario(scenario, Catalog::builtIn(), report));
    QCOMPARE(report.issues().size(), std::size_t{1});
    QCOMPARE(report.issues().front().path, QStringLiteral("horizonYears"));
    QVERIFY(report.issues().front().message.contains(QStringLiteral("1 … 30")));
}

void TestValidation::contractNeedsATerm()
{
    // Format 1's contract on the segment reads as a contract of the list (migration), whose term must be 1 year
    // or more (the message used to name demand[0].contractYears; it now names the contract it became).
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("demand[0].contractPflops"), 30);
    const QString problems = problemsOf(json);
    QVERIFY2(problems.contains(QStringLiteral("contracts[0].termYears: 0 is outside the allowed range 1 … 30")),
             qPrintable(problems));
    test::setPath(json, QStringLiteral("demand[0].contractYears"), 2);
    QVERIFY2(problemsOf(json).isEmpty(), qPrintable(problemsOf(json)));
}

void TestValidation::contractProblems_data()
{
    QTest::addColumn<QJsonObject>("contract");
    QTest::addColumn<QString>("expected");
    const QJsonObject base{{QStringLiteral("segment"), QStringLiteral("inference")},
                           {QStringLiteral("pflops"), 10},
                           {QStringLiteral("termYears"), 1}};
    auto changed = [&base](const char* key, const QJsonValue& value) {
        QJsonObject c = base;
        c.insert(QLatin1String(key), value);
        return c;
    };
    // The simple scenario: 2 years, 80 GPUs of 1 P each for inference from month 0.
    QTest::newRow("longer than the horizon")
        << changed("termYears", 3)
        << QStringLiteral("contracts[0].termYears: a 3-year term from month 0 ends in month 36, past the horizon's "
                          "24 months; at most 2 years fit");
    QTest::newRow("starts too late for its term")
        << changed("monthsAfterOpening", 18)
        << QStringLiteral("contracts[0].termYears: a 1-year term from month 18 ends in month 30");
    QTest::newRow("unknown segment") << changed("segment", QStringLiteral("nobody"))
                                     << QStringLiteral("contracts[0].segment: \"nobody\" is not a demand segment");
    QTest::newRow("more than the chips deliver")
        << changed("pflops", 100)
        << QStringLiteral("contracts[0].pflops: the contracts of segment \"inference\" reserve 100 P in month 0, "
                          "more than the 80 P its chips in service can deliver");
    QTest::newRow("take-or-pay above 1") << changed("takeOrPayShare", 1.5)
                                         << QStringLiteral("contracts[0].takeOrPayShare: 1.5 is outside");
    QTest::newRow("unknown field") << changed("priceUsd", 3) << QStringLiteral("contracts[0].priceUsd");
}

void TestValidation::contractProblems()
{
    QFETCH(QJsonObject, contract);
    QFETCH(QString, expected);
    QJsonObject json = test::simpleScenarioJson();
    json.insert(QStringLiteral("contracts"), QJsonArray{contract});
    const QString problems = problemsOf(json);
    QVERIFY2(problems.contains(expected), qPrintable(problems));
}

void TestValidation::colocationProblems_data()
{
    QTest::addColumn<QString>("housing");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("colocation fields on a center that builds")
        << "build"
        << "colocation.hostPue" << QJsonValue(1.4)
        << QStringLiteral("colocation: applies only to a center housed in a third-party IDC");
    QTest::newRow("a tenant pays no demand charge")
        << "colocation"
        << "power.tariffMode" << QJsonValue(QStringLiteral("twoPartDemand"))
        << QStringLiteral("power.tariffMode: a center housed in a third-party IDC pays the host for energy only");
    QTest::newRow("no roof for solar") << "colocation"
                                       << "power.solarKwp" << QJsonValue(100)
                                       << QStringLiteral("power.solarKwp: a center housed in a third-party IDC has no "
                                                         "site for solar");
    QTest::newRow("host PUE below 1") << "colocation"
                                      << "colocation.hostPue" << QJsonValue(0.9)
                                      << QStringLiteral("colocation.hostPue: 0.9 is outside the allowed range");
    QTest::newRow("unknown housing") << "tent"
                                     << "colocation.hostPue" << QJsonValue(1.4)
                                     << QStringLiteral("facility.housing: \"tent\" is not one of: build, colocation");
}

void TestValidation::colocationProblems()
{
    QFETCH(QString, housing);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("facility.housing"), housing);
    test::setPath(json, path, value);
    const QString problems = problemsOf(json);
    QVERIFY2(problems.contains(expected), qPrintable(problems));
}

void TestValidation::refreshChipMustExistAndFit()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("chipMix[0].refreshChipId"), QStringLiteral("nvidia-x"));
    QVERIFY2(problemsOf(json).contains(QStringLiteral("chipMix[0].refreshChipId: \"nvidia-x\" is not in the chips "
                                                      "catalog")),
             qPrintable(problemsOf(json)));
    // An 8×B200 server (8 × 1,000 W plus its overhead) does not fit the simple scenario's 10 kW racks.
    test::setPath(json, QStringLiteral("chipMix[0].refreshChipId"), QStringLiteral("b200"));
    QVERIFY2(problemsOf(json).contains(QStringLiteral("kW a rack is designed for: the refresh would not fit")),
             qPrintable(problemsOf(json)));
    test::setPath(json, QStringLiteral("chipMix[0].refreshChipId"), QStringLiteral("test-npu"));
    QVERIFY2(problemsOf(json).isEmpty(), qPrintable(problemsOf(json)));
}

void TestValidation::timeOfUseHoursFitInADay()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("power.touPeakHours"), 14);
    test::setPath(json, QStringLiteral("power.touValleyHours"), 12);
    const QString problems = problemsOf(json);
    QVERIFY2(problems.contains(QLatin1String("power.touValleyHours: 14 peak and 12 valley hours exceed")),
             qPrintable(problems));
}

void TestValidation::notFiniteNumbers()
{
    // JSON cannot carry NaN or Inf, but an editor or a sampler could set them on the model directly.
    const Catalog catalog = test::catalog();
    ValidationReport parseReport;
    Scenario scenario = ScenarioJson::fromJson(test::simpleScenarioJson(), catalog, parseReport);
    QVERIFY(parseReport.isValid());
    scenario.power.greenShare = std::numeric_limits<double>::quiet_NaN();
    scenario.demand[0].forecast.baseDemandPflops = std::numeric_limits<double>::infinity();
    ValidationReport report;
    QVERIFY(!resolveScenario(scenario, catalog, report).has_value());
    const QString problems = report.toTextLines().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("power.greenShare: NaN is not a finite number")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("demand[0].forecast.baseDemandPflops: Inf is not a finite number")),
             qPrintable(problems));
}

void TestValidation::jsonSyntaxErrorHasLineAndColumn()
{
    ValidationReport report;
    ScenarioJson::fromBytes("{\n  \"name\": \"x\",\n  \"horizonYears\": NaN\n}", test::catalog(), report);
    QVERIFY(!report.isValid());
    QVERIFY2(report.issues().front().message.contains(QLatin1String("line 3")),
             qPrintable(report.issues().front().message));
    ValidationReport notObject;
    ScenarioJson::fromBytes("[1, 2]", test::catalog(), notObject);
    QVERIFY(notObject.issues().front().message.contains(QLatin1String("expected a JSON object")));
}

void TestValidation::keyWrittenTwiceIsRefused()
{
    // A hand-edited file with "horizonYears" twice: a JSON parser keeps one silently; the file is refused, and
    // the message says which key and where (the second one, line 3 column 3).
    ValidationReport report;
    ScenarioJson::fromBytes("{\n  \"horizonYears\": 20,\n  \"horizonYears\": 2\n}", test::catalog(), report);
    QVERIFY(!report.isValid());
    QCOMPARE(report.issues().front().message,
             QStringLiteral("the key \"horizonYears\" appears twice in one object (line 3, column 3)"));
    // The same key in different objects, braces and quotes inside strings, and arrays are no duplicates; an
    // escaped spelling of a key is one.
    const QByteArray sameKeyElsewhere = "{\"a\": {\"x\": 1}, \"b\": {\"x\": [{\"x\": 2}, {\"x\": 3}]}}";
    const QByteArray keysInsideStrings = "{\"a\": \"}\\\"{,\\\"a\\\": \", \"b\": [\"a\", \"a\"]}";
    const QByteArray escapedSpelling = "{\"a\": {\"b\": 1, \"\\u0062\": 2}}";
    QCOMPARE(JsonText::duplicateKey(sameKeyElsewhere), QString());
    QCOMPARE(JsonText::duplicateKey(keysInsideStrings), QString());
    QVERIFY(JsonText::duplicateKey(escapedSpelling).contains(QLatin1String("\"b\" appears twice")));
    QVERIFY(JsonText::duplicateKey(QJsonDocument(test::simpleScenarioJson()).toJson()).isEmpty());
    // The column counts characters, as an editor does, not the three bytes of each Chinese one:
    // {"name": "中文", is 15 characters, so the second key starts in column 16.
    QVERIFY(JsonText::duplicateKey(QStringLiteral("{\"name\": \"中文\", \"name\": \"x\"}").toUtf8())
                .endsWith(QLatin1String("(line 1, column 16)")));
}

void TestValidation::tooNewFormatIsRefused()
{
    QJsonObject json = test::simpleScenarioJson();
    json.insert(QStringLiteral("formatVersion"), 99);
    const QString problems = problemsOf(json);
    QVERIFY2(problems.contains(QLatin1String("format 99, newer than format 1")), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
