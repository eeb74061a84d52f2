#include "ScenarioListModel.h"

#include "document/ScenarioDocument.h"

#include <QBrush>
#include <QColor>

namespace suanpan {

ScenarioListModel::ScenarioListModel(ScenarioDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(document->count())
{
    connect(document, &ScenarioDocument::scenarioListChanged, this, [this] {
        beginResetModel();
        m_rows = m_document->count();
        endResetModel();
    });
    connect(document, &ScenarioDocument::evaluated, this, [this](int row) {
        if (row >= 0 && row < m_rows) {
            Q_EMIT dataChanged(index(row), index(row));
        }
    });
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) {
        return {};
    }
    const auto& evaluation = m_document->evaluation(index.row());
    const bool valid = evaluation.issues.isValid();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_document->name(index.row());
    case Qt::ToolTipRole:
        return valid ? tr("Valid; results are up to date.")
                     : tr("%1 problem(s) in the inputs; results show the last valid state.")
                           .arg(evaluation.issues.issues().size());
    case Qt::ForegroundRole:
        return valid ? QVariant() : QBrush(QColor(0xb0, 0x3a, 0x2e));
    case Qt::DecorationRole:
        return QColor(valid ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b));
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || value.toString().trimmed().isEmpty()) {
        return false;
    }
    m_document->renameScenario(index.row(), value.toString());
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace suanpan
