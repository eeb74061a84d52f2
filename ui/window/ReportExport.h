#pragma once

#include "Report.h"

#include <QDialog>
#include <QObject>

#include <memory>
#include <optional>

class QCheckBox;
class QPrinter;
class QPrintPreviewDialog;
class QComboBox;
class QRadioButton;
class QSpinBox;

namespace suanpan {

class ProjectSession;
class ScenarioDocument;

/** \brief What the user chose for a report: scope, language, sections and a Monte Carlo run. */
struct ReportRequest {
    bool wholeProject = false;
    QString language; ///< "en" or "zh_CN"
    std::size_t riskTrials = 0;
    bool assumptions = true;
    bool methodology = true;
};

/** \brief The report's options, asked before File ▸ Export report, Print preview and Print. */
class ReportOptionsDialog : public QDialog {
    Q_OBJECT

public:
    ReportOptionsDialog(const QString& language, QWidget* parent = nullptr);
    ReportRequest request() const;

private:
    QRadioButton* m_current;
    QRadioButton* m_project;
    QComboBox* m_language;
    QSpinBox* m_trials;
    QCheckBox* m_assumptions;
    QCheckBox* m_methodology;
};

/**
 * \brief The desktop side of the deliverables (File ▸ Print preview, Print, Export report, Export workbook):
 * asks for options, runs the core study pipeline off the GUI thread with a progress dialog that can cancel,
 * then renders on the GUI thread.
 */
class ReportExport : public QObject {
    Q_OBJECT

public:
    ReportExport(ScenarioDocument* document, ProjectSession* session, QWidget* parent);

    void exportPdf();
    void printPreview();
    void print();
    void exportWorkbook();

    /// The study of the current scenario or the whole project; nothing when cancelled or invalid (the
    /// problem shown). Public for tests.
    std::optional<Study> study(const ReportRequest& request);
    /// A print preview of a study's report on `printer` (also used for the screenshots).
    std::unique_ptr<QPrintPreviewDialog> previewDialog(const Study& study, const ReportRequest& request,
                                                       QPrinter& printer);

private:
    std::optional<ReportRequest> askOptions();
    void error(const QString& text) const;

    ScenarioDocument* m_document;
    ProjectSession* m_session;
    QWidget* m_parent;
};

} // namespace suanpan
