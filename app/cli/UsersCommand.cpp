#include "UsersCommand.h"

#include "UserAdministration.h"

#include <QCommandLineParser>
#include <QFile>

namespace {
// The first line of standard input, without its line break: a password piped in by a script or typed.
QString passwordFromStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}
} // namespace

QString UsersCommand::summary() const
{
    return tr("Add a user (password from standard input), reset a password or deactivate a user of a PostgreSQL team "
              "database.");
}

void UsersCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("display-name"), tr("add: the name colleagues see."), tr("NAME")});
    parser.addOption({QStringLiteral("role"), tr("add: rep, lead, admin, readonly or finance (default rep)."),
                      tr("ROLE"), QStringLiteral("rep")});
    parser.addOption(
        {QStringLiteral("team"), tr("add: the user's team, made when there is none of that name."), tr("TEAM")});
    parser.addOption({QStringLiteral("reassign-to"),
                      tr("deactivate: the user who takes over the deactivated user's records."), tr("USER")});
}

int UsersCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const QString username = arguments.value(1);
    if (arguments.size() != 2 ||
        !QStringList{QStringLiteral("add"), QStringLiteral("deactivate"), QStringLiteral("password")}.contains(
            action)) {
        context.err << tr("Usage: deskcrm-cli users add|deactivate|password USERNAME [options]") << Qt::endl;
        return CliExit::UsageError;
    }
    if (action == QLatin1String("deactivate") && !parser.isSet(QStringLiteral("reassign-to"))) {
        context.err << tr("Say who takes over the records: --reassign-to USER") << Qt::endl;
        return CliExit::UsageError;
    }
    if (action == QLatin1String("add") &&
        !UserAdministration::roleCodes().contains(parser.value(QStringLiteral("role")))) {
        context.err << tr("--role must be one of: %1.").arg(UserAdministration::roleCodes().join(QStringLiteral(", ")))
                    << Qt::endl;
        return CliExit::UsageError;
    }
    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options(), Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    UserAdministration admin(*db);
    if (!admin.isAvailable()) {
        context.err << tr("Users and roles need a PostgreSQL team database; a local database has one user.")
                    << Qt::endl;
        return CliExit::Failure;
    }
    if (!admin.mayAdminister()) {
        context.err << tr("Only an administrator may change users.") << Qt::endl;
        return CliExit::Failure;
    }
    WriteResult result;
    if (action == QLatin1String("deactivate")) {
        result = admin.deactivate(username, parser.value(QStringLiteral("reassign-to")));
        if (result.ok())
            context.out << tr("%1 can no longer sign in; %n record(s) now belong to %2.", nullptr, result.affected)
                               .arg(username, parser.value(QStringLiteral("reassign-to")))
                        << Qt::endl;
    } else {
        const QString password = passwordFromStandardInput();
        if (action == QLatin1String("password")) {
            result = admin.resetPassword(username, password);
            if (result.ok())
                context.out << tr("The password of %1 was changed.").arg(username) << Qt::endl;
        } else {
            UserAdministration::NewUser user;
            user.username = username;
            user.displayName = parser.value(QStringLiteral("display-name"));
            user.role = parser.value(QStringLiteral("role"));
            if (parser.isSet(QStringLiteral("team"))) {
                const WriteResult team = admin.teamNamed(parser.value(QStringLiteral("team")));
                if (!team.ok()) {
                    context.err << team.message << Qt::endl;
                    return CliExit::Failure;
                }
                user.teamId = team.id;
            }
            result = admin.createUser(user, password);
            if (result.ok())
                context.out << tr("Added %1 (%2).").arg(username, UserAdministration::roleLabel(user.role)) << Qt::endl;
        }
    }
    if (!result.ok()) {
        context.err << result.message << Qt::endl;
        return result.status == WriteResult::Invalid ? CliExit::UsageError : CliExit::Failure;
    }
    return CliExit::Success;
}
