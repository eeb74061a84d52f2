#include "MainWindow.h"

#include "AssumptionLogDialog.h"
#include "ReportExport.h"
#include "ScenarioNavigator.h"
#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "editors/ChipMixPage.h"
#include "editors/FormPage.h"
#include "i18n/Translations.h"
#include "results/CopyableTableView.h"
#include "results/KpiStrip.h"
#include "results/ResultsPanel.h"
#include "risk/GoalSeekDialog.h"
#include "risk/RiskPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace suanpan {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
    , m_session(new ProjectSession(m_document, this))
    , m_reports(new ReportExport(m_document, m_session, this))
    , m_navigator(new ScenarioNavigator(m_document))
    , m_navigatorDock(new QDockWidget)
    , m_kpis(new KpiStrip(m_document))
    , m_inputs(new QTabWidget)
    , m_chipPage(new ChipMixPage(m_document))
    , m_results(new ResultsPanel(m_document))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_statusIssues(new QLabel)
    , m_statusTime(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigatorDock->setObjectName(QStringLiteral("scenarioDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_formPages = {makeSitePowerPage(m_document), makeRacksCoolingPage(m_document),
                   makeDemandPage(m_document),    makeNetworkPage(m_document),
                   makePoliciesPage(m_document),  makeFacilityOperationsPage(m_document),
                   makeFinancePage(m_document),   makeUncertaintyPage(m_document)};
    m_inputs->addTab(m_formPages[0], QString());
    m_inputs->addTab(m_chipPage, QString());
    for (std::size_t i = 1; i < m_formPages.size(); ++i) {
        m_inputs->addTab(m_formPages[i], QString());
    }
    m_inputs->setObjectName(QStringLiteral("inputTabs"));
    m_splitter->addWidget(m_inputs);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_kpis);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusIssues, 1);
    statusBar()->addPermanentWidget(m_statusTime);

    createActions();
    createMenus();
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_document, &ScenarioDocument::evaluated, this, &MainWindow::updateStatus);
    connect(m_document, &ScenarioDocument::currentChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ScenarioDocument::scenarioListChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::fileChanged, this, &MainWindow::updateTitle);
    RiskPanel* risk = m_results->riskPanel();
    connect(risk, &RiskPanel::riskChanged, this, [this, risk] {
        const RiskResults* results = risk->currentResults();
        m_kpis->setRisk(results != nullptr ? &results->headline : nullptr, risk->currentIsStale());
    });
    connect(risk, &RiskPanel::goalSeekRequested, this, [this] { m_goalSeek->trigger(); });

    QSettings settings;
    resize(1600, 1000);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->setSizes({640, 760});
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    retranslate();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::makeAction(const QKeySequence& shortcut, const std::function<void()>& slot)
{
    auto* action = new QAction(this);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createViewActions();
}

/// Projects, scenarios in and out, the report and the workbook.
void MainWindow::createFileActions()
{
    m_new = makeAction(QKeySequence::New, [this] {
        if (m_session->maybeSave()) {
            m_session->openSamples();
        }
    });
    m_open = makeAction(QKeySequence::Open, [this] {
        if (!m_session->maybeSave()) {
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                                          tr("Suanpan projects and scenarios (*.suanpan *.json)"));
        if (!path.isEmpty()) {
            m_session->open(path);
        }
    });
    m_save = makeAction(QKeySequence::Save, [this] { m_session->save(); });
    m_saveAs = makeAction(QKeySequence::SaveAs, [this] { m_session->saveAs(); });
    m_importScenario = makeAction(QKeySequence(), [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import scenario"), QString(), tr("Scenario (*.json)"));
        if (!path.isEmpty()) {
            m_session->importScenario(path);
        }
    });
    m_exportScenario = makeAction(QKeySequence(), [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export scenario"), QString(), tr("Scenario (*.json)"));
        if (!path.isEmpty()) {
            m_session->exportScenario(path);
        }
    });
    m_exportCsv = makeAction(QKeySequence(), [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export per-year results"), QString(), tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            m_session->exportYearsCsv(path);
        }
    });
    m_exportReport = makeAction(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { m_reports->exportPdf(); });
    m_printPreview = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { m_reports->printPreview(); });
    m_print = makeAction(QKeySequence::Print, [this] { m_reports->print(); });
    m_exportWorkbook =
        makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { m_reports->exportWorkbook(); });
    m_quit = makeAction(QKeySequence::Quit, [this] { close(); });
}

/// Undo and redo, the scenario list, the assumption log and goal seek.
void MainWindow::createEditActions()
{
    m_undo = m_document->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_copyTable =
        makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { m_results->table()->copySelection(); });
    m_addScenario = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { m_navigator->addScenario(); });
    m_duplicateScenario = makeAction(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_navigator->duplicateScenario(); });
    m_renameScenario = makeAction(QKeySequence(Qt::Key_F2), [this] { m_navigator->renameScenario(); });
    m_deleteScenario = makeAction(QKeySequence(), [this] { m_navigator->deleteScenario(); });
    m_nextScenario = makeAction(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        m_document->setCurrentIndex((m_document->currentIndex() + 1) % m_document->count());
    });
    m_previousScenario = makeAction(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        m_document->setCurrentIndex((m_document->currentIndex() + m_document->count() - 1) % m_document->count());
    });
    m_assumptionLog = makeAction(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        AssumptionLogDialog dialog(m_session->project(), isWindowModified(), this);
        dialog.exec();
    });
    m_goalSeek = makeAction(QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        goalSeekDialog()->show();
        goalSeekDialog()->raise();
        goalSeekDialog()->activateWindow();
    });
}

/// The language, About, and a shortcut per input page and results tab.
void MainWindow::createViewActions()
{
    m_languages = new QActionGroup(this);
    m_english = makeAction(QKeySequence(), [this] { setLanguage(QStringLiteral("en")); });
    m_chinese = makeAction(QKeySequence(), [this] { setLanguage(QStringLiteral("zh_CN")); });
    for (QAction* language : {m_english, m_chinese}) {
        language->setCheckable(true);
        m_languages->addAction(language);
    }
    (QLocale().language() == QLocale::Chinese ? m_chinese : m_english)->setChecked(true);
    m_about = makeAction(QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Suanpan"),
                           tr("<b>Suanpan %1</b><p>Capacity planning for proposed AI computing centers: cost, "
                              "utilization risk and payback, with subsidies and compute vouchers.</p><p>Every "
                              "default figure carries its source; the formulas are in docs/methodology.md.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    for (int i = 0; i < 9; ++i) {
        m_pageActions.push_back(makeAction(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), [this, i] { showInputPage(i); }));
    }
    for (int i = 0; i < 9; ++i) {
        m_resultActions.push_back(
            makeAction(QKeySequence(Qt::ALT | (Qt::Key_1 + i)), [this, i] { showResultsTab(i); }));
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_new, m_open});
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        for (const QString& path : m_session->recentFiles()) {
            m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
                if (m_session->maybeSave()) {
                    m_session->open(path);
                }
            });
        }
        m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_save, m_saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importScenario, m_exportScenario, m_exportCsv, m_exportWorkbook});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_exportReport, m_printPreview, m_print});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyTable);
    m_scenarioMenu = menuBar()->addMenu(QString());
    m_scenarioMenu->addActions({m_addScenario, m_duplicateScenario, m_renameScenario, m_deleteScenario});
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addActions({m_previousScenario, m_nextScenario});
    m_scenarioMenu->addSeparator();
    m_scenarioMenu->addActions({m_goalSeek, m_assumptionLog});
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction* action : m_pageActions) {
        m_viewMenu->addAction(action);
    }
    m_viewMenu->addSeparator();
    for (QAction* action : m_resultActions) {
        m_viewMenu->addAction(action);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions({m_english, m_chinese});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::showInputPage(int index)
{
    m_inputs->setCurrentIndex(index);
    m_inputs->currentWidget()->setFocus();
}

void MainWindow::showResultsTab(int index)
{
    m_results->tabs()->setCurrentIndex(index);
}

void MainWindow::setLanguage(const QString& language)
{
    const QString used = installTranslators(*qApp, language);
    QSettings().setValue(QStringLiteral("language"), used);
    (used == QLatin1String("zh_CN") ? m_chinese : m_english)->setChecked(true);
    // Texts made by the engine (messages, compliance) are translated when evaluating.
    m_document->reevaluateAll();
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session->maybeSave()) {
        event->ignore();
        return;
    }
    m_session->removeRecovery();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_scenarioMenu->setTitle(tr("&Scenario"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_new->setText(tr("&New (sample project)"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_importScenario->setText(tr("&Import scenario (JSON)…"));
    m_exportScenario->setText(tr("&Export scenario (JSON)…"));
    m_exportCsv->setText(tr("Export per-year results (&CSV)…"));
    m_exportWorkbook->setText(tr("Export &workbook (Excel)…"));
    m_exportReport->setText(tr("Export &report (PDF)…"));
    m_printPreview->setText(tr("Print pre&view…"));
    m_print->setText(tr("&Print…"));
    m_quit->setText(tr("&Quit"));
    m_copyTable->setText(tr("&Copy per-year table"));
    m_addScenario->setText(tr("&New scenario"));
    m_duplicateScenario->setText(tr("&Duplicate scenario"));
    m_renameScenario->setText(tr("&Rename scenario"));
    m_deleteScenario->setText(tr("D&elete scenario"));
    m_nextScenario->setText(tr("Ne&xt scenario"));
    m_previousScenario->setText(tr("&Previous scenario"));
    m_assumptionLog->setText(tr("Assumption &log…"));
    m_goalSeek->setText(tr("&Goal seek…"));
    m_english->setText(QStringLiteral("English"));
    m_chinese->setText(QStringLiteral("简体中文"));
    m_about->setText(tr("&About Suanpan"));
    m_navigatorDock->setWindowTitle(tr("Scenarios"));
    m_navigatorDock->toggleViewAction()->setText(tr("Scenario list"));
    const QStringList inputTitles{tr("Site && power"), tr("Chips"),    tr("Racks && cooling"),       tr("Demand"),
                                  tr("Network"),       tr("Policies"), tr("Facility && operations"), tr("Finance"),
                                  tr("Uncertainty")};
    for (int i = 0; i < m_inputs->count() && i < inputTitles.size(); ++i) {
        m_inputs->setTabText(i, inputTitles.at(i));
        m_pageActions[static_cast<std::size_t>(i)]->setText(
            tr("Inputs: %1").arg(QString(inputTitles.at(i)).replace(QStringLiteral("&&"), QStringLiteral("&"))));
    }
    for (FormPage* page : m_formPages) {
        page->retranslate();
    }
    m_chipPage->retranslate();
    m_navigator->retranslate();
    m_kpis->retranslate();
    m_results->retranslate();
    for (int i = 0; i < static_cast<int>(m_resultActions.size()) && i < m_results->tabs()->count(); ++i) {
        m_resultActions[static_cast<std::size_t>(i)]->setText(
            tr("Results: %1").arg(m_results->tabs()->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&"))));
    }
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Suanpan").arg(m_session->displayName()));
}

void MainWindow::updateStatus()
{
    const int current = m_document->currentIndex();
    if (current < 0) {
        return;
    }
    const auto& evaluation = m_document->evaluation(current);
    const auto count = static_cast<int>(evaluation.issues.issues().size());
    m_statusIssues->setText(evaluation.issues.isValid()
                                ? tr("Inputs valid.")
                                : tr("%n problem(s) in the inputs: see the fields marked in red.", nullptr, count));
    m_statusTime->setText(tr("Evaluated in %1 ms").arg(QLocale().toString(evaluation.evaluationMs, 'f', 1)));
}

GoalSeekDialog* MainWindow::goalSeekDialog()
{
    // Kept while the window lives (not modal): the planner can edit the scenario and seek again.
    if (m_goalSeekDialog == nullptr) {
        m_goalSeekDialog = new GoalSeekDialog(m_document, this);
    }
    return m_goalSeekDialog;
}

} // namespace suanpan
