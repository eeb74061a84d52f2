// Catalog figures from CSV (a consultant's chip prices, a utility's tariff): checked as the built-in catalog
// is, all or nothing, with the source of each figure recorded and each change in the assumption log.

#include "StoreTestSupport.h"
#include "store/CatalogImport.h"

#include <QTest>

using namespace suanpan;

namespace {

QStringList issueTexts(const ImportResult& result)
{
    QStringList texts;
    for (const ImportIssue& issue : result.issues) {
        texts << issue.toText();
    }
    return texts;
}

QJsonValue chipField(const Project& project, const char* id, const char* field)
{
    return project.catalog().entry(CatalogKind::Chips, QLatin1String(id))->value(QLatin1String(field));
}

} // namespace

class TestCatalogImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void consultantsChipPrices();
    void customChipFromACopy();
    void regionTariff();
    void rejectedRows_data();
    void rejectedRows();
    void scenarioThatStopsValidatingIsNamed();
};

void TestCatalogImport::consultantsChipPrices()
{
    Project project = test::sampleProject();
    const std::size_t logBefore = project.log().size();
    const QByteArray csv = "\xEF\xBB\xBFid,cardPriceCny,rentalPriceCnyPerCardHour,tflops.fp16,source\r\n"
                           "h20,99000,5.5,,\"Consultant quote, 2025-03\"\r\n"
                           "ascend-910b,\"120,000\",,,\r\n";
    const ImportResult result = CatalogImport::apply(project, CatalogKind::Chips, csv, QStringLiteral("prices.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    QCOMPARE(chipField(project, "h20", "cardPriceCny"), QJsonValue(99000));
    QCOMPARE(chipField(project, "h20", "rentalPriceCnyPerCardHour"), QJsonValue(5.5));
    QCOMPARE(chipField(project, "ascend-910b", "cardPriceCny"), QJsonValue(120000));
    // An empty cell keeps the figure.
    QCOMPARE(chipField(project, "h20", "tflops"),
             Catalog::builtIn().entry(CatalogKind::Chips, QStringLiteral("h20"))->value(QStringLiteral("tflops")));
    QCOMPARE(chipField(project, "h20", "sources").toObject().value(QStringLiteral("cardPriceCny")),
             QJsonValue(QStringLiteral("Consultant quote, 2025-03")));
    QVERIFY(chipField(project, "ascend-910b", "sources")
                .toObject()
                .value(QStringLiteral("cardPriceCny"))
                .toString()
                .startsWith(QLatin1String("prices.csv (imported ")));
    QStringList paths;
    for (std::size_t i = logBefore; i < project.log().size(); ++i) {
        paths << project.log()[i].fieldPath;
        QCOMPARE(project.log()[i].scenario, QString());
        QCOMPARE(project.log()[i].note, QStringLiteral("catalog figures imported from prices.csv"));
    }
    QVERIFY(paths.contains(QStringLiteral("catalog.chips[h20].cardPriceCny")));
    QVERIFY(paths.contains(QStringLiteral("catalog.chips[h20].rentalPriceCnyPerCardHour")));
    QVERIFY(paths.contains(QStringLiteral("catalog.chips[ascend-910b].cardPriceCny")));
    QVERIFY(!paths.contains(QStringLiteral("catalog.chips[h20].tflops.fp16")));
    QCOMPARE(result.logEntries, static_cast<int>(project.log().size() - logBefore));
}

void TestCatalogImport::customChipFromACopy()
{
    Project project;
    const QByteArray csv = "id,copyOf,name,origin,cardPriceCny\n"
                           "h20-grey,h20,H20（灰色渠道）,imported,150000\n";
    const ImportResult result = CatalogImport::apply(project, CatalogKind::Chips, csv, QStringLiteral("grey.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    QCOMPARE(chipField(project, "h20-grey", "name"), QJsonValue(QStringLiteral("H20（灰色渠道）")));
    QCOMPARE(chipField(project, "h20-grey", "cardPriceCny"), QJsonValue(150000));
    QCOMPARE(chipField(project, "h20-grey", "tdpW"), chipField(project, "h20", "tdpW"));
    QCOMPARE(project.log().size(), std::size_t(1));
    QCOMPARE(project.log().front().fieldPath, QStringLiteral("catalog.chips[h20-grey]"));
}

void TestCatalogImport::regionTariff()
{
    Project project = test::sampleProject();
    const QByteArray csv = "id,tariffCnyPerKwh,pueLimit\nzhejiang-hangzhou,0.71,1.2\n";
    const ImportResult result = CatalogImport::apply(project, CatalogKind::Regions, csv, QStringLiteral("tariff.csv"));
    QVERIFY2(result.applied, qPrintable(issueTexts(result).join('\n')));
    QCOMPARE(project.catalog()
                 .entry(CatalogKind::Regions, QStringLiteral("zhejiang-hangzhou"))
                 ->value(QStringLiteral("tariffCnyPerKwh")),
             QJsonValue(0.71));
}

void TestCatalogImport::rejectedRows_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const int chips = static_cast<int>(CatalogKind::Chips);
    QTest::newRow("every bad row, each with its line and column")
        << chips
        << QByteArray("id,copyOf,tdpW,cardPriceCny,origin\n"
                      "h20,,-5,,\n"                // line 2: out of range
                      "my-chip,,,,\n"              // line 3: new id without copyOf
                      "my-other,no-such-chip,,,\n" // line 4: copyOf unknown
                      "h100-sxm,,,cheap,\n"        // line 5: not a number
                      "ascend-910b,,,,Domestic\n"  // line 6: not a choice
                      "h20,,,1,\n"                 // line 7: repeated
                      "h800,h20,,,\n")             // line 8: copyOf for an existing id
        << QStringList{
               QStringLiteral("line 2, column 3 (tdpW): chips[h20].tdpW: -5 is outside the allowed range 1 … 100000 W"),
               QStringLiteral("line 3, column 1 (id): \"my-chip\" is not in the chips catalog; name the entry it "
                              "starts from in a copyOf column"),
               QStringLiteral("line 4, column 2 (copyOf): \"no-such-chip\" is not in the chips catalog"),
               QStringLiteral("line 5, column 4 (cardPriceCny): expected a number, found \"cheap\""),
               QStringLiteral("line 6, column 5 (origin): \"Domestic\" is not one of: imported, domestic"),
               QStringLiteral("line 7, column 1 (id): \"h20\" is already on line 2"),
               QStringLiteral("line 8, column 2 (copyOf): \"h800\" is already in the chips catalog; leave copyOf "
                              "empty to change it"),
           };
    QTest::newRow("an unknown column and a list column")
        << static_cast<int>(CatalogKind::Regions) << QByteArray("id,tarif,monthlyTempC\nzhejiang-hangzhou,0.7,1\n")
        << QStringList{QStringLiteral("line 1, column 2 (tarif): not a field of the regions catalog (fields: asOf, "
                                      "capacityChargeCnyPerKvaMonth, demandChargeCnyPerKwMonth, "
                                      "gridEmissionKgPerKwh, hub, hubZh, itWageCnyPerYear, landPriceCnyPerM2, name, "
                                      "nameZh, province, provinceZh, pueLimit, solarYieldKwhPerKwpYear, "
                                      "tariffCnyPerKwh)"),
                       QStringLiteral("line 1, column 3 (monthlyTempC): a list cannot be imported from CSV")};
    QTest::newRow("no id column") << chips << QByteArray("chip,cardPriceCny\nh20,1\n")
                                  << QStringList{QStringLiteral("line 1: the header has no column \"id\" (it has: "
                                                                "chip, cardPriceCny)")};
}

void TestCatalogImport::rejectedRows()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    Project project = test::sampleProject();
    const Project before = project;
    const ImportResult result =
        CatalogImport::apply(project, static_cast<CatalogKind>(kind), csv, QStringLiteral("x.csv"));
    QVERIFY(!result.applied);
    QCOMPARE(issueTexts(result), expected);
    QVERIFY(project == before);
}

void TestCatalogImport::scenarioThatStopsValidatingIsNamed()
{
    // 8 H20 cards of 5 kW each no longer fit the Hangzhou sample's 30 kW racks.
    Project project = test::sampleProject();
    const ImportResult result =
        CatalogImport::apply(project, CatalogKind::Chips, "id,tdpW\nh20,5000\n", QStringLiteral("hot.csv"));
    QVERIFY(result.applied);
    const QString notes = result.notes.join('\n');
    QVERIFY2(notes.contains(QLatin1String("Scenario \"Hangzhou, ~500 P")) &&
                 notes.contains(QLatin1String("does not validate with the new figures")),
             qPrintable(notes));
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "TestCatalogImport.moc"
