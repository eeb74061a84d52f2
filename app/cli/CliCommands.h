#pragma once

#include <QStringList>
#include <QTextStream>

namespace suanpan::cli {

/// Exit codes of suanpan-cli.
enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2 };

/// `suanpan-cli evaluate FILE [--json] [--cashflow-csv OUT] [--years-csv OUT]`
int evaluate(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli validate FILE`
int validate(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace suanpan::cli
