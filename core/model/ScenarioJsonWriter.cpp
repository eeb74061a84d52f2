#include "ScenarioJson.h"

#include "ScenarioSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suanpan::ScenarioJson {

namespace {

/// Every field but the colocation and network sections, which only some centers have.
QJsonObject scenarioToJson(const Scenario& s)
{
    QJsonObject json = sectionToJson(s, schema::scenarioHead);
    json.insert(QStringLiteral("formatVersion"), kFormatVersion);
    json.insert(QStringLiteral("site"), sectionToJson(s.site, schema::site));
    json.insert(QStringLiteral("power"), sectionToJson(s.power, schema::power));
    json.insert(QStringLiteral("racks"), sectionToJson(s.racks, schema::racks));
    json.insert(QStringLiteral("facilityPhases"), listToJson(s.facilityPhases, schema::facilityPhase));
    json.insert(QStringLiteral("cooling"), sectionToJson(s.cooling, schema::cooling));
    json.insert(QStringLiteral("chipMix"), listToJson(s.chipMix, schema::chipDeployment));
    json.insert(QStringLiteral("facility"), sectionToJson(s.facility, schema::facility));
    json.insert(QStringLiteral("operations"), sectionToJson(s.operations, schema::operations));
    json.insert(QStringLiteral("demand"), listToJson(s.demand, schema::demandSegment));
    json.insert(QStringLiteral("contracts"), listToJson(s.contracts, schema::contract));
    json.insert(QStringLiteral("policies"), sectionToJson(s.policies, schema::policies));
    json.insert(QStringLiteral("finance"), sectionToJson(s.finance, schema::finance));
    json.insert(QStringLiteral("uncertainty"), sectionToJson(s.uncertainty, schema::uncertainty));
    return json;
}

} // namespace

QJsonObject toJson(const Scenario& s)
{
    QJsonObject json = scenarioToJson(s);
    if (s.facility.housing == Housing::Colocation) {
        json.insert(QStringLiteral("colocation"), sectionToJson(s.colocation, schema::colocation));
    }
    if (s.network.enabled()) {
        json.insert(QStringLiteral("network"), sectionToJson(s.network, schema::network));
    }
    return json;
}

QByteArray toBytes(const Scenario& scenario)
{
    return QJsonDocument(toJson(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace suanpan::ScenarioJson
