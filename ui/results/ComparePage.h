#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace suanpan {

class LazyChartView;
class CompareModel;
class CopyableTableView;
class ScenarioDocument;

/**
 * \brief Two or more scenarios side by side: tick them in the list; the table shows the headline figures with
 * differences to the first, and the charts overlay cumulative cash flow and utilization.
 */
class ComparePage : public QWidget {
    Q_OBJECT

public:
    explicit ComparePage(ScenarioDocument* document, QWidget* parent = nullptr);

    CompareModel* model() const { return m_model; }
    /// Ticks exactly these scenarios.
    void setCompared(const std::vector<int>& scenarios);
    void retranslate();

private:
    void rebuildList();
    void selectionChanged();
    void redraw();

    ScenarioDocument* m_document;
    QListWidget* m_list;
    CompareModel* m_model;
    CopyableTableView* m_table;
    LazyChartView* m_cashFlow;
    LazyChartView* m_utilization;
    QLabel* m_hint;
};

} // namespace suanpan
