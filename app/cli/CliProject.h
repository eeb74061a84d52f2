#pragma once

#include "store/Project.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suanpan::cli {

/// True when a path names a project: the `.suanpan` extension, or an SQLite file under any name.
bool isProjectPath(const QString& path);

/** \brief What `evaluate` was asked for, when its file is a project. */
struct EvaluateRequest {
    QString file;
    QString scenario; ///< empty = every scenario
    bool json = false;
    QString cashFlowCsv;
    QString yearsCsv;
};

/// `suanpan-cli evaluate P.suanpan [--scenario NAME] [--json] [--cashflow-csv OUT] [--years-csv OUT]`
int evaluateProject(const EvaluateRequest& request, QTextStream& out, QTextStream& err);
/// `suanpan-cli validate P.suanpan`: every scenario of the project.
int validateProject(const QString& path, QTextStream& out, QTextStream& err);
/// `suanpan-cli new --from SCENARIO.json [--from …] -o P.suanpan [--title T] [--author A] [--force]`
int newProject(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli info P.suanpan`
int info(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli export P.suanpan --scenario NAME [--json OUT] [--cashflow-csv OUT] [--years-csv OUT]`
int exportScenario(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli log P.suanpan [--scenario NAME] [--json]`
int showLog(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli import-demand P.suanpan --scenario NAME FILE.csv [--note TEXT]`
int importDemand(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli import-catalog P.suanpan --catalog chips|cooling|regions|redundancy FILE.csv [--note TEXT]`
int importCatalog(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Shared by the project commands.

/// Parses a command's arguments (adding --help and --lang) with `positionals` files expected: prints the help
/// (exit code 0) or a usage problem (2), or returns kContinue.
int parseCommand(QCommandLineParser& parser, const QStringList& arguments, qsizetype positionals, QTextStream& out,
                 QTextStream& err);

/// Opens a project; on failure prints why and sets the exit code (1 cannot read, 2 refused).
std::optional<Project> openProject(const QString& path, QTextStream& err, int& exitCode);
/// Saves a project atomically; prints why it could not.
bool saveProject(Project& project, const QString& path, QTextStream& err, int& exitCode);
/// False, with the message naming the option, when its text is longer than a project can hold.
bool withinTextLimit(const QCommandLineParser& parser, const QCommandLineOption& option, QTextStream& err);
/// The scenario a command is about: the named one, or the only one; prints why not.
const Scenario* chooseScenario(const Project& project, const QString& name, const QString& path, QTextStream& err);

} // namespace suanpan::cli
