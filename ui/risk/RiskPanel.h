#pragma once

#include "risk/RiskResults.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <array>
#include <atomic>
#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace suanpan {

class LazyChartView;
class ScenarioDocument;

/**
 * \brief "How likely is it to sit idle, and what fixes it?": runs the Monte Carlo analysis of the current
 * scenario off the GUI thread (progress bar, Cancel), then shows the headline risks, the distributions, fan
 * charts of utilization and cumulative cash flow, the NPV histogram and the tornado. Results are kept per
 * scenario and marked stale once the scenario changes.
 */
class RiskPanel : public QWidget {
    Q_OBJECT

public:
    explicit RiskPanel(ScenarioDocument* document, QWidget* parent = nullptr);
    ~RiskPanel() override;

    void run();
    void cancel();
    /// From run() until its results are stored (the worker may have ended a moment before).
    bool isRunning() const { return m_running; }
    /// The last finished run of the current scenario, if any.
    const RiskResults* currentResults() const;
    /// True when the current scenario changed since its last run.
    bool currentIsStale() const;
    void setTrials(int trials);
    void retranslate();

Q_SIGNALS:
    /// A run finished, or the current scenario (or its staleness) changed.
    void riskChanged();
    /// The planner asked "what fixes it?" (the Goal seek button); the window opens its goal seek dialog.
    void goalSeekRequested();

private:
    void configureControls();
    void layOut();
    void setUpCharts();
    struct Stored {
        QJsonObject inputs; ///< the scenario as it was when run
        RiskResults results;
    };

    void finished();
    void showCurrent();
    /// Every chart of the view, for redrawing or clearing them together.
    std::array<LazyChartView*, 6> chartViews() const;
    /// The sensitivity analysis of the metric chosen above the tornado, if the current run has it.
    const Sensitivity* chosenSensitivity() const;
    void pollProgress();

    ScenarioDocument* m_document;
    QSpinBox* m_trials;
    QSpinBox* m_seed;
    QComboBox* m_sampler;
    QDoubleSpinBox* m_threshold;
    QCheckBox* m_presets;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_goalSeek;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_headline;
    QTableWidget* m_table;
    LazyChartView* m_histogram;
    LazyChartView* m_utilizationFan;
    LazyChartView* m_cashFan;
    LazyChartView* m_tornado;
    LazyChartView* m_spider;
    LazyChartView* m_importance;
    QComboBox* m_sensitivityOf;
    QLabel* m_sensitivityLabel;
    RiskMetric m_outcome = RiskMetric::NpvAfterTax; ///< the outcome whose histogram and CDF are shown
    QFutureWatcher<RiskResults> m_watcher;
    bool m_running = false;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<double> m_fraction{0.0};
    QTimer m_poll;
    QString m_runningKey;
    QJsonObject m_runningInputs;
    std::map<QString, Stored> m_stored; ///< by scenario key
};

} // namespace suanpan
