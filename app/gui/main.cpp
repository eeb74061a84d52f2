// suanpan: the desktop application. Wiring only: options, translators, the main window.

#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "i18n/Translations.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

/// Resident memory in MB from /proc (Linux); 0 elsewhere.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Suanpan"));
    QApplication::setOrganizationName(QStringLiteral("Suanpan"));
    QApplication::setApplicationVersion(QStringLiteral(SUANPAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Suanpan: capacity planning for AI computing centers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A project (.suanpan) or scenario (.json) to open."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language: en or zh_CN."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render every main view to PNG files in DIR, then quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print the time to a shown window and the resident memory, then quit."));
    parser.addOptions({language, screenshots, measure});
    parser.process(app);

    const QString wanted =
        parser.isSet(language) ? parser.value(language) : QSettings().value(QStringLiteral("language")).toString();
    suanpan::installTranslators(app, wanted);

    suanpan::MainWindow window;
    const bool automated = parser.isSet(screenshots) || parser.isSet(measure);
    if (!automated) {
        window.session()->askForSaveNotes();
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        if (!window.session()->open(files.constFirst())) {
            window.session()->openSamples();
        }
    } else if (automated || !window.session()->offerRecovery()) {
        // The sample project the first time; later the last project, if it is still there.
        const QString last = automated ? QString() : suanpan::ProjectSession::lastProject();
        if (last.isEmpty() || !window.session()->open(last)) {
            window.session()->openSamples();
        }
    }
    window.show();

    if (parser.isSet(measure)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%.1f rss_mb=%.1f\n", startup.nsecsElapsed() / 1e6, residentMegabytes());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet(screenshots)) {
        QTimer::singleShot(200, &app, [&] {
            const QString prefix = suanpan::installTranslators(app, wanted);
            for (const QString& path : window.saveScreenshots(parser.value(screenshots), prefix)) {
                std::printf("%s\n", qPrintable(path));
            }
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
