#pragma once

#include <QSqlDatabase>
#include <QString>

namespace suanpan {

/**
 * \brief One QSQLITE connection with a unique name, closed and unregistered when it goes out of scope.
 *
 * Qt keeps connections in a global registry by name; giving each load and save its own name lets several
 * run at once (on different threads, or a save while a file is being read) without sharing a handle.
 */
class SqliteConnection {
public:
    enum class Mode {
        ReadOnly,  ///< never writes, locks or creates a journal next to the file (SQLite `immutable`)
        ReadWrite, ///< creates the file if needed
    };

    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    QString errorText() const;
    QSqlDatabase& database() { return m_database; }

    /// Runs a statement without parameters (schema, pragmas); returns false and sets error on failure.
    bool exec(const QString& sql, QString* error);

private:
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace suanpan
