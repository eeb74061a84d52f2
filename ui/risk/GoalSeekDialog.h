#pragma once

#include "risk/GoalSeek.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace suanpan {

class ScenarioDocument;
struct FieldSpec;

/**
 * \brief "What fixes it?": the value of one input that brings a result to a target — on the scenario as it
 * stands or on the P50 of a Monte Carlo run (GoalSeek in core). The search runs off the GUI thread with a
 * progress bar and Stop; Apply writes the answer into the scenario as one undoable edit.
 */
class GoalSeekDialog : public QDialog {
    Q_OBJECT

public:
    explicit GoalSeekDialog(ScenarioDocument* document, QWidget* parent = nullptr);
    ~GoalSeekDialog() override;

    /// Fills the form: seek `path` (as a value, or as a factor on the scenario's values) so that `metric`
    /// reaches `target` (a share for utilization and rates, CNY for money, years for payback).
    void setRequest(const QString& path, RiskMetric metric, double target, bool factor);
    void seek();
    void stop();
    /// From seek() until its result is shown.
    bool isRunning() const { return m_running; }
    /// The last finished search (nothing before one, or after the scenario changed and a new one started).
    const std::optional<GoalSeekResult>& result() const { return m_result; }
    /// Writes the answer into the scenario it was found for (one undo step); false when there is nothing to
    /// write or that scenario has changed since.
    bool apply();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void configureControls();
    void layOut();
    void retranslate();
    void fillFields();
    void fieldChanged();
    void metricChanged();
    void updateTargetUnit();
    void updateRangeUnit();
    void updateEnabled();
    QString fieldPath() const;
    /// Unit and range of the chosen field in the current scenario, or nullptr.
    const FieldSpec* fieldSpec() const;
    /// The request the form describes.
    GoalSeekRequest request() const;
    void finished();
    int scenarioIndexOf(const QString& key) const;

    ScenarioDocument* m_document;
    QFormLayout* m_form;
    QComboBox* m_field;
    QComboBox* m_how;
    QComboBox* m_metric;
    QDoubleSpinBox* m_target;
    QCheckBox* m_limit;
    QDoubleSpinBox* m_min;
    QDoubleSpinBox* m_max;
    QCheckBox* m_median;
    QSpinBox* m_trials;
    QCheckBox* m_presets;
    QProgressBar* m_progress;
    QLabel* m_answer;
    QPushButton* m_seek;
    QPushButton* m_stop;
    QPushButton* m_apply;
    QPushButton* m_close;
    double m_targetValue = 0; ///< the target in the metric's own unit (CNY, share, years)

    QFutureWatcher<GoalSeekResult> m_watcher;
    bool m_running = false;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<double> m_fraction{0.0};
    QTimer m_poll;
    std::optional<GoalSeekResult> m_result;
    GoalSeekRequest m_ran;   ///< the request of the running or last search
    QString m_ranKey;        ///< the scenario it was for
    QJsonObject m_ranInputs; ///< that scenario's inputs then: Apply writes only into the same inputs
};

} // namespace suanpan
