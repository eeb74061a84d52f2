// The scenario's own reading, writing and field visit, all driven by the schema (core/model/ScenarioSchema.h):
// a scenario is read on every edit in the app and on every open, and the risk analysis and goal seek visit its
// numbers. Measured on the large fixture (6 chips, 6 segments, uncertainty section) and on the west hub sample
// (a 15-value demand series, contracts, events). Issue 12 asked for no visible loss against the hand-written
// reader; the figures before and after go into the note.
// Run: build/tests/bench/BenchScenarioJson --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "TestScenarios.h"
#include "model/ScenarioFields.h"
#include "model/ScenarioJson.h"

#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

QByteArray scenarioBytes(int which)
{
    if (which == 0) {
        return QJsonDocument(test::largeUncertainScenarioJson()).toJson();
    }
    QFile file(test::samplePath(QStringLiteral("west-hub-training")));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample");
    }
    return file.readAll();
}

Scenario readOrDie(const QByteArray& bytes)
{
    ValidationReport report;
    Scenario scenario = ScenarioJson::fromBytes(bytes, Catalog::builtIn(), report);
    if (!report.isValid()) {
        qFatal("benchmark scenario invalid: %s", qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
    }
    return scenario;
}

void readScenario(benchmark::State& state)
{
    const QByteArray bytes = scenarioBytes(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        ValidationReport report;
        const Scenario scenario = ScenarioJson::fromBytes(bytes, Catalog::builtIn(), report);
        benchmark::DoNotOptimize(scenario.demand.size());
    }
}
BENCHMARK(readScenario)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void writeScenario(benchmark::State& state)
{
    const Scenario scenario = readOrDie(scenarioBytes(static_cast<int>(state.range(0))));
    for (auto _ : state) {
        const QByteArray bytes = ScenarioJson::toBytes(scenario);
        benchmark::DoNotOptimize(bytes.size());
    }
}
BENCHMARK(writeScenario)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void visitEveryNumber(benchmark::State& state)
{
    Scenario scenario = readOrDie(scenarioBytes(static_cast<int>(state.range(0))));
    for (auto _ : state) {
        double sum = 0;
        visitNumbers(scenario, [&sum](const QString&, auto& value) { sum += value; });
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(visitEveryNumber)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace
