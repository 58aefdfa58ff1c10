#include "DatabaseBackup.h"

#include "Database.h"
#include "NameCollation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {
// Closes a destination handle on every path out.
struct SqliteHandle
{
    sqlite3* handle = nullptr;
    ~SqliteHandle()
    {
        if (handle)
            sqlite3_close_v2(handle);
    }
};
} // namespace

DatabaseBackup::DatabaseBackup(const Database& db) : m_db(db)
{
}

bool DatabaseBackup::backupTo(const QString& filePath, const Options& options, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_db.isPostgres())
        return fail(tr("DeskCRM backs up SQLite databases only. Back up a PostgreSQL database on the server with "
                       "pg_dump (for example: pg_dump --format=custom --file=deskcrm.dump DATABASE)."));

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

    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(tr("The SQLite driver does not expose its connection; cannot back up."));
    sqlite3* sourceHandle = *static_cast<sqlite3* const*>(handle.constData());
    if (!sourceHandle)
        return fail(tr("The database is not open; cannot back up."));

    // Build the copy under a temporary name, so a failure never leaves a half-written backup
    // where the real one is expected.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    bool ok = false;
    QString message;
    {
        SqliteHandle destination;
        const QByteArray partialName = QFile::encodeName(partial);
        int rc = sqlite3_open_v2(partialName.constData(), &destination.handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK) {
            message = tr("Cannot create %1: %2")
                          .arg(QDir::toNativeSeparators(partial),
                               QString::fromUtf8(destination.handle ? sqlite3_errmsg(destination.handle)
                                                                    : sqlite3_errstr(rc)));
        } else if (sqlite3_backup* backup = sqlite3_backup_init(destination.handle, "main", sourceHandle, "main")) {
            // All pages in one step: one read transaction on the source, so the copy is one
            // consistent snapshot and other writers (WAL) are not blocked meanwhile.
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE) {
                message = tr("The backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
            } else {
                // quick_check reads the name indexes, which needs their collation on this handle too.
                NameCollation::install(destination.handle, nullptr);
                // The copy keeps the source's WAL mode; a single self-contained file travels better.
                sqlite3_exec(destination.handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
                sqlite3_stmt* check = nullptr;
                if (sqlite3_prepare_v2(destination.handle, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
                    sqlite3_step(check) == SQLITE_ROW &&
                    qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok") == 0)
                    ok = true;
                else
                    message = tr("The backup copy failed its check: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(destination.handle)));
                sqlite3_finalize(check);
            }
        } else {
            message = tr("The backup could not start: %1").arg(QString::fromUtf8(sqlite3_errmsg(destination.handle)));
        }
    }
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
