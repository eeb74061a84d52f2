// suanpan-cli report and workbook as a user runs them: the files written, exit codes (0 ok, 2 invalid input,
// 1 a file that cannot be written) and nothing left behind on failure.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray head(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportWritesAPdf();
    void reportOfAProjectInChinese();
    void workbookWritesAnXlsx();
    void invalidScenarioWritesNothing();
    void unwritableOutputs();
};

void TestCliReport::reportWritesAPdf()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("study.pdf"));
    const Run run = cli({QStringLiteral("report"), sample("commercial-h200-contracted"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Wrote")), qPrintable(run.err));
    QCOMPARE(head(out, 5), QByteArray("%PDF-"));
}

void TestCliReport::reportOfAProjectInChinese()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.suanpan"));
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--from"), sample("east-500p-vouchers"),
                  QStringLiteral("--from"), sample("west-hub-training"), QStringLiteral("-o"), project})
                 .exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("可研.pdf"));
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"), project,
                         QStringLiteral("--trials"), QStringLiteral("200"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("页")), qPrintable(run.out));
    QCOMPARE(head(out, 5), QByteArray("%PDF-"));
    // --scenario names one scenario of the project; an unknown one is refused.
    const Run missing = cli({QStringLiteral("report"), project, QStringLiteral("--scenario"), QStringLiteral("nope"),
                             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

void TestCliReport::workbookWritesAnXlsx()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("study.xlsx"));
    const Run run = cli({QStringLiteral("workbook"), sample("east-500p-vouchers"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(head(out, 2), QByteArray("PK")); // a zip container
    // A project's scenario, through export --xlsx.
    const QString project = dir.filePath(QStringLiteral("p.suanpan"));
    QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--from"), sample("west-hub-training"), QStringLiteral("-o"),
                  project})
                 .exitCode,
             0);
    const QString exported = dir.filePath(QStringLiteral("exported.xlsx"));
    const Run viaExport = cli({QStringLiteral("export"), project, QStringLiteral("--scenario"), QStringLiteral("1"),
                               QStringLiteral("--xlsx"), exported});
    QVERIFY2(viaExport.exitCode == 0, qPrintable(viaExport.err));
    QCOMPARE(head(exported, 2), QByteArray("PK"));
}

void TestCliReport::invalidScenarioWritesNothing()
{
    QTemporaryDir dir;
    QFile source(sample("west-cautionary-1000-card"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    json.insert(QStringLiteral("racks"), QJsonObject{{QStringLiteral("designKwPerRack"), 45}});
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QJsonDocument(json).toJson());
    bad.close();
    for (const char* command : {"report", "workbook"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(command));
        const Run run = cli({QString::fromLatin1(command), bad.fileName(), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("racks.designKwPerRack")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
}

void TestCliReport::unwritableOutputs()
{
    QTemporaryDir dir;
    const QString input = sample("west-hub-training");
    for (const char* command : {"report", "workbook"}) {
        // A folder that does not exist, the folder itself, the input file: refused with the path named.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out"));
        Run run = cli({QString::fromLatin1(command), input, QStringLiteral("-o"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no/such/folder/out")), qPrintable(run.err));
        run = cli({QString::fromLatin1(command), input, QStringLiteral("-o"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("folder")));
        const QByteArray before = head(input, 1 << 20);
        run = cli({QString::fromLatin1(command), input, QStringLiteral("-o"), input});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(head(input, 1 << 20), before);
        QVERIFY(run.err.contains(QLatin1String("input file")));
        QVERIFY(cli({QString::fromLatin1(command), input}).exitCode == 2); // no -o
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
