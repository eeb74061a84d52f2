// The workbook's frame: writing it atomically, its formats, the cell writers every sheet uses, and the sheets that
// describe the study (Summary, Inputs). The result sheets are in WorkbookSheets.cpp.

#include "WorkbookSheets.h"

#include "store/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace suanpan {

namespace WorkbookSheets {

QString translated(const char* text)
{
    return QCoreApplication::translate("Workbook", text);
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

QString cellName(int row, int column, bool absolute)
{
    const QString dollar = absolute ? QStringLiteral("$") : QString();
    return dollar + columnName(column) + dollar + QString::number(row + 1);
}

QString sheetName(const char* name)
{
    QString text = translated(name).left(31);
    for (QChar& ch : text) {
        ch = QStringLiteral("[]:*?/\\").contains(ch) ? QChar(u'_') : ch;
    }
    return text;
}

QString unitLabel(const QString& unit)
{
    if (unit.startsWith(QLatin1String("share"))) {
        return QString(unit).replace(QLatin1String("share"), QStringLiteral("%"));
    }
    return QCoreApplication::translate("Unit", unit.toUtf8().constData());
}

QString withUnit(const QString& label, const QString& unit)
{
    const QString shown = unitLabel(unit);
    // "Cards", not "Cards (cards)".
    return unit.isEmpty() || label.compare(shown, Qt::CaseInsensitive) == 0
               ? label
               : QStringLiteral("%1 (%2)").arg(label, shown);
}

namespace {

lxw_format* makeFormat(lxw_workbook* book, const char* numberFormat, bool bold = false)
{
    lxw_format* format = workbook_add_format(book);
    if (numberFormat != nullptr) {
        format_set_num_format(format, numberFormat);
    }
    if (bold) {
        format_set_bold(format);
    }
    return format;
}

} // namespace

Book::Book(lxw_workbook* book)
    : handle(book)
{
    format.title = makeFormat(book, nullptr, true);
    format_set_font_size(format.title, 14);
    format.bold = makeFormat(book, nullptr, true);
    format.header = makeFormat(book, nullptr, true);
    format_set_text_wrap(format.header);
    format_set_align(format.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(format.header, LXW_BORDER_THIN);
    format_set_bg_color(format.header, 0xE8EEF4);
    format.money = makeFormat(book, "#,##0;[Red]-#,##0");
    format.moneyBold = makeFormat(book, "#,##0;[Red]-#,##0", true);
    format.price = makeFormat(book, "#,##0.00##");
    format.percent = makeFormat(book, "0.00%");
    format.precisePercent = makeFormat(book, "0.00##%");
    format.ratio = makeFormat(book, "0.000");
    format.decimal = makeFormat(book, "#,##0.00");
    format.whole = makeFormat(book, "0");
    format.count = makeFormat(book, "#,##0");
    format.input = makeFormat(book, "0.00##%", true);
    format_set_bg_color(format.input, 0xFFF2CC);
    format_set_border(format.input, LXW_BORDER_THIN);
}

lxw_format* Book::forUnit(const QString& unit) const
{
    if (unit == QLatin1String("CNY")) {
        return format.money;
    }
    if (unit.startsWith(QLatin1String("share"))) {
        return format.percent;
    }
    if (unit.contains(QLatin1String("CNY"))) {
        return format.price;
    }
    if (unit == QLatin1String("cards") || unit == QLatin1String("servers")) {
        return format.count;
    }
    if (unit == QLatin1String("PUE") || unit == QLatin1String("ratio")) {
        return format.ratio;
    }
    return unit.isEmpty() ? nullptr : format.decimal;
}

Sheet::Sheet(Book& owner, const char* name)
    : book(owner)
{
    const QByteArray utf8 = sheetName(name).toUtf8();
    handle = workbook_add_worksheet(book.handle, utf8.constData());
    if (handle == nullptr) { // e.g. two translations alike: Excel's own name rather than no sheet
        handle = workbook_add_worksheet(book.handle, nullptr);
    }
}

void Sheet::text(int row, int column, const QString& text, lxw_format* format)
{
    // An Excel cell holds at most 32,767 characters.
    const QByteArray utf8 = text.left(32000).toUtf8();
    book.check(worksheet_write_string(handle, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                      utf8.constData(), format));
}

void Sheet::number(int row, int column, double value, lxw_format* format)
{
    book.check(
        worksheet_write_number(handle, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, format));
}

void Sheet::figure(int row, int column, const std::optional<double>& value, lxw_format* format)
{
    if (value) {
        number(row, column, *value, format);
    }
}

void Sheet::formula(int row, int column, const QString& formula, const Cached& cached, lxw_format* format)
{
    const QByteArray utf8 = formula.toUtf8();
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(column);
    if (const double* value = std::get_if<double>(&cached)) {
        book.check(worksheet_write_formula_num(handle, r, c, utf8.constData(), format, *value));
    } else {
        const QByteArray text = std::get<QString>(cached).toUtf8();
        book.check(worksheet_write_formula_str(handle, r, c, utf8.constData(), format, text.constData()));
    }
}

void Sheet::headers(int row, int column, const QStringList& texts)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        text(row, column + static_cast<int>(i), texts.at(i), book.format.header);
    }
}

void Sheet::widths(int first, int last, double width, lxw_format* format)
{
    book.check(
        worksheet_set_column(handle, static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(last), width, format));
}

void Sheet::freeze(int row, int column)
{
    worksheet_freeze_panes(handle, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column));
}

void Sheet::filter(int lastRow, int lastColumn)
{
    book.check(worksheet_autofilter(handle, 0, 0, static_cast<lxw_row_t>(lastRow), static_cast<lxw_col_t>(lastColumn)));
}

} // namespace WorkbookSheets

namespace {

using namespace WorkbookSheets;

/// A figure of Summary: a plain number or one that may not exist (then its reason is shown).
struct SummaryFigure {
    const char* key; ///< as in docs/results-format.md
    const char* label;
    const char* unit;
    double Summary::*number;
    OptionalFigure Summary::*optional;
};

// clang-format off
const SummaryFigure kSummaryFigures[] = {
    {"initialCapexCny", QT_TRANSLATE_NOOP("Workbook", "Initial capex"), "CNY", &Summary::initialCapexCny, {}},
    {"totalCapexCny", QT_TRANSLATE_NOOP("Workbook", "Capex over the horizon (refresh included)"), "CNY", &Summary::totalCapexCny, {}},
    {"averageAnnualOpexCny", QT_TRANSLATE_NOOP("Workbook", "Average annual opex"), "CNY", &Summary::averageAnnualOpexCny, {}},
    {"firstFullYearOpexCny", QT_TRANSLATE_NOOP("Workbook", "Opex of the first full operating year"), "CNY", &Summary::firstFullYearOpexCny, {}},
    {"averageAnnualRevenueCny", QT_TRANSLATE_NOOP("Workbook", "Average annual revenue"), "CNY", &Summary::averageAnnualRevenueCny, {}},
    {"npvBeforeTaxCny", QT_TRANSLATE_NOOP("Workbook", "Project NPV before income tax"), "CNY", &Summary::npvBeforeTaxCny, {}},
    {"npvAfterTaxCny", QT_TRANSLATE_NOOP("Workbook", "Project NPV after income tax"), "CNY", &Summary::npvAfterTaxCny, {}},
    {"equityNpvCny", QT_TRANSLATE_NOOP("Workbook", "Equity NPV"), "CNY", &Summary::equityNpvCny, {}},
    {"projectIrrBeforeTax", QT_TRANSLATE_NOOP("Workbook", "Project IRR before income tax"), "share", {}, &Summary::projectIrrBeforeTax},
    {"projectIrrAfterTax", QT_TRANSLATE_NOOP("Workbook", "Project IRR after income tax"), "share", {}, &Summary::projectIrrAfterTax},
    {"equityIrr", QT_TRANSLATE_NOOP("Workbook", "Equity IRR"), "share", {}, &Summary::equityIrr},
    {"paybackYears", QT_TRANSLATE_NOOP("Workbook", "Payback period (after tax)"), "years", {}, &Summary::paybackYears},
    {"discountedPaybackYears", QT_TRANSLATE_NOOP("Workbook", "Discounted payback period (after tax)"), "years", {}, &Summary::discountedPaybackYears},
    {"averageUtilization", QT_TRANSLATE_NOOP("Workbook", "Average utilization (card-hours)"), "share", &Summary::averageUtilization, {}},
    {"averageComputeUtilization", QT_TRANSLATE_NOOP("Workbook", "Average utilization (FP16 compute)"), "share", &Summary::averageComputeUtilization, {}},
    {"rackingRateAtFullDeployment", QT_TRANSLATE_NOOP("Workbook", "Racking rate at full deployment"), "share", &Summary::rackingRateAtFullDeployment, {}},
    {"designPue", QT_TRANSLATE_NOOP("Workbook", "Design PUE"), "PUE", &Summary::designPue, {}},
    {"averagePue", QT_TRANSLATE_NOOP("Workbook", "Average PUE"), "PUE", &Summary::averagePue, {}},
    {"pueAtFullDeployment", QT_TRANSLATE_NOOP("Workbook", "PUE at full deployment"), "PUE", &Summary::pueAtFullDeployment, {}},
    {"peakPflopsFp16", QT_TRANSLATE_NOOP("Workbook", "Peak FP16 compute"), "P", &Summary::peakPflopsFp16, {}},
    {"annualEnergyMwh", QT_TRANSLATE_NOOP("Workbook", "Facility energy per operating year"), "MWh", &Summary::annualEnergyMwh, {}},
    {"totalCo2Tonnes", QT_TRANSLATE_NOOP("Workbook", "CO2 over the horizon (location-based)"), "tCO2", &Summary::totalCo2Tonnes, {}},
    {"annualCo2Tonnes", QT_TRANSLATE_NOOP("Workbook", "CO2 per operating year"), "tCO2", &Summary::annualCo2Tonnes, {}},
    {"annualWaterM3", QT_TRANSLATE_NOOP("Workbook", "Water per operating year"), "m³", &Summary::annualWaterM3, {}},
    {"minDebtServiceCoverage", QT_TRANSLATE_NOOP("Workbook", "Minimum debt-service coverage"), "ratio", {}, &Summary::minDebtServiceCoverage},
    {"minInterestCoverage", QT_TRANSLATE_NOOP("Workbook", "Minimum interest coverage"), "ratio", {}, &Summary::minInterestCoverage},
    {"lcocPerUsedPflopsHour", QT_TRANSLATE_NOOP("Workbook", "Levelized cost per used FP16 P·h"), "CNY/P·h", {}, &Summary::lcocPerUsedPflopsHour},
    {"lcocPerUsedCardHour", QT_TRANSLATE_NOOP("Workbook", "Levelized cost per used card-hour"), "CNY/card·h", {}, &Summary::lcocPerUsedCardHour},
    {"lcocPerAvailablePflopsHour", QT_TRANSLATE_NOOP("Workbook", "Levelized cost per available FP16 P·h"), "CNY/P·h", {}, &Summary::lcocPerAvailablePflopsHour},
    {"roi", QT_TRANSLATE_NOOP("Workbook", "Return on investment (总投资收益率)"), "share", &Summary::roi, {}},
    {"roe", QT_TRANSLATE_NOOP("Workbook", "Return on equity (资本金净利润率)"), "share", &Summary::roe, {}},
    {"capexSubsidyCny", QT_TRANSLATE_NOOP("Workbook", "Capex subsidies"), "CNY", &Summary::capexSubsidyCny, {}},
    {"electricitySubsidyCny", QT_TRANSLATE_NOOP("Workbook", "Electricity subsidies"), "CNY", &Summary::electricitySubsidyCny, {}},
    {"interestSubsidyCny", QT_TRANSLATE_NOOP("Workbook", "Interest subsidies"), "CNY", &Summary::interestSubsidyCny, {}},
    {"voucherSpendCny", QT_TRANSLATE_NOOP("Workbook", "Vouchers paid"), "CNY", &Summary::voucherSpendCny, {}},
    {"publicCostCny", QT_TRANSLATE_NOOP("Workbook", "Public cost"), "CNY", &Summary::publicCostCny, {}},
    {"publicCostPvCny", QT_TRANSLATE_NOOP("Workbook", "Public cost, present value at the social discount rate"), "CNY", &Summary::publicCostPvCny, {}},
    {"publicCostPerUsedPflopsHour", QT_TRANSLATE_NOOP("Workbook", "Public cost per used FP16 P·h"), "CNY/P·h", {}, &Summary::publicCostPerUsedPflopsHour},
    {"privateInvestmentCny", QT_TRANSLATE_NOOP("Workbook", "Private investment"), "CNY", &Summary::privateInvestmentCny, {}},
    {"leverage", QT_TRANSLATE_NOOP("Workbook", "Private investment per public CNY"), "ratio", {}, &Summary::leverage},
    {"gdpImpactCny", QT_TRANSLATE_NOOP("Workbook", "GDP impact"), "CNY", &Summary::gdpImpactCny, {}},
    {"taxesPaidCny", QT_TRANSLATE_NOOP("Workbook", "Income tax paid"), "CNY", &Summary::taxesPaidCny, {}},
    {"vatPaidCny", QT_TRANSLATE_NOOP("Workbook", "VAT and surcharges paid"), "CNY", &Summary::vatPaidCny, {}},
    {"vatCreditLeftCny", QT_TRANSLATE_NOOP("Workbook", "Input VAT never credited"), "CNY", &Summary::vatCreditLeftCny, {}},
};
// clang-format on

/// One row of the figures table: label, value (or nothing, with the reason as a note), unit, key.
void figureRow(Sheet& sheet, int row, const QString& label, const OptionalFigure& figure, const QString& unit,
               const QString& key)
{
    sheet.text(row, 0, label);
    sheet.figure(row, 1, figure.value, sheet.book.forUnit(unit));
    sheet.text(row, 2, unitLabel(unit));
    sheet.text(row, 3, key);
    if (!figure.value) {
        sheet.text(row, 4, translated(QT_TRANSLATE_NOOP("Workbook", "n/a: %1")).arg(figure.reason));
    }
}

void summarySheet(Book& book, const Study& study, const ScenarioStudy& s)
{
    Sheet sheet(book, SheetName::summary);
    sheet.text(0, 0, translated(QT_TRANSLATE_NOOP("Workbook", "Feasibility study workbook")), book.format.title);
    const ProjectMetadata& m = study.metadata;
    const std::pair<const char*, QString> facts[] = {
        {QT_TRANSLATE_NOOP("Workbook", "Project"), m.title},
        {QT_TRANSLATE_NOOP("Workbook", "Author"), m.author},
        {QT_TRANSLATE_NOOP("Workbook", "Organization"), m.organization},
        {QT_TRANSLATE_NOOP("Workbook", "Date"), study.made.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))},
        {QT_TRANSLATE_NOOP("Workbook", "Suanpan version"), study.appVersion},
        {QT_TRANSLATE_NOOP("Workbook", "Scenario"), s.name.isEmpty() ? s.scenario.input.name : s.name},
        {QT_TRANSLATE_NOOP("Workbook", "Description"),
         s.description.isEmpty() ? s.scenario.input.description : s.description},
    };
    int row = 2;
    for (const auto& [label, value] : facts) {
        sheet.text(row, 0, translated(label), book.format.bold);
        sheet.text(row++, 1, value);
    }
    sheet.headers(++row, 0,
                  {translated(QT_TRANSLATE_NOOP("Workbook", "Figure")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Value")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Unit")), translated(QT_TRANSLATE_NOOP("Workbook", "Key")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Note"))});
    sheet.freeze(row + 1, 1);
    const Summary& sum = s.results.summary;
    for (const SummaryFigure& f : kSummaryFigures) {
        const OptionalFigure figure = f.number != nullptr ? OptionalFigure{sum.*f.number, {}} : sum.*f.optional;
        figureRow(sheet, ++row, translated(f.label), figure, QString::fromUtf8(f.unit), QString::fromLatin1(f.key));
    }
    for (const PayerAmount& payer : sum.payers) {
        figureRow(sheet, ++row,
                  translated(QT_TRANSLATE_NOOP("Workbook", "Capex subsidies paid by %1")).arg(payer.payer),
                  {payer.amountCny, {}}, QStringLiteral("CNY"), QStringLiteral("payers"));
    }
    const Analysis& a = s.analysis;
    const QString analysisKey = QStringLiteral("analysis.");
    figureRow(sheet, ++row, translated(QT_TRANSLATE_NOOP("Workbook", "Break-even utilization")), a.breakEvenUtilization,
              QStringLiteral("share"), analysisKey + QStringLiteral("breakEvenUtilization"));
    figureRow(sheet, ++row, translated(QT_TRANSLATE_NOOP("Workbook", "Break-even price factor")),
              a.breakEvenPriceFactor, QStringLiteral("ratio"), analysisKey + QStringLiteral("breakEvenPriceFactor"));
    for (std::size_t i = 0; i < a.breakEvenPricePerCardHour.size() && i < s.results.chips.size(); ++i) {
        figureRow(
            sheet, ++row,
            translated(QT_TRANSLATE_NOOP("Workbook", "Break-even price in year 1: %1")).arg(s.results.chips[i].name),
            {a.breakEvenPricePerCardHour[i], {}}, QStringLiteral("CNY/card·h"),
            analysisKey + QStringLiteral("breakEvenPricePerCardHour"));
    }
    figureRow(sheet, ++row, translated(QT_TRANSLATE_NOOP("Workbook", "Project NPV after tax without support")),
              {a.npvWithoutPoliciesCny, {}}, QStringLiteral("CNY"),
              analysisKey + QStringLiteral("npvWithoutPoliciesCny"));
    figureRow(sheet, ++row, translated(QT_TRANSLATE_NOOP("Workbook", "Project IRR after tax without support")),
              a.irrWithoutPolicies, QStringLiteral("share"), analysisKey + QStringLiteral("irrWithoutPolicies"));
    sheet.widths(0, 0, 46);
    sheet.widths(1, 1, 20);
    sheet.widths(2, 3, 14);
    sheet.widths(4, 4, 60);
}

void inputsSheet(Book& book, const ScenarioStudy& s)
{
    Sheet sheet(book, SheetName::inputs);
    sheet.headers(
        0, 0,
        {translated(QT_TRANSLATE_NOOP("Workbook", "Input")), translated(QT_TRANSLATE_NOOP("Workbook", "Value")),
         translated(QT_TRANSLATE_NOOP("Workbook", "Unit")), translated(QT_TRANSLATE_NOOP("Workbook", "Origin")),
         translated(QT_TRANSLATE_NOOP("Workbook", "Source")), translated(QT_TRANSLATE_NOOP("Workbook", "As of")),
         translated(QT_TRANSLATE_NOOP("Workbook", "Meaning"))});
    int row = 0;
    for (const Assumption& a : StudyPipeline::assumptions(s.scenario)) {
        ++row;
        const QString unit = a.spec != nullptr ? QString::fromUtf8(a.spec->unit) : QString();
        lxw_format* format = a.spec != nullptr && a.spec->integer      ? book.format.whole
                             : unit.startsWith(QLatin1String("share")) ? book.format.precisePercent
                             : unit.contains(QLatin1String("CNY"))     ? book.format.price
                                                                       : nullptr;
        sheet.text(row, 0, a.path);
        sheet.number(row, 1, a.value, format);
        sheet.text(row, 2, unitLabel(unit));
        sheet.text(row, 3, StudyPipeline::originName(a.origin));
        const bool own = a.origin == Assumption::Origin::Input || a.origin == Assumption::Origin::Override;
        const QString source = own ? StudyPipeline::originName(Assumption::Origin::Input) : a.source;
        sheet.text(row, 4,
                   a.estimate ? translated(QT_TRANSLATE_NOOP("Workbook", "%1 (estimate)")).arg(source) : source);
        sheet.text(row, 5, a.asOf);
        sheet.text(row, 6, a.spec != nullptr ? QCoreApplication::translate("FieldHelp", a.spec->help) : QString());
    }
    sheet.freeze(1, 1);
    sheet.filter(row, 6);
    sheet.widths(0, 0, 44);
    sheet.widths(1, 3, 14);
    sheet.widths(4, 4, 60);
    sheet.widths(5, 5, 10);
    sheet.widths(6, 6, 70);
}

} // namespace

namespace Workbook {

QStringList sheetNames(const ScenarioStudy& scenario)
{
    QStringList names;
    for (const char* name : WorkbookSheets::kSheetNames) {
        names.append(WorkbookSheets::sheetName(name));
    }
    if (scenario.risk) {
        names.append(WorkbookSheets::sheetName(WorkbookSheets::SheetName::risk));
    }
    return names;
}

bool write(const Study& study, const ScenarioStudy& scenario, const QString& path, QString* error)
{
    const QFileInfo target(path);
    auto fail = [&](const QString& reason) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("Workbook", "Cannot write the workbook %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    // The workbook is assembled in a file of its own beside the target and renamed over it once complete, so that
    // a failure leaves neither a half-written workbook nor a damaged old one. The temporary file removes itself
    // unless the rename has happened.
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        return fail(temporary.errorString());
    }
    temporary.close();
    const auto permissions = target.exists() ? target.permissions()
                                             : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther;
    temporary.setPermissions(permissions);
    const QByteArray name = QFile::encodeName(temporary.fileName());
    lxw_workbook* handle = workbook_new(name.constData());
    if (handle == nullptr) {
        return fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
    }
    WorkbookSheets::Book book(handle);
    const QByteArray title = study.metadata.title.toUtf8();
    const QByteArray author = study.metadata.author.toUtf8();
    const QByteArray company = study.metadata.organization.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData()); // libxlsxwriter copies, never writes them
    properties.author = const_cast<char*>(author.constData());
    properties.company = const_cast<char*>(company.constData());
    book.check(workbook_set_properties(handle, &properties));
    summarySheet(book, study, scenario);
    inputsSheet(book, scenario);
    WorkbookSheets::resultSheets(book, scenario);
    const lxw_error closed = workbook_close(handle); // frees the workbook whatever the outcome
    const lxw_error status = book.status != LXW_NO_ERROR ? book.status : closed;
    if (status != LXW_NO_ERROR) {
        return fail(QString::fromUtf8(lxw_strerror(status)));
    }
    QString reason;
    if (!DurableFile::syncFile(temporary.fileName(), &reason) ||
        !DurableFile::replace(temporary.fileName(), target.absoluteFilePath(), &reason)) {
        return fail(reason);
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace Workbook

} // namespace suanpan
