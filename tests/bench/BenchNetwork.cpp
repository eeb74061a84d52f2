// Speed of the compute network (issue targets: one allocation of 50 regions × 30 centers over 20 years ≤ 50 ms; a
// Monte Carlo run of 10,000 trials with the network on ≤ 5 s on 2 threads, measured by BenchRisk-style runs of
// the shipped network below). Run: build/tests/bench/BenchNetwork --benchmark_repetitions=3

#include "TestScenarios.h"
#include "engine/Engine.h"
#include "model/ScenarioValidator.h"
#include "network/NetworkAllocation.h"
#include "risk/RiskSimulation.h"
#include "risk/UncertaintyPresets.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace suanpan;

namespace {

/// 50 regions with interactive and batch demand, 30 rival centers at them, every pair linked at a round trip of
/// 1.5 × the straight fibre between random places in a 3,000 km square: the size the issue sets.
NetworkInput largeNetwork()
{
    std::mt19937 random(2026);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    NetworkInput n;
    n.node = QStringLiteral("r0");
    n.priceFactor = 0.95;
    n.referencePriceCnyPerPflopsHour = 12.1;
    n.latencyPenaltyCnyPerPflopsHourPerMs = 0.024;
    n.congestionPenalty = 0.2;
    n.interactiveLatencyMs = 20;
    n.batchLatencyMs = 200;
    std::vector<std::pair<double, double>> places;
    for (int i = 0; i < 50; ++i) {
        places.emplace_back(3000 * unit(random), 3000 * unit(random));
        const QString id = QStringLiteral("r%1").arg(i);
        n.nodes.push_back({id,
                           id,
                           QString(),
                           0,
                           0,
                           QString(),
                           {{Workload::Inference, 5000 * unit(random), 2026, 0.3},
                            {Workload::Training, 4000 * unit(random), 2026, 0.3}}});
        for (int j = 0; j < i; ++j) {
            const double km =
                std::hypot(places[static_cast<std::size_t>(i)].first - places[static_cast<std::size_t>(j)].first,
                           places[static_cast<std::size_t>(i)].second - places[static_cast<std::size_t>(j)].second);
            n.links.push_back({QStringLiteral("r%1").arg(j), id, 2 * km * 0.005 * 1.5, 0});
        }
    }
    for (int c = 0; c < 30; ++c) {
        n.centers.push_back({QStringLiteral("c%1").arg(c), QString(), QString(), QStringLiteral("r%1").arg(c * 5 / 3),
                             20000 * unit(random), 2024 + c % 6, 0.3, 0.9 + 0.2 * unit(random)});
    }
    return n;
}

void allocation50x30x20(benchmark::State& state)
{
    NetworkInput n = largeNetwork();
    ValidationReport report;
    const auto paths = resolveNetwork(n, Catalog::builtIn(), report);
    const std::vector<double> capacity(20, 1000.0);
    for (auto _ : state) {
        benchmark::DoNotOptimize(allocateNetwork(n, *paths, capacity, 2026));
    }
}
BENCHMARK(allocation50x30x20)->Unit(benchmark::kMillisecond);

/// The commercial sample selling its spot segment in the shipped network, as the README's example does.
ResolvedScenario sampleInNetwork()
{
    Scenario s = test::resolveFile(test::samplePath(QStringLiteral("commercial-h200-contracted"))).input;
    s.demand[1].forecast = {ForecastType::Network, 0, 0, 0, {}};
    s.demand[1].captureShare = 1;
    s.network = NetworkInput{
        QStringLiteral("china-east-west"), QStringLiteral("qingyang"), 1, 12.1, 0.024, 0.2, 0, 20, 200, {}, {}, {}};
    ValidationReport report;
    return *resolveScenario(s, Catalog::builtIn(), report);
}

void evaluateInShippedNetwork(benchmark::State& state)
{
    ResolvedScenario r = sampleInNetwork();
    double step = 0;
    for (auto _ : state) {
        r.input.network.priceFactor = 1.0 + 1e-9 * ++step; // a new price each time: defeat the per-thread memo
        benchmark::DoNotOptimize(evaluate(r));
    }
}
BENCHMARK(evaluateInShippedNetwork)->Unit(benchmark::kMillisecond);

/// 10,000 trials over the shipped presets on 2 threads, the network's allocation memoised between trials.
void risk10000TrialsWithNetwork(benchmark::State& state)
{
    ValidationReport report;
    const std::optional<ResolvedScenario> r =
        UncertaintyPresets::withPresets(sampleInNetwork(), Catalog::builtIn(), report);
    RiskSettings settings;
    settings.trials = 10000;
    settings.threads = 2;
    settings.sensitivity = false;
    for (auto _ : state) {
        benchmark::DoNotOptimize(RiskSimulation(*r).run(settings, {}));
    }
}
BENCHMARK(risk10000TrialsWithNetwork)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
