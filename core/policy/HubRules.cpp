#include "HubRules.h"
#include "model/JsonReader.h"
#include "model/ScenarioSchema.h"

#include <QCoreApplication>

namespace suanpan {

namespace {

HubRule readRule(JsonReader& r)
{
    r.rejectUnknown({"id", "name", "nameZh", "issuer", "issuerZh", "year", "regionIds", "minStandardRacks", "test",
                     "limit", "binding", "source", "sourceUrl"});
    HubRule rule;
    rule.id = r.string("id");
    rule.name = {r.string("name"), r.string("nameZh")};
    rule.issuer = {r.string("issuer"), r.string("issuerZh")};
    rule.year = r.integer("year");
    rule.regionIds = r.stringList("regionIds");
    rule.minStandardRacks = r.number("minStandardRacks");
    rule.test = r.enumValue("test", HubRuleTest::RegionPueLimit);
    if (rule.test != HubRuleTest::RegionPueLimit) {
        rule.limit = r.number("limit");
        if (!(rule.limit > 0)) {
            r.report().add(r.childPath(QStringLiteral("limit")),
                           QCoreApplication::translate("Validation", "must be above 0"));
        }
    }
    rule.binding = r.boolean("binding");
    rule.source = r.string("source");
    rule.sourceUrl = r.optionalString("sourceUrl");
    return rule;
}

} // namespace

const HubRules& HubRules::builtIn()
{
    static const HubRules rules = [] {
        QStringList errors;
        HubRules loaded = readShipped<HubRules>(QStringLiteral(":/policies/rules.json"), errors);
        loaded.m_loadErrors = errors;
        return loaded;
    }();
    return rules;
}

HubRules HubRules::fromBytes(const QByteArray& json, ValidationReport& report)
{
    HubRules rules;
    const QString notThisFile = QCoreApplication::translate("Validation", "not a rules file (expected \"rules\")");
    forEachShippedEntry(json, "rules", notThisFile, report, [&](JsonReader& item) {
        const std::size_t before = report.issues().size();
        HubRule rule = readRule(item);
        if (report.issues().size() == before) {
            rules.m_rules.push_back(std::move(rule));
        }
    });
    return rules;
}

} // namespace suanpan
