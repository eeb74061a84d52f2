#include "ScenarioValidator.h"

#include "Catalog.h"
#include "CatalogParse.h"
#include "ContractValidator.h"
#include "FieldSpecs.h"
#include "ScenarioFields.h"
#include "Sizing.h"
#include "UncertaintyValidator.h"
#include "network/NetworkPaths.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace suanpan {

namespace {

void checkRanges(const Scenario& s, ValidationReport& report)
{
    visitNumbers(s, [&report](const QString& path, const auto& value) {
        const double number = static_cast<double>(value);
        const FieldSpec* spec = findFieldSpec(fieldPattern(path));
        if (!std::isfinite(number)) {
            report.add(path,
                       QCoreApplication::translate("Validation", "%1 is not a finite number").arg(numberText(number)));
        } else if (spec != nullptr && (number < spec->min || number > spec->max)) {
            report.add(path, QCoreApplication::translate("Validation", "%1 is outside the allowed range %2")
                                 .arg(numberText(number), rangeText(*spec)));
        }
    });
}

/// The spec of a catalog entry, or an "unknown id" message listing what exists.
const QJsonObject* lookUp(const Catalog& catalog, CatalogKind kind, const QString& id, const QString& path,
                          ValidationReport& report)
{
    const QJsonObject* entry = catalog.entry(kind, id);
    if (entry == nullptr) {
        report.add(path, QCoreApplication::translate("Validation", "\"%1\" is not in the %2 catalog (known: %3)")
                             .arg(id.left(40), catalogName(kind), catalog.ids(kind).join(QStringLiteral(", "))));
    }
    return entry;
}

void checkRacks(const Scenario& s, const CoolingSpec& cooling, const std::vector<ChipSpec>& chips, bool horizonValid,
                ValidationReport& report)
{
    const double density = s.racks.designKwPerRack;
    if (!(density > 0)) {
        return; // already reported by the range check
    }
    if (density > cooling.maxKwPerRack) {
        report.add(QStringLiteral("racks.designKwPerRack"),
                   QCoreApplication::translate("Validation", "rack density %1 kW exceeds the %2 kW that %3 supports")
                       .arg(numberText(density), numberText(cooling.maxKwPerRack), cooling.name));
    }
    // Against an invalid horizon (already reported) every month would look out of range.
    const int months = horizonValid ? s.horizonMonths() : std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < s.facilityPhases.size(); ++i) {
        if (s.facilityPhases[i].startMonth >= months) {
            report.add(QStringLiteral("facilityPhases[%1].startMonth").arg(i),
                       QCoreApplication::translate("Validation", "month %1 is after the %2-month horizon")
                           .arg(s.facilityPhases[i].startMonth)
                           .arg(months));
        }
    }
    // Racks needed by each deployment, then: at every deployment month, racks needed so far <= racks ready.
    std::vector<int> racksNeeded(s.chipMix.size(), 0);
    for (std::size_t i = 0; i < s.chipMix.size() && i < chips.size(); ++i) {
        if (s.chipMix[i].count <= 0 || chips[i].cardsPerServer < 1 || !(chips[i].serverMaxKw() > 0)) {
            continue; // out-of-range inputs were reported by the range checks
        }
        const int perRack = Sizing::serversPerRack(density, chips[i].serverMaxKw());
        if (perRack == 0) {
            report.add(
                QStringLiteral("chipMix[%1]").arg(i),
                QCoreApplication::translate(
                    "Validation", "one %1 server draws %2 kW, more than the %3 kW rack density (racks.designKwPerRack)")
                    .arg(chips[i].name, numberText(chips[i].serverMaxKw()), numberText(density)));
            continue;
        }
        racksNeeded[i] = Sizing::racks(Sizing::servers(s.chipMix[i].count, chips[i].cardsPerServer), perRack);
        if (s.chipMix[i].deployMonth >= months) {
            report.add(QStringLiteral("chipMix[%1].deployMonth").arg(i),
                       QCoreApplication::translate("Validation", "month %1 is after the %2-month horizon")
                           .arg(s.chipMix[i].deployMonth)
                           .arg(months));
        }
    }
    for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
        const int month = s.chipMix[i].deployMonth;
        int needed = 0;
        for (std::size_t k = 0; k < s.chipMix.size(); ++k) {
            needed += s.chipMix[k].deployMonth <= month ? racksNeeded[k] : 0;
        }
        int ready = 0;
        for (const FacilityPhase& phase : s.facilityPhases) {
            ready += Sizing::readyMonth(phase) <= month ? phase.rackPositions : 0;
        }
        if (needed > ready) {
            report.add(
                QStringLiteral("chipMix[%1].deployMonth").arg(i),
                QCoreApplication::translate(
                    "Validation", "by month %1 the deployed servers need %2 racks but only %3 rack positions are ready")
                    .arg(month)
                    .arg(needed)
                    .arg(ready));
        }
    }
}

bool canServe(const ChipSpec& chip, const DemandSegment& segment)
{
    return chip.effectivePflops(segment.workload, segment.precision) > 0;
}

void checkDemand(const Scenario& s, const std::vector<ChipSpec>& chips, bool horizonValid, ValidationReport& report)
{
    QSet<QString> ids;
    QSet<QString> chipIds;
    for (const ChipDeployment& chip : s.chipMix) {
        chipIds.insert(chip.chipId);
    }
    for (std::size_t i = 0; i < s.demand.size(); ++i) {
        const DemandSegment& d = s.demand[i];
        const QString path = QStringLiteral("demand[%1]").arg(i);
        if (d.id.isEmpty()) {
            report.add(path + QStringLiteral(".id"),
                       QCoreApplication::translate("Validation", "a segment needs an id"));
        } else if (ids.contains(d.id)) {
            report.add(path + QStringLiteral(".id"),
                       QCoreApplication::translate("Validation", "the id \"%1\" is used by another segment").arg(d.id));
        }
        ids.insert(d.id);
        for (qsizetype k = 0; k < d.allowedChips.size(); ++k) {
            if (!chipIds.contains(d.allowedChips.at(k))) {
                report.add(path + QStringLiteral(".allowedChips[%1]").arg(k),
                           QCoreApplication::translate("Validation", "\"%1\" is not a chip of the chip mix")
                               .arg(d.allowedChips.at(k).left(40)));
            }
        }
        bool served = false;
        for (std::size_t c = 0; c < chips.size() && c < s.chipMix.size(); ++c) {
            const bool allowed = d.allowedChips.isEmpty() || d.allowedChips.contains(s.chipMix[c].chipId);
            served = served || (allowed && canServe(chips[c], d));
        }
        if (!served && chips.size() == s.chipMix.size()) {
            report.add(path,
                       QCoreApplication::translate(
                           "Validation", "no chip in the mix can serve this segment (%1 at %2 or higher precision)")
                           .arg(displayName(d.workload), displayName(d.precision)));
        }
        const auto n = static_cast<std::size_t>(s.horizonYears);
        const std::size_t length = d.forecast.seriesPflops.size();
        if (horizonValid && d.forecast.type == ForecastType::Series && length != n && length != n * 12) {
            report.add(path + QStringLiteral(".forecast.seriesPflops"),
                       QCoreApplication::translate(
                           "Validation", "has %1 values; a series needs one per year (%2) or one per month (%3)")
                           .arg(length)
                           .arg(n)
                           .arg(n * 12));
        }
        if (d.forecast.type == ForecastType::SCurve && d.forecast.saturationPflops < d.forecast.baseDemandPflops) {
            report.add(
                path + QStringLiteral(".forecast.saturationPflops"),
                QCoreApplication::translate("Validation", "the saturation level %1 P is below the starting demand %2 P")
                    .arg(numberText(d.forecast.saturationPflops), numberText(d.forecast.baseDemandPflops)));
        }
    }
    const QStringList& eligible = s.policies.vouchers.eligibleSegments;
    for (qsizetype k = 0; k < eligible.size(); ++k) {
        if (!ids.contains(eligible.at(k))) {
            report.add(QStringLiteral("policies.vouchers.eligibleSegments[%1]").arg(k),
                       QCoreApplication::translate("Validation", "\"%1\" is not a demand segment")
                           .arg(eligible.at(k).left(40)));
        }
    }
}

void checkPolicies(const Scenario& s, bool horizonValid, ValidationReport& report)
{
    for (std::size_t i = 0; i < s.policies.capexSubsidies.size(); ++i) {
        const CapexSubsidy& c = s.policies.capexSubsidies[i];
        const QString path = QStringLiteral("policies.capexSubsidies[%1]").arg(i);
        if (c.conditions.maxPue > 0 && c.conditions.maxPue < 1) {
            report.add(
                path + QStringLiteral(".conditions.maxPue"),
                QCoreApplication::translate(
                    "Validation", "a PUE of %1 is below 1, which no center can reach; use 0 for no PUE condition")
                    .arg(numberText(c.conditions.maxPue)));
        }
        double weights = 0;
        for (const PayerShare& payer : c.payers) {
            weights += payer.weight;
        }
        if (!c.payers.empty() && weights <= 0) {
            report.add(path + QStringLiteral(".payers"),
                       QCoreApplication::translate("Validation", "the payers' weights must add up to more than 0"));
        }
        if (horizonValid && c.paymentYear > s.horizonYears) {
            report.add(path + QStringLiteral(".paymentYear"),
                       QCoreApplication::translate("Validation", "year %1 is after the %2-year horizon")
                           .arg(c.paymentYear)
                           .arg(s.horizonYears));
        }
        if (c.clawback.metric != ClawbackMetric::None && horizonValid &&
            (c.clawback.year < 1 || c.clawback.year > s.horizonYears)) {
            report.add(path + QStringLiteral(".clawback.year"),
                       QCoreApplication::translate("Validation", "year %1 is not a project year: use 1 … %2 (the "
                                                                 "horizon)")
                           .arg(c.clawback.year)
                           .arg(s.horizonYears));
        }
    }
    // Two schemes may cover one item, but together not more than all of it: the public would pay more than the
    // item costs. Checked item by item (a scheme without a list covers every item).
    for (int item = 0; item < kCapexItemCount; ++item) {
        double rates = 0;
        QStringList names;
        for (const CapexSubsidy& c : s.policies.capexSubsidies) {
            const auto covers =
                c.eligibleItems.empty() || std::find(c.eligibleItems.begin(), c.eligibleItems.end(),
                                                     static_cast<CapexItem>(item)) != c.eligibleItems.end();
            if (covers && c.rate > 0) {
                rates += c.rate;
                names << c.name.left(40);
            }
        }
        if (rates > 1.0 + 1e-12) {
            report.add(
                QStringLiteral("policies.capexSubsidies"),
                QCoreApplication::translate("Validation", "the rates of %1 add up to %2 of %3, more than all of it")
                    .arg(names.join(QStringLiteral(" + ")), numberText(rates * 100.0) + QLatin1Char('%'),
                         toKey(static_cast<CapexItem>(item))));
            break; // one item is enough to show the overlap
        }
    }
    if (horizonValid && s.finance.debtShare > 0 && s.finance.debtTenorYears > s.horizonYears) {
        report.add(
            QStringLiteral("finance.debtTenorYears"),
            QCoreApplication::translate("Validation", "a loan of %1 years cannot be repaid within the %2-year horizon")
                .arg(s.finance.debtTenorYears)
                .arg(s.horizonYears));
    }
}

/// The chips that refreshes buy (chipMix[].refreshChipId): catalog ids, whose servers must fit the racks.
void resolveRefreshChips(const Scenario& s, const Catalog& catalog, ResolvedScenario& resolved,
                         ValidationReport& report)
{
    const bool any = std::any_of(s.chipMix.begin(), s.chipMix.end(),
                                 [](const ChipDeployment& c) { return !c.refreshChipId.isEmpty(); });
    if (!any) {
        return;
    }
    resolved.refreshChips.assign(s.chipMix.size(), std::nullopt);
    for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
        const QString& id = s.chipMix[i].refreshChipId;
        const QString path = QStringLiteral("chipMix[%1].refreshChipId").arg(i);
        if (id.isEmpty()) {
            continue;
        }
        const QJsonObject* e = lookUp(catalog, CatalogKind::Chips, id, path, report);
        if (e == nullptr) {
            continue;
        }
        const ChipSpec spec = CatalogParse::chip(*e, QJsonObject(), path, report);
        const double density = s.racks.designKwPerRack;
        if (density > 0 && Sizing::serversPerRack(density, spec.serverMaxKw()) < 1) {
            report.add(path, QCoreApplication::translate("Validation",
                                                         "one %1 server draws %2 kW, more than the %3 kW a rack is "
                                                         "designed for: the refresh would not fit the racks")
                                 .arg(spec.name, numberText(spec.serverMaxKw()), numberText(density)));
        }
        resolved.refreshChips[i] = spec;
    }
}

/// A colocated center buys its power from the host at the host's PUE (methodology §4.5): no tariff of its own.
void checkColocation(const Scenario& s, ValidationReport& report)
{
    if (s.facility.housing != Housing::Colocation) {
        return;
    }
    if (s.power.tariffMode != TariffMode::EnergyOnly) {
        report.add(QStringLiteral("power.tariffMode"),
                   QCoreApplication::translate("Validation", "a center housed in a third-party IDC pays the host for "
                                                             "energy only; capacity and demand charges are the host's "
                                                             "(use \"energyOnly\")"));
    }
    if (s.power.solarKwp > 0) {
        report.add(QStringLiteral("power.solarKwp"),
                   QCoreApplication::translate(
                       "Validation", "a center housed in a third-party IDC has no site for solar of its own"));
    }
}

/// The network, completed from its base and checked (methodology §14), and the segments that draw on it. The input
/// keeps only the scenario's own entries: what is saved is what the planner typed.
void checkNetwork(const Scenario& s, const Catalog& catalog, ResolvedScenario& resolved, ValidationReport& report)
{
    if (s.network.enabled()) {
        resolved.network = resolveNetwork(resolved.input.network, catalog, report);
        return;
    }
    for (std::size_t i = 0; i < s.demand.size(); ++i) {
        if (s.demand[i].forecast.type == ForecastType::Network) {
            report.add(QStringLiteral("demand[%1].forecast.type").arg(i),
                       QCoreApplication::translate("Validation", "a network forecast needs a network (network.node: "
                                                                 "where the center stands)"));
        }
    }
}

} // namespace

std::optional<QString> scenarioNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return QCoreApplication::translate("Validation", "a scenario needs a name");
    }
    if (name.size() > kMaxScenarioNameChars) {
        return QCoreApplication::translate("Validation", "%1 characters; at most %2 fit")
            .arg(name.size())
            .arg(kMaxScenarioNameChars);
    }
    if (!name.isValidUtf16() || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
        return QCoreApplication::translate("Validation",
                                           "holds a control character (such as a line break) or broken text");
    }
    return std::nullopt;
}

std::optional<ResolvedScenario> resolveScenario(const Scenario& s, const Catalog& catalog, ValidationReport& report)
{
    const std::size_t before = report.issues().size();
    checkRanges(s, report);
    // Checks against the horizon are left out while the horizon itself is wrong: they would only repeat it.
    const bool horizonValid = report.issuesAt(QStringLiteral("horizonYears")).empty();
    if (const std::optional<QString> problem = scenarioNameProblem(s.name)) {
        report.add(QStringLiteral("name"), *problem);
    }
    if (s.facilityPhases.empty()) {
        report.add(QStringLiteral("facilityPhases"),
                   QCoreApplication::translate("Validation", "needs at least one entry"));
    }
    if (s.chipMix.empty()) {
        report.add(QStringLiteral("chipMix"), QCoreApplication::translate("Validation", "needs at least one entry"));
    }

    ResolvedScenario resolved;
    resolved.input = s;
    bool specsComplete = true;
    if (const QJsonObject* e =
            lookUp(catalog, CatalogKind::Regions, s.site.regionId, QStringLiteral("site.regionId"), report)) {
        resolved.region = CatalogParse::region(*e, s.site.override, QStringLiteral("site.override"), report);
    }
    if (const QJsonObject* e = lookUp(catalog, CatalogKind::Cooling, s.cooling.technologyId,
                                      QStringLiteral("cooling.technologyId"), report)) {
        resolved.cooling = CatalogParse::cooling(*e, s.cooling.override, QStringLiteral("cooling.override"), report);
    } else {
        specsComplete = false;
    }
    if (const QJsonObject* e = lookUp(catalog, CatalogKind::Redundancy, s.power.redundancyId,
                                      QStringLiteral("power.redundancyId"), report)) {
        resolved.redundancy = CatalogParse::redundancy(*e, report);
    }
    for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
        const QString path = QStringLiteral("chipMix[%1]").arg(i);
        if (const QJsonObject* e =
                lookUp(catalog, CatalogKind::Chips, s.chipMix[i].chipId, path + QStringLiteral(".chipId"), report)) {
            resolved.chips.push_back(
                CatalogParse::chip(*e, s.chipMix[i].override, path + QStringLiteral(".override"), report));
        } else {
            specsComplete = false;
        }
    }
    resolveRefreshChips(s, catalog, resolved, report);
    // Rack and demand checks need every spec; with an unknown id they would only repeat that problem.
    if (specsComplete) {
        checkRacks(s, resolved.cooling, resolved.chips, horizonValid, report);
        checkDemand(s, resolved.chips, horizonValid, report);
        checkContracts(s, resolved.chips, horizonValid, report);
        checkUncertainty(resolved, report);
    }
    checkPolicies(s, horizonValid, report);
    checkColocation(s, report);
    checkNetwork(s, catalog, resolved, report);
    if (s.power.touPeakHours + s.power.touValleyHours > 24) {
        report.add(QStringLiteral("power.touValleyHours"),
                   QCoreApplication::translate("Validation", "%1 peak and %2 valley hours exceed the 24 hours of a day")
                       .arg(numberText(s.power.touPeakHours), numberText(s.power.touValleyHours)));
    }
    if (report.issues().size() != before) {
        return std::nullopt;
    }
    return resolved;
}

} // namespace suanpan
