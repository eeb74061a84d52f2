#include "ReportExport.h"

#include "Workbook.h"
#include "document/ProjectSession.h"
#include "document/ScenarioDocument.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace suanpan {

namespace {

/// Runs `work` on a worker thread while the window waits with a busy progress dialog, so that it keeps painting
/// (laying out and writing a whole project's report takes a few seconds).
template <typename Work> auto inBackground(QWidget* parent, const QString& label, Work work) -> decltype(work())
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setCancelButton(nullptr);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<decltype(work())> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    loop.exec();
    return watcher.result();
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

/// The report's language for as long as it lives: the translators of another language are installed (the
/// window follows for that time), the app's are put back at the end.
class ReportLanguage {
public:
    explicit ReportLanguage(const QString& language)
        : m_previous(currentLanguage())
    {
        if (language != m_previous) {
            installTranslators(*QCoreApplication::instance(), language);
            m_switched = true;
        }
    }
    ~ReportLanguage()
    {
        if (m_switched) {
            installTranslators(*QCoreApplication::instance(), m_previous);
        }
    }
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};

ReportOptions reportOptions(const ReportRequest& request)
{
    ReportOptions options;
    options.locale = QLocale();
    options.assumptions = request.assumptions;
    options.methodologyAppendix = request.methodology;
    return options;
}

void preparePrinter(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
}

} // namespace

ReportOptionsDialog::ReportOptionsDialog(const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_current(new QRadioButton(tr("The current scenario")))
    , m_project(new QRadioButton(tr("Every scenario of the project")))
    , m_language(new QComboBox)
    , m_trials(new QSpinBox)
    , m_assumptions(new QCheckBox(tr("Every assumption with its source")))
    , m_methodology(new QCheckBox(tr("Methodology appendix")))
{
    setWindowTitle(tr("Report options"));
    m_current->setChecked(true);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(m_language->findData(language));
    m_trials->setRange(0, 100000);
    m_trials->setSingleStep(1000);
    m_trials->setSpecialValueText(tr("none"));
    m_trials->setToolTip(tr("Monte Carlo trials of the risk section (scenarios with uncertain inputs only)."));
    m_assumptions->setChecked(true);
    m_methodology->setChecked(true);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_current);
    scope->addWidget(m_project);
    auto* form = new QFormLayout;
    form->addRow(tr("Scope:"), scope);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Risk trials:"), m_trials);
    form->addRow(tr("Sections:"), m_assumptions);
    form->addRow(QString(), m_methodology);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportRequest ReportOptionsDialog::request() const
{
    return {m_project->isChecked(), m_language->currentData().toString(), static_cast<std::size_t>(m_trials->value()),
            m_assumptions->isChecked(), m_methodology->isChecked()};
}

ReportExport::ReportExport(ScenarioDocument* document, ProjectSession* session, QWidget* parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
    , m_parent(parent)
{}

void ReportExport::error(const QString& text) const
{
    QMessageBox::warning(m_parent, tr("Report"), text);
}

std::optional<ReportRequest> ReportExport::askOptions()
{
    ReportOptionsDialog dialog(currentLanguage(), m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.request();
}

std::optional<Study> ReportExport::study(const ReportRequest& request)
{
    QString problem;
    const std::optional<Project> project = m_session->currentProject(&problem);
    if (!project) {
        error(problem);
        return std::nullopt;
    }
    const QString scenario = request.wholeProject ? QString() : m_document->name(m_document->currentIndex());
    StudyOptions options;
    options.riskTrials = request.riskTrials;
    std::atomic<double> fraction{0};
    std::atomic<bool> cancelled{false};
    QProgressDialog progress(tr("Preparing the study…"), tr("Cancel"), 0, 1000, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(static_cast<int>(fraction * 1000)); });
    poll.start(50);
    QFutureWatcher<StudyOutcome> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&, project = *project] {
        return StudyPipeline::studyProject(project, scenario, options, [&](double done, const QString&) {
            fraction = done;
            return !cancelled.load();
        });
    }));
    loop.exec();
    progress.reset();
    StudyOutcome outcome = watcher.result();
    QStringList problems;
    for (const auto& [name, report] : outcome.problems) {
        problems.append(tr("Scenario \"%1\": %2").arg(name, report.issues().front().toText()));
    }
    if (!outcome.error.isEmpty() || !problems.isEmpty()) {
        error(tr("The report cannot be made: %1")
                  .arg(outcome.error.isEmpty() ? problems.join(QLatin1Char('\n')) : outcome.error));
    }
    return std::move(outcome.study);
}

void ReportExport::exportPdf()
{
    const std::optional<ReportRequest> request = askOptions();
    if (!request) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export report"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const ReportLanguage language(request->language);
    const std::optional<Study> s = study(*request);
    if (!s) {
        return;
    }
    const ReportOptions options = reportOptions(*request);
    const QString problem = inBackground(m_parent, tr("Writing the report…"), [&s, &options, &path] {
        QString message;
        Report::writePdf(*s, options, path, &message);
        return message;
    });
    if (!problem.isEmpty()) {
        error(problem);
    }
}

void ReportExport::printPreview()
{
    const std::optional<ReportRequest> request = askOptions();
    if (!request) {
        return;
    }
    const ReportLanguage language(request->language);
    const std::optional<Study> s = study(*request);
    if (!s) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const std::unique_ptr<QPrintPreviewDialog> preview = previewDialog(*s, *request, printer);
    preview->exec();
}

std::unique_ptr<QPrintPreviewDialog> ReportExport::previewDialog(const Study& study, const ReportRequest& request,
                                                                 QPrinter& printer)
{
    preparePrinter(printer);
    auto preview = std::make_unique<QPrintPreviewDialog>(&printer, m_parent);
    preview->resize(1100, 900);
    connect(preview.get(), &QPrintPreviewDialog::paintRequested, this, [study, request](QPrinter* target) {
        preparePrinter(*target);
        const std::unique_ptr<QTextDocument> document = Report::build(study, reportOptions(request), *target);
        Report::paint(*document, Report::headerText(study), *target);
    });
    return preview;
}

void ReportExport::print()
{
    const std::optional<ReportRequest> request = askOptions();
    if (!request) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ReportLanguage language(request->language);
    if (const std::optional<Study> s = study(*request)) {
        const std::unique_ptr<QTextDocument> document = Report::build(*s, reportOptions(*request), printer);
        Report::paint(*document, Report::headerText(*s), printer);
    }
}

void ReportExport::exportWorkbook()
{
    const QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export workbook"), QString(), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    const std::optional<Study> s = study(ReportRequest{false, currentLanguage(), 0, true, true});
    if (!s) {
        return;
    }
    const QString problem = inBackground(m_parent, tr("Writing the workbook…"), [&s, &path] {
        QString message;
        Workbook::write(*s, s->scenarios.front(), path, &message);
        return message;
    });
    if (!problem.isEmpty()) {
        error(problem);
    }
}

} // namespace suanpan
