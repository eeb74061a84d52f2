#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace suanpan {

namespace {

// The installed translators, so that a language switch can remove them again.
QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;

void removeInstalled()
{
    for (QPointer<QTranslator>* translator : {&s_own, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString installTranslators(QCoreApplication& app, const QString& language)
{
    removeInstalled();
    const QString wanted = language.isEmpty() ? QLocale::system().name() : language;
    auto* own = new QTranslator(&app);
    if (!wanted.startsWith(QLatin1String("zh")) || !own->load(QStringLiteral(":/i18n/suanpan_zh_CN.qm"))) {
        // English is the source language; its translation holds only the plural forms ("%n problem(s)").
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (own->load(QStringLiteral(":/i18n/suanpan_en.qm"))) {
            s_own = own;
            QCoreApplication::installTranslator(own);
        } else {
            delete own;
        }
        return QStringLiteral("en");
    }
    // The default locale is set before the translators go in, so that anything redrawn on the language
    // change event already formats numbers the Chinese way.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    s_own = own;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QCoreApplication::installTranslator(own);
    return QStringLiteral("zh_CN");
}

} // namespace suanpan
