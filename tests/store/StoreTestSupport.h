#pragma once

#include "store/Project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace suanpan::test {

/// The bundled samples' names (data/samples/NAME.json).
QStringList sampleNames();
/// A bundled sample read through ScenarioJson (fails the calling test's assumptions if it does not read).
Scenario sampleScenario(const QString& name);
/// A project holding the three samples, titled in Chinese and English, with one note in the log.
Project sampleProject();
/// A project with `scenarios` copies of the large fixture and `logEntries` log entries (benchmarks, kill test).
Project largeProject(int scenarios, int logEntries);

QByteArray sha256(const QString& path);
QByteArray readAll(const QString& path);
bool writeAll(const QString& path, const QByteArray& bytes);
/// The names of the files in a folder, sorted.
QStringList filesIn(const QString& folder);

} // namespace suanpan::test
