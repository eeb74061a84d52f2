#include "YearResultsModel.h"

#include "document/ScenarioDocument.h"
#include "report/NumberFormat.h"
#include "report/ResultColumns.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace suanpan {

namespace {

const std::vector<YearResult>* yearsOf(const ScenarioDocument* document)
{
    const int current = document->currentIndex();
    if (current < 0 || !document->evaluation(current).results) {
        return nullptr;
    }
    return &document->evaluation(current).results->years;
}

} // namespace

YearResultsModel::YearResultsModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ScenarioDocument::evaluated, this, [this](int index) {
        if (index == m_document->currentIndex()) {
            refresh();
        }
    });
    connect(document, &ScenarioDocument::currentChanged, this, &YearResultsModel::refresh);
    connect(document, &ScenarioDocument::scenarioListChanged, this, &YearResultsModel::refresh);
    refresh();
}

void YearResultsModel::refresh()
{
    const std::vector<YearResult>* years = yearsOf(m_document);
    const int rows = years != nullptr ? static_cast<int>(years->size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int YearResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int YearResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(yearColumns().size());
}

QVariant YearResultsModel::data(const QModelIndex& index, int role) const
{
    const std::vector<YearResult>* years = yearsOf(m_document);
    if (!index.isValid() || years == nullptr || index.row() >= static_cast<int>(years->size())) {
        return {};
    }
    const YearColumn& column = yearColumns()[static_cast<std::size_t>(index.column())];
    const std::optional<double> value = column.value((*years)[static_cast<std::size_t>(index.row())]);
    switch (role) {
    case Qt::DisplayRole: {
        if (!value) {
            return QStringLiteral("–");
        }
        const QLocale locale;
        if (column.unit == QLatin1String("CNY")) {
            return NumberFormat::moneyInTableUnit(*value, locale);
        }
        if (column.unit == QLatin1String("share")) {
            return NumberFormat::percent(*value, locale);
        }
        if (column.key == QLatin1String("projectYear") || column.key == QLatin1String("calendarYear")) {
            return QString::number(*value);
        }
        const bool small = std::abs(*value) < 100;
        return NumberFormat::number(*value, locale, small && column.unit != QLatin1String("cards") ? 2 : 0);
    }
    case Qt::EditRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return value && *value < 0 && column.unit == QLatin1String("CNY") ? QBrush(QColor(0xb0, 0x3a, 0x2e))
                                                                          : QVariant();
    default:
        return {};
    }
}

QVariant YearResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const YearColumn& column = yearColumns()[static_cast<std::size_t>(section)];
    if (role == Qt::ToolTipRole) {
        return column.key;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (column.unit == QLatin1String("CNY")) {
        return QStringLiteral("%1\n(%2)").arg(column.label(), NumberFormat::tableMoneyUnit(QLocale()));
    }
    if (column.unit.isEmpty() || column.unit == QLatin1String("share")) {
        return column.label();
    }
    return QStringLiteral("%1\n(%2)").arg(column.label(), column.unit);
}

void YearResultsModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

} // namespace suanpan
