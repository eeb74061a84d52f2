#pragma once

#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suanpan::cli {

/// Exit codes of suanpan-cli.
enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2 };
/// Returned by the argument parsers when the command should go on (neither help nor a usage problem).
inline constexpr int kContinue = -1;

/// `suanpan-cli evaluate FILE [--json] [--cashflow-csv OUT] [--years-csv OUT]`
int evaluate(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli validate FILE` (a scenario JSON file or a project)
int validate(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// Prints "FILE: N problem(s) found" and every problem, one per line.
void printProblems(const QString& path, const ValidationReport& report, QTextStream& err);
/// Reads and validates a scenario JSON file; on failure prints every problem and sets the exit code.
std::optional<ResolvedScenario> loadScenarioFile(const QString& path, QTextStream& err, int& exitCode);
/// Writes an output file (atomically when it is a regular file); prints why it could not. It refuses to write
/// over one of `inputs`, over a project, or into a folder.
bool writeOutput(const QString& path, const QByteArray& bytes, QTextStream& err, const QStringList& inputs);
/// The checks of writeOutput without the writing: false, with the reason printed, for a folder, an input or a project.
bool outputAllowed(const QString& path, QTextStream& err, const QStringList& inputs);
/// `suanpan-cli report FILE [--scenario NAME] [--trials N] -o OUT.pdf`
int report(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli workbook FILE [--scenario NAME] [--trials N] -o OUT.xlsx`
int workbook(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli network FILE [--scenario NAME] [--year Y] [--sites all|a,b] [--json]`
int network(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// `suanpan-cli fields [--search TEXT] [--markdown]`
int fields(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// `suanpan-cli policies [--region ID] [--kind KIND] [--search TEXT] [--library FILE] [--json]`
int policies(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// False (with the reason printed) for a path that exists but is not a regular file (a folder, a device, a pipe).
bool readableRegularFile(const QString& path, QTextStream& err);

} // namespace suanpan::cli
