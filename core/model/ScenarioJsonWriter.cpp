#include "ScenarioJson.h"

#include "ScenarioSchema.h"

#include <QJsonDocument>

namespace suanpan::ScenarioJson {

QJsonObject toJson(const Scenario& scenario)
{
    return sectionToJson(scenario, schema::scenario);
}

QByteArray toBytes(const Scenario& scenario)
{
    return QJsonDocument(toJson(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace suanpan::ScenarioJson
