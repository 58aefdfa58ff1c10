#pragma once

#include "ConnectionSettings.h"
#include "Database.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

// Exit codes of deskcrm-cli, stable for scripts.
namespace CliExit {
enum Code {
    Success = 0,
    Failure = 1,       // the operation failed (database, file …)
    UsageError = 2,    // the command line was not understood
    ProblemsFound = 3, // `check` ran and found something wrong
    NewerSchema = 3,   // the database (or `restore`'s file) was made by a newer DeskCRM: nothing was touched
};
} // namespace CliExit

// What every command gets: the database the user named and where to talk.
struct CliContext
{
    ConnectionSettings settings;
    QTextStream& out; // results
    QTextStream& err; // progress and errors
};

// One deskcrm-cli command: its name, its options and what it does. The dispatcher (Cli) parses the
// command line with the options a command declares and hands it the result.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, for `deskcrm-cli --help`
    virtual void addOptions(QCommandLineParser& parser) const;
    // Arguments after the options (`import … FILE`), as "NAME" for the usage line; empty: none are taken.
    virtual QString argumentsSyntax() const { return {}; }
    virtual int run(const QCommandLineParser& parser, CliContext& context) = 0;

protected:
    enum class Existing { Required, MayCreate };
    // Opens the context's database; on failure prints why and sets *exitCode.
    static std::unique_ptr<Database> openDatabase(CliContext& context, const Database::Options& options,
                                                  Existing existing, int* exitCode);
};
