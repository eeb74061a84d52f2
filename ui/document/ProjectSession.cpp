#include "ProjectSession.h"

#include "ScenarioDocument.h"
#include "model/JsonText.h"
#include "model/ScenarioJson.h"
#include "report/ResultsCsv.h"
#include "store/ProjectFile.h"
#include "store/ProjectLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace suanpan {

namespace {

constexpr int kMaxRecent = 8;

QJsonObject readJsonObject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > ScenarioJson::kMaxFileBytes) {
        *error = QCoreApplication::translate("ProjectSession", "the file is larger than %1 MB")
                     .arg(ScenarioJson::kMaxFileBytes / (1024 * 1024));
        return {};
    }
    return JsonText::parseObject(file.readAll(), error).value_or(QJsonObject());
}

std::vector<QJsonObject> bundledSamples()
{
    std::vector<QJsonObject> samples;
    // Every sample the build bundles (CMakeLists.txt: SUANPAN_SAMPLE_SCENARIOS), the Hangzhou center first.
    QStringList names =
        QDir(QStringLiteral(":/samples")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    names.removeOne(QStringLiteral("east-500p-vouchers.json"));
    names.prepend(QStringLiteral("east-500p-vouchers.json"));
    for (const QString& name : names) {
        QString ignored;
        samples.push_back(readJsonObject(QStringLiteral(":/samples/") + name, &ignored));
    }
    return samples;
}

} // namespace

ProjectSession::ProjectSession(ScenarioDocument* document, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
{
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(2000);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &ProjectSession::writeRecovery);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_recoveryTimer.start(); });
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::displayName() const
{
    return m_filePath.isEmpty() ? tr("Sample project (untitled)") : QFileInfo(m_filePath).fileName();
}

void ProjectSession::openSamples()
{
    // A new untitled project: saving it records the creation of each scenario in its log.
    m_project = Project();
    m_project.metadata().title = tr("Sample project");
    m_document->reset(bundledSamples(), Catalog::builtIn());
    m_filePath.clear();
    m_savedNames.clear();
    Q_EMIT fileChanged();
}

bool ProjectSession::open(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!ProjectFile::looksLikeProject(path) && path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QString problem;
        const QJsonObject json = readJsonObject(path, &problem);
        if (json.isEmpty()) {
            error(tr("Cannot open %1").arg(name), problem);
            return false;
        }
        // A scenario file becomes a new untitled project holding it.
        m_project = Project();
        m_document->reset({json}, Catalog::builtIn());
        m_filePath.clear();
        m_savedNames.clear();
        addRecent(path);
        Q_EMIT fileChanged();
        return true;
    }
    ProjectLoadResult result = ProjectFile::load(path);
    if (!result.ok()) {
        error(tr("Cannot open %1").arg(name), result.error);
        return false;
    }
    m_project = std::move(*result.project);
    std::vector<QJsonObject> scenarios;
    for (const Scenario& scenario : m_project.scenarios()) {
        scenarios.push_back(ScenarioJson::toJson(scenario));
    }
    m_document->reset(scenarios, m_project.catalog());
    m_filePath = QFileInfo(path).absoluteFilePath();
    rememberSaved();
    addRecent(path);
    Q_EMIT fileChanged();
    if (!result.invalidScenarios.empty()) {
        QStringList names;
        for (const ScenarioProblems& problems : result.invalidScenarios) {
            names << problems.scenario;
        }
        QMessageBox::information(m_dialogParent, tr("Opened with problems"),
                                 tr("These scenarios have inputs the engine refuses; their fields are marked in red "
                                    "until they are fixed:\n%1")
                                     .arg(names.join(QLatin1Char('\n'))));
    }
    return true;
}

void ProjectSession::rememberSaved()
{
    const QFileInfo file(m_filePath);
    m_fileModified = file.lastModified();
    m_fileSize = file.exists() ? file.size() : -1;
    m_savedNames.clear();
    for (int i = 0; i < m_document->count(); ++i) {
        m_savedNames[m_document->key(i)] = m_document->name(i);
    }
    QSettings().setValue(QStringLiteral("lastProject"), m_filePath);
}

QString ProjectSession::lastProject()
{
    const QString path = QSettings().value(QStringLiteral("lastProject")).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

std::optional<Project> ProjectSession::projectToSave(QString* error, const QString& note) const
{
    Project next = m_project;
    const Catalog catalog = next.catalog();
    std::vector<Scenario> scenarios;
    QStringList problems;
    for (int i = 0; i < m_document->count(); ++i) {
        ValidationReport report;
        scenarios.push_back(ScenarioJson::fromJson(m_document->json(i), catalog, report));
        for (const QString& line : report.toTextLines()) {
            problems << QStringLiteral("%1: %2").arg(m_document->name(i), line);
        }
    }
    if (!problems.isEmpty()) {
        // Out-of-range values save fine; only a value of the wrong kind cannot be written.
        *error = tr("These inputs cannot be stored:\n%1").arg(problems.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    // Removed scenarios first, then renames and edits, then new ones: names stay unique at every step.
    for (const auto& [key, savedName] : m_savedNames) {
        bool kept = false;
        for (int i = 0; i < m_document->count(); ++i) {
            kept = kept || m_document->key(i) == key;
        }
        if (!kept && !next.removeScenario(savedName, note, error)) {
            return std::nullopt;
        }
    }
    for (int i = 0; i < m_document->count(); ++i) {
        const auto saved = m_savedNames.find(m_document->key(i));
        if (saved != m_savedNames.end() &&
            !next.updateScenario(saved->second, scenarios[static_cast<std::size_t>(i)], note, error)) {
            return std::nullopt;
        }
    }
    for (int i = 0; i < m_document->count(); ++i) {
        if (m_savedNames.count(m_document->key(i)) == 0 &&
            !next.addScenario(scenarios[static_cast<std::size_t>(i)], note, error)) {
            return std::nullopt;
        }
    }
    for (int i = 0; i < m_document->count(); ++i) {
        const QStringList names = next.scenarioNames();
        next.moveScenario(static_cast<int>(names.indexOf(m_document->name(i))), i);
    }
    return next;
}

void ProjectSession::setUpNoteDialog(QInputDialog& dialog, int changes)
{
    dialog.setWindowTitle(tr("Note for the assumption log"));
    dialog.setLabelText(tr("This save records %n change(s). Why were they made? A short note, kept with them in "
                           "the assumption log (optional):",
                           nullptr, changes));
    dialog.setOkButtonText(tr("Save"));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.resize(520, dialog.sizeHint().height());
}

void ProjectSession::askForSaveNotes()
{
    setSaveNotePrompt([this](int changes) -> std::optional<QString> {
        QInputDialog dialog(m_dialogParent);
        setUpNoteDialog(dialog, changes);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.textValue();
    });
}

bool ProjectSession::save()
{
    if (m_filePath.isEmpty()) {
        return saveAs();
    }
    return saveAs(m_filePath);
}

bool ProjectSession::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save project"), QString(), tr("Suanpan project (*.suanpan)"));
    if (path.isEmpty()) {
        return false;
    }
    return saveAs(path.endsWith(QLatin1String(".suanpan")) ? path : path + QStringLiteral(".suanpan"));
}

bool ProjectSession::saveAs(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QString problem;
    std::optional<Project> next = projectToSave(&problem);
    if (!next) {
        error(tr("Cannot save %1").arg(name), problem);
        return false;
    }
    const auto changes = static_cast<int>(next->log().size() - m_project.log().size());
    if (changes > 0 && m_notePrompt) {
        const std::optional<QString> note = m_notePrompt(changes);
        if (!note) {
            return false; // cancelled
        }
        if (!note->trimmed().isEmpty()) {
            next = projectToSave(&problem, note->trimmed());
        }
    }
    if (next->metadata().title.isEmpty() || m_filePath.isEmpty()) {
        next->metadata().title = QFileInfo(path).completeBaseName();
    }
    // Another program (an import with suanpan-cli, say) may have changed the file since it was opened here.
    const QFileInfo onDisk(path);
    if (!m_filePath.isEmpty() && onDisk.absoluteFilePath() == m_filePath && onDisk.exists() &&
        (onDisk.lastModified() != m_fileModified || onDisk.size() != m_fileSize)) {
        const auto answer =
            QMessageBox::warning(m_dialogParent, tr("Changed by another program"),
                                 tr("%1 was changed by another program since it was opened here, for example by an "
                                    "import with suanpan-cli. Saving replaces those changes with this window's "
                                    "project. Save anyway?")
                                     .arg(name),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            return false;
        }
    }
    ProjectLock lock(path);
    if (!lock.lock(&problem, 3000)) {
        error(tr("Cannot save %1").arg(name), problem);
        return false;
    }
    if (!ProjectFile::save(*next, path, &problem)) {
        error(tr("Cannot save %1").arg(name), problem);
        return false;
    }
    m_project = std::move(*next);
    m_filePath = QFileInfo(path).absoluteFilePath();
    rememberSaved();
    m_document->undoStack()->setClean();
    removeRecovery();
    addRecent(path);
    Q_EMIT fileChanged();
    return true;
}

bool ProjectSession::maybeSave()
{
    if (m_document->undoStack()->isClean()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool ProjectSession::importScenario(const QString& path)
{
    QString problem;
    const QJsonObject json = readJsonObject(path, &problem);
    if (json.isEmpty()) {
        error(tr("Cannot import %1").arg(QFileInfo(path).fileName()), problem);
        return false;
    }
    m_document->addScenario(json);
    return true;
}

bool ProjectSession::exportScenario(const QString& path)
{
    QSaveFile file(path);
    const int current = m_document->currentIndex();
    const QByteArray bytes = QJsonDocument(m_document->json(current)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error(tr("Cannot write %1").arg(QFileInfo(path).fileName()), file.errorString());
        return false;
    }
    return true;
}

bool ProjectSession::exportYearsCsv(const QString& path)
{
    const auto& evaluation = m_document->evaluation(m_document->currentIndex());
    if (!evaluation.results) {
        error(tr("Nothing to export"), tr("The scenario has no valid results yet."));
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = ResultsCsv::allYears(evaluation.results->years);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error(tr("Cannot write %1").arg(QFileInfo(path).fileName()), file.errorString());
        return false;
    }
    return true;
}

QStringList ProjectSession::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void ProjectSession::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent) {
        files.removeLast();
    }
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    Q_EMIT recentFilesChanged();
}

QString ProjectSession::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery.json");
}

void ProjectSession::writeRecovery()
{
    if (m_document->undoStack()->isClean()) {
        removeRecovery();
        return;
    }
    QJsonArray scenarios;
    for (int i = 0; i < m_document->count(); ++i) {
        scenarios.append(m_document->json(i));
    }
    const QJsonObject recovery{{QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                               {QStringLiteral("filePath"), m_filePath},
                               {QStringLiteral("scenarios"), scenarios}};
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QSaveFile file(recoveryPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(recovery).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void ProjectSession::removeRecovery()
{
    QFile::remove(recoveryPath());
}

bool ProjectSession::offerRecovery(const std::function<bool(const QString&)>& ask)
{
    QString problem;
    const QJsonObject recovery = readJsonObject(recoveryPath(), &problem);
    const QJsonArray scenarios = recovery.value(QStringLiteral("scenarios")).toArray();
    if (scenarios.isEmpty()) {
        return false;
    }
    const QDateTime when = QDateTime::fromString(recovery.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    const int count = static_cast<int>(scenarios.size());
    const QString question =
        tr("Suanpan did not close properly. Recover the unsaved work of %1 (%n scenario(s))?", nullptr, count)
            .arg(QLocale().toString(when, QLocale::ShortFormat));
    const bool yes =
        ask ? ask(question)
            : QMessageBox::question(m_dialogParent, tr("Recover unsaved work"), question,
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    if (!yes) {
        removeRecovery();
        return false;
    }
    std::vector<QJsonObject> restored;
    for (const QJsonValue& scenario : scenarios) {
        restored.push_back(scenario.toObject());
    }
    // The project file (if any) gives the log and catalog; the recovered scenarios replace its content.
    const QString file = recovery.value(QStringLiteral("filePath")).toString();
    ProjectLoadResult saved = file.isEmpty() ? ProjectLoadResult() : ProjectFile::load(file);
    m_project = saved.ok() ? std::move(*saved.project) : Project();
    m_document->reset(restored, m_project.catalog());
    m_filePath = saved.ok() ? file : QString();
    m_savedNames.clear();
    if (saved.ok()) {
        // Scenarios whose names are in the file are edits of them; others are new.
        const QStringList names = m_project.scenarioNames();
        for (int i = 0; i < m_document->count(); ++i) {
            if (names.contains(m_document->name(i))) {
                m_savedNames[m_document->key(i)] = m_document->name(i);
            }
        }
        for (const QString& savedName : names) {
            bool present = false;
            for (const auto& entry : m_savedNames) {
                present = present || entry.second == savedName;
            }
            if (!present) {
                m_savedNames[QStringLiteral("removed:") + savedName] = savedName;
            }
        }
    }
    // Mark as modified: the recovered work is not in any file yet.
    m_document->undoStack()->resetClean();
    Q_EMIT fileChanged();
    return true;
}

void ProjectSession::error(const QString& title, const QString& text) const
{
    if (m_errorHandler) {
        m_errorHandler(title, text);
        return;
    }
    QMessageBox::warning(m_dialogParent, title, text);
}

} // namespace suanpan
