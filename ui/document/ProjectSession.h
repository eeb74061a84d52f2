#pragma once

#include "store/Project.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <vector>

class QWidget;

class QInputDialog;

namespace suanpan {

class ScenarioDocument;

/**
 * \brief The file side of the desktop app: which project is open, opening and saving it (atomically, with
 * the changes added to the assumption log), recent files, the prompt on unsaved changes, and the recovery
 * file written while there are unsaved changes so that a crash loses nothing.
 */
class ProjectSession : public QObject {
    Q_OBJECT

public:
    ProjectSession(ScenarioDocument* document, QWidget* dialogParent);
    ~ProjectSession() override;

    const QString& filePath() const { return m_filePath; }
    QString displayName() const;

    /// A new untitled project holding the bundled sample scenarios.
    void openSamples();
    /// Opens a project (.suanpan) or a scenario (.json); shows a message and keeps the current project on
    /// failure.
    bool open(const QString& path);
    bool save();
    /// Asks for a file name, then saves.
    bool saveAs();
    /// Saves to this file (atomic; the document's changes go into the assumption log).
    bool saveAs(const QString& path);
    /// Replaces the message boxes of errors (tests); it gets a title and a text.
    void setErrorHandler(std::function<void(const QString&, const QString&)> handler)
    {
        m_errorHandler = std::move(handler);
    }
    /// Asks, on each save that changes something, for a short note on why (the assumption log keeps it with the
    /// save's changes). The prompt gets the number of changes and returns the note, or nothing to cancel the save.
    /// Without a prompt (the default, and in tests) saves carry no note.
    void setSaveNotePrompt(std::function<std::optional<QString>(int changes)> prompt)
    {
        m_notePrompt = std::move(prompt);
    }
    /// The app's prompt: a small dialog with a line for the note.
    void askForSaveNotes();
    /// Titles and texts of that dialog, for `changes` changes (also used by the screenshots).
    static void setUpNoteDialog(QInputDialog& dialog, int changes);
    /// Asks what to do with unsaved changes; false means the user cancelled.
    bool maybeSave();

    bool importScenario(const QString& path);
    bool exportScenario(const QString& path);
    bool exportYearsCsv(const QString& path);

    QStringList recentFiles() const;
    /// The project as last opened or saved (its assumption log is what the log dialog shows).
    const Project& project() const { return m_project; }
    /// The project as it stands: the saved one with the document's changes applied (what a report prints).
    std::optional<Project> currentProject(QString* error) const { return projectToSave(error); }
    /// The last project opened or saved, if it still exists (opened on the next start).
    static QString lastProject();

    /// Where the recovery file lives (per user).
    static QString recoveryPath();
    /// If a recovery file exists (Suanpan did not close properly), offers to restore it. Returns true if the
    /// user restored it. `ask` replaces the question dialog (tests); it gets the question and says yes or no.
    bool offerRecovery(const std::function<bool(const QString&)>& ask = {});
    /// Writes the recovery file now (also done on a timer after every change).
    void writeRecovery();
    void removeRecovery();

Q_SIGNALS:
    void fileChanged();
    void recentFilesChanged();

private:
    void addRecent(const QString& path);
    void error(const QString& title, const QString& text) const;

    /// Builds the project to save: the saved one with every change of the document applied (and logged).
    std::optional<Project> projectToSave(QString* error, const QString& note = QString()) const;
    void rememberSaved();

    ScenarioDocument* m_document;
    QWidget* m_dialogParent;
    QString m_filePath;
    Project m_project;                       ///< as last opened or saved
    std::map<QString, QString> m_savedNames; ///< document key → the scenario's name in m_project
    QDateTime m_fileModified;                ///< the file's time and size when opened or last saved here,
    qint64 m_fileSize = -1;                  ///< to notice another program changing it meanwhile
    QTimer m_recoveryTimer;
    std::function<void(const QString&, const QString&)> m_errorHandler;
    std::function<std::optional<QString>(int)> m_notePrompt;
};

} // namespace suanpan
