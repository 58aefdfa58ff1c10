#include "InitCommand.h"

#include "SchemaMigrator.h"

QString InitCommand::summary() const
{
    return tr("Create the database schema, or upgrade it to this program's version.");
}

int InitCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    Q_UNUSED(parser)
    int exitCode = CliExit::Success;
    // Look first without changing anything, to say what the upgrade did.
    int before = 0;
    {
        Database::Options look;
        look.migrate = false;
        look.ensureUser = false;
        auto db = openDatabase(context, look, Existing::MayCreate, &exitCode);
        if (!db)
            return exitCode;
        before = db->schemaVersion();
    }
    auto db = openDatabase(context, Database::Options{}, Existing::MayCreate, &exitCode);
    if (!db)
        return exitCode;
    const int after = db->schemaVersion();
    context.out << tr("Database: %1").arg(context.settings.displayName()) << Qt::endl;
    if (before == 0)
        context.out << tr("Created the schema, version %1.").arg(after) << Qt::endl;
    else if (before < after)
        context.out << tr("Upgraded the schema from version %1 to version %2.").arg(before).arg(after) << Qt::endl;
    else
        context.out << tr("The schema is up to date, version %1.").arg(after) << Qt::endl;
    return CliExit::Success;
}
