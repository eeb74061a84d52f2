#include "ProjectSession.h"

#include "ScenarioDocument.h"
#include "model/ScenarioJson.h"
#include "report/ResultsCsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace suanpan {

namespace {

constexpr int kMaxRecent = 8;
constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;

QJsonObject readJsonObject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > kMaxScenarioBytes) {
        *error = QCoreApplication::translate("ProjectSession", "the file is larger than 16 MB");
        return {};
    }
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!document.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? parse.errorString()
                     : QCoreApplication::translate("ProjectSession", "not a JSON object");
        return {};
    }
    return document.object();
}

std::vector<QJsonObject> bundledSamples()
{
    std::vector<QJsonObject> samples;
    for (const char* name : {"east-500p-vouchers", "west-cautionary-1000-card", "west-hub-training"}) {
        QString ignored;
        samples.push_back(readJsonObject(QStringLiteral(":/samples/%1.json").arg(QLatin1String(name)), &ignored));
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
    m_document->reset(bundledSamples(), Catalog::builtIn());
    m_filePath.clear();
    m_saved.clear();
    Q_EMIT fileChanged();
}

bool ProjectSession::open(const QString& path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QString problem;
        const QJsonObject json = readJsonObject(path, &problem);
        if (json.isEmpty()) {
            error(tr("Cannot open %1").arg(QFileInfo(path).fileName()), problem);
            return false;
        }
        m_document->reset({json}, Catalog::builtIn());
        m_filePath.clear(); // a scenario file becomes an untitled project
        m_saved.clear();
        addRecent(path);
        Q_EMIT fileChanged();
        return true;
    }
    error(tr("Cannot open %1").arg(QFileInfo(path).fileName()),
          tr("Project files (.suanpan) are not supported by this build yet."));
    return false;
}

bool ProjectSession::save()
{
    if (m_filePath.isEmpty()) {
        return saveAs();
    }
    return saveTo(m_filePath);
}

bool ProjectSession::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Save project"), QString(), tr("Suanpan project (*.suanpan)"));
    if (path.isEmpty()) {
        return false;
    }
    return saveTo(path.endsWith(QLatin1String(".suanpan")) ? path : path + QStringLiteral(".suanpan"));
}

bool ProjectSession::saveTo(const QString& path)
{
    error(tr("Cannot save %1").arg(QFileInfo(path).fileName()),
          tr("Project files (.suanpan) are not supported by this build yet."));
    return false;
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
    const bool yes = ask ? ask(question)
                         : QMessageBox::question(m_dialogParent, tr("Recover unsaved work"), question,
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                               == QMessageBox::Yes;
    if (!yes) {
        removeRecovery();
        return false;
    }
    std::vector<QJsonObject> restored;
    for (const QJsonValue& scenario : scenarios) {
        restored.push_back(scenario.toObject());
    }
    m_document->reset(restored, Catalog::builtIn());
    m_filePath = recovery.value(QStringLiteral("filePath")).toString();
    // Mark as modified: the recovered work is not in any file yet.
    m_document->undoStack()->resetClean();
    Q_EMIT fileChanged();
    return true;
}

void ProjectSession::error(const QString& title, const QString& text) const
{
    QMessageBox::warning(m_dialogParent, title, text);
}

} // namespace suanpan
