#pragma once

#include "Scenario.h"
#include "ScenarioSchema.h"

#include <QString>

namespace suanpan {

/**
 * \brief Visits every numeric input field of a scenario with its path (`chipMix[1].count`).
 *
 * The one list of a scenario's numbers: validation range-checks through it, and anything that must address
 * "any numeric input" by path (uncertainty, goal seek, editors) uses it too. Works on a const or mutable
 * scenario; the visitor is called as visitor(path, value) with value an int& or double& (const if S is).
 */
/// The numbers of the network section (network.priceFactor, network.centers[2].pflops, …).
template <typename N, typename Visitor> void visitNetwork(N& n, Visitor&& visit)
{
    const QString base = QStringLiteral("network");
    visitSection(n, schema::network, base, visit);
    for (std::size_t i = 0; i < n.nodes.size(); ++i) {
        const QString node = base + QStringLiteral(".nodes[%1]").arg(i);
        visitSection(n.nodes[i], schema::networkNode, node, visit);
        for (std::size_t k = 0; k < n.nodes[i].demand.size(); ++k) {
            visitSection(n.nodes[i].demand[k], schema::nodeDemand, node + QStringLiteral(".demand[%1]").arg(k), visit);
        }
    }
    for (std::size_t i = 0; i < n.centers.size(); ++i) {
        visitSection(n.centers[i], schema::networkCenter, base + QStringLiteral(".centers[%1]").arg(i), visit);
    }
    for (std::size_t i = 0; i < n.links.size(); ++i) {
        visitSection(n.links[i], schema::networkLink, base + QStringLiteral(".links[%1]").arg(i), visit);
    }
}

template <typename S, typename Visitor> void visitNumbers(S& s, Visitor&& visit)
{
    auto at = [](const char* list, std::size_t i) { return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i); };
    visitSection(s, schema::scenarioHead, QString(), visit);
    visitSection(s.power, schema::power, QStringLiteral("power"), visit);
    visitSection(s.racks, schema::racks, QStringLiteral("racks"), visit);
    for (std::size_t i = 0; i < s.facilityPhases.size(); ++i) {
        visitSection(s.facilityPhases[i], schema::facilityPhase, at("facilityPhases", i), visit);
    }
    for (std::size_t i = 0; i < s.chipMix.size(); ++i) {
        visitSection(s.chipMix[i], schema::chipDeployment, at("chipMix", i), visit);
    }
    visitSection(s.facility, schema::facility, QStringLiteral("facility"), visit);
    if (s.facility.housing == Housing::Colocation) {
        visitSection(s.colocation, schema::colocation, QStringLiteral("colocation"), visit);
    }
    visitSection(s.operations, schema::operations, QStringLiteral("operations"), visit);
    for (std::size_t i = 0; i < s.demand.size(); ++i) {
        // The forecast's numbers are those of its type (read by hand, ScenarioSchemaMarket.cpp readForecast).
        auto& f = s.demand[i].forecast;
        const QString forecast = at("demand", i) + QStringLiteral(".forecast.");
        visit(forecast + QStringLiteral("baseDemandPflops"), f.baseDemandPflops);
        visit(forecast + QStringLiteral("growthPerYear"), f.growthPerYear);
        visit(forecast + QStringLiteral("saturationPflops"), f.saturationPflops);
        for (std::size_t k = 0; k < f.seriesPflops.size(); ++k) {
            visit(forecast + QStringLiteral("seriesPflops[%1]").arg(k), f.seriesPflops[k]);
        }
        visitSection(s.demand[i], schema::demandSegment, at("demand", i), visit);
    }
    for (std::size_t i = 0; i < s.contracts.size(); ++i) {
        visitSection(s.contracts[i], schema::contract, at("contracts", i), visit);
    }
    auto& p = s.policies;
    for (std::size_t i = 0; i < p.capexSubsidies.size(); ++i) {
        auto& c = p.capexSubsidies[i];
        const QString subsidy = at("policies.capexSubsidies", i);
        visitSection(c, schema::capexSubsidy, subsidy, visit);
        visitSection(c.conditions, schema::subsidyConditions, subsidy + QStringLiteral(".conditions"), visit);
        if (c.clawback.metric != ClawbackMetric::None) { // written (and so a field) only when it measures something
            visitSection(c.clawback, schema::clawback, subsidy + QStringLiteral(".clawback"), visit);
        }
        for (std::size_t k = 0; k < c.payers.size(); ++k) {
            visitSection(c.payers[k], schema::payerShare, subsidy + QStringLiteral(".payers[%1]").arg(k), visit);
        }
    }
    visitSection(p.electricitySubsidy, schema::electricitySubsidy, QStringLiteral("policies.electricitySubsidy"),
                 visit);
    visitSection(p.interestSubsidy, schema::interestSubsidy, QStringLiteral("policies.interestSubsidy"), visit);
    visitSection(p.vouchers, schema::vouchers, QStringLiteral("policies.vouchers"), visit);
    visitSection(p, schema::policies, QStringLiteral("policies"), visit);
    visitSection(s.finance, schema::finance, QStringLiteral("finance"), visit);
    if (s.network.enabled()) {
        visitNetwork(s.network, visit);
    }
    // The uncertainty section's own numbers (distribution parameters are checked against their target field
    // by the uncertainty validator instead, since their unit is the target's).
    auto& u = s.uncertainty;
    for (std::size_t i = 0; i < u.events.size(); ++i) {
        visit(at("uncertainty.events", i) + QStringLiteral(".probability"), u.events[i].probability);
        visit(at("uncertainty.events", i) + QStringLiteral(".affectedShare"), u.events[i].affectedShare);
        visit(at("uncertainty.events", i) + QStringLiteral(".delayMonths"), u.events[i].delayMonths);
        if (u.events[i].type == RiskEventType::RivalEntry) {
            visit(at("uncertainty.events", i) + QStringLiteral(".pflops"), u.events[i].pflops);
            visit(at("uncertainty.events", i) + QStringLiteral(".year"), u.events[i].year);
        }
        if (u.events[i].contract != -1) { // -1: every contract (the field left out)
            visit(at("uncertainty.events", i) + QStringLiteral(".contract"), u.events[i].contract);
        }
    }
    for (std::size_t i = 0; i < u.correlations.size(); ++i) {
        visitSection(u.correlations[i], schema::correlation, at("uncertainty.correlations", i), visit);
    }
}

} // namespace suanpan
