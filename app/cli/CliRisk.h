#pragma once

#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"
#include "risk/RiskResults.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suanpan {
class Catalog;
}

namespace suanpan::cli {

/// The options risk and goal-seek share (the Monte Carlo settings and the scenario).
struct CommonOptions {
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QCoreApplication::translate("Cli", "Scenario of a project file: its name or number "
                                                                   "(a scenario JSON file holds one)."),
                                QStringLiteral("NAME")};
    QCommandLineOption trials{QStringLiteral("trials"), QCoreApplication::translate("Cli", "Number of trials."),
                              QStringLiteral("N")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QCoreApplication::translate("Cli", "Seed of the draws (default 1); the same seed gives "
                                                               "the same results."),
                            QStringLiteral("S")};
    QCommandLineOption sampler{QStringLiteral("sampler"),
                               QCoreApplication::translate("Cli", "sobol (default) or lhs (Latin hypercube)."),
                               QStringLiteral("KIND")};
    QCommandLineOption threads{QStringLiteral("threads"),
                               QCoreApplication::translate("Cli", "Threads to use (default: every core)."),
                               QStringLiteral("N")};
    QCommandLineOption presets{QStringLiteral("presets"),
                               QCoreApplication::translate("Cli", "Add the shipped uncertainty presets to the "
                                                                  "scenario's own uncertain inputs.")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the results as JSON.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("Cli", "Scenario JSON file or project (.suanpan)."));
        parser.addOptions({scenario, trials, seed, sampler, threads, presets, json});
    }

    /// Reads the Monte Carlo settings; every problem goes to the report, named by its option.
    RiskSettings settings(const QCommandLineParser& parser, std::size_t defaultTrials, ValidationReport& report) const;
};

/// The scenario of FILE (a scenario JSON file, or the chosen scenario of a project), with the presets added
/// when asked; nothing (and the exit code set) on failure. `usedCatalog` gets the catalog it was resolved with.
std::optional<ResolvedScenario> loadWithPresets(const QString& path, const QString& scenarioName, bool presets,
                                                QTextStream& err, int& exitCode, Catalog* usedCatalog = nullptr);
/// A progress line on standard error while a long run goes on, only when a person is watching a terminal.
RiskProgressCallback terminalProgress(QTextStream& err);
/// Clears the progress line.
void clearProgress(QTextStream& err);

/// `suanpan-cli risk FILE [--trials N] [--seed S] [--sampler sobol|lhs] [--threshold T] [--presets] [--json]`
int risk(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli goal-seek FILE --vary FIELD --target METRIC=VALUE [--min X --max Y] [--p50 --trials N --seed S]`
int goalSeek(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace suanpan::cli
