#include "EngineInternal.h"
#include "Finance.h"
#include "Vat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace suanpan::detail {

namespace {

/// Translates a text marked elsewhere with QT_TRANSLATE_NOOP("Finance", ...).
QString translated(const char* text)
{
    return QCoreApplication::translate("Finance", text);
}

// `explain`: whether a figure without a value says why (EngineOptions::details).

OptionalFigure rateOfReturn(const std::vector<double>& flows, bool explain)
{
    OptionalFigure figure;
    figure.value = Finance::irr(flows);
    if (!figure.value && explain) {
        const bool anyPositive = std::any_of(flows.begin(), flows.end(), [](double f) { return f > 0; });
        const bool anyNegative = std::any_of(flows.begin(), flows.end(), [](double f) { return f < 0; });
        figure.reason =
            !anyPositive ? QCoreApplication::translate("Finance", "does not exist: the cash flows never turn positive")
            : !anyNegative
                ? QCoreApplication::translate("Finance",
                                              "does not exist: there is no net investment to earn a return on")
                : QCoreApplication::translate("Finance",
                                              "does not exist: no rate between -99% and 1000% makes the NPV zero");
    }
    return figure;
}

OptionalFigure payback(std::optional<double> years, int horizon, bool explain)
{
    OptionalFigure figure;
    figure.value = years;
    if (!years && explain) {
        figure.reason = QCoreApplication::translate("Finance", "not within the %1-year horizon").arg(horizon);
    }
    return figure;
}

OptionalFigure ratio(double numerator, double denominator, const char* whenZero, bool explain)
{
    OptionalFigure figure;
    if (denominator > 0) {
        figure.value = numerator / denominator;
    } else if (explain) {
        figure.reason = translated(whenZero);
    }
    return figure;
}

/// Present value of yearly amounts (year 1 discounted one period), as the NPV convention.
double presentValue(double rate, const std::vector<double>& values)
{
    return Finance::npv(rate, values);
}

/// The yearly series the finance pass computes and reads again, their storage kept per thread.
struct FinanceSeries {
    std::vector<double> equityTaxable, projectTaxable, before, after, equity, publicFlows, costs, usedFp16, usedCards,
        availableFp16;

    void reset(std::size_t n)
    {
        for (std::vector<double>* series : {&equityTaxable, &projectTaxable, &before, &after, &equity, &publicFlows,
                                            &costs, &usedFp16, &usedCards, &availableFp16}) {
            series->assign(n, 0.0);
        }
    }
};

/// Each year's capex and debt sums, VAT and profit before income tax (methodology §9.1, 利润与利润分配表).
void yearlyProfit(const ResolvedScenario& r, const CapexPlan& capex, const DebtPlan& debt, Results& results,
                  FinanceSeries& f)
{
    const FinanceInput& fi = r.input.finance;
    const std::size_t n = results.years.size();
    double vatCredit = 0; // input VAT carried forward

    for (std::size_t y = 0; y < n; ++y) {
        YearResult& year = results.years[y];
        const int yi = static_cast<int>(y);
        year.capex = {};
        for (int m = yi * 12; m < yi * 12 + 12; ++m) {
            if (capex.spendsIn[static_cast<std::size_t>(m)] == 0) {
                continue; // a month without outlays would only add zeros
            }
            for (std::size_t item = 0; item < static_cast<std::size_t>(kCapexItemCount); ++item) {
                year.capex[item] += capex.byMonth[static_cast<std::size_t>(m)][item];
            }
        }
        year.capexTotal = 0;
        for (double amount : year.capex) {
            year.capexTotal += amount;
        }
        year.opexTotal = 0;
        for (double amount : year.opex) {
            year.opexTotal += amount;
        }
        // The year's sums of the monthly plans, each in month order, side by side in one pass: five chains of
        // additions that overlap instead of running one after another.
        double depreciation = 0, interest = 0, principal = 0, drawdown = 0, interestSubsidy = 0;
        for (int m = yi * 12; m < yi * 12 + 12 && m < capex.months; ++m) {
            const auto mi = static_cast<std::size_t>(m);
            depreciation += capex.depreciation[mi];
            interest += debt.interestPaid[mi];
            principal += debt.principal[mi];
            drawdown += debt.drawdown[mi];
            interestSubsidy += debt.interestSubsidy[mi];
        }
        year.depreciation = depreciation;
        year.interest = interest;
        year.principal = principal;
        year.debtDrawdown = drawdown;
        year.debtBalance = debt.balance[static_cast<std::size_t>(yi * 12 + 11)];
        year.interestSubsidy = interestSubsidy;

        // VAT (methodology §9.1): output VAT on revenue, less input VAT on capex and opex and the credit
        // carried forward, is paid; surcharges follow what is paid. Profit is counted net of VAT.
        double opexVat = 0;
        if (fi.vat == VatMode::Included) { // otherwise every VAT figure stays 0
            year.outputVat = vatPart(year.revenue, revenueVatRate(fi));
            for (std::size_t item = 0; item < static_cast<std::size_t>(kOpexItemCount); ++item) {
                // The electricity bill carries VAT before the subsidy is taken off it.
                const double billed =
                    year.opex[item] +
                    (static_cast<OpexItem>(item) == OpexItem::Electricity ? year.electricitySubsidy : 0.0);
                opexVat += vatPart(billed, vatRate(fi, static_cast<OpexItem>(item)));
            }
            year.inputVat = opexVat;
            for (std::size_t item = 0; item < static_cast<std::size_t>(kCapexItemCount); ++item) {
                year.inputVat += vatPart(year.capex[item], vatRate(fi, static_cast<CapexItem>(item)));
            }
            vatCredit += year.inputVat - year.outputVat;
            year.vatPaid = std::max(0.0, -vatCredit);
            vatCredit = std::max(0.0, vatCredit);
            year.vatCredit = vatCredit;
            year.vatSurcharges = year.vatPaid * fi.vatSurchargeRate;
        }
        year.ebitda = (year.revenue - year.outputVat) - (year.opexTotal - opexVat) - year.vatSurcharges;
        year.ebit = year.ebitda - year.depreciation;
        f.equityTaxable[y] = year.ebit - (year.interest - year.interestSubsidy);
        f.projectTaxable[y] = year.ebit;
    }
    results.years.back().residualValue = capex.residualValue;
}

/// Income tax with losses carried forward, the cash flows and the coverage ratios of each year (methodology §9.2,
/// §9.3, §9.5), and the yearly series the summary discounts.
void taxAndCashFlows(const ResolvedScenario& r, Results& results, FinanceSeries& f)
{
    const Scenario& s = r.input;
    const std::size_t n = results.years.size();
    const double taxRate = s.policies.corporateTaxRate;
    const int carry = s.policies.lossCarryForwardYears;
    const std::vector<double> tax = Finance::incomeTaxWithLossCarryForward(f.equityTaxable, taxRate, carry);
    const std::vector<double> adjustedTax = Finance::incomeTaxWithLossCarryForward(f.projectTaxable, taxRate, carry);

    double cumulative = 0;
    for (std::size_t y = 0; y < n; ++y) {
        YearResult& year = results.years[y];
        year.tax = tax[y];
        year.adjustedTax = adjustedTax[y];
        year.netProfit = f.equityTaxable[y] - year.tax;
        const double vatOut = year.vatPaid + year.vatSurcharges;
        year.projectCashFlowBeforeTax =
            year.revenue - year.opexTotal - year.capexTotal - vatOut + year.capexSubsidy + year.residualValue;
        year.projectCashFlowAfterTax = year.projectCashFlowBeforeTax - year.adjustedTax;
        cumulative += year.projectCashFlowAfterTax;
        year.cumulativeProjectCashFlow = cumulative;
        // Debt left at the horizon is repaid from the last year's cash (residual value included).
        const double settlement = y + 1 == n ? year.debtBalance : 0.0;
        year.equityCashFlow = year.revenue - year.opexTotal - (year.capexTotal - year.debtDrawdown) - vatOut +
                              year.capexSubsidy + year.interestSubsidy - year.interest - year.principal - settlement -
                              year.tax + year.residualValue;
        const double service = year.interest + year.principal;
        if (service > 0) {
            year.debtServiceCoverage = (year.ebitda - year.tax) / service;
        }
        if (year.interest > 0) {
            year.interestCoverage = year.ebit / year.interest;
        }
        f.before[y] = year.projectCashFlowBeforeTax;
        f.after[y] = year.projectCashFlowAfterTax;
        f.equity[y] = year.equityCashFlow;
        f.publicFlows[y] = year.capexSubsidy + year.electricitySubsidy + year.interestSubsidy + year.voucherSpend;
        // Costs net of the VAT they include (it is credited), with the surcharges, and in the last year the
        // credit never used (it is lost): all 0 without VAT.
        f.costs[y] = year.capexTotal + year.opexTotal - year.inputVat + year.vatSurcharges + year.electricitySubsidy -
                     year.residualValue + (y + 1 == n ? year.vatCredit : 0.0);
        f.usedFp16[y] = year.usedPflopsHoursFp16;
        f.usedCards[y] = year.cardHoursUsed;
        for (std::size_t c = 0; c < results.chips.size(); ++c) {
            f.availableFp16[y] += results.chips[c].cardHoursInstalled[y] * r.redundancy.availability *
                                  r.chips[c].tflopsAt(Precision::Fp16) / 1000.0;
        }
    }
}

/// Totals and averages over the horizon and its full operating years, and the utilization and PUE figures
/// (methodology §9.7, §7.14).
void summarizeTotals(const ResolvedScenario& r, const CapexPlan& capex, Results& results)
{
    const std::size_t n = results.years.size();
    Summary& sum = results.summary;
    sum = Summary{};
    for (double amount : capex.initialByItem) {
        sum.initialCapexCny += amount;
    }
    // Full operating years: those that start at or after the opening month.
    int operatingYears = 0;
    double used = 0, installed = 0, fp16Used = 0, it = 0, facility = 0;
    for (std::size_t y = 0; y < n; ++y) {
        const YearResult& year = results.years[y];
        sum.totalCapexCny += year.capexTotal;
        used += year.cardHoursUsed;
        installed += year.cardHoursInstalled;
        fp16Used += year.usedPflopsHoursFp16;
        it += year.itMwh;
        facility += year.facilityMwh;
        sum.totalCo2Tonnes += year.co2LocationTonnes;
        sum.taxesPaidCny += year.tax;
        sum.vatPaidCny += year.vatPaid + year.vatSurcharges;
        sum.capexSubsidyCny += year.capexSubsidy;
        sum.subsidyClawbackCny += year.subsidyClawback;
        sum.electricitySubsidyCny += year.electricitySubsidy;
        sum.interestSubsidyCny += year.interestSubsidy;
        sum.voucherSpendCny += year.voucherSpend;
        for (std::size_t p = 0; p < year.installedPflops.size(); ++p) {
            sum.peakPflops[p] = std::max(sum.peakPflops[p], year.installedPflops[p]);
        }
        if (static_cast<int>(y) * 12 >= capex.openingMonth) {
            if (operatingYears == 0) {
                sum.firstFullYearOpexCny = year.opexTotal;
            }
            ++operatingYears;
            sum.averageAnnualOpexCny += year.opexTotal;
            sum.averageAnnualRevenueCny += year.revenue;
            sum.annualEnergyMwh += year.facilityMwh;
            sum.annualCo2Tonnes += year.co2LocationTonnes;
            sum.annualWaterM3 += year.waterM3;
            sum.roi += year.ebit;
            sum.roe += year.netProfit;
        }
    }
    if (operatingYears > 0) {
        for (double* average : {&sum.averageAnnualOpexCny, &sum.averageAnnualRevenueCny, &sum.annualEnergyMwh,
                                &sum.annualCo2Tonnes, &sum.annualWaterM3, &sum.roi, &sum.roe}) {
            *average /= operatingYears;
        }
    }
    double equityInvested = sum.initialCapexCny;
    for (const YearResult& year : results.years) {
        equityInvested -= year.debtDrawdown;
    }
    sum.roi = sum.initialCapexCny > 0 ? sum.roi / sum.initialCapexCny : 0.0;
    sum.roe = equityInvested > 0 ? sum.roe / equityInvested : 0.0;
    sum.peakPflopsFp16 = sum.peakPflops[static_cast<std::size_t>(Precision::Fp16)];
    sum.vatCreditLeftCny = results.years.back().vatCredit;

    sum.averageUtilization = installed > 0 ? used / installed : 0.0;
    double fp16InstalledHours = 0;
    for (std::size_t c = 0; c < results.chips.size(); ++c) {
        double hours = 0;
        for (double h : results.chips[c].cardHoursInstalled) {
            hours += h;
        }
        fp16InstalledHours += hours * r.chips[c].tflopsAt(Precision::Fp16) / 1000.0;
    }
    sum.averageComputeUtilization = fp16InstalledHours > 0 ? fp16Used / fp16InstalledHours : 0.0;
    sum.designPue = designPue(r);
    sum.averagePue = it > 0 ? facility / it : 0.0;
    const std::size_t assessed = assessmentYear(r);
    sum.pueAtFullDeployment = results.years[assessed].pue;
    sum.rackingRateAtFullDeployment = results.years[assessed].rackingRate;
}

/// NPV, rates of return, payback and the coverage minima (methodology §9.4, §9.5).
void summarizeReturns(const ResolvedScenario& r, const EngineOptions& options, const FinanceSeries& f, Results& results)
{
    const Scenario& s = r.input;
    const FinanceInput& fi = s.finance;
    Summary& sum = results.summary;
    sum.npvBeforeTaxCny = Finance::npv(fi.discountRate, f.before);
    sum.npvAfterTaxCny = Finance::npv(fi.discountRate, f.after);
    sum.equityNpvCny = Finance::npv(fi.discountRate, f.equity);
    // A rate of return not asked for is left empty (EngineOptions::ratesOfReturn).
    const RatesOfReturn& rates = options.ratesOfReturn;
    const bool explain = options.details;
    sum.projectIrrBeforeTax = rates.projectBeforeTax ? rateOfReturn(f.before, explain) : OptionalFigure{};
    sum.projectIrrAfterTax = rates.projectAfterTax ? rateOfReturn(f.after, explain) : OptionalFigure{};
    sum.equityIrr = rates.equity ? rateOfReturn(f.equity, explain) : OptionalFigure{};
    sum.paybackYears = payback(Finance::paybackYears(f.after), s.horizonYears, explain);
    sum.discountedPaybackYears =
        payback(Finance::discountedPaybackYears(fi.discountRate, f.after), s.horizonYears, explain);

    double minDscr = 0, minIcr = 0;
    bool anyDscr = false, anyIcr = false;
    for (const YearResult& year : results.years) {
        if (year.debtServiceCoverage) {
            minDscr = anyDscr ? std::min(minDscr, *year.debtServiceCoverage) : *year.debtServiceCoverage;
            anyDscr = true;
        }
        if (year.interestCoverage) {
            minIcr = anyIcr ? std::min(minIcr, *year.interestCoverage) : *year.interestCoverage;
            anyIcr = true;
        }
    }
    if (anyDscr) {
        sum.minDebtServiceCoverage.value = minDscr;
    } else if (explain) {
        sum.minDebtServiceCoverage.reason = QCoreApplication::translate("Finance", "no debt is serviced");
    }
    if (anyIcr) {
        sum.minInterestCoverage.value = minIcr;
    } else if (explain) {
        sum.minInterestCoverage.reason = QCoreApplication::translate("Finance", "no interest is paid");
    }
}

/// The levelized cost of compute and the public ledger (methodology §9.6, §9.8).
void levelizedCostAndPublicLedger(const ResolvedScenario& r, const EngineOptions& options, const FinanceSeries& f,
                                  Results& results)
{
    const Scenario& s = r.input;
    const FinanceInput& fi = s.finance;
    const bool explain = options.details;
    Summary& sum = results.summary;
    // Levelized cost: present value of all costs over the present value of the compute they deliver.
    const double pvCosts = presentValue(fi.discountRate, f.costs);
    sum.lcocPerUsedPflopsHour = ratio(pvCosts, presentValue(fi.discountRate, f.usedFp16),
                                      QT_TRANSLATE_NOOP("Finance", "no FP16 compute is used"), explain);
    sum.lcocPerUsedCardHour = ratio(pvCosts, presentValue(fi.discountRate, f.usedCards),
                                    QT_TRANSLATE_NOOP("Finance", "no card-hour is used"), explain);
    sum.lcocPerAvailablePflopsHour = ratio(pvCosts, presentValue(fi.discountRate, f.availableFp16),
                                           QT_TRANSLATE_NOOP("Finance", "no FP16 compute is installed"), explain);

    // Public ledger.
    sum.publicCostCny = sum.capexSubsidyCny + sum.electricitySubsidyCny + sum.interestSubsidyCny + sum.voucherSpendCny;
    sum.publicCostPvCny = presentValue(fi.socialDiscountRate, f.publicFlows);
    double totalUsedFp16 = 0;
    for (double value : f.usedFp16) {
        totalUsedFp16 += value;
    }
    sum.publicCostPerUsedPflopsHour =
        ratio(sum.publicCostCny, totalUsedFp16, QT_TRANSLATE_NOOP("Finance", "no FP16 compute is used"), explain);
    sum.privateInvestmentCny = sum.initialCapexCny - sum.capexSubsidyCny;
    sum.leverage = ratio(sum.privateInvestmentCny, sum.publicCostCny,
                         QT_TRANSLATE_NOOP("Finance", "no public money is spent"), explain);
    sum.gdpImpactCny = s.policies.gdpMultiplier * sum.initialCapexCny;
    for (std::size_t i = 0; i < results.subsidies.size(); ++i) {
        const CapexSubsidy& subsidy = s.policies.capexSubsidies[i];
        double weights = 0;
        for (const PayerShare& payer : subsidy.payers) {
            weights += payer.weight;
        }
        for (const PayerShare& payer : subsidy.payers) {
            const SubsidyOutcome& outcome = results.subsidies[i]; // what a payer keeps paying: net of a clawback
            const double amount = (outcome.amountCny - outcome.clawbackCny) * payer.weight / weights;
            auto it = std::find_if(sum.payers.begin(), sum.payers.end(),
                                   [&payer](const PayerAmount& known) { return known.payer == payer.payer; });
            if (it == sum.payers.end()) {
                sum.payers.push_back({payer.payer, amount});
            } else {
                it->amountCny += amount;
            }
        }
    }
}

} // namespace

void computeFinance(const ResolvedScenario& r, const EngineOptions& options, const CapexPlan& capex,
                    const DebtPlan& debt, Results& results)
{
    thread_local FinanceSeries series;
    series.reset(results.years.size());
    yearlyProfit(r, capex, debt, results, series);
    taxAndCashFlows(r, results, series);
    summarizeTotals(r, capex, results);
    summarizeReturns(r, options, series, results);
    levelizedCostAndPublicLedger(r, options, series, results);
}

} // namespace suanpan::detail
