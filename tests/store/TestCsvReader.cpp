// CSV as spreadsheets write it: BOM, CRLF, quoted commas, quotes and line breaks, Chinese text in UTF-8 or
// GB18030, other separators; broken records reported with their line and column.

#include "store/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace suanpan;

Q_DECLARE_METATYPE(std::optional<double>)

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void problems_data();
    void problems();
    void gb18030IsReadWithANote();
    void numbers_data();
    void numbers();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("fields");
    const QStringList header{QStringLiteral("period"), QStringLiteral("segment"), QStringLiteral("value"),
                             QStringLiteral("unit")};
    QTest::newRow("plain LF") << QByteArray("period,segment,value,unit\n2026,a,1,P\n2027,a,2,P\n") << header
                              << QList<int>{2, 3}
                              << QList<QStringList>{{"2026", "a", "1", "P"}, {"2027", "a", "2", "P"}};
    QTest::newRow("UTF-8 BOM and CRLF, no final line break")
        << QByteArray("\xEF\xBB\xBFperiod,segment,value,unit\r\n2026,a,1,P\r\n2027,a,2,P") << header << QList<int>{2, 3}
        << QList<QStringList>{{"2026", "a", "1", "P"}, {"2027", "a", "2", "P"}};
    QTest::newRow("old Mac CR line ends") << QByteArray("period,segment,value,unit\r2026,a,1,P\r") << header
                                          << QList<int>{2} << QList<QStringList>{{"2026", "a", "1", "P"}};
    QTest::newRow("quoted comma, doubled quotes and a line break in Chinese")
        << QByteArray("period,segment,value,unit\r\n2026,\"推理, \"\"大模型\"\"\r\n第二行\",1,P\r\n2027,b,\"2\",P\r\n")
        << header << QList<int>{2, 4}
        << QList<QStringList>{{"2026", "推理, \"大模型\"\n第二行", "1", "P"}, {"2027", "b", "2", "P"}};
    QTest::newRow("blank lines and spaces kept for the caller to trim")
        << QByteArray("period, segment ,value,unit\n\n2026, a ,1,P\n   \n") << header << QList<int>{3}
        << QList<QStringList>{{"2026", " a ", "1", "P"}};
    QTest::newRow("semicolons (Excel in a comma-decimal locale)")
        << QByteArray("period;segment;value;unit\n2026;a;1,5;P\n") << header << QList<int>{2}
        << QList<QStringList>{{"2026", "a", "1,5", "P"}};
    QTest::newRow("tabs") << QByteArray("period\tsegment\tvalue\tunit\n2026\ta\t1\tP\n") << header << QList<int>{2}
                          << QList<QStringList>{{"2026", "a", "1", "P"}};
    QTest::newRow("empty fields") << QByteArray("period,segment,value,unit\n,,,\n") << header << QList<int>{2}
                                  << QList<QStringList>{{"", "", "", ""}};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, header);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, fields);
    const CsvTable table = CsvReader::read(csv);
    QVERIFY2(table.issues.empty(), qPrintable(table.issues.empty() ? QString() : table.issues.front().toText()));
    QCOMPARE(table.header, header);
    QCOMPARE(table.records.size(), std::size_t(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(table.records[static_cast<std::size_t>(i)].line, lines.at(i));
        QCOMPARE(table.records[static_cast<std::size_t>(i)].fields, fields.at(i));
    }
    QCOMPARE(table.columnOf({QStringLiteral("VALUE")}), 2);
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected"); // the first issue as text
    QTest::addColumn<int>("goodRecords");
    QTest::newRow("a quote never closed")
        << QByteArray("a,b\n1,2\n3,\"open\n4,5\n")
        << QStringLiteral("line 3, column 2: a quoted field is never closed (a missing \")") << 1;
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2\n3,4,5\n")
                                    << QStringLiteral("line 2, column 3: has 2 fields; the header has 3") << 1;
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n")
                                     << QStringLiteral("line 2, column 3: has 3 fields; the header has 2") << 0;
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"x\"y,2\n1,2\n") << QStringLiteral("line 2, column 1: text after a closing quote") << 1;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << QStringLiteral("the file is UTF-16 text; save it as CSV UTF-8 (comma delimited) and "
                                              "import it again")
                            << 0;
    QTest::newRow("no header") << QByteArray("\n\n") << QStringLiteral("the file has no header line") << 0;
    // Which of two "value" columns would be read is left to chance: refused (case and spaces ignored).
    QTest::newRow("a column twice") << QByteArray("period,value,segment,Val ue\n2026,1,a,2\n")
                                    << QStringLiteral("line 1, column 4 (Val ue): the name of column 2 as well") << 1;
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QFETCH(int, goodRecords);
    const CsvTable table = CsvReader::read(csv);
    QVERIFY(!table.issues.empty());
    QCOMPARE(table.issues.front().toText(), expected);
    QCOMPARE(static_cast<int>(table.records.size()), goodRecords);
}

void TestCsvReader::gb18030IsReadWithANote()
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid()) {
        QSKIP("Qt was built without ICU: no GB18030 codec");
    }
    const QByteArray csv = encoder(QStringLiteral("期间,细分市场,数值,单位\r\n2026,企业推理,12.5,P\r\n"));
    QVERIFY(csv.contains("\xC6\xF3")); // 企 in GB18030, not UTF-8
    const CsvTable table = CsvReader::read(csv);
    QVERIFY(table.issues.empty());
    QCOMPARE(table.header.at(1), QStringLiteral("细分市场"));
    QCOMPARE(table.records.front().fields.at(1), QStringLiteral("企业推理"));
    QCOMPARE(table.notes.size(), 1);
    QVERIFY(table.notes.front().contains(QLatin1String("GB18030")));
}

void TestCsvReader::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::newRow("decimal") << QStringLiteral("1234.5") << std::optional<double>(1234.5);
    QTest::newRow("spaces around") << QStringLiteral(" 42 ") << std::optional<double>(42);
    QTest::newRow("negative") << QStringLiteral("-0.2") << std::optional<double>(-0.2);
    QTest::newRow("exponent") << QStringLiteral("1.5e3") << std::optional<double>(1500);
    QTest::newRow("thousands separators") << QStringLiteral("1,234,567.5") << std::optional<double>(1234567.5);
    QTest::newRow("decimal comma is not read as thousands") << QStringLiteral("12,5") << std::optional<double>();
    QTest::newRow("two points") << QStringLiteral("1.2.3") << std::optional<double>();
    QTest::newRow("nan") << QStringLiteral("nan") << std::optional<double>();
    QTest::newRow("infinity") << QStringLiteral("inf") << std::optional<double>();
    QTest::newRow("overflow") << QStringLiteral("1e400") << std::optional<double>();
    QTest::newRow("empty") << QString() << std::optional<double>();
    QTest::newRow("words") << QStringLiteral("about 40") << std::optional<double>();
}

void TestCsvReader::numbers()
{
    QFETCH(QString, text);
    QFETCH(std::optional<double>, expected);
    QCOMPARE(CsvReader::parseNumber(text), expected);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
