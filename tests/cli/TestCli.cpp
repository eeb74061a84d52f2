// suanpan-cli as a user runs it: output, files written, exit codes (0 ok, 2 invalid input, 1 other).

#include "CliRunner.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = suanpan::test::CliRun;

Run cli(const QStringList& arguments)
{
    return suanpan::test::runCli(QStringLiteral(SUANPAN_CLI_PATH), arguments);
}

QString sample(const char* name)
{
    return QStringLiteral(SUANPAN_SOURCE_DIR "/data/samples/%1.json").arg(QLatin1String(name));
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void networkShowsWhoServesWhom();
    void networkRefusesBadInput();
    void evaluatePrintsSummary();
    void evaluateInChinese();
    void evaluateJson();
    void cashFlowCsv();
    void validateGood();
    void invalidScenarioExitsTwoAndNamesTheField();
    void brokenJsonExitsTwo();
    void missingFileExitsOne();
    void usageErrors();
    void helpAndVersion();
    void languageBeforeTheCommand();
    void fieldsListsEveryNumberFromTheSchema();
};

void TestCli::evaluatePrintsSummary()
{
    const Run run = cli({QStringLiteral("evaluate"), sample("west-cautionary-1000-card")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Key figures")));
    QVERIFY(run.out.contains(QLatin1String("Racking rate at full deployment")));
    QVERIFY(run.out.contains(QLatin1String("Per year")));
    QVERIFY(!run.out.contains(QLatin1String("nan"), Qt::CaseInsensitive));
    QVERIFY(run.err.isEmpty());
}

void TestCli::evaluateInChinese()
{
    const Run run = cli(
        {QStringLiteral("evaluate"), sample("east-500p-vouchers"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("主要指标")), qPrintable(run.out.left(400)));
    QVERIFY(run.out.contains(QStringLiteral("万元")) || run.out.contains(QStringLiteral("亿元")));
}

void TestCli::evaluateJson()
{
    const Run run = cli({QStringLiteral("evaluate"), sample("west-hub-training"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char* key :
         {"formatVersion", "summary", "analysis", "years", "segments", "chips", "monthly", "compliance"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    QCOMPARE(json.value(QStringLiteral("years")).toArray().size(), 15);
    QVERIFY(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("npvAfterTaxCny")).isDouble());
}

void TestCli::cashFlowCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cashflow.csv"));
    const Run run =
        cli({QStringLiteral("evaluate"), sample("east-500p-vouchers"), QStringLiteral("--cashflow-csv"), path});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("projectYear,calendarYear,revenue"));
    QCOMPARE(lines.size(), 17); // header + 15 years + the empty string after the last line break
}

void TestCli::validateGood()
{
    const Run run = cli({QStringLiteral("validate"), sample("west-hub-training")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("valid")));
}

void TestCli::invalidScenarioExitsTwoAndNamesTheField()
{
    QTemporaryDir dir;
    QFile source(sample("west-cautionary-1000-card"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    QJsonObject racks{{QStringLiteral("designKwPerRack"), 45}};
    json.insert(QStringLiteral("racks"), racks);
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QJsonDocument(json).toJson());
    bad.close();
    for (const char* command : {"validate", "evaluate"}) {
        const Run run = cli({QString::fromLatin1(command), bad.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("racks.designKwPerRack: rack density 45 kW exceeds the 15 kW")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::brokenJsonExitsTwo()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"name\": ");
    bad.close();
    const Run run = cli({QStringLiteral("evaluate"), bad.fileName()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("not valid JSON at line 1")));
}

void TestCli::missingFileExitsOne()
{
    const Run run = cli({QStringLiteral("evaluate"), QStringLiteral("no-such-file.json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("Cannot read no-such-file.json")));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("evaluate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("evaluate"), sample("west-hub-training"), QStringLiteral("--bogus")}).exitCode, 2);
    // An empty scenario name is not "every scenario".
    const Run emptyName = cli({QStringLiteral("evaluate"), sample("west-hub-training"), QStringLiteral("--scenario=")});
    QCOMPARE(emptyName.exitCode, 2);
    QVERIFY2(emptyName.err.contains(QLatin1String("--scenario: a scenario name is needed")), qPrintable(emptyName.err));
    QVERIFY(emptyName.out.isEmpty());
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("evaluate FILE")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("suanpan-cli ")));
}

void TestCli::fieldsListsEveryNumberFromTheSchema()
{
    // The path is made from where the power section sits (schema::scenario) and the field's key; label,
    // range and default come from its one schema entry and data/catalogs/defaults.json (0.4).
    const Run one = cli({QStringLiteral("fields"), QStringLiteral("--search"), QStringLiteral("touValleyFactor")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains(QStringLiteral("power.touValleyFactor  — Valley price factor")), qPrintable(one.out));
    QVERIFY(one.out.contains(QStringLiteral("0 … 1 ratio; default: 0.4")));
    QVERIFY(one.out.contains(QLatin1String("1 field")));
    // A catalog field is found by its label too.
    const Run card = cli({QStringLiteral("fields"), QStringLiteral("--search"), QStringLiteral("card power")});
    QVERIFY2(card.out.startsWith(QStringLiteral("chips.tdpW  — Card power (TDP)")), qPrintable(card.out));
    // Every markdown row is a path that docs/scenario-format.md describes, with the unit it gives.
    const Run rows = cli({QStringLiteral("fields"), QStringLiteral("--markdown")});
    QCOMPARE(rows.exitCode, 0);
    QFile doc(QStringLiteral(SUANPAN_SOURCE_DIR "/docs/scenario-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const QStringList lines = rows.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 150);
    for (const QString& line : lines) {
        const QString start = line.section(QLatin1Char('|'), 0, 2); // "| `path` | unit "
        QVERIFY2(text.contains(start), qPrintable(line));
    }
    const Run bad = cli({QStringLiteral("fields"), QStringLiteral("--bogus")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!bad.err.isEmpty());
}

void TestCli::languageBeforeTheCommand()
{
    // --lang is global: it may come before the command as well as after it.
    const Run help = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("用法")), qPrintable(help.out.left(200)));
    const Run validate = cli({QStringLiteral("--lang=zh_CN"), QStringLiteral("validate"), sample("west-hub-training")});
    QCOMPARE(validate.exitCode, 0);
    QVERIFY2(validate.out.contains(QStringLiteral("校验通过")), qPrintable(validate.out));
    QCOMPARE(cli({QStringLiteral("--lang")}).exitCode, 2); // no command at all
    // A language Suanpan does not ship is refused, not quietly replaced by English.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("validate"),
                      sample("west-hub-training")},
          QStringList{QStringLiteral("validate"), sample("west-hub-training"), QStringLiteral("--lang=")}}) {
        const Run unknown = cli(arguments);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("--lang: expected one of en, zh_CN")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
    }
}

void TestCli::networkShowsWhoServesWhom()
{
    const Run run = cli({QStringLiteral("network"), sample("network-qingyang-spot"), QStringLiteral("--sites"),
                         QStringLiteral("qingyang,guian")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("who loses when the proposed center opens")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Busiest links")));
    QVERIFY(run.out.contains(QLatin1String("Qingyang cluster (Gansu)")));
    QVERIFY(run.out.contains(QLatin1String("Gui'an cluster (Guizhou)")));
    const Run json = cli({QStringLiteral("network"), sample("network-qingyang-spot"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray years =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 6); // one per year of the horizon
    QVERIFY(years.at(1).toObject().value(QStringLiteral("wonPflops")).toDouble() > 0);
}

void TestCli::networkRefusesBadInput()
{
    // A place whose users no center can reach within their latency limit: named, exit 2, nothing evaluated.
    QTemporaryDir dir;
    QFile in(sample("network-qingyang-spot"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject network = scenario.value(QStringLiteral("network")).toObject();
    network.insert(
        QStringLiteral("nodes"),
        QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("lhasa")},
            {QStringLiteral("name"), QStringLiteral("Lhasa")},
            {QStringLiteral("longitude"), 91.1},
            {QStringLiteral("latitude"), 29.6},
            {QStringLiteral("demand"), QJsonArray{QJsonObject{{QStringLiteral("workload"), QStringLiteral("inference")},
                                                              {QStringLiteral("pflops"), 50},
                                                              {QStringLiteral("year"), 2026},
                                                              {QStringLiteral("growthPerYear"), 0.2}}}}}});
    network.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("lhasa")},
                                                                   {QStringLiteral("to"), QStringLiteral("chengdu")},
                                                                   {QStringLiteral("latencyMs"), 40}}});
    scenario.insert(QStringLiteral("network"), network);
    const QString path = dir.filePath(QStringLiteral("lhasa.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(scenario).toJson());
    out.close();
    for (const char* command : {"network", "evaluate"}) {
        const Run run = cli({QLatin1String(command), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("network.nodes[0]: Lhasa: no center can serve its Inference demand "
                                                "within the 20 ms limit (nearest: 40 ms)")),
                 qPrintable(run.err));
    }
    const Run none = cli({QStringLiteral("network"), sample("commercial-h200-contracted")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QLatin1String("the scenario has no network")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
