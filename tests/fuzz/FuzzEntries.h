#pragma once

#include <QByteArray>

/**
 * \file
 * What each fuzz target does with one input (README, "Building by hand": fuzzing). The libFuzzer programs
 * (FuzzMain.cpp, built with SUANPAN_FUZZ) and the regression test (TestFuzzRegressions, every build) call the
 * same functions, so a crash input kept under tests/fuzz/regressions is replayed by every CI run.
 *
 * Each entry feeds the bytes to the parser as a user's file would reach it, goes on through validation and
 * evaluation when the input is valid, and checks the promises the code makes (a valid scenario writes and
 * reads back equal, a loaded project saves and loads back equal). A broken promise aborts with a message.
 */
namespace suanpan::fuzz {

/// Once per process: the Qt application object the SQL and JSON code expects, the catalog, the base files.
void initialize();

/// A scenario JSON file: read, round trip through the canonical writer, validate, evaluate.
void scenarioJson(const QByteArray& bytes);
/// The uncertainty section of a scenario (the bytes are the section's JSON, put into a sample): read,
/// validate, and a short risk run when valid.
void uncertaintySection(const QByteArray& bytes);
/// A CSV file given to the demand import and to each catalog import of a sample project.
void csvImport(const QByteArray& bytes);
/// A `.suanpan` project file: load; when it loads, save, load again and compare.
void projectFile(const QByteArray& bytes);

} // namespace suanpan::fuzz
