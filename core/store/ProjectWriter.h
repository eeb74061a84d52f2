#pragma once

#include "ProjectFile.h"

class QSqlDatabase;

namespace suanpan {

/**
 * \brief Writes a whole project to a new `.suanpan` file beside the target and puts it in place atomically
 * (see ProjectFile::save for the guarantees).
 */
class ProjectWriter {
public:
    ProjectWriter(const Project& project, const QString& path);
    bool write(QString* error, ProjectFileProblem* problem);

private:
    bool fail(ProjectFileProblem problem, const QString& detail, QString* error, ProjectFileProblem* problemOut);
    bool checkProject(QString* detail) const;
    bool createTemporaryFile(QString* detail);
    bool writeDatabase(QString* detail);
    bool writeTables(QSqlDatabase& database, QString* detail);
    bool verify(QString* detail) const;
    void removeStaleTemporaryFiles() const;

    const Project& m_project;
    QString m_target;
    QString m_shownPath;
    QString m_temporary;
};

} // namespace suanpan
