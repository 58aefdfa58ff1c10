#include "DatabaseBackup.h"

#include "Clock.h"

#include "Database.h"
#include "MaintenanceDialect.h"
#include "NameCollation.h"
#include "SchemaMigrator.h"
#include "SqliteFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

DatabaseBackup::DatabaseBackup(const Database& db) : m_db(db) {}

bool DatabaseBackup::backupTo(const QString& filePath, const Options& options, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const MaintenanceDialect& dialect = m_db.maintenanceDialect();
    QString instead;
    if (!dialect.backupSupported(&instead))
        return fail(instead);

    const QFileInfo target(filePath);
    const QString nativeTarget = QDir::toNativeSeparators(target.absoluteFilePath());
    if (filePath.trimmed().isEmpty())
        return fail(tr("No backup file given."));
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(tr("%1 is a folder; give a file name for the backup.").arg(nativeTarget));
    if (target.exists() && !options.overwrite)
        return fail(tr("The file %1 already exists; choose another name or allow overwriting.").arg(nativeTarget));
    const QFileInfo source(m_db.settings().path);
    if (source.exists() && target.exists() && source.canonicalFilePath() == target.canonicalFilePath())
        return fail(tr("The backup cannot overwrite the database it copies."));

    // Build the copy under a temporary name, so a failure never leaves a half-written backup
    // where the real one is expected.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QString message;
    bool ok = dialect.copyTo(m_db.connection(), partial, &message);
    if (ok && target.exists() && !QFile::remove(target.absoluteFilePath())) {
        ok = false;
        message = tr("Cannot replace %1.").arg(nativeTarget);
    }
    if (ok && !QFile::rename(partial, target.absoluteFilePath())) {
        ok = false;
        message = tr("Cannot move the backup to %1.").arg(nativeTarget);
    }
    if (!ok) {
        QFile::remove(partial);
        return fail(message);
    }
    return true;
}

DatabaseBackup::Inspection DatabaseBackup::inspect(const QString& filePath)
{
    Inspection result;
    const QString native = QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    const auto refuse = [&result](Inspection::Status status, const QString& message) {
        result.status = status;
        result.message = message;
        return result;
    };
    // Opening an open database's -wal or -shm as a database, or the database itself through a second handle of
    // our own choosing, is what breaks SQLite's locks (see SqliteFiles).
    if (SqliteFiles::isOpenDatabaseFile(filePath))
        return refuse(
            Inspection::OpenDatabase,
            tr("%1 is a database DeskCRM has open (or one of its working files); choose a backup file.").arg(native));
    const QFileInfo info(filePath);
    if (!info.exists())
        return refuse(Inspection::Missing, tr("The file %1 does not exist.").arg(native));
    if (!info.isFile() || !info.isReadable())
        return refuse(Inspection::Unreadable, tr("The file %1 cannot be read.").arg(native));

    static QAtomicInt counter;
    const QString connectionName = QStringLiteral("deskcrm-inspect-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // With no -wal beside it the file is whole, and "immutable" reads it without making -wal and -shm files:
        // looking at a file leaves nothing behind (a refused database stays exactly as it was).
        if (QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"))) {
            file.setDatabaseName(info.absoluteFilePath());
            file.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            file.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?mode=ro&immutable=1"));
            file.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!file.open()) {
            refuse(Inspection::Unreadable,
                   tr("The file %1 cannot be opened: %2").arg(native, file.lastError().text().trimmed()));
        } else {
            // The name indexes cannot be checked without their collation.
            NameCollation::install(file, nullptr);
            QSqlQuery q(file);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                // SQLITE_NOTADB (26): not an SQLite file at all; anything else: a damaged one.
                if (q.lastError().nativeErrorCode() == QLatin1String("26"))
                    refuse(Inspection::NotADatabase,
                           tr("%1 is not a DeskCRM database (not an SQLite file).").arg(native));
                else
                    refuse(Inspection::Damaged,
                           tr("%1 is damaged and cannot be restored: %2").arg(native, q.lastError().text().trimmed()));
            } else {
                QStringList messages;
                while (q.next())
                    messages.append(q.value(0).toString());
                q.finish();
                if (messages != QStringList{QStringLiteral("ok")}) {
                    refuse(Inspection::Damaged, tr("%1 is damaged and cannot be restored (integrity check: %2).")
                                                    .arg(native, messages.mid(0, 3).join(QStringLiteral("; "))));
                } else if (!file.tables().contains(QStringLiteral("schema_migrations")) ||
                           !file.tables().contains(QStringLiteral("customers"))) {
                    refuse(Inspection::NotDeskCrm, tr("%1 is an SQLite database, but not a DeskCRM one.").arg(native));
                } else if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next()) {
                    refuse(
                        Inspection::Damaged,
                        tr("The schema version of %1 cannot be read: %2").arg(native, q.lastError().text().trimmed()));
                } else {
                    result.schemaVersion = q.value(0).toInt();
                    q.finish();
                    if (result.schemaVersion > SchemaMigrator::latestVersion())
                        refuse(Inspection::NewerSchema,
                               tr("%1 was written by a newer DeskCRM (schema version %2; this program knows up to "
                                  "version %3). Update DeskCRM to restore it.")
                                   .arg(native)
                                   .arg(result.schemaVersion)
                                   .arg(SchemaMigrator::latestVersion()));
                    else if (result.schemaVersion < 1)
                        refuse(Inspection::NotDeskCrm, tr("%1 has no DeskCRM schema.").arg(native));
                    else
                        result.status = Inspection::Ok;
                }
            }
            file.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

QString DatabaseBackup::beforeRestorePath() const
{
    const QFileInfo database(m_db.settings().path);
    const QString stamp = m_db.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = database.absoluteDir().filePath(
        QStringLiteral("%1-before-restore-%2.sqlite").arg(database.completeBaseName(), stamp));
    // Two restores within a second keep both previous contents.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = database.absoluteDir().filePath(
            QStringLiteral("%1-before-restore-%2-%3.sqlite").arg(database.completeBaseName(), stamp).arg(n));
    return path;
}

bool DatabaseBackup::restoreFrom(const QString& filePath, Restored* result, const QString& saveTo) const
{
    Restored ignored;
    Restored& out = result ? *result : ignored;
    out = Restored{};
    const MaintenanceDialect& dialect = m_db.maintenanceDialect();
    QString instead;
    if (!dialect.restoreSupported(&instead)) {
        out.error = instead;
        return false;
    }
    const QFileInfo source(filePath);
    if (source.exists() && source.canonicalFilePath() == QFileInfo(m_db.settings().path).canonicalFilePath()) {
        out.inspection.status = Inspection::OpenDatabase;
        out.error = tr("%1 is the database itself; choose a backup file. The database was not changed.")
                        .arg(QDir::toNativeSeparators(source.absoluteFilePath()));
        return false;
    }
    out.inspection = inspect(filePath);
    if (!out.inspection.ok()) {
        //: %1 is why the file was refused, a full sentence
        out.error = tr("%1 The database was not changed.").arg(out.inspection.message);
        return false;
    }
    // The current content first: a restore from the wrong file must be undoable.
    const QString saved = saveTo.isEmpty() ? beforeRestorePath() : saveTo;
    QString error;
    if (!backupTo(saved, &error)) {
        out.error = tr("The current database could not be saved first, so nothing was restored: %1").arg(error);
        return false;
    }
    out.savedCopy = saved;
    if (!dialect.copyFrom(m_db.connection(), filePath, &error)) {
        out.error = error;
        return false;
    }
    return true;
}

bool DatabaseBackup::replaceDamaged(const QString& databasePath, const QString& filePath, const Clock& clock,
                                    Restored* result)
{
    Restored ignored;
    Restored& out = result ? *result : ignored;
    out = Restored{};
    const QFileInfo database(databasePath);
    const QString nativeDatabase = QDir::toNativeSeparators(database.absoluteFilePath());
    const Inspection current = inspect(databasePath);
    if (current.status != Inspection::Damaged && current.status != Inspection::NotADatabase) {
        out.error =
            tr("%1 is not damaged, so it was not replaced: open it and restore into it instead.").arg(nativeDatabase);
        return false;
    }
    out.inspection = inspect(filePath);
    if (!out.inspection.ok()) {
        out.error = tr("%1 The database was not changed.").arg(out.inspection.message);
        return false;
    }
    const QDir dir = database.absoluteDir();
    const QString stamp = clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = dir.filePath(QStringLiteral("%1-damaged-%2.sqlite").arg(database.completeBaseName(), stamp));
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = dir.filePath(QStringLiteral("%1-damaged-%2-%3.sqlite").arg(database.completeBaseName(), stamp).arg(n));

    // The copy is made before anything moves, so a full disk leaves the damaged file where it was.
    const QString incoming = dir.filePath(QStringLiteral(".%1-restoring.sqlite").arg(database.completeBaseName()));
    QFile::remove(incoming);
    QFile source(filePath);
    if (!source.copy(incoming)) {
        QFile::remove(incoming);
        out.error = tr("%1 could not be copied beside the database (%2). The database was not changed.")
                        .arg(QDir::toNativeSeparators(filePath), source.errorString());
        return false;
    }
    QList<QPair<QString, QString>> moved;
    const auto undo = [&moved, &incoming] {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            QFile::rename(it->second, it->first);
        QFile::remove(incoming);
    };
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString from = database.absoluteFilePath() + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + suffix)) {
            undo();
            out.error =
                tr("%1 could not be moved aside. The database was not changed.").arg(QDir::toNativeSeparators(from));
            return false;
        }
        moved.append({from, aside + suffix});
    }
    if (!QFile::rename(incoming, database.absoluteFilePath())) {
        undo();
        out.error = tr("The backup could not be put in place of %1. The database was not changed.").arg(nativeDatabase);
        return false;
    }
    out.savedCopy = aside;
    return true;
}
