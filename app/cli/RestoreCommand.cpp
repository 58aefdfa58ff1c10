#include "RestoreCommand.h"

#include "Clock.h"
#include "DatabaseBackup.h"
#include "DatabaseCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

QString RestoreCommand::summary() const
{
    return tr("Replace a SQLite database with a backup, saving the current one first (PostgreSQL: use pg_restore).");
}

void RestoreCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("from"), tr("The backup FILE to restore (checked before anything is replaced)."), tr("FILE")});
}

int RestoreCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString from = parser.value(QStringLiteral("from"));
    if (from.isEmpty()) {
        context.err << tr("Name the backup to restore with --from FILE.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (context.settings.dialect == ConnectionSettings::Dialect::PostgreSQL) {
        // Said before connecting: the answer does not depend on the server.
        context.err << tr("deskcrm-cli restores SQLite databases only. Restore PostgreSQL on the server with "
                          "pg_restore, for example: pg_restore --clean --if-exists --no-owner --dbname=%1 "
                          "deskcrm.dump, then check it with: deskcrm-cli --database %1 check")
                           .arg(context.settings.displayName())
                    << Qt::endl;
        return CliExit::Failure;
    }
    const QString nativeFrom = QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath());
    const QString nativeDatabase = QDir::toNativeSeparators(QFileInfo(context.settings.path).absoluteFilePath());
    int exitCode = CliExit::Success;
    // A database too damaged to open cannot take a restore into itself: it is kept under another name instead.
    const DatabaseBackup::Inspection current = DatabaseBackup::inspect(context.settings.path);
    if (current.status == DatabaseBackup::Inspection::Damaged ||
        current.status == DatabaseBackup::Inspection::NotADatabase) {
        context.err << current.message << Qt::endl;
        context.err << tr("Checking %1 …").arg(nativeFrom) << Qt::endl;
        DatabaseBackup::Restored restored;
        if (!DatabaseBackup::replaceDamaged(context.settings.path, from, Clock::system(), &restored)) {
            context.err << restored.error << Qt::endl;
            return restored.inspection.status == DatabaseBackup::Inspection::NewerSchema ? CliExit::NewerSchema
                                                                                         : CliExit::Failure;
        }
        context.out
            << tr("Kept the damaged %1 as %2.").arg(nativeDatabase, QDir::toNativeSeparators(restored.savedCopy))
            << Qt::endl;
        context.out << tr("Restored %1 from %2.").arg(nativeDatabase, nativeFrom) << Qt::endl;
    } else {
        // The current database as it is: no upgrade, no user row, nothing written before the copy.
        Database::Options options;
        options.migrate = false;
        options.ensureUser = false;
        auto db = openDatabase(context, options, Existing::Required, &exitCode);
        if (!db)
            return exitCode;
        context.err << tr("Checking %1 …").arg(nativeFrom) << Qt::endl;
        DatabaseBackup::Restored restored;
        if (!DatabaseBackup(*db).restoreFrom(from, &restored)) {
            context.err << restored.error << Qt::endl;
            return restored.inspection.status == DatabaseBackup::Inspection::NewerSchema ? CliExit::NewerSchema
                                                                                         : CliExit::Failure;
        }
        context.out << tr("Saved the previous content of %1 to %2.")
                           .arg(nativeDatabase, QDir::toNativeSeparators(restored.savedCopy))
                    << Qt::endl;
        context.out << tr("Restored %1 from %2.").arg(nativeDatabase, nativeFrom) << Qt::endl;
    }

    // Opened as DeskCRM opens it: a backup from an older version is upgraded now, not on the next start.
    int before = 0;
    {
        Database::Options look;
        look.migrate = false;
        look.ensureUser = false;
        auto db = openDatabase(context, look, Existing::Required, &exitCode);
        if (!db)
            return exitCode;
        before = db->schemaVersion();
    }
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    if (db->schemaVersion() > before)
        context.out << tr("Upgraded the schema from version %1 to version %2.").arg(before).arg(db->schemaVersion())
                    << Qt::endl;
    const DatabaseCheck::Result result = DatabaseCheck(*db).run();
    for (const QString& line : result.passed)
        context.out << tr("  ok: %1").arg(line) << Qt::endl;
    for (const QString& line : result.problems)
        context.out << tr("  PROBLEM: %1").arg(line) << Qt::endl;
    if (!result.ok()) {
        context.out << tr("%n problem(s) found in the restored database.", nullptr,
                          static_cast<int>(result.problems.size()))
                    << Qt::endl;
        return CliExit::ProblemsFound;
    }
    context.out << tr("No problems found.") << Qt::endl;
    return CliExit::Success;
}
