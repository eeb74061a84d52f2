#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace suanpan::JsonText {

namespace {

/// Line and column (1-based) of a byte offset, as an editor counts them: the column in characters, not bytes
/// (a line with Chinese text has three bytes a character).
QString position(const QByteArray& bytes, qsizetype offset)
{
    const QByteArray head = bytes.left(offset);
    const qsizetype line = head.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(head.mid(head.lastIndexOf('\n') + 1)).size() + 1;
    return QCoreApplication::translate("JsonText", "line %1, column %2").arg(line).arg(column);
}

/// The text of a string literal (quotes included), escapes resolved.
QString decoded(const QByteArray& literal)
{
    if (!literal.contains('\\')) {
        return QString::fromUtf8(literal.mid(1, literal.size() - 2));
    }
    return QJsonDocument::fromJson("[" + literal + "]").array().at(0).toString();
}

} // namespace

QString duplicateKey(const QByteArray& bytes)
{
    struct Level {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::vector<Level> levels;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                i += bytes.at(i) == '\\' ? 1 : 0; // an escaped character, e.g. \", never ends the string
            }
            if (!levels.empty() && levels.back().object && levels.back().expectKey) {
                levels.back().expectKey = false;
                const QString key = decoded(bytes.mid(start, i - start + 1));
                if (levels.back().keys.contains(key)) {
                    return QCoreApplication::translate("JsonText", "the key \"%1\" appears twice in one object (%2)")
                        .arg(key.left(60), position(bytes, start));
                }
                levels.back().keys.insert(key);
            }
        } else if (c == '{' || c == '[') {
            levels.push_back({c == '{', c == '{', {}});
        } else if ((c == '}' || c == ']') && !levels.empty()) {
            levels.pop_back();
        } else if (c == ',' && !levels.empty() && levels.back().object) {
            levels.back().expectKey = true;
        }
    }
    return {};
}

std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("JsonText", "not valid JSON at %1: %2")
                       .arg(position(bytes, error.offset), error.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QCoreApplication::translate("JsonText", "expected a JSON object { … }");
        return std::nullopt;
    }
    if (const QString duplicate = duplicateKey(bytes); !duplicate.isEmpty()) {
        *problem = duplicate;
        return std::nullopt;
    }
    return document.object();
}

} // namespace suanpan::JsonText
