#pragma once

#include "ProjectFile.h"

class QSqlDatabase;

namespace suanpan {

struct FileSignature;

/**
 * \brief Reads one `.suanpan` file for ProjectFile::load: first the file's identity from its bytes, then the
 * database read-only, then every table with every value checked.
 *
 * It fails at the first problem of the file's structure (the message names the table, the scenario and the
 * field), because a file whose structure is broken was not written by Suanpan and nothing in it can be
 * trusted; values that are merely out of range are loaded and reported, as they would be when typed.
 */
class ProjectReader {
public:
    explicit ProjectReader(const QString& path);
    ProjectLoadResult read();

private:
    bool refuse(ProjectFileProblem problem, const QString& message);
    bool invalid(const QString& detail);
    bool checkFile(FileSignature& signature);
    bool readSignature(FileSignature& signature);
    bool checkContent(const FileSignature& signature);
    bool checkHeader(const FileSignature& signature);
    bool checkDatabase(QSqlDatabase& database);
    bool readAll(QSqlDatabase& database);
    bool checkTables(QSqlDatabase& database);
    bool readMetadata(QSqlDatabase& database);
    bool readCatalogOverrides(QSqlDatabase& database);
    bool readScenarios(QSqlDatabase& database);
    bool readDemandSeries(QSqlDatabase& database);
    bool readLog(QSqlDatabase& database);
    bool checkRowCount(QSqlDatabase& database, const QString& table, qint64 limit);
    QString newerSchemaMessage(QSqlDatabase& database, int version);

    QString m_path;
    QString m_shownPath;
    Project m_project;
    ProjectLoadResult m_result;
};

} // namespace suanpan
