#include "CliRisk.h"

#include "CliCommands.h"
#include "CliProject.h"

#include "model/Catalog.h"
#include "risk/GoalSeek.h"
#include "risk/RiskJson.h"
#include "risk/RiskSimulation.h"
#include "risk/RiskText.h"
#include "risk/UncertaintyPresets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace suanpan::cli {

namespace {

constexpr std::size_t kMaxTrials = 10'000'000;

/// --target METRIC=VALUE (the value may end in %) into the request; reported when it is not that.
void readTarget(const QString& text, GoalSeekRequest& request, ValidationReport& options)
{
    const QStringList goal = text.split(QLatin1Char('='));
    const std::optional<RiskMetric> metric = goal.size() == 2 ? riskMetricFromKey(goal.at(0).trimmed()) : std::nullopt;
    QString number = goal.size() == 2 ? goal.at(1).trimmed() : QString();
    const bool percent = number.endsWith(QLatin1Char('%'));
    number.chop(percent ? 1 : 0);
    bool ok = false;
    request.target = number.toDouble(&ok) / (percent ? 100.0 : 1.0);
    if (!metric || !ok || !std::isfinite(request.target)) {
        options.add(QStringLiteral("--target"),
                    QCoreApplication::translate("Cli", "expected METRIC=VALUE with METRIC one of %1, found \"%2\"")
                        .arg(riskMetricKeys().join(QStringLiteral(", ")), text.left(60)));
    }
    request.metric = metric.value_or(RiskMetric::NpvAfterTax);
}

/// The finite number an option gives; reported when it is not one.
double readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, ValidationReport& options)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        options.add(
            QStringLiteral("--") + option.names().constFirst(),
            QCoreApplication::translate("Cli", "expected a number, found \"%1\"").arg(parser.value(option).left(40)));
    }
    return value;
}

} // namespace

RiskSettings CommonOptions::settings(const QCommandLineParser& parser, std::size_t defaultTrials,
                                     ValidationReport& report) const
{
    RiskSettings s;
    s.trials = defaultTrials;
    bool ok = true;
    if (parser.isSet(trials)) {
        const qulonglong n = parser.value(trials).toULongLong(&ok);
        if (!ok || n < 1 || n > kMaxTrials) {
            report.add(QStringLiteral("--trials"),
                       QCoreApplication::translate("Cli", "expected a whole number from 1 to %1, found \"%2\"")
                           .arg(kMaxTrials)
                           .arg(parser.value(trials).left(40)));
        }
        s.trials = static_cast<std::size_t>(n);
    }
    if (parser.isSet(seed)) {
        s.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            report.add(QStringLiteral("--seed"),
                       QCoreApplication::translate("Cli", "expected a whole number from 0 to 2^64 − 1, found \"%1\"")
                           .arg(parser.value(seed).left(40)));
        }
    }
    if (parser.isSet(sampler)) {
        const std::optional<SamplerKind> kind = samplerKindFromKey(parser.value(sampler));
        if (!kind) {
            report.add(QStringLiteral("--sampler"),
                       QCoreApplication::translate("Cli", "expected sobol or lhs, found \"%1\"")
                           .arg(parser.value(sampler).left(40)));
        }
        s.sampler = kind.value_or(SamplerKind::Sobol);
    }
    if (parser.isSet(threads)) {
        const int n = parser.value(threads).toInt(&ok);
        if (!ok || n < 1 || n > 1024) {
            report.add(QStringLiteral("--threads"),
                       QCoreApplication::translate("Cli", "expected a whole number from 1 to 1024, found \"%1\"")
                           .arg(parser.value(threads).left(40)));
        }
        s.threads = n;
    }
    return s;
}

/// The scenario of FILE (a scenario JSON file, or the chosen scenario of a project), with the presets added
/// when asked; nothing (and the exit code set) on failure. `usedCatalog` gets the catalog it was resolved with.
std::optional<ResolvedScenario> loadWithPresets(const QString& path, const QString& scenarioName, bool presets,
                                                QTextStream& err, int& exitCode, Catalog* usedCatalog)
{
    std::optional<ResolvedScenario> resolved;
    Catalog scratchCatalog;
    Catalog& catalog = usedCatalog != nullptr ? *usedCatalog : scratchCatalog;
    catalog = Catalog::builtIn();
    if (isProjectPath(path)) {
        const std::optional<Project> project = openProject(path, err, exitCode);
        const Scenario* chosen = project ? chooseScenario(*project, scenarioName, path, err) : nullptr;
        if (chosen == nullptr) {
            exitCode = exitCode == Ok ? InvalidInput : exitCode;
            return std::nullopt;
        }
        ValidationReport report;
        resolved = project->resolve(chosen->name, report);
        if (!resolved) {
            printProblems(path, report, err);
            exitCode = InvalidInput;
            return std::nullopt;
        }
        catalog = project->catalog();
    } else {
        resolved = loadScenarioFile(path, err, exitCode);
    }
    if (!resolved || !presets) {
        return resolved;
    }
    ValidationReport report;
    resolved = UncertaintyPresets::withPresets(*resolved, catalog, report);
    if (!resolved) {
        printProblems(path, report, err);
        exitCode = InvalidInput;
    }
    return resolved;
}

/// A progress line on standard error while a long run goes on, only when a person is watching a terminal.
RiskProgressCallback terminalProgress(QTextStream& err)
{
    if (isatty(fileno(stderr)) == 0) {
        return {};
    }
    return [&err](const RiskProgress& p) {
        err << QStringLiteral("\r%1%").arg(static_cast<int>(p.fraction * 100.0), 3) << Qt::flush;
        return true;
    };
}

void clearProgress(QTextStream& err)
{
    if (isatty(fileno(stderr)) != 0) {
        err << QStringLiteral("\r    \r") << Qt::flush;
    }
}

int risk(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Monte Carlo risk analysis of a scenario's uncertain inputs: how likely it is to sit idle or lose "
               "money, and which inputs matter most."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QCoreApplication::translate("Cli", "Utilization below which a trial counts as idle (default 0.3)."),
        QStringLiteral("SHARE"));
    const QCommandLineOption noSensitivity(
        QStringLiteral("no-sensitivity"),
        QCoreApplication::translate("Cli", "Skip the tornado, spider and importance ranking."));
    parser.addOptions({threshold, noSensitivity});
    if (const int parsed = parseCommand(parser, arguments, 1, out, err); parsed != kContinue) {
        return parsed;
    }
    ValidationReport options;
    RiskSettings settings = common.settings(parser, 10000, options);
    if (parser.isSet(threshold)) {
        bool ok = false;
        settings.utilizationThreshold = parser.value(threshold).toDouble(&ok);
        // NaN passes every comparison as false: the range is checked the way round that refuses it.
        if (!ok || !(settings.utilizationThreshold >= 0 && settings.utilizationThreshold <= 1)) {
            options.add(QStringLiteral("--threshold"),
                        QCoreApplication::translate("Cli", "expected a share from 0 to 1, found \"%1\"")
                            .arg(parser.value(threshold).left(40)));
        }
    }
    settings.sensitivity = !parser.isSet(noSensitivity);
    const QString path = parser.positionalArguments().constFirst();
    if (!options.isValid()) {
        printProblems(path, options, err);
        return InvalidInput;
    }
    int exitCode = Ok;
    const std::optional<ResolvedScenario> scenario =
        loadWithPresets(path, parser.value(common.scenario), parser.isSet(common.presets), err, exitCode);
    if (!scenario) {
        return exitCode;
    }
    const Uncertainty& u = scenario->input.uncertainty;
    if (u.inputs.empty() && u.events.empty()) {
        err << QCoreApplication::translate("Cli", "%1: the scenario has no uncertain inputs or events; add an "
                                                  "\"uncertainty\" section (docs/scenario-format.md) or use --presets.")
                   .arg(path)
            << Qt::endl;
        return InvalidInput;
    }
    QElapsedTimer timer;
    timer.start();
    const RiskResults results = RiskSimulation(*scenario).run(settings, terminalProgress(err));
    const double seconds = timer.nsecsElapsed() / 1e9;
    clearProgress(err);
    if (parser.isSet(common.json)) {
        out << QString::fromUtf8(QJsonDocument(RiskJson::toJson(results)).toJson(QJsonDocument::Indented));
    } else {
        out << riskSummary(results, QLocale());
        out << QCoreApplication::translate("Cli", "Run time: %1 s (%2 trials per second).")
                   .arg(QLocale().toString(seconds, 'f', 2),
                        QLocale().toString(static_cast<double>(settings.trials) / std::max(seconds, 1e-9), 'f', 0))
            << Qt::endl;
    }
    return Ok;
}

int goalSeek(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Find the value of one input that brings a result to a target, on the deterministic result or on the "
               "P50 of a Monte Carlo run."));
    const CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption vary(QStringLiteral("vary"),
                                  QCoreApplication::translate("Cli", "The input to vary, by its path (e.g. "
                                                                     "site.override.tariffCnyPerKwh)."),
                                  QStringLiteral("FIELD"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QCoreApplication::translate("Cli", "The goal, e.g. npvAfterTaxCny=0 or "
                                                                       "projectIrrAfterTax=0.08 (or 8%)."),
                                    QStringLiteral("METRIC=VALUE"));
    const QCommandLineOption min(QStringLiteral("min"),
                                 QCoreApplication::translate("Cli", "Lowest value to try (default: the field's)."),
                                 QStringLiteral("X"));
    const QCommandLineOption max(QStringLiteral("max"),
                                 QCoreApplication::translate("Cli", "Highest value to try (default: the field's)."),
                                 QStringLiteral("Y"));
    const QCommandLineOption factor(QStringLiteral("factor"),
                                    QCoreApplication::translate("Cli", "Seek a factor on the scenario's values (each "
                                                                       "entry keeps its own) instead of one value; "
                                                                       "range 0 … 3 by default."));
    const QCommandLineOption p50(QStringLiteral("p50"),
                                 QCoreApplication::translate("Cli", "Aim at the P50 over a Monte Carlo run (default "
                                                                    "1000 trials each) instead of the plan."));
    parser.addOptions({vary, target, min, max, factor, p50});
    if (const int parsed = parseCommand(parser, arguments, 1, out, err); parsed != kContinue) {
        return parsed;
    }
    const QString path = parser.positionalArguments().constFirst();
    ValidationReport options;
    GoalSeekRequest request;
    request.settings = common.settings(parser, 1000, options);
    request.settings.sensitivity = false;
    request.onMedian = parser.isSet(p50);
    if (!request.onMedian) {
        // The Monte Carlo settings only mean something for a goal on the P50.
        for (const QCommandLineOption* option : {&common.trials, &common.seed, &common.sampler, &common.presets}) {
            if (parser.isSet(*option)) {
                options.add(QStringLiteral("--") + option->names().constFirst(),
                            QCoreApplication::translate("Cli", "applies to a goal on the P50 only: add --p50"));
            }
        }
    }
    request.apply = parser.isSet(factor) ? UncertainApply::Factor : UncertainApply::Value;
    request.path = parser.value(vary);
    if (!parser.isSet(vary)) {
        options.add(QStringLiteral("--vary"), QCoreApplication::translate("Cli", "required: the input to vary"));
    }
    readTarget(parser.value(target), request, options);
    for (const auto& [option, bound] : {std::pair{&min, &request.min}, std::pair{&max, &request.max}}) {
        if (parser.isSet(*option)) {
            *bound = readNumber(parser, *option, options);
        }
    }
    if (!options.isValid()) {
        printProblems(path, options, err);
        return InvalidInput;
    }
    int exitCode = Ok;
    Catalog catalog;
    const std::optional<ResolvedScenario> scenario =
        loadWithPresets(path, parser.value(common.scenario), parser.isSet(common.presets), err, exitCode, &catalog);
    if (!scenario) {
        return exitCode;
    }
    const ValidationReport problems = GoalSeek::check(*scenario, request);
    if (!problems.isValid()) {
        printProblems(path, problems, err);
        return InvalidInput;
    }
    GoalSeekResult result = GoalSeek::run(*scenario, request, terminalProgress(err));
    clearProgress(err);
    GoalSeek::checkAnswer(*scenario, request, catalog, result);
    if (parser.isSet(common.json)) {
        out << QString::fromUtf8(
            QJsonDocument(RiskJson::toJson(request, result, scenario->input.name)).toJson(QJsonDocument::Indented));
    } else {
        out << goalSeekSummary(request, result, QLocale());
    }
    // No value in the range reaching the goal is an answer, but not the one asked for: exit 1 lets scripts see it.
    return result.found ? Ok : Failure;
}

} // namespace suanpan::cli
