#include "SqliteConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace suanpan {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("suanpan-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : m_name(uniqueConnectionName())
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (mode == Mode::ReadOnly) {
        // immutable=1: SQLite neither locks nor looks for a journal or WAL file, so opening someone's file
        // leaves nothing beside it and cannot change a byte of it.
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_database.setDatabaseName(url.toString(QUrl::FullyEncoded));
    } else {
        m_database.setDatabaseName(path);
    }
    m_database.open();
}

SqliteConnection::~SqliteConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqliteConnection::errorText() const
{
    return m_database.lastError().text();
}

bool SqliteConnection::exec(const QString& sql, QString* error)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace suanpan
