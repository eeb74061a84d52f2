// Every item model of the desktop app passes QAbstractItemModelTester while the document changes under it.

#include "TestScenarios.h"
#include "document/ScenarioDocument.h"
#include "models/ChipCatalogModel.h"
#include "models/CompareModel.h"
#include "models/ComplianceModel.h"
#include "models/JsonArrayTableModel.h"
#include "models/ScenarioListModel.h"
#include "models/YearResultsModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suanpan;

namespace {

QJsonObject sample(const char* name)
{
    QFile file(test::samplePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample");
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Edits that change rows and values, and switch scenarios.
void exercise(ScenarioDocument& document)
{
    document.setField(0, QStringLiteral("chipMix[0].count"), 800);
    QJsonArray mix = document.json(0).value(QStringLiteral("chipMix")).toArray();
    mix.append(QJsonObject{{QStringLiteral("chipId"), QStringLiteral("h20")},
                           {QStringLiteral("count"), 64},
                           {QStringLiteral("deployMonth"), 15}});
    document.setField(0, QStringLiteral("chipMix"), mix, QString(), false);
    document.setField(0, QStringLiteral("racks.designKwPerRack"), 99); // invalid: stale results
    document.setCurrentIndex(1);
    document.duplicateScenario(1);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.setCurrentIndex(0);
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
    }
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void models_data();
    void models();
    void listModelEditsPushUndoCommands();
    void cellsOfAnotherTypeAreReadOnly();
};

void TestItemModels::models_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("chip mix (JsonArrayTableModel)") << 0;
    QTest::newRow("scenario list") << 1;
    QTest::newRow("per-year results") << 2;
    QTest::newRow("chip catalog") << 3;
    QTest::newRow("subsidy compliance") << 4;
    QTest::newRow("comparison") << 5;
}

void TestItemModels::models()
{
    QFETCH(int, which);
    ScenarioDocument document;
    document.reset({sample("east-500p-vouchers"), sample("west-hub-training")}, Catalog::builtIn());
    std::unique_ptr<QAbstractItemModel> model;
    switch (which) {
    case 0:
        model = std::make_unique<JsonArrayTableModel>(
            &document, QStringLiteral("chipMix"),
            std::vector<ColumnSpec>{{QStringLiteral("chipId"), "Chip", ColumnSpec::Kind::Choice},
                                    {QStringLiteral("count"), "Cards", ColumnSpec::Kind::Integer},
                                    {QStringLiteral("override.cardPriceCny"), "Price", ColumnSpec::Kind::Number}});
        break;
    case 1:
        model = std::make_unique<ScenarioListModel>(&document);
        break;
    case 2:
        model = std::make_unique<YearResultsModel>(&document);
        break;
    case 3:
        model = std::make_unique<ChipCatalogModel>(&document.catalog());
        break;
    case 4:
        model = std::make_unique<ComplianceModel>(&document);
        break;
    default: {
        auto compare = std::make_unique<CompareModel>(&document);
        compare->setScenarios({0, 1});
        model = std::move(compare);
    }
    }
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    exercise(document);
    QVERIFY(model->rowCount() >= 0);
    if (which == 3) { // one row per catalog chip, named (the catalog showed none before this was tested)
        QCOMPARE(model->rowCount(), static_cast<int>(document.catalog().entries(CatalogKind::Chips).size()));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("NVIDIA H100 SXM"));
    }
}

void TestItemModels::listModelEditsPushUndoCommands()
{
    ScenarioDocument document;
    document.reset({sample("east-500p-vouchers")}, Catalog::builtIn());
    ColumnSpec price{QStringLiteral("override.cardPriceCny"), "Price", ColumnSpec::Kind::Number};
    price.fallback = [](const QJsonObject&) { return QJsonValue(90000.0); }; // what the catalog says
    JsonArrayTableModel model(&document, QStringLiteral("chipMix"),
                              {{QStringLiteral("count"), "Cards", ColumnSpec::Kind::Integer}, price});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(1, 0), 1024, Qt::EditRole));
    QCOMPARE(document.json(0)
                 .value(QStringLiteral("chipMix"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1024);
    QCOMPARE(document.undoStack()->count(), 1);
    // The price column shows the catalog's figure until overridden; then the override.
    QVERIFY(model.data(model.index(1, 1), Qt::DisplayRole).toString().contains(QLatin1String("90")));
    QVERIFY(model.setData(model.index(1, 1), 123456.0, Qt::EditRole));
    QCOMPARE(model.data(model.index(1, 1), Qt::EditRole).toDouble(), 123456.0);
    model.removeEntry(0, QStringLiteral("remove"));
    QCOMPARE(model.rowCount(), 2);
    document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    // A cell with a validation problem carries the engine's message.
    QVERIFY(model.setData(model.index(0, 0), -5, Qt::EditRole));
    QVERIFY(model.data(model.index(0, 0), JsonArrayTableModel::IssueRole)
                .toString()
                .contains(QLatin1String("outside the allowed range")));
}

void TestItemModels::cellsOfAnotherTypeAreReadOnly()
{
    // Hangzhou's segments: 0 and 3 grow at a constant rate, 1 and 2 follow S-curves. The saturation belongs to the
    // S-curves only; elsewhere its cell cannot be edited, and changing the type follows.
    ScenarioDocument document;
    document.reset({sample("east-500p-vouchers")}, Catalog::builtIn());
    JsonArrayTableModel model(&document, QStringLiteral("demand"),
                              fieldColumns(QStringLiteral("demand"), {QStringLiteral("forecast.type"),
                                                                      QStringLiteral("forecast.saturationPflops"),
                                                                      QStringLiteral("forecast.growthPerYear")}));
    QAbstractItemModelTester tester(&model);
    const auto editable = [&model](int row, int column) {
        return model.flags(model.index(row, column)).testFlag(Qt::ItemIsEditable);
    };
    QVERIFY(!editable(0, 1));
    QVERIFY(editable(1, 1));
    QVERIFY(editable(0, 2));
    QVERIFY(model.data(model.index(0, 1), Qt::ToolTipRole).toString().startsWith(QLatin1String("Not a field")));
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("sCurve"), Qt::EditRole));
    QVERIFY(editable(0, 1));
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("series"), Qt::EditRole));
    QVERIFY(!editable(1, 1));
    QVERIFY(!editable(1, 2)); // a series has no growth rate either
}

QTEST_MAIN(TestItemModels)
#include "TestItemModels.moc"
