#include "Finance.h"

#include <boost/math/tools/roots.hpp>

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

std::optional<double> irr(std::span<const double> flows, bool* multipleRoots)
{
    if (multipleRoots != nullptr) {
        *multipleRoots = false;
    }
    // Bracket every sign change of NPV on a grid (fine near 0, coarse far away), then refine each bracket
    // with TOMS 748. NPV is continuous on (-1, inf), so every root lies in a bracket the grid sees, unless
    // two roots share one cell (then neither is reported, which is the honest answer for such flows).
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
    std::vector<double> roots;
    double previousRate = grid.front();
    double previousValue = npv(previousRate, flows);
    for (std::size_t i = 1; i < grid.size(); ++i) {
        const double rate = grid[i];
        const double value = npv(rate, flows);
        if (previousValue == 0.0) {
            roots.push_back(previousRate);
        } else if ((previousValue < 0) != (value < 0) && value != 0.0) {
            std::uintmax_t iterations = 100;
            const auto bracket = boost::math::tools::toms748_solve(
                [&flows](double r) { return npv(r, flows); }, previousRate, rate, previousValue, value,
                boost::math::tools::eps_tolerance<double>(48), iterations);
            roots.push_back((bracket.first + bracket.second) / 2.0);
        }
        previousRate = rate;
        previousValue = value;
    }
    if (roots.empty()) {
        return std::nullopt;
    }
    if (multipleRoots != nullptr) {
        *multipleRoots = roots.size() > 1;
    }
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
