#pragma once

#include <QStringList>
#include <QTextStream>

namespace suanpan::cli {

/// `suanpan-cli risk FILE [--trials N] [--seed S] [--sampler sobol|lhs] [--threshold T] [--presets] [--json]`
int risk(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `suanpan-cli goal-seek FILE --vary FIELD --target METRIC=VALUE [--min X --max Y] [--p50 --trials N --seed S]`
int goalSeek(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace suanpan::cli
