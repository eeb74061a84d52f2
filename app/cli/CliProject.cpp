#include "CliProject.h"

#include "CliCommands.h"
#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "model/ScenarioJson.h"
#include "report/ResultsCsv.h"
#include "report/ResultsJson.h"
#include "report/TextSummary.h"
#include "store/ProjectFile.h"
#include "store/ProjectLock.h"
#include "store/StoreLimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan::cli {

namespace {

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language of the output: en or zh_CN."),
            QStringLiteral("LANG")};
}

} // namespace

int parseCommand(QCommandLineParser& parser, const QStringList& arguments, qsizetype positionals, QTextStream& out,
                 QTextStream& err)
{
    parser.addOption(languageOption());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != positionals) {
        const int expected = static_cast<int>(positionals);
        err << QCoreApplication::translate("CliProject", "Expected %n file(s).", nullptr, expected) << Qt::endl
            << parser.helpText();
        return InvalidInput;
    }
    return kContinue;
}

namespace {

/// Terminal columns: CJK characters take two.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar ch : text) {
        width += ch.unicode() >= 0x2E80 ? 2 : 1;
    }
    return width;
}

/// Prints a heading and the problems under it.
void printProblemsUnder(const QString& heading, const ValidationReport& report, QTextStream& err)
{
    err << heading << Qt::endl;
    for (const QString& line : report.toTextLines()) {
        err << QStringLiteral("  ") << line << Qt::endl;
    }
}

/// Resolves a project's scenario; prints its problems (naming the scenario) when it does not validate.
std::optional<ResolvedScenario> resolveOrReport(const Project& project, const Scenario& scenario, QTextStream& err)
{
    ValidationReport report;
    std::optional<ResolvedScenario> resolved = project.resolve(scenario.name, report);
    if (!resolved) {
        const int count = static_cast<int>(report.issues().size());
        printProblemsUnder(QCoreApplication::translate("CliProject",
                                                       "Scenario \"%1\": %n problem(s) found; nothing was "
                                                       "evaluated.",
                                                       nullptr, count)
                               .arg(scenario.name),
                           report, err);
    }
    return resolved;
}

/// Names the project's own catalog entries a scenario uses: a JSON file of it alone would use the built-in ones.
QStringList ownEntriesUsed(const Project& project, const Scenario& s)
{
    QStringList used;
    for (const CatalogOverride& o : project.catalogOverrides()) {
        const QString id = o.entry.value(QStringLiteral("id")).toString();
        bool uses = (o.kind == CatalogKind::Regions && s.site.regionId == id) ||
                    (o.kind == CatalogKind::Cooling && s.cooling.technologyId == id) ||
                    (o.kind == CatalogKind::Redundancy && s.power.redundancyId == id);
        for (const ChipDeployment& chip : s.chipMix) {
            uses = uses || (o.kind == CatalogKind::Chips && chip.chipId == id);
        }
        if (uses) {
            used << QStringLiteral("%1[%2]").arg(catalogName(o.kind), id);
        }
    }
    return used;
}

} // namespace

bool isProjectPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String(ProjectFile::kExtension), Qt::CaseInsensitive) == 0 ||
           ProjectFile::looksLikeProject(path);
}

std::optional<Project> openProject(const QString& path, QTextStream& err, int& exitCode)
{
    ProjectLoadResult loaded = ProjectFile::load(path);
    if (!loaded.ok()) {
        err << loaded.error << Qt::endl;
        exitCode = loaded.problem == ProjectFileProblem::CannotRead ? Failure : InvalidInput;
        return std::nullopt;
    }
    return std::move(loaded.project);
}

bool withinTextLimit(const QCommandLineParser& parser, const QCommandLineOption& option, QTextStream& err)
{
    if (parser.value(option).size() <= StoreLimits::kMaxTextChars) {
        return true;
    }
    err << QCoreApplication::translate("CliProject", "--%1: %2 characters; at most %3 fit in a project.")
               .arg(option.names().constFirst())
               .arg(parser.value(option).size())
               .arg(StoreLimits::kMaxTextChars)
        << Qt::endl;
    return false;
}

bool saveProject(Project& project, const QString& path, QTextStream& err, int& exitCode)
{
    QString error;
    ProjectFileProblem problem = ProjectFileProblem::None;
    if (!ProjectFile::save(project, path, &error, &problem)) {
        err << error << Qt::endl;
        exitCode = problem == ProjectFileProblem::InvalidContent ? InvalidInput : Failure;
        return false;
    }
    return true;
}

const Scenario* chooseScenario(const Project& project, const QString& name, const QString& path, QTextStream& err)
{
    if (name.isEmpty() && project.scenarios().size() == 1) {
        return &project.scenarios().front();
    }
    const QString names = project.scenarioNames().join(QStringLiteral("\", \""));
    if (name.isEmpty()) {
        err << QCoreApplication::translate("CliProject", "%1 has several scenarios; name one with --scenario: \"%2\".")
                   .arg(path, names)
            << Qt::endl;
        return nullptr;
    }
    // Exact name first; then a number in the list (1, 2, …) or the unique start of a name, to save typing.
    const Scenario* found = project.scenario(name);
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (found == nullptr && isNumber && number >= 1 && number <= static_cast<int>(project.scenarios().size())) {
        found = &project.scenarios()[static_cast<std::size_t>(number - 1)];
    }
    if (found == nullptr) {
        for (const Scenario& s : project.scenarios()) {
            if (s.name.startsWith(name, Qt::CaseInsensitive)) {
                if (found != nullptr) {
                    err << QCoreApplication::translate("CliProject", "%1: \"%2\" is the start of several scenario "
                                                                     "names: \"%3\".")
                               .arg(path, name, names)
                        << Qt::endl;
                    return nullptr;
                }
                found = &s;
            }
        }
    }
    if (found == nullptr) {
        err << QCoreApplication::translate("CliProject", "%1 has no scenario named \"%2\"; it has: \"%3\".")
                   .arg(path, name, names)
            << Qt::endl;
    }
    return found;
}

int evaluateProject(const EvaluateRequest& request, QTextStream& out, QTextStream& err)
{
    int exitCode = Ok;
    const std::optional<Project> project = openProject(request.file, err, exitCode);
    if (!project) {
        return exitCode;
    }
    std::vector<const Scenario*> chosen;
    const bool oneOutput = !request.cashFlowCsv.isEmpty() || !request.yearsCsv.isEmpty();
    if (!request.scenario.isEmpty() || oneOutput) {
        const Scenario* one = chooseScenario(*project, request.scenario, request.file, err);
        if (one == nullptr) {
            return InvalidInput;
        }
        chosen.push_back(one);
    } else {
        for (const Scenario& s : project->scenarios()) {
            chosen.push_back(&s);
        }
    }
    if (chosen.empty()) {
        err << QCoreApplication::translate("CliProject", "%1 has no scenarios.").arg(request.file) << Qt::endl;
        return InvalidInput;
    }
    QJsonArray jsonResults;
    for (const Scenario* scenario : chosen) {
        const std::optional<ResolvedScenario> resolved = resolveOrReport(*project, *scenario, err);
        if (!resolved) {
            exitCode = InvalidInput;
            continue;
        }
        const Results results = suanpan::evaluate(*resolved);
        const Analysis analysis = analyze(*resolved);
        if (request.json) {
            jsonResults.append(ResultsJson::toJson(scenario->name, results, analysis));
        } else {
            if (chosen.size() > 1) {
                const QString heading = QCoreApplication::translate("CliProject", "Scenario: %1").arg(scenario->name);
                out << (scenario == chosen.front() ? QString() : QStringLiteral("\n")) << heading << Qt::endl
                    << QString(displayWidth(heading), QLatin1Char('=')) << Qt::endl;
            }
            out << textSummary(*resolved, results, analysis, QLocale());
        }
        if (!request.cashFlowCsv.isEmpty() &&
            !writeOutput(request.cashFlowCsv, ResultsCsv::cashFlow(results.years), err, {request.file})) {
            return Failure;
        }
        if (!request.yearsCsv.isEmpty() &&
            !writeOutput(request.yearsCsv, ResultsCsv::allYears(results.years), err, {request.file})) {
            return Failure;
        }
    }
    if (request.json && !jsonResults.isEmpty()) {
        // One scenario named: the same document as for a scenario file; several: one per scenario.
        const QJsonDocument document =
            (!request.scenario.isEmpty() || oneOutput)
                ? QJsonDocument(jsonResults.first().toObject())
                : QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), ResultsJson::kFormatVersion},
                                            {QStringLiteral("project"), project->metadata().title},
                                            {QStringLiteral("scenarios"), jsonResults}});
        out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    out.flush();
    return exitCode;
}

int validateProject(const QString& path, QTextStream& out, QTextStream& err)
{
    int exitCode = Ok;
    const std::optional<Project> project = openProject(path, err, exitCode);
    if (!project) {
        return exitCode;
    }
    for (const Scenario& scenario : project->scenarios()) {
        ValidationReport report;
        if (project->resolve(scenario.name, report)) {
            out << QCoreApplication::translate("CliProject", "%1: scenario \"%2\" is valid.").arg(path, scenario.name)
                << Qt::endl;
        } else {
            const int count = static_cast<int>(report.issues().size());
            printProblemsUnder(
                QCoreApplication::translate("CliProject", "%1: scenario \"%2\": %n problem(s) found.", nullptr, count)
                    .arg(path, scenario.name),
                report, err);
            exitCode = InvalidInput;
        }
    }
    return exitCode;
}

int newProject(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CliProject", "Create a project file from scenario JSON files."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("CliProject", "A scenario JSON file (repeatable)."),
                                  QStringLiteral("SCENARIO.json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("CliProject", "The project file to create."),
                                    QStringLiteral("P.suanpan"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("CliProject", "Project title."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), QCoreApplication::translate("CliProject", "Author."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption organization(QStringLiteral("organization"),
                                          QCoreApplication::translate("CliProject", "Organization."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("CliProject", "Replace the file if it exists."));
    parser.addOptions({from, output, title, author, organization, force});
    if (const int exitCode = parseCommand(parser, arguments, 0, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        err << QCoreApplication::translate("CliProject", "Name the project file to create with -o P.suanpan.")
            << Qt::endl;
        return InvalidInput;
    }
    if (!parser.isSet(from)) {
        err << QCoreApplication::translate("CliProject", "Give the scenarios of the project with --from SCENARIO.json.")
            << Qt::endl;
        return InvalidInput;
    }
    for (const QCommandLineOption* text : {&title, &author, &organization}) {
        if (!withinTextLimit(parser, *text, err)) {
            return InvalidInput;
        }
    }
    ProjectLock lock(path);
    if (QString lockError; !lock.lock(&lockError)) {
        err << lockError << Qt::endl;
        return Failure;
    }
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err << QCoreApplication::translate("CliProject", "%1 already exists; add --force to replace it.").arg(path)
            << Qt::endl;
        return InvalidInput;
    }
    Project project;
    project.metadata().title = parser.isSet(title) ? parser.value(title) : QFileInfo(path).completeBaseName();
    project.metadata().author = parser.value(author);
    project.metadata().organization = parser.value(organization);
    for (const QString& file : parser.values(from)) {
        int exitCode = Ok;
        const std::optional<ResolvedScenario> scenario = loadScenarioFile(file, err, exitCode);
        if (!scenario) {
            return exitCode;
        }
        QString error;
        const QString note = QCoreApplication::translate("CliProject", "from %1").arg(QFileInfo(file).fileName());
        if (!project.addScenario(scenario->input, note, &error)) {
            err << file << QStringLiteral(": ") << error << Qt::endl;
            return InvalidInput;
        }
    }
    int exitCode = Ok;
    if (!saveProject(project, path, err, exitCode)) {
        return exitCode;
    }
    const int count = static_cast<int>(project.scenarios().size());
    out << QCoreApplication::translate("CliProject", "Created %1 with %n scenario(s).", nullptr, count).arg(path)
        << Qt::endl;
    for (const QString& name : project.scenarioNames()) {
        out << QStringLiteral("  ") << name << Qt::endl;
    }
    return Ok;
}

namespace {

/// export --json: the scenario as a file of its own, with a note when it uses the project's own catalog entries.
bool writeScenarioJson(const Project& project, const Scenario& scenario, const QString& target, const QString& path,
                       QTextStream& out, QTextStream& err)
{
    if (!writeOutput(target, ScenarioJson::toBytes(scenario), err, {path})) {
        return false;
    }
    out << QCoreApplication::translate("CliProject", "Wrote %1.").arg(target) << Qt::endl;
    const QStringList own = ownEntriesUsed(project, scenario);
    if (!own.isEmpty()) {
        err << QCoreApplication::translate("CliProject", "Note: the scenario uses the project's own catalog entries "
                                                         "(%1); the JSON file alone refers to the built-in ones.")
                   .arg(own.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return true;
}

} // namespace

int exportScenario(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CliProject", "Write a scenario of a project as JSON, or its results as CSV."));
    parser.addPositionalArgument(QStringLiteral("P.suanpan"), QCoreApplication::translate("CliProject", "Project."));
    const QCommandLineOption scenarioName(
        QStringLiteral("scenario"), QCoreApplication::translate("CliProject", "The scenario."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("CliProject", "Write the scenario as JSON."),
                                  QStringLiteral("OUT"));
    const QCommandLineOption cashFlow(QStringLiteral("cashflow-csv"),
                                      QCoreApplication::translate("Cli", "Write the per-year cash flow as CSV."),
                                      QStringLiteral("OUT"));
    const QCommandLineOption years(QStringLiteral("years-csv"),
                                   QCoreApplication::translate("Cli", "Write every per-year figure as CSV."),
                                   QStringLiteral("OUT"));
    const QCommandLineOption xlsx(
        QStringLiteral("xlsx"),
        QCoreApplication::translate("CliProject", "Write the scenario's Excel workbook (as the workbook command)."),
        QStringLiteral("OUT"));
    parser.addOptions({scenarioName, json, cashFlow, years});
#ifdef SUANPAN_HAS_REPORT
    parser.addOption(xlsx); // the workbook needs the report library, built with the desktop app
    constexpr bool kWorkbook = true;
#else
    constexpr bool kWorkbook = false;
#endif
    if (const int exitCode = parseCommand(parser, arguments, 1, out, err); exitCode != kContinue) {
        return exitCode;
    }
    const bool writesWorkbook = kWorkbook && parser.isSet(xlsx);
    if (!parser.isSet(json) && !parser.isSet(cashFlow) && !parser.isSet(years) && !writesWorkbook) {
        err << QCoreApplication::translate("CliProject",
                                           "Say what to write: --json, --cashflow-csv, --years-csv or --xlsx.")
            << Qt::endl;
        return InvalidInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    int exitCode = Ok;
    const std::optional<Project> project = openProject(path, err, exitCode);
    if (!project) {
        return exitCode;
    }
    const Scenario* scenario = chooseScenario(*project, parser.value(scenarioName), path, err);
    if (scenario == nullptr) {
        return InvalidInput;
    }
    if (parser.isSet(json) && !writeScenarioJson(*project, *scenario, parser.value(json), path, out, err)) {
        return Failure;
    }
    if (parser.isSet(cashFlow) || parser.isSet(years)) {
        const std::optional<ResolvedScenario> resolved = resolveOrReport(*project, *scenario, err);
        if (!resolved) {
            return InvalidInput;
        }
        const Results results = suanpan::evaluate(*resolved);
        for (const auto& [option, bytes] : {std::pair{&cashFlow, ResultsCsv::cashFlow(results.years)},
                                            std::pair{&years, ResultsCsv::allYears(results.years)}}) {
            if (!parser.isSet(*option)) {
                continue;
            }
            if (!writeOutput(parser.value(*option), bytes, err, {path})) {
                return Failure;
            }
            out << QCoreApplication::translate("CliProject", "Wrote %1.").arg(parser.value(*option)) << Qt::endl;
        }
    }
#ifdef SUANPAN_HAS_REPORT
    if (writesWorkbook) {
        return workbook({arguments.constFirst(), path, QStringLiteral("--scenario"), scenario->name,
                         QStringLiteral("-o"), parser.value(xlsx)},
                        out, err);
    }
#endif
    return Ok;
}

} // namespace suanpan::cli
