// The printed report: every sample renders in both languages with its sections and figures, every character
// has a glyph in the report's font, fonts are embedded, and a file that cannot be written is reported and left
// absent.

#include "Report.h"
#include "TestScenarios.h"
#include "i18n/Translations.h"
#include "report/NumberFormat.h"
#include "study/Study.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace suanpan;

namespace {

const QStringList kSamples{QStringLiteral("west-cautionary-1000-card"), QStringLiteral("east-500p-vouchers"),
                           QStringLiteral("west-hub-training"),         QStringLiteral("commercial-h200-contracted"),
                           QStringLiteral("colocated-h200-contracted"), QStringLiteral("municipal-wuhan-marginal")};

Study sampleStudy(const QString& name)
{
    const ResolvedScenario scenario = test::resolveFile(test::samplePath(name));
    return *StudyPipeline::studyScenarioFile(scenario.input.name, scenario, {}).study;
}

/// The laid-out document as a PDF writer would print it.
struct Laid {
    QByteArray bytes;
    QBuffer buffer{&bytes};
    QPdfWriter writer{&buffer};
    std::unique_ptr<QTextDocument> document;

    explicit Laid(const Study& study)
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setPageSize(QPageSize(QPageSize::A4));
        document = Report::build(study, {}, writer);
    }
};

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }
    void everySampleHasItsSections_data();
    void everySampleHasItsSections();
    void everyCharacterHasAGlyph();
    void pdfEmbedsItsFonts();
    void projectReportComparesScenarios();
    void unwritablePathLeavesNothing();
};

void TestReport::everySampleHasItsSections_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    for (const QString& sample : kSamples) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::newRow(qPrintable(sample + QLatin1Char('/') + language)) << sample << language;
        }
    }
}

void TestReport::everySampleHasItsSections()
{
    QFETCH(QString, sample);
    QFETCH(QString, language);
    installTranslators(*QCoreApplication::instance(), language);
    const Study study = sampleStudy(sample);
    Laid laid(study);
    const QString text = laid.document->toPlainText();
    const QString summary =
        QCoreApplication::translate("Report", "%1: executive summary").arg(study.scenarios.front().name);
    QVERIFY2(text.contains(summary), qPrintable(summary));
    for (const char* section : {"Financial analysis", "Sensitivity analysis", "Assumptions"}) {
        const QString translated = QCoreApplication::translate("Report", section);
        QVERIFY2(text.contains(translated, Qt::CaseInsensitive), qPrintable(QString::fromLatin1(section)));
    }
    // The 可研 tables carry their standard Chinese names in both languages.
    for (const QString& table : {QStringLiteral("项目投资现金流量表"), QStringLiteral("借款还本付息计划表"),
                                 QStringLiteral("财务计划现金流量表")}) {
        QVERIFY2(text.contains(table), qPrintable(table));
    }
    // The headline figure as the summary prints it, in the language's money unit.
    const QString npv = NumberFormat::money(study.scenarios.front().results.summary.npvAfterTaxCny, QLocale());
    QVERIFY2(text.contains(npv), qPrintable(npv));
    QVERIFY(text.contains(language == QLatin1String("zh_CN") ? QStringLiteral("万元") : QStringLiteral("M CNY")));
    QVERIFY2(laid.document->pageCount() >= 8, qPrintable(QString::number(laid.document->pageCount())));
}

void TestReport::everyCharacterHasAGlyph()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        installTranslators(*QCoreApplication::instance(), language);
        Laid laid(sampleStudy(QStringLiteral("east-500p-vouchers")));
        const QRawFont font = QRawFont::fromFont(laid.document->defaultFont());
        QVERIFY2(font.familyName().contains(QLatin1String("Noto Sans CJK")), qPrintable(font.familyName()));
        QString missing;
        for (const QChar c : laid.document->toPlainText()) {
            if (c.isPrint() && c != QChar::ObjectReplacementCharacter && !font.supportsCharacter(c) &&
                !missing.contains(c)) {
                missing += c;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(language + QStringLiteral(": ") + missing));
    }
}

void TestReport::pdfEmbedsItsFonts()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    int pages = 0;
    const QByteArray pdf = Report::pdf(sampleStudy(QStringLiteral("municipal-wuhan-marginal")), {}, &pages);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/FontFile2")); // embedded TrueType outlines
    QVERIFY(pdf.contains("NotoSansCJK"));
    QVERIFY(pages >= 8);
}

void TestReport::projectReportComparesScenarios()
{
    Study study = sampleStudy(QStringLiteral("commercial-h200-contracted"));
    study.scenarios.push_back(sampleStudy(QStringLiteral("colocated-h200-contracted")).scenarios.front());
    Laid laid(study);
    const QString text = laid.document->toPlainText();
    QVERIFY(text.contains(QLatin1String("Comparison of the scenarios")));
    QCOMPARE(text.count(QLatin1String("executive summary")), 2);
}

void TestReport::unwritablePathLeavesNothing()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/report.pdf"));
    QString error;
    QVERIFY(!Report::writePdf(sampleStudy(QStringLiteral("west-hub-training")), {}, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_MAIN(TestReport)
#include "TestReport.moc"
