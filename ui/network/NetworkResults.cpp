// The results half of the Network page (methodology §14.4–14.5): a summary line, the map, the demand won over time,
// who loses it, and the site comparison, all from the current scenario's last valid evaluation.

#include "NetworkResults.h"

#include "NetworkMap.h"
#include "document/ScenarioDocument.h"
#include "editors/FormPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <numeric>

namespace suanpan {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else {
        item->setToolTip(text); // names are elided in narrow columns
    }
    return item;
}

QTableWidget* makeTable()
{
    auto* table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // The name takes the room left by the numbers, which are never cut.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    table->setMinimumHeight(200);
    return table;
}

} // namespace

NetworkResults::NetworkResults(ScenarioDocument* document, FormPage* page, QLabel* summary)
    : QObject(page)
    , m_document(document)
    , m_summary(summary)
    , m_map(new NetworkMap)
    , m_capture(ChartSupport::makeView())
    , m_rivals(makeTable())
    , m_compare(new QPushButton)
    , m_sites(makeTable())
{
    m_rivals->setColumnCount(5);
    m_sites->setColumnCount(4);
    for (QTableWidget* table : {m_rivals, m_sites}) {
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    buildSections(page);
    connect(document, &ScenarioDocument::evaluated, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refresh();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, [this] {
        refresh();
        m_sites->setRowCount(0);
    });
}

void NetworkResults::retranslate()
{
    m_compare->setText(tr("Compare every site"));
    m_compare->setToolTip(tr("Evaluates the same center at every node that has a region: NPV, utilization and "
                             "demand won, side by side."));
    // Two-line headers keep the number columns narrow on a page that shares the window with the results.
    m_rivals->setHorizontalHeaderLabels(
        {tr("Center"), tr("Capacity\n(P)"), tr("Utilization\nwithout"), tr("Utilization\nwith"), tr("Lost\n(P)")});
    m_sites->setHorizontalHeaderLabels({tr("Node"), tr("NPV after tax\n(M CNY)"), tr("Utilization"), tr("Won\n(P)")});
    refresh();
}

void NetworkResults::buildSections(FormPage* page)
{
    m_map->setObjectName(QStringLiteral("networkMap"));
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Map: who serves whom"), m_map, 2);
    m_capture->setMinimumHeight(240);
    m_capture->setDraw([this](QChart* chart) { drawCapture(chart); });
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Demand won over time"), m_capture, 1);
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Who loses when the center opens"), m_rivals, 1);
    auto* sites = new QWidget;
    auto* layout = new QVBoxLayout(sites);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_compare, 0, Qt::AlignLeft);
    layout->addWidget(m_sites);
    m_compare->setObjectName(QStringLiteral("compareSites"));
    m_sites->setObjectName(QStringLiteral("siteComparison"));
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSites(); });
    page->addSection(QT_TRANSLATE_NOOP("Fields", "Site comparison"), sites, 1);
}

void NetworkResults::refresh()
{
    const int current = m_document->currentIndex();
    m_study.reset();
    m_scenario.reset();
    if (current >= 0) {
        const ScenarioDocument::Evaluation& evaluation = m_document->evaluation(current);
        if (evaluation.scenario && evaluation.scenario->network) {
            m_scenario = evaluation.scenario;
            m_study = studyNetwork(*m_scenario);
        }
    }
    if (!m_study) {
        m_map->show(nullptr, 0);
        m_rivals->setRowCount(0);
        m_summary->setText(current >= 0 && m_document->json(current).contains(QStringLiteral("network"))
                               ? tr("The network has problems (see the status bar); the last valid results stay "
                                    "on the other pages.")
                               : tr("Without a network each demand segment's capture share is typed by hand. Choose "
                                    "a network to see which demand the center can win against its rivals, and set "
                                    "a segment's forecast to \"Won in the network\" to sell it."));
        m_capture->requestRedraw();
        return;
    }
    // The year the map and the table show: the first with the center at its full size.
    const NetworkStudy& study = *m_study;
    int year = 0;
    for (int y = 0; y < study.with.years; ++y) {
        if (study.capacity(y) > study.capacity(year)) {
            year = y;
        }
    }
    m_map->show(&study, year);
    fillRivals(study, year);
    m_summary->setText(
        tr("In %1 the center wins %2 P of the %3 P it could serve (%4 of its capacity); without it, "
           "its rivals would serve that demand.")
            .arg(study.with.firstYear + year)
            .arg(QLocale().toString(study.won(year), 'f', 0), QLocale().toString(study.capacity(year), 'f', 0),
                 QLocale().toString(study.capacity(year) > 0 ? 100 * study.won(year) / study.capacity(year) : 0.0, 'f',
                                    0) +
                     QLatin1Char('%')));
    m_capture->requestRedraw();
}

void NetworkResults::fillRivals(const NetworkStudy& study, int year)
{
    std::vector<int> order(static_cast<std::size_t>(study.with.rivals));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return study.lost(year, a) > study.lost(year, b); });
    const QLocale locale;
    m_rivals->setRowCount(static_cast<int>(order.size()));
    for (int row = 0; row < static_cast<int>(order.size()); ++row) {
        const int c = order[static_cast<std::size_t>(row)];
        m_rivals->setItem(row, 0, cell(placeName(study.network.centers[static_cast<std::size_t>(c)]), false));
        m_rivals->setItem(row, 1, cell(locale.toString(study.with.capacityAt(year, c), 'f', 0)));
        m_rivals->setItem(
            row, 2, cell(locale.toString(100 * study.utilization(study.without, year, c), 'f', 1) + QLatin1Char('%')));
        m_rivals->setItem(
            row, 3, cell(locale.toString(100 * study.utilization(study.with, year, c), 'f', 1) + QLatin1Char('%')));
        m_rivals->setItem(row, 4, cell(locale.toString(study.lost(year, c), 'f', 0)));
    }
}

void NetworkResults::drawCapture(QChart* chart)
{
    ChartSupport::clear(chart);
    if (!m_study) {
        return;
    }
    const NetworkStudy& study = *m_study;
    auto* capacity = new QLineSeries;
    capacity->setName(tr("Capacity (P)"));
    auto* won = new QLineSeries;
    won->setName(tr("Demand won (P)"));
    double top = 0;
    for (int y = 0; y < study.with.years; ++y) {
        const double x = study.with.firstYear + y;
        capacity->append(x, study.capacity(y));
        won->append(x, study.won(y));
        top = std::max(top, study.capacity(y));
    }
    chart->addSeries(capacity);
    chart->addSeries(won);
    auto* years = new QValueAxis;
    years->setLabelFormat(QStringLiteral("%d"));
    years->setRange(study.with.firstYear, study.with.firstYear + std::max(1, study.with.years - 1));
    years->setTickCount(std::min(study.with.years, 8));
    chart->addAxis(years, Qt::AlignBottom);
    QValueAxis* p = ChartSupport::valueAxis(chart, tr("P"), Qt::AlignLeft);
    ChartSupport::fitAxis(p, 0, top);
    for (QLineSeries* line : {capacity, won}) {
        line->attachAxis(years);
        line->attachAxis(p);
    }
}

void NetworkResults::compareSites()
{
    if (!m_scenario) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<SiteOutcome> sites = suanpan::compareSites(m_scenario->input, m_document->catalog(), {});
    QApplication::restoreOverrideCursor();
    // The best site first; sites that could not be evaluated last.
    std::stable_sort(sites.begin(), sites.end(), [](const SiteOutcome& a, const SiteOutcome& b) {
        return a.npvAfterTaxCny.value_or(-1e300) > b.npvAfterTaxCny.value_or(-1e300);
    });
    const QLocale locale;
    m_sites->setRowCount(static_cast<int>(sites.size()));
    double best = -1e300;
    for (const SiteOutcome& site : sites) {
        best = site.npvAfterTaxCny ? std::max(best, *site.npvAfterTaxCny) : best;
    }
    for (int row = 0; row < static_cast<int>(sites.size()); ++row) {
        const SiteOutcome& site = sites[static_cast<std::size_t>(row)];
        const bool here = site.node == m_scenario->input.network.node;
        m_sites->setItem(row, 0, cell(here ? tr("%1 (now)").arg(site.name) : site.name, false));
        m_sites->item(row, 0)->setToolTip(site.regionId);
        if (!site.npvAfterTaxCny) {
            m_sites->setItem(row, 1, cell(site.problem, false));
            continue;
        }
        auto* npv = cell(locale.toString(*site.npvAfterTaxCny / 1e6, 'f', 1));
        if (*site.npvAfterTaxCny == best) {
            QFont bold = npv->font();
            bold.setBold(true);
            npv->setFont(bold);
        }
        m_sites->setItem(row, 1, npv);
        m_sites->setItem(row, 2, cell(locale.toString(100 * site.averageUtilization, 'f', 1) + QLatin1Char('%')));
        m_sites->setItem(row, 3, cell(locale.toString(site.wonPflops, 'f', 0)));
    }
}

} // namespace suanpan
