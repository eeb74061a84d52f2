#pragma once

#include <QString>

class QCoreApplication;

namespace suanpan {

/**
 * \brief Installs Suanpan's and Qt's translators for a language ("en", "zh_CN"; empty = the system's).
 * Returns the language actually used ("en" when no translation is available).
 */
QString installTranslators(QCoreApplication& app, const QString& language);

/// The languages Suanpan ships, as codes.
QStringList availableLanguages();

} // namespace suanpan
