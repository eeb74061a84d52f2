#include "ProjectWriter.h"

#include "DurableFile.h"
#include "ProjectSchema.h"
#include "SqliteConnection.h"
#include "StoreLimits.h"
#include "model/ScenarioFields.h"
#include "model/ScenarioJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace suanpan {

namespace {

constexpr int kStaleTemporaryHours = 1;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString compact(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

/// Prepares and runs one statement per row; values are always bound, never written into the SQL.
class Inserter {
public:
    Inserter(QSqlDatabase& database, const QString& sql)
        : m_query(database)
    {
        m_ok = m_query.prepare(sql);
    }
    bool run(const QVariantList& values)
    {
        if (!m_ok) {
            return false;
        }
        for (const QVariant& value : values) {
            // A null QString binds as SQL NULL; the columns hold text, so it is written as "".
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            m_query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
        }
        m_ok = m_query.exec();
        return m_ok;
    }
    QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

/// Equal as stored: scenarios are compared in their canonical JSON, which leaves out fields that do not apply
/// (the growth rate of a `series` forecast), so a scenario edited in memory compares equal to its reread copy.
bool sameContent(const Project& a, const Project& b)
{
    if (a.metadata() != b.metadata() || a.catalogOverrides() != b.catalogOverrides() ||
        a.demandSeries() != b.demandSeries() || a.log() != b.log() || a.scenarios().size() != b.scenarios().size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.scenarios().size(); ++i) {
        if (ScenarioJson::toJson(a.scenarios()[i]) != ScenarioJson::toJson(b.scenarios()[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

ProjectWriter::ProjectWriter(const Project& project, const QString& path)
    : m_project(project)
    , m_shownPath(QDir::toNativeSeparators(path))
{
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QFileInfo info(path);
    m_target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
}

bool ProjectWriter::fail(ProjectFileProblem problem, const QString& detail, QString* error,
                         ProjectFileProblem* problemOut)
{
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
    }
    *error = QCoreApplication::translate("ProjectFile", "Cannot save %1: %2").arg(m_shownPath, detail);
    if (problemOut != nullptr) {
        *problemOut = problem;
    }
    return false;
}

bool ProjectWriter::write(QString* error, ProjectFileProblem* problem)
{
    QString detail;
    if (!checkProject(&detail)) {
        return fail(ProjectFileProblem::InvalidContent, detail, error, problem);
    }
    // The rename would put a project in place of a device, a pipe or a folder: never.
    if (const QFileInfo existing(m_target); existing.exists() && !existing.isFile()) {
        return fail(ProjectFileProblem::CannotWrite,
                    QCoreApplication::translate("ProjectFile",
                                                "it is not a regular file (a device, a pipe or a folder); save "
                                                "under another name"),
                    error, problem);
    }
    // The rename would replace a read-only file as well; its owner made it read-only to keep it as it is.
    if (const QFileInfo existing(m_target); existing.exists() && !existing.isWritable()) {
        return fail(ProjectFileProblem::CannotWrite,
                    QCoreApplication::translate("ProjectFile", "the file is read-only; save under another name"), error,
                    problem);
    }
    if (!createTemporaryFile(&detail) || !writeDatabase(&detail) || !DurableFile::syncFile(m_temporary, &detail)) {
        return fail(ProjectFileProblem::CannotWrite, detail, error, problem);
    }
    if (!verify(&detail)) {
        return fail(ProjectFileProblem::InvalidContent, detail, error, problem);
    }
    if (QFileInfo::exists(m_target)) {
        QFile::setPermissions(m_temporary, QFile::permissions(m_target));
    }
    if (!DurableFile::replace(m_temporary, m_target, &detail)) {
        return fail(ProjectFileProblem::CannotWrite, detail, error, problem);
    }
    m_temporary.clear();
    removeStaleTemporaryFiles();
    return true;
}

bool ProjectWriter::checkProject(QString* detail) const
{
    QSet<QString> names;
    for (const Scenario& scenario : m_project.scenarios()) {
        if (scenario.name.trimmed().isEmpty() || scenario.name.size() > StoreLimits::kMaxNameChars ||
            names.contains(scenario.name)) {
            *detail =
                QCoreApplication::translate("ProjectFile", "scenario names must be unique, not empty and at most %1 "
                                                           "characters (\"%2\")")
                    .arg(StoreLimits::kMaxNameChars)
                    .arg(scenario.name.left(StoreLimits::kMaxNameChars));
            return false;
        }
        names.insert(scenario.name);
        // JSON has no NaN or infinity: such a value would be written as null and the file could not be read.
        QString badPath;
        visitNumbers(scenario, [&badPath](const QString& path, const auto& value) {
            if (badPath.isEmpty() && !std::isfinite(static_cast<double>(value))) {
                badPath = path;
            }
        });
        if (!badPath.isEmpty()) {
            *detail = QCoreApplication::translate("ProjectFile", "scenario \"%1\": %2 is not a finite number")
                          .arg(scenario.name, badPath);
            return false;
        }
    }
    return true;
}

bool ProjectWriter::createTemporaryFile(QString* detail)
{
    // Beside the target, so that the final rename stays within one file system (and is atomic).
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(0x1000000), 36);
        const QString candidate = m_target + QStringLiteral(".tmp-") + suffix;
        QFile file(candidate);
        // NewOnly: never reuse a file, even our own; the new file gets the user's default permissions.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_temporary = candidate;
            return true;
        }
        if (!QFileInfo::exists(candidate)) {
            *detail = file.errorString();
            return false;
        }
    }
    *detail = QCoreApplication::translate("ProjectFile", "no free name for a temporary file");
    return false;
}

bool ProjectWriter::writeDatabase(QString* detail)
{
    SqliteConnection connection(m_temporary, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen()) {
        *detail = connection.errorText();
        return false;
    }
    QSqlDatabase& database = connection.database();
    // No journal and no syncing inside SQLite: the file is new and private until renamed, and it is flushed
    // as a whole before that. A crash meanwhile leaves only a temporary file.
    if (!connection.exec(QStringLiteral("PRAGMA journal_mode = OFF"), detail) ||
        !connection.exec(QStringLiteral("PRAGMA synchronous = OFF"), detail) ||
        !ProjectSchema::setApplicationId(database, detail) || !ProjectSchema::migrate(database, 0, detail)) {
        return false;
    }
    if (!database.transaction()) {
        *detail = database.lastError().text();
        return false;
    }
    if (!writeTables(database, detail) || !database.commit()) {
        if (detail->isEmpty()) {
            *detail = database.lastError().text();
        }
        database.rollback();
        return false;
    }
    return true;
}

bool ProjectWriter::writeTables(QSqlDatabase& database, QString* detail)
{
    const ProjectMetadata& m = m_project.metadata();
    Inserter metadata(database, QStringLiteral("INSERT INTO metadata (key, value) VALUES (?, ?)"));
    const std::pair<const char*, QString> items[] = {
        {"title", m.title},
        {"author", m.author},
        {"organization", m.organization},
        {"currency", m.currency},
        {"created", timeText(m.created)},
        {"modified", timeText(m.modified)},
        {"appVersion", m.appVersion},
    };
    for (const auto& [key, value] : items) {
        if (!metadata.run({QString::fromLatin1(key), value})) {
            *detail = metadata.errorText();
            return false;
        }
    }
    Inserter scenarios(database, QStringLiteral("INSERT INTO scenarios (position, name, json) VALUES (?, ?, ?)"));
    int position = 0;
    for (const Scenario& scenario : m_project.scenarios()) {
        if (!scenarios.run({position++, scenario.name, compact(QJsonDocument(ScenarioJson::toJson(scenario)))})) {
            *detail = scenarios.errorText();
            return false;
        }
    }
    Inserter overrides(database, QStringLiteral("INSERT INTO catalog_overrides (kind, entry_id, position, json) "
                                                "VALUES (?, ?, ?, ?)"));
    position = 0;
    for (const CatalogOverride& o : m_project.catalogOverrides()) {
        if (!overrides.run({catalogName(o.kind), o.entry.value(QStringLiteral("id")).toString(), position++,
                            compact(QJsonDocument(o.entry))})) {
            *detail = overrides.errorText();
            return false;
        }
    }
    Inserter series(database, QStringLiteral("INSERT INTO demand_series (scenario, segment, source_file, imported, "
                                             "period, first_year, first_month, unit, values_json) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DemandSeries& s : m_project.demandSeries()) {
        QJsonArray values;
        for (double value : s.valuesPflops) {
            values.append(value);
        }
        const QString period = s.period == DemandPeriod::Year ? QStringLiteral("year") : QStringLiteral("month");
        if (!series.run({s.scenario, s.segment, s.sourceFile, timeText(s.imported), period, s.firstYear, s.firstMonth,
                         s.unit, compact(QJsonDocument(values))})) {
            *detail = series.errorText();
            return false;
        }
    }
    Inserter log(database, QStringLiteral("INSERT INTO assumption_log (id, time, scenario, field_path, old_value, "
                                          "new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const AssumptionLogEntry& e : m_project.log()) {
        if (!log.run({e.id, timeText(e.time), e.scenario, e.fieldPath, e.oldValue, e.newValue, e.note})) {
            *detail = log.errorText();
            return false;
        }
    }
    return true;
}

bool ProjectWriter::verify(QString* detail) const
{
    // Read the new file back as any file is read: a project that this version could not open again (a limit
    // broken, a value that does not survive) is never put in place of a good file.
    const ProjectLoadResult reread = ProjectFile::load(m_temporary);
    if (!reread.ok()) {
        *detail =
            QCoreApplication::translate("ProjectFile", "the new file could not be read back (%1)").arg(reread.error);
        return false;
    }
    if (!sameContent(*reread.project, m_project)) {
        *detail = QCoreApplication::translate("ProjectFile", "the new file did not read back identically");
        return false;
    }
    return true;
}

void ProjectWriter::removeStaleTemporaryFiles() const
{
    // Left by a save that was killed; an hour old means no save is still writing it.
    const QFileInfo target(m_target);
    const QDir folder = target.absoluteDir();
    const QStringList pattern{target.fileName() + QStringLiteral(".tmp-*")};
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600 * kStaleTemporaryHours);
    for (const QFileInfo& stale : folder.entryInfoList(pattern, QDir::Files | QDir::Hidden)) {
        if (stale.lastModified().toUTC() < cutoff) {
            QFile::remove(stale.absoluteFilePath());
        }
    }
}

} // namespace suanpan
