#include "Finance.h"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>

namespace suanpan::Finance {

double npv(double rate, std::span<const double> flows)
{
    // Horner's scheme in x = 1 / (1 + rate): Σ flow_t · x^(t+1), one multiply-add per year.
    const double x = 1.0 / (1.0 + rate);
    double value = 0.0;
    for (auto it = flows.rbegin(); it != flows.rend(); ++it) {
        value = (value + *it) * x;
    }
    return value;
}

namespace {

// The IRR search grid: fine near 0, coarse far away, from -99% to 1005%.
const std::vector<double>& irrGrid()
{
    static const std::vector<double> grid = [] {
        std::vector<double> rates;
        for (int i = 0; i < 8; ++i) {
            rates.push_back(-0.99 + i * 0.1); // -0.99 … -0.29
        }
        for (int i = 0; i <= 65; ++i) {
            rates.push_back(-0.25 + i * 0.02); // -0.25 … 1.05
        }
        for (int i = 1; i <= 18; ++i) {
            rates.push_back(1.05 + i * 0.5); // … 10.05
        }
        return rates;
    }();
    return grid;
}

/// Grid cells (by their upper index) ordered by how close to 0 a root in them can be, and that distance.
struct CellOrder {
    std::vector<std::size_t> cells;
    std::vector<double> distance; ///< by upper index
};

const CellOrder& cellsNearestZeroFirst()
{
    static const CellOrder order = [] {
        const std::vector<double>& grid = irrGrid();
        CellOrder o;
        o.distance.assign(grid.size(), 0.0);
        for (std::size_t i = 1; i < grid.size(); ++i) {
            const bool straddles = (grid[i - 1] < 0) != (grid[i] < 0);
            o.distance[i] = straddles ? 0.0 : std::min(std::abs(grid[i - 1]), std::abs(grid[i]));
            o.cells.push_back(i);
        }
        std::stable_sort(o.cells.begin(), o.cells.end(),
                         [&o](std::size_t a, std::size_t b) { return o.distance[a] < o.distance[b]; });
        return o;
    }();
    return order;
}

/**
 * NPV at the grid points [first, first + count), count ≤ kNpvBlock, written to values[first …]. Each point's
 * Horner chain is npv()'s, operation for operation, so the values are the same bits; evaluated side by side,
 * the chains overlap instead of each waiting on its own previous step.
 */
constexpr std::size_t kNpvBlock = 8;

void npvBlock(std::span<const double> flows, const std::vector<double>& grid, std::size_t first, std::size_t count,
              double* values)
{
    std::array<double, kNpvBlock> x{};
    for (std::size_t i = 0; i < kNpvBlock; ++i) {
        x[i] = 1.0 / (1.0 + grid[first + std::min(i, count - 1)]);
    }
    // Named accumulators, so that they stay in registers (an array would be stored and reloaded each step).
    double v0 = 0, v1 = 0, v2 = 0, v3 = 0, v4 = 0, v5 = 0, v6 = 0, v7 = 0;
    for (auto it = flows.rbegin(); it != flows.rend(); ++it) {
        const double flow = *it;
        v0 = (v0 + flow) * x[0];
        v1 = (v1 + flow) * x[1];
        v2 = (v2 + flow) * x[2];
        v3 = (v3 + flow) * x[3];
        v4 = (v4 + flow) * x[4];
        v5 = (v5 + flow) * x[5];
        v6 = (v6 + flow) * x[6];
        v7 = (v7 + flow) * x[7];
    }
    const std::array<double, kNpvBlock> value{v0, v1, v2, v3, v4, v5, v6, v7};
    std::copy_n(value.begin(), count, values + first);
}

/// Whether grid cell (i − 1, i) holds a root: NPV is zero at its lower end or changes sign across it.
inline bool cellHoldsRoot(double previousValue, double value)
{
    return previousValue == 0.0 || ((previousValue < 0) != (value < 0) && value != 0.0);
}

/// The root in a grid cell that holds one: refined with TOMS 748 (the lower end itself when NPV is zero there).
double rootInCell(std::span<const double> flows, const std::vector<double>& grid, std::size_t i, double previousValue,
                  double value)
{
    if (previousValue == 0.0) {
        return grid[i - 1];
    }
    std::uintmax_t iterations = 100;
    const auto bracket = boost::math::tools::toms748_solve([&flows](double r) { return npv(r, flows); }, grid[i - 1],
                                                           grid[i], previousValue, value,
                                                           boost::math::tools::eps_tolerance<double>(48), iterations);
    return (bracket.first + bracket.second) / 2.0;
}

/// How often the flows change sign, zeros skipped (Descartes' rule: at most that many rates give NPV = 0).
int signChanges(std::span<const double> flows, double* lastNonZero)
{
    int changes = 0;
    double previous = 0.0;
    for (double flow : flows) {
        if (flow != 0.0) {
            changes += previous != 0.0 && (previous < 0) != (flow < 0) ? 1 : 0;
            previous = flow;
        }
    }
    *lastNonZero = previous;
    return changes;
}

} // namespace

std::optional<double> irr(std::span<const double> flows, bool* multipleRoots)
{
    // Bracket every sign change of NPV on a grid (fine near 0, coarse far away), then refine each bracket
    // with TOMS 748. NPV is continuous on (-1, inf), so every root lies in a bracket the grid sees, unless
    // two roots share one cell (then neither is reported, which is the honest answer for such flows).
    const std::vector<double>& grid = irrGrid();
    if (multipleRoots == nullptr) {
        // Only the root closest to 0 is wanted: visit cells nearest 0 first and stop once no cell left can
        // hold a closer root. The cells visited give the same roots as the full scan below, bit for bit.
        const CellOrder& order = cellsNearestZeroFirst();
        // With one sign change there is exactly one root (in 1 / (1 + rate)), on the side of 0 where NPV turns
        // to the sign of the last flow: cells wholly on the other side need not be looked at. Without a sign
        // change (and some flow not zero) there is none.
        double lastFlow = 0.0;
        const int changes = signChanges(flows, &lastFlow);
        if (changes == 0 && lastFlow != 0.0) {
            return std::nullopt;
        }
        int side = 0; // +1: the root is above 0; -1: below; 0: not known
        if (changes == 1) {
            double atZero = 0.0;
            for (double flow : flows) {
                atZero += flow;
            }
            side = atZero == 0.0 ? 0 : (atZero < 0) == (lastFlow < 0) ? 1 : -1;
        }
        // NPV on the grid, a block of points at a time as the cells visited need them.
        std::array<double, 128> values{};
        std::array<bool, (128 + kNpvBlock - 1) / kNpvBlock> known{};
        auto valueAt = [&](std::size_t i) {
            const std::size_t block = i / kNpvBlock;
            if (!known[block]) {
                const std::size_t first = block * kNpvBlock;
                npvBlock(flows, grid, first, std::min(kNpvBlock, grid.size() - first), values.data());
                known[block] = true;
            }
            return values[i];
        };
        std::optional<double> best;
        for (std::size_t i : order.cells) {
            if (best && order.distance[i] > std::abs(*best)) {
                break;
            }
            if ((side > 0 && grid[i] <= 0.0) || (side < 0 && grid[i - 1] >= 0.0)) {
                continue;
            }
            const double previousValue = valueAt(i - 1);
            const double value = valueAt(i);
            if (!cellHoldsRoot(previousValue, value)) {
                continue;
            }
            const double root = rootInCell(flows, grid, i, previousValue, value);
            // Equally close roots: the lower rate, as the full scan (ascending) keeps the first.
            if (!best || std::abs(root) < std::abs(*best) || (std::abs(root) == std::abs(*best) && root < *best)) {
                best = root;
            }
        }
        return best;
    }
    *multipleRoots = false;
    std::vector<double> roots;
    std::vector<double> values(grid.size());
    for (std::size_t first = 0; first < grid.size(); first += kNpvBlock) {
        npvBlock(flows, grid, first, std::min(kNpvBlock, grid.size() - first), values.data());
    }
    for (std::size_t i = 1; i < grid.size(); ++i) {
        if (cellHoldsRoot(values[i - 1], values[i])) {
            roots.push_back(rootInCell(flows, grid, i, values[i - 1], values[i]));
        }
    }
    if (roots.empty()) {
        return std::nullopt;
    }
    *multipleRoots = roots.size() > 1;
    double best = roots.front();
    for (double root : roots) {
        best = std::abs(root) < std::abs(best) ? root : best;
    }
    return best;
}

double pmt(double ratePerPeriod, int periods, double principal)
{
    if (periods <= 0) {
        return principal;
    }
    if (ratePerPeriod == 0.0) {
        return principal / periods;
    }
    const double growth = std::pow(1.0 + ratePerPeriod, periods);
    return principal * ratePerPeriod * growth / (growth - 1.0);
}

std::optional<double> paybackYears(std::span<const double> flows)
{
    double cumulative = 0.0;
    bool invested = false;
    for (std::size_t k = 0; k < flows.size(); ++k) {
        const double previous = cumulative;
        cumulative += flows[k];
        if (cumulative < 0.0) {
            invested = true;
        } else if (invested) {
            return static_cast<double>(k) + (-previous) / flows[k];
        }
    }
    if (!invested) {
        return 0.0; // the cumulative flow was never negative: nothing to pay back
    }
    return std::nullopt;
}

std::optional<double> discountedPaybackYears(double rate, std::span<const double> flows)
{
    std::vector<double> discounted(flows.begin(), flows.end());
    double factor = 1.0;
    for (double& flow : discounted) {
        factor /= (1.0 + rate);
        flow *= factor;
    }
    return paybackYears(discounted);
}

std::vector<double> incomeTaxWithLossCarryForward(std::span<const double> taxableIncome, double rate, int carryYears)
{
    struct Loss {
        std::size_t year;
        double amount;
    };
    std::deque<Loss> losses;
    std::vector<double> tax(taxableIncome.size(), 0.0);
    for (std::size_t year = 0; year < taxableIncome.size(); ++year) {
        // Losses older than carryYears expire before this year's profit can use them.
        while (!losses.empty() && year - losses.front().year > static_cast<std::size_t>(carryYears)) {
            losses.pop_front();
        }
        double income = taxableIncome[year];
        if (income < 0.0) {
            losses.push_back({year, -income});
            continue;
        }
        while (income > 0.0 && !losses.empty()) {
            const double used = std::min(income, losses.front().amount);
            income -= used;
            losses.front().amount -= used;
            if (losses.front().amount <= 0.0) {
                losses.pop_front();
            }
        }
        tax[year] = income * rate;
    }
    return tax;
}

} // namespace suanpan::Finance
