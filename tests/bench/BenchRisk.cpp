// Speed of a Monte Carlo risk analysis: 100,000 trials of a 20-year monthly scenario with 6 chip types and
// 6 demand segments, 6 uncertain inputs, 2 events and a correlation, on 2 threads (target: ≤ 1 s on 2
// cores), with and without the one-at-a-time sensitivity evaluations.
// Run: build/tests/bench/BenchRisk --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include "TestScenarios.h"
#include "risk/RiskSimulation.h"

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

const RiskSimulation& simulation()
{
    static const RiskSimulation instance = [] {
        QString problems;
        const std::optional<ResolvedScenario> s =
            test::resolve(test::largeUncertainScenarioJson(), Catalog::builtIn(), &problems);
        if (!s) {
            qFatal("benchmark scenario invalid: %s", qPrintable(problems));
        }
        return RiskSimulation(*s);
    }();
    return instance;
}

void monteCarlo(benchmark::State& state)
{
    RiskSettings settings;
    settings.trials = static_cast<std::size_t>(state.range(0));
    settings.threads = static_cast<int>(state.range(1));
    settings.sensitivity = state.range(2) != 0;
    // Where the time goes, from the progress callback's phase changes (ms, averaged over the iterations):
    // drawing the samples, the trials (and one-at-a-time sensitivity runs), the statistics.
    double sampling = 0, trials = 0, statistics = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        double simulatingFrom = 0, summarizingFrom = 0;
        const RiskResults results = simulation().run(settings, [&](const RiskProgress& p) {
            const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            if (p.phase == RiskPhase::Simulating && simulatingFrom == 0) {
                simulatingFrom = now;
            } else if (p.phase == RiskPhase::Summarizing && summarizingFrom == 0) {
                summarizingFrom = now;
            }
            return true;
        });
        const double end = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(results.headline.probabilityNpvNegative);
        sampling += simulatingFrom;
        trials += summarizingFrom - simulatingFrom;
        statistics += end - summarizingFrom;
    }
    const auto iterations = static_cast<double>(state.iterations());
    state.counters["trials/s"] =
        benchmark::Counter(static_cast<double>(settings.trials) * iterations, benchmark::Counter::kIsRate);
    state.counters["sampling_ms"] = sampling / iterations;
    state.counters["trials_ms"] = trials / iterations;
    state.counters["statistics_ms"] = statistics / iterations;
}
BENCHMARK(monteCarlo)
    ->ArgNames({"trials", "threads", "sensitivity"})
    ->Args({100000, 2, 1})
    ->Args({100000, 1, 0})
    ->Args({2000, 1, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace
