#pragma once

#include <QByteArray>
#include <QString>

namespace suanpan {

/**
 * \brief What a file is, judged from its first bytes and its size, before any library parses it.
 *
 * SQLite keeps its identity in a 100-byte header (https://www.sqlite.org/fileformat.html): the magic string,
 * the page size, the page count, `user_version` (offset 60) and `application_id` (offset 68). Reading them
 * directly lets a foreign, newer or truncated file be refused with a precise message without handing it to
 * SQLite at all.
 */
struct FileSignature {
    enum class Kind { Empty, SqliteDatabase, JsonText, Text, Binary };

    Kind kind = Kind::Empty;
    qint64 fileBytes = 0;
    // SQLite databases only:
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 pageBytes = 0;
    qint64 expectedBytes = 0; ///< page count × page size when the header's count is valid, else 0

    /// `head` is the start of the file (at least 4 KiB when the file has them), `fileBytes` its full size.
    static FileSignature inspect(const QByteArray& head, qint64 fileBytes);

    /// True when the header says the file should be longer than it is (cut off by a copy or a full disk).
    bool isTruncated() const { return expectedBytes > 0 && fileBytes < expectedBytes; }
    /// The application id as SQLite's documentation writes it (0x5355414e).
    QString applicationIdText() const;
};

} // namespace suanpan
