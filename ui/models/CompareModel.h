#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace suanpan {

class ScenarioDocument;

/**
 * \brief Scenarios side by side: one row per headline figure (results/Kpis), one column per chosen
 * scenario; columns after the first also show the difference to the first.
 */
class CompareModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit CompareModel(ScenarioDocument* document, QObject* parent = nullptr);

    void setScenarios(const std::vector<int>& scenarios);
    const std::vector<int>& scenarios() const { return m_scenarios; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refresh();

private:
    ScenarioDocument* m_document;
    std::vector<int> m_scenarios;
};

} // namespace suanpan
