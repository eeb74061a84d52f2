// The scenario JSON format round-trips exactly, fills omitted fields from the sourced defaults, and is
// documented field by field.

#include "TestScenarios.h"
#include "model/FieldInfo.h"
#include "model/FieldSpecs.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suanpan;

class TestScenarioJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void omittedFieldsTakeDefaults();
    void networkDefaultDependsOnFabric();
    void overridesAreKept();
    void docsDescribeEveryField();
    void everyFieldTellsTheEditorsHowToShowIt();
    void pathsAreNamedByTheirLabels();
};

void TestScenarioJson::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    for (const char* sample : {"west-cautionary-1000-card", "east-500p-vouchers", "west-hub-training",
                               "commercial-h200-contracted", "colocated-h200-contracted", "municipal-wuhan-marginal"}) {
        QFile file(test::samplePath(QString::fromLatin1(sample)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(sample) << QJsonDocument::fromJson(file.readAll()).object();
    }
    QTest::newRow("simple fixture") << test::simpleScenarioJson();
    QTest::newRow("large fixture") << test::largeScenarioJson();
}

void TestScenarioJson::roundTrip()
{
    QFETCH(QJsonObject, json);
    const Catalog catalog = test::catalog();
    ValidationReport report;
    const Scenario first = ScenarioJson::fromJson(json, catalog, report);
    QVERIFY2(report.isValid(), qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
    const QJsonObject written = ScenarioJson::toJson(first);
    const Scenario second = ScenarioJson::fromJson(written, catalog, report);
    QVERIFY(report.isValid());
    QVERIFY(first == second);                        // model → JSON → model is exact
    QCOMPARE(ScenarioJson::toJson(second), written); // JSON → model → JSON is exact (canonical form)
    // Through text as well (doubles are written shortest-exact).
    const Scenario third = ScenarioJson::fromBytes(ScenarioJson::toBytes(second), catalog, report);
    QVERIFY(report.isValid());
    QVERIFY(third == first);
}

void TestScenarioJson::omittedFieldsTakeDefaults()
{
    const Catalog catalog = test::catalog();
    ValidationReport report;
    const Scenario s = ScenarioJson::fromJson(test::largeScenarioJson(), catalog, report);
    QVERIFY(report.isValid());
    // Values from data/catalogs/defaults.json.
    QCOMPARE(s.operations.staffCount, catalog.defaultFor(QStringLiteral("operations.staffCount"))->value.toDouble());
    QCOMPARE(s.policies.corporateTaxRate, 0.25);
    QCOMPARE(s.finance.socialDiscountRate, 0.08);
    QCOMPARE(s.power.redundancyId, QStringLiteral("N+1"));
    QCOMPARE(s.demand[0].rampMonths, 24);
    QCOMPARE(s.facilityPhases[0].constructionMonths, 12);
}

void TestScenarioJson::networkDefaultDependsOnFabric()
{
    const Catalog catalog = test::catalog();
    QJsonObject json = test::largeScenarioJson();
    for (const char* fabric : {"infiniband", "roce", "ethernet"}) {
        test::setPath(json, QStringLiteral("facility.networkFabric"), QString::fromLatin1(fabric));
        ValidationReport report;
        const Scenario s = ScenarioJson::fromJson(json, catalog, report);
        const QString key = QStringLiteral("facility.networkCapexCnyPerServer.") + QLatin1String(fabric);
        QCOMPARE(s.facility.networkCapexCnyPerServer, catalog.defaultFor(key)->value.toDouble());
    }
}

void TestScenarioJson::overridesAreKept()
{
    QJsonObject json = test::simpleScenarioJson();
    test::setPath(json, QStringLiteral("chipMix[0].override.cardPriceCny"), 123456);
    test::setPath(json, QStringLiteral("site.override.tariffCnyPerKwh"), 0.42);
    const std::optional<ResolvedScenario> r = test::resolve(json, test::catalog());
    QVERIFY(r.has_value());
    QCOMPARE(r->chips[0].cardPriceCny, 123456.0);
    QCOMPARE(r->region.tariffCnyPerKwh, 0.42);
    QCOMPARE(r->chips[0].tdpW, 500.0); // untouched fields keep the catalog's value
    QCOMPARE(ScenarioJson::toJson(r->input)
                 .value(QStringLiteral("chipMix"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("override"))
                 .toObject()
                 .value(QStringLiteral("cardPriceCny"))
                 .toDouble(),
             123456.0);
}

void TestScenarioJson::docsDescribeEveryField()
{
    QFile doc(QStringLiteral(SUANPAN_SOURCE_DIR "/docs/scenario-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const FieldSpec& spec : fieldSpecs()) {
        QVERIFY2(
            text.contains(QLatin1Char('`') + QLatin1String(spec.path) + QLatin1Char('`')),
            qPrintable(QStringLiteral("docs/scenario-format.md does not describe %1").arg(QLatin1String(spec.path))));
    }
}

void TestScenarioJson::everyFieldTellsTheEditorsHowToShowIt()
{
    // Every field of the schema, nested ones too, is known to the editors by its path, and every one of them that
    // is a value (not a nested section, a list or a catalog override object) has a label.
    int values = 0;
    for (const SchemaEntry& field : schema::fields()) {
        const QString pattern = QString::fromLatin1(field.pattern);
        const FieldInfo* info = findField(pattern);
        QVERIFY2(info != nullptr, qPrintable(pattern));
        if (info->kind != FieldInfo::Kind::Other && info->kind != FieldInfo::Kind::CatalogOverride) {
            QVERIFY2(info->label != nullptr, qPrintable(pattern + QStringLiteral(" has no label")));
            ++values;
        }
        if (info->kind == FieldInfo::Kind::Number && field.number.unit != nullptr) {
            QVERIFY2(info->spec != nullptr && QLatin1String(info->spec->path) == pattern, qPrintable(pattern));
        }
    }
    QVERIFY(values > 150);
    // An enumeration offers its table's values; a catalog id its catalog.
    const FieldInfo* tariff = findField(QStringLiteral("power.tariffMode"));
    QVERIFY(tariff != nullptr && tariff->kind == FieldInfo::Kind::Choice);
    QCOMPARE(static_cast<qsizetype>(tariff->choices.size()), enumKeys<TariffMode>().size());
    const FieldInfo* chip = findField(QStringLiteral("chipMix[].refreshChipId"));
    QVERIFY(chip != nullptr && chip->kind == FieldInfo::Kind::CatalogId && chip->catalog == CatalogKind::Chips);
    // An override of a catalog figure is that catalog field, replaced for the entry the section's id names.
    const FieldInfo* tariffPrice = findField(QStringLiteral("site.override.tariffCnyPerKwh"));
    QVERIFY(tariffPrice != nullptr);
    QCOMPARE(tariffPrice->kind, FieldInfo::Kind::CatalogOverride);
    QCOMPARE(QLatin1String(tariffPrice->spec->path), QLatin1String("regions.tariffCnyPerKwh"));
    QCOMPARE(tariffPrice->idPattern, QStringLiteral("site.regionId"));
    QCOMPARE(QLatin1String(tariffPrice->label), QLatin1String("Electricity price"));
    const FieldInfo* cardPrice = findField(QStringLiteral("chipMix[].override.cardPriceCny"));
    QVERIFY(cardPrice != nullptr && cardPrice->idPattern == QStringLiteral("chipMix[].chipId"));
    QVERIFY(findField(QStringLiteral("power.noSuchField")) == nullptr);
}

void TestScenarioJson::pathsAreNamedByTheirLabels()
{
    // The labels are those of the schema's tables (the English source texts); a list entry counts from 1, and a
    // step without a label of its own (an override, a forecast) is left out, and so is a field named as its section.
    QCOMPARE(fieldPlace(QStringLiteral("demand[1].forecast.saturationPflops")),
             QStringLiteral("Demand segment 2 › Saturation"));
    QCOMPARE(fieldPlace(QStringLiteral("demand[0].captureShare")), QStringLiteral("Demand segment 1 › Captured"));
    QCOMPARE(fieldPlace(QStringLiteral("site.override.tariffCnyPerKwh")), QStringLiteral("Site › Electricity price"));
    QCOMPARE(fieldPlace(QStringLiteral("chipMix[2]")), QStringLiteral("Chip deployment 3"));
    QCOMPARE(fieldPlace(QStringLiteral("demand[0].forecast.seriesPflops")),
             QStringLiteral("Demand segment 1 › Demand series"));
    QCOMPARE(fieldPlace(QStringLiteral("cooling.technologyId")), QStringLiteral("Cooling")); // not "Cooling › Cooling"
    QCOMPARE(fieldPlace(QStringLiteral("policies.capexSubsidies[0].clawback.metric")),
             QStringLiteral("Policies › Capex subsidy 1 › Clawback › Measure"));
    // What the schema does not know stays a path: a catalog field, a key that is not there.
    QCOMPARE(fieldPlace(QStringLiteral("chips.tdpW")), QStringLiteral("chips.tdpW"));
    QCOMPARE(fieldPlace(QStringLiteral("nothing[3].here")), QStringLiteral("nothing[3].here"));
    QCOMPARE(fieldPlace(QStringLiteral("demand[0].bogus")), QStringLiteral("demand[0].bogus"));
    QCOMPARE(fieldPlace(QStringLiteral("cooling[air].pue.fixedShare")), QStringLiteral("cooling[air].pue.fixedShare"));
    QCOMPARE(fieldPlace(QString()), QString());
    // An id or `*` as written, and an index too large for an int without overflow.
    QCOMPARE(fieldPlace(QStringLiteral("chipMix[h20].override.cardPriceCny")),
             QStringLiteral("Chip deployment h20 › Card price (CNY)"));
    QCOMPARE(fieldPlace(QStringLiteral("demand[*].captureShare")), QStringLiteral("Demand segment * › Captured"));
    QCOMPARE(fieldPlace(QStringLiteral("demand[2147483647].captureShare")),
             QStringLiteral("Demand segment 2147483648 › Captured"));
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "TestScenarioJson.moc"
