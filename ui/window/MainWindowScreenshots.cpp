// The screenshots of `suanpan --screenshots DIR`: every view of the window, the risk and network pages whole, goal
// seek, the policy library and the report's dialogs (looked at in both languages before a change is called done).

#include "MainWindow.h"
#include "ReportExport.h"
#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "editors/PolicyLibraryDialog.h"
#include "model/JsonPath.h"
#include "policy/PolicyLibrary.h"
#include "results/ComparePage.h"
#include "results/ResultsPanel.h"
#include "risk/GoalSeekDialog.h"
#include "risk/RiskPanel.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

namespace suanpan {

namespace {

/// Saves a picture of `widget` as DIR/PREFIX-NAME.png once pending events are handled, and lists the file.
void saveGrab(QWidget* widget, const QString& dir, const QString& prefix, const char* name, QStringList& written)
{
    QApplication::processEvents();
    if (const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, prefix, QLatin1String(name));
        widget->grab().save(path)) {
        written << path;
    }
}

} // namespace

/// The File menu, the report's options and the print preview of the current scenario's report.
QStringList MainWindow::saveReportScreenshots(const QString& dir, const QString& prefix)
{
    QStringList written;
    auto save = [&](QWidget* widget, const char* name) { saveGrab(widget, dir, prefix, name, written); };
    m_fileMenu->popup(mapToGlobal(QPoint(10, 30)));
    save(m_fileMenu, "file-menu");
    m_fileMenu->hide();
    ReportOptionsDialog options(
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"), this);
    options.show();
    save(&options, "report-options");
    const ReportRequest request = options.request();
    options.hide();
    if (const std::optional<Study> study = m_reports->study(request)) {
        QPrinter printer(QPrinter::HighResolution);
        const std::unique_ptr<QPrintPreviewDialog> preview = m_reports->previewDialog(*study, request, printer);
        preview->show();
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents(QEventLoop::AllEvents, 100);
        }
        save(preview.get(), "print-preview");
    }
    return written;
}

QStringList MainWindow::saveScreenshots(const QString& dir, const QString& prefix)
{
    QDir().mkpath(dir);
    QStringList written;
    auto shoot = [&](const QString& name) {
        QApplication::processEvents();
        const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, prefix, name);
        if (grab().save(path)) {
            written << path;
        }
    };
    static const char* inputNames[] = {"site-power", "chips",    "racks-cooling", "demand",     "network",
                                       "policies",   "facility", "finance",       "uncertainty"};
    static const char* resultNames[] = {"cashflow", "demand-capacity", "costs",   "energy", "layout",
                                        "table",    "subsidies",       "compare", "risk"};
    // The risk view shows a finished run: a small one, with the shipped presets.
    RiskPanel* risk = m_results->riskPanel();
    risk->setTrials(2000);
    risk->run();
    while (risk->isRunning()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    for (int r = 0; r < m_results->tabs()->count(); ++r) {
        m_results->tabs()->setCurrentIndex(r);
        m_inputs->setCurrentIndex(std::min(r, m_inputs->count() - 1));
        shoot(QStringLiteral("results-%1--inputs-%2")
                  .arg(QLatin1String(resultNames[r]), QLatin1String(inputNames[std::min(r, m_inputs->count() - 1)])));
    }
    // The whole risk view, below the fold too (sensitivity: tornado, spider, importance).
    if (const auto* scroll = risk->findChild<QScrollArea*>(); scroll != nullptr && scroll->widget() != nullptr) {
        const QString path = QStringLiteral("%1/%2-risk-details.png").arg(dir, prefix);
        if (scroll->widget()->grab().save(path)) {
            written << path;
        }
    }
    m_results->tabs()->setCurrentIndex(0);
    m_inputs->setCurrentIndex(0);
    // Goal seek with an answer: the cards (as a factor) that would keep the scenario 70% busy.
    GoalSeekDialog* seek = goalSeekDialog();
    seek->setRequest(QStringLiteral("chipMix[*].count"), RiskMetric::AverageUtilization, 0.7, true);
    seek->show();
    seek->seek();
    while (seek->isRunning()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QApplication::processEvents();
    if (const QString path = QStringLiteral("%1/%2-goal-seek.png").arg(dir, prefix); seek->grab().save(path)) {
        written << path;
    }
    seek->hide();
    written << saveNetworkScreenshots(dir, prefix);
    written << savePolicyScreenshots(dir, prefix);
    written << saveReportScreenshots(dir, prefix);
    return written;
}

/// The Network page on the first scenario with a network, with its site comparison: the window, and the whole page.
QStringList MainWindow::saveNetworkScreenshots(const QString& dir, const QString& prefix)
{
    QStringList written;
    const int before = m_document->currentIndex();
    for (int i = 0; i < m_document->count(); ++i) {
        if (!m_document->json(i).contains(QStringLiteral("network"))) {
            continue;
        }
        m_document->setCurrentIndex(i);
        m_inputs->setCurrentIndex(4);
        QWidget* page = m_inputs->currentWidget();
        if (auto* compare = page->findChild<QPushButton*>(QStringLiteral("compareSites")); compare != nullptr) {
            compare->click();
        }
        // The charts of the previous scenario delete their axes later: let them go before the picture is taken.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        if (const QString path = QStringLiteral("%1/%2-network.png").arg(dir, prefix); grab().save(path)) {
            written << path;
        }
        if (const auto* scroll = page->findChild<QScrollArea*>(); scroll != nullptr && scroll->widget() != nullptr) {
            if (const QString path = QStringLiteral("%1/%2-network-page.png").arg(dir, prefix);
                scroll->widget()->grab().save(path)) {
                written << path;
            }
        }
        break;
    }
    m_document->setCurrentIndex(before);
    m_inputs->setCurrentIndex(0);
    return written;
}

/// The policy library dialog, the compliance view with a library policy added (then taken back), the save note and
/// the inputs that differ between the first two scenarios.
QStringList MainWindow::savePolicyScreenshots(const QString& dir, const QString& prefix)
{
    QStringList written;
    auto save = [&](QWidget* widget, const char* name) { saveGrab(widget, dir, prefix, name, written); };
    const int current = m_document->currentIndex();
    PolicyLibraryDialog library(JsonPath::value(m_document->json(current), QStringLiteral("site.regionId")).toString(),
                                this);
    library.show();
    save(&library, "policy-library");
    library.hide();
    const int before = m_document->undoStack()->index();
    if (const LibraryPolicy* kunming = PolicyLibrary::builtIn().find(QStringLiteral("kunming-capex-2023"))) {
        const QJsonObject added = PolicyLibrary::builtIn().apply(m_document->json(current), *kunming);
        m_document->setField(current, QStringLiteral("policies.capexSubsidies"),
                             JsonPath::value(added, QStringLiteral("policies.capexSubsidies")), QString(), false);
    }
    m_inputs->setCurrentIndex(5);
    m_results->tabs()->setCurrentIndex(6);
    save(this, "compliance");
    m_document->undoStack()->setIndex(before);
    QInputDialog note(this);
    ProjectSession::setUpNoteDialog(note, 3);
    note.setTextValue(tr("Tariff from the 2026 State Grid table"));
    note.show();
    save(&note, "save-note");
    note.hide();
    m_results->comparePage()->setCompared({0, 1});
    m_results->tabs()->setCurrentIndex(7);
    if (auto* tabs = m_results->comparePage()->findChild<QTabWidget*>(); tabs != nullptr) {
        tabs->setCurrentIndex(1);
        save(this, "compare-inputs");
        tabs->setCurrentIndex(0);
    }
    m_results->tabs()->setCurrentIndex(0);
    m_inputs->setCurrentIndex(0);
    return written;
}

} // namespace suanpan
