#include "ContractValidator.h"

#include "FieldSpecs.h"

#include <QCoreApplication>

#include <algorithm>

namespace suanpan {

namespace {

QString contractPath(std::size_t i, const char* field)
{
    return QStringLiteral("contracts[%1].%2").arg(i).arg(QLatin1String(field));
}

const DemandSegment* findSegment(const Scenario& s, const QString& id)
{
    const auto found =
        std::find_if(s.demand.begin(), s.demand.end(), [&id](const DemandSegment& d) { return d.id == id; });
    return found == s.demand.end() ? nullptr : &*found;
}

bool runsIn(const RevenueContract& c, int opening, int month)
{
    const int start = opening + c.monthsAfterOpening;
    return month >= start && month < start + 12 * c.termYears;
}

/// Effective P the chips in service in `month` can deliver to a segment (every chip for it alone).
double deliverable(const Scenario& s, const std::vector<ChipSpec>& chips, const DemandSegment& d, int month)
{
    double pflops = 0;
    for (std::size_t c = 0; c < s.chipMix.size() && c < chips.size(); ++c) {
        const ChipDeployment& entry = s.chipMix[c];
        const bool allowed = d.allowedChips.isEmpty() || d.allowedChips.contains(entry.chipId);
        if (allowed && entry.deployMonth <= month) {
            pflops += entry.count * chips[c].effectivePflops(d.workload, d.precision);
        }
    }
    return pflops;
}

/// No segment's contracts may reserve more than its chips can deliver, in any month (reported once a segment).
void checkCapacity(const Scenario& s, const std::vector<ChipSpec>& chips, int opening, ValidationReport& report)
{
    for (const DemandSegment& d : s.demand) {
        for (int m = opening; m < s.horizonMonths(); ++m) {
            double reserved = 0;
            std::size_t last = s.contracts.size();
            for (std::size_t j = 0; j < s.contracts.size(); ++j) {
                if (s.contracts[j].segment == d.id && runsIn(s.contracts[j], opening, m)) {
                    reserved += s.contracts[j].pflops;
                    last = j;
                }
            }
            const double available = deliverable(s, chips, d, m);
            if (last < s.contracts.size() && reserved > available * (1 + 1e-9)) {
                report.add(contractPath(last, "pflops"),
                           QCoreApplication::translate("Validation",
                                                       "the contracts of segment \"%1\" reserve %2 P in month %3, "
                                                       "more than the %4 P its chips in service can deliver")
                               .arg(d.id.left(40), numberText(reserved))
                               .arg(m)
                               .arg(numberText(available)));
                break;
            }
        }
    }
}

} // namespace

int openingMonth(const Scenario& s)
{
    int opening = s.horizonMonths();
    for (const ChipDeployment& chip : s.chipMix) {
        opening = std::min(opening, chip.deployMonth);
    }
    return opening;
}

void checkContracts(const Scenario& s, const std::vector<ChipSpec>& chips, bool horizonValid, ValidationReport& report)
{
    const int opening = openingMonth(s);
    bool complete = true;
    for (std::size_t j = 0; j < s.contracts.size(); ++j) {
        const RevenueContract& c = s.contracts[j];
        if (findSegment(s, c.segment) == nullptr) {
            QStringList ids;
            for (const DemandSegment& d : s.demand) {
                ids.append(d.id);
            }
            report.add(contractPath(j, "segment"),
                       QCoreApplication::translate("Validation", "\"%1\" is not a demand segment (known: %2)")
                           .arg(c.segment.left(40), ids.join(QStringLiteral(", "))));
            complete = false;
            continue;
        }
        const int end = opening + c.monthsAfterOpening + 12 * c.termYears;
        if (horizonValid && c.termYears >= 1 && end > s.horizonMonths()) {
            const int fits = (s.horizonMonths() - opening - c.monthsAfterOpening) / 12;
            report.add(contractPath(j, "termYears"),
                       QCoreApplication::translate("Validation",
                                                   "a %1-year term from month %2 ends in month %3, past the "
                                                   "horizon's %4 months; at most %5 years fit")
                           .arg(c.termYears)
                           .arg(opening + c.monthsAfterOpening)
                           .arg(end)
                           .arg(s.horizonMonths())
                           .arg(std::max(0, fits)));
            complete = false;
        }
    }
    if (complete && horizonValid) {
        checkCapacity(s, chips, opening, report);
    }
}

} // namespace suanpan
