// Field paths address any value of a scenario's JSON, as validation messages name them.

#include "model/JsonPath.h"

#include <QJsonArray>
#include <QTest>

using namespace suanpan;

class TestJsonPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readAndWrite_data();
    void readAndWrite();
    void createsMissingLevels();
    void removes();
    void rejectsMalformedPaths();
};

void TestJsonPath::readAndWrite_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("top-level key") << "name" << QJsonValue(QStringLiteral("x"));
    QTest::newRow("nested key") << "racks.designKwPerRack" << QJsonValue(40);
    QTest::newRow("list entry field") << "chipMix[1].count" << QJsonValue(512);
    QTest::newRow("deep list") << "demand[0].forecast.seriesPflops[2]" << QJsonValue(7.5);
    QTest::newRow("whole list") << "demand[0].allowedChips" << QJsonValue(QJsonArray{QStringLiteral("h20")});
}

void TestJsonPath::readAndWrite()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QJsonObject root{{QStringLiteral("chipMix"), QJsonArray{QJsonObject{}, QJsonObject{{QStringLiteral("count"), 1}}}}};
    QVERIFY(JsonPath::setValue(root, path, value));
    QCOMPARE(JsonPath::value(root, path), value);
}

void TestJsonPath::createsMissingLevels()
{
    QJsonObject root;
    QVERIFY(JsonPath::setValue(root, QStringLiteral("a.b[2].c"), 5));
    QCOMPARE(root.value(QStringLiteral("a")).toObject().value(QStringLiteral("b")).toArray().size(), 3);
    QCOMPARE(JsonPath::value(root, QStringLiteral("a.b[2].c")).toInt(), 5);
    QVERIFY(JsonPath::value(root, QStringLiteral("a.b[5].c")).isUndefined());
    QVERIFY(JsonPath::value(root, QStringLiteral("a.x")).isUndefined());
}

void TestJsonPath::removes()
{
    QJsonObject root;
    JsonPath::setValue(root, QStringLiteral("list[0].k"), 1);
    JsonPath::setValue(root, QStringLiteral("list[1].k"), 2);
    QVERIFY(JsonPath::remove(root, QStringLiteral("list[0]")));
    QCOMPARE(JsonPath::value(root, QStringLiteral("list[0].k")).toInt(), 2);
    QVERIFY(JsonPath::remove(root, QStringLiteral("list[0].k")));
    QVERIFY(!JsonPath::remove(root, QStringLiteral("list[3]")));
}

void TestJsonPath::rejectsMalformedPaths()
{
    QJsonObject root;
    for (const char* bad : {"", "a..b", "a[x]", "a[1", ".a"}) {
        QVERIFY2(!JsonPath::setValue(root, QString::fromLatin1(bad), 1), bad);
        QVERIFY(JsonPath::value(root, QString::fromLatin1(bad)).isUndefined());
    }
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "TestJsonPath.moc"
