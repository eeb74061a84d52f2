// The Network input page (methodology §14): which network the center competes in and at which node, the
// network's parameters, a map of who serves whom, the demand the center wins over time, who loses it, a
// comparison of sites, and the scenario's own nodes, centers and links.

#include "NetworkMap.h"
#include "charts/ChartSupport.h"
#include "document/ScenarioDocument.h"
#include "editors/FormPage.h"
#include "editors/ListEditor.h"
#include "network/NetworkLibrary.h"
#include "network/NetworkStudy.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
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

using Kind = ColumnSpec::Kind;

/// The nodes a scenario's network offers: its own, then those of its base it does not replace (id, shown name).
std::vector<std::pair<QString, QString>> nodeChoices(const QJsonObject& network)
{
    std::vector<std::pair<QString, QString>> nodes;
    QStringList own;
    for (const QJsonValue& value : network.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        NetworkNode entry{node.value(QStringLiteral("id")).toString(),
                          node.value(QStringLiteral("name")).toString(),
                          node.value(QStringLiteral("nameZh")).toString(),
                          0,
                          0,
                          QString(),
                          {}};
        nodes.emplace_back(entry.id, placeName(entry));
        own.append(entry.id);
    }
    if (const ShippedNetwork* base = NetworkLibrary::builtIn().find(network.value(QStringLiteral("base")).toString())) {
        for (const NetworkNode& node : base->network.nodes) {
            if (!own.contains(node.id)) {
                nodes.emplace_back(node.id, placeName(node));
            }
        }
    }
    return nodes;
}

/// Where a new network puts the center: the node in the site's region, else the first with a region.
QString nodeForSite(const ShippedNetwork& shipped, const QString& regionId)
{
    for (const NetworkNode& node : shipped.network.nodes) {
        if (node.regionId == regionId) {
            return node.id;
        }
    }
    for (const NetworkNode& node : shipped.network.nodes) {
        if (!node.regionId.isEmpty()) {
            return node.id;
        }
    }
    return shipped.network.nodes.empty() ? QString() : shipped.network.nodes.front().id;
}

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

/**
 * \brief What the page shows of the current scenario's network, refreshed on every edit and evaluation. The
 * widgets belong to the page; this object only fills them.
 */
class NetworkView : public QObject {
    Q_DECLARE_TR_FUNCTIONS(NetworkPage)

public:
    NetworkView(ScenarioDocument* document, FormPage* page);

private:
    void buildChoice(FormPage* page);
    void buildResults(FormPage* page);
    void buildLists(FormPage* page);
    void retranslate();
    void refreshChoice();
    void refreshResults();
    void chooseNetwork();
    void chooseNode();
    void compareSites();
    void drawCapture(QChart* chart);
    void fillRivals(const NetworkStudy& study, int year);

    ScenarioDocument* m_document;
    QComboBox* m_network = new QComboBox;
    QComboBox* m_node = new QComboBox;
    QLabel* m_networkLabel = new QLabel;
    QLabel* m_nodeLabel = new QLabel;
    QLabel* m_summary = new QLabel;
    QWidget* m_parameters = nullptr;
    NetworkMap* m_map = new NetworkMap;
    LazyChartView* m_capture = ChartSupport::makeView();
    QTableWidget* m_rivals = makeTable();
    QPushButton* m_compare = new QPushButton;
    QTableWidget* m_sites = makeTable();
    QLabel* m_listsNote = new QLabel;
    std::optional<NetworkStudy> m_study;
    std::optional<ResolvedScenario> m_scenario; ///< what m_study points into
    bool m_refreshing = false;
};

NetworkView::NetworkView(ScenarioDocument* document, FormPage* page)
    : QObject(page)
    , m_document(document)
{
    m_rivals->setColumnCount(5);
    m_sites->setColumnCount(4);
    for (QTableWidget* table : {m_rivals, m_sites}) {
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    buildChoice(page);
    buildResults(page);
    buildLists(page);
    connect(document, &ScenarioDocument::scenarioEdited, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refreshChoice();
        }
    });
    connect(document, &ScenarioDocument::evaluated, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refreshResults();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, [this] {
        refreshChoice();
        refreshResults();
        m_sites->setRowCount(0);
    });
    page->onRetranslate([this] { retranslate(); });
}

void NetworkView::buildChoice(FormPage* page)
{
    QFormLayout* choice = page->group(QT_TRANSLATE_NOOP("Fields", "Where the demand comes from"));
    m_network->setObjectName(QStringLiteral("networkChoice"));
    m_node->setObjectName(QStringLiteral("networkNode"));
    choice->addRow(m_networkLabel, m_network);
    choice->addRow(m_nodeLabel, m_node);
    m_summary->setWordWrap(true);
    choice->addRow(m_summary);
    connect(m_network, &QComboBox::activated, this, [this] { chooseNetwork(); });
    connect(m_node, &QComboBox::activated, this, [this] { chooseNode(); });

    QFormLayout* parameters = page->group(QT_TRANSLATE_NOOP("Fields", "How users choose a center"));
    m_parameters = parameters->parentWidget();
    FieldBinder* b = page->binder();
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Our price factor"), QStringLiteral("network.priceFactor"));
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Reference price"),
                 QStringLiteral("network.referencePriceCnyPerPflopsHour"));
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Latency penalty"),
                 QStringLiteral("network.latencyPenaltyCnyPerPflopsHourPerMs"));
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Congestion at a full center"),
                 QStringLiteral("network.congestionPenalty"));
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Interactive latency limit"),
                 QStringLiteral("network.interactiveLatencyMs"));
    b->addNumber(parameters, QT_TRANSLATE_NOOP("Fields", "Batch latency limit"),
                 QStringLiteral("network.batchLatencyMs"));
}

void NetworkView::buildResults(FormPage* page)
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

void NetworkView::buildLists(FormPage* page)
{
    auto* lists = new QWidget;
    auto* layout = new QVBoxLayout(lists);
    layout->setContentsMargins(0, 0, 0, 0);
    m_listsNote->setWordWrap(true);
    layout->addWidget(m_listsNote);
    auto* nodes = new ListEditor(
        m_document, QStringLiteral("network.nodes"),
        {{QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "Id"), Kind::Text},
         {QStringLiteral("name"), QT_TRANSLATE_NOOP("Columns", "Place"), Kind::Text},
         {QStringLiteral("longitude"), QT_TRANSLATE_NOOP("Columns", "Longitude"), Kind::Number},
         {QStringLiteral("latitude"), QT_TRANSLATE_NOOP("Columns", "Latitude"), Kind::Number},
         {QStringLiteral("regionId"), QT_TRANSLATE_NOOP("Columns", "Region id"), Kind::Text},
         {QStringLiteral("demand[0].pflops"), QT_TRANSLATE_NOOP("Columns", "Inference demand"), Kind::Number},
         {QStringLiteral("demand[1].pflops"), QT_TRANSLATE_NOOP("Columns", "Training demand"), Kind::Number},
         percentColumn(QStringLiteral("demand[0].growthPerYear"), QT_TRANSLATE_NOOP("Columns", "Growth/yr"))},
        [] {
            auto demand = [](const char* workload) {
                return QJsonObject{{QStringLiteral("workload"), QLatin1String(workload)},
                                   {QStringLiteral("pflops"), 100},
                                   {QStringLiteral("year"), 2026},
                                   {QStringLiteral("growthPerYear"), 0.3}};
            };
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("my-city")},
                               {QStringLiteral("longitude"), 110},
                               {QStringLiteral("latitude"), 32},
                               {QStringLiteral("demand"), QJsonArray{demand("inference"), demand("training")}}};
        });
    auto* centers = new ListEditor(
        m_document, QStringLiteral("network.centers"),
        {{QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "Id"), Kind::Text},
         {QStringLiteral("name"), QT_TRANSLATE_NOOP("Columns", "Center"), Kind::Text},
         {QStringLiteral("node"), QT_TRANSLATE_NOOP("Columns", "Node id"), Kind::Text},
         {QStringLiteral("pflops"), QT_TRANSLATE_NOOP("Columns", "Capacity"), Kind::Number},
         {QStringLiteral("openingYear"), QT_TRANSLATE_NOOP("Columns", "Opens"), Kind::Integer},
         {QStringLiteral("priceFactor"), QT_TRANSLATE_NOOP("Columns", "Price factor"), Kind::Number}},
        [this] {
            const int current = m_document->currentIndex();
            const QJsonObject json = current >= 0 ? m_document->json(current) : QJsonObject();
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("rival-%1")
                                                          .arg(json.value(QStringLiteral("network"))
                                                                   .toObject()
                                                                   .value(QStringLiteral("centers"))
                                                                   .toArray()
                                                                   .size() +
                                                               1)},
                               {QStringLiteral("node"),
                                json.value(QStringLiteral("network")).toObject().value(QStringLiteral("node"))},
                               {QStringLiteral("pflops"), 500},
                               {QStringLiteral("openingYear"), 2028}};
        });
    auto* links = new ListEditor(
        m_document, QStringLiteral("network.links"),
        {{QStringLiteral("from"), QT_TRANSLATE_NOOP("Columns", "From node"), Kind::Text},
         {QStringLiteral("to"), QT_TRANSLATE_NOOP("Columns", "To node"), Kind::Text},
         {QStringLiteral("latencyMs"), QT_TRANSLATE_NOOP("Columns", "Round trip"), Kind::Number},
         {QStringLiteral("transferCnyPerPflopsHour"), QT_TRANSLATE_NOOP("Columns", "Transfer cost"), Kind::Number}},
        [] {
            return QJsonObject{{QStringLiteral("from"), QStringLiteral("my-city")},
                               {QStringLiteral("to"), QStringLiteral("beijing")},
                               {QStringLiteral("latencyMs"), 10}};
        });
    for (ListEditor* editor : {nodes, centers, links}) {
        editor->setMinimumHeight(160);
        layout->addWidget(editor);
    }
    page->addSection(QT_TRANSLATE_NOOP("Fields", "The scenario's own nodes, centers and links"), lists, 1);
    page->onRetranslate([nodes, centers, links] {
        nodes->retranslate();
        centers->retranslate();
        links->retranslate();
    });
}

void NetworkView::retranslate()
{
    m_networkLabel->setText(tr("Network"));
    m_nodeLabel->setText(tr("The center's node"));
    m_network->setToolTip(tr("A shipped network of places, demand, rival centers and links; the center wins the "
                             "demand that reaches it most cheaply (price, transfer, latency, congestion)."));
    m_node->setToolTip(tr("Moving the center to another node also moves the site to that node's region."));
    m_compare->setText(tr("Compare every site"));
    m_compare->setToolTip(tr("Evaluates the same center at every node that has a region: NPV, utilization and "
                             "demand won, side by side."));
    m_listsNote->setText(tr("Entries here add to the shipped network, or replace its entry with the same id (a link: "
                            "the same two nodes). A rival you expect, e.g. 500 P opening in 2028, is one row of "
                            "centers."));
    // Two-line headers keep the number columns narrow on a page that shares the window with the results.
    m_rivals->setHorizontalHeaderLabels(
        {tr("Center"), tr("Capacity\n(P)"), tr("Utilization\nwithout"), tr("Utilization\nwith"), tr("Lost\n(P)")});
    m_sites->setHorizontalHeaderLabels({tr("Node"), tr("NPV after tax\n(M CNY)"), tr("Utilization"), tr("Won\n(P)")});
    refreshChoice();
    refreshResults();
}

void NetworkView::refreshChoice()
{
    m_refreshing = true;
    const int current = m_document->currentIndex();
    const QJsonObject json = current >= 0 ? m_document->json(current) : QJsonObject();
    const bool has = json.contains(QStringLiteral("network"));
    const QJsonObject network = json.value(QStringLiteral("network")).toObject();
    m_network->clear();
    m_network->addItem(tr("None: the segments' own forecasts"), QString());
    for (const ShippedNetwork& shipped : NetworkLibrary::builtIn().networks()) {
        m_network->addItem(QLocale().language() == QLocale::Chinese && !shipped.nameZh.isEmpty() ? shipped.nameZh
                                                                                                 : shipped.name,
                           shipped.id);
    }
    const QString base = network.value(QStringLiteral("base")).toString();
    if (has && base.isEmpty()) {
        m_network->addItem(tr("The scenario's own network"), QStringLiteral("<own>"));
    }
    m_network->setCurrentIndex(has ? std::max(0, m_network->findData(base.isEmpty() ? QStringLiteral("<own>") : base))
                                   : 0);
    m_node->clear();
    for (const auto& [id, name] : nodeChoices(network)) {
        m_node->addItem(name, id);
    }
    m_node->setCurrentIndex(m_node->findData(network.value(QStringLiteral("node")).toString()));
    m_node->setEnabled(has);
    m_parameters->setEnabled(has);
    m_refreshing = false;
}

void NetworkView::refreshResults()
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

void NetworkView::fillRivals(const NetworkStudy& study, int year)
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

void NetworkView::drawCapture(QChart* chart)
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

void NetworkView::chooseNetwork()
{
    if (m_refreshing) {
        return;
    }
    const int current = m_document->currentIndex();
    const QString id = m_network->currentData().toString();
    if (current < 0 || id == QLatin1String("<own>")) {
        return;
    }
    if (id.isEmpty()) {
        m_document->setField(current, QStringLiteral("network"), QJsonValue::Undefined, tr("No network"), false);
        return;
    }
    const ShippedNetwork* shipped = NetworkLibrary::builtIn().find(id);
    const QString region =
        m_document->json(current).value(QStringLiteral("site")).toObject().value(QStringLiteral("regionId")).toString();
    m_document->setField(
        current, QStringLiteral("network"),
        QJsonObject{{QStringLiteral("base"), id}, {QStringLiteral("node"), nodeForSite(*shipped, region)}},
        tr("Network"), false);
}

/// Moves the center to another node and, when the node has a region, the site with it: one undo step.
void NetworkView::chooseNode()
{
    if (m_refreshing) {
        return;
    }
    const int current = m_document->currentIndex();
    const QString id = m_node->currentData().toString();
    if (current < 0) {
        return;
    }
    const QJsonObject network = m_document->json(current).value(QStringLiteral("network")).toObject();
    QString region;
    for (const QJsonValue& value : network.value(QStringLiteral("nodes")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id) {
            region = value.toObject().value(QStringLiteral("regionId")).toString();
        }
    }
    if (const ShippedNetwork* base = NetworkLibrary::builtIn().find(network.value(QStringLiteral("base")).toString());
        base != nullptr && region.isEmpty()) {
        for (const NetworkNode& node : base->network.nodes) {
            region = node.id == id ? node.regionId : region;
        }
    }
    QUndoStack* undo = m_document->undoStack();
    undo->beginMacro(tr("Move the center to %1").arg(m_node->currentText()));
    m_document->setField(current, QStringLiteral("network.node"), id, {}, false);
    if (!region.isEmpty()) {
        m_document->setField(current, QStringLiteral("site.regionId"), region, {}, false);
    }
    undo->endMacro();
}

void NetworkView::compareSites()
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

} // namespace

FormPage* makeNetworkPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    new NetworkView(document, page);
    return page;
}

} // namespace suanpan
