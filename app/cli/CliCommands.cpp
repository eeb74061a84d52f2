#include "CliCommands.h"

#include "CliProject.h"

#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "model/Catalog.h"
#include "model/ScenarioJson.h"
#include "model/ScenarioValidator.h"
#include "report/ResultsCsv.h"
#include "report/ResultsJson.h"
#include "report/TextSummary.h"
#include "store/ProjectFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace suanpan::cli {

bool readableRegularFile(const QString& path, QTextStream& err)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) { // a pipe would wait for a writer that may never come
        err << QCoreApplication::translate("Cli", "Cannot read %1: it is not a regular file (a folder, a device or "
                                                  "a pipe).")
                   .arg(path)
            << Qt::endl;
        return false;
    }
    return true;
}

std::optional<ResolvedScenario> loadScenarioFile(const QString& path, QTextStream& err, int& exitCode)
{
    const Catalog& catalog = Catalog::builtIn();
    if (!catalog.loadErrors().isEmpty()) {
        err << catalog.loadErrors().join(QLatin1Char('\n')) << Qt::endl;
        exitCode = Failure;
        return std::nullopt;
    }
    QFile file(path);
    if (!readableRegularFile(path, err) || !file.open(QIODevice::ReadOnly)) {
        if (file.error() != QFileDevice::NoError) {
            err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        }
        exitCode = Failure;
        return std::nullopt;
    }
    if (file.size() > ScenarioJson::kMaxFileBytes) {
        err << QCoreApplication::translate("Cli", "%1 is %2 MB; a scenario file may be at most %3 MB.")
                   .arg(path)
                   .arg(file.size() / (1024 * 1024))
                   .arg(ScenarioJson::kMaxFileBytes / (1024 * 1024))
            << Qt::endl;
        exitCode = InvalidInput;
        return std::nullopt;
    }
    ValidationReport report;
    const Scenario scenario = ScenarioJson::fromBytes(file.readAll(), catalog, report);
    std::optional<ResolvedScenario> resolved;
    if (report.isValid()) {
        resolved = resolveScenario(scenario, catalog, report);
    }
    if (!report.isValid()) {
        printProblems(path, report, err);
        exitCode = InvalidInput;
        return std::nullopt;
    }
    return resolved;
}

void printProblems(const QString& path, const ValidationReport& report, QTextStream& err)
{
    const int count = static_cast<int>(report.issues().size());
    err << QCoreApplication::translate("Cli", "%1: %n problem(s) found; nothing was evaluated.",
                                       "the problems follow, one per line", count)
               .arg(path)
        << Qt::endl;
    for (const QString& line : report.toTextLines()) {
        err << QStringLiteral("  ") << line << Qt::endl;
    }
}

bool outputAllowed(const QString& path, QTextStream& err, const QStringList& inputs)
{
    auto refuse = [&](const QString& why) {
        err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, why) << Qt::endl;
        return false;
    };
    const QFileInfo target(path);
    if (target.isDir()) {
        return refuse(QCoreApplication::translate("Cli", "it is a folder"));
    }
    // Results never replace what they were computed from, nor a project.
    for (const QString& input : inputs) {
        if (target.exists() && target.canonicalFilePath() == QFileInfo(input).canonicalFilePath()) {
            return refuse(QCoreApplication::translate("Cli", "it is the input file; choose another name"));
        }
    }
    if (target.isFile() && ProjectFile::looksLikeProject(path)) {
        return refuse(QCoreApplication::translate("Cli", "it is a Suanpan project; choose another name"));
    }
    return true;
}

bool writeOutput(const QString& path, const QByteArray& bytes, QTextStream& err, const QStringList& inputs)
{
    auto refuse = [&](const QString& why) {
        err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, why) << Qt::endl;
        return false;
    };
    if (!outputAllowed(path, err, inputs)) {
        return false;
    }
    const QFileInfo target(path);
    if (target.isSymLink() || (target.exists() && !target.isFile())) {
        // A device, a pipe or a link (e.g. /dev/stdout) is written in place, never replaced.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            return refuse(file.errorString());
        }
        return true;
    }
    // A regular file is replaced atomically. The explicit flush matters: QSaveFile::commit (Qt 6.4) can
    // report success after a write that failed for lack of space, and would then replace the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit();
        return refuse(why);
    }
    if (!file.commit() || QFileInfo(path).size() != bytes.size()) {
        return refuse(file.errorString());
    }
    return true;
}

namespace {

/// Parses a sub-command's arguments: prints its help (exit 0) or a usage problem (exit 2), or returns kContinue.
int parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Cli", "Expected exactly one scenario or project file.") << Qt::endl
            << parser.helpText();
        return InvalidInput;
    }
    return kContinue;
}

} // namespace

int evaluate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Evaluate a scenario and print its results."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Scenario JSON file or project (.suanpan)."));
    const QCommandLineOption scenarioName(
        QStringLiteral("scenario"),
        QCoreApplication::translate("Cli", "For a project: evaluate only this scenario (default: all)."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the full results as JSON."));
    const QCommandLineOption cashFlow(QStringLiteral("cashflow-csv"),
                                      QCoreApplication::translate("Cli", "Write the per-year cash flow as CSV."),
                                      QStringLiteral("OUT"));
    const QCommandLineOption years(QStringLiteral("years-csv"),
                                   QCoreApplication::translate("Cli", "Write every per-year figure as CSV."),
                                   QStringLiteral("OUT"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("Cli", "Language of the output: en or zh_CN."),
                                      QStringLiteral("LANG"));
    parser.addOptions({scenarioName, json, cashFlow, years, language});
    if (const int exitCode = parse(parser, arguments, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const QString file = parser.positionalArguments().constFirst();
    if (parser.isSet(scenarioName) && parser.value(scenarioName).trimmed().isEmpty()) {
        err << QCoreApplication::translate("Cli", "--scenario: a scenario name is needed (or leave out --scenario to "
                                                  "evaluate every scenario)")
            << Qt::endl;
        return InvalidInput;
    }
    if (isProjectPath(file)) {
        return evaluateProject(
            {file, parser.value(scenarioName), parser.isSet(json), parser.value(cashFlow), parser.value(years)}, out,
            err);
    }
    if (parser.isSet(scenarioName)) {
        err << QCoreApplication::translate("Cli", "--scenario applies to project files (.suanpan) only.") << Qt::endl;
        return InvalidInput;
    }
    int exitCode = Ok;
    const std::optional<ResolvedScenario> scenario = loadScenarioFile(file, err, exitCode);
    if (!scenario) {
        return exitCode;
    }
    const Results results = suanpan::evaluate(*scenario);
    const Analysis analysis = analyze(*scenario);
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(ResultsJson::toJson(scenario->input.name, results, analysis))
                                     .toJson(QJsonDocument::Indented));
    } else {
        out << textSummary(*scenario, results, analysis, QLocale());
    }
    out.flush();
    if (parser.isSet(cashFlow) &&
        !writeOutput(parser.value(cashFlow), ResultsCsv::cashFlow(results.years), err, {file})) {
        return Failure;
    }
    if (parser.isSet(years) && !writeOutput(parser.value(years), ResultsCsv::allYears(results.years), err, {file})) {
        return Failure;
    }
    return Ok;
}

int validate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Check a scenario and report every problem."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Scenario JSON file or project (.suanpan)."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("Cli", "Language of the output: en or zh_CN."),
                                      QStringLiteral("LANG"));
    parser.addOption(language);
    if (const int exitCode = parse(parser, arguments, out, err); exitCode != kContinue) {
        return exitCode;
    }
    int exitCode = Ok;
    const QString path = parser.positionalArguments().constFirst();
    if (isProjectPath(path)) {
        return validateProject(path, out, err);
    }
    if (!loadScenarioFile(path, err, exitCode)) {
        return exitCode;
    }
    out << QCoreApplication::translate("Cli", "%1: valid.").arg(path) << Qt::endl;
    return Ok;
}

} // namespace suanpan::cli
