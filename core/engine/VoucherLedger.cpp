#include "VoucherLedger.h"

namespace suanpan::detail {

void VoucherLedger::reset(const OperationsPlan& plan, const VoucherProgram& program)
{
    const std::size_t segmentCount = plan.segments.size();
    m_program = program;
    m_fullUplift = voucherUplift(program.coverage, program.elasticity);
    m_any = std::any_of(plan.segments.begin(), plan.segments.end(),
                        [](const SegmentState& segment) { return segment.voucherEligible; });
    m_closedLastMonth = false;
    m_budgetLeft = 0;
    m_uplift.assign(segmentCount, 1.0);
    for (auto* perSegment : {&m_coverage, &m_retained, &m_fill, &m_capLeft, &m_allowed}) {
        perSegment->assign(segmentCount, 0.0);
    }
    m_capBinding.assign(segmentCount, 0);
}

/**
 * A segment's coverage and the demand uplift it brings: through the price, or what earlier vouchers left of it
 * in trial users who stayed, whichever is more. The users who stayed are a share of the demand there was when they
 * came (`retained` is counted at a full fill), so during the ramp they are a larger share of this month's demand.
 */
void VoucherLedger::cover(std::size_t k, double share)
{
    m_coverage[k] = share;
    const double priceUplift = share <= 0                    ? 1.0
                               : share == m_program.coverage ? m_fullUplift
                                                             : voucherUplift(share, m_program.elasticity);
    m_uplift[k] = std::max(priceUplift, m_fill[k] > 0 ? 1.0 + m_retained[k] / m_fill[k] : 1.0);
}

void VoucherLedger::openMonth(const OperationsPlan& plan, int m)
{
    const std::size_t segmentCount = m_coverage.size();
    const int y = m / 12;
    if (m % 12 == 0) { // the limits are annual
        m_budgetLeft = m_program.annualBudgetCny;
        for (std::size_t k = 0; k < segmentCount; ++k) {
            m_capLeft[k] = plan.segments[k].userCapCny;
        }
    }
    std::fill(m_capBinding.begin(), m_capBinding.end(), 0);
    const bool voucherYear = y + 1 >= m_program.startYear && y + 1 < m_program.startYear + m_program.years;
    // Conditions combined without branches (& and |, not && and ||): which way a cap goes changes from month to
    // month, and a mispredicted branch costs more than evaluating every condition.
    const bool budgetOpen = voucherYear & (m_budgetLeft > 0.0);
    // Without a budget every coverage is 0. After a month like that, nothing read here has changed (the retained
    // uplift grows only under coverage) unless a segment still ramps up, so it would write what is there already.
    const bool unchanged = !budgetOpen && m_closedLastMonth && m >= plan.rampsEnd;
    if (m_any && m <= plan.rampsEnd) {
        for (std::size_t k = 0; k < segmentCount; ++k) {
            m_fill[k] = fillAt(plan, plan.segments[k], m);
        }
    }
    m_closedLastMonth = !budgetOpen;
    if (!m_any || unchanged) {
        return;
    }
    const double* reserved = plan.reserved.data() + m;
    const auto monthCount = static_cast<std::size_t>(plan.months);
    for (std::size_t k = 0; k < segmentCount; ++k) {
        const SegmentState& segment = plan.segments[k];
        const bool capLeft = (segment.userCapCny <= 0) | (m_capLeft[k] > 0.0);
        // A segment holding a reservation pays its contracts, not a price vouchers could lower.
        const bool underContract = reserved[k * monthCount] > 0.0;
        const bool eligible = segment.voucherEligible & !underContract;
        cover(k, eligible & budgetOpen & capLeft ? m_program.coverage : 0.0);
    }
}

void VoucherLedger::coverNone()
{
    for (std::size_t k = 0; k < m_coverage.size(); ++k) {
        cover(k, 0.0);
    }
}

bool VoucherLedger::allowedSpend(const OperationsPlan& plan, const double* revenue)
{
    double nominal = 0;
    for (std::size_t k = 0; k < m_coverage.size(); ++k) {
        nominal += m_coverage[k] * revenue[k];
    }
    bool binding = nominal > m_budgetLeft;
    for (std::size_t k = 0; k < m_coverage.size(); ++k) {
        const double spend = m_coverage[k] * revenue[k];
        const double budgetPart = nominal > 0 ? m_budgetLeft * spend / nominal : 0.0;
        m_allowed[k] = std::min(spend, std::max(0.0, budgetPart));
        m_capBinding[k] = plan.segments[k].userCapCny > 0 && m_capLeft[k] < m_allowed[k];
        if (m_capBinding[k]) {
            m_allowed[k] = std::max(0.0, m_capLeft[k]);
        }
        binding = binding || m_allowed[k] < spend;
    }
    return binding;
}

double VoucherLedger::pay(const double* revenue, double* perSegment, double yearSum)
{
    if (!anyCoverage()) {
        return yearSum; // every sum below would only add zeros
    }
    double total = yearSum;
    for (std::size_t k = 0; k < m_coverage.size(); ++k) {
        const double voucher = m_coverage[k] * revenue[k];
        if (perSegment != nullptr) {
            perSegment[k] += voucher;
        }
        m_budgetLeft -= voucher;
        m_capLeft[k] = m_capBinding[k] ? 0.0 : m_capLeft[k] - voucher;
        if (m_coverage[k] > 0) {
            m_retained[k] = std::max(m_retained[k], m_program.conversionShare * (m_uplift[k] - 1.0) * m_fill[k]);
        }
        total += voucher;
    }
    if (m_budgetLeft < 1e-3 * m_program.annualBudgetCny) {
        m_budgetLeft = 0.0; // spent to within 0.1%: the rest is not worth another month of vouchers
    }
    return total;
}

} // namespace suanpan::detail
