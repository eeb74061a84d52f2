#include "ScenarioJson.h"

#include "Catalog.h"
#include "JsonReader.h"
#include "JsonText.h"
#include "ScenarioSchema.h"
#include "policy/PolicyLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace suanpan::ScenarioJson {

namespace {

QString indexed(const QString& path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

/**
 * Format 1 described at most one contract per segment, as `contractPflops` and `contractYears` on the segment: a
 * take-or-pay block from the opening. It reads as the same contract in the list (signed, fully take-or-pay, at
 * the market price at the opening), so that old files keep their meaning (methodology §7.5).
 */
void migrateSegmentContract(const QJsonObject& segment, const Catalog& defaults, ValidationReport& report,
                            const QString& path, std::vector<RevenueContract>& contracts)
{
    if (!segment.contains(QStringLiteral("contractPflops")) && !segment.contains(QStringLiteral("contractYears"))) {
        return;
    }
    JsonReader r(segment, path, report, &defaults);
    RevenueContract c;
    c.segment = segment.value(QStringLiteral("id")).toString();
    c.pflops = segment.contains(QStringLiteral("contractPflops")) ? r.number("contractPflops") : 0.0;
    c.termYears = segment.contains(QStringLiteral("contractYears")) ? r.integer("contractYears") : 0;
    if (c.pflops <= 0 && c.termYears <= 0) {
        return; // written as "no contract"
    }
    c.takeOrPayShare = 1.0;
    c.signingProbability = 1.0;
    contracts.push_back(c);
}

} // namespace

Scenario fromJson(const QJsonObject& file, const Catalog& catalog, ValidationReport& report)
{
    Scenario s;
    // Entries that name a library policy read as the library has it, with the entry's own fields over it.
    const QJsonObject object = PolicyLibrary::builtIn().expand(file, report);
    JsonReader r(object, QString(), report, &catalog);
    const QJsonValue versionValue = object.value(QStringLiteral("formatVersion"));
    const double versionNumber = versionValue.isUndefined() ? kFormatVersion : versionValue.toDouble(-1.0);
    if (!versionValue.isUndefined() &&
        (!versionValue.isDouble() || versionNumber < 1 || versionNumber != std::floor(versionNumber))) {
        report.add(QStringLiteral("formatVersion"),
                   QCoreApplication::translate("Validation", "expected a whole number from 1 (this version of Suanpan "
                                                             "writes %1), found %2")
                       .arg(kFormatVersion)
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{versionValue}).toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1)
                                .left(40)));
        return s;
    }
    if (versionNumber > kFormatVersion) {
        report.add(QStringLiteral("formatVersion"),
                   QCoreApplication::translate("Validation",
                                               "the scenario was written in format %1, newer than format %2, the "
                                               "newest this version of Suanpan reads; update Suanpan to open it")
                       .arg(QString::number(versionNumber, 'g', 12))
                       .arg(kFormatVersion));
        return s;
    }
    r.rejectUnknown({"formatVersion", "name",     "description", "startYear",      "horizonYears",
                     "site",          "power",    "racks",       "facilityPhases", "cooling",
                     "chipMix",       "facility", "colocation",  "operations",     "demand",
                     "contracts",     "policies", "finance",     "network",        "uncertainty"});
    readSection(r, schema::scenarioHead, s);

    readObject(r, "site", schema::site, s.site);

    readObject(r, "power", schema::power, s.power);
    readObject(r, "racks", schema::racks, s.racks);
    readList(r, "facilityPhases", true, schema::facilityPhase, s.facilityPhases);

    readObject(r, "cooling", schema::cooling, s.cooling);

    readList(r, "chipMix", true, schema::chipDeployment, s.chipMix);

    readObject(r, "facility", schema::facility, s.facility);
    if (s.facility.housing == Housing::Colocation) {
        readObject(r, "colocation", schema::colocation, s.colocation);
    } else if (object.contains(QStringLiteral("colocation"))) {
        report.add(QStringLiteral("colocation"),
                   QCoreApplication::translate("Validation", "applies only to a center housed in a third-party IDC "
                                                             "(facility.housing = \"colocation\"); this one builds"));
    }
    readObject(r, "operations", schema::operations, s.operations);
    // contractPflops and contractYears: format 1's one contract per segment, read as a contract below
    readList(r, "demand", false, schema::demandSegment, s.demand, {"contractPflops", "contractYears"});
    const QJsonArray segments = object.value(QStringLiteral("demand")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        migrateSegmentContract(segments.at(i).toObject(), catalog, report, indexed(QStringLiteral("demand"), i),
                               s.contracts);
    }
    readList(r, "contracts", false, schema::contract, s.contracts);
    readObject(r, "policies", schema::policies, s.policies);
    readObject(r, "finance", schema::finance, s.finance);
    if (object.contains(QStringLiteral("network"))) { // files without a network stay as they were
        readObject(r, "network", schema::network, s.network);
    }
    readObject(r, "uncertainty", schema::uncertainty, s.uncertainty);
    return s;
}

Scenario fromBytes(const QByteArray& bytes, const Catalog& catalog, ValidationReport& report)
{
    QString problem;
    const std::optional<QJsonObject> object = JsonText::parseObject(bytes, &problem);
    if (!object) {
        report.add(QString(), problem);
        return {};
    }
    return fromJson(*object, catalog, report);
}

} // namespace suanpan::ScenarioJson
