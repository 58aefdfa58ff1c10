#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Which language DeskCRM speaks, shared by the GUI and the CLI: installs DeskCRM's own catalogue
// (embedded under :/i18n) and Qt's (qtbase, for standard dialogs and buttons), and makes the chosen
// locale the default so numbers, money and dates follow it.
namespace Translations {
// Codes DeskCRM ships: "en", "zh_CN".
QStringList available();
// Empty code = the system locale. Unknown codes fall back to English. Returns the locale in use.
QLocale install(QCoreApplication& app, const QString& code);
// The language's own name ("English", "简体中文") for a settings combo.
QString nativeName(const QString& code);
} // namespace Translations
