#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString nativeName(const QString& code)
{
    return QLocale(code).nativeLanguageName();
}

QLocale install(QCoreApplication& app, const QString& code)
{
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // LANG=C/POSIX (servers, CI, minimal containers) is no language: the C locale writes money as
    // "1,000.00US$". Such a user reads the English UI, so format the English way.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // Chinese variants we do not ship (zh_TW, zh_HK) are better served by English than by a wrong script.
    const bool chinese = locale.language() == QLocale::Chinese &&
                         locale.script() != QLocale::TraditionalChineseScript &&
                         locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong;
    const QString ours = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (chinese && locale.territory() != QLocale::China)
        locale = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    QLocale::setDefault(locale);

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/deskcrm_") + ours))
        app.installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Translations
