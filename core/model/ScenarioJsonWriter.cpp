#include "ScenarioJson.h"

#include "ScenarioSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan::ScenarioJson {

namespace {

QJsonObject distributionToJson(const DistributionSpec& d)
{
    QJsonObject object{{QStringLiteral("type"), toKey(d.type)}};
    switch (d.type) {
    case DistributionType::Normal:
    case DistributionType::Lognormal:
        object.insert(QStringLiteral("mean"), d.mean);
        object.insert(QStringLiteral("sd"), d.sd);
        break;
    case DistributionType::Triangular:
    case DistributionType::Pert:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("mode"), d.mode);
        object.insert(QStringLiteral("max"), d.max);
        break;
    case DistributionType::Uniform:
        object.insert(QStringLiteral("min"), d.min);
        object.insert(QStringLiteral("max"), d.max);
        break;
    }
    return object;
}

QJsonObject uncertaintyToJson(const Uncertainty& u)
{
    QJsonArray inputs;
    for (const UncertainInput& input : u.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("path"), input.path},
                                  {QStringLiteral("apply"), toKey(input.apply)},
                                  {QStringLiteral("distribution"), distributionToJson(input.distribution)},
                                  {QStringLiteral("note"), input.note}});
    }
    QJsonArray events;
    for (const RiskEvent& event : u.events) {
        QJsonObject object{{QStringLiteral("type"), toKey(event.type)},
                           {QStringLiteral("probability"), event.probability},
                           {QStringLiteral("note"), event.note}};
        if (event.type == RiskEventType::ContractLoss) {
            if (event.contract >= 0) {
                object.insert(QStringLiteral("contract"), event.contract);
            }
        } else if (event.type == RiskEventType::RivalEntry) {
            object.insert(QStringLiteral("pflops"), event.pflops);
            object.insert(QStringLiteral("year"), event.year);
            if (!event.node.isEmpty()) {
                object.insert(QStringLiteral("node"), event.node);
            }
        } else {
            object.insert(QStringLiteral("delayMonths"), event.delayMonths);
        }
        if (event.type == RiskEventType::ChipSupplyCut) {
            object.insert(QStringLiteral("affectedShare"), event.affectedShare);
            object.insert(QStringLiteral("chipId"), event.chipId);
        }
        events.append(object);
    }
    QJsonArray correlations;
    for (const InputCorrelation& c : u.correlations) {
        correlations.append(
            QJsonObject{{QStringLiteral("a"), c.a}, {QStringLiteral("b"), c.b}, {QStringLiteral("rho"), c.rho}});
    }
    return {{QStringLiteral("inputs"), inputs},
            {QStringLiteral("events"), events},
            {QStringLiteral("correlations"), correlations}};
}

/// Every field but the colocation and network sections, which only some centers have.
QJsonObject scenarioToJson(const Scenario& s)
{
    QJsonObject json = sectionToJson(s, schema::scenarioHead());
    json.insert(QStringLiteral("formatVersion"), kFormatVersion);
    json.insert(QStringLiteral("site"), sectionToJson(s.site, schema::site()));
    json.insert(QStringLiteral("power"), sectionToJson(s.power, schema::power()));
    json.insert(QStringLiteral("racks"), sectionToJson(s.racks, schema::racks()));
    json.insert(QStringLiteral("facilityPhases"), listToJson(s.facilityPhases, schema::facilityPhase()));
    json.insert(QStringLiteral("cooling"), sectionToJson(s.cooling, schema::cooling()));
    json.insert(QStringLiteral("chipMix"), listToJson(s.chipMix, schema::chipDeployment()));
    json.insert(QStringLiteral("facility"), sectionToJson(s.facility, schema::facility()));
    json.insert(QStringLiteral("operations"), sectionToJson(s.operations, schema::operations()));
    json.insert(QStringLiteral("demand"), listToJson(s.demand, schema::demandSegment()));
    json.insert(QStringLiteral("contracts"), listToJson(s.contracts, schema::contract()));
    json.insert(QStringLiteral("policies"), sectionToJson(s.policies, schema::policies()));
    json.insert(QStringLiteral("finance"), sectionToJson(s.finance, schema::finance()));
    json.insert(QStringLiteral("uncertainty"), uncertaintyToJson(s.uncertainty));
    return json;
}

} // namespace

QJsonObject toJson(const Scenario& s)
{
    QJsonObject json = scenarioToJson(s);
    if (s.facility.housing == Housing::Colocation) {
        json.insert(QStringLiteral("colocation"), sectionToJson(s.colocation, schema::colocation()));
    }
    if (s.network.enabled()) {
        json.insert(QStringLiteral("network"), sectionToJson(s.network, schema::network()));
    }
    return json;
}

QByteArray toBytes(const Scenario& scenario)
{
    return QJsonDocument(toJson(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace suanpan::ScenarioJson
