#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QStringList>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace suanpan {

class FormPage;
class GoalSeekDialog;
class ReportExport;
class ChipMixPage;
class KpiStrip;
class ProjectSession;
class ResultsPanel;
class ScenarioDocument;
class ScenarioNavigator;

/**
 * \brief The desktop window: scenarios on the left, the input pages of the current scenario in the middle,
 * its results on the right, the headline figures across the top — all live as the planner edits.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_document; }
    ProjectSession* session() const { return m_session; }
    KpiStrip* kpiStrip() const { return m_kpis; }
    QTabWidget* inputTabs() const { return m_inputs; }
    ResultsPanel* results() const { return m_results; }

    /// Renders every main view to PNG files `<prefix>-<view>.png` in dir (used by the screenshot command).
    QStringList saveScreenshots(const QString& dir, const QString& prefix);
    QStringList saveReportScreenshots(const QString& dir, const QString& prefix);
    QStringList saveNetworkScreenshots(const QString& dir, const QString& prefix);
    QStringList savePolicyScreenshots(const QString& dir, const QString& prefix);
    /// The goal seek dialog (Scenario ▸ Goal seek…, Ctrl+G), made on first use.
    GoalSeekDialog* goalSeekDialog();
    /// Switches the language of the whole application ("en" or "zh_CN") and remembers it.
    void setLanguage(const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    QAction* makeAction(const QKeySequence& shortcut, const std::function<void()>& slot);
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateStatus();
    void showInputPage(int index);
    void showResultsTab(int index);

    ScenarioDocument* m_document;
    ProjectSession* m_session;
    ReportExport* m_reports;
    ScenarioNavigator* m_navigator;
    QDockWidget* m_navigatorDock;
    KpiStrip* m_kpis;
    QTabWidget* m_inputs;
    std::vector<FormPage*> m_formPages;
    ChipMixPage* m_chipPage;
    ResultsPanel* m_results;
    QSplitter* m_splitter;
    QLabel* m_statusIssues;
    QLabel* m_statusTime;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_scenarioMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_importScenario = nullptr;
    QAction* m_exportScenario = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportWorkbook = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_printPreview = nullptr;
    QAction* m_print = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_copyTable = nullptr;
    QAction* m_addScenario = nullptr;
    QAction* m_duplicateScenario = nullptr;
    QAction* m_renameScenario = nullptr;
    QAction* m_deleteScenario = nullptr;
    QAction* m_nextScenario = nullptr;
    QAction* m_previousScenario = nullptr;
    QAction* m_assumptionLog = nullptr;
    QAction* m_goalSeek = nullptr;
    GoalSeekDialog* m_goalSeekDialog = nullptr;
    QAction* m_english = nullptr;
    QAction* m_chinese = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
    std::vector<QAction*> m_pageActions;
    std::vector<QAction*> m_resultActions;
};

} // namespace suanpan
