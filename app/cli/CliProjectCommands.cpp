// The project commands that read or change a project's content: info, log, import-demand, import-catalog.

#include "CliCommands.h"
#include "CliProject.h"
#include "engine/Engine.h"
#include "report/NumberFormat.h"
#include "store/AssumptionLogReport.h"
#include "store/CatalogImport.h"
#include "store/DemandImport.h"
#include "store/ProjectFile.h"
#include "store/ProjectLock.h"
#include "store/StoreLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace suanpan::cli {

namespace {

constexpr int kShownIssues = 50;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate).replace(QLatin1Char('T'), QLatin1Char(' '))
                          : QString();
}

std::optional<double> npvOf(const Project& project, const QString& scenario)
{
    ValidationReport report;
    const std::optional<ResolvedScenario> resolved = project.resolve(scenario, report);
    return resolved ? std::optional<double>(evaluate(*resolved).summary.npvAfterTaxCny) : std::nullopt;
}

/// Reads an input file of at most `limit` bytes; prints why it could not.
std::optional<QByteArray> readInput(const QString& path, qint64 limit, QTextStream& err, int& exitCode)
{
    QFile file(path);
    if (!readableRegularFile(path, err)) {
        exitCode = Failure;
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        exitCode = Failure;
        return std::nullopt;
    }
    if (file.size() > limit) {
        const qint64 sizeMb = file.size() / (1024 * 1024);
        const qint64 limitMb = limit / (1024 * 1024);
        err << QCoreApplication::translate("CliProject", "%1 is %2 MB; at most %3 MB can be imported.")
                   .arg(path)
                   .arg(sizeMb)
                   .arg(limitMb)
            << Qt::endl;
        exitCode = InvalidInput;
        return std::nullopt;
    }
    return file.readAll();
}

/// Prints the outcome of an import; on success saves the project and then says what was imported (`heading`).
/// Returns the exit code.
int finishImport(Project& project, const QString& path, const QString& csvPath, const ImportResult& result,
                 const QString& heading, QTextStream& out, QTextStream& err)
{
    if (!result.applied) {
        const int count = static_cast<int>(result.issues.size());
        err << QCoreApplication::translate("CliProject", "%1: %n problem(s) found; nothing was imported.", nullptr,
                                           count)
                   .arg(csvPath)
            << Qt::endl;
        for (int i = 0; i < count && i < kShownIssues; ++i) {
            err << QStringLiteral("  ") << result.issues[static_cast<std::size_t>(i)].toText() << Qt::endl;
        }
        if (count > kShownIssues) {
            const int more = count - kShownIssues;
            err << QStringLiteral("  ") << QCoreApplication::translate("CliProject", "… and %n more.", nullptr, more)
                << Qt::endl;
        }
        return InvalidInput;
    }
    int exitCode = Ok;
    if (!saveProject(project, path, err, exitCode)) {
        return exitCode;
    }
    out << heading << Qt::endl;
    for (const QString& note : result.notes) {
        out << QStringLiteral("  ") << note << Qt::endl;
    }
    out << QCoreApplication::translate("CliProject", "%n change(s) recorded in the assumption log of %1.", nullptr,
                                       result.logEntries)
               .arg(path)
        << Qt::endl;
    return Ok;
}

} // namespace

int info(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CliProject", "Describe a project file."));
    parser.addPositionalArgument(QStringLiteral("P.suanpan"), QCoreApplication::translate("CliProject", "Project."));
    if (const int exitCode = parseCommand(parser, arguments, 1, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const QString path = parser.positionalArguments().constFirst();
    const ProjectLoadResult loaded = ProjectFile::load(path);
    if (!loaded.ok()) {
        err << loaded.error << Qt::endl;
        return loaded.problem == ProjectFileProblem::CannotRead ? Failure : InvalidInput;
    }
    const Project& p = *loaded.project;
    const ProjectMetadata& m = p.metadata();
    const auto row = [&out](const QString& label, const QString& value) {
        out << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -16).arg(value) << Qt::endl;
    };
    out << path << Qt::endl;
    row(QCoreApplication::translate("CliProject", "Title"), m.title);
    row(QCoreApplication::translate("CliProject", "Author"), m.author);
    row(QCoreApplication::translate("CliProject", "Organization"), m.organization);
    row(QCoreApplication::translate("CliProject", "Currency"), m.currency);
    row(QCoreApplication::translate("CliProject", "Created"), timeText(m.created));
    row(QCoreApplication::translate("CliProject", "Modified"), timeText(m.modified));
    row(QCoreApplication::translate("CliProject", "Written by"),
        QCoreApplication::translate("CliProject", "Suanpan %1 (project schema %2)")
            .arg(m.appVersion)
            .arg(loaded.fileSchemaVersion));
    const int scenarioCount = static_cast<int>(p.scenarios().size());
    out << QStringLiteral("  ") << QCoreApplication::translate("CliProject", "Scenarios (%1):").arg(scenarioCount)
        << Qt::endl;
    for (const Scenario& s : p.scenarios()) {
        ValidationReport report;
        const std::optional<ResolvedScenario> resolved = p.resolve(s.name, report);
        const int problems = static_cast<int>(report.issues().size());
        const QString state =
            resolved ? QCoreApplication::translate("CliProject", "NPV after tax %1")
                           .arg(NumberFormat::money(evaluate(*resolved).summary.npvAfterTaxCny, QLocale()))
                     : QCoreApplication::translate("CliProject", "%n problem(s); see validate", nullptr, problems);
        out << QStringLiteral("    %1 — %2").arg(s.name, state) << Qt::endl;
    }
    QStringList own;
    for (const CatalogOverride& o : p.catalogOverrides()) {
        own << QStringLiteral("%1[%2]").arg(catalogName(o.kind), o.entry.value(QStringLiteral("id")).toString());
    }
    row(QCoreApplication::translate("CliProject", "Own catalog"),
        own.isEmpty() ? QCoreApplication::translate("CliProject", "none") : own.join(QStringLiteral(", ")));
    for (const DemandSeries& s : p.demandSeries()) {
        const int count = static_cast<int>(s.valuesPflops.size());
        row(QCoreApplication::translate("CliProject", "Demand series"),
            QCoreApplication::translate("CliProject", "%1 / %2: %3 values from %4 (%5)")
                .arg(s.scenario, s.segment)
                .arg(count)
                .arg(s.sourceFile, timeText(s.imported)));
    }
    row(QCoreApplication::translate("CliProject", "Log entries"), QString::number(p.log().size()));
    return Ok;
}

int showLog(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliProject", "List the assumption log: every change, grouped as made, with the NPV it led to."));
    parser.addPositionalArgument(QStringLiteral("P.suanpan"), QCoreApplication::translate("CliProject", "Project."));
    const QCommandLineOption scenarioName(
        QStringLiteral("scenario"),
        QCoreApplication::translate("CliProject", "Only this scenario's changes (and the catalog's)."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("CliProject", "Print the log as JSON."));
    parser.addOptions({scenarioName, json});
    if (const int exitCode = parseCommand(parser, arguments, 1, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const QString path = parser.positionalArguments().constFirst();
    int exitCode = Ok;
    const std::optional<Project> project = openProject(path, err, exitCode);
    if (!project) {
        return exitCode;
    }
    QString name;
    if (parser.isSet(scenarioName)) {
        const Scenario* chosen = chooseScenario(*project, parser.value(scenarioName), path, err);
        if (chosen == nullptr) {
            return InvalidInput;
        }
        name = chosen->name;
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(
            QJsonDocument(AssumptionLogReport::json(*project, name)).toJson(QJsonDocument::Indented));
    } else {
        out << AssumptionLogReport::text(*project, name, QLocale());
    }
    return Ok;
}

int importDemand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CliProject", "Import a demand forecast (CSV: period, segment, value, unit) into "
                                                  "a scenario of a project; the change is logged."));
    parser.addPositionalArgument(QStringLiteral("P.suanpan"), QCoreApplication::translate("CliProject", "Project."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QCoreApplication::translate("CliProject", "Forecast."));
    const QCommandLineOption scenarioName(
        QStringLiteral("scenario"), QCoreApplication::translate("CliProject", "The scenario."), QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QCoreApplication::translate("CliProject", "Why, for the assumption log."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({scenarioName, note});
    if (const int exitCode = parseCommand(parser, arguments, 2, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const QString path = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);
    if (!withinTextLimit(parser, note, err)) {
        return InvalidInput;
    }
    // Read, change and save under the lock: another import at the same time would otherwise be lost.
    ProjectLock lock(path);
    if (QString lockError; !lock.lock(&lockError)) {
        err << lockError << Qt::endl;
        return Failure;
    }
    int exitCode = Ok;
    std::optional<Project> project = openProject(path, err, exitCode);
    if (!project) {
        return exitCode;
    }
    const Scenario* scenario = chooseScenario(*project, parser.value(scenarioName), path, err);
    if (scenario == nullptr) {
        return InvalidInput;
    }
    const QString name = scenario->name;
    const std::optional<QByteArray> csv = readInput(csvPath, StoreLimits::kMaxCsvBytes, err, exitCode);
    if (!csv) {
        return exitCode;
    }
    const std::optional<double> npvBefore = npvOf(*project, name);
    const ImportResult result =
        DemandImport::apply(*project, name, *csv, QFileInfo(csvPath).fileName(), parser.value(note));
    const QString heading =
        QCoreApplication::translate("CliProject", "Imported %1 into scenario \"%2\":").arg(csvPath, name);
    exitCode = finishImport(*project, path, csvPath, result, heading, out, err);
    const std::optional<double> npvAfter = npvOf(*project, name);
    if (exitCode == Ok && npvBefore && npvAfter) {
        out << QCoreApplication::translate("CliProject", "NPV after tax: %1 → %2")
                   .arg(NumberFormat::money(*npvBefore, QLocale()), NumberFormat::money(*npvAfter, QLocale()))
            << Qt::endl;
    }
    return exitCode;
}

int importCatalog(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliProject", "Import catalog figures (CSV: id and field columns) into a project's own catalog."));
    parser.addPositionalArgument(QStringLiteral("P.suanpan"), QCoreApplication::translate("CliProject", "Project."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QCoreApplication::translate("CliProject", "Figures."));
    const QCommandLineOption catalog(
        QStringLiteral("catalog"), QCoreApplication::translate("CliProject", "chips, cooling, regions or redundancy."),
        QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QCoreApplication::translate("CliProject", "Why, for the assumption log."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({catalog, note});
    if (const int exitCode = parseCommand(parser, arguments, 2, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const std::optional<CatalogKind> kind = catalogKindFromName(parser.value(catalog));
    if (!kind) {
        err << QCoreApplication::translate("CliProject", "Name the catalog with --catalog: chips, cooling, regions or "
                                                         "redundancy.")
            << Qt::endl;
        return InvalidInput;
    }
    const QString path = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);
    if (!withinTextLimit(parser, note, err)) {
        return InvalidInput;
    }
    ProjectLock lock(path);
    if (QString lockError; !lock.lock(&lockError)) {
        err << lockError << Qt::endl;
        return Failure;
    }
    int exitCode = Ok;
    std::optional<Project> project = openProject(path, err, exitCode);
    if (!project) {
        return exitCode;
    }
    const std::optional<QByteArray> csv = readInput(csvPath, StoreLimits::kMaxCsvBytes, err, exitCode);
    if (!csv) {
        return exitCode;
    }
    const ImportResult result =
        CatalogImport::apply(*project, *kind, *csv, QFileInfo(csvPath).fileName(), parser.value(note));
    const QString heading = QCoreApplication::translate("CliProject", "Imported %1 into the %2 catalog of %3:")
                                .arg(csvPath, catalogName(*kind), path);
    return finishImport(*project, path, csvPath, result, heading, out, err);
}

} // namespace suanpan::cli
