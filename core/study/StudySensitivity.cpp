// The feasibility study's sensitivity analysis (docs/methodology.md §13): the sensitivity coefficients
// (敏感度系数) and switching values (临界点) of the main factors, as the NDRC method (建设项目经济评价方法与参数,
// 第三版) asks for them.

#include "Study.h"

#include "engine/Engine.h"
#include "model/NumberTargets.h"
#include "risk/RiskMetric.h"

#include <QCoreApplication>

#include <boost/math/tools/roots.hpp>

#include <cmath>

namespace suanpan {

namespace {

struct FactorDefinition {
    const char* key;
    const char* name;
    QStringList paths;
};

/// The five factors of a computing center's study: what it costs to build, what it sells at, how much it
/// sells, what its electricity costs and what it costs to run besides electricity.
std::vector<FactorDefinition> factorDefinitions()
{
    return {
        {"investment",
         QT_TRANSLATE_NOOP("Study", "Construction investment"),
         {QStringLiteral("chipMix[*].override.cardPriceCny"), QStringLiteral("chipMix[*].override.serverBasePriceCny"),
          QStringLiteral("facility.buildingCapexCnyPerKw"), QStringLiteral("facility.powerInfraCapexCnyPerKw"),
          QStringLiteral("facility.networkCapexCnyPerServer"), QStringLiteral("facility.storageCapexCnyPerPb"),
          QStringLiteral("facility.solarCapexCnyPerKwp"), QStringLiteral("cooling.override.capexCnyPerKw")}},
        {"price",
         QT_TRANSLATE_NOOP("Study", "Price of compute"),
         {QStringLiteral("chipMix[*].override.rentalPriceCnyPerCardHour"),
          QStringLiteral("contracts[*].priceCnyPerPflopsYear")}},
        {"demand", QT_TRANSLATE_NOOP("Study", "Demand captured"), {QStringLiteral("demand[*].captureShare")}},
        {"electricity",
         QT_TRANSLATE_NOOP("Study", "Electricity price"),
         {QStringLiteral("site.override.tariffCnyPerKwh"), QStringLiteral("power.greenPriceCnyPerKwh")}},
        {"operatingCost",
         QT_TRANSLATE_NOOP("Study", "Operating cost besides electricity"),
         {QStringLiteral("site.override.itWageCnyPerYear"), QStringLiteral("operations.staffCostCnyPerFteYear"),
          QStringLiteral("operations.itMaintenanceShare"), QStringLiteral("operations.facilityMaintenanceShare"),
          QStringLiteral("operations.bandwidthCnyPerYear"), QStringLiteral("operations.softwareCnyPerCardYear"),
          QStringLiteral("operations.otherOpexCnyPerYear"), QStringLiteral("colocation.rentCnyPerRackMonth"),
          QStringLiteral("colocation.rentCnyPerKwMonth")}},
    };
}

constexpr std::array kMetrics{RiskMetric::NpvAfterTax, RiskMetric::ProjectIrrAfterTax};

/// A scratch copy of the scenario whose factor's inputs can be scaled together from their base values.
class ScaledFactor {
public:
    ScaledFactor(const ResolvedScenario& scenario, const QStringList& paths)
        : m_scratch(scenario)
    {
        for (const std::vector<NumberTarget>& targets : NumberTargets::find(m_scratch, paths)) {
            m_targets.insert(m_targets.end(), targets.begin(), targets.end());
        }
    }

    ScaledFactor(const ScaledFactor&) = delete; // the targets point into m_scratch
    ScaledFactor& operator=(const ScaledFactor&) = delete;

    /// The summary with every input of the factor at (1 + change) × its base, clamped to its allowed range.
    Summary evaluateAt(double change)
    {
        for (const NumberTarget& target : m_targets) {
            target.set(target.base * (1.0 + change));
        }
        return evaluate(m_scratch, engineOptionsFor(kMetrics)).summary;
    }

private:
    ResolvedScenario m_scratch;
    std::vector<NumberTarget> m_targets;
};

/// (ΔIRR / IRR) / (ΔF / F) between −10 % and +10 %.
OptionalFigure coefficient(const SensitivityRow& row, std::optional<double> baseIrr)
{
    const std::optional<double>& low = row.irrAfterTax[1];
    const std::optional<double>& high = row.irrAfterTax[2];
    if (!baseIrr || !low || !high) {
        return {std::nullopt, QCoreApplication::translate("Study", "no IRR at the base or at ±10 %")};
    }
    if (std::abs(*baseIrr) < 1e-9) {
        return {std::nullopt, QCoreApplication::translate("Study", "the base IRR is zero")};
    }
    return {((*high - *low) / *baseIrr) / (kSensitivityChanges[2] - kSensitivityChanges[1]), {}};
}

/**
 * The relative change in −100 % … +200 % at which the after-tax NPV crosses zero, nearest to no change:
 * scanned outwards in 10 % steps on each side, then refined with TOMS 748 (Boost.Math).
 */
OptionalFigure switchingChange(ScaledFactor& factor, double baseNpv)
{
    auto npv = [&factor](double change) { return factor.evaluateAt(change).npvAfterTaxCny; };
    constexpr double kStep = 0.1;
    double best = std::numeric_limits<double>::quiet_NaN();
    for (const double direction : {-1.0, 1.0}) {
        const double limit = direction < 0 ? 1.0 : 2.0;
        double previousChange = 0;
        double previousNpv = baseNpv;
        for (double size = kStep; size <= limit + 1e-9; size += kStep) {
            const double change = direction * size;
            const double value = npv(change);
            if ((previousNpv <= 0) != (value <= 0)) {
                boost::uintmax_t iterations = 60;
                const auto [a, b] = boost::math::tools::toms748_solve(
                    npv, std::min(previousChange, change), std::max(previousChange, change),
                    boost::math::tools::eps_tolerance<double>(30), iterations);
                const double root = (a + b) / 2;
                if (std::isnan(best) || std::abs(root) < std::abs(best)) {
                    best = root;
                }
                break;
            }
            previousChange = change;
            previousNpv = value;
        }
    }
    if (std::isnan(best)) {
        return {std::nullopt, QCoreApplication::translate("Study", "NPV keeps its sign from −100 % to +200 %")};
    }
    return {best, {}};
}

} // namespace

namespace StudyPipeline {

std::vector<SensitivityRow> sensitivityFactors(const ResolvedScenario& scenario)
{
    ResolvedScenario scratch = scenario;
    std::vector<SensitivityRow> rows;
    for (const FactorDefinition& definition : factorDefinitions()) {
        SensitivityRow row;
        row.key = QLatin1String(definition.key);
        row.factor = QCoreApplication::translate("Study", definition.name);
        const auto found = NumberTargets::find(scratch, definition.paths);
        for (qsizetype i = 0; i < definition.paths.size(); ++i) {
            if (!found.at(static_cast<std::size_t>(i)).empty()) {
                row.paths.append(definition.paths.at(i));
            }
        }
        if (!row.paths.isEmpty()) {
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::optional<std::vector<SensitivityRow>> sensitivity(const ResolvedScenario& scenario, const StudyProgress& progress)
{
    std::vector<SensitivityRow> rows = sensitivityFactors(scenario);
    const Summary base = evaluate(scenario, engineOptionsFor(kMetrics)).summary;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        SensitivityRow& row = rows[r];
        if (progress && !progress(static_cast<double>(r) / static_cast<double>(rows.size()), row.factor)) {
            return std::nullopt;
        }
        ScaledFactor factor(scenario, row.paths);
        for (std::size_t c = 0; c < kSensitivityChanges.size(); ++c) {
            const Summary s = factor.evaluateAt(kSensitivityChanges[c]);
            row.npvAfterTax[c] = s.npvAfterTaxCny;
            row.irrAfterTax[c] = s.projectIrrAfterTax.value;
        }
        row.coefficient = coefficient(row, base.projectIrrAfterTax.value);
        row.switchingChange = switchingChange(factor, base.npvAfterTaxCny);
    }
    return rows;
}

} // namespace StudyPipeline

} // namespace suanpan
