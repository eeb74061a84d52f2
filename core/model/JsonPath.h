#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace suanpan {

/**
 * \brief Reads and writes values inside a JSON object by field path (`demand[2].forecast.type`), the same
 * paths that validation messages use. Editors address scenario fields this way, so that one generic undo
 * command can change any field.
 */
namespace JsonPath {

/// The value at path, or undefined when any step is missing.
QJsonValue value(const QJsonObject& root, const QString& path);

/// Sets the value at path, creating missing objects (and list entries up to the index) on the way.
/// Returns false for a path that cannot be parsed.
bool setValue(QJsonObject& root, const QString& path, const QJsonValue& value);

/// Removes the value at path (an object key or a list entry). Returns false when there is none.
bool remove(QJsonObject& root, const QString& path);

} // namespace JsonPath

} // namespace suanpan
