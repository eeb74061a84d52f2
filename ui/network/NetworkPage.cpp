// The Network input page (methodology §14): which network the center competes in and at which node, the
// network's parameters and the scenario's own nodes, centers and links; NetworkResults.cpp adds the map, the demand
// won over time, who loses it and the site comparison.

#include "NetworkResults.h"
#include "document/ScenarioDocument.h"
#include "editors/FormPage.h"
#include "editors/ListEditor.h"
#include "network/NetworkLibrary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace suanpan {

namespace {

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

/**
 * \brief The choice half of the Network page (which network, which node, how users choose, the scenario's own
 * entries), refreshed on every edit; NetworkResults fills the rest. The widgets belong to the page.
 */
class NetworkView : public QObject {
    Q_DECLARE_TR_FUNCTIONS(NetworkPage)

public:
    NetworkView(ScenarioDocument* document, FormPage* page);

private:
    void buildChoice(FormPage* page);
    void buildLists(FormPage* page);
    void retranslate();
    void refreshChoice();
    void chooseNetwork();
    void chooseNode();

    ScenarioDocument* m_document;
    QComboBox* m_network = new QComboBox;
    QComboBox* m_node = new QComboBox;
    QLabel* m_networkLabel = new QLabel;
    QLabel* m_nodeLabel = new QLabel;
    QLabel* m_summary = new QLabel;
    QWidget* m_parameters = nullptr;
    NetworkResults* m_results = nullptr;
    QLabel* m_listsNote = new QLabel;
    bool m_refreshing = false;
};

NetworkView::NetworkView(ScenarioDocument* document, FormPage* page)
    : QObject(page)
    , m_document(document)
{
    buildChoice(page);
    m_results = new NetworkResults(document, page, m_summary);
    buildLists(page);
    connect(document, &ScenarioDocument::scenarioEdited, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refreshChoice();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, [this] { refreshChoice(); });
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
    b->add(parameters, {QStringLiteral("network.priceFactor"), QStringLiteral("network.referencePriceCnyPerPflopsHour"),
                        QStringLiteral("network.latencyPenaltyCnyPerPflopsHourPerMs"),
                        QStringLiteral("network.congestionPenalty"), QStringLiteral("network.demandGrowthAdjustment"),
                        QStringLiteral("network.interactiveLatencyMs"), QStringLiteral("network.batchLatencyMs")});
}

void NetworkView::buildLists(FormPage* page)
{
    auto* lists = new QWidget;
    auto* layout = new QVBoxLayout(lists);
    layout->setContentsMargins(0, 0, 0, 0);
    m_listsNote->setWordWrap(true);
    layout->addWidget(m_listsNote);
    std::vector<ColumnSpec> nodeColumns = fieldColumns(
        QStringLiteral("network.nodes"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("longitude"),
                                          QStringLiteral("latitude"), QStringLiteral("regionId")});
    // A node's demand is a list by workload; the table shows the first two (inference, training).
    nodeColumns.push_back({QStringLiteral("demand[0].pflops"), QT_TRANSLATE_NOOP("Columns", "Inference demand")});
    nodeColumns.push_back({QStringLiteral("demand[1].pflops"), QT_TRANSLATE_NOOP("Columns", "Training demand")});
    nodeColumns.push_back(fieldColumn(QStringLiteral("network.nodes"), QStringLiteral("demand[0].growthPerYear")));
    auto* nodes = new ListEditor(m_document, QStringLiteral("network.nodes"), std::move(nodeColumns), [] {
        auto demand = [](Workload workload) {
            return QJsonObject{{QStringLiteral("workload"), toKey(workload)},
                               {QStringLiteral("pflops"), 100},
                               {QStringLiteral("year"), 2026},
                               {QStringLiteral("growthPerYear"), 0.3}};
        };
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("my-city")},
            {QStringLiteral("longitude"), 110},
            {QStringLiteral("latitude"), 32},
            {QStringLiteral("demand"), QJsonArray{demand(Workload::Inference), demand(Workload::Training)}}};
    });
    auto* centers = new ListEditor(
        m_document, QStringLiteral("network.centers"),
        fieldColumns(QStringLiteral("network.centers"),
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("pflops"),
                      QStringLiteral("openingYear"), QStringLiteral("priceFactor")}),
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
    auto* links =
        new ListEditor(m_document, QStringLiteral("network.links"),
                       fieldColumns(QStringLiteral("network.links"),
                                    {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("latencyMs"),
                                     QStringLiteral("transferCnyPerPflopsHour")}),
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
    m_listsNote->setText(tr("Entries here add to the shipped network, or replace its entry with the same id (a link: "
                            "the same two nodes). A rival you expect, e.g. 500 P opening in 2028, is one row of "
                            "centers."));
    m_results->retranslate();
    refreshChoice();
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

} // namespace

FormPage* makeNetworkPage(ScenarioDocument* document)
{
    auto* page = new FormPage(document);
    new NetworkView(document, page);
    return page;
}

} // namespace suanpan
