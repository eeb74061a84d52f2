#include "CatalogParse.h"

#include "FieldSpecs.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace suanpan::CatalogParse {

namespace {

/// Reads dotted keys ("tflops.fp16") from an override first, then from the catalog entry.
class SpecReader {
public:
    SpecReader(const QJsonObject& entry, const QJsonObject& override, const QString& catalog,
               const QString& overridePath, ValidationReport& report)
        : m_entry(entry)
        , m_override(override)
        , m_catalog(catalog)
        , m_catalogPath(QStringLiteral("%1[%2]").arg(catalog, entry.value(QStringLiteral("id")).toString()))
        , m_overridePath(overridePath)
        , m_report(report)
    {}

    double number(const char* key)
    {
        const QJsonValue value = lookup(key);
        const QString path = pathOf(key);
        if (value.isUndefined()) {
            m_report.add(path, QCoreApplication::translate("Validation", "required field is missing"));
            return 0.0;
        }
        if (!value.isDouble()) {
            m_report.add(path, QCoreApplication::translate("Validation", "expected a number"));
            return 0.0;
        }
        check(path, QStringLiteral("%1.%2").arg(m_catalog, QLatin1String(key)), value.toDouble());
        return value.toDouble();
    }

    QString text(const char* key) { return lookup(key).toString(); }
    bool flag(const char* key, const char* trueText) { return lookup(key).toString() == QLatin1String(trueText); }

    template <std::size_t N> std::array<double, N> numbers(const char* key)
    {
        std::array<double, N> values{};
        const QJsonValue value = lookup(key);
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != static_cast<qsizetype>(N)) {
            m_report.add(pathOf(key),
                         QCoreApplication::translate("Validation", "expected a list of %1 numbers").arg(N));
            return values;
        }
        for (std::size_t i = 0; i < N; ++i) {
            const QString path = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(static_cast<qsizetype>(i)).isDouble()) {
                m_report.add(path, QCoreApplication::translate("Validation", "expected a number"));
                continue;
            }
            values[i] = array.at(static_cast<qsizetype>(i)).toDouble();
            check(path, QStringLiteral("%1.%2[]").arg(m_catalog, QLatin1String(key)), values[i]);
        }
        return values;
    }

    /// Reports override keys (also nested ones) that the catalog entry does not have.
    void rejectUnknownOverrides() { rejectUnknown(m_override, m_entry, m_overridePath); }

private:
    static QJsonValue find(const QJsonObject& object, const char* dottedKey)
    {
        const QStringList parts = QString::fromLatin1(dottedKey).split(QLatin1Char('.'));
        QJsonValue value = object;
        for (const QString& part : parts) {
            value = value.toObject().value(part);
        }
        return value;
    }

    QJsonValue lookup(const char* key) const
    {
        const QJsonValue overridden = find(m_override, key);
        return overridden.isUndefined() ? find(m_entry, key) : overridden;
    }

    QString pathOf(const char* key) const
    {
        const bool overridden = !find(m_override, key).isUndefined();
        return (overridden ? m_overridePath : m_catalogPath) + QLatin1Char('.') + QLatin1String(key);
    }

    void check(const QString& path, const QString& pattern, double value)
    {
        const FieldSpec* spec = findFieldSpec(pattern);
        if (!std::isfinite(value)) {
            m_report.add(path,
                         QCoreApplication::translate("Validation", "%1 is not a finite number").arg(numberText(value)));
        } else if (spec != nullptr && (value < spec->min || value > spec->max)) {
            m_report.add(path, QCoreApplication::translate("Validation", "%1 is outside the allowed range %2")
                                   .arg(numberText(value), rangeText(*spec)));
        } else if (spec != nullptr && spec->integer && value != std::floor(value)) {
            m_report.add(
                path,
                QCoreApplication::translate("Validation", "expected a whole number, found %1").arg(numberText(value)));
        }
    }

    void rejectUnknown(const QJsonObject& override, const QJsonObject& entry, const QString& path)
    {
        for (auto it = override.begin(); it != override.end(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("id") || !entry.contains(it.key())) {
                m_report.add(childPath, QCoreApplication::translate("Validation", "cannot be overridden (not a field "
                                                                                  "of this catalog entry)"));
            } else if (it.value().isObject()) {
                rejectUnknown(it.value().toObject(), entry.value(it.key()).toObject(), childPath);
            }
        }
    }

    QJsonObject m_entry;
    QJsonObject m_override;
    QString m_catalog;
    QString m_catalogPath;
    QString m_overridePath;
    ValidationReport& m_report;
};

template <std::size_t N> std::array<double, N> readKeyed(SpecReader& r, const char* group, const QStringList& keys)
{
    std::array<double, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        const QByteArray key = QByteArray(group) + '.' + keys.at(static_cast<qsizetype>(i)).toLatin1();
        values[i] = r.number(key.constData());
    }
    return values;
}

} // namespace

ChipSpec chip(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
              ValidationReport& report)
{
    SpecReader r(entry, override, QStringLiteral("chips"), overridePath, report);
    r.rejectUnknownOverrides();
    ChipSpec c;
    c.id = entry.value(QStringLiteral("id")).toString();
    c.name = r.text("name");
    c.vendor = r.text("vendor");
    c.domestic = r.flag("origin", "domestic");
    c.tflops = readKeyed<kPrecisionCount>(r, "tflops", enumKeys<Precision>());
    c.memoryGb = r.number("memoryGb");
    c.tdpW = r.number("tdpW");
    c.cardsPerServer = static_cast<int>(r.number("cardsPerServer"));
    c.serverOverheadW = r.number("serverOverheadW");
    c.idlePowerShare = r.number("idlePowerShare");
    c.cardPriceCny = r.number("cardPriceCny");
    c.serverBasePriceCny = r.number("serverBasePriceCny");
    c.rentalPriceCnyPerCardHour = r.number("rentalPriceCnyPerCardHour");
    c.priceDeclinePerYear = r.number("priceDeclinePerYear");
    c.economicLifeYears = r.number("economicLifeYears");
    c.supplyRisk = r.number("supplyRisk");
    c.ecosystemEfficiency = readKeyed<kWorkloadCount>(r, "ecosystemEfficiency", enumKeys<Workload>());
    return c;
}

CoolingSpec cooling(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
                    ValidationReport& report)
{
    SpecReader r(entry, override, QStringLiteral("cooling"), overridePath, report);
    r.rejectUnknownOverrides();
    CoolingSpec c;
    c.id = entry.value(QStringLiteral("id")).toString();
    c.name = r.text("name");
    c.nameZh = r.text("nameZh");
    c.maxKwPerRack = r.number("maxKwPerRack");
    c.capexCnyPerKw = r.number("capexCnyPerKw");
    c.pue.fixedShare = r.number("pue.fixedShare");
    c.pue.proportionalShare = r.number("pue.proportionalShare");
    c.pue.baseCoolingShare = r.number("pue.baseCoolingShare");
    c.pue.mechanicalCoolingShare = r.number("pue.mechanicalCoolingShare");
    c.pue.freeCoolingBelowC = r.number("pue.freeCoolingBelowC");
    c.pue.fullMechanicalAboveC = r.number("pue.fullMechanicalAboveC");
    c.waterBaseLPerKwh = r.number("water.baseLPerKwh");
    c.waterMechanicalLPerKwh = r.number("water.mechanicalLPerKwh");
    if (c.pue.fullMechanicalAboveC <= c.pue.freeCoolingBelowC) {
        report.add(overridePath.isEmpty() ? QStringLiteral("cooling[%1].pue").arg(c.id) : overridePath,
                   QCoreApplication::translate("Validation",
                                               "the full-mechanical temperature (%1 °C) must be above the "
                                               "free-cooling temperature (%2 °C)")
                       .arg(numberText(c.pue.fullMechanicalAboveC), numberText(c.pue.freeCoolingBelowC)));
    }
    return c;
}

RegionSpec region(const QJsonObject& entry, const QJsonObject& override, const QString& overridePath,
                  ValidationReport& report)
{
    SpecReader r(entry, override, QStringLiteral("regions"), overridePath, report);
    r.rejectUnknownOverrides();
    RegionSpec g;
    g.id = entry.value(QStringLiteral("id")).toString();
    g.name = r.text("name");
    g.nameZh = r.text("nameZh");
    g.tariffCnyPerKwh = r.number("tariffCnyPerKwh");
    g.demandChargeCnyPerKwMonth = r.number("demandChargeCnyPerKwMonth");
    g.capacityChargeCnyPerKvaMonth = r.number("capacityChargeCnyPerKvaMonth");
    g.gridEmissionKgPerKwh = r.number("gridEmissionKgPerKwh");
    g.monthlyTempC = r.numbers<12>("monthlyTempC");
    g.itWageCnyPerYear = r.number("itWageCnyPerYear");
    g.landPriceCnyPerM2 = r.number("landPriceCnyPerM2");
    g.solarYieldKwhPerKwpYear = r.number("solarYieldKwhPerKwpYear");
    g.hub = r.text("hub");
    g.hubZh = r.text("hubZh");
    g.pueLimit = r.number("pueLimit");
    return g;
}

RedundancySpec redundancy(const QJsonObject& entry, ValidationReport& report)
{
    SpecReader r(entry, QJsonObject(), QStringLiteral("redundancy"), QString(), report);
    RedundancySpec d;
    d.id = entry.value(QStringLiteral("id")).toString();
    d.name = r.text("name");
    d.nameZh = r.text("nameZh");
    d.powerCapexMultiplier = r.number("powerCapexMultiplier");
    d.availability = r.number("availability");
    return d;
}

} // namespace suanpan::CatalogParse
