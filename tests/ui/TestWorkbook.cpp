// The Excel workbook: read back from the .xlsx (a zip of XML parts, read here with zlib), its sheets exist, the
// cash-flow statement's formulas read the right rows, columns and discount-rate cell, their cached results are the
// app's figures, and a path that cannot be written is reported and left without a file.

#include "TestScenarios.h"
#include "Workbook.h"
#include "engine/Analysis.h"
#include "engine/Engine.h"
#include "engine/Finance.h"
#include "report/ResultColumns.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <zlib.h>

#include <cmath>

using namespace suanpan;

namespace {

// --- A minimal zip reader: the central directory, then each entry stored or raw-deflated (RFC 1951). ---

quint32 little(const QByteArray& bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    }
    return value;
}

QByteArray inflateRaw(const QByteArray& data, quint32 size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -15) != Z_OK) {
        return {};
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.total_out == size ? out : QByteArray();
}

/// The entries of a zip archive by name; empty if it is not one.
QHash<QString, QByteArray> unzip(const QByteArray& zip)
{
    QHash<QString, QByteArray> files;
    qsizetype end = zip.size() - 22; // the end-of-central-directory record, found from the back (after a comment)
    while (end >= 0 && little(zip, end, 4) != 0x06054b50) {
        --end;
    }
    if (end < 0) {
        return files;
    }
    const quint32 entries = little(zip, end + 10, 2);
    qsizetype at = little(zip, end + 16, 4);
    for (quint32 i = 0; i < entries && little(zip, at, 4) == 0x02014b50; ++i) {
        const quint32 method = little(zip, at + 10, 2);
        const quint32 packed = little(zip, at + 20, 4);
        const quint32 size = little(zip, at + 24, 4);
        const quint32 nameLength = little(zip, at + 28, 2);
        const qsizetype local = little(zip, at + 42, 4);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + little(zip, at + 30, 2) + little(zip, at + 32, 2);
        const qsizetype data = local + 30 + little(zip, local + 26, 2) + little(zip, local + 28, 2);
        files.insert(name, method == 0 ? zip.mid(data, packed) : inflateRaw(zip.mid(data, packed), size));
    }
    return files;
}

// --- The workbook's XML parts. ---

struct Cell {
    QString formula; ///< without "="
    QString value;   ///< the cached result or the constant (shared strings resolved)
    bool text = false;
};

/** \brief A workbook read back: its sheets in order and their cells by reference ("E15"). */
struct Xlsx {
    QStringList sheets;
    QHash<QString, QHash<QString, Cell>> cells;

    const Cell cell(const QString& sheet, const QString& reference) const
    {
        return cells.value(sheet).value(reference);
    }
    double number(const QString& sheet, const QString& reference) const
    {
        return cell(sheet, reference).value.toDouble();
    }
    /// The 1-based row whose cell in `column` holds `text`; 0 if none.
    int rowOf(const QString& sheet, const QString& column, const QString& text) const
    {
        const QHash<QString, Cell>& all = cells.value(sheet);
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString rowPart = it.key().mid(column.size());
            if (it.key().startsWith(column) && !rowPart.isEmpty() && rowPart.front().isDigit() && it->text &&
                it->value == text) {
                return rowPart.toInt();
            }
        }
        return 0;
    }
};

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            strings.append(QString());
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t") && !strings.isEmpty()) {
            strings.last() += reader.readElementText();
        }
    }
    return strings;
}

QHash<QString, Cell> sheetCells(const QByteArray& xml, const QStringList& strings)
{
    QHash<QString, Cell> cells;
    QXmlStreamReader reader(xml);
    QString reference;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1String("c")) {
            reference = reader.attributes().value(QLatin1String("r")).toString();
            type = reader.attributes().value(QLatin1String("t")).toString();
            cells[reference].text = type == QLatin1String("s") || type == QLatin1String("str");
        } else if (reader.name() == QLatin1String("f")) {
            cells[reference].formula = reader.readElementText();
        } else if (reader.name() == QLatin1String("v")) {
            const QString value = reader.readElementText();
            cells[reference].value = type == QLatin1String("s") ? strings.value(value.toInt()) : value;
        }
    }
    return cells;
}

Xlsx readXlsx(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QHash<QString, QByteArray> parts = unzip(file.readAll());
    Xlsx xlsx;
    QXmlStreamReader reader(parts.value(QStringLiteral("xl/workbook.xml")));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet")) {
            xlsx.sheets.append(reader.attributes().value(QLatin1String("name")).toString());
        }
    }
    const QStringList strings = sharedStrings(parts.value(QStringLiteral("xl/sharedStrings.xml")));
    for (qsizetype i = 0; i < xlsx.sheets.size(); ++i) {
        // libxlsxwriter names the parts after the sheets' order: sheet1.xml is the first sheet.
        const QString part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        xlsx.cells.insert(xlsx.sheets.at(i), sheetCells(parts.value(part), strings));
    }
    return xlsx;
}

// --- The studies. ---

ScenarioStudy studyOf(const ResolvedScenario& scenario)
{
    ScenarioStudy s;
    s.name = scenario.input.name;
    s.scenario = scenario;
    s.results = evaluate(scenario);
    s.analysis = analyze(scenario);
    return s;
}

/// A sample, or with "+vat" the sample with VAT included in its prices and paid (so that the VAT rows are not all 0).
ScenarioStudy sampleStudy(const QString& name)
{
    if (!name.endsWith(QLatin1String("+vat"))) {
        return studyOf(test::resolveFile(test::samplePath(name)));
    }
    QFile file(test::samplePath(name.chopped(4)));
    file.open(QIODevice::ReadOnly);
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    test::setPath(json, QStringLiteral("finance.vat"), QStringLiteral("included"));
    // Without VAT on equipment and works the credit is small and VAT is paid (with the samples' own rates, the
    // equipment's input VAT outlasts the horizon).
    test::setPath(json, QStringLiteral("finance.vatGoodsRate"), 0);
    test::setPath(json, QStringLiteral("finance.vatConstructionRate"), 0);
    QString problems;
    const std::optional<ResolvedScenario> resolved = test::resolve(json, Catalog::builtIn(), &problems);
    if (!resolved) {
        qFatal("%s", qPrintable(problems));
    }
    return studyOf(*resolved);
}

Study studyWith(const ScenarioStudy& scenario)
{
    Study study;
    study.metadata.title = QStringLiteral("Qingyang 算力中心");
    study.metadata.author = QStringLiteral("Test");
    study.made = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    study.appVersion = QStringLiteral("test");
    study.scenarios.push_back(scenario);
    return study;
}

/// Excel's column letters, written again here so that the test does not trust the workbook's own.
QString column(int zeroBased)
{
    QString name;
    for (int c = zeroBased + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

bool near(double actual, double expected, double scale = 0)
{
    return std::abs(actual - expected) <= 1e-6 * std::max({1.0, std::abs(expected), scale});
}

const QString kCashFlow = QStringLiteral("Cash flow");

} // namespace

class TestWorkbook : public QObject {
    Q_OBJECT

private slots:
    void sheetsExist_data();
    void sheetsExist();
    void cashFlowFormulas_data();
    void cashFlowFormulas();
    void cashFlowRowsAddUp_data();
    void cashFlowRowsAddUp();
    void summaryAndInputs();
    void riskSheetWithRiskResults();
    void unwritablePathLeavesNothing_data();
    void unwritablePathLeavesNothing();
    void replacesAnOldFile();
};

namespace {

void addSamples()
{
    QTest::addColumn<QString>("sample");
    for (const char* name :
         {"commercial-h200-contracted", "west-cautionary-1000-card", "east-500p-vouchers", "east-500p-vouchers+vat"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

/// Writes the sample's workbook into `folder` and reads it back.
Xlsx written(const ScenarioStudy& s, const QTemporaryDir& folder)
{
    const QString path = folder.filePath(QStringLiteral("study.xlsx"));
    QString error;
    if (!Workbook::write(studyWith(s), s, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return readXlsx(path);
}

} // namespace

void TestWorkbook::sheetsExist_data()
{
    addSamples();
}

void TestWorkbook::sheetsExist()
{
    QFETCH(QString, sample);
    QTemporaryDir folder;
    const ScenarioStudy s = sampleStudy(sample);
    const Xlsx xlsx = written(s, folder);
    const QStringList expected{QStringLiteral("Summary"),
                               QStringLiteral("Inputs"),
                               QStringLiteral("Years"),
                               QStringLiteral("Monthly"),
                               QStringLiteral("Segments"),
                               QStringLiteral("Chips"),
                               kCashFlow};
    QCOMPARE(xlsx.sheets, expected);
    QCOMPARE(Workbook::sheetNames(s), expected);
    // Years: one row per project year below the header, one column per result column, headers with units.
    const std::vector<YearColumn>& columns = yearColumns();
    QCOMPARE(xlsx.cell(QStringLiteral("Years"), column(static_cast<int>(columns.size()) - 1) + QStringLiteral("1"))
                 .value.isEmpty(),
             false);
    const int revenue = static_cast<int>(
        std::find_if(columns.begin(), columns.end(), [](const YearColumn& c) { return c.key == "revenue"; }) -
        columns.begin());
    QCOMPARE(xlsx.cell(QStringLiteral("Years"), column(revenue) + QStringLiteral("1")).value,
             QStringLiteral("Revenue (CNY)"));
    for (std::size_t y = 0; y < s.results.years.size(); ++y) {
        QVERIFY(near(xlsx.number(QStringLiteral("Years"), column(revenue) + QString::number(y + 2)),
                     s.results.years[y].revenue));
    }
    QCOMPARE(xlsx.number(QStringLiteral("Monthly"), QStringLiteral("A%1").arg(s.results.monthlyUtilization.size() + 1)),
             static_cast<double>(s.results.monthlyUtilization.size()));
}

void TestWorkbook::cashFlowFormulas_data()
{
    addSamples();
}

void TestWorkbook::cashFlowFormulas()
{
    QFETCH(QString, sample);
    QTemporaryDir folder;
    const ScenarioStudy s = sampleStudy(sample);
    const Xlsx xlsx = written(s, folder);
    const Summary& sum = s.results.summary;
    auto row = [&](const char* label) { return xlsx.rowOf(kCashFlow, QStringLiteral("B"), QString::fromUtf8(label)); };
    const int rate = row("Discount rate (finance.discountRate)");
    const int before = row("Project cash flow before tax");
    const int after = row("Project cash flow after tax");
    QVERIFY(rate > 0 && before > 0 && after > 0);
    QCOMPARE(xlsx.number(kCashFlow, QStringLiteral("D%1").arg(rate)), s.scenario.input.finance.discountRate);
    const QString rateCell = QStringLiteral("$D$%1").arg(rate);
    // The years run from column E to E + horizon − 1.
    const QString last = column(4 + static_cast<int>(s.results.years.size()) - 1);
    auto range = [&](int r) { return QStringLiteral("E%1:%2%1").arg(QString::number(r), last); };

    const int npv = row("Project NPV at the discount rate");
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("D%1").arg(npv)).formula,
             QStringLiteral("NPV(%1,%2)").arg(rateCell, range(before)));
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(npv)).formula,
             QStringLiteral("NPV(%1,%2)").arg(rateCell, range(after)));
    QVERIFY(near(xlsx.number(kCashFlow, QStringLiteral("D%1").arg(npv)), sum.npvBeforeTaxCny));
    QVERIFY(near(xlsx.number(kCashFlow, QStringLiteral("E%1").arg(npv)), sum.npvAfterTaxCny));

    // IRR from the app's rate as the guess (a spreadsheet's default guess of 10 % misses a rate such as −79 %).
    auto irrFormula = [&](int flows, const std::optional<double>& rate) {
        const QString guess = rate ? QStringLiteral(",") + QString::number(*rate, 'f', 4) : QString();
        return QStringLiteral("IFERROR(IRR(%1%2),\"n/a\")").arg(range(flows), guess);
    };
    const int irr = row("Project IRR");
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(irr)).formula,
             irrFormula(after, sum.projectIrrAfterTax.value));
    const Cell irrAfter = xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(irr));
    QCOMPARE(irrAfter.text, !sum.projectIrrAfterTax.value.has_value());
    QVERIFY(irrAfter.text ? irrAfter.value == QStringLiteral("n/a")
                          : near(irrAfter.value.toDouble(), *sum.projectIrrAfterTax.value));
    const Cell irrBefore = xlsx.cell(kCashFlow, QStringLiteral("D%1").arg(irr));
    QCOMPARE(irrBefore.formula, irrFormula(before, sum.projectIrrBeforeTax.value));
    QVERIFY(irrBefore.text || near(irrBefore.value.toDouble(), sum.projectIrrBeforeTax.value.value_or(-1e9)));

    // Payback (Finance::paybackYears): the smallest year of crossing, 0 if never invested, else "not within".
    const int payback = row("Payback period from the start of year 1");
    const int crossing = row("Paid back within the year, after tax");
    const int cumulative = row("Cumulative cash flow after tax");
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(payback)).formula,
             QStringLiteral("IF(COUNT(%1)>0,MIN(%1),IF(COUNTIF(%2,\"<0\")=0,0,\"not within the horizon\"))")
                 .arg(range(crossing), range(cumulative)));
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("F%1").arg(crossing)).formula,
             QStringLiteral("IF(AND(E%1<0,F%1>=0),E$4+(-E%1)/F%2,\"\")").arg(cumulative).arg(after));
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("B4")).value, QStringLiteral("Project year"));
    QCOMPARE(xlsx.number(kCashFlow, QStringLiteral("E4")), 1.0);
    const Cell paid = xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(payback));
    QCOMPARE(paid.text, !sum.paybackYears.value.has_value());
    QVERIFY(paid.text || near(paid.value.toDouble(), *sum.paybackYears.value));

    const int discounted = row("Discounted payback period");
    const int discountedFlow = row("Discounted cash flow after tax");
    QCOMPARE(xlsx.cell(kCashFlow, QStringLiteral("G%1").arg(discountedFlow)).formula,
             QStringLiteral("G%1/(1+%2)^G$4").arg(after).arg(rateCell));
    const Cell discountedPaid = xlsx.cell(kCashFlow, QStringLiteral("E%1").arg(discounted));
    QCOMPARE(discountedPaid.text, !sum.discountedPaybackYears.value.has_value());
    QVERIFY(discountedPaid.text || near(discountedPaid.value.toDouble(), *sum.discountedPaybackYears.value));

    // The cached after-tax row gives the same NPV and payback again, computed here from the cells.
    std::vector<double> flows;
    for (std::size_t y = 0; y < s.results.years.size(); ++y) {
        flows.push_back(xlsx.number(kCashFlow, column(4 + static_cast<int>(y)) + QString::number(after)));
    }
    QCOMPARE(flows.size(), s.results.years.size());
    QVERIFY(near(Finance::npv(s.scenario.input.finance.discountRate, flows), sum.npvAfterTaxCny));
    const std::optional<double> years = Finance::paybackYears(flows);
    QCOMPARE(years.has_value(), sum.paybackYears.value.has_value());
    QVERIFY(!years || near(*years, *sum.paybackYears.value));
}

void TestWorkbook::cashFlowRowsAddUp_data()
{
    addSamples();
}

void TestWorkbook::cashFlowRowsAddUp()
{
    QFETCH(QString, sample);
    QTemporaryDir folder;
    const ScenarioStudy s = sampleStudy(sample);
    const Xlsx xlsx = written(s, folder);
    auto row = [&](const char* label) { return xlsx.rowOf(kCashFlow, QStringLiteral("B"), QString::fromUtf8(label)); };
    const int inflow = row("Cash inflow"), revenue = row("Revenue"), residual = row("Residual value");
    const int outflow = row("Cash outflow"), capex = row("Capex"), surcharges = row("VAT surcharges");
    const int before = row("Project cash flow before tax"), tax = row("Income tax on EBIT (project view)");
    const int after = row("Project cash flow after tax"), cumulative = row("Cumulative cash flow after tax");
    // The components a sum reads are the rows between, and exactly those.
    QCOMPARE(row("Capex subsidy"), revenue + 1);
    QCOMPARE(residual, revenue + 2);
    QCOMPARE(row("Opex"), capex + 1);
    QCOMPARE(row("VAT paid"), capex + 2);
    QCOMPARE(surcharges, capex + 3);
    bool anyVat = false;
    for (std::size_t y = 0; y < s.results.years.size(); ++y) {
        const YearResult& year = s.results.years[y];
        const QString c = column(4 + static_cast<int>(y));
        auto cell = [&](int r) { return xlsx.cell(kCashFlow, c + QString::number(r)); };
        QCOMPARE(cell(inflow).formula, QStringLiteral("SUM(%1%2:%1%3)").arg(c).arg(revenue).arg(residual));
        QCOMPARE(cell(outflow).formula, QStringLiteral("SUM(%1%2:%1%3)").arg(c).arg(capex).arg(surcharges));
        QCOMPARE(cell(before).formula, QStringLiteral("%1%2-%1%3").arg(c).arg(inflow).arg(outflow));
        QCOMPARE(cell(after).formula, QStringLiteral("%1%2-%1%3").arg(c).arg(before).arg(tax));
        QCOMPARE(
            cell(cumulative).formula,
            y == 0
                ? QStringLiteral("%1%2").arg(c).arg(after)
                : QStringLiteral("%1%2+%3%4").arg(column(3 + static_cast<int>(y))).arg(cumulative).arg(c).arg(after));
        // The cached values are the app's, and the rows add up to them.
        double in = 0, out = 0, scale = 0;
        for (int r = revenue; r <= residual; ++r) {
            in += cell(r).value.toDouble();
            scale += std::abs(cell(r).value.toDouble());
        }
        for (int r = capex; r <= surcharges; ++r) {
            out += cell(r).value.toDouble();
            scale += std::abs(cell(r).value.toDouble());
        }
        anyVat = anyVat || cell(surcharges - 1).value.toDouble() > 0;
        QVERIFY(near(cell(revenue).value.toDouble(), year.revenue));
        QVERIFY(near(cell(before).value.toDouble(), year.projectCashFlowBeforeTax));
        QVERIFY2(near(in - out, year.projectCashFlowBeforeTax, scale), qPrintable(c));
        QVERIFY(near(cell(before).value.toDouble() - cell(tax).value.toDouble(), year.projectCashFlowAfterTax, scale));
        QVERIFY(near(cell(after).value.toDouble(), year.projectCashFlowAfterTax));
        QVERIFY(near(cell(cumulative).value.toDouble(), year.cumulativeProjectCashFlow));
    }
    QCOMPARE(anyVat, sample.endsWith(QLatin1String("+vat")));
}

void TestWorkbook::summaryAndInputs()
{
    QTemporaryDir folder;
    const ScenarioStudy s = sampleStudy(QStringLiteral("commercial-h200-contracted"));
    const Xlsx xlsx = written(s, folder);
    const QString summary = QStringLiteral("Summary");
    QCOMPARE(xlsx.cell(summary, QStringLiteral("B3")).value, QStringLiteral("Qingyang 算力中心"));
    const int npv = xlsx.rowOf(summary, QStringLiteral("D"), QStringLiteral("npvAfterTaxCny"));
    QVERIFY(npv > 0);
    QVERIFY(near(xlsx.number(summary, QStringLiteral("B%1").arg(npv)), s.results.summary.npvAfterTaxCny));
    QCOMPARE(xlsx.cell(summary, QStringLiteral("C%1").arg(npv)).value, QStringLiteral("CNY"));
    const int breakEven = xlsx.rowOf(summary, QStringLiteral("D"), QStringLiteral("analysis.breakEvenUtilization"));
    QVERIFY(breakEven > 0);
    QVERIFY(near(xlsx.number(summary, QStringLiteral("B%1").arg(breakEven)),
                 s.analysis.breakEvenUtilization.value.value_or(-1)));
    QCOMPARE(xlsx.cell(summary, QStringLiteral("C%1").arg(breakEven)).value, QStringLiteral("%"));

    // Inputs: a number the scenario sets, a default with its source, a catalog figure with the catalog's source.
    const QString inputs = QStringLiteral("Inputs");
    const int count = xlsx.rowOf(inputs, QStringLiteral("A"), QStringLiteral("chipMix[0].count"));
    QVERIFY(count > 0);
    QCOMPARE(xlsx.number(inputs, QStringLiteral("B%1").arg(count)), 1024.0);
    QCOMPARE(xlsx.cell(inputs, QStringLiteral("C%1").arg(count)).value, QStringLiteral("cards"));
    QCOMPARE(xlsx.cell(inputs, QStringLiteral("E%1").arg(count)).value, QStringLiteral("scenario input"));
    const int rate = xlsx.rowOf(inputs, QStringLiteral("A"), QStringLiteral("finance.discountRate"));
    QVERIFY(rate > 0);
    QCOMPARE(xlsx.number(inputs, QStringLiteral("B%1").arg(rate)), s.scenario.input.finance.discountRate);
    QCOMPARE(xlsx.cell(inputs, QStringLiteral("D%1").arg(rate)).value, QStringLiteral("default"));
    const DefaultValue* fallback = Catalog::builtIn().defaultFor(QStringLiteral("finance.discountRate"));
    QCOMPARE(xlsx.cell(inputs, QStringLiteral("E%1").arg(rate)).value,
             fallback->estimate ? fallback->source + QStringLiteral(" (estimate)") : fallback->source);
    const int price = xlsx.rowOf(inputs, QStringLiteral("A"), QStringLiteral("chipMix[0].override.cardPriceCny"));
    QVERIFY(price > 0);
    QCOMPARE(xlsx.cell(inputs, QStringLiteral("D%1").arg(price)).value, QStringLiteral("catalog"));
    QVERIFY(!xlsx.cell(inputs, QStringLiteral("E%1").arg(price)).value.isEmpty());
    QVERIFY(!xlsx.cell(inputs, QStringLiteral("G%1").arg(price)).value.isEmpty()); // its meaning
}

void TestWorkbook::riskSheetWithRiskResults()
{
    QTemporaryDir folder;
    ScenarioStudy s = sampleStudy(QStringLiteral("west-cautionary-1000-card"));
    RiskResults risk;
    risk.trials = 256;
    OutputDistribution npv;
    npv.metric = RiskMetric::NpvAfterTax;
    npv.p10 = -3e8;
    npv.p50 = -2e8;
    npv.p90 = -1e8;
    risk.outputs.push_back(npv);
    risk.headline.probabilityNpvNegative = 0.97;
    s.risk = risk;
    const Xlsx xlsx = written(s, folder);
    QCOMPARE(xlsx.sheets.size(), 8);
    QCOMPARE(xlsx.sheets.last(), QStringLiteral("Risk"));
    QCOMPARE(Workbook::sheetNames(s), xlsx.sheets);
    const QString sheet = QStringLiteral("Risk");
    const int row = xlsx.rowOf(sheet, QStringLiteral("A"), QStringLiteral("NPV after tax"));
    QVERIFY(row > 0);
    QCOMPARE(xlsx.number(sheet, QStringLiteral("D%1").arg(row)), -2e8); // P50
    const int negative = xlsx.rowOf(sheet, QStringLiteral("A"), QStringLiteral("Project NPV after tax below zero"));
    QVERIFY(negative > 0);
    QCOMPARE(xlsx.number(sheet, QStringLiteral("B%1").arg(negative)), 0.97);
}

void TestWorkbook::unwritablePathLeavesNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("missing folder") << QStringLiteral("missing/deeper/study.xlsx") << false;
    QTest::newRow("a file where the folder should be") << QStringLiteral("plain.txt/study.xlsx") << false;
    // The workbook is complete in its temporary file before the rename fails: that file must go too.
    QTest::newRow("a folder where the file should be") << QStringLiteral("taken.xlsx") << false;
    QTest::newRow("read-only folder") << QStringLiteral("locked/study.xlsx") << true;
}

void TestWorkbook::unwritablePathLeavesNothing()
{
    QFETCH(QString, target);
    QFETCH(bool, readOnly);
    QTemporaryDir root;
    QFile plain(root.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(root.path()).mkdir(QStringLiteral("taken.xlsx")));
    QStringList expected{QStringLiteral("plain.txt"), QStringLiteral("taken.xlsx")};
    const QString path = root.filePath(target);
    const QString parent = QFileInfo(path).path();
    if (readOnly) {
        QVERIFY(QDir(root.path()).mkdir(QStringLiteral("locked")));
        expected.append(QStringLiteral("locked"));
        QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(parent).isWritable()) { // e.g. running as root, whom permissions do not stop
            QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("the folder stays writable for this user");
        }
    }
    const ScenarioStudy s = sampleStudy(QStringLiteral("commercial-h200-contracted"));
    QString error;
    const bool written = Workbook::write(studyWith(s), s, path, &error);
    if (readOnly) {
        QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo(path).isFile());
    expected.sort();
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), expected);
    for (const QString& folder : {QStringLiteral("taken.xlsx"), QStringLiteral("locked")}) {
        QVERIFY(QDir(root.filePath(folder)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
}

void TestWorkbook::replacesAnOldFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("study.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an old file");
    old.close();
    const ScenarioStudy s = sampleStudy(QStringLiteral("west-cautionary-1000-card"));
    QString error;
    QVERIFY2(Workbook::write(studyWith(s), s, path, &error), qPrintable(error));
    QCOMPARE(readXlsx(path).sheets.size(), 7);
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("study.xlsx")});
}

// The workbook needs no GUI: a guiless application, so that the test runs without a display platform too.
QTEST_GUILESS_MAIN(TestWorkbook)
#include "TestWorkbook.moc"
