// A save killed at any moment leaves the old project or the new one, complete, and nothing that could be
// taken for the project. A child process saves two large projects alternately over one file; it is killed
// (SIGKILL) after a random delay, many times, and the file is opened after each kill.

#include "store/ProjectFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace suanpan;

namespace {

/// Rounds of kill-during-save: 60 in the test suite; scripts/kill-during-save.sh runs more (SUANPAN_SAVE_ROUNDS).
int rounds()
{
    const int wanted = qEnvironmentVariableIntValue("SUANPAN_SAVE_ROUNDS");
    return wanted > 0 ? wanted : 60;
}

QString writer()
{
    return QStringLiteral(STORE_WRITER_PATH);
}

} // namespace

class TestAtomicSave : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedSavesLeaveOldOrNew();
};

void TestAtomicSave::killedSavesLeaveOldOrNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.suanpan"));
    QCOMPARE(QProcess::execute(writer(), {path, QStringLiteral("--once")}), 0);
    const ProjectLoadResult first = ProjectFile::load(path);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.project->metadata().title, QStringLiteral("A"));
    const std::size_t logA = first.project->log().size();

    // How long one save takes here, so that the kills spread over whole saves (writing, flushing, reading
    // back, renaming) and the gaps between them.
    QProcess timing;
    timing.start(writer(), {path, QStringLiteral("--loop")});
    QVERIFY(timing.waitForReadyRead(60000));
    QElapsedTimer clock;
    clock.start();
    int saves = 0;
    while (saves < 4 && timing.waitForReadyRead(60000)) {
        saves += static_cast<int>(timing.readAll().count("saved"));
    }
    const qint64 saveMs = std::max<qint64>(clock.elapsed() / std::max(saves, 1), 1);
    timing.kill();
    timing.waitForFinished();
    qInfo("one save takes about %lld ms", saveMs);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QMap<QString, int> outcomes;
    int completedSaves = 0;
    const int roundCount = rounds();
    for (int round = 0; round < roundCount; ++round) {
        QProcess child;
        child.start(writer(), {path, QStringLiteral("--loop")});
        QVERIFY(child.waitForReadyRead(60000)); // "ready": both projects built, no save started yet
        QThread::msleep(random.bounded(static_cast<quint32>(saveMs * 5 / 2 + 1)));
        child.kill();
        QVERIFY(child.waitForFinished(60000));
        const QByteArray printed = child.readAll();
        QVERIFY2(!printed.contains("error"), printed.constData());
        completedSaves += static_cast<int>(printed.count("saved"));

        const ProjectLoadResult loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(loaded.error)));
        const QString title = loaded.project->metadata().title;
        QVERIFY2(title == QLatin1String("A") || title == QLatin1String("B"), qPrintable(title));
        // Complete: every scenario and log entry of that project, consistent with each other.
        QCOMPARE(loaded.project->scenarios().size(), std::size_t(20));
        QCOMPARE(loaded.project->log().size(), title == QLatin1String("A") ? logA : logA + 20);
        const int offset = title == QLatin1String("A") ? 0 : 1000;
        for (std::size_t i = 0; i < loaded.project->scenarios().size(); ++i) {
            QCOMPARE(loaded.project->scenarios()[i].chipMix[0].count, 1024 + static_cast<int>(i) + offset);
        }
        QVERIFY(loaded.invalidScenarios.empty());
        ++outcomes[title];
        // Only the project and temporary files, named so that they cannot be taken for it.
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
            QVERIFY2(name == QLatin1String("study.suanpan") || name.startsWith(QLatin1String("study.suanpan.tmp-")),
                     qPrintable(name));
        }
    }
    const int leftovers = static_cast<int>(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size()) - 1;
    qInfo("%d rounds: %d times A, %d times B; %d saves completed in all; %d interrupted saves left a temporary file",
          roundCount, outcomes.value(QStringLiteral("A")), outcomes.value(QStringLiteral("B")), completedSaves,
          leftovers);
    // The kills fell both between and inside saves.
    QVERIFY(outcomes.value(QStringLiteral("A")) > 0 && outcomes.value(QStringLiteral("B")) > 0);
    QVERIFY(leftovers > 0);
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "TestAtomicSave.moc"
