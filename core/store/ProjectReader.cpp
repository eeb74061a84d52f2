#include "ProjectReader.h"

#include "FileSignature.h"
#include "ProjectSchema.h"
#include "SqliteConnection.h"
#include "StoreLimits.h"
#include "model/ScenarioValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace suanpan {

ProjectReader::ProjectReader(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_shownPath(QDir::toNativeSeparators(path))
{}

bool ProjectReader::refuse(ProjectFileProblem problem, const QString& message)
{
    m_result.problem = problem;
    m_result.error = message;
    return false;
}

bool ProjectReader::invalid(const QString& detail)
{
    return refuse(
        ProjectFileProblem::InvalidContent,
        QCoreApplication::translate("ProjectFile", "%1 is not a valid Suanpan project: %2").arg(m_shownPath, detail));
}

ProjectLoadResult ProjectReader::read()
{
    FileSignature signature;
    if (!checkFile(signature)) {
        return m_result;
    }
    m_result.fileSchemaVersion = signature.userVersion;
    SqliteConnection original(m_path, SqliteConnection::Mode::ReadOnly);
    if (!original.isOpen()) {
        refuse(ProjectFileProblem::Damaged,
               QCoreApplication::translate("ProjectFile", "%1 could not be opened as a database: %2")
                   .arg(m_shownPath, original.errorText()));
        return m_result;
    }
    if (!checkDatabase(original.database())) {
        return m_result;
    }
    if (signature.userVersion == ProjectSchema::kCurrentVersion) {
        readAll(original.database());
        return m_result;
    }
    // An older schema is upgraded in a copy: the user's file is only rewritten when they save.
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(QStringLiteral("upgrade.suanpan"));
    if (!scratch.isValid() || !QFile::copy(m_path, copyPath)) {
        refuse(ProjectFileProblem::CannotRead,
               QCoreApplication::translate(
                   "ProjectFile", "%1 uses project schema %2 and could not be copied to be upgraded to schema %3.")
                   .arg(m_shownPath)
                   .arg(signature.userVersion)
                   .arg(ProjectSchema::kCurrentVersion));
        return m_result;
    }
    QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
    SqliteConnection copy(copyPath, SqliteConnection::Mode::ReadWrite);
    QString error;
    if (!copy.isOpen() || !ProjectSchema::migrate(copy.database(), signature.userVersion, &error)) {
        refuse(ProjectFileProblem::InvalidContent,
               QCoreApplication::translate("ProjectFile",
                                           "%1 uses project schema %2 and could not be upgraded to schema %3: %4")
                   .arg(m_shownPath)
                   .arg(signature.userVersion)
                   .arg(ProjectSchema::kCurrentVersion)
                   .arg(copy.isOpen() ? error : copy.errorText()));
        return m_result;
    }
    readAll(copy.database());
    return m_result;
}

bool ProjectReader::checkFile(FileSignature& signature)
{
    return readSignature(signature) && checkContent(signature) && checkHeader(signature);
}

/// A regular file we can read, not too large: the signature of its first bytes.
bool ProjectReader::readSignature(FileSignature& signature)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        return refuse(
            ProjectFileProblem::CannotRead,
            QCoreApplication::translate("ProjectFile", "Cannot open %1: there is no such file.").arg(m_shownPath));
    }
    if (info.isDir()) {
        return refuse(
            ProjectFileProblem::CannotRead,
            QCoreApplication::translate("ProjectFile", "Cannot open %1: it is a folder, not a file.").arg(m_shownPath));
    }
    if (!info.isFile()) { // reading a pipe would wait for a writer that may never come
        return refuse(
            ProjectFileProblem::CannotRead,
            QCoreApplication::translate("ProjectFile", "Cannot open %1: it is not a regular file (a device or a pipe).")
                .arg(m_shownPath));
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(
            ProjectFileProblem::CannotRead,
            QCoreApplication::translate("ProjectFile", "Cannot open %1: %2").arg(m_shownPath, file.errorString()));
    }
    const qint64 size = file.size();
    if (size > StoreLimits::kMaxFileBytes) {
        const qint64 sizeMb = size / (1024 * 1024);
        const qint64 limitMb = StoreLimits::kMaxFileBytes / (1024 * 1024);
        return refuse(ProjectFileProblem::TooLarge,
                      QCoreApplication::translate("ProjectFile", "%1 is %2 MB; a project file may be at most %3 MB.")
                          .arg(m_shownPath)
                          .arg(sizeMb)
                          .arg(limitMb));
    }
    signature = FileSignature::inspect(file.read(4096), size);
    return true;
}

/// An SQLite database, not an empty, text or other file.
bool ProjectReader::checkContent(const FileSignature& signature)
{
    switch (signature.kind) {
    case FileSignature::Kind::Empty:
        return refuse(ProjectFileProblem::Empty,
                      QCoreApplication::translate("ProjectFile", "%1 is empty (0 bytes); it is not a Suanpan project.")
                          .arg(m_shownPath));
    case FileSignature::Kind::JsonText:
        return refuse(ProjectFileProblem::NotAProject,
                      QCoreApplication::translate(
                          "ProjectFile",
                          "%1 is not a Suanpan project but a text file that looks like JSON (a scenario?); "
                          "create a project from it or import it into one instead.")
                          .arg(m_shownPath));
    case FileSignature::Kind::Text:
        return refuse(ProjectFileProblem::NotAProject,
                      QCoreApplication::translate("ProjectFile",
                                                  "%1 is not a Suanpan project: it is a text file, not a database.")
                          .arg(m_shownPath));
    case FileSignature::Kind::Binary:
        return refuse(ProjectFileProblem::NotAProject,
                      QCoreApplication::translate("ProjectFile",
                                                  "%1 is not a Suanpan project: its content is not an SQLite database.")
                          .arg(m_shownPath));
    case FileSignature::Kind::SqliteDatabase:
        break;
    }
    return true;
}

/// Suanpan's application id, a schema version, and all the bytes its header promises.
bool ProjectReader::checkHeader(const FileSignature& signature)
{
    if (signature.applicationId != ProjectSchema::kApplicationId) {
        const QString ours = QStringLiteral("0x%1").arg(ProjectSchema::kApplicationId, 8, 16, QLatin1Char('0'));
        if (signature.applicationId == 0) {
            return refuse(ProjectFileProblem::ForeignDatabase,
                          QCoreApplication::translate(
                              "ProjectFile",
                              "%1 is not a Suanpan project: it is an SQLite database without an application id "
                              "(Suanpan projects have %2), probably made by another program.")
                              .arg(m_shownPath, ours));
        }
        return refuse(ProjectFileProblem::ForeignDatabase,
                      QCoreApplication::translate(
                          "ProjectFile", "%1 is not a Suanpan project: it is the SQLite database of another program "
                                         "(application id %2; Suanpan projects have %3).")
                          .arg(m_shownPath, signature.applicationIdText(), ours));
    }
    if (signature.userVersion < 1) {
        return refuse(ProjectFileProblem::Damaged,
                      QCoreApplication::translate(
                          "ProjectFile", "%1 is damaged: it is marked as a Suanpan project but has no schema version.")
                          .arg(m_shownPath));
    }
    if (signature.isTruncated()) {
        return refuse(ProjectFileProblem::Damaged,
                      QCoreApplication::translate(
                          "ProjectFile", "%1 is damaged: it ends after %2 bytes, but its header says it has %3 bytes "
                                         "(an incomplete copy or download?).")
                          .arg(m_shownPath)
                          .arg(signature.fileBytes)
                          .arg(signature.expectedBytes));
    }
    return true;
}

QString ProjectReader::newerSchemaMessage(QSqlDatabase& database, int version)
{
    // A newer file's metadata may still say which Suanpan wrote it; if not, the version is left out.
    QSqlQuery query(database);
    QString writer;
    if (query.prepare(QStringLiteral("SELECT value FROM metadata WHERE key = ?"))) {
        query.addBindValue(QStringLiteral("appVersion"));
        if (query.exec() && query.next() && query.value(0).typeId() == QMetaType::QString) {
            writer = query.value(0).toString().left(40);
        }
    }
    const QString ours = QStringLiteral(SUANPAN_VERSION);
    if (writer.isEmpty()) {
        return QCoreApplication::translate(
                   "ProjectFile",
                   "%1 was written by a newer version of Suanpan (project schema %2); this version (%3) reads "
                   "project schema %4 and older. Update Suanpan to open it.")
            .arg(m_shownPath)
            .arg(version)
            .arg(ours)
            .arg(ProjectSchema::kCurrentVersion);
    }
    return QCoreApplication::translate(
               "ProjectFile",
               "%1 was written by Suanpan %2 (project schema %3); this version (%4) reads project schema %5 and "
               "older. Update Suanpan to open it.")
        .arg(m_shownPath, writer)
        .arg(version)
        .arg(ours)
        .arg(ProjectSchema::kCurrentVersion);
}

bool ProjectReader::checkDatabase(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return refuse(
            ProjectFileProblem::Damaged,
            QCoreApplication::translate("ProjectFile", "%1 is damaged: %2").arg(m_shownPath, query.lastError().text()));
    }
    const int version = query.value(0).toInt();
    if (version > ProjectSchema::kCurrentVersion) {
        return refuse(ProjectFileProblem::NewerSchema, newerSchemaMessage(database, version));
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(5)"))) {
        return refuse(
            ProjectFileProblem::Damaged,
            QCoreApplication::translate("ProjectFile", "%1 is damaged: %2").arg(m_shownPath, query.lastError().text()));
    }
    QStringList problems;
    while (query.next()) {
        problems << query.value(0).toString().left(200).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    if (problems != QStringList{QStringLiteral("ok")}) {
        return refuse(ProjectFileProblem::Damaged,
                      QCoreApplication::translate("ProjectFile", "%1 is damaged: SQLite's integrity check reports: %2")
                          .arg(m_shownPath, problems.join(QStringLiteral("; "))));
    }
    return true;
}

bool ProjectReader::checkRowCount(QSqlDatabase& database, const QString& table, qint64 limit)
{
    QSqlQuery query(database);
    // The table name is one of this file's constants, never text from the file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        return invalid(QCoreApplication::translate("ProjectFile", "the table %1 cannot be read: %2")
                           .arg(table, query.lastError().text()));
    }
    const qint64 rows = query.value(0).toLongLong();
    if (rows > limit) {
        return invalid(QCoreApplication::translate("ProjectFile", "the table %1 has %2 rows; at most %3 are allowed.")
                           .arg(table)
                           .arg(rows)
                           .arg(limit));
    }
    return true;
}

bool ProjectReader::checkTables(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return invalid(query.lastError().text());
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    for (const char* required : {"metadata", "scenarios", "catalog_overrides", "demand_series", "assumption_log"}) {
        if (!tables.contains(QLatin1String(required))) {
            return invalid(
                QCoreApplication::translate("ProjectFile", "the table %1 is missing.").arg(QLatin1String(required)));
        }
    }
    return checkRowCount(database, QStringLiteral("scenarios"), StoreLimits::kMaxScenarios) &&
           checkRowCount(database, QStringLiteral("catalog_overrides"), StoreLimits::kMaxCatalogEntries) &&
           checkRowCount(database, QStringLiteral("demand_series"), StoreLimits::kMaxDemandSeries) &&
           checkRowCount(database, QStringLiteral("assumption_log"), StoreLimits::kMaxLogEntries) &&
           checkRowCount(database, QStringLiteral("metadata"), 1000);
}

bool ProjectReader::readAll(QSqlDatabase& database)
{
    // Catalog entries come first: scenarios are read and validated against the project's catalog.
    if (!checkTables(database) || !readMetadata(database) || !readCatalogOverrides(database) ||
        !readScenarios(database) || !readDemandSeries(database) || !readLog(database)) {
        return false;
    }
    const Catalog catalog = m_project.catalog();
    for (const Scenario& scenario : m_project.scenarios()) {
        ValidationReport report;
        if (!resolveScenario(scenario, catalog, report)) {
            m_result.invalidScenarios.push_back({scenario.name, report});
        }
    }
    m_result.project = std::move(m_project);
    return true;
}

} // namespace suanpan
