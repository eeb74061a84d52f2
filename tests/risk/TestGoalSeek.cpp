// Goal seek against known answers (checked by evaluating the scenario at the answer), whole-number fields,
// the P50 mode, a clear message when no value reaches the goal, and refused requests.

#include "TestScenarios.h"
#include "engine/Engine.h"
#include "risk/GoalSeek.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace suanpan;

namespace {

ResolvedScenario resolved(const QJsonObject& json)
{
    QString problems;
    const std::optional<ResolvedScenario> r = test::resolve(json, test::catalog(), &problems);
    if (!r) {
        qFatal("fixture invalid: %s", qPrintable(problems));
    }
    return *r;
}

/// The simple fixture: 80 cards of 1 P serving a constant 40 P at 10 CNY per card-hour; profitable as is.
QJsonObject simple()
{
    return test::simpleScenarioJson();
}

GoalSeekRequest request(const char* path, RiskMetric metric, double target)
{
    GoalSeekRequest r;
    r.path = QString::fromLatin1(path);
    r.metric = metric;
    r.target = target;
    return r;
}

} // namespace

class TestGoalSeek : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tariffAtWhichNpvIsZero();
    void subsidyRateForAnIrr();
    void wholeNumberField();
    void factorOnEveryEntry();
    void medianMatchesTheDeterministicAnswer();
    void noValueReachesTheGoal();
    void rangeOverManyOrdersOfMagnitude();
    void answerIsCheckedAgainstTheOtherInputs();
    void refusedRequests_data();
    void refusedRequests();
    void cancelStops();
};

void TestGoalSeek::tariffAtWhichNpvIsZero()
{
    const ResolvedScenario s = resolved(simple());
    QVERIFY(evaluate(s).summary.npvAfterTaxCny > 0);
    const GoalSeekRequest r = request("site.override.tariffCnyPerKwh", RiskMetric::NpvAfterTax, 0.0);
    QVERIFY(GoalSeek::check(s, r).isValid());
    const GoalSeekResult result = GoalSeek::run(s, r);
    QVERIFY2(result.found, qPrintable(result.message));
    // Check by evaluating the scenario written with that tariff: NPV within a millionth of the capex.
    QJsonObject json = simple();
    test::setPath(json, QStringLiteral("site.override.tariffCnyPerKwh"), result.value);
    const Results at = evaluate(resolved(json));
    QVERIFY2(std::abs(at.summary.npvAfterTaxCny) < 1e-6 * at.summary.initialCapexCny,
             qPrintable(QString::number(at.summary.npvAfterTaxCny)));
    QVERIFY(result.value > 0.5); // the fixture's tariff is 0.5 CNY/kWh and it is profitable there
    QCOMPARE(result.current, 0.5);
    QVERIFY(result.atCurrent.has_value() && *result.atCurrent > 0);
    QVERIFY(result.message.contains(QLatin1String("site.override.tariffCnyPerKwh")));
}

void TestGoalSeek::subsidyRateForAnIrr()
{
    // A costly fixture (cards at 250,000 CNY) whose IRR is below 8% without a subsidy.
    QJsonObject json = simple();
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), 250000);
    test::setPath(json, QStringLiteral("policies.capexSubsidies[0].rate"), 0.0);
    const ResolvedScenario s = resolved(json);
    GoalSeekRequest r = request("policies.capexSubsidies[0].rate", RiskMetric::ProjectIrrAfterTax, 0.08);
    const GoalSeekResult result = GoalSeek::run(s, r);
    QVERIFY2(result.found, qPrintable(result.message));
    test::setPath(json, QStringLiteral("policies.capexSubsidies[0].rate"), result.value);
    const Results at = evaluate(resolved(json));
    QVERIFY(at.summary.projectIrrAfterTax.value.has_value());
    QVERIFY2(std::abs(*at.summary.projectIrrAfterTax.value - 0.08) < 1e-6,
             qPrintable(QString::number(*at.summary.projectIrrAfterTax.value)));
}

void TestGoalSeek::wholeNumberField()
{
    // Utilization = 40 P of demand / (cards × 1 P): 40% needs exactly 100 cards.
    const ResolvedScenario s = resolved(simple());
    GoalSeekRequest r = request("chipMix[0].count", RiskMetric::AverageUtilization, 0.4);
    r.min = 50;
    r.max = 150;
    const GoalSeekResult result = GoalSeek::run(s, r);
    QVERIFY2(result.found, qPrintable(result.message));
    QCOMPARE(result.value, 100.0);
    QVERIFY(std::abs(*result.achieved - 0.4) < 1e-12);
}

void TestGoalSeek::factorOnEveryEntry()
{
    // Halving the segment's 40 P of demand on 80 one-P cards gives 25% utilization: a factor of 0.5.
    const ResolvedScenario s = resolved(simple());
    GoalSeekRequest r = request("demand[*].forecast.baseDemandPflops", RiskMetric::AverageUtilization, 0.25);
    r.apply = UncertainApply::Factor;
    const GoalSeekResult result = GoalSeek::run(s, r);
    QVERIFY2(result.found, qPrintable(result.message));
    QVERIFY2(std::abs(result.value - 0.5) < 1e-6, qPrintable(QString::number(result.value)));
    QCOMPARE(result.current, 1.0);
}

void TestGoalSeek::medianMatchesTheDeterministicAnswer()
{
    // NPV is linear and decreasing in the card price; with the price normal around the scenario's own value
    // (symmetric), the P50 NPV is the NPV at the median price, so the tariff that brings the P50 NPV to 0 is
    // the deterministic answer, up to the sample median's error.
    QJsonObject json = simple();
    test::setPath(json, QStringLiteral("policies.corporateTaxRate"), 0);
    const double price = 100000;
    json.insert(QStringLiteral("uncertainty"), QJsonDocument::fromJson(R"({"inputs": [
        {"path": "chipMix[0].override.cardPriceCny", "distribution": {"type": "normal", "mean": 100000,
         "sd": 10000}}]})")
                                                   .object());
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), price);
    const ResolvedScenario s = resolved(json);
    const GoalSeekResult deterministic =
        GoalSeek::run(s, request("site.override.tariffCnyPerKwh", RiskMetric::NpvAfterTax, 0.0));
    GoalSeekRequest median = request("site.override.tariffCnyPerKwh", RiskMetric::NpvAfterTax, 0.0);
    median.onMedian = true;
    median.settings.trials = 1025;
    median.settings.threads = 2;
    QVERIFY(GoalSeek::check(s, median).isValid());
    const GoalSeekResult result = GoalSeek::run(s, median);
    QVERIFY2(result.found, qPrintable(result.message));
    QVERIFY2(std::abs(result.value - deterministic.value) < 0.002 * deterministic.value,
             qPrintable(QStringLiteral("%1 vs %2").arg(result.value).arg(deterministic.value)));
}

void TestGoalSeek::noValueReachesTheGoal()
{
    // The exchange rate only converts for display: no value of it moves the NPV, which stays positive.
    const ResolvedScenario s = resolved(simple());
    const GoalSeekResult result = GoalSeek::run(s, request("finance.cnyPerUsd", RiskMetric::NpvAfterTax, 0.0));
    QVERIFY(!result.found);
    QVERIFY(result.atLower.has_value() && result.atUpper.has_value());
    QCOMPARE(*result.atLower, *result.atUpper);
    QVERIFY2(result.message.contains(QLatin1String("No value of finance.cnyPerUsd between 0.1 and 100")) &&
                 result.message.contains(QLatin1String("above the target at both ends")),
             qPrintable(result.message));
}

void TestGoalSeek::rangeOverManyOrdersOfMagnitude()
{
    // A factor on every chip count in 0 … 1e30 (30 orders of magnitude) on the Hangzhou sample: the root finder
    // stops at its iteration limit with the bracket still wide, and the answer used to be the bracket's middle
    // (×4 million cards, 0.1% utilization). Checked by evaluating the sample at the answer: 50% utilization.
    QFile file(test::samplePath(QStringLiteral("east-500p-vouchers")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const std::optional<ResolvedScenario> s = test::resolve(json, Catalog::builtIn());
    QVERIFY(s.has_value());
    for (const double max : {100.0, 1e15, 1e30}) {
        GoalSeekRequest r = request("chipMix[*].count", RiskMetric::AverageUtilization, 0.5);
        r.apply = UncertainApply::Factor;
        r.min = 0;
        r.max = max;
        const GoalSeekResult result = GoalSeek::run(*s, r);
        QVERIFY2(result.found, qPrintable(result.message));
        QVERIFY2(result.achieved.has_value() && std::abs(*result.achieved - 0.5) < 0.005,
                 qPrintable(QStringLiteral("×%1 with max %2 gives %3")
                                .arg(result.value)
                                .arg(max)
                                .arg(result.achieved.value_or(-1))));
        QVERIFY2(result.value > 1 && result.value < 10, qPrintable(QString::number(result.value)));
    }
}

void TestGoalSeek::answerIsCheckedAgainstTheOtherInputs()
{
    // The tariff at which NPV = 0 leaves a valid scenario: no problem at the answer.
    const ResolvedScenario s = resolved(simple());
    GoalSeekRequest tariff = request("site.override.tariffCnyPerKwh", RiskMetric::NpvAfterTax, 0.0);
    GoalSeekResult atTariff = GoalSeek::run(s, tariff);
    QVERIFY(atTariff.found);
    GoalSeek::checkAnswer(s, tariff, test::catalog(), atTariff);
    QVERIFY2(atTariff.problemsAtAnswer.isEmpty(), qPrintable(atTariff.problemsAtAnswer.join(QLatin1Char('\n'))));

    // A second capex subsidy on the cards at 95% (the IRR is then 86% already): a rate of the first one (which
    // covers every item) that brings the IRR to 150% makes the two pay more than the cards cost, and the answer
    // says so.
    QJsonObject json = simple();
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), 250000);
    test::setPath(json, QStringLiteral("policies.capexSubsidies[0].rate"), 0.0);
    QJsonObject cards{{QStringLiteral("name"), QStringLiteral("Cards")},
                      {QStringLiteral("rate"), 0.95},
                      {QStringLiteral("eligibleItems"), QJsonArray{QStringLiteral("cards")}}};
    QJsonArray subsidies =
        json.value(QStringLiteral("policies")).toObject().value(QStringLiteral("capexSubsidies")).toArray();
    subsidies.append(cards);
    test::setPath(json, QStringLiteral("policies.capexSubsidies"), subsidies);
    const ResolvedScenario withCards = resolved(json);
    GoalSeekRequest rate = request("policies.capexSubsidies[0].rate", RiskMetric::ProjectIrrAfterTax, 1.5);
    GoalSeekResult atRate = GoalSeek::run(withCards, rate);
    QVERIFY2(atRate.found, qPrintable(atRate.message));
    QVERIFY(atRate.value > 0.05); // more than the 5% of the cards the second scheme leaves
    GoalSeek::checkAnswer(withCards, rate, test::catalog(), atRate);
    QVERIFY2(atRate.problemsAtAnswer.join(QLatin1Char('\n')).contains(QLatin1String("add up to")),
             qPrintable(atRate.problemsAtAnswer.join(QLatin1Char('\n'))));
}

void TestGoalSeek::refusedRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("median");
    QTest::addColumn<QString>("expected");
    const double none = std::nan("");
    QTest::newRow("unknown field") << "site.override.tarif" << none << none << false
                                   << "site.override.tarif: not a numeric field of this scenario";
    QTest::newRow("the horizon") << "horizonYears" << none << none << false
                                 << "horizonYears: horizonYears cannot be varied: it defines the evaluation";
    QTest::newRow("rack density") << "racks.designKwPerRack" << none << none << false
                                  << "racks.designKwPerRack cannot be varied: it decides how many servers fit";
    QTest::newRow("range below the field's")
        << "demand[0].captureShare" << -0.5 << 0.5 << false << "min: -0.5 is outside the allowed range 0 … 1 share";
    QTest::newRow("empty range") << "demand[0].captureShare" << 0.8 << 0.2 << false
                                 << "min: the range 0.8 … 0.2 is empty";
    QTest::newRow("P50 without uncertainty") << "demand[0].captureShare" << none << none << true
                                             << "uncertainty: a P50 needs uncertain inputs, and the scenario has none";
}

void TestGoalSeek::refusedRequests()
{
    QFETCH(QString, path);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, median);
    QFETCH(QString, expected);
    GoalSeekRequest r;
    r.path = path;
    r.onMedian = median;
    if (!std::isnan(min)) {
        r.min = min;
        r.max = max;
    }
    const QString problems = GoalSeek::check(resolved(simple()), r).toTextLines().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(expected), qPrintable(problems));
}

void TestGoalSeek::cancelStops()
{
    QJsonObject json = test::largeUncertainScenarioJson();
    QString problems;
    const std::optional<ResolvedScenario> s = test::resolve(json, Catalog::builtIn(), &problems);
    QVERIFY2(s.has_value(), qPrintable(problems));
    GoalSeekRequest r = request("site.override.tariffCnyPerKwh", RiskMetric::NpvAfterTax, 0.0);
    r.onMedian = true;
    r.settings.trials = 200000;
    int calls = 0;
    const GoalSeekResult result = GoalSeek::run(*s, r, [&calls](const RiskProgress&) { return ++calls < 2; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.found);
    QCOMPARE(result.evaluations, 1);
}

QTEST_GUILESS_MAIN(TestGoalSeek)
#include "TestGoalSeek.moc"
