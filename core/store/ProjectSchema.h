#pragma once

#include <QString>
#include <QtGlobal>

class QSqlDatabase;

namespace suanpan {

/**
 * \brief The tables of a `.suanpan` file and the steps that bring an older file up to date.
 *
 * `PRAGMA user_version` holds the schema version. Each version has exactly one step from the one before
 * (step 1 creates schema 1 in an empty database, step 2 turns schema 1 into schema 2, …); a new file is made
 * by running every step, so each step runs on every save and again in its own test on a hand-made file of
 * the previous version. docs/project-format.md lists the tables of each version.
 */
namespace ProjectSchema {

/// `PRAGMA application_id` of every Suanpan project: "SUAN" in ASCII.
inline constexpr quint32 kApplicationId = 0x5355414E;
/// The schema this version of Suanpan writes, and the newest it reads.
inline constexpr int kCurrentVersion = 2;

/// Runs the one step from `fromVersion` to `fromVersion + 1` in a transaction, including the new
/// user_version. Returns false and sets error (nothing changed) on failure.
bool migrateStep(QSqlDatabase& database, int fromVersion, QString* error);

/// Runs every step from `fromVersion` up to kCurrentVersion.
bool migrate(QSqlDatabase& database, int fromVersion, QString* error);

/// Sets the application id (new files only; SQLite keeps it in the header).
bool setApplicationId(QSqlDatabase& database, QString* error);

} // namespace ProjectSchema

} // namespace suanpan
