#include "ChipMixPage.h"

#include "ListEditor.h"
#include "document/ScenarioDocument.h"
#include "model/JsonPath.h"
#include "models/ChipCatalogModel.h"
#include "report/NumberFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace suanpan {

namespace {

/// The catalog value of a chip field for the chip a chip-mix entry names (shown until overridden).
std::function<QJsonValue(const QJsonObject&)> catalogFallback(const ScenarioDocument* document, const QString& field)
{
    return [document, field](const QJsonObject& entry) {
        const QJsonObject* chip =
            document->catalog().entry(CatalogKind::Chips, entry.value(QStringLiteral("chipId")).toString());
        return chip == nullptr ? QJsonValue() : JsonPath::value(*chip, field);
    };
}

} // namespace

ChipMixPage::ChipMixPage(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalogModel(new ChipCatalogModel(&document->catalog(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_catalogView(new QTableView)
    , m_search(new QLineEdit)
    , m_addChip(new QPushButton)
    , m_summary(new QLabel)
    , m_mixTitle(new QLabel)
    , m_catalogTitle(new QLabel)
{
    std::vector<ColumnSpec> columns =
        fieldColumns(QStringLiteral("chipMix"),
                     {QStringLiteral("chipId"), QStringLiteral("count"), QStringLiteral("deployMonth"),
                      QStringLiteral("override.cardPriceCny"), QStringLiteral("override.rentalPriceCnyPerCardHour"),
                      QStringLiteral("override.priceDeclinePerYear"), QStringLiteral("refreshChipId")});
    columns[3].fallback = catalogFallback(document, QStringLiteral("cardPriceCny"));
    columns[4].fallback = catalogFallback(document, QStringLiteral("rentalPriceCnyPerCardHour"));
    columns[5].fallback = catalogFallback(document, QStringLiteral("priceDeclinePerYear"));
    m_mix = new ListEditor(document, QStringLiteral("chipMix"), std::move(columns), [] {
        return QJsonObject{{QStringLiteral("chipId"), QStringLiteral("h20")},
                           {QStringLiteral("count"), 64},
                           {QStringLiteral("deployMonth"), 12}};
    });

    m_proxy->setSourceModel(m_catalogModel);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_catalogView->setModel(m_proxy);
    m_catalogView->setSortingEnabled(true);
    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogView->verticalHeader()->hide();
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("chipSearch"));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_mixTitle);
    topLayout->addWidget(m_mix, 1);
    topLayout->addWidget(m_summary);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_catalogTitle);
    bottomLayout->addWidget(m_search);
    bottomLayout->addWidget(m_catalogView, 1);
    bottomLayout->addWidget(m_addChip, 0, Qt::AlignLeft);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    QFont bold = m_mixTitle->font();
    bold.setBold(true);
    m_mixTitle->setFont(bold);
    m_catalogTitle->setFont(bold);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_addChip, &QPushButton::clicked, this, &ChipMixPage::addSelectedChip);
    connect(m_catalogView, &QTableView::doubleClicked, this, &ChipMixPage::addSelectedChip);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &ChipMixPage::refreshChoices);
    connect(document, &ScenarioDocument::evaluated, this, &ChipMixPage::refreshSummary);
    connect(document, &ScenarioDocument::currentChanged, this, &ChipMixPage::refreshSummary);
    refreshChoices();
    retranslate();
}

void ChipMixPage::refreshChoices()
{
    QStringList ids;
    QStringList names;
    for (const QJsonObject& entry : m_document->catalog().entries(CatalogKind::Chips)) {
        ids << entry.value(QStringLiteral("id")).toString();
        names << entry.value(QStringLiteral("name")).toString();
    }
    m_mix->model()->setColumnChoices(0, ids, names);
    // The refresh target (methodology §7.1): the same chip again, or any chip of the catalog.
    m_mix->model()->setColumnChoices(6, QStringList{QString()} + ids, QStringList{tr("Same chip again")} + names);
    m_catalogModel->setCatalog(&m_document->catalog());
}

void ChipMixPage::refreshSummary()
{
    const int current = m_document->currentIndex();
    if (current < 0 || !m_document->evaluation(current).results) {
        m_summary->clear();
        return;
    }
    const Summary& s = m_document->evaluation(current).results->summary;
    const QLocale locale;
    QString text = tr("Installed at peak: %1 P FP16 · %2 P FP8 · %3 P FP64")
                       .arg(NumberFormat::number(s.peakPflopsFp16, locale, 1),
                            NumberFormat::number(s.peakPflops[static_cast<std::size_t>(Precision::Fp8)], locale, 1),
                            NumberFormat::number(s.peakPflops[static_cast<std::size_t>(Precision::Fp64)], locale, 1));
    if (m_document->evaluation(current).stale) {
        text += tr(" (last valid inputs)");
    }
    m_summary->setText(text);
}

void ChipMixPage::addSelectedChip()
{
    const QModelIndex index = m_catalogView->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const QString id = m_proxy->data(index, ChipCatalogModel::IdRole).toString();
    const QJsonObject* chip = m_document->catalog().entry(CatalogKind::Chips, id);
    const int perServer = chip != nullptr ? chip->value(QStringLiteral("cardsPerServer")).toInt(8) : 8;
    m_mix->append(QJsonObject{
        {QStringLiteral("chipId"), id}, {QStringLiteral("count"), perServer * 8}, {QStringLiteral("deployMonth"), 12}});
}

void ChipMixPage::retranslate()
{
    m_mixTitle->setText(tr("Chip mix and deployment"));
    m_catalogTitle->setText(tr("Chip catalog"));
    m_search->setPlaceholderText(tr("Search chips (name, vendor, origin)…"));
    m_addChip->setText(tr("Add to chip mix"));
    refreshChoices(); // the "same chip again" label
    m_mix->retranslate();
    m_catalogModel->retranslate();
    refreshSummary();
}

} // namespace suanpan
