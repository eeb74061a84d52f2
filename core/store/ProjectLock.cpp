#include "ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace suanpan {

ProjectLock::ProjectLock(const QString& projectPath)
    : m_shownPath(QDir::toNativeSeparators(projectPath))
    , m_lock(QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock"))
{}

bool ProjectLock::lock(QString* error, int timeoutMs)
{
    if (m_lock.tryLock(timeoutMs)) {
        return true;
    }
    if (m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock.getLockInfo(&pid, &host, &application);
        *error = QCoreApplication::translate("ProjectFile",
                                             "%1 is being changed by another Suanpan process (%2, process %3); "
                                             "try again when it has finished.")
                     .arg(m_shownPath, application.isEmpty() ? QStringLiteral("?") : application)
                     .arg(pid);
    } else {
        *error = QCoreApplication::translate("ProjectFile",
                                             "%1 cannot be locked against other processes: its folder is not writable.")
                     .arg(m_shownPath);
    }
    return false;
}

} // namespace suanpan
