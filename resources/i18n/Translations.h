#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace suanpan {

/**
 * \brief Installs Suanpan's and Qt's translators for a language ("en", "zh_CN"; empty = the system's).
 * Returns the language actually used ("en" when no translation is available).
 */
QString installTranslators(QCoreApplication& app, const QString& language);

/// The languages Suanpan ships, as codes. Calling installTranslators again switches the language (Qt then
/// sends every widget a LanguageChange event).
QStringList availableLanguages();

} // namespace suanpan
