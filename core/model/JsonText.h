#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace suanpan::JsonText {

/**
 * \brief Reads a JSON object from text the way a user can act on a problem: a syntax error with its line and
 * column, and a key written twice in one object refused (JSON parsers keep one of them silently, so a
 * hand-edited file would lose a value without a word).
 *
 * Returns the object, or nothing with the translated reason in `problem`.
 */
std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* problem);

/// The first key that appears twice in one object of well-formed JSON text, with its line and column
/// (translated), or an empty string.
QString duplicateKey(const QByteArray& bytes);

} // namespace suanpan::JsonText
