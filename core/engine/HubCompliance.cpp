// The national and hub rules that apply where the center stands (data/policies/rules.json), checked with a reason
// each (methodology §8.3). They decide no money, so they are checked only when details are asked for.

#include "EngineInternal.h"
#include "policy/HubRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace suanpan::detail {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

/// Standard racks of 2.5 kW the center's built IT power amounts to (the size classes' measure).
double standardRacks(const ResolvedScenario& r, const Results& results)
{
    double built = 0;
    for (const YearResult& year : results.years) {
        built = std::max(built, year.racksBuilt);
    }
    return built * r.input.racks.designKwPerRack / kStandardRackKw;
}

/// What the rule asks and what the center does; `met` is set.
std::pair<QString, QString> checkRule(const HubRule& rule, const ResolvedScenario& r, const YearResult& assessed,
                                      bool& met)
{
    switch (rule.test) {
    case HubRuleTest::RegionPueLimit: {
        const double pue = designPue(r);
        const bool chinese = QLocale().language() == QLocale::Chinese && !r.region.nameZh.isEmpty();
        met = r.region.pueLimit <= 0 || pue <= r.region.pueLimit;
        return {QCoreApplication::translate("Compliance", "Design PUE at most %1 (%2)")
                    .arg(QString::number(r.region.pueLimit, 'f', 2), chinese ? r.region.nameZh : r.region.name),
                QCoreApplication::translate("Compliance", "design PUE %1").arg(QString::number(pue, 'f', 3))};
    }
    case HubRuleTest::MaxMeasuredPue:
        met = assessed.pue > 0 && assessed.pue <= rule.limit;
        return {QCoreApplication::translate("Compliance", "PUE at most %1").arg(QString::number(rule.limit, 'f', 2)),
                QCoreApplication::translate("Compliance", "measured PUE %1 in project year %2")
                    .arg(QString::number(assessed.pue, 'f', 3))
                    .arg(assessed.projectYear)};
    case HubRuleTest::MinGreenShare:
        met = r.input.power.greenShare >= rule.limit;
        return {
            QCoreApplication::translate("Compliance", "Green power above %1 of electricity").arg(percent(rule.limit)),
            QCoreApplication::translate("Compliance", "%1 bought as green power")
                .arg(percent(r.input.power.greenShare))};
    case HubRuleTest::MinRackingRate:
        met = assessed.rackingRate >= rule.limit;
        return {QCoreApplication::translate("Compliance", "Racking rate at least %1").arg(percent(rule.limit)),
                QCoreApplication::translate("Compliance", "%1 of built racks filled in project year %2")
                    .arg(percent(assessed.rackingRate))
                    .arg(assessed.projectYear)};
    }
    return {};
}

} // namespace

void assessHubRules(const ResolvedScenario& r, const EngineOptions& options, Results& results)
{
    if (!options.details || results.years.empty()) {
        return;
    }
    const YearResult& assessed = results.years[assessmentYear(r)];
    const double size = standardRacks(r, results);
    for (const HubRule& rule : HubRules::builtIn().rules()) {
        if (!rule.appliesIn(r.region.id)) {
            continue;
        }
        ComplianceItem item;
        item.subsidy = rule.name.in(QLocale()); // the language shown (installTranslators sets the default locale)
        item.kind = rule.binding ? ComplianceKind::Rule : ComplianceKind::Target;
        item.source = rule.source;
        std::tie(item.condition, item.detail) = checkRule(rule, r, assessed, item.met);
        if (size < rule.minStandardRacks) {
            item.applies = false;
            item.met = true;
            item.detail =
                QCoreApplication::translate("Compliance", "does not apply: %1 standard racks of 2.5 kW, below %2")
                    .arg(QString::number(size, 'f', 0), QString::number(rule.minStandardRacks, 'f', 0));
        }
        results.compliance.push_back(item);
    }
}

} // namespace suanpan::detail
