#include "FileSignature.h"

#include <QStringDecoder>

namespace suanpan {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto byte = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(offset + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

quint32 bigEndian16(const QByteArray& bytes, int offset)
{
    const auto byte = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(offset + i))); };
    return (byte(0) << 8) | byte(1);
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && !text.isEmpty();
}

/// UTF-8 without NUL bytes. When `head` is only the start of the file, a character may be cut at its end.
bool looksLikeText(const QByteArray& head, bool wholeFile)
{
    if (head.contains('\0')) {
        return false;
    }
    for (int cut = 0; cut <= (wholeFile ? 0 : 3) && cut < head.size(); ++cut) {
        if (isUtf8(head.left(head.size() - cut))) {
            return true;
        }
    }
    return false;
}

} // namespace

FileSignature FileSignature::inspect(const QByteArray& head, qint64 fileBytes)
{
    FileSignature s;
    s.fileBytes = fileBytes;
    if (fileBytes == 0 || head.isEmpty()) {
        s.kind = Kind::Empty;
        return s;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() >= 100 && head.startsWith(magic)) {
        s.kind = Kind::SqliteDatabase;
        const quint32 pageField = bigEndian16(head, 16);
        s.pageBytes = pageField == 1 ? 65536 : pageField;
        s.userVersion = static_cast<qint32>(bigEndian32(head, 60));
        s.applicationId = bigEndian32(head, 68);
        // The page count at offset 28 is only valid when the change counter (24) equals offset 92.
        const quint32 pages = bigEndian32(head, 28);
        if (pages > 0 && bigEndian32(head, 24) == bigEndian32(head, 92)) {
            s.expectedBytes = static_cast<qint64>(pages) * s.pageBytes;
        }
        return s;
    }
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
    }
    if (looksLikeText(head, head.size() >= fileBytes)) {
        s.kind = text.trimmed().startsWith('{') ? Kind::JsonText : Kind::Text;
    } else {
        s.kind = Kind::Binary;
    }
    return s;
}

QString FileSignature::applicationIdText() const
{
    return QStringLiteral("0x%1").arg(applicationId, 8, 16, QLatin1Char('0'));
}

} // namespace suanpan
