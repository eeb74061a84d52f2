// The project commands of suanpan-cli as a user runs them: output, files, and exit codes (0 ok, 2 invalid
// input with every message on stderr, 1 other failure); a refused input never changes the project file.

#include "StoreTestSupport.h"
#include "TestScenarios.h"
#include "model/ScenarioJson.h"
#include "store/ProjectFile.h"

#include "CliRunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace suanpan;

namespace {

using Run = suanpan::test::CliRun;

Run cli(const QStringList& arguments)
{
    return suanpan::test::runCli(QStringLiteral(SUANPAN_CLI_PATH), arguments);
}

QStringList fromSamples()
{
    QStringList arguments;
    for (const QString& name : test::sampleNames()) {
        arguments << QStringLiteral("--from") << test::samplePath(name);
    }
    return arguments;
}

/// A project of the three samples in `dir`.
QString makeProject(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("study.suanpan"));
    const Run run = cli(QStringList{QStringLiteral("new")} + fromSamples() + QStringList{QStringLiteral("-o"), path});
    if (run.exitCode != 0) {
        qFatal("new failed: %s", qPrintable(run.err));
    }
    return path;
}

QByteArray yearlyCsv(const char* segment)
{
    QByteArray csv = "period,segment,value,unit\r\n";
    for (int year = 2026; year <= 2040; ++year) {
        csv += QByteArray::number(year) + ',' + segment + ',' + QByteArray::number(50 + 10 * (year - 2026)) + ",P\r\n";
    }
    return csv;
}

} // namespace

class TestCliProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newMakesAProjectOfTheSamples();
    void newRefuses_data();
    void newRefuses();
    void evaluateEveryScenarioOrOne();
    void importDemandIsLoggedAndEvaluated();
    void badImportsChangeNothing();
    void importCatalog();
    void exportWritesCanonicalJsonAndCsv();
    void refusedProjectFiles_data();
    void refusedProjectFiles();
    void validateNamesTheScenarioAndField();
    void sampleProjectBuiltWithSuanpan();
    void usageErrors();
    void outputsNeverReplaceInputsOrProjects();
    void pipesAndDevicesAreRefused();
    void concurrentImportsAreBothKept();
    void tooLongTextsAreRefusedBeforeSaving();
};

void TestCliProject::newMakesAProjectOfTheSamples()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.suanpan"));
    const Run run = cli(QStringList{QStringLiteral("new")} + fromSamples() +
                        QStringList{QStringLiteral("-o"), path, QStringLiteral("--title"), QStringLiteral("杭州与西部"),
                                    QStringLiteral("--author"), QStringLiteral("Li Na")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Created")) && run.out.contains(QLatin1String("Western city")));
    QVERIFY(run.err.isEmpty());
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.project->metadata().title, QStringLiteral("杭州与西部"));
    QCOMPARE(loaded.project->scenarios().size(), std::size_t(3));
    QCOMPARE(loaded.project->log().front().note, QStringLiteral("from west-cautionary-1000-card.json"));
    const Run info = cli({QStringLiteral("info"), path});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QLatin1String("project schema 2")));
    QVERIFY(info.out.contains(QLatin1String("NPV after tax")));
}

void TestCliProject::newRefuses_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("the same scenario twice")
        << QStringList{QStringLiteral("--from"), test::samplePath(QStringLiteral("west-hub-training")),
                       QStringLiteral("--from"), test::samplePath(QStringLiteral("west-hub-training"))}
        << QStringLiteral("already has a scenario named \"Inner Mongolia hub");
    QTest::newRow("no output named") << QStringList{} << QStringLiteral("Name the project file to create with -o");
    QTest::newRow("a scenario file that does not validate")
        << QStringList{QStringLiteral("--from"), QStringLiteral(SUANPAN_SOURCE_DIR "/README.md")}
        << QStringLiteral("not valid JSON at line 1");
}

void TestCliProject::newRefuses()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QStringList arguments{QStringLiteral("new")};
    arguments << extra;
    if (!message.startsWith(QLatin1String("Name the project"))) {
        arguments << QStringLiteral("-o") << path;
    }
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void TestCliProject::evaluateEveryScenarioOrOne()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const Run all = cli({QStringLiteral("evaluate"), path});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.count(QLatin1String("Key figures")), 3);
    QCOMPARE(all.out.count(QLatin1String("Scenario: ")), 3);
    // By number, by the start of the name, or by the full name.
    for (const QString& choice :
         {QStringLiteral("2"), QStringLiteral("hangzhou"),
          QStringLiteral("Hangzhou, ~500 P mixed domestic and imported, with compute vouchers")}) {
        const Run one = cli({QStringLiteral("evaluate"), path, QStringLiteral("--scenario"), choice});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out.count(QLatin1String("Key figures")), 1);
        QVERIFY(one.out.startsWith(QLatin1String("Hangzhou")));
    }
    const Run json = cli({QStringLiteral("evaluate"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("scenarios")).toArray().size(), 3);
    const Run oneJson = cli({QStringLiteral("evaluate"), path, QStringLiteral("--scenario"), QStringLiteral("3"),
                             QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(oneJson.out.toUtf8()).object().contains(QStringLiteral("summary")));
    const Run unknown = cli({QStringLiteral("evaluate"), path, QStringLiteral("--scenario"), QStringLiteral("Lhasa")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("has no scenario named \"Lhasa\"; it has: \"Western city")));
    const Run csvOfWhich = cli(
        {QStringLiteral("evaluate"), path, QStringLiteral("--cashflow-csv"), dir.filePath(QStringLiteral("cf.csv"))});
    QCOMPARE(csvOfWhich.exitCode, 2);
    QVERIFY(csvOfWhich.err.contains(QLatin1String("name one with --scenario")));
}

void TestCliProject::importDemandIsLoggedAndEvaluated()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString csv = dir.filePath(QStringLiteral("需求.csv"));
    QVERIFY(test::writeAll(csv, "\xEF\xBB\xBF" + yearlyCsv("fine-tuning")));
    const Run run = cli({QStringLiteral("import-demand"), path, QStringLiteral("--scenario"), QStringLiteral("2"), csv,
                         QStringLiteral("--note"), QStringLiteral("城市预测")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Segment \"fine-tuning\": 15 yearly values (P).")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("5 changes recorded in the assumption log")));
    QVERIFY(run.out.contains(QLatin1String("NPV after tax: ")));
    const Run log = cli({QStringLiteral("log"), path, QStringLiteral("--scenario"), QStringLiteral("hangzhou")});
    QCOMPARE(log.exitCode, 0);
    QVERIFY(log.out.contains(QStringLiteral("· 城市预测")));
    QVERIFY(log.out.contains(QStringLiteral("demand[1].forecast.type: \"sCurve\" → \"series\"")));
    QVERIFY(!log.out.contains(QLatin1String("Western city"))); // only this scenario
    QCOMPARE(log.out.count(QLatin1String("NPV after tax: ")), 2);
    const Run json = cli({QStringLiteral("log"), path, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("entries")).toArray().size(),
             3 + 5);
}

void TestCliProject::badImportsChangeNothing()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QByteArray hash = test::sha256(path);
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(test::writeAll(csv, "period,segment,value,unit\n2026,fine-tuning,12.5,P\n2027,fine-tuning,\"1,5\",P\n"
                                "2028,unknown,3,P\n"));
    const Run run =
        cli({QStringLiteral("import-demand"), path, QStringLiteral("--scenario"), QStringLiteral("2"), csv});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("bad.csv: 3 problems found; nothing was imported.")), qPrintable(run.err));
    QVERIFY(
        run.err.contains(QLatin1String("line 3, column 3 (value): expected a number such as 120.5, found \"1,5\"")));
    QVERIFY(run.err.contains(QLatin1String("line 4, column 2 (segment): \"unknown\" is not a segment")));
    QVERIFY(
        run.err.contains(QLatin1String("line 2, column 2 (segment): segment \"fine-tuning\" has no value for 2027")));
    QCOMPARE(test::sha256(path), hash);
    const Run missing = cli({QStringLiteral("import-demand"), path, QStringLiteral("--scenario"), QStringLiteral("2"),
                             dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, 1);
    const Run catalog =
        cli({QStringLiteral("import-catalog"), path, QStringLiteral("--catalog"), QStringLiteral("chips"), csv});
    QCOMPARE(catalog.exitCode, 2);
    QVERIFY(catalog.err.contains(QLatin1String("the header has no column \"id\"")));
    QCOMPARE(test::sha256(path), hash);
    QCOMPARE(test::filesIn(dir.path()), (QStringList{QStringLiteral("bad.csv"), QStringLiteral("study.suanpan")}));
}

void TestCliProject::importCatalog()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString csv = dir.filePath(QStringLiteral("prices.csv"));
    QVERIFY(test::writeAll(csv, "id,cardPriceCny,source\nh20,80000,Consultant quote 2025-03\n"));
    const Run run =
        cli({QStringLiteral("import-catalog"), path, QStringLiteral("--catalog"), QStringLiteral("chips"), csv});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Imported 1 entry into the chips catalog.")));
    const Run log = cli({QStringLiteral("log"), path, QStringLiteral("--scenario"), QStringLiteral("hangzhou")});
    QVERIFY2(log.out.contains(QStringLiteral("project catalog · catalog figures imported from prices.csv")),
             qPrintable(log.out));
    QVERIFY(log.out.contains(QStringLiteral("catalog.chips[h20].cardPriceCny: 90000 → 80000")));
    const Run exported = cli({QStringLiteral("export"), path, QStringLiteral("--scenario"), QStringLiteral("2"),
                              QStringLiteral("--json"), dir.filePath(QStringLiteral("hz.json"))});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.err.contains(QLatin1String("uses the project's own catalog entries (chips[h20])")));
}

void TestCliProject::exportWritesCanonicalJsonAndCsv()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const QString cashFlow = dir.filePath(QStringLiteral("cf.csv"));
    const QString years = dir.filePath(QStringLiteral("years.csv"));
    const Run run = cli({QStringLiteral("export"), path, QStringLiteral("--scenario"), QStringLiteral("3"),
                         QStringLiteral("--json"), json, QStringLiteral("--cashflow-csv"), cashFlow,
                         QStringLiteral("--years-csv"), years});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    // JSON → project → JSON: the file is the sample's canonical form, byte for byte.
    QCOMPARE(test::readAll(json), ScenarioJson::toBytes(test::sampleScenario(QStringLiteral("west-hub-training"))));
    QVERIFY(test::readAll(cashFlow).startsWith("projectYear,calendarYear,revenue"));
    QCOMPARE(test::readAll(years).count('\n'), 16);
    const Run nothing = cli({QStringLiteral("export"), path, QStringLiteral("--scenario"), QStringLiteral("3")});
    QCOMPARE(nothing.exitCode, 2);
}

void TestCliProject::refusedProjectFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 2 << QStringLiteral("is empty (0 bytes)");
    QTest::newRow("text") << QByteArray("hello\n") << 2 << QStringLiteral("it is a text file");
    QTest::newRow("scenario JSON named .suanpan")
        << test::readAll(test::samplePath(QStringLiteral("west-hub-training"))) << 2
        << QStringLiteral("looks like JSON");
    QTest::newRow("SQLite header, then garbage")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\x01') << 2 << QStringLiteral("another program");
}

void TestCliProject::refusedProjectFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    QVERIFY(test::writeAll(path, content));
    for (const char* command : {"evaluate", "info", "log", "validate"}) {
        const Run run = cli({QString::fromLatin1(command), path});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(test::readAll(path), content);
    const Run missing = cli({QStringLiteral("evaluate"), dir.filePath(QStringLiteral("none.suanpan"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("there is no such file")));
}

void TestCliProject::validateNamesTheScenarioAndField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.suanpan"));
    Project project = test::sampleProject();
    Scenario edited = project.scenarios()[0];
    edited.racks.designKwPerRack = 45;
    QString error;
    QVERIFY(project.updateScenario(edited.name, edited, QString(), &error));
    QVERIFY(ProjectFile::save(project, path, &error));
    const Run run = cli({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains(QLatin1String("scenario \"Western city, 1,000 cards, half-empty racks\": 1 problem found")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("racks.designKwPerRack: rack density 45 kW exceeds the 15 kW")));
    QCOMPARE(run.out.count(QLatin1String("is valid")), 2);
    const Run evaluate = cli({QStringLiteral("evaluate"), path});
    QCOMPARE(evaluate.exitCode, 2); // the valid two are still evaluated
    QCOMPARE(evaluate.out.count(QLatin1String("Key figures")), 2);
}

void TestCliProject::sampleProjectBuiltWithSuanpan()
{
    const ProjectLoadResult loaded = ProjectFile::load(QStringLiteral(SUANPAN_SAMPLE_PROJECT));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    // The three samples of sampleNames(), then the contracted centers, built and colocated (app/CMakeLists.txt).
    QStringList names = test::sampleNames();
    names << QStringLiteral("commercial-h200-contracted") << QStringLiteral("colocated-h200-contracted")
          << QStringLiteral("municipal-wuhan-marginal") << QStringLiteral("network-qingyang-spot");
    QCOMPARE(loaded.project->scenarios().size(), static_cast<std::size_t>(names.size()));
    for (std::size_t i = 0; i < loaded.project->scenarios().size(); ++i) {
        QVERIFY(loaded.project->scenarios()[i] == test::sampleScenario(names[static_cast<qsizetype>(i)]));
    }
    QVERIFY(loaded.invalidScenarios.empty());
    const Run run = cli({QStringLiteral("evaluate"), QStringLiteral(SUANPAN_SAMPLE_PROJECT)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1String("Key figures")), 7);
}

void TestCliProject::usageErrors()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QCOMPARE(cli({QStringLiteral("log"), path, QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("log")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("import-catalog"), path, path}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("evaluate"), test::samplePath(QStringLiteral("west-hub-training")),
                  QStringLiteral("--scenario"), QStringLiteral("x")})
                 .exitCode,
             2);
    const Run help = cli({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QLatin1String("import-demand P.suanpan --scenario NAME FILE.csv")));
    // Every command has its own help (COMMAND --help), printed on stdout with exit code 0.
    for (const char* command :
         {"evaluate", "validate", "new", "info", "log", "import-demand", "import-catalog", "export"}) {
        const Run commandHelp = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY2(commandHelp.out.contains(QLatin1String("--lang")), command);
        QVERIFY(commandHelp.err.isEmpty());
    }
}

void TestCliProject::outputsNeverReplaceInputsOrProjects()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QByteArray hash = test::sha256(path);
    // Results written over the project they come from, or over any project, are refused.
    Run run = cli({QStringLiteral("evaluate"), path, QStringLiteral("--scenario"), QStringLiteral("1"),
                   QStringLiteral("--cashflow-csv"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("it is the input file")), qPrintable(run.err));
    run = cli({QStringLiteral("export"), path, QStringLiteral("--scenario"), QStringLiteral("1"),
               QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 1);
    const QString other = dir.filePath(QStringLiteral("other.suanpan"));
    QVERIFY(QFile::copy(path, other));
    run = cli({QStringLiteral("export"), path, QStringLiteral("--scenario"), QStringLiteral("1"),
               QStringLiteral("--json"), other});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("it is a Suanpan project")), qPrintable(run.err));
    QCOMPARE(test::sha256(path), hash);
    QCOMPARE(test::sha256(other), hash);
    // A scenario file is not replaced by its own results either.
    const QString scenario = dir.filePath(QStringLiteral("s.json"));
    QVERIFY(QFile::copy(test::samplePath(QStringLiteral("west-hub-training")), scenario));
    const QByteArray scenarioHash = test::sha256(scenario);
    run = cli({QStringLiteral("evaluate"), scenario, QStringLiteral("--years-csv"), scenario});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(test::sha256(scenario), scenarioHash);
}

void TestCliProject::pipesAndDevicesAreRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.suanpan"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    // Reading a pipe would wait for a writer: each command refuses it at once instead.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("info"), fifo}, QStringList{QStringLiteral("validate"), fifo},
          QStringList{QStringLiteral("evaluate"), fifo}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    }
    // A project is never saved in place of a pipe.
    const Run run =
        cli({QStringLiteral("new"), QStringLiteral("--from"), test::samplePath(QStringLiteral("west-hub-training")),
             QStringLiteral("-o"), fifo, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    QVERIFY(!QFileInfo(fifo).isFile());
}

void TestCliProject::concurrentImportsAreBothKept()
{
    // Two imports into one project at the same time: the lock makes one wait, so both changes are kept.
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString cards = dir.filePath(QStringLiteral("cards.csv"));
    const QString servers = dir.filePath(QStringLiteral("servers.csv"));
    QFile a(cards);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("id,cardPriceCny\nh20,91000\n");
    a.close();
    QFile b(servers);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("id,serverBasePriceCny\nh20,410000\n");
    b.close();
    QProcess first;
    QProcess second;
    const QString program = QStringLiteral(SUANPAN_CLI_PATH);
    const QString chips = QStringLiteral("chips");
    first.start(program, {QStringLiteral("import-catalog"), path, QStringLiteral("--catalog"), chips, cards});
    second.start(program, {QStringLiteral("import-catalog"), path, QStringLiteral("--catalog"), chips, servers});
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const ProjectLoadResult loaded = ProjectFile::load(path);
    QVERIFY(loaded.ok());
    const QJsonObject* h20 = loaded.project->catalog().entry(CatalogKind::Chips, QStringLiteral("h20"));
    QVERIFY(h20 != nullptr);
    QCOMPARE(h20->value(QStringLiteral("cardPriceCny")).toDouble(), 91000.0);
    QCOMPARE(h20->value(QStringLiteral("serverBasePriceCny")).toDouble(), 410000.0);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestCliProject::tooLongTextsAreRefusedBeforeSaving()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QByteArray hash = test::sha256(path);
    const QString csv = dir.filePath(QStringLiteral("forecast.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yearlyCsv("enterprise-inference"));
    file.close();
    const Run run = cli({QStringLiteral("import-demand"), path, QStringLiteral("--scenario"), QStringLiteral("1"), csv,
                         QStringLiteral("--note"), QString(20000, QLatin1Char('n'))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--note: 20000 characters")), qPrintable(run.err));
    QCOMPARE(test::sha256(path), hash);
    const QString created = dir.filePath(QStringLiteral("new.suanpan"));
    const Run make =
        cli({QStringLiteral("new"), QStringLiteral("--from"), test::samplePath(QStringLiteral("west-hub-training")),
             QStringLiteral("-o"), created, QStringLiteral("--title"), QString(20000, QLatin1Char('t'))});
    QCOMPARE(make.exitCode, 2);
    QVERIFY2(make.err.contains(QLatin1String("--title: 20000 characters")), qPrintable(make.err));
    QVERIFY(!QFileInfo::exists(created));
}

QTEST_GUILESS_MAIN(TestCliProject)
#include "TestCliProject.moc"
