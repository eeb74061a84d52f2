#include "ResultsPanel.h"

#include "ComparePage.h"
#include "CopyableTableView.h"
#include "HallSketch.h"
#include "charts/ChartSupport.h"
#include "charts/ResultCharts.h"
#include "document/ScenarioDocument.h"
#include "models/ComplianceModel.h"
#include "models/YearResultsModel.h"
#include "report/NumberFormat.h"
#include "risk/RiskPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace suanpan {

ResultsPanel::ResultsPanel(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget)
    , m_cashFlow(ChartSupport::makeView())
    , m_demand(ChartSupport::makeView())
    , m_capex(ChartSupport::makeView())
    , m_opex(ChartSupport::makeView())
    , m_energy(ChartSupport::makeView())
    , m_sketch(new HallSketch)
    , m_table(new CopyableTableView)
    , m_yearModel(new YearResultsModel(document, this))
    , m_complianceModel(new ComplianceModel(document, this))
    , m_ledger(new QLabel)
    , m_compare(new ComparePage(document))
    , m_risk(new RiskPanel(document))
{
    auto* costs = new QSplitter(Qt::Vertical);
    costs->addWidget(m_capex);
    costs->addWidget(m_opex);
    m_table->setModel(m_yearModel);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->verticalHeader()->hide();
    m_table->setObjectName(QStringLiteral("yearTable"));

    auto* compliance = new QWidget;
    auto* complianceLayout = new QVBoxLayout(compliance);
    auto* complianceView = new CopyableTableView;
    complianceView->setModel(m_complianceModel);
    complianceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    complianceView->horizontalHeader()->setStretchLastSection(true);
    complianceView->setWordWrap(true);
    complianceView->verticalHeader()->hide();
    m_ledger->setWordWrap(true);
    m_ledger->setTextFormat(Qt::RichText);
    m_ledger->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    complianceLayout->addWidget(complianceView, 1);
    complianceLayout->addWidget(m_ledger);

    m_tabs->addTab(m_cashFlow, QString());
    m_tabs->addTab(m_demand, QString());
    m_tabs->addTab(costs, QString());
    m_tabs->addTab(m_energy, QString());
    m_tabs->addTab(m_sketch, QString());
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(compliance, QString());
    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_risk, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Each chart draws the current scenario's results when it is on screen.
    const std::pair<LazyChartView*, void (*)(QChart*, const Results&)> charts[] = {
        {m_cashFlow, ResultCharts::cashFlow},
        {m_demand, ResultCharts::demandAndCapacity},
        {m_capex, ResultCharts::capexBreakdown},
        {m_opex, ResultCharts::opexBreakdown},
        {m_energy, ResultCharts::energyAndCarbon}};
    for (const auto& [view, draw] : charts) {
        view->setDraw([this, draw = draw](QChart* chart) {
            const int current = m_document->currentIndex();
            if (current >= 0 && m_document->evaluation(current).results) {
                draw(chart, *m_document->evaluation(current).results);
            }
        });
    }
    connect(document, &ScenarioDocument::evaluated, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refresh();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, &ResultsPanel::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &ResultsPanel::refresh);
    retranslate();
}

void ResultsPanel::refresh()
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return;
    }
    const ScenarioDocument::Evaluation& evaluation = m_document->evaluation(current);
    m_sketch->setScenario(evaluation.scenario, evaluation.stale);
    if (!evaluation.results) {
        return;
    }
    const Results& results = *evaluation.results;
    for (LazyChartView* view : {m_cashFlow, m_demand, m_capex, m_opex, m_energy}) {
        view->requestRedraw();
    }

    const Summary& s = results.summary;
    const QLocale locale;
    QString payers;
    for (const PayerAmount& payer : s.payers) {
        payers += tr("<br>&nbsp;&nbsp;paid by %1: %2")
                      .arg(payer.payer.toHtmlEscaped(), NumberFormat::money(payer.amountCny, locale));
    }
    m_ledger->setText(
        tr("<b>Public ledger</b><br>Capex subsidies: %1%2<br>Electricity subsidies: %3<br>Interest subsidies: %4<br>"
           "Compute vouchers: %5<br><b>Public cost: %6</b> (present value at the social rate: %7)<br>"
           "Public cost per used PFLOPS-hour: %8<br>Private investment per public CNY: %9<br>"
           "Income tax paid by the project: %10<br>VAT and surcharges paid: %11<br>"
           "GDP effect (promotional multiplier): %12")
            .arg(NumberFormat::money(s.capexSubsidyCny, locale), payers,
                 NumberFormat::money(s.electricitySubsidyCny, locale),
                 NumberFormat::money(s.interestSubsidyCny, locale), NumberFormat::money(s.voucherSpendCny, locale),
                 NumberFormat::money(s.publicCostCny, locale), NumberFormat::money(s.publicCostPvCny, locale),
                 s.publicCostPerUsedPflopsHour.value
                     ? tr("%1 CNY").arg(NumberFormat::number(*s.publicCostPerUsedPflopsHour.value, locale, 2))
                     : s.publicCostPerUsedPflopsHour.reason,
                 s.leverage.value ? NumberFormat::number(*s.leverage.value, locale, 1) : s.leverage.reason)
            .arg(NumberFormat::money(s.taxesPaidCny, locale), NumberFormat::money(s.vatPaidCny, locale),
                 NumberFormat::money(s.gdpImpactCny, locale)));
}

void ResultsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Cash flow"));
    m_tabs->setTabText(1, tr("Demand && capacity"));
    m_tabs->setTabText(2, tr("Costs"));
    m_tabs->setTabText(3, tr("Energy && carbon"));
    m_tabs->setTabText(4, tr("Hall layout"));
    m_tabs->setTabText(5, tr("Per-year table"));
    m_tabs->setTabText(6, tr("Subsidies && public cost"));
    m_tabs->setTabText(7, tr("Compare"));
    m_tabs->setTabText(8, tr("Risk"));
    m_risk->retranslate();
    m_yearModel->retranslate();
    m_complianceModel->refresh();
    m_compare->retranslate();
    refresh();
}

} // namespace suanpan
