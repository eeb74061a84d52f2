#pragma once

// Runs the built suanpan-cli as a user would (no display, a UTF-8 locale), for the CLI tests. Header-only so
// that each CLI test can include it with its own SUANPAN_CLI_PATH definition.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace suanpan::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY")); // no command needs a display
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace suanpan::test
