#include "Cli.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "BuildInfo.h"
#include "CheckCommand.h"
#include "ConflictsCommand.h"
#include "DemoCommand.h"
#include "DuplicatesCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "LeadsCommand.h"
#include "RecordCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SearchCommand.h"
#include "SyncCommand.h"
#include "UsersCommand.h"

#include <QCommandLineParser>

#include <optional>

namespace {
// Options every command accepts, before or after the command name.
QList<QCommandLineOption> commonOptions()
{
    return {
        {{QStringLiteral("d"), QStringLiteral("database")},
         Cli::tr("The database: a SQLite file, or postgresql://USER@HOST:PORT/DATABASE. Default: the local "
                 "database of the DeskCRM application."),
         Cli::tr("PATH_OR_URL")},
        {QStringLiteral("lang"), Cli::tr("The language of messages, such as en or zh_CN."), Cli::tr("CODE")},
    };
}
} // namespace

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<DuplicatesCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<LeadsCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
    m_commands.push_back(std::make_unique<RecordCommand>());
}

Cli::Startup Cli::startup(const QStringList& arguments)
{
    // Read before any parser runs: the language must be installed before help texts are built, and
    // a PDF report needs a QApplication where everything else is fine with a QCoreApplication.
    Startup result;
    bool report = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        auto valueOf = [&](const QString& option) -> std::optional<QString> {
            if (arg == option)
                return arguments.value(i + 1);
            if (arg.startsWith(option + QLatin1Char('=')))
                return arg.mid(option.size() + 1);
            return std::nullopt;
        };
        if (const auto lang = valueOf(QStringLiteral("--lang")))
            result.language = *lang;
        if (const auto format = valueOf(QStringLiteral("--format")))
            result.needsGui = report && *format == QLatin1String("pdf");
        if (arg == QLatin1String("report"))
            report = true;
    }
    return result;
}

CliCommand* Cli::command(const QString& name) const
{
    for (const auto& candidate : m_commands) {
        if (candidate->name() == name)
            return candidate.get();
    }
    return nullptr;
}

QString Cli::commandList() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const auto& candidate : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(candidate->name(), -8).arg(candidate->summary());
    text += tr("Run \"deskcrm-cli COMMAND --help\" for the options of a command.") + QLatin1Char('\n');
    return text;
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        tr("DeskCRM without a window: set up, fill, check, back up and restore a database, and write reports."));
    global.addOptions(commonOptions());
    const QCommandLineOption help = global.addHelpOption();
    const QCommandLineOption version = global.addVersionOption();
    global.addPositionalArgument(
        QStringLiteral("command"),
        tr("What to do: %1.").arg(QStringLiteral("init, demo, check, backup, restore, report, import, export")),
        tr("COMMAND"));
    // Everything after the command name belongs to the command.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!global.parse(arguments)) {
        err << global.errorText() << Qt::endl << tr("Run \"deskcrm-cli --help\" for help.") << Qt::endl;
        return CliExit::UsageError;
    }
    const QStringList rest = global.positionalArguments();
    if (rest.isEmpty()) {
        if (global.isSet(version)) {
            out << BuildInfo::versionLine() << Qt::endl;
            return CliExit::Success;
        }
        if (global.isSet(help)) {
            out << global.helpText() << Qt::endl << commandList();
            return CliExit::Success;
        }
        err << tr("No command given.") << Qt::endl << Qt::endl << global.helpText() << Qt::endl << commandList();
        return CliExit::UsageError;
    }

    CliCommand* chosen = command(rest.first());
    if (!chosen) {
        err << tr("Unknown command \"%1\".").arg(rest.first()) << Qt::endl << Qt::endl << commandList();
        return CliExit::UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(chosen->summary());
    parser.addOptions(commonOptions());
    parser.addHelpOption();
    chosen->addOptions(parser);
    // The usage line then reads "deskcrm-cli [options] demo".
    parser.addPositionalArgument(chosen->name(), QString(), chosen->name());
    if (!chosen->argumentsSyntax().isEmpty())
        parser.addPositionalArgument(chosen->argumentsSyntax(), QString(), chosen->argumentsSyntax());
    QStringList commandArguments = rest.mid(1);
    commandArguments.prepend(arguments.value(0));
    if (!parser.parse(commandArguments)) {
        err << parser.errorText() << Qt::endl
            << tr("Run \"deskcrm-cli %1 --help\" for its options.").arg(chosen->name()) << Qt::endl;
        return CliExit::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return CliExit::Success;
    }
    if (!parser.positionalArguments().isEmpty() && chosen->argumentsSyntax().isEmpty()) {
        err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << Qt::endl
            << tr("Run \"deskcrm-cli %1 --help\" for its options.").arg(chosen->name()) << Qt::endl;
        return CliExit::UsageError;
    }

    // The database named after the command wins over one named before it.
    const QString database = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                      : global.value(QStringLiteral("database"));
    CliContext context{ConnectionSettings::defaultLocal(), out, err};
    if (parser.isSet(QStringLiteral("database")) || global.isSet(QStringLiteral("database"))) {
        QString error;
        if (!ConnectionSettings::parse(database, &context.settings, &error)) {
            err << error << Qt::endl;
            return CliExit::UsageError;
        }
    }
    // --lang was applied by main() through startup(), before any text was built.
    return chosen->run(parser, context);
}
