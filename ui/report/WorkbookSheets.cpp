// The workbook's result sheets: the yearly, monthly, segment and chip series, the cash-flow statement with its live
// formulas, and the risk analysis.

#include "WorkbookSheets.h"

#include "engine/Finance.h"
#include "report/ResultColumns.h"
#include "risk/RiskMetric.h"

#include <algorithm>
#include <functional>

namespace suanpan::WorkbookSheets {

namespace {

/// The result column of a key (ResultColumns.cpp defines each key once).
const YearColumn& yearColumn(const char* key)
{
    const std::vector<YearColumn>& columns = yearColumns();
    const auto it = std::find_if(columns.begin(), columns.end(),
                                 [key](const YearColumn& column) { return column.key == QLatin1String(key); });
    Q_ASSERT(it != columns.end());
    return it != columns.end() ? *it : columns.front();
}

QStringList labelsWithUnits(std::initializer_list<std::pair<const char*, const char*>> columns)
{
    QStringList labels;
    for (const auto& [label, unit] : columns) {
        labels.append(withUnit(translated(label), QString::fromUtf8(unit)));
    }
    return labels;
}

void yearsSheet(Book& book, const Results& r)
{
    Sheet sheet(book, SheetName::years);
    const std::vector<YearColumn>& columns = yearColumns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int column = static_cast<int>(c);
        sheet.text(0, column, withUnit(columns[c].label(), columns[c].unit), book.format.header);
        lxw_format* format = book.forUnit(columns[c].unit);
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            sheet.figure(static_cast<int>(y) + 1, column, columns[c].value(r.years[y]), format);
        }
    }
    book.check(worksheet_set_row(sheet.handle, 0, 45, nullptr));
    sheet.freeze(1, 2);
    sheet.widths(0, 1, 9);
    sheet.widths(2, static_cast<int>(columns.size()) - 1, 16);
}

void monthlySheet(Book& book, const Results& r)
{
    Sheet sheet(book, SheetName::monthly);
    sheet.headers(0, 0,
                  labelsWithUnits({{QT_TRANSLATE_NOOP("Workbook", "Month"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Year"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Month of the year"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Utilization (card-hours)"), "share"},
                                   {QT_TRANSLATE_NOOP("Workbook", "PUE"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Demand captured (average)"), "P"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Served (average)"), "P"}}));
    const std::vector<double>* series[] = {&r.monthlyUtilization, &r.monthlyPue, &r.monthlyDemandPflops,
                                           &r.monthlyServedPflops};
    lxw_format* formats[] = {book.format.percent, book.format.ratio, book.format.decimal, book.format.decimal};
    for (std::size_t m = 0; m < r.monthlyUtilization.size(); ++m) {
        const int row = static_cast<int>(m) + 1;
        const std::size_t year = m / 12;
        sheet.number(row, 0, static_cast<double>(m + 1));
        sheet.figure(row, 1, year < r.years.size() ? std::optional<double>(r.years[year].calendarYear) : std::nullopt);
        sheet.number(row, 2, static_cast<double>(m % 12 + 1));
        for (std::size_t s = 0; s < std::size(series); ++s) {
            sheet.figure(row, static_cast<int>(s) + 3,
                         m < series[s]->size() ? std::optional<double>((*series[s])[m]) : std::nullopt, formats[s]);
        }
    }
    sheet.freeze(1, 1);
    sheet.widths(0, 2, 10);
    sheet.widths(3, 6, 16);
}

/// A value of a per-year series that may be shorter than the horizon.
std::optional<double> at(const std::vector<double>& series, std::size_t year)
{
    return year < series.size() ? std::optional<double>(series[year]) : std::nullopt;
}

void segmentsSheet(Book& book, const Results& r)
{
    Sheet sheet(book, SheetName::segments);
    sheet.headers(0, 0,
                  labelsWithUnits({{QT_TRANSLATE_NOOP("Workbook", "Segment"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Year"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Demand (effective)"), "P·h"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Served (effective)"), "P·h"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Card-hours used"), "card·h"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Revenue"), "CNY"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Vouchers paid (public)"), "CNY"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Capacity if alone (effective)"), "P·h"}}));
    int row = 0;
    for (const SegmentResult& segment : r.segments) {
        const std::vector<double>* series[] = {&segment.demandPflopsHours, &segment.servedPflopsHours,
                                               &segment.cardHours,         &segment.revenue,
                                               &segment.voucherSpend,      &segment.effectiveCapacityPflopsHours};
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            sheet.text(++row, 0, segment.name);
            sheet.number(row, 1, r.years[y].calendarYear);
            for (std::size_t s = 0; s < std::size(series); ++s) {
                sheet.figure(row, static_cast<int>(s) + 2, at(*series[s], y),
                             s == 3 || s == 4 ? book.format.money : book.format.decimal);
            }
        }
    }
    sheet.freeze(1, 2);
    sheet.filter(row, 7);
    sheet.widths(0, 0, 30);
    sheet.widths(1, 1, 8);
    sheet.widths(2, 7, 18);
}

void chipsSheet(Book& book, const Results& r)
{
    Sheet sheet(book, SheetName::chips);
    sheet.headers(0, 0,
                  labelsWithUnits({{QT_TRANSLATE_NOOP("Workbook", "Chip"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Chip id"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Year"), ""},
                                   {QT_TRANSLATE_NOOP("Workbook", "Card-hours installed"), "card·h"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Card-hours used"), "card·h"},
                                   {QT_TRANSLATE_NOOP("Workbook", "Utilization (card-hours)"), "share"}}));
    int row = 0;
    for (const ChipResult& chip : r.chips) {
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            sheet.text(++row, 0, chip.name);
            sheet.text(row, 1, chip.chipId);
            sheet.number(row, 2, r.years[y].calendarYear);
            sheet.figure(row, 3, at(chip.cardHoursInstalled, y), book.format.decimal);
            sheet.figure(row, 4, at(chip.cardHoursUsed, y), book.format.decimal);
            sheet.figure(row, 5, at(chip.utilization, y), book.format.percent);
        }
    }
    sheet.freeze(1, 1);
    sheet.filter(row, 5);
    sheet.widths(0, 1, 24);
    sheet.widths(2, 2, 8);
    sheet.widths(3, 5, 18);
}

// The cash-flow statement (项目投资现金流量表, docs/methodology.md §9.2): one column per project year, rows 0-based.
enum FlowRow : int {
    kRateRow = 1,
    kProjectYearRow = 3,
    kCalendarYearRow,
    kInflow,
    kRevenue,
    kCapexSubsidy,
    kResidualValue,
    kOutflow,
    kCapex,
    kOpex,
    kVatPaid,
    kVatSurcharges,
    kBeforeTax,
    kIncomeTax,
    kAfterTax,
    kCumulativeBeforeTax,
    kCumulativeAfterTax,
    kWorkings,
    kDiscountedBeforeTax,
    kDiscountedAfterTax,
    kCumulativeDiscountedBeforeTax,
    kCumulativeDiscountedAfterTax,
    kPaybackBeforeTax,
    kPaybackAfterTax,
    kDiscountedPaybackBeforeTax,
    kDiscountedPaybackAfterTax,
    kIndicators = kDiscountedPaybackAfterTax + 2,
    kNpv,
    kIrr,
    kPayback,
    kDiscountedPayback,
};
constexpr int kFirstYearColumn = 4; // columns: number, item, unit, total, then the years
constexpr int kTotalColumn = 3;

/// A cell's formula from its column and its 0-based project year; empty = the cell stays empty.
using Formula = std::function<QString(int column, std::size_t year)>;

QString rateCell()
{
    return cellName(kRateRow, kTotalColumn, true);
}

/// The project year of a column, fixed to the header row ("E$4").
QString projectYearCell(int column)
{
    return columnName(column) + QStringLiteral("$") + QString::number(kProjectYearRow + 1);
}

Formula sumOf(int first, int last)
{
    return [=](int c, std::size_t) { return QStringLiteral("SUM(%1:%2)").arg(cellName(first, c), cellName(last, c)); };
}

Formula difference(int minuend, int subtrahend)
{
    return [=](int c, std::size_t) { return cellName(minuend, c) + QLatin1Char('-') + cellName(subtrahend, c); };
}

Formula cumulative(int self, int flow)
{
    return [=](int c, std::size_t y) {
        return y == 0 ? cellName(flow, c) : cellName(self, c - 1) + QLatin1Char('+') + cellName(flow, c);
    };
}

/// Discounted to the start of year 1, each flow at the end of its year (as the engine's NPV).
Formula discounted(int flow)
{
    return [=](int c, std::size_t) {
        return QStringLiteral("%1/(1+%2)^%3").arg(cellName(flow, c), rateCell(), projectYearCell(c));
    };
}

/// Finance::paybackYears's crossing: the year in which the cumulative flow turns from negative to non-negative,
/// (k − 1) + |cumulative(k − 1)| / flow(k); "" in any other year (the payback is the smallest crossing).
Formula crossing(int cumulativeRow, int flow)
{
    return [=](int c, std::size_t y) {
        if (y == 0) {
            return QString(); // before year 1 the cumulative flow is 0, never negative
        }
        const QString before = cellName(cumulativeRow, c - 1);
        return QStringLiteral("IF(AND(%1<0,%2>=0),%3+(-%1)/%4,\"\")")
            .arg(before, cellName(cumulativeRow, c), projectYearCell(c - 1), cellName(flow, c));
    };
}

std::vector<double> running(const std::vector<double>& flows)
{
    std::vector<double> sums(flows.size());
    double sum = 0;
    for (std::size_t y = 0; y < flows.size(); ++y) {
        sums[y] = sum += flows[y];
    }
    return sums;
}

std::vector<double> discountedFlows(double rate, std::vector<double> flows)
{
    double factor = 1.0;
    for (double& flow : flows) {
        factor /= 1.0 + rate;
        flow *= factor;
    }
    return flows;
}

std::vector<Cached> crossings(const std::vector<double>& sums, const std::vector<double>& flows)
{
    std::vector<Cached> values(flows.size(), QString());
    for (std::size_t y = 1; y < flows.size(); ++y) {
        if (sums[y - 1] < 0 && sums[y] >= 0) {
            values[y] = static_cast<double>(y) + (-sums[y - 1]) / flows[y];
        }
    }
    return values;
}

/** \brief One row of the statement: its number, label and unit, a cell per year (a formula when given) and, for
 * flows, their total. */
struct Line {
    int row = 0;
    const char* number = "";
    QString label;
    std::vector<Cached> values; ///< the app's figures: the cells' values, or the formulas' cached results
    Formula formula;            ///< empty: the values are data
    bool total = false;         ///< the total column sums the years (flows, not balances)
    lxw_format* format = nullptr;
    const char* unit = "CNY";
};

void writeLine(Sheet& sheet, const Line& line)
{
    sheet.text(line.row, 0, QString::fromLatin1(line.number));
    sheet.text(line.row, 1, line.label, line.formula && line.total ? sheet.book.format.bold : nullptr);
    sheet.text(line.row, 2, unitLabel(QString::fromUtf8(line.unit)));
    double sum = 0;
    for (std::size_t y = 0; y < line.values.size(); ++y) {
        const int c = kFirstYearColumn + static_cast<int>(y);
        const double* value = std::get_if<double>(&line.values[y]);
        sum += value != nullptr ? *value : 0.0;
        if (!line.formula) {
            sheet.figure(line.row, c, value != nullptr ? std::optional<double>(*value) : std::nullopt, line.format);
        } else if (const QString formula = line.formula(c, y); !formula.isEmpty()) {
            sheet.formula(line.row, c, formula, line.values[y], line.format);
        }
    }
    if (line.total && !line.values.empty()) {
        const QString range = cellName(line.row, kFirstYearColumn) + QLatin1Char(':') +
                              cellName(line.row, kFirstYearColumn + static_cast<int>(line.values.size()) - 1);
        sheet.formula(line.row, kTotalColumn, QStringLiteral("SUM(%1)").arg(range), sum, line.format);
    }
}

std::vector<Cached> cached(const std::vector<double>& values)
{
    return {values.begin(), values.end()};
}

std::vector<double> series(const Results& r, double YearResult::*member)
{
    std::vector<double> values;
    for (const YearResult& year : r.years) {
        values.push_back(year.*member);
    }
    return values;
}

/// Text inside a formula's string literal.
QString quoted(const QString& text)
{
    return QString(text).replace(QLatin1Char('"'), QLatin1String("\"\""));
}

void statement(Sheet& sheet, const Results& r)
{
    using Y = YearResult;
    const std::vector<double> revenue = series(r, &Y::revenue), subsidy = series(r, &Y::capexSubsidy),
                              residual = series(r, &Y::residualValue), capex = series(r, &Y::capexTotal),
                              opex = series(r, &Y::opexTotal), vat = series(r, &Y::vatPaid),
                              surcharges = series(r, &Y::vatSurcharges);
    std::vector<double> inflow(r.years.size()), outflow(r.years.size());
    for (std::size_t y = 0; y < r.years.size(); ++y) {
        inflow[y] = revenue[y] + subsidy[y] + residual[y];
        outflow[y] = capex[y] + opex[y] + vat[y] + surcharges[y];
    }
    const std::vector<double> before = series(r, &Y::projectCashFlowBeforeTax);
    lxw_format* money = sheet.book.format.money;
    lxw_format* bold = sheet.book.format.moneyBold;
    auto label = [](const char* key) { return yearColumn(key).label(); };
    const Line lines[] = {
        {kInflow, "1", translated(QT_TRANSLATE_NOOP("Workbook", "Cash inflow")), cached(inflow),
         sumOf(kRevenue, kResidualValue), true, bold},
        {kRevenue, "1.1", label("revenue"), cached(revenue), {}, true, money},
        {kCapexSubsidy, "1.2", label("capexSubsidy"), cached(subsidy), {}, true, money},
        {kResidualValue, "1.3", label("residualValue"), cached(residual), {}, true, money},
        {kOutflow, "2", translated(QT_TRANSLATE_NOOP("Workbook", "Cash outflow")), cached(outflow),
         sumOf(kCapex, kVatSurcharges), true, bold},
        {kCapex, "2.1", label("capexTotal"), cached(capex), {}, true, money},
        {kOpex, "2.2", label("opexTotal"), cached(opex), {}, true, money},
        {kVatPaid, "2.3", label("vatPaid"), cached(vat), {}, true, money},
        {kVatSurcharges, "2.4", label("vatSurcharges"), cached(surcharges), {}, true, money},
        {kBeforeTax, "3", label("projectCashFlowBeforeTax"), cached(before), difference(kInflow, kOutflow), true, bold},
        {kIncomeTax, "4", label("adjustedTax"), cached(series(r, &Y::adjustedTax)), {}, true, money},
        {kAfterTax, "5", label("projectCashFlowAfterTax"), cached(series(r, &Y::projectCashFlowAfterTax)),
         difference(kBeforeTax, kIncomeTax), true, bold},
        {kCumulativeBeforeTax, "6", translated(QT_TRANSLATE_NOOP("Workbook", "Cumulative cash flow before tax")),
         cached(running(before)), cumulative(kCumulativeBeforeTax, kBeforeTax), false, money},
        {kCumulativeAfterTax, "7", translated(QT_TRANSLATE_NOOP("Workbook", "Cumulative cash flow after tax")),
         cached(series(r, &Y::cumulativeProjectCashFlow)), cumulative(kCumulativeAfterTax, kAfterTax), false, money},
    };
    for (const Line& line : lines) {
        writeLine(sheet, line);
    }
}

/// The rows the payback formulas read: the discounted flows, their running sums and each year's crossing.
void paybackWorkings(Sheet& sheet, const Results& r, double rate)
{
    sheet.text(kWorkings, 1, translated(QT_TRANSLATE_NOOP("Workbook", "Payback workings")), sheet.book.format.bold);
    const std::vector<double> before = series(r, &YearResult::projectCashFlowBeforeTax);
    const std::vector<double> after = series(r, &YearResult::projectCashFlowAfterTax);
    const std::vector<double> discountedBefore = discountedFlows(rate, before);
    const std::vector<double> discountedAfter = discountedFlows(rate, after);
    lxw_format* money = sheet.book.format.money;
    lxw_format* years = sheet.book.format.decimal;
    const Line lines[] = {
        {kDiscountedBeforeTax, "", translated(QT_TRANSLATE_NOOP("Workbook", "Discounted cash flow before tax")),
         cached(discountedBefore), discounted(kBeforeTax), false, money},
        {kDiscountedAfterTax, "", translated(QT_TRANSLATE_NOOP("Workbook", "Discounted cash flow after tax")),
         cached(discountedAfter), discounted(kAfterTax), false, money},
        {kCumulativeDiscountedBeforeTax, "",
         translated(QT_TRANSLATE_NOOP("Workbook", "Cumulative discounted cash flow before tax")),
         cached(running(discountedBefore)), cumulative(kCumulativeDiscountedBeforeTax, kDiscountedBeforeTax), false,
         money},
        {kCumulativeDiscountedAfterTax, "",
         translated(QT_TRANSLATE_NOOP("Workbook", "Cumulative discounted cash flow after tax")),
         cached(running(discountedAfter)), cumulative(kCumulativeDiscountedAfterTax, kDiscountedAfterTax), false,
         money},
        {kPaybackBeforeTax, "", translated(QT_TRANSLATE_NOOP("Workbook", "Paid back within the year, before tax")),
         crossings(running(before), before), crossing(kCumulativeBeforeTax, kBeforeTax), false, years, "years"},
        {kPaybackAfterTax, "", translated(QT_TRANSLATE_NOOP("Workbook", "Paid back within the year, after tax")),
         crossings(running(after), after), crossing(kCumulativeAfterTax, kAfterTax), false, years, "years"},
        {kDiscountedPaybackBeforeTax, "",
         translated(QT_TRANSLATE_NOOP("Workbook", "Paid back (discounted) within the year, before tax")),
         crossings(running(discountedBefore), discountedBefore),
         crossing(kCumulativeDiscountedBeforeTax, kDiscountedBeforeTax), false, years, "years"},
        {kDiscountedPaybackAfterTax, "",
         translated(QT_TRANSLATE_NOOP("Workbook", "Paid back (discounted) within the year, after tax")),
         crossings(running(discountedAfter), discountedAfter),
         crossing(kCumulativeDiscountedAfterTax, kDiscountedAfterTax), false, years, "years"},
    };
    for (const Line& line : lines) {
        writeLine(sheet, line);
    }
}

/// NPV, IRR, payback and discounted payback, before and after income tax: formulas over the rows above.
void indicators(Sheet& sheet, const Results& r, double rate)
{
    const Summary& sum = r.summary;
    const Formats& f = sheet.book.format;
    const int last = kFirstYearColumn + static_cast<int>(r.years.size()) - 1;
    auto range = [last](int row) { return cellName(row, kFirstYearColumn) + QLatin1Char(':') + cellName(row, last); };
    const QString none = translated(QT_TRANSLATE_NOOP("Workbook", "n/a"));
    const QString late = translated(QT_TRANSLATE_NOOP("Workbook", "not within the horizon"));
    // A spreadsheet's IRR iterates from a guess (10 % by default) and misses a rate far from it, such as the −79 % of
    // a center that never pays back: the app's own rate, rounded, is the guess, so that both find the same root.
    auto irr = [&](int flows, const std::optional<double>& rate) {
        const QString guess = rate ? QLatin1Char(',') + QString::number(*rate, 'f', 4) : QString();
        return QStringLiteral("IFERROR(IRR(%1%2),\"%3\")").arg(range(flows), guess, quoted(none));
    };
    auto payback = [&](int crossingRow, int cumulativeRow) {
        return QStringLiteral("IF(COUNT(%1)>0,MIN(%1),IF(COUNTIF(%2,\"<0\")=0,0,\"%3\"))")
            .arg(range(crossingRow), range(cumulativeRow), quoted(late));
    };
    auto value = [](const std::optional<double>& figure, const QString& otherwise) {
        return figure ? Cached(*figure) : Cached(otherwise);
    };
    const std::vector<double> before = series(r, &YearResult::projectCashFlowBeforeTax);
    sheet.headers(kIndicators, 1,
                  {translated(QT_TRANSLATE_NOOP("Workbook", "Indicator")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Unit")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Before income tax")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "After income tax"))});
    const std::pair<const char*, const char*> labels[] = {
        {QT_TRANSLATE_NOOP("Workbook", "Project NPV at the discount rate"), "CNY"},
        {QT_TRANSLATE_NOOP("Workbook", "Project IRR"), "share"},
        {QT_TRANSLATE_NOOP("Workbook", "Payback period from the start of year 1"), "years"},
        {QT_TRANSLATE_NOOP("Workbook", "Discounted payback period"), "years"}};
    for (int i = 0; i < 4; ++i) {
        sheet.text(kNpv + i, 1, translated(labels[i].first), f.bold);
        sheet.text(kNpv + i, 2, unitLabel(QString::fromUtf8(labels[i].second)));
    }
    const QString npv = QStringLiteral("NPV(%1,%2)");
    sheet.formula(kNpv, 3, npv.arg(rateCell(), range(kBeforeTax)), sum.npvBeforeTaxCny, f.moneyBold);
    sheet.formula(kNpv, 4, npv.arg(rateCell(), range(kAfterTax)), sum.npvAfterTaxCny, f.moneyBold);
    sheet.formula(kIrr, 3, irr(kBeforeTax, sum.projectIrrBeforeTax.value), value(sum.projectIrrBeforeTax.value, none),
                  f.percent);
    sheet.formula(kIrr, 4, irr(kAfterTax, sum.projectIrrAfterTax.value), value(sum.projectIrrAfterTax.value, none),
                  f.percent);
    sheet.formula(kPayback, 3, payback(kPaybackBeforeTax, kCumulativeBeforeTax),
                  value(Finance::paybackYears(before), late), f.decimal);
    sheet.formula(kPayback, 4, payback(kPaybackAfterTax, kCumulativeAfterTax), value(sum.paybackYears.value, late),
                  f.decimal);
    sheet.formula(kDiscountedPayback, 3, payback(kDiscountedPaybackBeforeTax, kCumulativeDiscountedBeforeTax),
                  value(Finance::discountedPaybackYears(rate, before), late), f.decimal);
    sheet.formula(kDiscountedPayback, 4, payback(kDiscountedPaybackAfterTax, kCumulativeDiscountedAfterTax),
                  value(sum.discountedPaybackYears.value, late), f.decimal);
    if (!sum.projectIrrAfterTax.value) {
        sheet.text(kIrr, 5, sum.projectIrrAfterTax.reason);
    }
}

void cashFlowSheet(Book& book, const ScenarioStudy& s)
{
    Sheet sheet(book, SheetName::cashFlow);
    const Results& r = s.results;
    const double rate = s.scenario.input.finance.discountRate;
    sheet.text(0, 0, translated(QT_TRANSLATE_NOOP("Workbook", "Project investment cash flow (项目投资现金流量表)")),
               book.format.title);
    sheet.text(kRateRow, 1, translated(QT_TRANSLATE_NOOP("Workbook", "Discount rate (finance.discountRate)")),
               book.format.bold);
    sheet.text(kRateRow, 2, unitLabel(QStringLiteral("share")));
    sheet.number(kRateRow, kTotalColumn, rate, book.format.input);
    sheet.text(kRateRow, kFirstYearColumn,
               translated(QT_TRANSLATE_NOOP("Workbook", "The discounted rows, the NPV and the discounted payback "
                                                        "read this cell; change it to see them at another rate.")));
    sheet.text(kProjectYearRow, 1, translated(QT_TRANSLATE_NOOP("Workbook", "Project year")), book.format.bold);
    sheet.headers(kCalendarYearRow, 0,
                  {translated(QT_TRANSLATE_NOOP("Workbook", "No.")), translated(QT_TRANSLATE_NOOP("Workbook", "Item")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Unit")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Total"))});
    for (std::size_t y = 0; y < r.years.size(); ++y) {
        const int c = kFirstYearColumn + static_cast<int>(y);
        sheet.number(kProjectYearRow, c, r.years[y].projectYear, book.format.bold);
        sheet.number(kCalendarYearRow, c, r.years[y].calendarYear, book.format.header);
    }
    statement(sheet, r);
    if (!r.years.empty()) {
        paybackWorkings(sheet, r, rate);
        indicators(sheet, r, rate);
    }
    sheet.freeze(kInflow, kFirstYearColumn);
    sheet.widths(0, 0, 6);
    sheet.widths(1, 1, 48);
    sheet.widths(2, 2, 8);
    sheet.widths(3, kFirstYearColumn + static_cast<int>(r.years.size()), 16);
}

void riskSheet(Book& book, const RiskResults& risk)
{
    Sheet sheet(book, SheetName::risk);
    sheet.text(0, 0, translated(QT_TRANSLATE_NOOP("Workbook", "Monte Carlo risk analysis")), book.format.title);
    sheet.text(1, 0, translated(QT_TRANSLATE_NOOP("Workbook", "Trials")), book.format.bold);
    sheet.number(1, 1, static_cast<double>(risk.trials), book.format.whole);
    sheet.text(2, 0, translated(QT_TRANSLATE_NOOP("Workbook", "Seed")), book.format.bold);
    sheet.text(2, 1, QString::number(risk.settings.seed));
    sheet.headers(4, 0,
                  {translated(QT_TRANSLATE_NOOP("Workbook", "Outcome")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Unit")), QStringLiteral("P10"), QStringLiteral("P50"),
                   QStringLiteral("P90"), translated(QT_TRANSLATE_NOOP("Workbook", "Mean")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Standard deviation")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "As written")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Trials without a value"))});
    int row = 4;
    for (const OutputDistribution& o : risk.outputs) {
        const MetricKind kind = metricKind(o.metric);
        const QString unit = kind == MetricKind::Money   ? QStringLiteral("CNY")
                             : kind == MetricKind::Share ? QStringLiteral("share")
                                                         : QStringLiteral("years");
        lxw_format* format = book.forUnit(unit);
        sheet.text(++row, 0, displayName(o.metric));
        sheet.text(row, 1, unitLabel(unit));
        int column = 2;
        for (double figure : {o.p10, o.p50, o.p90, o.mean, o.standardDeviation}) {
            sheet.number(row, column++, figure, format);
        }
        sheet.figure(row, column++, o.deterministicMissing ? std::nullopt : std::optional<double>(o.deterministic),
                     format);
        sheet.number(row, column, static_cast<double>(o.missing), book.format.whole);
    }
    row += 2;
    sheet.headers(row, 0,
                  {translated(QT_TRANSLATE_NOOP("Workbook", "Headline risk")),
                   translated(QT_TRANSLATE_NOOP("Workbook", "Probability"))});
    const HeadlineRisks& h = risk.headline;
    const std::pair<QString, double> risks[] = {
        {translated(QT_TRANSLATE_NOOP("Workbook", "Average utilization below %1"))
             .arg(QString::number(h.utilizationThreshold * 100) + QLatin1Char('%')),
         h.probabilityUtilizationBelow},
        {translated(QT_TRANSLATE_NOOP("Workbook", "Project NPV after tax below zero")), h.probabilityNpvNegative},
        {translated(QT_TRANSLATE_NOOP("Workbook", "No payback within the horizon")), h.probabilityNoPayback},
        {translated(QT_TRANSLATE_NOOP("Workbook", "No project IRR after tax")), h.probabilityNoIrr}};
    for (const auto& [label, probability] : risks) {
        sheet.text(++row, 0, label);
        sheet.number(row, 1, probability, book.format.percent);
    }
    sheet.freeze(5, 1);
    sheet.widths(0, 0, 40);
    sheet.widths(1, 8, 16);
}

} // namespace

void resultSheets(Book& book, const ScenarioStudy& scenario)
{
    yearsSheet(book, scenario.results);
    monthlySheet(book, scenario.results);
    segmentsSheet(book, scenario.results);
    chipsSheet(book, scenario.results);
    cashFlowSheet(book, scenario);
    if (scenario.risk) {
        riskSheet(book, *scenario.risk);
    }
}

} // namespace suanpan::WorkbookSheets
