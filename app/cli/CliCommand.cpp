#include "CliCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

void CliCommand::addOptions(QCommandLineParser& parser) const
{
    Q_UNUSED(parser)
}

std::unique_ptr<Database> CliCommand::openDatabase(CliContext& context, const Database::Options& options,
                                                   Existing existing, int* exitCode)
{
    const ConnectionSettings& settings = context.settings;
    // Opening a missing SQLite file would create an empty database: wrong for check and backup.
    if (existing == Existing::Required && settings.dialect == ConnectionSettings::Dialect::SQLite &&
        settings.path != QLatin1String(":memory:") && !QFileInfo::exists(settings.path)) {
        context.err << tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(settings.path)) << Qt::endl;
        *exitCode = CliExit::Failure;
        return nullptr;
    }
    QString error;
    bool newer = false;
    Database::Options opening = options;
    opening.newerSchema = &newer;
    auto db = Database::open(settings, opening, &error);
    if (!db) {
        context.err << error << Qt::endl;
        *exitCode = newer ? CliExit::NewerSchema : CliExit::Failure;
    }
    return db;
}
