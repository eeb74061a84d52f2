#include "EngineInternal.h"
#include "model/FieldSpecs.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace suanpan::detail {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}
QString decimal(double value, int digits)
{
    return QString::number(value, 'f', digits);
}

} // namespace

std::size_t assessmentYear(const ResolvedScenario& r)
{
    const Scenario& s = r.input;
    int last = 0;
    for (std::size_t c = 0; c < s.chipMix.size(); ++c) {
        if (r.lives.empty() || r.lives[c].takesRacksOf < 0) { // the planned deployments, not later refreshes
            last = std::max(last, s.chipMix[c].deployMonth);
        }
    }
    // The first year that starts at or after the last deployment month.
    return static_cast<std::size_t>(std::min(s.horizonYears - 1, (last + 11) / 12));
}

double designPue(const ResolvedScenario& r)
{
    if (r.input.facility.housing == Housing::Colocation) {
        return r.input.colocation.hostPue; // the host's, passed through (methodology §4.5)
    }
    const PueModel& pue = r.cooling.pue;
    double mechanical = 0;
    for (double temperature : r.region.monthlyTempC) {
        mechanical += pue.mechanicalFraction(temperature) / 12.0;
    }
    return 1.0 + pue.fixedShare + pue.proportionalShare + pue.baseCoolingShare +
           pue.mechanicalCoolingShare * mechanical;
}

namespace {

/** \brief What the conditions of a capex subsidy are checked against (methodology §8). */
struct AssessedCenter {
    const YearResult* assessed = nullptr; ///< the first full year after the planned deployments
    double peakFp16 = 0;                  ///< P installed at the peak
    double domesticShare = 0;             ///< of the planned mix's FP16 compute
    double pueDesign = 0;
};

AssessedCenter assessedCenter(const ResolvedScenario& r, const Results& results)
{
    const Scenario& s = r.input;
    AssessedCenter center;
    center.assessed = &results.years[assessmentYear(r)];
    for (const YearResult& year : results.years) {
        center.peakFp16 = std::max(center.peakFp16, year.installedPflopsFp16);
    }
    double domesticFp16 = 0;
    double allFp16 = 0;
    for (std::size_t c = 0; c < s.chipMix.size(); ++c) {
        if (!r.lives.empty() && r.lives[c].takesRacksOf >= 0) {
            continue; // the domestic share is the planned mix's, not that of the chips a refresh buys
        }
        const double pflops = s.chipMix[c].count * r.chips[c].tflopsAt(Precision::Fp16) / 1000.0;
        allFp16 += pflops;
        domesticFp16 += r.chips[c].domestic ? pflops : 0.0;
    }
    center.domesticShare = allFp16 > 0 ? domesticFp16 / allFp16 : 0.0;
    center.pueDesign = designPue(r);
    return center;
}

/// Whether the center meets every condition of `subsidy`; with EngineOptions::details each condition checked is
/// written to the compliance list with what is asked and what the center does.
bool meetsConditions(const CapexSubsidy& subsidy, const AssessedCenter& center, bool details,
                     std::vector<ComplianceItem>& compliance)
{
    const SubsidyConditions& k = subsidy.conditions;
    const YearResult& assessed = *center.assessed;
    bool granted = true;
    auto condition = [&](bool met, const auto& texts) {
        if (details) {
            const auto [what, detail] = texts();
            compliance.push_back({subsidy.name, what, met, detail, ComplianceKind::SubsidyCondition, true, {}});
        }
        granted = granted && met;
    };
    if (k.minScalePflopsFp16 > 0) {
        condition(center.peakFp16 >= k.minScalePflopsFp16, [&] {
            return std::pair{
                QCoreApplication::translate("Compliance", "Installed FP16 compute at least %1 P")
                    .arg(decimal(k.minScalePflopsFp16, 1)),
                QCoreApplication::translate("Compliance", "%1 P installed").arg(decimal(center.peakFp16, 1))};
        });
    }
    if (k.maxPue > 0) {
        const bool measured = k.pueBasis == PueBasis::Measured;
        const double value = measured ? assessed.pue : center.pueDesign;
        condition(value > 0 && value <= k.maxPue, [&] {
            return std::pair{
                QCoreApplication::translate("Compliance", "PUE at most %1").arg(decimal(k.maxPue, 2)),
                measured ? QCoreApplication::translate(
                               "Compliance", "measured PUE %1 in project year %2 (first full year after deployment)")
                               .arg(decimal(value, 3))
                               .arg(assessed.projectYear)
                         : QCoreApplication::translate("Compliance", "design PUE %1 (full load, annual climate)")
                               .arg(decimal(value, 3))};
        });
    }
    if (k.minRackingRate > 0) {
        condition(assessed.rackingRate >= k.minRackingRate, [&] {
            return std::pair{
                QCoreApplication::translate("Compliance", "Racking rate at least %1").arg(percent(k.minRackingRate)),
                QCoreApplication::translate("Compliance", "%1 of built racks filled in project year %2")
                    .arg(percent(assessed.rackingRate))
                    .arg(assessed.projectYear)};
        });
    }
    if (k.minDomesticShare > 0) {
        condition(center.domesticShare >= k.minDomesticShare, [&] {
            return std::pair{
                QCoreApplication::translate("Compliance", "Domestic chips at least %1 of FP16 compute")
                    .arg(percent(k.minDomesticShare)),
                QCoreApplication::translate("Compliance", "%1 on domestic chips").arg(percent(center.domesticShare))};
        });
    }
    return granted;
}

/// The subsidy's eligible base, payment year and amount (0 when not granted).
SubsidyOutcome subsidyOutcome(const CapexSubsidy& subsidy, const ResolvedScenario& r, const CapexPlan& capex,
                              bool granted)
{
    const SubsidyConditions& k = subsidy.conditions;
    SubsidyOutcome outcome;
    outcome.name = subsidy.name;
    // A condition measured in operation (PUE, racking rate) can only be paid on after the year it is
    // measured in; the payment moves to the year after, at the latest the last year of the horizon.
    const bool measured = (k.maxPue > 0 && k.pueBasis == PueBasis::Measured) || k.minRackingRate > 0;
    const int earliest = measured ? static_cast<int>(assessmentYear(r)) + 2 : 1;
    outcome.paymentYear = std::min(r.input.horizonYears, std::max(subsidy.paymentYear, earliest));
    for (std::size_t item = 0; item < static_cast<std::size_t>(kCapexItemCount); ++item) {
        const bool eligible =
            subsidy.eligibleItems.empty() || std::find(subsidy.eligibleItems.begin(), subsidy.eligibleItems.end(),
                                                       static_cast<CapexItem>(item)) != subsidy.eligibleItems.end();
        outcome.eligibleBaseCny += eligible ? capex.initialByItem[item] : 0.0;
    }
    outcome.granted = granted;
    if (granted) {
        const double cap = subsidy.capCny > 0 ? subsidy.capCny : std::numeric_limits<double>::infinity();
        outcome.amountCny = std::min(cap, subsidy.rate * outcome.eligibleBaseCny);
    }
    return outcome;
}

/// A clawback: the measured outcome of project year `year` against its threshold; when it is missed, the share to
/// repay is paid back the year after (at the earliest in the payment year, at the latest in the horizon's last).
void applyClawback(const CapexSubsidy& subsidy, const ResolvedScenario& r, bool details, Results& results,
                   SubsidyOutcome& outcome)
{
    const Clawback& c = subsidy.clawback;
    if (c.metric == ClawbackMetric::None || !outcome.granted || c.year < 1 || c.year > r.input.horizonYears) {
        return;
    }
    const YearResult& measured = results.years[static_cast<std::size_t>(c.year - 1)];
    const double value = c.metric == ClawbackMetric::Utilization ? measured.utilization : measured.rackingRate;
    const bool kept = value >= c.threshold;
    if (!kept) {
        outcome.clawbackCny = c.repayShare * outcome.amountCny;
        outcome.clawbackYear = std::min(r.input.horizonYears, std::max(c.year + 1, outcome.paymentYear));
        YearResult& repaid = results.years[static_cast<std::size_t>(outcome.clawbackYear - 1)];
        repaid.capexSubsidy -= outcome.clawbackCny;
        repaid.subsidyClawback += outcome.clawbackCny;
    }
    if (details) {
        const QString metric = displayName(c.metric);
        ComplianceItem item{
            subsidy.name,
            QCoreApplication::translate("Compliance", "%1 at least %2 in project year %3, or %4 of the subsidy is "
                                                      "paid back")
                .arg(metric, percent(c.threshold))
                .arg(c.year)
                .arg(percent(c.repayShare)),
            kept,
            kept ? QCoreApplication::translate("Compliance", "%1: kept").arg(percent(value))
                 : QCoreApplication::translate("Compliance", "%1: %2 M CNY paid back in project year %3")
                       .arg(percent(value), decimal(outcome.clawbackCny / 1e6, 1))
                       .arg(outcome.clawbackYear),
            ComplianceKind::Clawback,
            true,
            {}};
        results.compliance.push_back(item);
    }
}

} // namespace

void assessCapexSubsidies(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                          Results& results)
{
    results.subsidies.clear();
    results.compliance.clear();
    const AssessedCenter center = assessedCenter(r, results);
    for (const CapexSubsidy& subsidy : r.input.policies.capexSubsidies) {
        const bool met = meetsConditions(subsidy, center, options.details, results.compliance);
        SubsidyOutcome outcome = subsidyOutcome(subsidy, r, capex, met && !options.withoutPolicies);
        if (outcome.granted) {
            results.years[static_cast<std::size_t>(outcome.paymentYear - 1)].capexSubsidy += outcome.amountCny;
        }
        applyClawback(subsidy, r, options.details, results, outcome);
        results.subsidies.push_back(outcome);
    }
}

} // namespace suanpan::detail
