// The built-in catalogs load, hold what the issue asks for, and every figure carries a source or says
// that it is an estimate.

#include "model/Catalog.h"
#include "model/CatalogParse.h"
#include "model/FieldSpecs.h"

#include <QJsonArray>
#include <QTest>

using namespace suanpan;

namespace {

/// Numeric fields of an entry, with nested objects named by their top-level key (tflops, pue, …).
QStringList numericFields(const QJsonObject& entry)
{
    QStringList fields;
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.value().isDouble() || it.value().isArray() ||
            (it.value().isObject() && it.key() != QLatin1String("sources") && it.key() != QLatin1String("estimates"))) {
            fields << it.key();
        }
    }
    return fields;
}

bool documented(const QJsonObject& notes, const QString& field)
{
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (it.key() == field || it.key().startsWith(field + QLatin1Char('.'))) {
            return !it.value().toString().trimmed().isEmpty();
        }
    }
    return false;
}

} // namespace

class TestCatalogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void requiredEntries_data();
    void requiredEntries();
    void everyEntryParses();
    void everyFigureHasSourceOrEstimate();
    void everyDefaultHasASource();
};

void TestCatalogs::builtInLoads()
{
    QVERIFY2(Catalog::builtIn().loadErrors().isEmpty(),
             qPrintable(Catalog::builtIn().loadErrors().join(QLatin1Char('\n'))));
}

void TestCatalogs::requiredEntries_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    for (const char* id : {"h100-sxm", "h800", "h200", "h20", "a100", "a800", "l40s", "l20", "b200", "ascend-910b",
                           "ascend-910c", "mlu370-x8", "mtt-s4000", "br100", "xeon-8480"}) {
        QTest::newRow(id) << int(CatalogKind::Chips) << QString::fromLatin1(id);
    }
    for (const char* id : {"air", "air-free-cooling", "rear-door", "cold-plate", "immersion"}) {
        QTest::newRow(id) << int(CatalogKind::Cooling) << QString::fromLatin1(id);
    }
    for (const char* id : {"ningxia-zhongwei", "inner-mongolia-horinger", "gansu-qingyang", "guizhou-guian", "beijing",
                           "shanghai", "zhejiang-hangzhou", "jiangsu-nanjing", "henan-zhengzhou", "hubei-wuhan",
                           "sichuan-chengdu", "guangdong-shaoguan"}) {
        QTest::newRow(id) << int(CatalogKind::Regions) << QString::fromLatin1(id);
    }
    for (const char* id : {"N", "N+1", "2N"}) {
        QTest::newRow(id) << int(CatalogKind::Redundancy) << QString::fromLatin1(id);
    }
}

void TestCatalogs::requiredEntries()
{
    QFETCH(int, kind);
    QFETCH(QString, id);
    QVERIFY(Catalog::builtIn().entry(static_cast<CatalogKind>(kind), id) != nullptr);
}

void TestCatalogs::everyEntryParses()
{
    const Catalog& catalog = Catalog::builtIn();
    ValidationReport report;
    for (const QJsonObject& e : catalog.entries(CatalogKind::Chips)) {
        CatalogParse::chip(e, {}, {}, report);
    }
    for (const QJsonObject& e : catalog.entries(CatalogKind::Cooling)) {
        CatalogParse::cooling(e, {}, {}, report);
    }
    for (const QJsonObject& e : catalog.entries(CatalogKind::Regions)) {
        CatalogParse::region(e, {}, {}, report);
    }
    for (const QJsonObject& e : catalog.entries(CatalogKind::Redundancy)) {
        CatalogParse::redundancy(e, report);
    }
    QVERIFY2(report.isValid(), qPrintable(report.toTextLines().join(QLatin1Char('\n'))));
}

void TestCatalogs::everyFigureHasSourceOrEstimate()
{
    const Catalog& catalog = Catalog::builtIn();
    for (int k = 0; k < kCatalogKindCount; ++k) {
        for (const QJsonObject& entry : catalog.entries(static_cast<CatalogKind>(k))) {
            const QJsonObject sources = entry.value(QStringLiteral("sources")).toObject();
            const QJsonObject estimates = entry.value(QStringLiteral("estimates")).toObject();
            for (const QString& field : numericFields(entry)) {
                QVERIFY2(documented(sources, field) || documented(estimates, field),
                         qPrintable(QStringLiteral("%1 %2: %3 has neither a source nor an estimate note")
                                        .arg(catalogName(static_cast<CatalogKind>(k)),
                                             entry.value(QStringLiteral("id")).toString(), field)));
            }
        }
    }
}

void TestCatalogs::everyDefaultHasASource()
{
    const auto& defaults = Catalog::builtIn().defaults();
    QVERIFY(defaults.size() > 50);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        QVERIFY2(!it.value().source.trimmed().isEmpty(), qPrintable(it.key()));
        // A numeric default must lie in its field's allowed range.
        if (const FieldSpec* spec = findFieldSpec(it.key()); spec != nullptr && it.value().value.isDouble()) {
            const double value = it.value().value.toDouble();
            QVERIFY2(value >= spec->min && value <= spec->max, qPrintable(it.key()));
        }
    }
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "TestCatalogs.moc"
