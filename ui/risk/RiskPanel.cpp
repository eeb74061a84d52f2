#include "RiskPanel.h"

#include "RiskCharts.h"
#include "charts/ChartSupport.h"
#include "document/ScenarioDocument.h"
#include "report/NumberFormat.h"
#include "risk/RiskSimulation.h"
#include "risk/UncertaintyPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace suanpan {

namespace {

/// How a metric is shown: money in the table unit, shares and rates as percent, years as years.
struct Shown {
    double scale;
    QString unit;
};

Shown shownAs(RiskMetric metric)
{
    switch (metric) {
    case RiskMetric::NpvAfterTax:
    case RiskMetric::NpvBeforeTax:
    case RiskMetric::EquityNpv:
    case RiskMetric::PublicCost:
        return {ChartSupport::scaledMoney(1.0), ChartSupport::moneyUnit()};
    case RiskMetric::ProjectIrrAfterTax:
    case RiskMetric::ProjectIrrBeforeTax:
    case RiskMetric::EquityIrr:
    case RiskMetric::AverageUtilization:
    case RiskMetric::RackingRate:
        return {100.0, QStringLiteral("%")};
    case RiskMetric::PaybackYears:
        return {1.0, QCoreApplication::translate("RiskPanel", "years")};
    }
    return {1.0, QString()};
}

QString valueText(RiskMetric metric, double value, const QLocale& locale)
{
    const Shown shown = shownAs(metric);
    if (shown.unit == QLatin1String("%")) {
        return NumberFormat::percent(value, locale);
    }
    if (metric == RiskMetric::PaybackYears) {
        return NumberFormat::number(value, locale, 1);
    }
    return NumberFormat::money(value, locale);
}

} // namespace

RiskPanel::RiskPanel(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_trials(new QSpinBox)
    , m_seed(new QSpinBox)
    , m_sampler(new QComboBox)
    , m_threshold(new QDoubleSpinBox)
    , m_presets(new QCheckBox)
    , m_run(new QPushButton)
    , m_cancel(new QPushButton)
    , m_goalSeek(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_headline(new QLabel)
    , m_table(new QTableWidget)
    , m_histogram(ChartSupport::makeView())
    , m_utilizationFan(ChartSupport::makeView())
    , m_cashFan(ChartSupport::makeView())
    , m_tornado(ChartSupport::makeView())
    , m_spider(ChartSupport::makeView())
    , m_importance(ChartSupport::makeView())
    , m_sensitivityOf(new QComboBox)
    , m_sensitivityLabel(new QLabel)
{
    configureControls();
    layOut();
    setUpCharts();
    connect(m_run, &QPushButton::clicked, this, &RiskPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &RiskPanel::cancel);
    connect(m_goalSeek, &QPushButton::clicked, this, &RiskPanel::goalSeekRequested);
    connect(&m_watcher, &QFutureWatcher<RiskResults>::finished, this, &RiskPanel::finished);
    connect(&m_poll, &QTimer::timeout, this, &RiskPanel::pollProgress);
    m_poll.setInterval(50);
    connect(document, &ScenarioDocument::currentChanged, this, &RiskPanel::showCurrent);
    connect(document, &ScenarioDocument::scenarioEdited, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            showCurrent();
        }
    });
    retranslate();
}

/// Ranges and defaults of the run's settings, and the shape of the results table.
void RiskPanel::configureControls()
{
    m_trials->setRange(100, 1000000);
    m_trials->setSingleStep(1000);
    m_trials->setValue(10000);
    m_trials->setGroupSeparatorShown(true);
    m_seed->setRange(1, 999999);
    m_sampler->addItem(QStringLiteral("Sobol"), static_cast<int>(SamplerKind::Sobol));
    m_sampler->addItem(QString(), static_cast<int>(SamplerKind::LatinHypercube));
    m_threshold->setRange(1, 99);
    m_threshold->setValue(30);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_presets->setChecked(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (RiskMetric metric : kReportedMetrics) {
        m_sensitivityOf->addItem(QString(), static_cast<int>(metric));
    }
    m_run->setObjectName(QStringLiteral("runRisk"));
    m_sensitivityOf->setObjectName(QStringLiteral("sensitivityOf"));
    m_goalSeek->setObjectName(QStringLiteral("openGoalSeek"));
}

/// The settings and Run on top, the progress under them, then the results, scrolled: headline, table and charts.
void RiskPanel::layOut()
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_trials);
    controls->addWidget(m_seed);
    controls->addWidget(m_sampler);
    controls->addWidget(m_threshold);
    controls->addWidget(m_presets);
    controls->addStretch();
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    auto* charts = new QGridLayout;
    // The tornado takes a whole row: its inputs are named along its side.
    charts->addWidget(m_histogram, 0, 0);
    charts->addWidget(m_utilizationFan, 0, 1);
    auto* sensitivityRow = new QHBoxLayout;
    sensitivityRow->addWidget(m_sensitivityLabel);
    sensitivityRow->addWidget(m_sensitivityOf);
    sensitivityRow->addStretch();
    sensitivityRow->addWidget(m_goalSeek); // from "what matters" to "what fixes it"
    charts->addLayout(sensitivityRow, 1, 0, 1, 2);
    charts->addWidget(m_tornado, 2, 0, 1, 2);
    charts->addWidget(m_spider, 3, 0, 1, 2);
    charts->addWidget(m_importance, 4, 0, 1, 2);
    charts->addWidget(m_cashFan, 5, 0, 1, 2);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_headline);
    contentLayout->addWidget(m_table);
    contentLayout->addLayout(charts, 1);
    for (LazyChartView* view : chartViews()) {
        view->setMinimumHeight(260);
    }
    m_spider->setMinimumHeight(340);
    m_importance->setMinimumHeight(340);
    m_table->setMinimumHeight(170);
    m_tornado->setMinimumHeight(380); // one readable row per input
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

/// What each chart draws, and the choices that redraw them.
void RiskPanel::setUpCharts()
{
    m_histogram->setDraw([this](QChart* chart) {
        if (const RiskResults* r = currentResults(); r != nullptr) {
            if (const OutputDistribution* outcome = r->output(m_outcome)) {
                RiskCharts::histogram(chart, *outcome, shownAs(m_outcome).scale, shownAs(m_outcome).unit);
            }
        }
    });
    m_tornado->setDraw([this](QChart* chart) {
        if (const Sensitivity* s = chosenSensitivity()) {
            RiskCharts::tornado(chart, *s, shownAs(s->metric).scale, shownAs(s->metric).unit);
        }
    });
    m_spider->setDraw([this](QChart* chart) {
        if (const Sensitivity* s = chosenSensitivity()) {
            RiskCharts::spider(chart, *s, shownAs(s->metric).scale, shownAs(s->metric).unit);
        }
    });
    m_importance->setDraw([this](QChart* chart) {
        if (const Sensitivity* s = chosenSensitivity()) {
            RiskCharts::importance(chart, *s);
        }
    });
    // A row of the table chooses the outcome whose distribution the histogram shows.
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (item != nullptr && static_cast<RiskMetric>(item->data(Qt::UserRole).toInt()) != m_outcome) {
            m_outcome = static_cast<RiskMetric>(item->data(Qt::UserRole).toInt());
            m_histogram->requestRedraw();
        }
    });
    connect(m_sensitivityOf, &QComboBox::currentIndexChanged, this, [this] {
        for (LazyChartView* view : {m_tornado, m_spider, m_importance}) {
            view->requestRedraw();
        }
    });
    m_utilizationFan->setDraw([this](QChart* chart) {
        if (const RiskResults* r = currentResults(); r != nullptr) {
            RiskCharts::fan(chart, r->utilization, 100.0, tr("Utilization by year (P10–P90)"), tr("Utilization (%)"));
        }
    });
    m_cashFan->setDraw([this](QChart* chart) {
        if (const RiskResults* r = currentResults(); r != nullptr) {
            RiskCharts::fan(chart, r->cumulativeCashFlow, ChartSupport::scaledMoney(1.0),
                            tr("Cumulative cash flow after tax (P10–P90)"), ChartSupport::moneyUnit());
        }
    });
}

RiskPanel::~RiskPanel()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

void RiskPanel::setTrials(int trials)
{
    m_trials->setValue(trials);
}

void RiskPanel::run()
{
    const int current = m_document->currentIndex();
    if (isRunning() || current < 0) {
        return;
    }
    const ScenarioDocument::Evaluation& evaluation = m_document->evaluation(current);
    if (!evaluation.issues.isValid() || !evaluation.scenario) {
        m_status->setText(tr("The inputs have problems; fix them before a risk analysis."));
        return;
    }
    ResolvedScenario scenario = *evaluation.scenario;
    if (m_presets->isChecked()) {
        ValidationReport report;
        std::optional<ResolvedScenario> resolved =
            UncertaintyPresets::withPresets(scenario, m_document->catalog(), report);
        if (!resolved) {
            m_status->setText(report.toTextLines().join(QLatin1Char('\n')));
            return;
        }
        scenario = *resolved;
    }
    if (scenario.input.uncertainty.inputs.empty() && scenario.input.uncertainty.events.empty()) {
        m_status->setText(tr("Nothing is uncertain: add uncertain inputs on the Uncertainty page, or tick "
                             "\"add the shipped presets\"."));
        return;
    }
    RiskSettings settings;
    settings.trials = static_cast<std::size_t>(m_trials->value());
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    settings.sampler = static_cast<SamplerKind>(m_sampler->currentData().toInt());
    settings.utilizationThreshold = m_threshold->value() / 100.0;
    m_runningKey = m_document->key(current);
    m_runningInputs = m_document->json(current);
    m_cancelRequested = false;
    m_fraction = 0.0;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running %1 trials…").arg(QLocale().toString(m_trials->value())));
    m_running = true;
    m_poll.start();
    m_watcher.setFuture(QtConcurrent::run([this, scenario = std::move(scenario), settings] {
        RiskSimulation simulation(scenario);
        return simulation.run(settings, [this](const RiskProgress& progress) {
            m_fraction = progress.fraction;
            return !m_cancelRequested.load();
        });
    }));
}

void RiskPanel::cancel()
{
    m_cancelRequested = true;
}

void RiskPanel::pollProgress()
{
    m_progress->setValue(static_cast<int>(m_fraction.load() * 1000.0));
}

void RiskPanel::finished()
{
    m_running = false;
    m_poll.stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const RiskResults results = m_watcher.result();
    if (results.cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled."));
        return;
    }
    m_progress->setValue(1000);
    m_stored[m_runningKey] = Stored{m_runningInputs, results};
    showCurrent();
}

std::array<LazyChartView*, 6> RiskPanel::chartViews() const
{
    return {m_histogram, m_tornado, m_utilizationFan, m_cashFan, m_spider, m_importance};
}

const Sensitivity* RiskPanel::chosenSensitivity() const
{
    const RiskResults* r = currentResults();
    const auto metric = static_cast<RiskMetric>(m_sensitivityOf->currentData().toInt());
    if (r == nullptr) {
        return nullptr;
    }
    for (const Sensitivity& s : r->sensitivity) {
        if (s.metric == metric) {
            return &s;
        }
    }
    return nullptr;
}

const RiskResults* RiskPanel::currentResults() const
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return nullptr;
    }
    const auto it = m_stored.find(m_document->key(current));
    return it == m_stored.end() ? nullptr : &it->second.results;
}

bool RiskPanel::currentIsStale() const
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return false;
    }
    const auto it = m_stored.find(m_document->key(current));
    return it != m_stored.end() && it->second.inputs != m_document->json(current);
}

void RiskPanel::showCurrent()
{
    const RiskResults* r = currentResults();
    const QLocale locale;
    if (r == nullptr) {
        m_headline->setText(tr("<b>No risk analysis of this scenario yet.</b> Choose the trials and press Run: "
                               "the uncertain inputs of the Uncertainty page (and, if ticked, the shipped presets) "
                               "are drawn, and every trial is evaluated."));
        m_table->setRowCount(0);
        // No run of this scenario: no charts either (not those of the scenario shown before).
        for (LazyChartView* view : chartViews()) {
            ChartSupport::clear(view->chart());
            view->chart()->setTitle(QString());
        }
        Q_EMIT riskChanged();
        return;
    }
    const HeadlineRisks& h = r->headline;
    m_headline->setText(tr("<span style='font-size:large'>P(utilization &lt; %1) = <b>%2</b> &nbsp;·&nbsp; "
                           "P(NPV &lt; 0) = <b>%3</b> &nbsp;·&nbsp; P(no payback in the horizon) = <b>%4</b></span>")
                            .arg(NumberFormat::percent(h.utilizationThreshold, locale, 0),
                                 NumberFormat::percent(h.probabilityUtilizationBelow, locale),
                                 NumberFormat::percent(h.probabilityNpvNegative, locale),
                                 NumberFormat::percent(h.probabilityNoPayback, locale)));
    const QString stale = currentIsStale() ? tr(" The scenario changed since: these results are stale.") : QString();
    m_status->setText(
        tr("%1 trials, %2; mean NPV ± %3 (standard error); P90 of NPV %4.")
            .arg(locale.toString(static_cast<qulonglong>(r->trials)),
                 r->settings.sampler == SamplerKind::Sobol ? QStringLiteral("Sobol") : tr("Latin hypercube"),
                 NumberFormat::money(r->convergence.standardErrorCny, locale),
                 r->convergence.stable ? tr("stable") : tr("not yet stable: run more trials")) +
        stale);
    m_table->setRowCount(static_cast<int>(std::size(kReportedMetrics)));
    int row = 0;
    for (RiskMetric metric : kReportedMetrics) {
        const OutputDistribution* d = r->output(metric);
        if (d == nullptr) {
            continue;
        }
        const QStringList cells{
            displayName(metric),
            valueText(metric, d->p10, locale),
            valueText(metric, d->p50, locale),
            valueText(metric, d->p90, locale),
            valueText(metric, d->mean, locale),
            d->deterministicMissing ? QStringLiteral("–") : valueText(metric, d->deterministic, locale),
            d->missing > 0 ? NumberFormat::percent(double(d->missing) / r->trials, locale) : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(d->count == 0 && column > 0 && column < 5 ? QStringLiteral("–")
                                                                                        : cells.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, static_cast<int>(metric)); // the outcome a click on the row shows
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    for (LazyChartView* view : chartViews()) {
        view->requestRedraw();
    }
    Q_EMIT riskChanged();
}

void RiskPanel::retranslate()
{
    m_trials->setPrefix(tr("Trials: "));
    m_seed->setPrefix(tr("Seed: "));
    m_sampler->setItemText(1, tr("Latin hypercube"));
    m_threshold->setPrefix(tr("Idle below: "));
    m_presets->setText(tr("Add the shipped presets"));
    m_presets->setToolTip(tr("Adds the shipped uncertainty presets (demand growth, capture share, prices, tariff, "
                             "card prices, domestic-chip efficiency, delays, supply cuts) to the scenario's own "
                             "uncertain inputs for this run; docs/methodology.md gives their reasoning."));
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_goalSeek->setText(tr("Goal seek…"));
    m_goalSeek->setToolTip(tr("What fixes it? The value of one input that brings a result to a target (Ctrl+G)."));
    m_sensitivityLabel->setText(tr("Sensitivity of"));
    for (int i = 0; i < m_sensitivityOf->count(); ++i) {
        m_sensitivityOf->setItemText(i, displayName(static_cast<RiskMetric>(m_sensitivityOf->itemData(i).toInt())));
    }
    m_table->setToolTip(tr("Click an outcome to see its distribution (histogram and CDF) below."));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Outcome"), QStringLiteral("P10"), QStringLiteral("P50"),
                                        QStringLiteral("P90"), tr("Mean"), tr("As planned"), tr("No value")});
    showCurrent();
}

} // namespace suanpan
