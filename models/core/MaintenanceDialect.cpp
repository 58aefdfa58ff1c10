#include "MaintenanceDialect.h"

#include "NameCollation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

// The messages keep the contexts of the classes that show them (DatabaseCheck, DatabaseBackup), spelled out for
// lupdate.
namespace {
// More lines than this from one check say nothing new; the count is given instead.
constexpr int kMaxReported = 20;

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

// True when SQLite may not write through this connection (opened read-only, or the file forbids it).
bool isReadOnly(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    return db && sqlite3_db_readonly(db, "main") == 1;
}

class SqliteMaintenanceDialect final : public MaintenanceDialect
{
public:
    void check(const QSqlDatabase& connection, QStringList* passed, QStringList* problems,
               QStringList* skipped) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems->append(QCoreApplication::translate("DatabaseCheck", "The integrity check could not run: %1")
                                 .arg(q.lastError().text()));
        } else {
            QStringList messages;
            while (q.next())
                messages.append(q.value(0).toString());
            if (messages == QStringList{QStringLiteral("ok")})
                passed->append(QCoreApplication::translate("DatabaseCheck", "SQLite integrity check: ok."));
            else
                for (const QString& message : messages.mid(0, kMaxReported))
                    problems->append(
                        QCoreApplication::translate("DatabaseCheck", "SQLite integrity check: %1").arg(message));
        }

        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            problems->append(QCoreApplication::translate("DatabaseCheck", "The foreign key check could not run: %1")
                                 .arg(q.lastError().text()));
        } else {
            int count = 0;
            while (q.next()) {
                // Columns: table, rowid, parent table, foreign key index.
                if (++count <= kMaxReported)
                    problems->append(
                        QCoreApplication::translate("DatabaseCheck", "Row %1 of %2 refers to a missing row of %3.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
            }
            if (count == 0)
                passed->append(QCoreApplication::translate(
                    "DatabaseCheck", "Every reference between tables points to an existing row."));
            else if (count > kMaxReported)
                problems->append(
                    QCoreApplication::translate("DatabaseCheck", "%n broken reference(s) in all.", nullptr, count));
        }

        if (connection.tables().contains(QStringLiteral("customers_fts"))) {
            // FTS5 compares its index with the customers table; a mismatch means search misses rows. It does so
            // only as a write ("INSERT … 'integrity-check'"), which a read-only file refuses, so there the check
            // is skipped rather than reported as a broken index.
            if (isReadOnly(connection))
                skipped->append(QCoreApplication::translate(
                    "DatabaseCheck", "The customer search index was not checked: the database is read-only here, "
                                     "and SQLite checks that index only with write access."));
            else if (q.exec(QStringLiteral(
                         "INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)")))
                passed->append(
                    QCoreApplication::translate("DatabaseCheck", "The customer search index matches the customers."));
            else
                problems->append(
                    QCoreApplication::translate(
                        "DatabaseCheck", "The customer search index does not match the customers (%1): rebuild it.")
                        .arg(q.lastError().text()));
        }
    }

    QString explain(const QSqlError& error, const QString& database) const override
    {
        // Qt does not turn on SQLite's extended codes: these are the primary result codes.
        switch (error.nativeErrorCode().toInt()) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return QCoreApplication::translate(
                "DatabaseCheck",
                "The database is busy: another program is writing to it (another DeskCRM window, a backup or "
                "sync tool, deskcrm-cli). Nothing was saved. Wait a moment and try again; if it stays busy, "
                "close the other program.");
        case SQLITE_NOTADB:
            return QCoreApplication::translate(
                       "DatabaseCheck",
                       "%1 is not a DeskCRM database, or it is damaged so badly that it cannot be read. DeskCRM did "
                       "not change it. If it held your data, restore it from a backup: File > Restore… in DeskCRM, or "
                       "deskcrm-cli restore --from BACKUP_FILE.")
                .arg(database);
        case SQLITE_CORRUPT:
            return QCoreApplication::translate(
                       "DatabaseCheck",
                       "%1 is damaged: part of it is missing or overwritten (a copy or sync that did not finish, a "
                       "disk fault). DeskCRM did not change it. Restore it from a backup: File > Restore… in "
                       "DeskCRM, or deskcrm-cli restore --from BACKUP_FILE.")
                .arg(database);
        case SQLITE_READONLY:
            return QCoreApplication::translate("DatabaseCheck",
                                               "%1 is read-only for you, so nothing was saved. Ask whoever manages "
                                               "the file for write access, or open a copy in a folder of your own.")
                .arg(database);
        case SQLITE_FULL:
            return QCoreApplication::translate("DatabaseCheck",
                                               "The disk that holds %1 is full, so nothing was saved. Free some "
                                               "space, then save again.")
                .arg(database);
        default:
            return {};
        }
    }

    bool backupSupported(QString*) const override { return true; }

    bool copyTo(const QSqlDatabase& connection, const QString& path, QString* error) const override
    {
        const auto fail = [error](const QString& message) {
            if (error)
                *error = message;
            return false;
        };
        const QVariant handle = connection.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return fail(QCoreApplication::translate(
                "DatabaseBackup", "The SQLite driver does not expose its connection; cannot back up."));
        sqlite3* sourceHandle = *static_cast<sqlite3* const*>(handle.constData());
        if (!sourceHandle)
            return fail(QCoreApplication::translate("DatabaseBackup", "The database is not open; cannot back up."));

        SqliteHandle destination;
        const QByteArray name = QFile::encodeName(path);
        int rc =
            sqlite3_open_v2(name.constData(), &destination.handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK)
            return fail(QCoreApplication::translate("DatabaseBackup", "Cannot create %1: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 QString::fromUtf8(destination.handle ? sqlite3_errmsg(destination.handle)
                                                                      : sqlite3_errstr(rc))));
        sqlite3_backup* backup = sqlite3_backup_init(destination.handle, "main", sourceHandle, "main");
        if (!backup)
            return fail(QCoreApplication::translate("DatabaseBackup", "The backup could not start: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(destination.handle))));
        // All pages in one step: one read transaction on the source, so the copy is one consistent snapshot and
        // other writers (WAL) are not blocked meanwhile.
        do {
            rc = sqlite3_backup_step(backup, -1);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return fail(QCoreApplication::translate("DatabaseBackup", "The backup failed: %1")
                            .arg(QString::fromUtf8(sqlite3_errstr(rc))));
        // quick_check reads the name indexes, which needs their collation on this handle too.
        NameCollation::install(destination.handle, nullptr);
        // The copy keeps the source's WAL mode; a single self-contained file travels better.
        sqlite3_exec(destination.handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_stmt* check = nullptr;
        const bool ok =
            sqlite3_prepare_v2(destination.handle, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW &&
            qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok") == 0;
        if (!ok && error)
            *error = QCoreApplication::translate("DatabaseBackup", "The backup copy failed its check: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(destination.handle)));
        sqlite3_finalize(check);
        return ok;
    }

    bool restoreSupported(QString*) const override { return true; }

    bool copyFrom(const QSqlDatabase& connection, const QString& path, QString* error) const override
    {
        const auto fail = [error](const QString& message) {
            if (error)
                *error = message;
            return false;
        };
        sqlite3* destinationHandle = handleOf(connection);
        if (!destinationHandle)
            return fail(QCoreApplication::translate(
                "DatabaseBackup", "The SQLite driver does not expose its connection; cannot restore."));

        SqliteHandle source;
        const QByteArray name = QFile::encodeName(path);
        int rc = sqlite3_open_v2(name.constData(), &source.handle, SQLITE_OPEN_READONLY, nullptr);
        if (rc != SQLITE_OK)
            return fail(
                QCoreApplication::translate("DatabaseBackup", "Cannot open %1: %2")
                    .arg(QDir::toNativeSeparators(path),
                         QString::fromUtf8(source.handle ? sqlite3_errmsg(source.handle) : sqlite3_errstr(rc))));
        // The backup API writes into the open database through its own pager, inside one write transaction: the
        // files stay where they are (other processes keep valid descriptors and locks), and a failure part-way
        // rolls back like any other write.
        sqlite3_backup* backup = sqlite3_backup_init(destinationHandle, "main", source.handle, "main");
        if (!backup)
            return fail(QCoreApplication::translate("DatabaseBackup", "The restore could not start: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(destinationHandle))));
        // Another writer holds the database: wait for it a while (the busy timeout has already waited on each
        // try), but do not wait forever.
        int busyTries = 0;
        do {
            rc = sqlite3_backup_step(backup, -1);
            if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busyTries <= kBusyTries)
                sqlite3_sleep(100);
            else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                break;
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            return fail(QCoreApplication::translate("DatabaseBackup",
                                                    "The database is busy: another program is writing to it. Close "
                                                    "it and try again. Nothing was changed."));
        if (rc != SQLITE_DONE)
            return fail(QCoreApplication::translate("DatabaseBackup", "The restore failed: %1. Nothing was changed.")
                            .arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return true;
    }

    QString afterLoad() const override { return QStringLiteral("ANALYZE"); }

private:
    static constexpr int kBusyTries = 50;

    static sqlite3* handleOf(const QSqlDatabase& connection)
    {
        const QVariant handle = connection.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3* const*>(handle.constData());
    }
};

class PostgresMaintenanceDialect final : public MaintenanceDialect
{
public:
    void check(const QSqlDatabase& connection, QStringList* passed, QStringList* problems, QStringList*) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")) || !q.next())
            problems->append(QCoreApplication::translate(
                "DatabaseCheck", "The PostgreSQL extension pg_trgm, which customer search needs, is not installed."));
        else
            passed->append(QCoreApplication::translate("DatabaseCheck", "The search extension pg_trgm is installed."));

        // An index left invalid by an interrupted CREATE INDEX CONCURRENTLY is ignored by queries.
        if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) "
                                   "ORDER BY c.relname"))) {
            problems->append(QCoreApplication::translate("DatabaseCheck", "The index check could not run: %1")
                                 .arg(q.lastError().text()));
        } else {
            QStringList invalid;
            while (q.next())
                invalid.append(q.value(0).toString());
            if (invalid.isEmpty())
                passed->append(QCoreApplication::translate("DatabaseCheck", "Every index is valid."));
            else
                problems->append(
                    QCoreApplication::translate("DatabaseCheck", "Invalid indexes (rebuild them with REINDEX): %1")
                        .arg(invalid.join(QStringLiteral(", "))));
        }

        // Foreign keys created NOT VALID or disabled triggers let broken references in.
        if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                                   "WHERE contype = 'f' AND NOT convalidated AND connamespace = "
                                   "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY 1, 2"))) {
            problems->append(QCoreApplication::translate("DatabaseCheck", "The foreign key check could not run: %1")
                                 .arg(q.lastError().text()));
        } else {
            QStringList unvalidated;
            while (q.next())
                unvalidated.append(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString());
            if (unvalidated.isEmpty())
                passed->append(QCoreApplication::translate("DatabaseCheck", "Every foreign key is validated."));
            else
                problems->append(QCoreApplication::translate("DatabaseCheck", "Foreign keys not validated: %1")
                                     .arg(unvalidated.join(QStringLiteral(", "))));
        }
    }

    QString explain(const QSqlError& error, const QString& database) const override
    {
        const QString state = error.nativeErrorCode();
        if (state == QLatin1String("57014")) // query_canceled: the statement_timeout the window's connection has
            return QCoreApplication::translate(
                       "DatabaseCheck",
                       "The server %1 did not answer in time, so DeskCRM stopped waiting and nothing was saved. "
                       "Your changes are still on screen: try again in a moment. If it keeps happening, the server "
                       "is overloaded; its administrator can look at it.")
                .arg(database);
        if (state.startsWith(QLatin1String("08"))) // connection_exception: the server went away mid-session
            return QCoreApplication::translate(
                       "DatabaseCheck",
                       "The connection to the server %1 was lost (network or server restart), so nothing was saved. "
                       "Your changes are still on screen: check the network, then save again.")
                .arg(database);
        if (error.type() == QSqlError::ConnectionError) {
            // libpq gives no code for these, only its (English, unless its catalogue for the user's language is
            // installed) text; unmatched, the user still gets that text.
            const QString text = error.databaseText();
            if (text.contains(QLatin1String("does not support SSL")))
                return QCoreApplication::translate(
                           "DatabaseCheck",
                           "The server %1 does not offer an encrypted connection, and this connection requires one, "
                           "so DeskCRM did not connect: it never sends your password and customers unencrypted "
                           "when told not to. Ask the server's administrator to turn on TLS (ssl = on).")
                    .arg(database);
            if (text.contains(QLatin1String("certificate")))
                return QCoreApplication::translate(
                           "DatabaseCheck",
                           "The server %1 could not prove who it is: its certificate does not name this server or "
                           "is not signed by an authority this computer trusts. DeskCRM did not connect, because "
                           "someone could be listening in between. Check the server name, or ask the administrator "
                           "for the server's CA certificate (saved as ~/.postgresql/root.crt).")
                    .arg(database);
        }
        return {};
    }

    bool backupSupported(QString* instead) const override
    {
        if (instead)
            *instead = QCoreApplication::translate(
                "DatabaseBackup", "DeskCRM backs up SQLite databases only. Back up a PostgreSQL database on the server "
                                  "with pg_dump (for example: pg_dump --format=custom --file=deskcrm.dump DATABASE).");
        return false;
    }

    bool copyTo(const QSqlDatabase&, const QString&, QString* error) const override { return backupSupported(error); }

    bool restoreSupported(QString* instead) const override
    {
        if (instead)
            *instead = QCoreApplication::translate(
                "DatabaseBackup",
                "DeskCRM restores SQLite databases only. Restore a PostgreSQL database on the server with pg_restore "
                "(for example: pg_restore --clean --if-exists --no-owner --dbname=DATABASE deskcrm.dump), then "
                "verify it with deskcrm-cli check.");
        return false;
    }

    bool copyFrom(const QSqlDatabase&, const QString&, QString* error) const override
    {
        return restoreSupported(error);
    }

    QString afterLoad() const override { return QStringLiteral("VACUUM ANALYZE"); }
};
} // namespace

MaintenanceDialect::~MaintenanceDialect() = default;

const MaintenanceDialect& MaintenanceDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteMaintenanceDialect sqlite;
    static const PostgresMaintenanceDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}
