#pragma once

#include <QAbstractTableModel>

namespace suanpan {

class ScenarioDocument;

/**
 * \brief The per-year results of the current scenario: one row per project year, one column per result
 * column (core/report/ResultColumns). Display values use the locale (money in M CNY or 万元); the edit role
 * gives raw numbers, which is what copying to a spreadsheet uses.
 */
class YearResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit YearResultsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Rebuilds after a language change (labels and number formats).
    void retranslate();

private:
    void refresh();

    ScenarioDocument* m_document;
    int m_rows = 0;
};

} // namespace suanpan
