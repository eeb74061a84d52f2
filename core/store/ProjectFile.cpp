#include "ProjectFile.h"

#include "FileSignature.h"
#include "ProjectReader.h"
#include "ProjectWriter.h"

#include <QFile>
#include <QFileInfo>

namespace suanpan::ProjectFile {

ProjectLoadResult load(const QString& path)
{
    ProjectReader reader(path);
    return reader.read();
}

bool save(Project& project, const QString& path, QString* error, ProjectFileProblem* problem)
{
    // The stamps go into a copy first: a failed save leaves the caller's project exactly as it was.
    Project stamped = project;
    ProjectMetadata& metadata = stamped.metadata();
    metadata.modified = QDateTime::currentDateTimeUtc();
    if (!metadata.created.isValid()) {
        metadata.created = metadata.modified;
    }
    metadata.appVersion = QStringLiteral(SUANPAN_VERSION);
    ProjectWriter writer(stamped, path);
    if (!writer.write(error, problem)) {
        return false;
    }
    project.metadata() = metadata;
    if (problem != nullptr) {
        *problem = ProjectFileProblem::None;
    }
    return true;
}

bool looksLikeProject(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return false; // reading a pipe would wait for a writer
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return FileSignature::inspect(file.read(4096), file.size()).kind == FileSignature::Kind::SqliteDatabase;
}

} // namespace suanpan::ProjectFile
