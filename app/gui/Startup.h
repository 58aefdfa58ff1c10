#pragma once

#include "ConnectionSettings.h"
#include "GuiOptions.h"

#include <QString>

#include <memory>

class Database;
class QWidget;

// Decides which database the program opens at start: the command line, else the last one used,
// else the default local file (asking the first-run questions when it does not exist yet). For a
// team database the password comes from the keychain, or from the connection dialog when missing.
class Startup
{
public:
    Startup() = delete;

    // nullptr when the user cancelled or the database could not be opened (error says why, empty
    // when the user simply cancelled).
    static std::unique_ptr<Database> openInitialDatabase(const GuiOptions& options, QWidget* parent, QString* error);
    // Opens settings without ever blocking the window: a DatabaseProbe connects and upgrades off its thread behind
    // a ConnectingDialog with Cancel, then the real open is quick. nullptr with *error, or with an empty *error
    // when the user cancelled.
    static std::unique_ptr<Database> open(const ConnectionSettings& settings, QWidget* parent, QString* error);
    // Says why no database could be opened at start (through DialogSeams, so tests read it); nothing for an
    // empty error, which means the user cancelled.
    static void reportFailure(QWidget* parent, const QString& error);
    // The page to show first: the command line's, else the last one used, else customers.
    static QString initialPage(const GuiOptions& options);
    // The language code to install: the command line's (remembered for next time), else the remembered one.
    static QString language(const GuiOptions& options);
};
