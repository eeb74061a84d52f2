#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace suanpan {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString installTranslators(QCoreApplication& app, const QString& language) {
    const QString wanted = language.isEmpty() ? QLocale::system().name() : language;
    if (!wanted.startsWith(QLatin1String("zh"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    // Owned by the application, so that they live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/suanpan_zh_CN.qm"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return QStringLiteral("zh_CN");
}

} // namespace suanpan
