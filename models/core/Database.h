#pragma once

#include "BulkLoadDialect.h"
#include "BulkReadDialect.h"
#include "Clock.h"
#include "ConnectionSettings.h"
#include "MaintenanceDialect.h"
#include "SchemaDialect.h"
#include "SearchDialect.h"
#include "SqlDialect.h"
#include "SqliteFiles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <QList>

#include <functional>
#include <memory>

class ChangeNotifier;
class WriteHook;

// One open DeskCRM database: a named QSqlDatabase connection with its dialect, its schema brought up
// to date, and the DeskCRM user acting on it. Owns the connection; closing it removes the connection.
// Every model takes a Database& so tests and the CLI can open several side by side.
class ConnectionWatchdog;

class Database
{
public:
    using Dialect = ConnectionSettings::Dialect;

    struct Options
    {
        bool migrate = true;    // apply pending migrations (refuse a newer schema either way)
        bool ensureUser = true; // make sure a users row exists for whoever connected
        QString connectionName; // empty: a unique name is made
        int cacheMiB = 0;       // SQLite page cache of this connection; 0 = SQLite's default (2 MiB)
        // Open without writing anything (SQLite). Chosen by itself, too, when the file or its folder may not be
        // written; a schema that needs an upgrade is then refused, and every transaction says why it cannot save.
        bool readOnly = false;
        // Out: set to whether the database's schema is newer than this program's (then open() refuses it), so a
        // caller can tell that refusal from the others (deskcrm-cli exits 3).
        bool* newerSchema = nullptr;
        // Called before each migration an upgrade applies (step counts from 0) and once more at its end, on the
        // opening thread: an upgrade of a large database takes a while and the user sees how far it got.
        std::function<void(int step, int steps)> upgradeProgress;
        // Announce this connection's writes on that notifier instead of one of its own: a second connection
        // (BackgroundConnection) whose writes the first connection's lists must see.
        std::shared_ptr<ChangeNotifier> notifier = nullptr;
    };

    ~Database();
    Q_DISABLE_COPY(Database)

    // Opens, configures (SQLite pragmas), migrates and identifies the user. On failure returns nullptr
    // and a message a user can act on.
    static std::unique_ptr<Database> open(const ConnectionSettings& settings, QString* error);
    static std::unique_ptr<Database> open(const ConnectionSettings& settings, const Options& options, QString* error);

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    const ConnectionSettings& settings() const { return m_settings; }
    Dialect dialect() const { return m_settings.dialect; }
    bool isPostgres() const { return m_settings.dialect == Dialect::PostgreSQL; }
    bool isSQLite() const { return m_settings.dialect == Dialect::SQLite; }
    // True when nothing can be saved through this connection; readOnlyReason() says why in a user's words.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The message for a failed statement: the dialect's plain words for the faults users meet (busy, damaged,
    // read-only, disk full) with the driver's text after them, else the driver's text.
    QString describeError(const QSqlError& error) const;
    // The SQL that differs by dialect, one class per concern: feature code asks these, never isPostgres().
    const SqlDialect& sqlDialect() const;                 // types, literals, scripts, paging, planner hints
    const SearchDialect& searchDialect() const;           // list search through FTS5 or pg_trgm, LIKE
    const BulkLoadDialect& bulkLoadDialect() const;       // indexes, keys and triggers set aside for a load
    const BulkReadDialect& bulkReadDialect() const;       // long columns of integers read fast
    const MaintenanceDialect& maintenanceDialect() const; // checks, backup, statistics
    const SchemaDialect& schemaDialect() const;           // foreign and unique keys from the catalogue

    // The users.id of whoever acts through this connection (the local user on SQLite, the row
    // matching current_user on PostgreSQL). Written to created_by/updated_by.
    QString currentUserId() const { return m_currentUserId; }
    QString currentUserName() const { return m_currentUserName; }
    void setCurrentUser(const QString& id, const QString& name);

    int schemaVersion() const;

    // Where this database's users read the time (stamps, "today", overdue). The system clock unless a
    // test or benchmark set another; the clock must outlive the database. Clones share it.
    Clock& clock() const { return *m_clock; }

    // Announces every committed write (RecordWriter) and, later, colleagues' changes. Clones share it.
    ChangeNotifier& notifier() const { return *m_notifier; }
    // The same notifier, for a second connection to share (Options::notifier).
    std::shared_ptr<ChangeNotifier> sharedNotifier() const { return m_notifier; }
    // Hooks RecordWriter runs before each commit (audit, sync). Not owned; remove before deleting one.
    void addWriteHook(WriteHook* hook) { m_hooks.append(hook); }
    void removeWriteHook(WriteHook* hook) { m_hooks.removeAll(hook); }
    const QList<WriteHook*>& writeHooks() const { return m_hooks; }

    // The transaction primitives RecordWriter and Transaction share: begin refuses when filesIntact() fails or the
    // database is read-only, and waits up to the busy timeout for another program's write. Its error is a whole
    // message for the user.
    bool beginTransaction(QString* error) const;
    bool commitTransaction(QString* error, QSqlError* failure = nullptr) const; // rolls back when the commit fails
    // When the connection is gone (PostgreSQL restarted, network dropped: `failure` says so, or the connection's own
    // state), opens it again and redoes the session setup; true when it works again. Whatever transaction was open
    // is lost (the server rolled it back): the caller runs its whole action again. A connection that listened for
    // colleagues' changes listens again, and its notifier tells every view to reload: what was committed in the gap
    // was announced to nobody.
    bool reconnectIfLost(const QSqlError& failure = QSqlError()) const;
    void rollbackTransaction() const;
    void setClock(Clock* clock) { m_clock = clock ? clock : &Clock::system(); }

    // For the window's PostgreSQL connection: a ConnectionWatchdog cuts a call that waits for a server which stopped
    // answering, and reconnectIfLost() is not attempted until the server answers again. Call on the thread that
    // uses the connection; nothing for SQLite.
    void watchServer();
    const ConnectionWatchdog* watchdog() const { return m_watchdog.get(); }

    // A second connection to the same database (for another thread, or a test's second user).
    std::unique_ptr<Database> clone(QString* error) const;

    // False (with a message a user can act on) when a local database's files are no longer the ones this
    // connection opened: another program deleted or replaced the WAL (see SqliteFiles), so whatever this
    // connection wrote from now on would be invisible to others and lost. Every Transaction asks first.
    bool filesIntact(QString* error) const;
    // SQLite: PRAGMA journal_mode = mode (e.g. "DELETE" for a bulk load, "WAL" again afterwards); true when the
    // database is in that mode now. The files this connection watches are taken anew, since it replaced them.
    bool setJournalMode(const QString& mode);

private:
    Database(ConnectionSettings settings, QString connectionName);
    bool configure(const Options& options, QString* error);
    QStringList sessionSetup() const; // the statements every new PostgreSQL session needs
    void announceMissedChanges() const;
    bool ensureCurrentUser(QString* error);
    QString readOnlyRefusal() const;

    ConnectionSettings m_settings;
    QString m_connectionName;
    QString m_currentUserId;
    QString m_currentUserName;
    Clock* m_clock = &Clock::system();
    std::shared_ptr<ChangeNotifier> m_notifier;
    QList<WriteHook*> m_hooks;
    std::unique_ptr<WriteHook> m_auditHook; // AuditTriggers::makeHook(), where the dialect needs one
    std::unique_ptr<WriteHook> m_syncHook;  // SyncReplica::attach(): the outbox of a replica
    bool m_registeredFile = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    SqliteFiles::Identity m_files;
    std::unique_ptr<ConnectionWatchdog> m_watchdog;
};

// RAII transaction: rolls back unless commit() succeeded. One user action = one of these.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Q_DISABLE_COPY(Transaction)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
