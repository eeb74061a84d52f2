// Speed of one deterministic evaluation of a 20-year monthly scenario with 6 chip types and 6 demand
// segments (target: ≤ 100 µs median on one core), and of the break-even analysis around it.
// Run: build/tests/bench/BenchEngine --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "TestScenarios.h"
#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "engine/EngineInternal.h"

#include <benchmark/benchmark.h>

using namespace suanpan;

namespace {

const ResolvedScenario& largeScenario()
{
    static const ResolvedScenario scenario = [] {
        QString problems;
        const std::optional<ResolvedScenario> s =
            test::resolve(test::largeScenarioJson(), Catalog::builtIn(), &problems);
        if (!s) {
            qFatal("benchmark scenario invalid: %s", qPrintable(problems));
        }
        return *s;
    }();
    return scenario;
}

void evaluateLargeScenario(benchmark::State& state)
{
    const ResolvedScenario& scenario = largeScenario();
    Results results;
    for (auto _ : state) {
        evaluate(scenario, EngineOptions{}, results);
        benchmark::DoNotOptimize(results.summary.npvAfterTaxCny);
    }
}
BENCHMARK(evaluateLargeScenario)->Unit(benchmark::kMicrosecond);

// The same evaluation stage by stage (engine/Engine.cpp), to see where its time goes.
void stageCapexAndDebt(benchmark::State& state)
{
    const ResolvedScenario& scenario = largeScenario();
    for (auto _ : state) {
        detail::CapexPlan capex = detail::planCapex(scenario);
        const detail::DebtPlan debt = detail::planDebt(scenario, capex, EngineOptions{});
        detail::depreciateCapitalizedInterest(scenario, debt, capex);
        benchmark::DoNotOptimize(capex.residualValue);
    }
}
BENCHMARK(stageCapexAndDebt)->Unit(benchmark::kMicrosecond);

void stageOperations(benchmark::State& state)
{
    const ResolvedScenario& scenario = largeScenario();
    const detail::CapexPlan capex = detail::planCapex(scenario);
    Results results;
    for (auto _ : state) {
        detail::simulateOperations(scenario, EngineOptions{}, capex, results);
        benchmark::DoNotOptimize(results.years.back().revenue);
    }
}
BENCHMARK(stageOperations)->Unit(benchmark::kMicrosecond);

void stageSubsidiesAndFinance(benchmark::State& state)
{
    const ResolvedScenario& scenario = largeScenario();
    detail::CapexPlan capex = detail::planCapex(scenario);
    const detail::DebtPlan debt = detail::planDebt(scenario, capex, EngineOptions{});
    detail::depreciateCapitalizedInterest(scenario, debt, capex);
    Results operated;
    detail::simulateOperations(scenario, EngineOptions{}, capex, operated);
    Results results = operated;
    for (auto _ : state) {
        results.years = operated.years; // finance adds into the years
        detail::assessCapexSubsidies(scenario, EngineOptions{}, capex, results);
        detail::computeFinance(scenario, EngineOptions{}, capex, debt, results);
        benchmark::DoNotOptimize(results.summary.npvAfterTaxCny);
    }
}
BENCHMARK(stageSubsidiesAndFinance)->Unit(benchmark::kMicrosecond);

void analyzeLargeScenario(benchmark::State& state)
{
    const ResolvedScenario& scenario = largeScenario();
    for (auto _ : state) {
        const Analysis analysis = analyze(scenario);
        benchmark::DoNotOptimize(analysis.npvWithoutPoliciesCny);
    }
}
BENCHMARK(analyzeLargeScenario)->Unit(benchmark::kMillisecond);

} // namespace
