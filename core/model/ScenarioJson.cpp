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
    // Format 1's contracts on the segments come first in the list, before those the file lists.
    std::vector<RevenueContract> migrated;
    const QJsonArray segments = object.value(QStringLiteral("demand")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        migrateSegmentContract(segments.at(i).toObject(), catalog, report, indexed(QStringLiteral("demand"), i),
                               migrated);
    }
    readSection(r, schema::scenario, s);
    s.contracts.insert(s.contracts.begin(), migrated.begin(), migrated.end());
    return s;
}

QStringList fieldsNotApplying(const QJsonObject& object, const Catalog& catalog)
{
    ValidationReport report;
    fromJson(object, catalog, report);
    return report.notApplying();
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
