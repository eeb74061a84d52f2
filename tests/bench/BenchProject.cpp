// Opening a project of 50 scenarios and 10,000 assumption-log entries and evaluating one scenario (target:
// ≤ 200 ms), and its parts: opening alone, and saving the same project atomically.
// Run: build/tests/bench/BenchProject --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "StoreTestSupport.h"
#include "engine/Engine.h"
#include "store/ProjectFile.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

/// The saved project, made once per run.
const QString& projectPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        Project project = test::largeProject(50, 10000);
        const QString file = dir.filePath(QStringLiteral("bench.suanpan"));
        QString error;
        if (!ProjectFile::save(project, file, &error)) {
            qFatal("cannot save the benchmark project: %s", qPrintable(error));
        }
        return file;
    }();
    return path;
}

void openAndEvaluateOneScenario(benchmark::State& state)
{
    const QString& path = projectPath();
    for (auto _ : state) {
        const ProjectLoadResult loaded = ProjectFile::load(path);
        ValidationReport report;
        const std::optional<ResolvedScenario> scenario = loaded.project->resolve(QStringLiteral("Variant 25"), report);
        if (!scenario) {
            state.SkipWithError("the scenario does not validate");
            return;
        }
        const Results results = evaluate(*scenario);
        benchmark::DoNotOptimize(results.summary.npvAfterTaxCny);
    }
}
BENCHMARK(openAndEvaluateOneScenario)->Unit(benchmark::kMillisecond);

void openOnly(benchmark::State& state)
{
    const QString& path = projectPath();
    for (auto _ : state) {
        const ProjectLoadResult loaded = ProjectFile::load(path);
        benchmark::DoNotOptimize(loaded.project->log().size());
    }
}
BENCHMARK(openOnly)->Unit(benchmark::kMillisecond);

void saveAtomically(benchmark::State& state)
{
    Project project = ProjectFile::load(projectPath()).project.value();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.suanpan"));
    QString error;
    for (auto _ : state) {
        if (!ProjectFile::save(project, path, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
}
BENCHMARK(saveAtomically)->Unit(benchmark::kMillisecond);

} // namespace
