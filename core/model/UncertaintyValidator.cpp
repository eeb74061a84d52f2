#include "UncertaintyValidator.h"

#include "network/NetworkPaths.h"

#include "NumberTargets.h"
#include "risk/Marginal.h"
#include "risk/RankCorrelation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace suanpan {

namespace {

/// A distribution carrying this little probability inside its field's range is a typing error, not a belief.
constexpr double kMinimumMass = 1e-6;

bool bounded(DistributionType type)
{
    return type != DistributionType::Normal && type != DistributionType::Lognormal;
}

/// Checks the parameters alone; returns false when they are malformed (range checks would only repeat it).
bool checkParameters(const DistributionSpec& d, const QString& path, ValidationReport& report)
{
    const std::size_t before = report.issues().size();
    if (!bounded(d.type)) {
        if (d.sd < 0) {
            report.add(path + QStringLiteral(".sd"),
                       QCoreApplication::translate("Validation", "a standard deviation cannot be negative (%1)")
                           .arg(numberText(d.sd)));
        }
        if (d.type == DistributionType::Lognormal && d.mean <= 0) {
            report.add(path + QStringLiteral(".mean"),
                       QCoreApplication::translate("Validation", "a lognormal distribution needs a mean above 0 (%1)")
                           .arg(numberText(d.mean)));
        }
    } else if (d.min > d.max) {
        report.add(path + QStringLiteral(".min"), QCoreApplication::translate("Validation", "min %1 is above max %2")
                                                      .arg(numberText(d.min), numberText(d.max)));
    } else if (d.type != DistributionType::Uniform && (d.mode < d.min || d.mode > d.max)) {
        report.add(path + QStringLiteral(".mode"),
                   QCoreApplication::translate("Validation", "the mode %1 is outside min … max (%2 … %3)")
                       .arg(numberText(d.mode), numberText(d.min), numberText(d.max)));
    }
    return report.issues().size() == before;
}

/// Checks that the distribution fits what its targets allow: the field's range for values, ≥ 0 for factors.
void checkFit(const UncertainInput& input, const FieldSpec& spec, const QString& path, ValidationReport& report)
{
    const DistributionSpec& d = input.distribution;
    const bool factor = input.apply == UncertainApply::Factor;
    const double lower = factor ? 0.0 : spec.min;
    const double upper = factor ? Marginal::kInfinity : spec.max;
    if (bounded(d.type)) {
        for (const auto& [value, key] : {std::pair{d.min, ".min"}, std::pair{d.max, ".max"}}) {
            if (factor && value < 0) {
                report.add(path + QLatin1String(key),
                           QCoreApplication::translate("Validation", "a factor cannot be negative (%1)")
                               .arg(numberText(value)));
            } else if (!factor && (value < lower || value > upper)) {
                report.add(path + QLatin1String(key),
                           QCoreApplication::translate("Validation", "%1 is outside the field's allowed range %2")
                               .arg(numberText(value), rangeText(spec)));
            }
        }
        return;
    }
    if (Marginal(d, lower, upper).massInside() < kMinimumMass) {
        report.add(path, factor ? QCoreApplication::translate("Validation",
                                                              "gives a factor below 0 almost always; a factor "
                                                              "multiplies the scenario's value and must be positive")
                                : QCoreApplication::translate("Validation",
                                                              "has almost no probability inside the field's allowed "
                                                              "range %1")
                                      .arg(rangeText(spec)));
    }
}

void checkInputs(ResolvedScenario& scenario, const std::vector<UncertainInput>& inputs, ValidationReport& report)
{
    QStringList paths;
    for (const UncertainInput& input : inputs) {
        paths << input.path;
    }
    const std::vector<std::vector<NumberTarget>> targets = NumberTargets::find(scenario, paths);
    QHash<QString, std::size_t> owner; // concrete path → the input that made it uncertain
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const UncertainInput& input = inputs[i];
        const QString base = QStringLiteral("uncertainty.inputs[%1]").arg(i);
        const QString pathField = base + QStringLiteral(".path");
        const bool wellFormed = checkParameters(input.distribution, base + QStringLiteral(".distribution"), report);
        if (input.path.isEmpty()) {
            continue; // reported as missing by the reader
        }
        if (targets[i].empty()) {
            report.add(pathField,
                       QCoreApplication::translate("Validation", "\"%1\" is not a numeric field of this scenario "
                                                                 "(examples: %2)")
                           .arg(input.path.left(80), NumberTargets::examplePaths()));
            continue;
        }
        bool movable = true;
        for (const NumberTarget& target : targets[i]) {
            const QString reason = NumberTargets::immovableReason(target.path);
            if (!reason.isEmpty()) {
                report.add(pathField, QCoreApplication::translate("Validation", "%1 cannot be uncertain: it %2")
                                          .arg(target.path, reason));
                movable = false;
                break;
            }
            if (const auto it = owner.constFind(target.path); it != owner.constEnd()) {
                report.add(pathField, QCoreApplication::translate("Validation", "%1 is already uncertain through "
                                                                                "uncertainty.inputs[%2]")
                                          .arg(target.path)
                                          .arg(*it));
                movable = false;
                break;
            }
            owner.insert(target.path, i);
        }
        if (movable && wellFormed) {
            checkFit(input, *targets[i].front().spec, base + QStringLiteral(".distribution"), report);
        }
    }
}

/// A rival entry needs a network, a node of it (or the proposed center's) and a year within the horizon.
void checkRivalEntry(const Scenario& s, const RiskEvent& event, std::size_t i, ValidationReport& report)
{
    const QString base = QStringLiteral("uncertainty.events[%1].").arg(i);
    if (!s.network.enabled()) {
        report.add(base + QStringLiteral("type"),
                   QCoreApplication::translate("Validation", "a rival can only open in a network (network.node)"));
        return;
    }
    const NetworkInput complete = completeNetwork(s.network);
    const bool known = std::any_of(complete.nodes.begin(), complete.nodes.end(),
                                   [&event](const NetworkNode& node) { return node.id == event.node; });
    if (!event.node.isEmpty() && !known) {
        report.add(
            base + QStringLiteral("node"),
            QCoreApplication::translate("Validation", "\"%1\" is not a node of the network").arg(event.node.left(40)));
    }
    if (event.year < s.startYear || event.year >= s.startYear + s.horizonYears) {
        report.add(base + QStringLiteral("year"),
                   QCoreApplication::translate("Validation", "%1 is outside the horizon %2 … %3")
                       .arg(event.year)
                       .arg(s.startYear)
                       .arg(s.startYear + s.horizonYears - 1));
    }
}

void checkEvents(const ResolvedScenario& scenario, const std::vector<RiskEvent>& events, ValidationReport& report)
{
    const Scenario& s = scenario.input;
    bool anyImported = false;
    for (const ChipSpec& chip : scenario.chips) {
        anyImported = anyImported || !chip.domestic;
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const RiskEvent& event = events[i];
        if (event.type == RiskEventType::ContractLoss) {
            const auto count = static_cast<int>(s.contracts.size());
            if (count == 0) {
                report.add(QStringLiteral("uncertainty.events[%1].type").arg(i),
                           QCoreApplication::translate("Validation", "the scenario has no revenue contract to lose"));
            } else if (event.contract >= count) {
                report.add(QStringLiteral("uncertainty.events[%1].contract").arg(i),
                           QCoreApplication::translate("Validation", "%1 is outside the allowed range 0 … %2 (the "
                                                                     "scenario's contracts, counted from 0)")
                               .arg(event.contract)
                               .arg(count - 1));
            }
            continue;
        }
        if (event.type == RiskEventType::RivalEntry) {
            checkRivalEntry(s, event, i, report);
            continue;
        }
        if (event.type != RiskEventType::ChipSupplyCut) {
            continue;
        }
        const QString path = QStringLiteral("uncertainty.events[%1].chipId").arg(i);
        const bool inMix = std::any_of(s.chipMix.begin(), s.chipMix.end(),
                                       [&event](const ChipDeployment& chip) { return chip.chipId == event.chipId; });
        if (!event.chipId.isEmpty() && !inMix) {
            report.add(path, QCoreApplication::translate("Validation", "\"%1\" is not a chip of the chip mix")
                                 .arg(event.chipId.left(40)));
        } else if (event.chipId.isEmpty() && !anyImported) {
            report.add(path,
                       QCoreApplication::translate(
                           "Validation", "the chip mix has no imported chip; name the chip this supply cut affects"));
        }
    }
}

void checkCorrelations(const std::vector<UncertainInput>& inputs, const std::vector<InputCorrelation>& correlations,
                       ValidationReport& report)
{
    QHash<QString, std::size_t> inputIndex;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        inputIndex.insert(inputs[i].path, i);
    }
    QHash<QPair<std::size_t, std::size_t>, std::size_t> pairs;
    bool complete = true;
    for (std::size_t i = 0; i < correlations.size(); ++i) {
        const InputCorrelation& c = correlations[i];
        const QString base = QStringLiteral("uncertainty.correlations[%1]").arg(i);
        bool named = true;
        for (const auto& [path, key] : {std::pair{c.a, ".a"}, std::pair{c.b, ".b"}}) {
            if (!inputIndex.contains(path)) {
                report.add(base + QLatin1String(key),
                           QCoreApplication::translate("Validation", "\"%1\" is not the path of an uncertain input "
                                                                     "(uncertainty.inputs[].path)")
                               .arg(path.left(80)));
                named = false;
            }
        }
        complete = complete && named && std::abs(c.rho) <= 1.0;
        if (!named) {
            continue;
        }
        const std::size_t a = inputIndex.value(c.a);
        const std::size_t b = inputIndex.value(c.b);
        if (a == b) {
            report.add(base + QStringLiteral(".b"),
                       QCoreApplication::translate("Validation", "a correlation needs two different inputs"));
            complete = false;
            continue;
        }
        const QPair<std::size_t, std::size_t> key(std::min(a, b), std::max(a, b));
        if (const auto it = pairs.constFind(key); it != pairs.constEnd()) {
            report.add(base, QCoreApplication::translate("Validation", "these two inputs are already correlated by "
                                                                       "uncertainty.correlations[%1]")
                                 .arg(*it));
            complete = false;
            continue;
        }
        pairs.insert(key, i);
    }
    if (!complete || pairs.isEmpty()) {
        return; // the matrix is only meaningful once every entry is
    }
    // The matrix the sampler will impose (normal scores), over the inputs that take part.
    std::vector<std::size_t> members;
    for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
        for (std::size_t input : {it.key().first, it.key().second}) {
            if (std::find(members.begin(), members.end(), input) == members.end()) {
                members.push_back(input);
            }
        }
    }
    std::sort(members.begin(), members.end());
    const std::size_t n = members.size();
    std::vector<double> matrix(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        matrix[i * n + i] = 1.0;
    }
    auto position = [&members](std::size_t input) {
        return static_cast<std::size_t>(std::find(members.begin(), members.end(), input) - members.begin());
    };
    for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
        const std::size_t a = position(it.key().first);
        const std::size_t b = position(it.key().second);
        matrix[a * n + b] = matrix[b * n + a] = RankCorrelation::pearsonOfNormalScores(correlations[it.value()].rho);
    }
    std::size_t failed = 0;
    if (!RankCorrelation::cholesky(matrix, n, &failed)) {
        report.add(QStringLiteral("uncertainty.correlations"),
                   QCoreApplication::translate(
                       "Validation",
                       "these correlations cannot all hold at once (the correlation matrix is not positive definite; "
                       "the conflict shows at %1): weaken the strongest of them, and move fields that always move "
                       "together with one input and [*] instead of a correlation of ±1")
                       .arg(inputs[members[failed]].path));
    }
}

} // namespace

void checkUncertainty(const ResolvedScenario& scenario, ValidationReport& report)
{
    const Uncertainty& u = scenario.input.uncertainty;
    if (u.isEmpty()) {
        return;
    }
    if (u.inputs.size() + u.events.size() > kMaxUncertainDimensions) {
        report.add(QStringLiteral("uncertainty"),
                   QCoreApplication::translate("Validation", "%1 uncertain inputs and events; at most %2 are allowed")
                       .arg(u.inputs.size() + u.events.size())
                       .arg(kMaxUncertainDimensions));
        return;
    }
    ResolvedScenario copy = scenario; // targets point into the scenario they were found in
    checkInputs(copy, u.inputs, report);
    checkEvents(scenario, u.events, report);
    checkCorrelations(u.inputs, u.correlations, report);
}

} // namespace suanpan
