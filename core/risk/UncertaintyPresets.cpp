#include "UncertaintyPresets.h"

#include "model/NumberTargets.h"
#include "model/ScenarioValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace suanpan::UncertaintyPresets {

namespace {

DistributionSpec distributionOf(const QJsonObject& o)
{
    DistributionSpec d;
    d.type =
        enumFromKey<DistributionType>(o.value(QStringLiteral("type")).toString()).value_or(DistributionType::Uniform);
    d.mean = o.value(QStringLiteral("mean")).toDouble();
    d.sd = o.value(QStringLiteral("sd")).toDouble();
    d.min = o.value(QStringLiteral("min")).toDouble();
    d.mode = o.value(QStringLiteral("mode")).toDouble();
    d.max = o.value(QStringLiteral("max")).toDouble();
    return d;
}

/// Chip ids of the mix in mix order, each once, that are (or are not) domestic.
QStringList chipIds(const ResolvedScenario& r, bool domestic)
{
    QStringList ids;
    for (std::size_t c = 0; c < r.chips.size(); ++c) {
        if (r.chips[c].domestic == domestic && !ids.contains(r.input.chipMix[c].chipId)) {
            ids << r.input.chipMix[c].chipId;
        }
    }
    return ids;
}

/// The probability of a cut at one delivery, from a chip's risk of losing supply over the horizon.
double cutProbability(const ResolvedScenario& r, const QString& chipId)
{
    for (std::size_t c = 0; c < r.chips.size(); ++c) {
        if (r.input.chipMix[c].chipId == chipId) {
            const ChipSpec& chip = r.chips[c];
            const double deliveries =
                std::max(1.0, std::ceil(r.input.horizonYears / std::max(1.0, chip.economicLifeYears)));
            const double p = 1.0 - std::pow(1.0 - std::clamp(chip.supplyRisk, 0.0, 1.0), 1.0 / deliveries);
            return std::round(p * 1000.0) / 1000.0; // three decimals, as a planner would write it
        }
    }
    return 0.0;
}

} // namespace

const QJsonObject& shipped()
{
    static const QJsonObject presets = [] {
        QFile file(QStringLiteral(":/risk/uncertainty-presets.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return presets;
}

Uncertainty forScenario(const ResolvedScenario& scenario)
{
    Uncertainty u;
    ResolvedScenario scratch = scenario;
    for (const QJsonValue& value : shipped().value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject preset = value.toObject();
        const QString path = preset.value(QStringLiteral("path")).toString();
        UncertainInput input;
        input.apply = enumFromKey<UncertainApply>(preset.value(QStringLiteral("apply")).toString())
                          .value_or(UncertainApply::Value);
        input.distribution = distributionOf(preset.value(QStringLiteral("distribution")).toObject());
        input.note = preset.value(QStringLiteral("note")).toString();
        QStringList paths;
        if (path.contains(QLatin1String("[domestic]"))) {
            for (const QString& id : chipIds(scenario, true)) {
                paths << QString(path).replace(QLatin1String("[domestic]"), QLatin1Char('[') + id + QLatin1Char(']'));
            }
        } else {
            paths << path;
        }
        for (const QString& concrete : paths) {
            if (NumberTargets::find(scratch, concrete).empty()) {
                continue; // e.g. demand[*] in a scenario without demand segments
            }
            input.path = concrete;
            u.inputs.push_back(input);
        }
        const double rho = preset.value(QStringLiteral("correlation")).toDouble();
        for (qsizetype a = 0; rho != 0.0 && a < paths.size(); ++a) {
            for (qsizetype b = a + 1; b < paths.size(); ++b) {
                u.correlations.push_back({paths.at(a), paths.at(b), rho});
            }
        }
    }
    for (const QJsonValue& value : shipped().value(QStringLiteral("events")).toArray()) {
        const QJsonObject preset = value.toObject();
        RiskEvent event;
        event.type = enumFromKey<RiskEventType>(preset.value(QStringLiteral("type")).toString())
                         .value_or(RiskEventType::ConstructionDelay);
        event.delayMonths = preset.value(QStringLiteral("delayMonths")).toInt();
        event.note = preset.value(QStringLiteral("note")).toString();
        if (event.type == RiskEventType::ConstructionDelay) {
            event.probability = preset.value(QStringLiteral("probability")).toDouble();
            u.events.push_back(event);
            continue;
        }
        event.affectedShare = preset.value(QStringLiteral("affectedShare")).toDouble();
        for (const QString& id : chipIds(scenario, false)) {
            event.chipId = id;
            event.probability = cutProbability(scenario, id);
            if (event.probability > 0) {
                u.events.push_back(event);
            }
        }
    }
    return u;
}

int addTo(Scenario& scenario, const ResolvedScenario& resolved)
{
    const Uncertainty presets = forScenario(resolved);
    ResolvedScenario scratch = resolved;
    QSet<QString> uncertain;
    QStringList existing;
    for (const UncertainInput& input : scenario.uncertainty.inputs) {
        existing << input.path;
    }
    for (const auto& targets : NumberTargets::find(scratch, existing)) {
        for (const NumberTarget& target : targets) {
            uncertain.insert(target.path);
        }
    }
    int added = 0;
    QStringList addedPaths;
    for (const UncertainInput& input : presets.inputs) {
        const std::vector<NumberTarget> targets = NumberTargets::find(scratch, input.path);
        const bool taken = std::any_of(targets.begin(), targets.end(),
                                       [&uncertain](const NumberTarget& t) { return uncertain.contains(t.path); });
        if (!taken) {
            scenario.uncertainty.inputs.push_back(input);
            addedPaths << input.path;
            ++added;
        }
    }
    for (const InputCorrelation& c : presets.correlations) {
        if (addedPaths.contains(c.a) && addedPaths.contains(c.b)) {
            scenario.uncertainty.correlations.push_back(c);
        }
    }
    for (const RiskEvent& event : presets.events) {
        const bool present = std::any_of(
            scenario.uncertainty.events.begin(), scenario.uncertainty.events.end(), [&event](const RiskEvent& e) {
                return e.type == event.type &&
                       (e.type == RiskEventType::ConstructionDelay || e.chipId.isEmpty() || e.chipId == event.chipId);
            });
        if (!present) {
            scenario.uncertainty.events.push_back(event);
            ++added;
        }
    }
    return added;
}

std::optional<ResolvedScenario> withPresets(const ResolvedScenario& resolved, const Catalog& catalog,
                                            ValidationReport& report)
{
    Scenario scenario = resolved.input;
    addTo(scenario, resolved);
    return resolveScenario(scenario, catalog, report);
}

} // namespace suanpan::UncertaintyPresets
