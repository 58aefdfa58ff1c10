#pragma once

#include <QString>
#include <QStringList>

// What the deskcrm command line asked for: which database, which page to start on, which language.
// Parsed apart from main() so tests can check it and the window can be started the same way.
struct GuiOptions
{
    QString database;   // path or postgresql:// URL; empty = the remembered or default one
    QString page;       // a page name (see pageNames()) or "customer:<id>"; empty = the remembered one
    QString language;   // "en", "zh_CN" …; empty = the remembered choice or the system locale
    QString importFile; // a file to import (a CSV or vCard opened from the file manager); empty = none
    QString error;      // set when the command line could not be understood
    bool helpShown = false;
    bool versionShown = false;

    // arguments as in QCoreApplication::arguments() (the program name first).
    static GuiOptions parse(const QStringList& arguments);
    // The page names --page accepts, in navigation order.
    static QStringList pageNames();
    // True for a page name, or "customer:" followed by an id.
    static bool isValidPage(const QString& page);
    static QString helpText();
    // True when the arguments ask only for --help or --version: answered without a window or a display.
    static bool answersWithText(const QStringList& arguments);
};
