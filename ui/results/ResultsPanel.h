#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace suanpan {

class LazyChartView;
class CompareModel;
class ComparePage;
class ComplianceModel;
class CopyableTableView;
class HallSketch;
class RiskPanel;
class ScenarioDocument;
class YearResultsModel;

/**
 * \brief The results of the current scenario, live: cash flow, demand and capacity, costs, energy, the hall
 * layout, the per-year table, subsidy compliance with the public ledger, and the comparison of scenarios.
 */
class ResultsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPanel(ScenarioDocument* document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CopyableTableView* table() const { return m_table; }
    ComparePage* comparePage() const { return m_compare; }
    RiskPanel* riskPanel() const { return m_risk; }
    void refresh();
    void retranslate();

private:
    ScenarioDocument* m_document;
    QTabWidget* m_tabs;
    LazyChartView* m_cashFlow;
    LazyChartView* m_demand;
    LazyChartView* m_capex;
    LazyChartView* m_opex;
    LazyChartView* m_energy;
    HallSketch* m_sketch;
    CopyableTableView* m_table;
    YearResultsModel* m_yearModel;
    ComplianceModel* m_complianceModel;
    QLabel* m_ledger;
    ComparePage* m_compare;
    RiskPanel* m_risk;
};

} // namespace suanpan
