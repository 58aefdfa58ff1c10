#pragma once

#include "CliCommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

// The deskcrm-cli dispatcher: global options (--database, --lang, --help, --version), then one
// command with its own options and its own --help. Kept apart from main() so it can be driven with
// any argument list and any streams.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    Q_DISABLE_COPY(Cli)

    struct Startup
    {
        QString language;      // --lang; empty = the system's
        bool needsGui = false; // `report --format pdf` paints charts: main() makes a QApplication
    };
    // What main() must know before it creates the application object and parses anything.
    static Startup startup(const QStringList& arguments);

    // arguments as in QCoreApplication::arguments(), the program first. Returns the exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    CliCommand* command(const QString& name) const;
    QString commandList() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
