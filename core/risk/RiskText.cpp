#include "RiskText.h"

#include "report/NumberFormat.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

constexpr std::size_t kTornadoBars = 8;

int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar ch : text) {
        width += ch.unicode() >= 0x2E80 ? 2 : 1; // CJK characters take two terminal columns
    }
    return width;
}
QString padRight(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}
QString padLeft(const QString& text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

/// A metric's value as people read it: money with its magnitude, shares as percentages, years.
QString metricText(RiskMetric metric, double value, const QLocale& l)
{
    switch (metricKind(metric)) {
    case MetricKind::Money:
        return NumberFormat::money(value, l);
    case MetricKind::Share:
        return NumberFormat::percent(value, l);
    case MetricKind::Years:
        return QCoreApplication::translate("Risk", "%1 years").arg(NumberFormat::number(value, l, 1));
    }
    return {};
}

/// An input's value: "×0.85" for a factor, else the number with up to four significant digits.
QString inputText(double value, bool factor, const QLocale& l)
{
    const QString number = l.toString(value, 'g', 4);
    return factor ? QStringLiteral("×") + number : number;
}

void headline(QStringList& out, const RiskResults& r, const QLocale& l)
{
    const HeadlineRisks& h = r.headline;
    out << QString() << QCoreApplication::translate("Risk", "Headline risks");
    auto row = [&out, &l](const QString& label, double p) {
        out << QStringLiteral("  ") + padRight(label, 46) + padLeft(NumberFormat::percent(p, l), 7);
    };
    row(QCoreApplication::translate("Risk", "P(average utilization < %1)")
            .arg(NumberFormat::percent(h.utilizationThreshold, l, 0)),
        h.probabilityUtilizationBelow);
    row(QCoreApplication::translate("Risk", "P(NPV after tax < 0)"), h.probabilityNpvNegative);
    row(QCoreApplication::translate("Risk", "P(payback later than the horizon)"), h.probabilityNoPayback);
    row(QCoreApplication::translate("Risk", "P(no project IRR after tax)"), h.probabilityNoIrr);
}

void distributions(QStringList& out, const RiskResults& r, const QLocale& l)
{
    out << QString() << QCoreApplication::translate("Risk", "Distributions");
    const int label = 28;
    const int cell = 13;
    out << QStringLiteral("  ") + padRight(QString(), label) +
               padLeft(QCoreApplication::translate("Risk", "P10"), cell) +
               padLeft(QCoreApplication::translate("Risk", "P50"), cell) +
               padLeft(QCoreApplication::translate("Risk", "P90"), cell) +
               padLeft(QCoreApplication::translate("Risk", "Mean"), cell) +
               padLeft(QCoreApplication::translate("Risk", "As planned"), cell);
    for (const OutputDistribution& d : r.outputs) {
        QString line = QStringLiteral("  ") + padRight(displayName(d.metric), label);
        if (d.count == 0) {
            line += QStringLiteral("  ") +
                    (d.metric == RiskMetric::PaybackYears
                         ? QCoreApplication::translate("Risk", "no payback within the horizon in any trial")
                         : QCoreApplication::translate("Risk", "none in any trial"));
            out << line;
            continue;
        }
        {
            for (double value : {d.p10, d.p50, d.p90, d.mean}) {
                line += padLeft(metricText(d.metric, value, l), cell);
            }
            line += padLeft(d.deterministicMissing ? QCoreApplication::translate("Risk", "none")
                                                   : metricText(d.metric, d.deterministic, l),
                            cell);
        }
        out << line;
        if (d.missing > 0) {
            const double share =
                static_cast<double>(d.missing) / static_cast<double>(std::max<std::size_t>(1, r.trials));
            out << QStringLiteral("  ") + padRight(QString(), label) + QStringLiteral("  ") +
                       (d.metric == RiskMetric::PaybackYears
                            ? QCoreApplication::translate("Risk", "(no payback within the horizon in %1 of the trials; "
                                                                  "quantiles over the others)")
                            : QCoreApplication::translate("Risk", "(no IRR in %1 of the trials; quantiles over the "
                                                                  "others)"))
                           .arg(NumberFormat::percent(share, l));
        }
    }
}

void fanTable(QStringList& out, const FanChart& fan, bool money, const QLocale& l)
{
    const QString title = money ? QCoreApplication::translate("Risk", "Cumulative project cash flow by year (%1)")
                                      .arg(NumberFormat::tableMoneyUnit(l))
                                : QCoreApplication::translate("Risk", "Utilization by year");
    out << QString() << title;
    const int cell = 11;
    out << QStringLiteral("  ") + padLeft(QCoreApplication::translate("Risk", "Year"), 6) +
               padLeft(QCoreApplication::translate("Risk", "P10"), cell) +
               padLeft(QCoreApplication::translate("Risk", "P50"), cell) +
               padLeft(QCoreApplication::translate("Risk", "P90"), cell) +
               padLeft(QCoreApplication::translate("Risk", "As planned"), cell);
    auto format = [money, &l](double value) {
        return money ? NumberFormat::moneyInTableUnit(value, l) : NumberFormat::percent(value, l, 0);
    };
    for (std::size_t y = 0; y < fan.calendarYears.size(); ++y) {
        out << QStringLiteral("  ") + padLeft(QString::number(fan.calendarYears[y]), 6) +
                   padLeft(format(fan.p10[y]), cell) + padLeft(format(fan.p50[y]), cell) +
                   padLeft(format(fan.p90[y]), cell) +
                   padLeft(y < fan.deterministic.size() ? format(fan.deterministic[y]) : QString(), cell);
    }
}

void sensitivity(QStringList& out, const RiskResults& r, const QLocale& l)
{
    for (const Sensitivity& s : r.sensitivity) {
        // The two questions of the brief in text; all six outcomes are in the JSON and the desktop app.
        if (s.metric != RiskMetric::NpvAfterTax && s.metric != RiskMetric::AverageUtilization) {
            continue;
        }
        out << QString()
            << QCoreApplication::translate("Risk", "Tornado: %1 with one input at its P10 and P90, the others as "
                                                   "planned (%2 as planned)")
                   .arg(displayName(s.metric), metricText(s.metric, s.base, l));
        for (std::size_t i = 0; i < std::min(kTornadoBars, s.tornado.size()); ++i) {
            const TornadoBar& bar = s.tornado[i];
            bool factor = false;
            for (const InputSummary& input : r.inputs) {
                factor = factor || (input.path == bar.path && input.apply == UncertainApply::Factor);
            }
            const QString range = bar.event ? QCoreApplication::translate("Risk", "happens")
                                            : QStringLiteral("%1 … %2").arg(inputText(bar.inputLow, factor, l),
                                                                            inputText(bar.inputHigh, factor, l));
            out << QStringLiteral("  ") + padRight(bar.label, 60) + padRight(range, 20) +
                       QStringLiteral("%1 … %2").arg(metricText(s.metric, bar.outputLow, l),
                                                     metricText(s.metric, bar.outputHigh, l));
        }
        out << QCoreApplication::translate("Risk", "Importance: rank correlation of each input with %1 over the "
                                                   "trials")
                   .arg(displayName(s.metric));
        for (std::size_t i = 0; i < std::min(kTornadoBars, s.importance.size()); ++i) {
            const ImportanceItem& item = s.importance[i];
            out << QStringLiteral("  ") + padRight(item.label, 60) +
                       padLeft(l.toString(item.rankCorrelation, 'f', 2), 6);
        }
    }
}

void inputs(QStringList& out, const RiskResults& r, const QLocale& l)
{
    out << QString() << QCoreApplication::translate("Risk", "Uncertain inputs (P10 … P90 of each draw)");
    for (const InputSummary& input : r.inputs) {
        const bool factor = input.apply == UncertainApply::Factor;
        out << QStringLiteral("  ") + padRight(input.label, 60) +
                   QStringLiteral("%1 … %2").arg(inputText(input.p10, factor, l), inputText(input.p90, factor, l));
    }
    for (const EventSummary& event : r.events) {
        out << QStringLiteral("  ") + padRight(event.label, 60) +
                   QCoreApplication::translate("Risk", "p = %1, happened in %2 of the trials")
                       .arg(NumberFormat::percent(event.probability, l), NumberFormat::percent(event.occurredShare, l));
    }
}

} // namespace

QString riskSummary(const RiskResults& r, const QLocale& l)
{
    QStringList out;
    out << QCoreApplication::translate("Risk", "Risk analysis: %1").arg(r.scenario);
    out << QCoreApplication::translate("Risk", "%1 trials, %2 sampling, seed %3, %4 threads")
               .arg(NumberFormat::number(static_cast<double>(r.trials), l, 0),
                    r.settings.sampler == SamplerKind::Sobol ? QCoreApplication::translate("Risk", "Sobol")
                                                             : QCoreApplication::translate("Risk", "Latin hypercube"))
               .arg(r.settings.seed)
               .arg(r.threadsUsed);
    if (r.cancelled) {
        out << QCoreApplication::translate("Risk", "Cancelled before the end: no results.");
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    headline(out, r, l);
    distributions(out, r, l);
    inputs(out, r, l);
    sensitivity(out, r, l);
    fanTable(out, r.utilization, false, l);
    fanTable(out, r.cumulativeCashFlow, true, l);
    const Convergence& c = r.convergence;
    out << QString() << QCoreApplication::translate("Risk", "Convergence");
    out << QStringLiteral("  ") +
               QCoreApplication::translate("Risk",
                                           "Mean NPV %1 ± %2 (standard error); the P90 moved %3 of a standard "
                                           "deviation between the first half of the trials and all of them: %4.")
                   .arg(NumberFormat::money(c.meanNpvCny, l), NumberFormat::money(c.standardErrorCny, l),
                        NumberFormat::percent(c.p90ShiftShare, l),
                        c.stable ? QCoreApplication::translate("Risk", "stable")
                                 : QCoreApplication::translate("Risk", "not yet stable, run more trials"));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString goalSeekSummary(const GoalSeekRequest& request, const GoalSeekResult& result, const QLocale& l)
{
    QStringList out;
    const bool factor = request.apply == UncertainApply::Factor;
    const QString metric = request.onMedian
                               ? QCoreApplication::translate("Risk", "the P50 of %1").arg(displayName(request.metric))
                               : displayName(request.metric);
    // Input values: factors as "×0.85", large amounts with separators, others with six significant digits.
    auto input = [factor, &l](double v) {
        const QString text = std::abs(v) >= 1000 ? NumberFormat::number(v, l, 0) : l.toString(v, 'g', 6);
        return factor ? QStringLiteral("×") + text : text;
    };
    auto value = [&request, &l](const std::optional<double>& v) {
        return v ? metricText(request.metric, *v, l)
                 : (request.metric == RiskMetric::PaybackYears ? QCoreApplication::translate("Risk", "no payback")
                                                               : QCoreApplication::translate("Risk", "no IRR"));
    };
    out << QCoreApplication::translate("Risk", "Goal seek: %1 = %2 by varying %3 in %4 … %5")
               .arg(metric, metricText(request.metric, request.target, l), request.path, input(result.lower),
                    input(result.upper));
    if (request.onMedian) {
        out << QCoreApplication::translate("Risk", "(each value: %1 trials, seed %2, the same draws every time)")
                   .arg(NumberFormat::number(static_cast<double>(request.settings.trials), l, 0))
                   .arg(request.settings.seed);
    }
    if (result.cancelled) {
        out << QCoreApplication::translate("Risk", "Cancelled.");
    } else if (result.found) {
        out << QCoreApplication::translate("Risk", "Answer: %1 = %2 gives %3 = %4.")
                   .arg(request.path, input(result.value), metric, value(result.achieved));
        out << QCoreApplication::translate("Risk", "As the scenario stands (%1 = %2): %3.")
                   .arg(request.path, input(result.current), value(result.atCurrent));
        if (const auto problems = static_cast<int>(result.problemsAtAnswer.size()); problems > 0) {
            out << QCoreApplication::translate("Risk", "But with this value the scenario has %n problem(s):", nullptr,
                                               problems);
            for (const QString& problem : result.problemsAtAnswer) {
                out << QStringLiteral("  ") + problem;
            }
        }
    } else {
        // A missing metric sits where the search ranks it (no payback: later than any year; no IRR: below any).
        const bool above = result.atLower.value_or(missingRank(request.metric)) > request.target;
        out << (above ? QCoreApplication::translate("Risk", "No value in the range reaches the goal: %1 stays above "
                                                            "the target at both ends.")
                      : QCoreApplication::translate("Risk", "No value in the range reaches the goal: %1 stays below "
                                                            "the target at both ends."))
                   .arg(metric);
    }
    out << QCoreApplication::translate("Risk", "At the ends of the range: %1 at %2, %3 at %4 (%5 evaluations).")
               .arg(value(result.atLower), input(result.lower), value(result.atUpper), input(result.upper))
               .arg(result.evaluations);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace suanpan
