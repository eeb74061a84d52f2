#include "Engine.h"

#include "EngineInternal.h"

namespace suanpan {

void evaluate(const ResolvedScenario& scenario, const EngineOptions& options, Results& results)
{
    detail::CapexPlan capex = detail::planCapex(scenario);
    const detail::DebtPlan debt = detail::planDebt(scenario, capex, options);
    detail::depreciateCapitalizedInterest(scenario, debt, capex);
    detail::simulateOperations(scenario, options, capex, results);
    detail::assessCapexSubsidies(scenario, options, capex, results);
    detail::computeFinance(scenario, options, capex, debt, results);
}

Results evaluate(const ResolvedScenario& scenario, const EngineOptions& options)
{
    Results results;
    evaluate(scenario, options, results);
    return results;
}

} // namespace suanpan
