#include "Engine.h"

#include "EngineInternal.h"

namespace suanpan {

void evaluate(const ResolvedScenario& input, const EngineOptions& options, Results& results)
{
    // The plans' storage is kept per thread: a risk run evaluates the same shape of scenario many times.
    thread_local ResolvedScenario expanded;
    thread_local detail::CapexPlan capex;
    thread_local detail::DebtPlan debt;
    const ResolvedScenario& scenario = detail::withGenerations(input, expanded);
    detail::planCapex(scenario, capex);
    detail::planDebt(scenario, capex, options, debt);
    detail::depreciateCapitalizedInterest(scenario, debt, capex);
    detail::simulateOperations(scenario, options, capex, results);
    detail::assessCapexSubsidies(scenario, options, capex, results);
    detail::assessHubRules(scenario, options, results);
    detail::computeFinance(scenario, options, capex, debt, results);
}

Results evaluate(const ResolvedScenario& scenario, const EngineOptions& options)
{
    Results results;
    evaluate(scenario, options, results);
    return results;
}

} // namespace suanpan
