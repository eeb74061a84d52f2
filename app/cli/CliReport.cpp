// suanpan-cli report and workbook: argument parsing and printing; the study is core's StudyPipeline, the
// rendering suanpan_report's.

#include "CliCommands.h"
#include "CliProject.h"
#include "CliRisk.h"

#include "Report.h"
#include "Workbook.h"
#include "study/Study.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace suanpan::cli {

namespace {

/** \brief The options report and workbook share. */
struct StudyCommand {
    CommonOptions common;
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("Cli", "The file to write."),
                              QStringLiteral("OUT")};
    QCommandLineOption noSensitivity{QStringLiteral("no-sensitivity"),
                                     QCoreApplication::translate("Cli", "Leave out the sensitivity analysis.")};

    /// Parses; kContinue when the command should go on.
    int parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err) const
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("Cli", "Scenario JSON file or project (.suanpan)."));
        parser.addOptions(
            {common.scenario, common.trials, common.seed, common.sampler, common.threads, output, noSensitivity});
        if (const int parsed = parseCommand(parser, arguments, 1, out, err); parsed != kContinue) {
            return parsed;
        }
        if (!parser.isSet(output)) {
            err << QCoreApplication::translate("Cli", "Say where to write: -o OUT.") << Qt::endl;
            return InvalidInput;
        }
        return kContinue;
    }

    static QString source(const QCommandLineParser& parser) { return parser.positionalArguments().constFirst(); }
    QString target(const QCommandLineParser& parser) const { return parser.value(output); }

    /// Parses, checks that the output may be written and runs the study: kContinue with `study` set when the
    /// command should write it, else the exit code (the problem printed).
    int prepare(QCommandLineParser& parser, const QStringList& arguments, bool wholeProject, QTextStream& out,
                QTextStream& err, std::optional<Study>& study) const
    {
        if (const int parsed = parse(parser, arguments, out, err); parsed != kContinue) {
            return parsed;
        }
        if (!outputAllowed(target(parser), err, {source(parser)})) {
            return Failure;
        }
        int exitCode = Ok;
        study = run(parser, wholeProject, err, exitCode);
        return study ? kContinue : exitCode;
    }

    /// The study of FILE (a scenario file, a project's chosen scenario or, with `wholeProject`, every scenario);
    /// nothing with the problems printed and the exit code set.
    std::optional<Study> run(const QCommandLineParser& parser, bool wholeProject, QTextStream& err, int& exitCode) const
    {
        ValidationReport problems;
        const RiskSettings settings = common.settings(parser, 0, problems);
        if (!problems.isValid()) {
            printProblems(QStringLiteral("suanpan-cli"), problems, err);
            exitCode = InvalidInput;
            return std::nullopt;
        }
        const StudyOptions options{!parser.isSet(noSensitivity), settings.trials, settings.seed, settings.threads};
        const QString path = parser.positionalArguments().constFirst();
        StudyOutcome outcome;
        if (isProjectPath(path)) {
            const std::optional<Project> project = openProject(path, err, exitCode);
            if (!project) {
                return std::nullopt;
            }
            QString name;
            if (parser.isSet(common.scenario) || !wholeProject) {
                const Scenario* chosen = chooseScenario(*project, parser.value(common.scenario), path, err);
                if (chosen == nullptr) {
                    exitCode = InvalidInput;
                    return std::nullopt;
                }
                name = chosen->name;
            }
            outcome = StudyPipeline::studyProject(*project, name, options, progress(err));
        } else {
            const std::optional<ResolvedScenario> resolved = loadScenarioFile(path, err, exitCode);
            if (!resolved) {
                return std::nullopt;
            }
            outcome = StudyPipeline::studyScenarioFile(resolved->input.name, *resolved, options, progress(err));
        }
        clearProgress(err);
        for (const auto& [name, report] : outcome.problems) {
            printProblems(QStringLiteral("%1 [%2]").arg(path, name), report, err);
            exitCode = InvalidInput;
        }
        if (!outcome.error.isEmpty()) {
            err << QStringLiteral("%1: %2").arg(path, outcome.error) << Qt::endl;
            exitCode = InvalidInput;
        }
        return outcome.study;
    }

    static StudyProgress progress(QTextStream& err)
    {
        const RiskProgressCallback terminal = terminalProgress(err);
        if (!terminal) {
            return {};
        }
        return [terminal](double fraction, const QString&) {
            RiskProgress p;
            p.fraction = fraction;
            return terminal(p);
        };
    }
};

} // namespace

int report(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Write the feasibility-study report (A4 PDF) of a scenario, or of every scenario of a project, in the "
               "language of --lang. With --trials N it includes a Monte Carlo risk analysis."));
    QElapsedTimer timer;
    timer.start();
    const StudyCommand command;
    std::optional<Study> study;
    if (const int prepared = command.prepare(parser, arguments, true, out, err, study); prepared != kContinue) {
        return prepared;
    }
    const QString path = StudyCommand::source(parser);
    const QString target = command.target(parser);
    ReportOptions options;
    int pages = 0;
    const QByteArray pdf = Report::pdf(*study, options, &pages);
    if (!writeOutput(target, pdf, err, {path})) {
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s), %2 s).", nullptr, pages)
               .arg(target, QLocale().toString(timer.nsecsElapsed() / 1e9, 'f', 2))
        << Qt::endl;
    return Ok;
}

int workbook(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Write the Excel workbook (.xlsx) of a scenario: its inputs with sources, every per-year and monthly "
               "figure, and the cash flow with live NPV, IRR and payback formulas."));
    const StudyCommand command;
    std::optional<Study> study;
    if (const int prepared = command.prepare(parser, arguments, false, out, err, study); prepared != kContinue) {
        return prepared;
    }
    const QString target = command.target(parser);
    QString error;
    if (!Workbook::write(*study, study->scenarios.front(), target, &error)) {
        err << error << Qt::endl;
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Wrote %1.").arg(target) << Qt::endl;
    return Ok;
}

} // namespace suanpan::cli
