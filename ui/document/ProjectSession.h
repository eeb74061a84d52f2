#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

class QWidget;

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
    bool saveAs();
    /// Asks what to do with unsaved changes; false means the user cancelled.
    bool maybeSave();

    bool importScenario(const QString& path);
    bool exportScenario(const QString& path);
    bool exportYearsCsv(const QString& path);

    QStringList recentFiles() const;

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
    bool saveTo(const QString& path);
    void addRecent(const QString& path);
    void error(const QString& title, const QString& text) const;

    ScenarioDocument* m_document;
    QWidget* m_dialogParent;
    QString m_filePath;
    std::vector<QJsonObject> m_saved; ///< scenarios as last saved (for the assumption log)
    QTimer m_recoveryTimer;
};

} // namespace suanpan
