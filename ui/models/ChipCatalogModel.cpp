#include "ChipCatalogModel.h"

#include "model/Catalog.h"
#include "model/CatalogParse.h"
#include "report/NumberFormat.h"

#include <QJsonObject>
#include <QLocale>

namespace suanpan {

ChipCatalogModel::ChipCatalogModel(const Catalog* catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    parseChips();
}

void ChipCatalogModel::setCatalog(const Catalog* catalog)
{
    beginResetModel();
    m_catalog = catalog;
    parseChips();
    endResetModel();
}

void ChipCatalogModel::parseChips()
{
    m_chips.clear();
    if (m_catalog == nullptr) {
        return;
    }
    ValidationReport ignored; // the catalogs are checked when they load
    for (const QJsonObject& entry : m_catalog->entries(CatalogKind::Chips)) {
        m_chips.push_back(CatalogParse::chip(entry, QJsonObject(), QString(), ignored));
    }
}

int ChipCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_chips.size());
}

int ChipCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChipCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QJsonObject& entry = m_catalog->entries(CatalogKind::Chips)[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return entry.value(QStringLiteral("id")).toString();
    }
    const ChipSpec& chip = m_chips[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        return tr("%1 · as of %2")
            .arg(entry.value(QStringLiteral("name")).toString(), entry.value(QStringLiteral("asOf")).toString());
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Fp16) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool sort = role == Qt::EditRole || role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    auto number = [&](double value, int decimals) -> QVariant {
        return sort ? QVariant(value)
                    : QVariant(value > 0 ? NumberFormat::number(value, locale, decimals) : QStringLiteral("–"));
    };
    switch (static_cast<Column>(index.column())) {
    case Name:
        return chip.name;
    case Vendor:
        return chip.vendor;
    case Origin:
        return chip.domestic ? tr("domestic") : tr("imported");
    case Fp16:
        return number(chip.tflopsAt(Precision::Fp16), 0);
    case Fp8:
        return number(chip.tflopsAt(Precision::Fp8), 0);
    case Fp64:
        return number(chip.tflopsAt(Precision::Fp64), 1);
    case Memory:
        return number(chip.memoryGb, 0);
    case Tdp:
        return number(chip.tdpW, 0);
    case ServerKw:
        return number(chip.serverMaxKw(), 1);
    case CardPrice:
        return sort ? QVariant(chip.cardPriceCny) : QVariant(NumberFormat::money(chip.cardPriceCny, locale));
    case Rental:
        return number(chip.rentalPriceCnyPerCardHour, 1);
    case Training:
        return number(chip.efficiencyFor(Workload::Training), 2);
    case Inference:
        return number(chip.efficiencyFor(Workload::Inference), 2);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChipCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Chip");
    case Vendor:
        return tr("Vendor");
    case Origin:
        return tr("Origin");
    case Fp16:
        return tr("FP16\n(TFLOPS)");
    case Fp8:
        return tr("FP8\n(TFLOPS)");
    case Fp64:
        return tr("FP64\n(TFLOPS)");
    case Memory:
        return tr("Memory\n(GB)");
    case Tdp:
        return tr("Power\n(W)");
    case ServerKw:
        return tr("Server\n(kW)");
    case CardPrice:
        return tr("Card price");
    case Rental:
        return tr("Rental\n(CNY/card·h)");
    case Training:
        return tr("Training\nefficiency");
    case Inference:
        return tr("Inference\nefficiency");
    case ColumnCount:
        break;
    }
    return {};
}

void ChipCatalogModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

} // namespace suanpan
