#pragma once

#include <QAbstractTableModel>

namespace suanpan {

class ScenarioDocument;

/** \brief Which subsidy conditions the current design meets and why not: one row per condition. */
class ComplianceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Subsidy, Status, Condition, Detail, ColumnCount };

    explicit ComplianceModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refresh();

private:
    ScenarioDocument* m_document;
    int m_rows = 0;
};

} // namespace suanpan
