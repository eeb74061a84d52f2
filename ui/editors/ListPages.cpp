// Input pages that combine forms with list editors: racks and cooling (facility phases), demand segments
// (with their forecast chart), policies (capex subsidies, electricity and interest subsidies, vouchers).

#include "FormPage.h"
#include "ListEditor.h"
#include "PolicyLibraryDialog.h"
#include "charts/ChartSupport.h"
#include "charts/ResultCharts.h"
#include "document/ScenarioDocument.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QTableView>

namespace suanpan {

namespace {

using Kind = ColumnSpec::Kind;

ColumnSpec wholeNumber(const QString& key, const char* header)
{
    ColumnSpec column{key, header, Kind::Number};
    column.decimals = 0;
    return column;
}

/// A chart of the current scenario's results as a section of the page (it redraws when asked to).
LazyChartView* addResultsChart(FormPage* page, ScenarioDocument* document, const char* title, int height,
                               void (*draw)(QChart*, const Results&))
{
    LazyChartView* chart = ChartSupport::makeView();
    chart->setMinimumHeight(height);
    page->addSection(title, chart, 1);
    chart->setDraw([document, draw](QChart* target) {
        const int current = document->currentIndex();
        if (current >= 0 && document->evaluation(current).results) {
            draw(target, *document->evaluation(current).results);
        }
    });
    return chart;
}

} // namespace

FormPage* makeRacksCoolingPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    QFormLayout* racks = page->group(QT_TRANSLATE_NOOP("Fields", "Racks and cooling"));
    b->addNumber(racks, QT_TRANSLATE_NOOP("Fields", "Design density"), QStringLiteral("racks.designKwPerRack"));
    b->addCatalogChoice(racks, QT_TRANSLATE_NOOP("Fields", "Cooling"), QStringLiteral("cooling.technologyId"),
                        CatalogKind::Cooling);
    b->addOverride(racks, QT_TRANSLATE_NOOP("Fields", "Cooling limit"), QStringLiteral("cooling.override.maxKwPerRack"),
                   CatalogKind::Cooling, QStringLiteral("cooling.technologyId"));
    b->addOverride(racks, QT_TRANSLATE_NOOP("Fields", "Cooling capex"),
                   QStringLiteral("cooling.override.capexCnyPerKw"), CatalogKind::Cooling,
                   QStringLiteral("cooling.technologyId"));
    auto* phases = new ListEditor(
        document, QStringLiteral("facilityPhases"),
        {{QStringLiteral("startMonth"), QT_TRANSLATE_NOOP("Columns", "Construction starts (month)"), Kind::Integer},
         {QStringLiteral("constructionMonths"), QT_TRANSLATE_NOOP("Columns", "Construction (months)"), Kind::Integer},
         {QStringLiteral("rackPositions"), QT_TRANSLATE_NOOP("Columns", "Rack positions"), Kind::Integer}},
        [] {
            return QJsonObject{{QStringLiteral("startMonth"), 24},
                               {QStringLiteral("constructionMonths"), 12},
                               {QStringLiteral("rackPositions"), 50}};
        });
    phases->setMinimumHeight(180);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Facility phases"), phases, 1);
    page->onRetranslate([phases] { phases->retranslate(); });
    return page;
}

FormPage* makeDemandPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    auto* segments = new ListEditor(
        document, QStringLiteral("demand"),
        {{QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "Id"), Kind::Text},
         {QStringLiteral("name"), QT_TRANSLATE_NOOP("Columns", "Segment"), Kind::Text},
         choiceColumn<Workload>(QStringLiteral("workload"), QT_TRANSLATE_NOOP("Columns", "Workload")),
         choiceColumn<Precision>(QStringLiteral("precision"), QT_TRANSLATE_NOOP("Columns", "Precision")),
         choiceColumn<ForecastType>(QStringLiteral("forecast.type"), QT_TRANSLATE_NOOP("Columns", "Forecast")),
         {QStringLiteral("forecast.baseDemandPflops"), QT_TRANSLATE_NOOP("Columns", "Market now"), Kind::Number},
         percentColumn(QStringLiteral("forecast.growthPerYear"), QT_TRANSLATE_NOOP("Columns", "Growth/yr")),
         {QStringLiteral("forecast.saturationPflops"), QT_TRANSLATE_NOOP("Columns", "Saturation"), Kind::Number},
         percentColumn(QStringLiteral("captureShare"), QT_TRANSLATE_NOOP("Columns", "Captured")),
         {QStringLiteral("rampMonths"), QT_TRANSLATE_NOOP("Columns", "Time to fill"), Kind::Integer},
         {QStringLiteral("priceFactor"), QT_TRANSLATE_NOOP("Columns", "Price factor"), Kind::Number},
         percentColumn(QStringLiteral("priceDeclinePerYear"), QT_TRANSLATE_NOOP("Columns", "Extra price decline/yr")),
         {QStringLiteral("priceLocked"), QT_TRANSLATE_NOOP("Columns", "Contract price"), Kind::Flag},
         {QStringLiteral("allowedChips"), QT_TRANSLATE_NOOP("Columns", "Only on chips"), Kind::List},
         {QStringLiteral("voucherUsers"), QT_TRANSLATE_NOOP("Columns", "Voucher users"), Kind::Number}},
        [document] {
            int n = 1;
            const int current = document->currentIndex();
            const int existing =
                current >= 0 ? document->json(current).value(QStringLiteral("demand")).toArray().size() : 0;
            n += existing;
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("segment-%1").arg(n)},
                {QStringLiteral("workload"), QStringLiteral("inference")},
                {QStringLiteral("precision"), QStringLiteral("fp16")},
                {QStringLiteral("forecast"), QJsonObject{{QStringLiteral("type"), QStringLiteral("cagr")},
                                                         {QStringLiteral("baseDemandPflops"), 50},
                                                         {QStringLiteral("growthPerYear"), 0.3}}},
                {QStringLiteral("captureShare"), 0.1}};
        });
    segments->setMinimumHeight(200);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Demand segments"), segments, 1);

    auto* contracts = new ListEditor(
        document, QStringLiteral("contracts"),
        {{QStringLiteral("segment"), QT_TRANSLATE_NOOP("Columns", "Segment id"), Kind::Text},
         {QStringLiteral("pflops"), QT_TRANSLATE_NOOP("Columns", "Reserved"), Kind::Number},
         {QStringLiteral("monthsAfterOpening"), QT_TRANSLATE_NOOP("Columns", "Starts (months after opening)"),
          Kind::Integer},
         {QStringLiteral("termYears"), QT_TRANSLATE_NOOP("Columns", "Term"), Kind::Integer},
         wholeNumber(QStringLiteral("priceCnyPerPflopsYear"), QT_TRANSLATE_NOOP("Columns", "Price (0 = market)")),
         percentColumn(QStringLiteral("escalationPerYear"), QT_TRANSLATE_NOOP("Columns", "Escalation/yr")),
         percentColumn(QStringLiteral("takeOrPayShare"), QT_TRANSLATE_NOOP("Columns", "Take-or-pay")),
         percentColumn(QStringLiteral("signingProbability"), QT_TRANSLATE_NOOP("Columns", "Signed (probability)")),
         percentColumn(QStringLiteral("renewalProbability"), QT_TRANSLATE_NOOP("Columns", "Renewed (probability)"))},
        [document] {
            const int current = document->currentIndex();
            const QJsonArray segments =
                current >= 0 ? document->json(current).value(QStringLiteral("demand")).toArray() : QJsonArray();
            const QString segment =
                segments.isEmpty() ? QString() : segments.first().toObject().value(QStringLiteral("id")).toString();
            return QJsonObject{
                {QStringLiteral("segment"), segment}, {QStringLiteral("pflops"), 10}, {QStringLiteral("termYears"), 3}};
        });
    contracts->setMinimumHeight(150);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Revenue contracts"), contracts, 1);

    LazyChartView* chart =
        addResultsChart(page, document, QT_TRANSLATE_NOOP("Fields", "Forecast"), 260, ResultCharts::segmentDemand);
    LazyChartView* contracted = addResultsChart(page, document, QT_TRANSLATE_NOOP("Fields", "Contracted and spot"), 220,
                                                ResultCharts::contractedAndSpot);
    auto redraw = [chart, contracted] {
        chart->requestRedraw();
        contracted->requestRedraw();
    };
    QObject::connect(document, &ScenarioDocument::evaluated, chart, redraw);
    QObject::connect(document, &ScenarioDocument::currentChanged, chart, redraw);
    page->onRetranslate([segments, contracts, redraw] {
        segments->retranslate();
        contracts->retranslate();
        redraw();
    });
    return page;
}

FormPage* makePoliciesPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    FieldBinder* b = page->binder();
    auto* subsidies = new ListEditor(
        document, QStringLiteral("policies.capexSubsidies"),
        {{QStringLiteral("name"), QT_TRANSLATE_NOOP("Columns", "Capex subsidy"), Kind::Text},
         percentColumn(QStringLiteral("rate"), QT_TRANSLATE_NOOP("Columns", "Rate")),
         wholeNumber(QStringLiteral("capCny"), QT_TRANSLATE_NOOP("Columns", "Cap (CNY)")),
         {QStringLiteral("eligibleItems"), QT_TRANSLATE_NOOP("Columns", "Eligible items"), Kind::List},
         {QStringLiteral("conditions.minScalePflopsFp16"), QT_TRANSLATE_NOOP("Columns", "Min scale"), Kind::Number},
         {QStringLiteral("conditions.maxPue"), QT_TRANSLATE_NOOP("Columns", "Max PUE"), Kind::Number},
         choiceColumn<PueBasis>(QStringLiteral("conditions.pueBasis"), QT_TRANSLATE_NOOP("Columns", "PUE basis")),
         percentColumn(QStringLiteral("conditions.minRackingRate"), QT_TRANSLATE_NOOP("Columns", "Min racking")),
         percentColumn(QStringLiteral("conditions.minDomesticShare"), QT_TRANSLATE_NOOP("Columns", "Min domestic")),
         {QStringLiteral("payers"), QT_TRANSLATE_NOOP("Columns", "Payers (name weight, …)"), Kind::Payers},
         {QStringLiteral("paymentYear"), QT_TRANSLATE_NOOP("Columns", "Paid in year"), Kind::Integer}},
        [] {
            return QJsonObject{{QStringLiteral("name"), QStringLiteral("Capex subsidy")},
                               {QStringLiteral("rate"), 0.1},
                               {QStringLiteral("capCny"), 20000000},
                               {QStringLiteral("paymentYear"), 2}};
        });
    subsidies->setMinimumHeight(170);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Policy library"), makePolicyLibraryBar(document));
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Capex subsidies"), subsidies, 1);
    page->onRetranslate([subsidies] { subsidies->retranslate(); });

    QFormLayout* vouchers = page->group(QT_TRANSLATE_NOOP("Fields", "Compute vouchers"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Annual budget"),
                 QStringLiteral("policies.vouchers.annualBudgetCny"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Coverage of the bill"),
                 QStringLiteral("policies.vouchers.coverage"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Cap per user"),
                 QStringLiteral("policies.vouchers.capPerUserCny"));
    b->addList(vouchers, QT_TRANSLATE_NOOP("Fields", "Eligible segments (ids)"),
               QStringLiteral("policies.vouchers.eligibleSegments"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Price elasticity"),
                 QStringLiteral("policies.vouchers.elasticity"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Trial users who stay"),
                 QStringLiteral("policies.vouchers.conversionShare"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "First year"), QStringLiteral("policies.vouchers.startYear"));
    b->addNumber(vouchers, QT_TRANSLATE_NOOP("Fields", "Years"), QStringLiteral("policies.vouchers.years"));
    QFormLayout* electricity = page->group(QT_TRANSLATE_NOOP("Fields", "Electricity and interest subsidies"));
    b->addNumber(electricity, QT_TRANSLATE_NOOP("Fields", "Electricity subsidy"),
                 QStringLiteral("policies.electricitySubsidy.cnyPerKwh"));
    b->addNumber(electricity, QT_TRANSLATE_NOOP("Fields", "Electricity subsidy years"),
                 QStringLiteral("policies.electricitySubsidy.years"));
    b->addNumber(electricity, QT_TRANSLATE_NOOP("Fields", "Interest subsidy"),
                 QStringLiteral("policies.interestSubsidy.ratePoints"));
    b->addNumber(electricity, QT_TRANSLATE_NOOP("Fields", "Interest subsidy years"),
                 QStringLiteral("policies.interestSubsidy.years"));
    return page;
}

} // namespace suanpan
