// The desktop window as a user drives it: type a value, see the figures change; type a wrong one, see the
// message at the field; undo; switch the language.

#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "engine/Analysis.h"
#include "model/JsonPath.h"
#include "report/Kpis.h"
#include "results/ComparePage.h"
#include "results/KpiStrip.h"
#include "results/ResultsPanel.h"
#include "risk/GoalSeekDialog.h"
#include "risk/RiskPanel.h"
#include "store/Project.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace suanpan;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editingAFieldUpdatesTheFigures();
    void invalidInputShowsTheMessageAtTheField();
    void undoRestoresTheField();
    void fieldsThatChangeNothingAreGreyedOut();
    void languageSwitch();
    void screenshotsCoverEveryView();
    void recoveryAfterACrash();
    void saveReopenIdenticalWithTheLog();
    void foreignFileIsRefusedAndKept();
    void riskRunShowsHeadlineRisksThenGoesStale();
    void riskRunCanBeCancelled();
    void goalSeekAppliesTheAnswerAsOneUndoStep();
    void networkChoiceAndNodeMoveAreUndoable();
    void policyFromTheLibraryIsOneUndoStep();
    void compareListsTheInputsThatDiffer();

private:
    QDoubleSpinBox* spinBox(const char* path) const;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->session()->openSamples();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no save prompt when closing
    delete m_window;
    m_window = nullptr;
}

QDoubleSpinBox* TestMainWindow::spinBox(const char* path) const
{
    return m_window->findChild<QDoubleSpinBox*>(QString::fromLatin1(path));
}

void TestMainWindow::editingAFieldUpdatesTheFigures()
{
    QDoubleSpinBox* density = spinBox("racks.designKwPerRack");
    QVERIFY(density != nullptr);
    const QString before = m_window->kpiStrip()->valueText("capex");
    density->setValue(35); // within the rear-door limit of 40 kW: cooling and power capex grow
    ScenarioDocument* document = m_window->document();
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("racks.designKwPerRack")).toDouble(), 35.0);
    const auto& evaluation = document->evaluation(0);
    QVERIFY(evaluation.issues.isValid());
    const QString expected = stripKpis().front().formatted(*evaluation.results, *evaluation.analysis, QLocale());
    QCOMPARE(m_window->kpiStrip()->valueText("capex"), expected);
    QVERIFY(expected != before);
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::invalidInputShowsTheMessageAtTheField()
{
    QDoubleSpinBox* density = spinBox("racks.designKwPerRack");
    density->setValue(45); // rear-door cooling supports 40 kW
    QLabel* message = nullptr;
    for (QLabel* label : density->parentWidget()->findChildren<QLabel*>()) {
        if (!label->isHidden() && label->text().contains(QLatin1String("exceeds the 40 kW"))) {
            message = label;
        }
    }
    QVERIFY2(message != nullptr, "the engine's message is shown under the field");
    QVERIFY(density->property("invalid").toBool());
    QVERIFY(m_window->document()->evaluation(0).stale);
    // The figures still show the last valid state.
    QVERIFY(m_window->kpiStrip()->valueText("npv") != QStringLiteral("–"));
}

void TestMainWindow::undoRestoresTheField()
{
    QDoubleSpinBox* density = spinBox("racks.designKwPerRack");
    density->setValue(33);
    density->setValue(34); // merged with the previous edit
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QAction* undo = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo)) {
            undo = action;
        }
    }
    QVERIFY(undo != nullptr);
    undo->trigger();
    QCOMPARE(density->value(), 30.0);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::fieldsThatChangeNothingAreGreyedOut()
{
    // The sample does not model VAT: its rates are greyed out until VAT is included, and back after undo.
    QDoubleSpinBox* goods = spinBox("finance.vatGoodsRate");
    QVERIFY(goods != nullptr);
    QVERIFY(!goods->isEnabled());
    QComboBox* vat = m_window->findChild<QComboBox*>(QStringLiteral("finance.vat"));
    QVERIFY(vat != nullptr);
    vat->setCurrentIndex(vat->findData(QStringLiteral("included")));
    emit vat->activated(vat->currentIndex()); // as a user's choice does
    QCOMPARE(JsonPath::value(m_window->document()->json(0), QStringLiteral("finance.vat")).toString(),
             QStringLiteral("included"));
    QVERIFY(goods->isEnabled());
    m_window->document()->undoStack()->undo();
    QVERIFY(!goods->isEnabled());
    // Time-of-use periods matter only once some load is moved off peak.
    QDoubleSpinBox* shifted = spinBox("power.touShiftableShare");
    QDoubleSpinBox* peakHours = spinBox("power.touPeakHours");
    QVERIFY(!peakHours->isEnabled());
    shifted->setValue(20); // percent
    QVERIFY(peakHours->isEnabled());
}

void TestMainWindow::languageSwitch()
{
    const QString english = m_window->menuBar()->actions().first()->text();
    const QString tab = m_window->inputTabs()->tabText(0);
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(m_window->menuBar()->actions().first()->text() != english);
    QVERIFY(m_window->inputTabs()->tabText(0) != tab);
    QVERIFY2(m_window->kpiStrip()->valueText("capex").contains(QStringLiteral("亿元")),
             qPrintable(m_window->kpiStrip()->valueText("capex")));
    m_window->setLanguage(QStringLiteral("en"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), english);
    QCOMPARE(m_window->inputTabs()->tabText(0), tab);
}

void TestMainWindow::screenshotsCoverEveryView()
{
    QTemporaryDir dir;
    const QStringList files = m_window->saveScreenshots(dir.path(), QStringLiteral("test"));
    // 11 views, the network page (window and whole page), the File menu, the report options and the print preview
    QCOMPARE(files.size(), 20);
}

void TestMainWindow::recoveryAfterACrash()
{
    // Unsaved work is written to the recovery file; a window started after a crash offers it back.
    spinBox("racks.designKwPerRack")->setValue(36);
    m_window->session()->writeRecovery();
    QVERIFY(QFile::exists(ProjectSession::recoveryPath()));
    MainWindow next;
    QString asked;
    QVERIFY(next.session()->offerRecovery([&asked](const QString& question) {
        asked = question;
        return true;
    }));
    QVERIFY(asked.contains(QLatin1String("did not close properly")));
    QCOMPARE(next.document()->count(), m_window->document()->count());
    QCOMPARE(JsonPath::value(next.document()->json(0), QStringLiteral("racks.designKwPerRack")).toDouble(), 36.0);
    QVERIFY(!next.document()->undoStack()->isClean()); // recovered work is not in any file yet
    next.document()->undoStack()->setClean();
    // A clean state removes the file.
    m_window->document()->undoStack()->setClean();
    m_window->session()->writeRecovery();
    QVERIFY(!QFile::exists(ProjectSession::recoveryPath()));
}

void TestMainWindow::saveReopenIdenticalWithTheLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.suanpan"));
    ProjectSession* session = m_window->session();
    QVERIFY(session->saveAs(path));
    QVERIFY(!m_window->isWindowModified());
    // The creation of each sample scenario the app carries (every file in data/samples).
    const auto samples = static_cast<std::size_t>(
        QDir(QStringLiteral(SUANPAN_SOURCE_DIR "/data/samples")).entryList({QStringLiteral("*.json")}).size());
    QCOMPARE(session->project().log().size(), samples);
    spinBox("racks.designKwPerRack")->setValue(36);
    m_window->document()->renameScenario(1, QStringLiteral("Renamed"));
    // The save asks why: cancelling the note cancels the save (nothing written, still modified) ...
    int asked = 0;
    session->setSaveNotePrompt([&asked](int changes) -> std::optional<QString> {
        asked = changes;
        return std::nullopt;
    });
    QVERIFY(!session->save());
    QCOMPARE(asked, 2);
    QVERIFY(m_window->isWindowModified());
    // ... and the note given is kept with this save's changes.
    session->setSaveNotePrompt([](int) { return std::optional<QString>(QStringLiteral("  Denser racks  ")); });
    QVERIFY(session->save());
    session->setSaveNotePrompt({});

    MainWindow reopened;
    QVERIFY(reopened.session()->open(path));
    QCOMPARE(reopened.document()->count(), m_window->document()->count());
    for (int i = 0; i < reopened.document()->count(); ++i) {
        QCOMPARE(reopened.document()->json(i), m_window->document()->json(i));
    }
    // The log holds the creations and exactly the two edits of the second save: the density and the rename.
    const auto& log = reopened.session()->project().log();
    QCOMPARE(log.size(), samples + 2);
    QCOMPARE(log[samples].fieldPath, QStringLiteral("racks.designKwPerRack"));
    QCOMPARE(log[samples].oldValue, QStringLiteral("30"));
    QCOMPARE(log[samples].newValue, QStringLiteral("36"));
    QCOMPARE(log[samples + 1].fieldPath, QStringLiteral("name"));
    QCOMPARE(log[samples].note, QStringLiteral("Denser racks"));
    QCOMPARE(log[samples + 1].note, QStringLiteral("Denser racks"));
    QVERIFY(log[samples - 1].note.isEmpty()); // the first save was asked nothing
    QVERIFY(reopened.windowTitle().contains(QLatin1String("study.suanpan")));
}

void TestMainWindow::foreignFileIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.suanpan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are meeting notes, not a project\n");
    file.close();
    QString shown;
    m_window->session()->setErrorHandler([&shown](const QString&, const QString& text) { shown = text; });
    const QJsonObject before = m_window->document()->json(0);
    QVERIFY(!m_window->session()->open(path));
    QVERIFY2(!shown.isEmpty(), "the refusal is explained");
    QCOMPARE(m_window->document()->json(0), before); // the open project is kept
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are meeting notes, not a project\n"));
}

void TestMainWindow::riskRunShowsHeadlineRisksThenGoesStale()
{
    RiskPanel* risk = m_window->results()->riskPanel();
    risk->setTrials(300);
    risk->run(); // with the shipped presets (ticked by default)
    QTRY_VERIFY_WITH_TIMEOUT(!risk->isRunning(), 60000);
    const RiskResults* results = risk->currentResults();
    QVERIFY(results != nullptr);
    QCOMPARE(results->trials, std::size_t{300});
    QVERIFY(!m_window->kpiStrip()->valueText("risk").isEmpty());
    QVERIFY(!risk->currentIsStale());
    // Choosing an outcome in the table shows its histogram and CDF; the sensitivity charts follow the metric
    // chosen above them.
    m_window->results()->tabs()->setCurrentIndex(m_window->results()->tabs()->count() - 1);
    const auto titles = [risk] {
        QStringList all;
        for (const QChartView* view : risk->findChildren<QChartView*>()) {
            all << view->chart()->title();
        }
        return all.join(QLatin1Char('\n'));
    };
    QVERIFY2(titles().contains(QLatin1String("NPV after tax: outcomes of the trials")), qPrintable(titles()));
    risk->findChild<QTableWidget*>()->setCurrentCell(3, 0);
    QVERIFY2(titles().contains(QLatin1String("Average utilization: outcomes of the trials")), qPrintable(titles()));
    for (const char* chart : {"Tornado: NPV after tax", "Spider: NPV after tax",
                              "Importance: rank correlation of each "
                              "input with NPV after tax"}) {
        QVERIFY2(titles().contains(QLatin1String(chart)), qPrintable(titles()));
    }
    auto* sensitivityOf = risk->findChild<QComboBox*>(QStringLiteral("sensitivityOf"));
    QVERIFY(sensitivityOf != nullptr);
    QCOMPARE(sensitivityOf->count(), 6); // every reported outcome
    sensitivityOf->setCurrentIndex(sensitivityOf->findData(static_cast<int>(RiskMetric::AverageUtilization)));
    QVERIFY2(titles().contains(QLatin1String("Spider: Average utilization")), qPrintable(titles()));
    sensitivityOf->setCurrentIndex(sensitivityOf->findData(static_cast<int>(RiskMetric::PublicCost)));
    QVERIFY2(titles().contains(QLatin1String("Tornado: Public cost")), qPrintable(titles()));
    spinBox("racks.designKwPerRack")->setValue(33);
    QVERIFY(risk->currentIsStale());
}

void TestMainWindow::riskRunCanBeCancelled()
{
    RiskPanel* risk = m_window->results()->riskPanel();
    risk->setTrials(1000000);
    risk->run();
    QVERIFY(risk->isRunning());
    QTest::qWait(200);
    risk->cancel();
    // A million trials take half a minute on two cores (far longer in a sanitizer build): ending well before
    // shows that the run stopped. How fast it stops is measured in TestRiskSimulation, not by a clock here.
    QTRY_VERIFY_WITH_TIMEOUT(!risk->isRunning(), 20000);
    QVERIFY(risk->currentResults() == nullptr); // a cancelled run leaves nothing behind
}

void TestMainWindow::goalSeekAppliesTheAnswerAsOneUndoStep()
{
    // "What capture share would leave the center half busy?": a factor on every segment's share, found, applied.
    ScenarioDocument* document = m_window->document();
    const int current = document->currentIndex();
    const QJsonObject before = document->json(current);
    // The Risk view's "Goal seek…" button opens the dialog (as Scenario ▸ Goal seek… and Ctrl+G do).
    auto* open = m_window->results()->riskPanel()->findChild<QPushButton*>(QStringLiteral("openGoalSeek"));
    QVERIFY(open != nullptr);
    open->click();
    GoalSeekDialog* seek = m_window->goalSeekDialog();
    QVERIFY(seek->isVisible());
    const auto answerText = [seek] {
        QString text;
        for (const QLabel* label : seek->findChildren<QLabel*>()) {
            text += label->text() + QLatin1Char('\n');
        }
        return text;
    };
    seek->setRequest(QStringLiteral("demand[*].captureShare"), RiskMetric::AverageUtilization, 0.5, true);
    seek->seek();
    QTRY_VERIFY_WITH_TIMEOUT(!seek->isRunning(), 60000);
    QVERIFY2(seek->result().has_value(), qPrintable(answerText()));
    QVERIFY2(seek->result()->found, qPrintable(seek->result()->message));
    const int undoSteps = document->undoStack()->count();
    QVERIFY(seek->apply());
    QCOMPARE(document->undoStack()->count(), undoSteps + 1); // every segment's share in one step
    // Checked by the engine on the applied scenario.
    const ScenarioDocument::Evaluation& applied = document->evaluation(current);
    QVERIFY2(applied.issues.isValid(), qPrintable(applied.issues.toTextLines().join(QLatin1Char('\n'))));
    QVERIFY2(std::abs(applied.results->summary.averageUtilization - 0.5) < 1e-4,
             qPrintable(QString::number(applied.results->summary.averageUtilization)));
    QVERIFY(!seek->apply()); // the scenario has changed since the search: nothing more is written
    document->undoStack()->undo();
    QCOMPARE(document->json(current), before);

    // More cards than the halls hold: applied all the same (the planner asked), and the problem is said.
    seek->setRequest(QStringLiteral("chipMix[*].count"), RiskMetric::AverageUtilization, 0.7, true);
    seek->seek();
    QTRY_VERIFY_WITH_TIMEOUT(!seek->isRunning(), 60000);
    QVERIFY2(seek->result().has_value() && seek->result()->found, qPrintable(answerText()));
    QVERIFY(seek->apply());
    QVERIFY(!document->evaluation(current).issues.isValid());
    QVERIFY2(answerText().contains(QLatin1String("The scenario now has problems")), qPrintable(answerText()));
    document->undoStack()->undo();
    QCOMPARE(document->json(current), before);

    // A path that names nothing is refused with the reason, and nothing runs; the last answer is gone, so
    // Apply cannot write it (the scenario is back to the inputs it was found for).
    seek->setRequest(QStringLiteral("chipMix[*].nonsense"), RiskMetric::NpvAfterTax, 0, false);
    seek->seek();
    QVERIFY(!seek->isRunning());
    QVERIFY(!seek->result().has_value());
    QVERIFY(!seek->apply());
    QCOMPARE(document->json(current), before);
    QVERIFY2(answerText().contains(QLatin1String("not a numeric field")), qPrintable(answerText()));
}

void TestMainWindow::networkChoiceAndNodeMoveAreUndoable()
{
    // Scenario 0 (Hangzhou) has no network: choosing the shipped one adds it at the node of the site's region;
    // moving the center to Qingyang moves the site with it, in one undo step; undo removes each again.
    ScenarioDocument* document = m_window->document();
    document->setCurrentIndex(0);
    auto* network = m_window->findChild<QComboBox*>(QStringLiteral("networkChoice"));
    auto* node = m_window->findChild<QComboBox*>(QStringLiteral("networkNode"));
    QVERIFY(network != nullptr && node != nullptr);
    QVERIFY(!document->json(0).contains(QStringLiteral("network")));
    const QString region = JsonPath::value(document->json(0), QStringLiteral("site.regionId")).toString();
    network->setCurrentIndex(network->findData(QStringLiteral("china-east-west")));
    emit network->activated(network->currentIndex());
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("network.base")).toString(),
             QStringLiteral("china-east-west"));
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("network.node")).toString(), QStringLiteral("hangzhou"));
    node->setCurrentIndex(node->findData(QStringLiteral("qingyang")));
    emit node->activated(node->currentIndex());
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("network.node")).toString(), QStringLiteral("qingyang"));
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("site.regionId")).toString(),
             QStringLiteral("gansu-qingyang"));
    document->undoStack()->undo(); // node and site together
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("network.node")).toString(), QStringLiteral("hangzhou"));
    QCOMPARE(JsonPath::value(document->json(0), QStringLiteral("site.regionId")).toString(), region);
    document->undoStack()->undo();
    QVERIFY(!document->json(0).contains(QStringLiteral("network")));
}

void TestMainWindow::policyFromTheLibraryIsOneUndoStep()
{
    ScenarioDocument* document = m_window->document();
    const int current = document->currentIndex();
    const QJsonObject before = document->json(current);
    const auto subsidies = JsonPath::value(before, QStringLiteral("policies.capexSubsidies")).toArray().size();
    auto* add = m_window->findChild<QPushButton*>(QStringLiteral("addFromLibrary"));
    QVERIFY(add != nullptr);
    // The dialog opens on the library; searching for Kunming leaves its capex subsidy, which is added.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog != nullptr);
        auto* search = dialog->findChild<QLineEdit*>();
        auto* place = dialog->findChildren<QComboBox*>().at(1);
        place->setCurrentIndex(0); // all places
        search->setText(QStringLiteral("kunming"));
        QCOMPARE(dialog->findChild<QTableWidget*>()->rowCount(), 1);
        dialog->accept();
    });
    add->click();
    const QJsonArray after =
        JsonPath::value(document->json(current), QStringLiteral("policies.capexSubsidies")).toArray();
    QCOMPARE(after.size(), subsidies + 1);
    QCOMPARE(after.last()[QStringLiteral("library")].toString(), QStringLiteral("kunming-capex-2023"));
    QCOMPARE(after.last()[QStringLiteral("rate")].toDouble(), 0.15);
    auto* status = add->parentWidget()->findChild<QLabel*>();
    QVERIFY2(status->text().contains(QLatin1String("as published")), qPrintable(status->text()));
    // Editing it marks it as changed from the library; undo takes back the edit, then the addition.
    document->setField(current, QStringLiteral("policies.capexSubsidies[%1].rate").arg(subsidies), 0.1);
    QVERIFY2(status->text().contains(QLatin1String("changed from the library: rate")), qPrintable(status->text()));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->json(current), before);
}

void TestMainWindow::compareListsTheInputsThatDiffer()
{
    ComparePage* compare = m_window->results()->comparePage();
    compare->setCompared({0, 1});
    QTableWidget* inputs = compare->inputDifferences();
    QVERIFY(inputs->rowCount() > 5);
    QStringList labels;
    QStringList paths; // the first line of the input's tooltip
    for (int row = 0; row < inputs->rowCount(); ++row) {
        labels << inputs->item(row, 0)->text();
        paths << inputs->item(row, 0)->toolTip().section(QLatin1Char('\n'), 0, 0);
        QVERIFY(inputs->item(row, 1)->text() != inputs->item(row, 2)->text());
    }
    QVERIFY(paths.contains(QStringLiteral("site.regionId")));
    QVERIFY(labels.contains(QStringLiteral("Site › Region")));
    QVERIFY(!paths.contains(QStringLiteral("name")));
    // The same scenario against itself differs in nothing.
    compare->setCompared({0});
    QCOMPARE(inputs->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
