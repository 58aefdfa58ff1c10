#include "BackupCommand.h"

#include "DatabaseBackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

QString BackupCommand::summary() const
{
    return tr("Copy a SQLite database to a file while it may be in use (PostgreSQL: use pg_dump).");
}

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the backup to FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("overwrite"), tr("Replace FILE if it already exists.")});
}

int BackupCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << tr("Name the backup file with --output FILE.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (context.settings.dialect == ConnectionSettings::Dialect::PostgreSQL) {
        // Said before connecting: the answer does not depend on the server.
        context.err << tr("deskcrm-cli backs up SQLite databases only. Back up PostgreSQL on the server with "
                          "pg_dump, for example: pg_dump --format=custom --file=deskcrm.dump %1")
                           .arg(context.settings.database)
                    << Qt::endl;
        return CliExit::Failure;
    }
    int exitCode = CliExit::Success;
    Database::Options options;
    options.migrate = false;
    options.ensureUser = false;
    auto db = openDatabase(context, options, Existing::Required, &exitCode);
    if (!db)
        return exitCode;

    DatabaseBackup::Options backupOptions;
    backupOptions.overwrite = parser.isSet(QStringLiteral("overwrite"));
    QString error;
    if (!DatabaseBackup(*db).backupTo(output, backupOptions, &error)) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    const QFileInfo written(output);
    context.out << tr("Backed up %1 to %2 (%3).")
                       .arg(context.settings.displayName(), QDir::toNativeSeparators(written.absoluteFilePath()),
                            QLocale().formattedDataSize(written.size()))
                << Qt::endl;
    return CliExit::Success;
}
