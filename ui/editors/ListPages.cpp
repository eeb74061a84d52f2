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
    b->add(racks, {QStringLiteral("racks.designKwPerRack"), QStringLiteral("cooling.technologyId"),
                   QStringLiteral("cooling.override.maxKwPerRack"), QStringLiteral("cooling.override.capexCnyPerKw")});
    auto* phases = new ListEditor(document, QStringLiteral("facilityPhases"),
                                  fieldColumns(QStringLiteral("facilityPhases"),
                                               {QStringLiteral("startMonth"), QStringLiteral("constructionMonths"),
                                                QStringLiteral("rackPositions")}),
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
    std::vector<ColumnSpec> segmentColumns = fieldColumns(
        QStringLiteral("demand"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("workload"), QStringLiteral("precision"),
         QStringLiteral("forecast.type"), QStringLiteral("forecast.baseDemandPflops"),
         QStringLiteral("forecast.growthPerYear"), QStringLiteral("forecast.saturationPflops"),
         QStringLiteral("captureShare"), QStringLiteral("rampMonths"), QStringLiteral("priceFactor"),
         QStringLiteral("priceDeclinePerYear"), QStringLiteral("priceLocked"), QStringLiteral("allowedChips"),
         QStringLiteral("voucherUsers")});
    auto* segments = new ListEditor(document, QStringLiteral("demand"), std::move(segmentColumns), [document] {
        int n = 1;
        const int current = document->currentIndex();
        const int existing =
            current >= 0 ? document->json(current).value(QStringLiteral("demand")).toArray().size() : 0;
        n += existing;
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("segment-%1").arg(n)},
                           {QStringLiteral("workload"), toKey(Workload::Inference)},
                           {QStringLiteral("precision"), toKey(Precision::Fp16)},
                           {QStringLiteral("forecast"), QJsonObject{{QStringLiteral("type"), toKey(ForecastType::Cagr)},
                                                                    {QStringLiteral("baseDemandPflops"), 50},
                                                                    {QStringLiteral("growthPerYear"), 0.3}}},
                           {QStringLiteral("captureShare"), 0.1}};
    });
    segments->setMinimumHeight(200);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Demand segments"), segments, 1);

    auto* contracts = new ListEditor(
        document, QStringLiteral("contracts"),
        fieldColumns(QStringLiteral("contracts"),
                     {QStringLiteral("segment"), QStringLiteral("pflops"), QStringLiteral("monthsAfterOpening"),
                      QStringLiteral("termYears"), QStringLiteral("priceCnyPerPflopsYear"),
                      QStringLiteral("escalationPerYear"), QStringLiteral("takeOrPayShare"),
                      QStringLiteral("signingProbability"), QStringLiteral("renewalProbability")}),
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
    std::vector<ColumnSpec> subsidyColumns = fieldColumns(
        QStringLiteral("policies.capexSubsidies"),
        {QStringLiteral("name"), QStringLiteral("rate"), QStringLiteral("capCny"), QStringLiteral("eligibleItems"),
         QStringLiteral("conditions.minScalePflopsFp16"), QStringLiteral("conditions.maxPue"),
         QStringLiteral("conditions.pueBasis"), QStringLiteral("conditions.minRackingRate"),
         QStringLiteral("conditions.minDomesticShare"), QStringLiteral("payers"), QStringLiteral("paymentYear")});
    subsidyColumns[9].kind = Kind::Payers; // {payer, weight} entries, edited as "Province 1, City 2"
    auto* subsidies =
        new ListEditor(document, QStringLiteral("policies.capexSubsidies"), std::move(subsidyColumns), [] {
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
    b->add(vouchers,
           {QStringLiteral("policies.vouchers.annualBudgetCny"), QStringLiteral("policies.vouchers.coverage"),
            QStringLiteral("policies.vouchers.capPerUserCny"), QStringLiteral("policies.vouchers.eligibleSegments"),
            QStringLiteral("policies.vouchers.elasticity"), QStringLiteral("policies.vouchers.conversionShare"),
            QStringLiteral("policies.vouchers.startYear"), QStringLiteral("policies.vouchers.years")});
    QFormLayout* electricity = page->group(QT_TRANSLATE_NOOP("Fields", "Electricity and interest subsidies"));
    b->add(electricity,
           {QStringLiteral("policies.electricitySubsidy.cnyPerKwh"),
            QStringLiteral("policies.electricitySubsidy.years"), QStringLiteral("policies.interestSubsidy.ratePoints"),
            QStringLiteral("policies.interestSubsidy.years")});
    return page;
}

} // namespace suanpan
