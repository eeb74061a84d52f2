#pragma once

#include "Project.h"

#include <QString>

#include <optional>
#include <vector>

namespace suanpan {

/** \brief Why a file could not be opened as a project. */
enum class ProjectFileProblem {
    None,
    CannotRead,      ///< missing, a folder, or no permission
    Empty,           ///< zero bytes
    TooLarge,        ///< above StoreLimits::kMaxFileBytes
    NotAProject,     ///< a text file, a scenario JSON file or other bytes: not an SQLite database
    ForeignDatabase, ///< an SQLite database of another program (application id)
    NewerSchema,     ///< written by a newer Suanpan
    Damaged,         ///< truncated, or fails SQLite's integrity check
    InvalidContent,  ///< a Suanpan database whose content breaks the format (tables, types, sizes, JSON)
    CannotWrite,     ///< saving only: the folder or the file could not be written
};

/** \brief A scenario that was read intact but does not validate (kept, so that no work is lost). */
struct ScenarioProblems {
    QString scenario;
    ValidationReport report;
};

/** \brief The outcome of ProjectFile::load: a project, or why the file was refused (and left untouched). */
struct ProjectLoadResult {
    std::optional<Project> project;
    ProjectFileProblem problem = ProjectFileProblem::None;
    QString error;             ///< a sentence naming the file and what was found
    int fileSchemaVersion = 0; ///< the schema the file was written in (older ones are upgraded in memory)
    /// Scenarios that do not validate (out-of-range values, unknown catalog ids): loaded, not evaluable until
    /// fixed. Problems of the file's structure refuse the whole file instead.
    std::vector<ScenarioProblems> invalidScenarios;
    /// Range problems of the project's own catalog entries, with paths like `chips[my-chip].tdpW`.
    ValidationReport catalogProblems;

    bool ok() const { return project.has_value(); }
};

/**
 * \brief Reads and writes `.suanpan` project files (docs/project-format.md).
 *
 * A project file is one SQLite database that names itself (`PRAGMA application_id`) and its schema
 * (`PRAGMA user_version`). Loading opens the file read-only and immutable, so a refused file (empty, text,
 * random bytes, another program's database, a newer schema, truncated or damaged) keeps every byte and gets
 * no journal beside it; an older schema is upgraded in a temporary copy. Every value read is checked as typed
 * input is: sizes, types, the scenario JSON through ScenarioJson and the validator; SQL never contains text.
 *
 * Saving is atomic: the whole project is written to `<file>.tmp-XXXXXX` in the same folder, flushed to disk,
 * read back and compared with what was meant to be written, and only then renamed over the file (then the
 * folder is flushed). A crash or kill at any moment leaves the old file or the new one, never a mixture.
 */
namespace ProjectFile {

inline constexpr char kExtension[] = "suanpan";

ProjectLoadResult load(const QString& path);

/// Writes `project` to `path` atomically. On success the project's metadata gets the save's `modified` time,
/// `created` (if it had none) and this Suanpan's version; on failure nothing changes, on disk or in memory.
bool save(Project& project, const QString& path, QString* error, ProjectFileProblem* problem = nullptr);

/// True when the file starts like an SQLite database (used to tell projects from scenario JSON).
bool looksLikeProject(const QString& path);

} // namespace ProjectFile

} // namespace suanpan
