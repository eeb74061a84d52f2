#include "DurableFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace suanpan::DurableFile {

namespace {

#ifdef Q_OS_UNIX
bool syncPath(const QString& path, int flags, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced) {
        *error = QString::fromLocal8Bit(strerror(errno));
    }
    ::close(fd);
    return synced;
}
#endif

} // namespace

bool syncFile(const QString& path, QString* error)
{
#ifdef Q_OS_UNIX
    return syncPath(path, O_RDONLY, error);
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
    return file.flush();
#endif
}

bool replace(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
#ifdef Q_OS_UNIX
    // Some file systems do not allow opening a folder for fsync; the rename has happened, so that is not an error.
    QString ignored;
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY, &ignored);
#endif
    return true;
}

} // namespace suanpan::DurableFile
