#pragma once

#include <QLockFile>
#include <QString>

namespace suanpan {

/**
 * \brief Keeps other Suanpan processes from changing a project while this one reads, changes and saves it.
 *
 * An import reads the project, changes it and saves it; two imports at once would each save their own
 * version and one change would be lost. The lock is a file beside the project (`P.suanpan.lock`), removed on
 * release; one left by a process that died is taken over.
 */
class ProjectLock {
public:
    explicit ProjectLock(const QString& projectPath);

    /// Waits up to `timeoutMs` for the project; false, with the reason, if it stays taken or cannot be locked.
    bool lock(QString* error, int timeoutMs = 10000);

private:
    QString m_shownPath;
    QLockFile m_lock;
};

} // namespace suanpan
