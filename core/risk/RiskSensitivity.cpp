#include "RiskSensitivity.h"

#include "RankCorrelation.h"
#include "RiskSimulation.h"

#include <algorithm>
#include <cmath>

namespace suanpan {

SensitivityPlan::SensitivityPlan(const RiskModel& model)
    : m_model(model)
{
    m_tasks.push_back({0, 0, true, false, 0.0});
    for (std::size_t j = 0; j < model.inputs().size(); ++j) {
        for (double p : kPercentiles) {
            m_tasks.push_back({j, 0, false, false, p});
        }
    }
    for (std::size_t e = 0; e < model.events().size(); ++e) {
        m_tasks.push_back({0, e, false, true, 0.0});
    }
}

void SensitivityPlan::prepare(const Task& task, std::vector<double>& values, std::vector<char>& active,
                              std::vector<char>& on) const
{
    std::fill(active.begin(), active.end(), 0);
    std::fill(on.begin(), on.end(), 0);
    if (task.base) {
        return;
    }
    if (task.isEvent) {
        on[task.event] = 1;
        return;
    }
    values[task.input] = m_model.inputs()[task.input].marginal.quantile(task.percentile);
    active[task.input] = 1;
}

std::vector<double> SensitivityPlan::drawRanks(const TrialTable& trials, std::size_t column) const
{
    const std::size_t inputCount = m_model.inputs().size();
    const std::size_t n = trials.trials;
    if (column >= inputCount) {
        // Whether an event happened, 0 or 1: ranked as RankCorrelation::ranks ranks ties, without sorting. The
        // trials without it take ranks 1 … n0 and share their average (i + j) / 2 + 1, the others n0 + 1 … n.
        std::vector<char> happened(n);
        std::size_t without = 0;
        for (std::size_t i = 0; i < n; ++i) {
            happened[i] = trials.eventHappened(i, column - inputCount, m_model) ? 1 : 0;
            without += happened[i] != 0 ? 0 : 1;
        }
        const double rankWithout = (static_cast<double>(without) - 1.0) / 2.0 + 1.0; // i = 0, j = n0 − 1
        const double rankWith = static_cast<double>(without + n - 1) / 2.0 + 1.0;    // i = n0, j = n − 1
        std::vector<double> rank(n);
        for (std::size_t i = 0; i < n; ++i) {
            rank[i] = happened[i] != 0 ? rankWith : rankWithout;
        }
        return rank;
    }
    std::vector<double> draws(n);
    for (std::size_t i = 0; i < n; ++i) {
        draws[i] = trials.draws[i * trials.dimensions + column];
    }
    return RankCorrelation::ranks(draws);
}

std::vector<double> SensitivityPlan::metricRanks(const TrialTable& trials, RiskMetric metric)
{
    return RankCorrelation::ranks(trials.rankedValuesOf(metric));
}

std::vector<Sensitivity>
SensitivityPlan::assemble(const std::vector<RiskMetric>& metrics,
                          const std::vector<std::array<std::optional<double>, kRiskMetricCount>>& outcomes,
                          const std::vector<std::vector<double>>& drawRankColumns,
                          const std::vector<std::vector<double>>& metricRankColumns) const
{
    const std::vector<ModelInput>& inputs = m_model.inputs();
    const std::vector<ModelEvent>& events = m_model.events();
    const std::size_t count = kPercentiles.size();
    auto outcome = [&outcomes](std::size_t task, RiskMetric metric) {
        return outcomes[task][static_cast<std::size_t>(metric)].value_or(0.0);
    };
    auto inputTask = [count](std::size_t input, std::size_t step) { return 1 + input * count + step; };
    const std::size_t firstEventTask = 1 + inputs.size() * count;

    std::vector<Sensitivity> all;
    for (std::size_t metricIndex = 0; metricIndex < metrics.size(); ++metricIndex) {
        const RiskMetric metric = metrics[metricIndex];
        Sensitivity s;
        s.metric = metric;
        s.base = outcome(0, metric);
        for (std::size_t j = 0; j < inputs.size(); ++j) {
            const Marginal& marginal = inputs[j].marginal;
            TornadoBar bar;
            bar.path = inputs[j].path;
            bar.label = inputs[j].label;
            bar.inputLow = marginal.quantile(kPercentiles.front());
            bar.inputHigh = marginal.quantile(kPercentiles.back());
            bar.outputLow = outcome(inputTask(j, 0), metric);
            bar.outputHigh = outcome(inputTask(j, count - 1), metric);
            bar.swing = std::abs(bar.outputHigh - bar.outputLow);
            s.tornado.push_back(bar);
            SpiderLine line{inputs[j].path, inputs[j].label, {}, {}, {}};
            for (std::size_t step = 0; step < count; ++step) {
                line.percentiles.push_back(kPercentiles[step]);
                line.inputValues.push_back(marginal.quantile(kPercentiles[step]));
                line.outputs.push_back(outcome(inputTask(j, step), metric));
            }
            s.spider.push_back(line);
        }
        for (std::size_t e = 0; e < events.size(); ++e) {
            TornadoBar bar;
            bar.path = QStringLiteral("uncertainty.events[%1]").arg(e);
            bar.label = events[e].label;
            bar.event = true;
            bar.inputLow = 0.0;
            bar.inputHigh = 1.0;
            bar.outputLow = s.base;
            bar.outputHigh = outcome(firstEventTask + e, metric);
            bar.swing = std::abs(bar.outputHigh - bar.outputLow);
            s.tornado.push_back(bar);
        }
        std::stable_sort(s.tornado.begin(), s.tornado.end(),
                         [](const TornadoBar& a, const TornadoBar& b) { return a.swing > b.swing; });

        for (std::size_t column = 0; column < m_model.dimensions(); ++column) {
            ImportanceItem item;
            const bool isEvent = column >= inputs.size();
            item.path =
                isEvent ? QStringLiteral("uncertainty.events[%1]").arg(column - inputs.size()) : inputs[column].path;
            item.label = isEvent ? events[column - inputs.size()].label : inputs[column].label;
            item.rankCorrelation = RankCorrelation::pearson(drawRankColumns[column], metricRankColumns[metricIndex]);
            s.importance.push_back(item);
        }
        std::stable_sort(s.importance.begin(), s.importance.end(),
                         [](const ImportanceItem& a, const ImportanceItem& b) {
                             return std::abs(a.rankCorrelation) > std::abs(b.rankCorrelation);
                         });
        all.push_back(s);
    }
    return all;
}

} // namespace suanpan
