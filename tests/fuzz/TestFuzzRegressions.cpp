// Replays every kept fuzz input (tests/fuzz/seeds and tests/fuzz/regressions, one folder per entry) and the bundled
// samples through the fuzz entries. An input that once crashed a target is named after the failure it found; a
// broken promise or a crash fails this test (and, on the sanitizer build, any memory error).
#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <functional>

using namespace suanpan;

namespace {

using Entry = std::function<void(const QByteArray&)>;

const std::vector<std::pair<QString, Entry>>& entries()
{
    static const std::vector<std::pair<QString, Entry>> list{
        {QStringLiteral("scenarioJson"), fuzz::scenarioJson},
        {QStringLiteral("uncertaintySection"), fuzz::uncertaintySection},
        {QStringLiteral("csvImport"), fuzz::csvImport},
        {QStringLiteral("projectFile"), fuzz::projectFile},
    };
    return list;
}

QStringList filesIn(const QString& folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        paths << dir.filePath(name);
    }
    return paths;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { fuzz::initialize(); }

    void keptInputs_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const auto& [entry, run] : entries()) {
            QStringList paths;
            for (const char* kind : {"seeds", "regressions"}) {
                paths << filesIn(QStringLiteral(SUANPAN_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), entry));
            }
            if (entry == QLatin1String("scenarioJson")) {
                paths << filesIn(QStringLiteral(SUANPAN_SOURCE_DIR "/data/samples"))
                      << filesIn(QStringLiteral(SUANPAN_SOURCE_DIR "/data/calibration"));
            }
            if (entry == QLatin1String("projectFile")) {
                paths << QStringLiteral(SUANPAN_SAMPLE_PROJECT);
            }
            for (const QString& path : paths) {
                QTest::newRow(qPrintable(entry + QLatin1Char('/') + QFileInfo(path).fileName())) << entry << path;
                ++count;
            }
        }
        QVERIFY2(count >= 10, "the kept inputs are found");
    }

    void keptInputs()
    {
        QFETCH(QString, entry);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        for (const auto& [name, run] : entries()) {
            if (name == entry) {
                run(bytes); // aborts on a broken promise
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
