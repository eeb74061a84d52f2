#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace suanpan {

class LazyChartView;
class CompareModel;
class CopyableTableView;
class ScenarioDocument;

/**
 * \brief Two or more scenarios side by side: tick them in the list; the table shows the headline figures with
 * differences to the first, and the charts overlay cumulative cash flow and utilization. Beside the results, every
 * input in which the second ticked scenario differs from the first, field by field, with both values and the unit.
 */
class ComparePage : public QWidget {
    Q_OBJECT

public:
    explicit ComparePage(ScenarioDocument* document, QWidget* parent = nullptr);

    CompareModel* model() const { return m_model; }
    /// The table of inputs that differ (tests).
    QTableWidget* inputDifferences() const { return m_inputs; }
    /// Ticks exactly these scenarios.
    void setCompared(const std::vector<int>& scenarios);
    void retranslate();

private:
    void rebuildList();
    void selectionChanged();
    void redraw();
    void fillInputDifferences();

    ScenarioDocument* m_document;
    QListWidget* m_list;
    CompareModel* m_model;
    CopyableTableView* m_table;
    QTabWidget* m_tabs;
    QTableWidget* m_inputs;
    QLabel* m_inputsTitle;
    LazyChartView* m_cashFlow;
    LazyChartView* m_utilization;
    QLabel* m_hint;
};

} // namespace suanpan
