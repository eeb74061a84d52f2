// The study pipeline: sensitivity coefficients and switching values checked by editing the scenario's JSON
// (a second way to move the same inputs), where each assumption comes from, and how a project study fails.

#include "NearlyEqual.h"
#include "TestScenarios.h"

#include "engine/Engine.h"
#include "model/ScenarioJson.h"
#include "store/Project.h"
#include "study/Study.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace suanpan;

namespace {

QJsonObject sampleJson(const QString& name)
{
    QFile file(test::samplePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

const SensitivityRow* findRow(const std::vector<SensitivityRow>& rows, const QString& key)
{
    for (const SensitivityRow& row : rows) {
        if (row.key == key) {
            return &row;
        }
    }
    return nullptr;
}

/// The sample with the H200's rental price (its only chip) and every contract price times `factor`, written as
/// the user would write it: an override in the JSON.
Summary withPriceFactor(const QJsonObject& sample, double factor)
{
    QJsonObject json = sample;
    const ResolvedScenario base = test::resolveFile(test::samplePath(QStringLiteral("commercial-h200-contracted")));
    test::setPath(json, QStringLiteral("chipMix[0].override.rentalPriceCnyPerCardHour"),
                  base.chips.at(0).rentalPriceCnyPerCardHour * factor);
    QJsonArray contracts = json.value(QStringLiteral("contracts")).toArray();
    for (qsizetype i = 0; i < contracts.size(); ++i) {
        QJsonObject c = contracts.at(i).toObject();
        c[QStringLiteral("priceCnyPerPflopsYear")] =
            c.value(QStringLiteral("priceCnyPerPflopsYear")).toDouble() * factor;
        contracts[i] = c;
    }
    json[QStringLiteral("contracts")] = contracts;
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, Catalog::builtIn(), &problems);
    if (!resolved) {
        qWarning() << problems;
        return {};
    }
    return evaluate(*resolved).summary;
}

} // namespace

class TestStudy : public QObject {
    Q_OBJECT

private slots:
    void priceSensitivityMatchesEditedScenarios();
    void everyFactorHasItsChanges();
    void assumptionsNameTheirOrigin();
    void projectStudyRefusesWhatItCannotPrint();
    void trialsWithoutUncertaintyUseThePresets();
    void cancelStopsTheStudy();
};

void TestStudy::priceSensitivityMatchesEditedScenarios()
{
    const QString name = QStringLiteral("commercial-h200-contracted");
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(name));
    const std::optional<std::vector<SensitivityRow>> rows = StudyPipeline::sensitivity(scenario);
    QVERIFY(rows.has_value());
    const SensitivityRow* price = findRow(*rows, QStringLiteral("price"));
    QVERIFY(price != nullptr);
    const QJsonObject sample = sampleJson(name);
    // −10 % and +10 % by the JSON edit give the same IRRs as the pipeline's moved targets.
    const Summary low = withPriceFactor(sample, 0.9);
    const Summary high = withPriceFactor(sample, 1.1);
    QVERIFY(low.projectIrrAfterTax.value && high.projectIrrAfterTax.value && price->irrAfterTax[1] &&
            price->irrAfterTax[2]);
    COMPARE_NEAR(*price->irrAfterTax[1], *low.projectIrrAfterTax.value);
    COMPARE_NEAR(*price->irrAfterTax[2], *high.projectIrrAfterTax.value);
    // The coefficient by its definition, (ΔIRR / IRR) / (ΔF / F), from the edited scenarios.
    const double base = *evaluate(scenario).summary.projectIrrAfterTax.value;
    const double expected = (*high.projectIrrAfterTax.value - *low.projectIrrAfterTax.value) / base / 0.2;
    QVERIFY(price->coefficient.value);
    COMPARE_NEAR(*price->coefficient.value, expected);
    QVERIFY(*price->coefficient.value > 1.0); // revenue is levered: a price change moves the IRR more than itself
    // At the switching value the edited scenario's NPV is zero (to 1e-6 of the investment).
    QVERIFY(price->switchingChange.value);
    QVERIFY(*price->switchingChange.value < 0);
    const Summary atSwitch = withPriceFactor(sample, 1.0 + *price->switchingChange.value);
    QVERIFY2(std::abs(atSwitch.npvAfterTaxCny) < 1e-6 * atSwitch.initialCapexCny,
             qPrintable(QString::number(atSwitch.npvAfterTaxCny)));
}

void TestStudy::everyFactorHasItsChanges()
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QStringLiteral("west-cautionary-1000-card")));
    const std::optional<std::vector<SensitivityRow>> rows = StudyPipeline::sensitivity(scenario);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), std::size_t{5});
    const Summary base = evaluate(scenario).summary;
    for (const SensitivityRow& row : *rows) {
        QVERIFY2(!row.paths.isEmpty(), qPrintable(row.key));
        // More investment or running cost lowers the NPV; a higher price or more demand raises it.
        const bool costly = row.key == QLatin1String("investment") || row.key == QLatin1String("electricity") ||
                            row.key == QLatin1String("operatingCost");
        QVERIFY2(costly ? row.npvAfterTax[3] < base.npvAfterTaxCny : row.npvAfterTax[3] >= base.npvAfterTaxCny,
                 qPrintable(row.key));
    }
    // A coefficient exists exactly when the IRRs do; otherwise the reason says why.
    for (const SensitivityRow& row : *rows) {
        const bool irrs = base.projectIrrAfterTax.value && row.irrAfterTax[1] && row.irrAfterTax[2];
        QCOMPARE(row.coefficient.value.has_value(), irrs);
        QCOMPARE(row.coefficient.reason.isEmpty(), irrs);
    }
}

void TestStudy::assumptionsNameTheirOrigin()
{
    QJsonObject json = sampleJson(QStringLiteral("commercial-h200-contracted"));
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), 150000);
    const std::optional<ResolvedScenario> scenario = test::resolve(json, Catalog::builtIn());
    QVERIFY(scenario.has_value());
    std::map<QString, Assumption> byPath;
    for (const Assumption& a : StudyPipeline::assumptions(*scenario)) {
        byPath.emplace(a.path, a);
    }
    const Assumption& card = byPath.at(QStringLiteral("chipMix[0].override.cardPriceCny"));
    QCOMPARE(card.origin, Assumption::Origin::Override);
    QCOMPARE(card.value, 150000.0);
    const Assumption& server = byPath.at(QStringLiteral("chipMix[0].override.serverBasePriceCny"));
    QCOMPARE(server.origin, Assumption::Origin::Catalog);
    QVERIFY(server.estimate); // the catalog derives it from the H100's (chips.json "estimates")
    QVERIFY(server.source.contains(QLatin1String("DGX H100")));
    const Assumption& tdp = byPath.at(QStringLiteral("chipMix[0].override.tdpW"));
    QCOMPARE(tdp.origin, Assumption::Origin::Catalog);
    QVERIFY(!tdp.estimate);
    QVERIFY(!tdp.source.isEmpty());
    const Assumption& rate = byPath.at(QStringLiteral("finance.discountRate"));
    QCOMPARE(rate.origin, Assumption::Origin::Default); // the sample leaves it to defaults.json
    QVERIFY(!rate.source.isEmpty());
    // The sample's own 6-year horizon differs from the default 15: the user's input, with no source.
    QCOMPARE(byPath.at(QStringLiteral("horizonYears")).origin, Assumption::Origin::Input);
    QVERIFY(byPath.at(QStringLiteral("horizonYears")).source.isEmpty());
    QVERIFY(byPath.at(QStringLiteral("finance.discountRate")).spec != nullptr);
}

void TestStudy::projectStudyRefusesWhatItCannotPrint()
{
    Project empty;
    StudyOutcome outcome = StudyPipeline::studyProject(empty, QString(), {});
    QVERIFY(!outcome.study);
    QVERIFY(outcome.error.contains(QLatin1String("no scenario")));

    Project project;
    ValidationReport report;
    Scenario named = ScenarioJson::fromJson(test::simpleScenarioJson(), test::catalog(), report);
    QVERIFY(report.isValid());
    named.name = QStringLiteral("good");
    QString error;
    QVERIFY2(project.addScenario(named, QString(), &error), qPrintable(error));
    outcome = StudyPipeline::studyProject(project, QStringLiteral("missing"), {});
    QVERIFY(!outcome.study);
    QVERIFY(outcome.error.contains(QLatin1String("missing")));
}

void TestStudy::trialsWithoutUncertaintyUseThePresets()
{
    // The samples name no uncertain inputs: asked for trials, the study draws the shipped presets and says so.
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QStringLiteral("east-500p-vouchers")));
    QVERIFY(scenario.input.uncertainty.inputs.empty() && scenario.input.uncertainty.events.empty());
    StudyOptions options;
    options.sensitivity = false;
    options.riskTrials = 200;
    options.threads = 1;
    const std::optional<ScenarioStudy> study = StudyPipeline::studyScenario(QStringLiteral("x"), scenario, options);
    QVERIFY(study.has_value());
    QVERIFY(study->risk.has_value());
    QVERIFY(study->riskFromPresets);
    QCOMPARE(study->risk->trials, std::size_t{200});
    options.riskTrials = 0;
    const std::optional<ScenarioStudy> without = StudyPipeline::studyScenario(QStringLiteral("x"), scenario, options);
    QVERIFY(!without->risk.has_value());
    QVERIFY(!without->riskFromPresets);
}

void TestStudy::cancelStopsTheStudy()
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(QStringLiteral("east-500p-vouchers")));
    int calls = 0;
    const std::optional<ScenarioStudy> study = StudyPipeline::studyScenario(
        QStringLiteral("x"), scenario, {}, [&calls](double, const QString&) { return ++calls < 3; });
    QVERIFY(!study.has_value());
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestStudy)
#include "TestStudy.moc"
