#pragma once

// Internal to the engine: the compute vouchers of the monthly loop (methodology §7.4).

#include "OperationsPlan.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace suanpan::detail {

/**
 * \brief Compute vouchers month by month (methodology §7.4): which segments they cover, the demand uplift that
 * brings (through the price, or through the trial users who stayed), and the annual budget and per-segment caps
 * that limit them. The month's allocation reads uplift(); the loop asks for coverage, limits and payment in turn.
 */
class VoucherLedger {
public:
    void reset(const OperationsPlan& plan, const VoucherProgram& program);

    /// Sets each segment's coverage for month m, before its allocation (the limits reset with each project year).
    void openMonth(const OperationsPlan& plan, int m);
    /// No coverage this month (the forced-utilization mode).
    void coverNone();
    /// Lowers the coverage of segments whose spend would pass the year's budget or their cap, calling
    /// reallocate() after each step, since a lower coverage means less demand uplift.
    template <typename Reallocate>
    void limitSpend(const OperationsPlan& plan, const double* revenue, Reallocate&& reallocate);
    /// Pays the month's vouchers on the revenue allocated: adds each segment's spend to perSegment (if given) and
    /// returns yearSum plus the month's spend, added segment by segment.
    double pay(const double* revenue, double* perSegment, double yearSum);

    const double* uplift() const { return m_uplift.data(); }

private:
    void cover(std::size_t k, double share);
    bool anyCoverage() const
    {
        return std::any_of(m_coverage.begin(), m_coverage.end(), [](double share) { return share > 0; });
    }
    /// Spend each segment may have this month within the budget and its cap; whether any limit binds.
    bool allowedSpend(const OperationsPlan& plan, const double* revenue);

    VoucherProgram m_program;
    double m_fullUplift = 1;
    bool m_any = false; ///< whether any segment is eligible
    bool m_closedLastMonth = false;
    double m_budgetLeft = 0;
    // Per segment.
    std::vector<double> m_coverage, m_uplift, m_retained, m_fill, m_capLeft, m_allowed;
    std::vector<int> m_capBinding; // not char: a char store may alias every pointer of the loop
};

template <typename Reallocate>
void VoucherLedger::limitSpend(const OperationsPlan& plan, const double* revenue, Reallocate&& reallocate)
{
    if (!anyCoverage() || !allowedSpend(plan, revenue)) {
        return;
    }
    for (int iteration = 0; iteration < 8; ++iteration) {
        bool converged = true;
        for (std::size_t k = 0; k < m_coverage.size(); ++k) {
            const double spend = m_coverage[k] * revenue[k];
            if (m_coverage[k] > 0 && std::abs(spend - m_allowed[k]) > 1e-4 * std::max(1.0, m_allowed[k])) {
                cover(k, spend > 0 ? std::min(m_program.coverage, m_coverage[k] * m_allowed[k] / spend) : 0.0);
                converged = false;
            }
        }
        if (converged) {
            break;
        }
        reallocate();
    }
}

} // namespace suanpan::detail
