#pragma once

#include "model/ResolvedScenario.h"
#include "model/ValidationReport.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace suanpan::cli {

/// Exit codes of suanpan-cli.
enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2 };

/// Reads and resolves a scenario file; on failure prints every problem and sets the exit code.
std::optional<ResolvedScenario> load(const QString& path, QTextStream& err, int& exitCode);
/// Prints "FILE: N problem(s) found" and every problem, one per line.
void printProblems(const QString& path, const ValidationReport& report, QTextStream& err);
/// Parses a sub-command's arguments (exactly one FILE); prints usage problems and returns false.
bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err);

/// `suanpan-cli evaluate FILE [--json] [--cashflow-csv OUT] [--years-csv OUT]`
int evaluate(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli validate FILE`
int validate(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace suanpan::cli
