#include "RiskSimulation.h"

#include "RandomStream.h"
#include "RankCorrelation.h"
#include "RiskSensitivity.h"
#include "RiskStatistics.h"
#include "TrialRunner.h"
#include "engine/Engine.h"

#include <algorithm>

namespace suanpan {

namespace {

// Stream of the Iman–Conover score permutations, apart from the sampler's streams.
constexpr std::uint64_t kCorrelationStream = 0xC0AA;

/// A worker's private state: its scenario copy, the engine's reusable results and the draw vectors.
struct Worker {
    explicit Worker(const RiskModel& model)
        : scenario(model)
        , values(model.inputs().size(), 0.0)
        , active(model.inputs().size(), 1)
        , on(model.events().size(), 0)
    {}
    TrialScenario scenario;
    Results results;
    std::vector<double> values;
    std::vector<char> active;
    std::vector<char> on;
};

std::vector<Worker> makeWorkers(const RiskModel& model, std::size_t count)
{
    std::vector<Worker> workers;
    workers.reserve(count);
    for (std::size_t w = 0; w < count; ++w) {
        workers.emplace_back(model);
    }
    return workers;
}

/// Calls the caller's callback with a phase's progress placed in the whole job.
bool report(const RiskProgressCallback& progress, RiskPhase phase, std::size_t done, std::size_t total,
            std::size_t workBefore, std::size_t workTotal)
{
    if (!progress) {
        return true;
    }
    const double fraction =
        workTotal > 0 ? static_cast<double>(workBefore + done) / static_cast<double>(workTotal) : 0.0;
    return progress({phase, done, total, std::clamp(fraction, 0.0, 1.0)});
}

using Outcomes = std::vector<std::array<std::optional<double>, kRiskMetricCount>>;

/// The one-at-a-time evaluations of the sensitivity plan (without sensitivity only the first, the base), and the
/// engine's results of the base; false when cancelled.
bool evaluateOneAtATime(const RiskModel& model, const SensitivityPlan& plan, const RiskSettings& settings,
                        const RiskProgressCallback& progress, std::size_t totalWork, Outcomes& outcomes,
                        Results& baseResults)
{
    const std::size_t taskCount = settings.sensitivity ? plan.tasks().size() : 1;
    outcomes.assign(taskCount, {});
    const EngineOptions options = engineOptionsFor(kReportedMetrics);
    const std::size_t threads = std::min(TrialRunner::threadCount(settings.threads), taskCount);
    std::vector<Worker> workers = makeWorkers(model, threads);
    auto task = [&](std::size_t t, std::size_t w) {
        Worker& worker = workers[w];
        plan.prepare(plan.tasks()[t], worker.values, worker.active, worker.on);
        evaluate(worker.scenario.set(worker.values, worker.active, worker.on), options, worker.results);
        for (RiskMetric metric : kReportedMetrics) {
            outcomes[t][static_cast<std::size_t>(metric)] = metricValue(worker.results.summary, metric);
        }
        if (t == 0) {
            baseResults = worker.results;
        }
    };
    return TrialRunner::run(taskCount, threads, task, [&](std::size_t done) {
        return report(progress, RiskPhase::Sensitivity, done, taskCount, settings.trials, totalWork);
    });
}

/// What the statistics make of the trial table.
struct Summaries {
    std::vector<OutputDistribution> distributions; ///< one per reported metric
    std::vector<RiskStatistics::FanYear> utilizationYears;
    std::vector<RiskStatistics::FanYear> cashYears;
    std::vector<std::vector<double>> drawRanks;   ///< per draw column (sensitivity only)
    std::vector<std::vector<double>> metricRanks; ///< per reported metric (sensitivity only)
    Convergence convergence;
};

/**
 * The statistics: each piece reads the table and writes only its own result, so they run on the run's threads
 * (the two fan charts alone order 2 × years columns of every trial) and are what they would be one after
 * another. The longest pieces go first (the ranks, then the convergence trace), so that they do not start last.
 */
Summaries summarize(const TrialTable& table, const SensitivityPlan& plan, const RiskSettings& settings)
{
    Summaries out;
    const std::size_t years = table.years;
    out.distributions.resize(kReportedMetrics.size());
    out.utilizationYears.resize(years);
    out.cashYears.resize(years);
    out.drawRanks.resize(settings.sensitivity ? table.dimensions : 0);
    out.metricRanks.resize(settings.sensitivity ? kReportedMetrics.size() : 0);
    const std::size_t rankTasks = out.drawRanks.size() + out.metricRanks.size();
    const std::size_t distributionTasks = kReportedMetrics.size();
    const std::size_t statistics = rankTasks + 1 + distributionTasks + 2 * years;
    auto piece = [&](std::size_t task, std::size_t) {
        if (task < out.drawRanks.size()) {
            out.drawRanks[task] = plan.drawRanks(table, task);
            return;
        }
        task -= out.drawRanks.size();
        if (task < out.metricRanks.size()) {
            out.metricRanks[task] = SensitivityPlan::metricRanks(table, kReportedMetrics[task]);
            return;
        }
        task -= out.metricRanks.size();
        if (task == 0) {
            out.convergence =
                RiskStatistics::convergence(table.metrics[static_cast<std::size_t>(RiskMetric::NpvAfterTax)]);
        } else if (task < 1 + distributionTasks) {
            const RiskMetric metric = kReportedMetrics[task - 1];
            std::vector<double> values = table.valuesOf(metric);
            const std::size_t missing = table.trials - values.size();
            out.distributions[task - 1] =
                RiskStatistics::describe(metric, std::move(values), missing, settings.histogramBins);
        } else {
            const std::size_t fanTask = task - 1 - distributionTasks;
            const bool utilization = fanTask < years;
            const std::vector<float>& series = utilization ? table.utilization : table.cumulativeCashFlow;
            const std::size_t year = fanTask % years;
            (utilization ? out.utilizationYears : out.cashYears)[year] =
                RiskStatistics::fanYear(std::span<const float>(series).subspan(year * table.trials, table.trials));
        }
    };
    TrialRunner::run(statistics, std::min(TrialRunner::threadCount(settings.threads), statistics), piece, {}, 1);
    return out;
}

/// The headline risks: utilization below the threshold, NPV below zero, no payback, no IRR.
HeadlineRisks headlineRisks(const TrialTable& table, const RiskSettings& settings, const RiskResults& results)
{
    const double trials = static_cast<double>(std::max<std::size_t>(1, table.trials));
    HeadlineRisks headline;
    headline.utilizationThreshold = settings.utilizationThreshold;
    headline.probabilityUtilizationBelow =
        RiskStatistics::shareBelow(table.valuesOf(RiskMetric::AverageUtilization), settings.utilizationThreshold);
    headline.probabilityNpvNegative = RiskStatistics::shareBelow(table.valuesOf(RiskMetric::NpvAfterTax), 0.0);
    headline.probabilityNoPayback = static_cast<double>(results.output(RiskMetric::PaybackYears)->missing) / trials;
    headline.probabilityNoIrr = static_cast<double>(results.output(RiskMetric::ProjectIrrAfterTax)->missing) / trials;
    return headline;
}

/// The uncertain inputs with their P10, P50 and P90, and each event with how often it happened.
void describeInputsAndEvents(const RiskModel& model, const TrialTable& table, RiskResults& results)
{
    for (const ModelInput& input : model.inputs()) {
        results.inputs.push_back({input.path, input.label, input.apply, input.marginal.spec(), input.note,
                                  input.targets, input.base, input.marginal.quantile(0.1), input.marginal.quantile(0.5),
                                  input.marginal.quantile(0.9)});
    }
    const double trials = static_cast<double>(std::max<std::size_t>(1, table.trials));
    for (std::size_t e = 0; e < model.events().size(); ++e) {
        std::size_t happened = 0;
        for (std::size_t i = 0; i < table.trials; ++i) {
            happened += table.eventHappened(i, e, model) ? 1 : 0;
        }
        const ModelEvent& event = model.events()[e];
        results.events.push_back(
            {event.label, event.event.type, event.event.probability, static_cast<double>(happened) / trials});
    }
}

} // namespace

std::vector<double> TrialTable::valuesOf(RiskMetric metric) const
{
    const auto m = static_cast<std::size_t>(metric);
    if (!computed[m]) {
        return {}; // not asked of the trials
    }
    std::vector<double> values;
    values.reserve(trials);
    for (std::size_t i = 0; i < trials; ++i) {
        if (present[m][i] != 0) {
            values.push_back(metrics[m][i]);
        }
    }
    return values;
}

std::vector<double> TrialTable::rankedValuesOf(RiskMetric metric) const
{
    const auto m = static_cast<std::size_t>(metric);
    if (!computed[m]) {
        return {}; // not asked of the trials
    }
    std::vector<double> values(trials);
    for (std::size_t i = 0; i < trials; ++i) {
        values[i] = present[m][i] != 0 ? metrics[m][i] : missingRank(metric);
    }
    return values;
}

bool TrialTable::eventHappened(std::size_t trial, std::size_t event, const RiskModel& model) const
{
    return draws[trial * dimensions + model.inputs().size() + event] < model.events()[event].event.probability;
}

RiskSimulation::RiskSimulation(ResolvedScenario scenario)
    : m_model(std::move(scenario))
{}

std::optional<TrialTable> RiskSimulation::simulate(const RiskSettings& settings, std::span<const RiskMetric> metrics,
                                                   const RiskProgressCallback& progress, std::size_t workDone,
                                                   std::size_t workTotal) const
{
    const std::size_t trials = settings.trials;
    const std::size_t total = workTotal > 0 ? workTotal : trials;
    if (!report(progress, RiskPhase::Sampling, 0, trials, workDone, total)) {
        return std::nullopt;
    }
    TrialTable table;
    table.trials = trials;
    table.years = static_cast<std::size_t>(m_model.base().input.horizonYears);
    table.dimensions = m_model.dimensions();
    table.draws = sampleUnitCube(settings.sampler, trials, table.dimensions, settings.seed);
    // A stop asked for while a large run was drawn is honoured before the next phase (a million Latin
    // hypercube rows take about 0.3 s).
    if (!report(progress, RiskPhase::Sampling, 0, trials, workDone, total)) {
        return std::nullopt;
    }
    // Rank correlation is induced only among the inputs that take part in one, so that the others keep the
    // sampler's stratification untouched.
    RankCorrelation::imanConover(table.draws, trials, table.dimensions, m_model.correlatedColumns(),
                                 m_model.correlationTarget(), RandomStream::derive(settings.seed, kCorrelationStream));
    if (!report(progress, RiskPhase::Sampling, 0, trials, workDone, total)) {
        return std::nullopt;
    }
    for (RiskMetric metric : metrics) {
        const auto m = static_cast<std::size_t>(metric);
        table.computed[m] = true;
        table.metrics[m].assign(trials, 0.0);
        table.present[m].assign(trials, 0);
    }
    const EngineOptions options = engineOptionsFor(metrics);
    table.utilization.assign(trials * table.years, 0.0F);
    table.cumulativeCashFlow.assign(trials * table.years, 0.0F);

    const std::size_t threads = std::min(TrialRunner::threadCount(settings.threads), std::max<std::size_t>(1, trials));
    std::vector<Worker> workers = makeWorkers(m_model, threads);
    const std::vector<ModelInput>& inputs = m_model.inputs();
    const std::vector<ModelEvent>& events = m_model.events();
    auto trial = [&](std::size_t i, std::size_t w) {
        Worker& worker = workers[w];
        const double* u = table.draws.data() + i * table.dimensions;
        for (std::size_t j = 0; j < inputs.size(); ++j) {
            worker.values[j] = inputs[j].marginal.quantile(u[j]);
        }
        for (std::size_t e = 0; e < events.size(); ++e) {
            worker.on[e] = u[inputs.size() + e] < events[e].event.probability ? 1 : 0;
        }
        evaluate(worker.scenario.set(worker.values, worker.active, worker.on), options, worker.results);
        const Summary& summary = worker.results.summary;
        for (RiskMetric metric : metrics) {
            const auto m = static_cast<std::size_t>(metric);
            const std::optional<double> value = metricValue(summary, metric);
            table.metrics[m][i] = value.value_or(0.0);
            table.present[m][i] = value.has_value() ? 1 : 0;
        }
        // Stored year by year, so that each year's fan-chart bands read one contiguous column.
        for (std::size_t y = 0; y < table.years; ++y) {
            table.utilization[y * trials + i] = static_cast<float>(worker.results.years[y].utilization);
            table.cumulativeCashFlow[y * trials + i] =
                static_cast<float>(worker.results.years[y].cumulativeProjectCashFlow);
        }
    };
    // The trials start: said at once (the runner's first report comes 50 ms in), and a stop asked for is heeded.
    if (!report(progress, RiskPhase::Simulating, 0, trials, workDone, total)) {
        return std::nullopt;
    }
    const bool completed = TrialRunner::run(trials, threads, trial, [&](std::size_t done) {
        return report(progress, RiskPhase::Simulating, done, trials, workDone, total);
    });
    if (!completed) {
        return std::nullopt;
    }
    return table;
}

RiskResults RiskSimulation::run(const RiskSettings& settings, const RiskProgressCallback& progress) const
{
    RiskResults results;
    results.scenario = m_model.base().input.name;
    results.settings = settings;
    results.trials = settings.trials;
    results.threadsUsed = static_cast<int>(
        std::min(TrialRunner::threadCount(settings.threads), std::max<std::size_t>(1, settings.trials)));

    const SensitivityPlan plan(m_model);
    const std::size_t sensitivityWork = settings.sensitivity ? plan.tasks().size() : 1;
    const std::size_t totalWork = settings.trials + sensitivityWork;
    // Each evaluation computes what the reported outcomes read (engineOptionsFor), no more.
    const std::optional<TrialTable> table = simulate(settings, kReportedMetrics, progress, 0, totalWork);
    Outcomes outcomes;
    Results baseResults;
    if (!table || !evaluateOneAtATime(m_model, plan, settings, progress, totalWork, outcomes, baseResults)) {
        results.cancelled = true;
        return results;
    }
    report(progress, RiskPhase::Summarizing, 0, 1, settings.trials + outcomes.size(), totalWork);

    Summaries summaries = summarize(*table, plan, settings);
    results.convergence = summaries.convergence;
    if (settings.sensitivity) {
        // Every reported outcome: what drives the NPV, and also what drives the public cost.
        results.sensitivity = plan.assemble({kReportedMetrics.begin(), kReportedMetrics.end()}, outcomes,
                                            summaries.drawRanks, summaries.metricRanks);
    }
    // Distributions, with the scenario as written for reference.
    for (std::size_t m = 0; m < kReportedMetrics.size(); ++m) {
        OutputDistribution& d = summaries.distributions[m];
        d.deterministicMissing = !outcomes[0][static_cast<std::size_t>(d.metric)].has_value();
        d.deterministic = outcomes[0][static_cast<std::size_t>(d.metric)].value_or(0.0);
        results.outputs.push_back(std::move(d));
    }
    results.headline = headlineRisks(*table, settings, results);
    const int startYear = m_model.base().input.startYear;
    results.utilization = RiskStatistics::fanOf(QStringLiteral("utilization"), summaries.utilizationYears, startYear);
    results.cumulativeCashFlow =
        RiskStatistics::fanOf(QStringLiteral("cumulativeProjectCashFlow"), summaries.cashYears, startYear);
    // The fan charts' reference: the scenario as written.
    for (const YearResult& year : baseResults.years) {
        results.utilization.deterministic.push_back(year.utilization);
        results.cumulativeCashFlow.deterministic.push_back(year.cumulativeProjectCashFlow);
    }
    describeInputsAndEvents(m_model, *table, results);
    return results;
}

} // namespace suanpan
