#include "EngineInternal.h"
#include "Finance.h"
#include "Vat.h"
#include "model/Sizing.h"

#include <algorithm>
#include <cmath>

namespace suanpan::detail {

namespace {

/**
 * Amounts that each apply over a range of months, summed month by month. A month gets the same sum, added in
 * the same order, as if each amount had been added over its range in turn, but the months are visited once
 * and the sum is formed once per stretch of months that the same amounts cover.
 */
class MonthlySteps {
public:
    /// amount in every month of [from, to).
    void add(int from, int to, double amount) { m_steps.push_back({from, to, amount}); }

    /// No amounts (the storage is kept).
    void clear() { m_steps.clear(); }

    /// Adds the sums into monthly, whose size is the horizon.
    void addTo(std::vector<double>& monthly)
    {
        const int months = static_cast<int>(monthly.size());
        m_bounds.clear();
        for (const Step& step : m_steps) {
            m_bounds.push_back(std::clamp(step.from, 0, months));
            m_bounds.push_back(std::clamp(step.to, 0, months));
        }
        m_bounds.push_back(months);
        std::sort(m_bounds.begin(), m_bounds.end());
        int month = 0;
        for (int bound : m_bounds) {
            if (bound <= month) {
                continue;
            }
            // Only the steps covering the stretch are added: adding 0.0 for the others would leave the sum as it
            // is (a sum that starts at +0 is never −0), and the chain of additions is shorter.
            double sum = 0.0;
            for (const Step& step : m_steps) {
                if (step.from <= month && month < step.to) {
                    sum += step.amount;
                }
            }
            for (; month < bound; ++month) {
                monthly[static_cast<std::size_t>(month)] += sum;
            }
        }
    }

private:
    struct Step {
        int from;
        int to;
        double amount;
    };
    std::vector<Step> m_steps;
    std::vector<int> m_bounds;
};

/// Straight-line monthly depreciation of cost over lifeYears from startMonth, keeping residualShare.
void depreciate(MonthlySteps& monthly, int startMonth, double cost, double lifeYears, double residualShare)
{
    const int lifeMonths = std::max(1, static_cast<int>(std::lround(lifeYears * 12.0)));
    const double perMonth = cost * (1.0 - residualShare) / lifeMonths;
    monthly.add(startMonth, startMonth + lifeMonths, perMonth);
}

/// Value left of an asset bought for cost at month start with an economic life, at month `at` (linear).
double remainingValue(double cost, int start, double lifeYears, int at)
{
    const double lifeMonths = std::max(1.0, lifeYears * 12.0);
    return cost * std::clamp(1.0 - (at - start) / lifeMonths, 0.0, 1.0);
}

struct Outlay {
    CapexItem item;
    int month;
    double amount;
};

/**
 * The capex plan as it is written (methodology §4): what each outlay costs in which month, and what it leaves for
 * depreciation, maintenance and residual value. Amounts over ranges of months go to MonthlySteps, written into
 * the plan's monthly series at the end (their storage kept per thread).
 */
struct CapexPlanner {
    const ResolvedScenario& r;
    const Scenario& s;
    const FacilityInput& f;
    CapexPlan& plan;
    int months;
    MonthlySteps& depreciation;
    MonthlySteps& installedItCapex;
    MonthlySteps& readyFacilityCapex;
    double contingency;
    double residualShare;
    bool vatIncluded; ///< tax depreciation is then on costs net of the VAT they include (methodology §9.1)

    double net(CapexItem item, double amount) const { return amount / (1.0 + vatRate(s.finance, item)); }

    void spend(CapexItem item, int month, double amount, bool initial)
    {
        if (month < 0 || month >= months || amount == 0.0) {
            return;
        }
        plan.byMonth[static_cast<std::size_t>(month)][static_cast<std::size_t>(item)] += amount;
        plan.spendsIn[static_cast<std::size_t>(month)] = 1;
        if (initial) {
            plan.initialByItem[static_cast<std::size_t>(item)] += amount;
        }
    }

    /// Facility phases: spread evenly over construction; in service (depreciated, maintained) when ready.
    void facilityPhases()
    {
        for (const FacilityPhase& phase : s.facilityPhases) {
            const double designKw = phase.rackPositions * s.racks.designKwPerRack;
            const double building = designKw * f.buildingCapexCnyPerKw;
            const double cooling = designKw * r.cooling.capexCnyPerKw;
            const double power = designKw * f.powerInfraCapexCnyPerKw * r.redundancy.powerCapexMultiplier;
            const double soft = f.softCostShare * (building + cooling + power);
            const double land = phase.rackPositions * f.landM2PerRack * r.region.landPriceCnyPerM2;
            // The contingency follows what it covers: the plant's share is depreciated, the land's is not.
            const double plant = (building + cooling + power + soft) * (1.0 + contingency);
            const double landCost = land * (1.0 + contingency);
            const int spread = std::max(1, phase.constructionMonths);
            for (int k = 0; k < spread; ++k) {
                const int month = phase.startMonth + k;
                spend(CapexItem::Building, month, building / spread, true);
                spend(CapexItem::Cooling, month, cooling / spread, true);
                spend(CapexItem::Power, month, power / spread, true);
                spend(CapexItem::Soft, month, soft / spread, true);
                spend(CapexItem::Contingency, month, contingency * (building + cooling + power + soft) / spread, true);
            }
            spend(CapexItem::Land, phase.startMonth, land, true);
            spend(CapexItem::Contingency, phase.startMonth, contingency * land, true);
            const int ready = Sizing::readyMonth(phase);
            if (ready < months) {
                const double base =
                    vatIncluded ? net(CapexItem::Building, building) + net(CapexItem::Cooling, cooling) +
                                      net(CapexItem::Power, power) + net(CapexItem::Soft, soft) +
                                      net(CapexItem::Contingency, contingency * (building + cooling + power + soft))
                                : plant;
                depreciate(depreciation, ready, base, s.finance.facilityDepreciationYears, residualShare);
                readyFacilityCapex.add(ready, months, plant);
                plan.residualValue += remainingValue(plant, ready, f.facilityLifeYears, months) + landCost;
            } else {
                // Still under construction at the horizon: what was spent is work in progress, valued at cost.
                const double spentShare =
                    std::clamp((months - phase.startMonth) / static_cast<double>(spread), 0.0, 1.0);
                plan.residualValue += spentShare * plant + (phase.startMonth < months ? landCost : 0.0);
            }
        }
    }

    /// IT: cards, servers and network at deployment, refreshed at the end of economic life.
    void itGenerations()
    {
        // IT: cards, servers and network at deployment, refreshed like for like at the end of economic life. The
        // catalog prices are those of month 0; compute bought at month t costs (1 − decline)^(t/12) of them, the
        // same clock as the rental price of new compute (EngineOperations: rentalPricePath).
        const double decline = s.operations.hardwarePriceDeclinePerYear;
        auto priceLevel = [decline](int month) { return std::pow(1.0 - decline, month / 12.0); };
        for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
            const ChipDeployment& deployment = s.chipMix[i];
            const ChipSpec& chip = r.chips[i];
            const int servers = Sizing::servers(deployment.count, chip.cardsPerServer);
            const std::array<Outlay, 3> generation{{
                {CapexItem::Cards, deployment.deployMonth, deployment.count * chip.cardPriceCny},
                {CapexItem::Servers, deployment.deployMonth, servers * chip.serverBasePriceCny},
                {CapexItem::Network, deployment.deployMonth, servers * f.networkCapexCnyPerServer},
            }};
            const int lifeMonths = chip.economicLifeMonths();
            // An entry that refreshes into another chip serves until then; the other chip is an entry of its own.
            const int end = r.lives.empty() ? months : std::min(months, r.lives[i].retireMonth);
            int generationStart = deployment.deployMonth;
            double generationCost = 0; // what the generation in service cost, contingency included
            double previousCost = 0;
            for (int start = deployment.deployMonth; start < end; start += lifeMonths) {
                const bool initial = start == deployment.deployMonth;
                if (!initial && !s.operations.hardwareRefresh) {
                    break;
                }
                double cost = 0;
                double base = 0;                        // net of VAT
                const double level = priceLevel(start); // pow is the dearest step of the plan: once per generation
                for (const Outlay& outlay : generation) {
                    spend(outlay.item, start, outlay.amount * level, initial);
                    cost += outlay.amount * level;
                    base += net(outlay.item, outlay.amount * level);
                }
                if (initial) {
                    spend(CapexItem::Contingency, start, contingency * cost, true);
                    base += net(CapexItem::Contingency, contingency * cost);
                }
                generationCost = initial ? cost * (1.0 + contingency) : cost;
                depreciate(depreciation, start, vatIncluded ? base : generationCost, s.finance.itDepreciationYears,
                           residualShare);
                installedItCapex.add(start, months, cost - previousCost);
                previousCost = cost;
                generationStart = start;
            }
            if (end == months) { // cards retired before the horizon leave nothing at its end
                plan.residualValue += remainingValue(generationCost, generationStart, chip.economicLifeYears, months);
            }
        }
    }

    /// Storage and on-site solar come with the opening.
    void storageAndSolar()
    {
        const int opening = plan.openingMonth;
        const double storage = f.storagePb * f.storageCapexCnyPerPb;
        const double solar = s.power.solarKwp * f.solarCapexCnyPerKwp;
        spend(CapexItem::Storage, opening, storage, true);
        spend(CapexItem::Solar, opening, solar, true);
        spend(CapexItem::Contingency, opening, contingency * (storage + solar), true);
        const double storageBase =
            vatIncluded ? net(CapexItem::Storage, storage) + net(CapexItem::Contingency, contingency * storage)
                        : storage * (1.0 + contingency);
        const double solarBase = vatIncluded
                                     ? net(CapexItem::Solar, solar) + net(CapexItem::Contingency, contingency * solar)
                                     : solar * (1.0 + contingency);
        depreciate(depreciation, opening, storageBase, s.finance.itDepreciationYears, residualShare);
        depreciate(depreciation, opening, solarBase, s.finance.facilityDepreciationYears, residualShare);
        installedItCapex.add(opening, months, storage);
        readyFacilityCapex.add(opening, months, solar);
        plan.residualValue += remainingValue(storage, opening, s.finance.itDepreciationYears, months) +
                              remainingValue(solar, opening, f.facilityLifeYears, months);
    }
};

} // namespace

CapexPlan planCapex(const ResolvedScenario& r)
{
    CapexPlan plan;
    planCapex(r, plan);
    return plan;
}

void planCapex(const ResolvedScenario& r, CapexPlan& plan)
{
    const Scenario& s = r.input;
    plan.months = s.horizonMonths();
    const int months = plan.months;
    plan.byMonth.assign(static_cast<std::size_t>(months), CapexRow{});
    plan.spendsIn.assign(static_cast<std::size_t>(months), 0);
    plan.initialByItem = {};
    plan.depreciation.assign(static_cast<std::size_t>(months), 0.0);
    plan.installedItCapex.assign(static_cast<std::size_t>(months), 0.0);
    plan.readyFacilityCapex.assign(static_cast<std::size_t>(months), 0.0);
    plan.residualValue = 0;
    plan.openingMonth = months;
    for (const ChipDeployment& chip : s.chipMix) {
        plan.openingMonth = std::min(plan.openingMonth, chip.deployMonth);
    }

    thread_local MonthlySteps depreciation;
    thread_local MonthlySteps installedItCapex;
    thread_local MonthlySteps readyFacilityCapex;
    for (MonthlySteps* steps : {&depreciation, &installedItCapex, &readyFacilityCapex}) {
        steps->clear();
    }
    CapexPlanner planner{r,
                         s,
                         s.facility,
                         plan,
                         months,
                         depreciation,
                         installedItCapex,
                         readyFacilityCapex,
                         s.facility.contingencyShare,
                         s.finance.depreciationResidualShare,
                         s.finance.vat == VatMode::Included};
    // A colocated center rents its rack positions instead of building (methodology §4.5): no hall, plant or land.
    if (s.facility.housing == Housing::Build) {
        planner.facilityPhases();
    }
    planner.itGenerations();
    planner.storageAndSolar();
    depreciation.addTo(plan.depreciation);
    installedItCapex.addTo(plan.installedItCapex);
    readyFacilityCapex.addTo(plan.readyFacilityCapex);
}

DebtPlan planDebt(const ResolvedScenario& r, const CapexPlan& capex, const EngineOptions& options)
{
    DebtPlan debt;
    planDebt(r, capex, options, debt);
    return debt;
}

void planDebt(const ResolvedScenario& r, const CapexPlan& capex, const EngineOptions& options, DebtPlan& debt)
{
    const FinanceInput& fi = r.input.finance;
    const int months = capex.months;
    debt.capitalizedInterest = 0;
    debt.drawdown.assign(static_cast<std::size_t>(months), 0.0);
    debt.interestPaid.assign(static_cast<std::size_t>(months), 0.0);
    debt.principal.assign(static_cast<std::size_t>(months), 0.0);
    debt.balance.assign(static_cast<std::size_t>(months), 0.0);
    debt.interestSubsidy.assign(static_cast<std::size_t>(months), 0.0);
    if (fi.debtShare <= 0.0) {
        return;
    }
    const double monthlyRate = fi.debtRatePerYear / 12.0;
    const InterestSubsidy& subsidy = r.input.policies.interestSubsidy;
    const double subsidyRate = options.withoutPolicies ? 0.0 : subsidy.ratePoints / 12.0;
    const int repayMonths = fi.debtTenorYears * 12;
    const int opening = capex.openingMonth;
    double balance = 0;
    double instalment = 0;
    double principalStep = 0;
    int firstDraw = -1;
    for (int m = 0; m < months; ++m) {
        const auto i = static_cast<std::size_t>(m);
        const double interest = balance * monthlyRate;
        if (firstDraw >= 0 && m < firstDraw + subsidy.years * 12) {
            debt.interestSubsidy[i] = balance * std::min(subsidyRate, monthlyRate);
        }
        if (m <= opening) {
            // Construction: interest is capitalized, capex drawn in the debt share.
            double capexThisMonth = 0;
            for (double amount : capex.byMonth[i]) {
                capexThisMonth += amount;
            }
            debt.drawdown[i] = fi.debtShare * capexThisMonth;
            if (debt.drawdown[i] > 0 && firstDraw < 0) {
                firstDraw = m;
            }
            debt.capitalizedInterest += interest;
            balance += interest + debt.drawdown[i];
            if (m == opening) {
                instalment = Finance::pmt(monthlyRate, repayMonths, balance);
                principalStep = balance / repayMonths;
            }
        } else if (balance > 1e-6) {
            const double due = fi.repayment == Repayment::EqualInstalment ? instalment - interest : principalStep;
            const double repaid = std::min(balance, due);
            debt.interestPaid[i] = interest;
            debt.principal[i] = repaid;
            balance -= repaid;
        }
        debt.balance[i] = balance;
    }
}

void depreciateCapitalizedInterest(const ResolvedScenario& r, const DebtPlan& debt, CapexPlan& capex)
{
    thread_local MonthlySteps interest;
    interest.clear();
    depreciate(interest, capex.openingMonth + 1, debt.capitalizedInterest, r.input.finance.facilityDepreciationYears,
               r.input.finance.depreciationResidualShare);
    interest.addTo(capex.depreciation);
}

} // namespace suanpan::detail
