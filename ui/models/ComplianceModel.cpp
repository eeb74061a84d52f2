#include "ComplianceModel.h"

#include "document/ScenarioDocument.h"

#include <QBrush>
#include <QColor>

namespace suanpan {

namespace {

const std::vector<ComplianceItem>* itemsOf(const ScenarioDocument* document)
{
    const int current = document->currentIndex();
    if (current < 0 || !document->evaluation(current).results) {
        return nullptr;
    }
    return &document->evaluation(current).results->compliance;
}

} // namespace

ComplianceModel::ComplianceModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ScenarioDocument::evaluated, this, &ComplianceModel::refresh);
    connect(document, &ScenarioDocument::currentChanged, this, &ComplianceModel::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &ComplianceModel::refresh);
    refresh();
}

void ComplianceModel::refresh()
{
    beginResetModel();
    const auto* items = itemsOf(m_document);
    m_rows = items != nullptr ? static_cast<int>(items->size()) : 0;
    endResetModel();
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    const auto* items = itemsOf(m_document);
    if (!index.isValid() || items == nullptr || index.row() >= static_cast<int>(items->size())) {
        return {};
    }
    const ComplianceItem& item = (*items)[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (!item.applies) {
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
        if (!item.met) { // a national target missed is a warning, a rule or condition missed a failure
            return QBrush(item.kind == ComplianceKind::Target ? QColor(0xb2, 0x6a, 0x00) : QColor(0xc6, 0x28, 0x28));
        }
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role == Qt::ToolTipRole && !item.source.isEmpty()) {
        return tr("Source: %1").arg(item.source);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Kind:
        return displayName(item.kind);
    case Subsidy:
        return item.subsidy;
    case Condition:
        return item.condition;
    case Status:
        return !item.applies ? tr("does not apply") : item.met ? tr("met") : tr("missed");
    case Detail:
        return item.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Kind:
        return tr("Kind");
    case Subsidy:
        return tr("Subsidy or rule");
    case Condition:
        return tr("Condition");
    case Status:
        return tr("Status");
    case Detail:
        return tr("Design value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace suanpan
