// The scenario's uncertainty section: read and written exactly, and every malformed entry reported with its
// path and the reason, all at once, like every other input.

#include "TestScenarios.h"
#include "model/ScenarioJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suanpan;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// Every kind of distribution, both kinds of event and a correlation, all valid on the simple fixture.
QJsonObject fullUncertainty()
{
    return parse(R"({
        "inputs": [
          {"path": "demand[0].forecast.growthPerYear", "distribution": {"type": "normal", "mean": 0.1, "sd": 0.05}},
          {"path": "chipMix[0].override.cardPriceCny",
           "distribution": {"type": "lognormal", "mean": 100000, "sd": 20000}, "note": "quotes vary"},
          {"path": "site.override.tariffCnyPerKwh", "apply": "factor",
           "distribution": {"type": "triangular", "min": 0.8, "mode": 1, "max": 1.2}},
          {"path": "demand[*].captureShare", "distribution": {"type": "pert", "min": 0.5, "mode": 0.8, "max": 1}},
          {"path": "cooling.override.capexCnyPerKw", "distribution": {"type": "uniform", "min": 4000, "max": 6000}}],
        "events": [
          {"type": "constructionDelay", "probability": 0.3, "delayMonths": 6},
          {"type": "chipSupplyCut", "probability": 0.2, "affectedShare": 0.5, "delayMonths": 12}],
        "correlations": [{"a": "demand[0].forecast.growthPerYear", "b": "demand[*].captureShare", "rho": 0.5}]
    })");
}

QString problemsWith(const QJsonObject& uncertainty)
{
    QJsonObject json = test::simpleScenarioJson();
    json.insert(QStringLiteral("uncertainty"), uncertainty);
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, test::catalog(), &problems);
    return resolved ? QString() : problems;
}

QJsonObject oneInput(const char* input)
{
    return QJsonObject{{QStringLiteral("inputs"), QJsonArray{parse(input)}}};
}

} // namespace

class TestUncertaintyInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void fullSectionIsValid();
    void badEntry_data();
    void badEntry();
    void everyProblemAtOnce();
};

void TestUncertaintyInput::roundTrip()
{
    QJsonObject json = test::simpleScenarioJson();
    QJsonObject uncertainty = fullUncertainty();
    QJsonArray events = uncertainty.value(QStringLiteral("events")).toArray();
    events.append(parse(R"({"type": "contractLoss", "probability": 0.2, "contract": 1, "note": "LOI"})"));
    events.append(parse(R"({"type": "contractLoss", "probability": 0.1})")); // every contract
    uncertainty.insert(QStringLiteral("events"), events);
    json.insert(QStringLiteral("uncertainty"), uncertainty);
    const Catalog catalog = test::catalog();
    ValidationReport report;
    const Scenario first = ScenarioJson::fromJson(json, catalog, report);
    QVERIFY2(report.isValid(), qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
    QCOMPARE(first.uncertainty.inputs.size(), std::size_t{5});
    QCOMPARE(first.uncertainty.inputs[2].apply, UncertainApply::Factor);
    QCOMPARE(first.uncertainty.inputs[1].distribution.type, DistributionType::Lognormal);
    QCOMPARE(first.uncertainty.events[1].type, RiskEventType::ChipSupplyCut);
    QCOMPARE(first.uncertainty.events[2].type, RiskEventType::ContractLoss);
    QCOMPARE(first.uncertainty.events[2].contract, 1);
    QCOMPARE(first.uncertainty.events[3].contract, -1);
    QCOMPARE(first.uncertainty.correlations[0].rho, 0.5);
    const QJsonObject written = ScenarioJson::toJson(first);
    const Scenario second = ScenarioJson::fromBytes(ScenarioJson::toBytes(first), catalog, report);
    QVERIFY2(report.isValid(), qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
    QVERIFY(second == first);
    QCOMPARE(ScenarioJson::toJson(second), written);
}

void TestUncertaintyInput::fullSectionIsValid()
{
    QCOMPARE(problemsWith(fullUncertainty()), QString());
}

void TestUncertaintyInput::badEntry_data()
{
    QTest::addColumn<QJsonObject>("uncertainty");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative sd") << oneInput(R"({"path": "demand[0].forecast.growthPerYear",
                                     "distribution": {"type": "normal", "mean": 0.1, "sd": -0.1}})")
                                 << "uncertainty.inputs[0].distribution.sd: a standard deviation cannot be negative "
                                    "(-0.1)";
    QTest::newRow("min above max") << oneInput(R"({"path": "demand[0].captureShare",
                                       "distribution": {"type": "triangular", "min": 0.9, "mode": 0.7, "max": 0.5}})")
                                   << "uncertainty.inputs[0].distribution.min: min 0.9 is above max 0.5";
    QTest::newRow("uniform min above max") << oneInput(R"({"path": "demand[0].captureShare",
                                               "distribution": {"type": "uniform", "min": 0.9, "max": 0.5}})")
                                           << "uncertainty.inputs[0].distribution.min: min 0.9 is above max 0.5";
    QTest::newRow("PERT mode outside min and max")
        << oneInput(R"({"path": "demand[0].captureShare",
                        "distribution": {"type": "pert", "min": 0.5, "mode": 1.2, "max": 1}})")
        << "uncertainty.inputs[0].distribution.mode: the mode 1.2 is outside min … max (0.5 … 1)";
    QTest::newRow("lognormal mean not above 0")
        << oneInput(R"({"path": "demand[0].forecast.growthPerYear",
                        "distribution": {"type": "lognormal", "mean": -1, "sd": 0.1}})")
        << "uncertainty.inputs[0].distribution.mean: a lognormal distribution needs a mean above 0 (-1)";
    QTest::newRow("bounded distribution beyond the field's range")
        << oneInput(R"({"path": "demand[0].captureShare",
                        "distribution": {"type": "triangular", "min": 0.5, "mode": 0.8, "max": 1.5}})")
        << "uncertainty.inputs[0].distribution.max: 1.5 is outside the field's allowed range 0 … 1 share";
    QTest::newRow("normal with no probability in range")
        << oneInput(R"({"path": "demand[0].captureShare", "distribution": {"type": "normal", "mean": 5, "sd": 0.1}})")
        << "uncertainty.inputs[0].distribution: has almost no probability inside the field's allowed range 0 … 1";
    QTest::newRow("negative factor") << oneInput(R"({"path": "site.override.tariffCnyPerKwh", "apply": "factor",
                                         "distribution": {"type": "uniform", "min": -0.2, "max": 1.2}})")
                                     << "uncertainty.inputs[0].distribution.min: a factor cannot be negative (-0.2)";
    QTest::newRow("unknown path") << oneInput(R"({"path": "demand[0].captureShares",
                                      "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}})")
                                  << "uncertainty.inputs[0].path: \"demand[0].captureShares\" is not a numeric field "
                                     "of this scenario";
    QTest::newRow("wildcard over an empty list") << oneInput(R"({"path": "policies.capexSubsidies[*].rate",
                                                     "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}})")
                                                 << "uncertainty.inputs[0].path: \"policies.capexSubsidies[*].rate\" "
                                                    "is not a numeric field";
    QTest::newRow("selector of a segment id that does not exist")
        << oneInput(R"({"path": "demand[training].captureShare",
                        "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}})")
        << "uncertainty.inputs[0].path: \"demand[training].captureShare\" is not a numeric field";
    QTest::newRow("control: selectors by chip and segment id") << parse(R"({"inputs": [
               {"path": "demand[inference].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}},
               {"path": "chipMix[test-gpu].override.cardPriceCny", "apply": "factor",
                "distribution": {"type": "uniform", "min": 0.9, "max": 1.1}}]})")
                                                               << "";
    QTest::newRow("the horizon cannot be uncertain")
        << oneInput(R"({"path": "horizonYears", "distribution": {"type": "uniform", "min": 1, "max": 2}})")
        << "uncertainty.inputs[0].path: horizonYears cannot be uncertain: it defines the evaluation itself";
    QTest::newRow("rack density cannot be uncertain")
        << oneInput(R"({"path": "racks.designKwPerRack", "distribution": {"type": "uniform", "min": 10, "max": 12}})")
        << "uncertainty.inputs[0].path: racks.designKwPerRack cannot be uncertain: it decides how many servers fit";
    QTest::newRow("the same number twice")
        << parse(R"({"inputs": [
               {"path": "demand[*].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}},
               {"path": "demand[0].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}}]})")
        << "uncertainty.inputs[1].path: demand[0].captureShare is already uncertain through uncertainty.inputs[0]";
    QTest::newRow("unknown distribution type")
        << oneInput(R"({"path": "demand[0].captureShare", "distribution": {"type": "beta"}})")
        << "uncertainty.inputs[0].distribution.type: \"beta\" is not one of: normal, lognormal, triangular, pert";
    QTest::newRow("missing parameter")
        << oneInput(R"({"path": "demand[0].captureShare", "distribution": {"type": "normal", "mean": 0.5}})")
        << "uncertainty.inputs[0].distribution.sd: required field is missing";
    QTest::newRow("parameter of another type")
        << oneInput(R"({"path": "demand[0].captureShare",
                        "distribution": {"type": "normal", "mean": 0.5, "sd": 0.1, "mode": 0.5}})")
        << "uncertainty.inputs[0].distribution.mode: unknown field (allowed: type, mean, sd)";
    QTest::newRow("missing distribution") << oneInput(R"({"path": "demand[0].captureShare"})")
                                          << "uncertainty.inputs[0].distribution: required field is missing";
    QTest::newRow("probability above 1")
        << parse(R"({"events": [{"type": "constructionDelay", "probability": 1.5, "delayMonths": 6}]})")
        << "uncertainty.events[0].probability: 1.5 is outside the allowed range 0 … 1 share";
    QTest::newRow("negative delay")
        << parse(R"({"events": [{"type": "constructionDelay", "probability": 0.5, "delayMonths": -3}]})")
        << "uncertainty.events[0].delayMonths: -3 is outside the allowed range 0 … 360 months";
    QTest::newRow("supply cut of a chip not in the mix")
        << parse(R"({"events": [{"type": "chipSupplyCut", "chipId": "h100-sxm", "probability": 0.5,
                                 "affectedShare": 1, "delayMonths": 6}]})")
        << "uncertainty.events[0].chipId: \"h100-sxm\" is not a chip of the chip mix";
    QTest::newRow("contract loss without contracts")
        << parse(R"({"events": [{"type": "contractLoss", "probability": 0.3}]})")
        << "uncertainty.events[0].type: the scenario has no revenue contract to lose";
    // -1 stands for "every contract" inside the program; a file may not write another negative number.
    QTest::newRow("contract loss of a negative contract")
        << parse(R"({"events": [{"type": "contractLoss", "probability": 0.3, "contract": -2}]})")
        << "uncertainty.events[0].contract: -2 is outside the allowed range 0 … 99";
    QTest::newRow("contract loss with a delay")
        << parse(R"({"events": [{"type": "contractLoss", "probability": 0.3, "delayMonths": 6}]})")
        << "uncertainty.events[0].delayMonths: unknown field (allowed: ";
    QTest::newRow("unknown event type") << parse(R"({"events": [{"type": "earthquake", "probability": 0.1}]})")
                                        << "uncertainty.events[0].type: \"earthquake\" is not one of: chipSupplyCut";
    QTest::newRow("correlation above 1")
        << parse(R"({"inputs": [
               {"path": "demand[0].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}},
               {"path": "demand[0].priceFactor", "distribution": {"type": "uniform", "min": 0.8, "max": 1}}],
             "correlations": [{"a": "demand[0].captureShare", "b": "demand[0].priceFactor", "rho": 1.5}]})")
        << "uncertainty.correlations[0].rho: 1.5 is outside the allowed range -1 … 1 ratio";
    QTest::newRow("correlation of an input that is not uncertain")
        << parse(R"({"inputs": [
               {"path": "demand[0].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}}],
             "correlations": [{"a": "demand[0].captureShare", "b": "demand[0].priceFactor", "rho": 0.5}]})")
        << "uncertainty.correlations[0].b: \"demand[0].priceFactor\" is not the path of an uncertain input";
    QTest::newRow("correlations that contradict each other")
        << parse(R"({"inputs": [
               {"path": "demand[0].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}},
               {"path": "demand[0].priceFactor", "distribution": {"type": "uniform", "min": 0.8, "max": 1}},
               {"path": "demand[0].forecast.growthPerYear", "distribution": {"type": "uniform", "min": 0, "max": 0.3}}],
             "correlations": [
               {"a": "demand[0].captureShare", "b": "demand[0].priceFactor", "rho": 0.9},
               {"a": "demand[0].priceFactor", "b": "demand[0].forecast.growthPerYear", "rho": 0.9},
               {"a": "demand[0].captureShare", "b": "demand[0].forecast.growthPerYear", "rho": -0.9}]})")
        << "uncertainty.correlations: these correlations cannot all hold at once (the correlation matrix is not "
           "positive definite; the conflict shows at demand[0].forecast.growthPerYear)";
    QTest::newRow("a perfect correlation") << parse(R"({"inputs": [
               {"path": "demand[0].captureShare", "distribution": {"type": "uniform", "min": 0.1, "max": 0.2}},
               {"path": "demand[0].priceFactor", "distribution": {"type": "uniform", "min": 0.8, "max": 1}}],
             "correlations": [{"a": "demand[0].captureShare", "b": "demand[0].priceFactor", "rho": 1}]})")
                                           << "uncertainty.correlations: these correlations cannot all hold at once";
}

void TestUncertaintyInput::badEntry()
{
    QFETCH(QJsonObject, uncertainty);
    QFETCH(QString, expected);
    const QString problems = problemsWith(uncertainty);
    if (expected.isEmpty()) {
        QCOMPARE(problems, QString());
        return;
    }
    QVERIFY2(problems.contains(expected), qPrintable(QStringLiteral("got:\n") + problems));
}

void TestUncertaintyInput::everyProblemAtOnce()
{
    QJsonObject uncertainty = fullUncertainty();
    test::setPath(uncertainty, QStringLiteral("inputs[0].distribution.sd"), -1);
    test::setPath(uncertainty, QStringLiteral("inputs[3].distribution.mode"), 2);
    test::setPath(uncertainty, QStringLiteral("events[0].probability"), 2);
    test::setPath(uncertainty, QStringLiteral("correlations[0].rho"), -3);
    const QString problems = problemsWith(uncertainty);
    for (const char* path : {"uncertainty.inputs[0].distribution.sd", "uncertainty.inputs[3].distribution.mode",
                             "uncertainty.events[0].probability", "uncertainty.correlations[0].rho"}) {
        QVERIFY2(problems.contains(QLatin1String(path)), qPrintable(problems));
    }
}

QTEST_GUILESS_MAIN(TestUncertaintyInput)
#include "TestUncertaintyInput.moc"
