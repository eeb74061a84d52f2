#include "CompareModel.h"

#include "document/ScenarioDocument.h"
#include "report/Kpis.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace suanpan {

CompareModel::CompareModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ScenarioDocument::evaluated, this, &CompareModel::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, [this] {
        std::vector<int> kept;
        for (int index : m_scenarios) {
            if (index < m_document->count()) {
                kept.push_back(index);
            }
        }
        setScenarios(kept);
    });
}

void CompareModel::setScenarios(const std::vector<int>& scenarios)
{
    beginResetModel();
    m_scenarios = scenarios;
    endResetModel();
}

void CompareModel::refresh()
{
    if (!m_scenarios.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(compareKpis().size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount()) {
        return {};
    }
    const Kpi& kpi = compareKpis()[static_cast<std::size_t>(index.row())];
    const auto& evaluation = m_document->evaluation(m_scenarios[static_cast<std::size_t>(index.column())]);
    if (!evaluation.results || !evaluation.analysis) {
        return role == Qt::DisplayRole ? QVariant(tr("no valid results")) : QVariant();
    }
    const std::optional<double> value = kpi.value(*evaluation.results, *evaluation.analysis);
    const auto& first = m_document->evaluation(m_scenarios.front());
    std::optional<double> difference;
    if (index.column() > 0 && value && first.results && first.analysis) {
        if (const std::optional<double> base = kpi.value(*first.results, *first.analysis)) {
            difference = *value - *base;
        }
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = kpi.formatted(*evaluation.results, *evaluation.analysis, locale);
        if (difference && *difference != 0) {
            text +=
                QStringLiteral("  (%1%2)")
                    .arg(*difference > 0 ? QStringLiteral("+") : QString(), Kpi::format(kpi.kind, *difference, locale));
        }
        return evaluation.stale ? tr("%1 (stale)").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return value || kpi.reason == nullptr ? kpi.translatedTooltip()
                                              : kpi.reason(*evaluation.results, *evaluation.analysis);
    case Qt::ForegroundRole:
        if (difference && *difference != 0) {
            const bool better = (*difference > 0) == kpi.higherIsBetter;
            return QBrush(better ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) {
            return {};
        }
        const Kpi& kpi = compareKpis()[static_cast<std::size_t>(section)];
        return role == Qt::DisplayRole ? kpi.translatedLabel() : kpi.translatedTooltip();
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    return m_document->name(m_scenarios[static_cast<std::size_t>(section)]);
}

} // namespace suanpan
