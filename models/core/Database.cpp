#include "Database.h"

#include "ConnectionWatchdog.h"
#include "RoleDialect.h"

#include "AuditDialect.h"
#include "AuditTriggers.h"
#include "ChangeNotifier.h"
#include "NameCollation.h"
#include "RecordWriter.h"
#include "RowSecurity.h"
#include "SchemaMigrator.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "SyncReplica.h"
#include "SyncTables.h"
#include "Uuid.h"
#include "WriteHook.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("deskcrm-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

// Tells the notifier which server session this connection is, so the live-update listener knows its notifications
// (and those of every connection sharing the notifier) for changes already announced. Nothing on SQLite.
void registerSession(const QSqlDatabase& connection, const QString& connectionName, ChangeNotifier& notifier,
                     ConnectionSettings::Dialect dialect)
{
    const QString query = AuditDialect::of(dialect).sessionQuery();
    if (query.isEmpty())
        return;
    QSqlQuery q(connection);
    if (q.exec(query) && q.next())
        notifier.setLocalSession(connectionName, q.value(0).toLongLong());
    else
        notifier.removeLocalSession(connectionName);
}
} // namespace

Database::Database(ConnectionSettings settings, QString connectionName)
    : m_settings(std::move(settings)), m_connectionName(std::move(connectionName)),
      m_notifier(std::make_shared<ChangeNotifier>())
{
}

Database::~Database()
{
    m_notifier->removeLocalSession(m_connectionName);
    m_watchdog.reset(); // before the connection it watches
    if (m_registeredFile)
        SqliteFiles::unregisterOpen(m_settings.path);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const ConnectionSettings& settings, QString* error)
{
    return open(settings, Options{}, error);
}

std::unique_ptr<Database> Database::open(const ConnectionSettings& settings, const Options& options, QString* error)
{
    const QString name = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    std::unique_ptr<Database> database(new Database(settings, name));
    if (options.notifier)
        database->m_notifier = options.notifier;

    const bool sqlite = settings.dialect == Dialect::SQLite;
    const bool memory = sqlite && settings.path == QLatin1String(":memory:");
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        if (error)
            *error = tr("The Qt SQL driver %1 is not installed.").arg(driver);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (sqlite) {
        QString fileName = settings.path;
        QStringList connectOptions{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(settings.effectiveBusyTimeoutMs())};
        if (!memory) {
            const QFileInfo info(settings.path);
            const QString folder = QDir::toNativeSeparators(info.absolutePath());
            if (options.readOnly) {
                database->m_readOnly = true;
                database->m_readOnlyReason = tr("opened for viewing only");
            } else if (info.exists() && !info.isWritable()) {
                database->m_readOnly = true;
                database->m_readOnlyReason = tr("you may not change the file %1").arg(settings.displayName());
            } else if (info.exists() && !QFileInfo(info.absolutePath()).isWritable()) {
                // SQLite writes its journal beside the file, so a locked folder makes the file read-only too.
                database->m_readOnly = true;
                database->m_readOnlyReason = tr("you may not change the folder %1").arg(folder);
            }
            if (database->m_readOnly && !info.exists()) {
                if (error)
                    *error = tr("The database %1 does not exist.").arg(settings.displayName());
                return nullptr;
            }
            if (!database->m_readOnly && !QDir().mkpath(info.absolutePath())) {
                if (error)
                    *error = tr("Cannot create the folder %1.").arg(folder);
                return nullptr;
            }
            if (database->m_readOnly) {
                connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
                // A WAL database is read through its -shm file, which a locked folder cannot get. With no -wal
                // beside it there is nothing uncommitted to read, so "immutable" (no -shm, no locks) sees it whole.
                if (!QFileInfo(info.absolutePath()).isWritable() &&
                    !QFileInfo::exists(settings.path + QStringLiteral("-wal"))) {
                    connectOptions << QStringLiteral("QSQLITE_OPEN_URI");
                    fileName = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=ro&immutable=1");
                }
            }
        }
        db.setDatabaseName(fileName);
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    } else {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        // TCP keepalives: a server that vanished mid-session (laptop left the office Wi-Fi) is noticed within
        // about half a minute instead of the system's two hours.
        // tcp_user_timeout: a request the server never acknowledges (it vanished while DeskCRM was sending) fails
        // after 20 s instead of the system's retransmission limit of a quarter of an hour.
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=DeskCRM;sslmode=%2;keepalives=1;"
                                            "keepalives_idle=15;keepalives_interval=5;keepalives_count=3;"
                                            "tcp_user_timeout=20000")
                                 .arg(settings.effectiveConnectTimeoutS())
                                 .arg(settings.effectiveSslMode()));
    }
    if (!db.open()) {
        if (error) {
            const QString explained = database->describeError(db.lastError());
            *error = explained != db.lastError().text().trimmed()
                         ? explained
                         : tr("Cannot open the database %1: %2").arg(settings.displayName(), explained);
        }
        return nullptr;
    }
    if (sqlite && !memory) {
        SqliteFiles::registerOpen(settings.path);
        database->m_registeredFile = true;
    }
    if (!database->configure(options, error))
        return nullptr;
    registerSession(db, name, *database->m_notifier, settings.dialect);

    SchemaMigrator migrator(*database);
    migrator.setProgress(options.upgradeProgress);
    if (options.newerSchema)
        *options.newerSchema = migrator.currentVersion() > SchemaMigrator::latestVersion();
    if (options.migrate && !database->m_readOnly) {
        if (!migrator.migrate(error))
            return nullptr;
        if (database->isSQLite() && !NameCollation::reindexIfChanged(database->connection(), error))
            return nullptr;
        // A database upgraded to the schema with the global search index gets its rows once.
        if (!SearchIndex::buildIfMissing(*database, error))
            return nullptr;
        // Every business table, the ones this upgrade added included, gets its audit triggers.
        if (!AuditTriggers::ensure(*database, error))
            return nullptr;
        // Every synced table of a team server keeps per-field versions for offline replicas.
        if (!SyncTables::ensure(*database, error))
            return nullptr;
    } else if (!migrator.checkNotNewer(error)) {
        return nullptr;
    } else if (options.migrate && migrator.currentVersion() < SchemaMigrator::latestVersion()) {
        // Only read-only databases get here: an upgrade is a write.
        if (error)
            *error =
                tr("DeskCRM cannot open %1: it was made by an older DeskCRM and must be upgraded, which it cannot do "
                   "here (%2). "
                   "Ask whoever manages the file for write access, or copy it to a folder of your own and "
                   "open the copy.")
                    .arg(settings.displayName(), database->m_readOnlyReason);
        return nullptr;
    }
    if (!AuditDialect::of(database->dialect()).endOfTransactionStatement().isEmpty() &&
        AuditTriggers::present(*database)) {
        database->m_auditHook = AuditTriggers::makeHook();
        database->addWriteHook(database->m_auditHook.get());
    }
    // A replica acts as the server's user and records every local write in its outbox.
    database->m_syncHook = SyncReplica::attach(*database);
    if (database->m_syncHook)
        database->addWriteHook(database->m_syncHook.get());
    else if (options.ensureUser && migrator.currentVersion() > 0 && !database->ensureCurrentUser(error))
        return nullptr;
    // Server-enforced permissions follow the schema: a table a migration just added is covered before anyone reads
    // it (nothing happens on SQLite, or when this connection may not create roles).
    if (options.migrate && !database->m_readOnly && RoleDialect::of(database->dialect()).serverRoles() &&
        !RowSecurity::ensure(*database, error))
        return nullptr;
    // After the first reads and writes, so the WAL and its index exist.
    if (database->m_registeredFile)
        database->m_files = SqliteFiles::Identity::capture(settings.path);
    return database;
}

std::unique_ptr<Database> Database::clone(QString* error) const
{
    Options options;
    options.migrate = false;
    options.ensureUser = false;
    options.readOnly = m_readOnly;
    auto other = open(m_settings, options, error);
    if (other) {
        other->setCurrentUser(m_currentUserId, m_currentUserName);
        other->m_clock = m_clock;
        other->m_notifier->removeLocalSession(other->m_connectionName);
        other->m_notifier = m_notifier;
        registerSession(other->connection(), other->m_connectionName, *m_notifier, m_settings.dialect);
    }
    return other;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const SqlDialect& Database::sqlDialect() const
{
    return SqlDialect::of(m_settings.dialect);
}

const SearchDialect& Database::searchDialect() const
{
    return SearchDialect::of(m_settings.dialect);
}

const BulkLoadDialect& Database::bulkLoadDialect() const
{
    return BulkLoadDialect::of(m_settings.dialect);
}

const BulkReadDialect& Database::bulkReadDialect() const
{
    return BulkReadDialect::of(m_settings.dialect);
}

const MaintenanceDialect& Database::maintenanceDialect() const
{
    return MaintenanceDialect::of(m_settings.dialect);
}

const SchemaDialect& Database::schemaDialect() const
{
    return SchemaDialect::of(m_settings.dialect);
}

void Database::setCurrentUser(const QString& id, const QString& name)
{
    m_currentUserId = id;
    m_currentUserName = name;
}

bool Database::filesIntact(QString* error) const
{
    if (m_files.isEmpty())
        return true;
    const QString changed = m_files.changedFile();
    if (changed.isEmpty())
        return true;
    if (error)
        *error = tr("Nothing was saved: another program deleted or replaced %1 while DeskCRM was using it, so a "
                    "save now could be lost. Your changes are still on screen; copy what you need, then restart "
                    "DeskCRM (or open the database again with File > Open local database) and save again.")
                     .arg(QDir::toNativeSeparators(changed));
    return false;
}

bool Database::setJournalMode(const QString& mode)
{
    if (!isSQLite())
        return false;
    QSqlQuery q(connection());
    const bool ok = q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && q.next() &&
                    q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
    q.finish();
    if (m_registeredFile) {
        // The mode change itself ends no read: start one so the WAL exists before it is taken.
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master LIMIT 1"));
        q.finish();
        m_files = SqliteFiles::Identity::capture(m_settings.path);
    }
    return ok;
}

int Database::schemaVersion() const
{
    return SchemaMigrator(*this).currentVersion();
}

bool Database::configure(const Options& options, QString* error)
{
    // Before any statement, migrations included: on a connection without deskcrm_name, every write to
    // a table with a name index fails ("no such collation sequence"). Unconditional, so clones and
    // background connections have it too.
    QString collationError;
    if (isSQLite() && !NameCollation::install(connection(), &collationError)) {
        if (error)
            *error = tr("Cannot configure the database: %1").arg(collationError);
        return false;
    }
    QSqlQuery q(connection());
    // The first read of the file, before anything could write: a file that is no database or is damaged (cut
    // short by a copy, overwritten) is refused here, untouched, in words a user can act on.
    if (isSQLite() && m_settings.path != QLatin1String(":memory:") &&
        !q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
        if (error)
            *error = describeError(q.lastError());
        return false;
    }
    q.finish();
    QStringList statements;
    if (isSQLite()) {
        statements << QStringLiteral("PRAGMA foreign_keys = ON");
        // Both change the file (its header, a -wal beside it); a read-only database keeps the mode it has.
        if (!m_readOnly)
            statements << QStringLiteral("PRAGMA journal_mode = WAL");
        // FULL: a commit returns once the WAL is on disk, so a save the window has shown as saved survives a
        // power cut. NORMAL keeps the file consistent but may lose the last commits; a save is one fsync of a
        // few pages, and a bulk load is one transaction, so FULL costs a rep nothing noticeable.
        statements << QStringLiteral("PRAGMA synchronous = FULL");
        statements << QStringLiteral("PRAGMA busy_timeout = %1").arg(m_settings.effectiveBusyTimeoutMs());
    } else {
        statements << sessionSetup();
    }
    // Negative = KiB. Opt-in per connection: the GUI connection keeps the default so long lists stay small.
    if (isSQLite() && options.cacheMiB > 0)
        statements << QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(options.cacheMiB) * 1024);
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            // WAL is impossible for an in-memory database; everything else is a real failure.
            if (m_settings.path == QLatin1String(":memory:"))
                continue;
            if (error) {
                const QString explained = describeError(q.lastError());
                *error = explained != q.lastError().text() ? explained
                                                           : tr("Cannot configure the database: %1").arg(explained);
            }
            return false;
        }
    }
    return true;
}

QStringList Database::sessionSetup() const
{
    if (isSQLite())
        return {};
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = WARNING"),
            QStringLiteral("SET statement_timeout = %1").arg(qint64(m_settings.statementTimeoutS) * 1000)};
}

bool Database::reconnectIfLost(const QSqlError& failure) const
{
    QSqlDatabase db = connection();
    if (!sqlDialect().connectionLost(db, failure))
        return false;
    // Connecting to a server that answers nothing would hold the window for the whole connect timeout.
    if (m_watchdog && m_watchdog->serverSilent())
        return false;
    // Closing forgets the channels the connection listened on (live updates): the new session listens again.
    const QStringList channels = db.driver() ? db.driver()->subscribedToNotifications() : QStringList();
    m_notifier->removeLocalSession(m_connectionName);
    db.close();
    if (!db.open())
        return false;
    if (m_watchdog)
        m_watchdog->watch(db);
    QSqlQuery q(db);
    for (const QString& statement : sessionSetup()) {
        if (!q.exec(statement))
            return false;
    }
    q.finish();
    registerSession(db, m_connectionName, *m_notifier, dialect());
    for (const QString& channel : channels)
        db.driver()->subscribeToNotification(channel);
    if (!channels.isEmpty())
        announceMissedChanges();
    return true;
}

void Database::announceMissedChanges() const
{
    // Colleagues' changes committed while no session listened were announced to nobody, and the server keeps no
    // record of them for us. Every list, board and page reloads what it shows, as after a bulk load (no ids). Queued:
    // the statement that found the connection lost is still running, and reloading under it would re-enter it.
    QStringList tables;
    QString error;
    if (!AuditDialect::of(dialect()).businessTables(connection(), &tables, &error))
        return;
    ChangeSet missed;
    missed.origin = ChangeSet::Remote;
    for (const QString& table : std::as_const(tables))
        missed.add(RowChange{table, RowChange::Updated, {}, {}});
    QMetaObject::invokeMethod(
        m_notifier.get(), [notifier = m_notifier, missed] { notifier->announce(missed); }, Qt::QueuedConnection);
}

void Database::watchServer()
{
    if (!isPostgres() || m_watchdog)
        return;
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList conninfo{QStringLiteral("host=") + quoted(m_settings.host),
                         QStringLiteral("port=%1").arg(m_settings.port),
                         QStringLiteral("dbname=") + quoted(m_settings.database),
                         QStringLiteral("sslmode=") + quoted(m_settings.effectiveSslMode()),
                         QStringLiteral("application_name=DeskCRM-watchdog")};
    if (!m_settings.user.isEmpty())
        conninfo << QStringLiteral("user=") + quoted(m_settings.user);
    m_watchdog = std::make_unique<ConnectionWatchdog>(conninfo.join(QLatin1Char(' ')));
    m_watchdog->watch(connection());
}

bool Database::ensureCurrentUser(QString* error)
{
    QString username;
    QString displayName;
    QSqlQuery q(connection());
    if (isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        username = q.value(0).toString();
        displayName = username;
    } else {
        username = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        if (username.isEmpty())
            username = QStringLiteral("local");
        displayName = username;
    }

    q.prepare(QStringLiteral("SELECT id, display_name FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.next()) {
        setCurrentUser(q.value(0).toString(), q.value(1).toString());
        return true;
    }
    // Whoever reads a read-only file cannot be registered in it; nothing they do is saved anyway.
    if (m_readOnly)
        return true;

    // The first person in a new database administers it; later ones start as reps.
    QSqlQuery count(connection());
    const bool first =
        count.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && count.next() && count.value(0).toInt() == 0;
    count.finish();
    RecordWriter writer(*this);
    const WriteResult added = writer.insert(
        QStringLiteral("users"), {{QStringLiteral("username"), username},
                                  {QStringLiteral("display_name"), displayName},
                                  {QStringLiteral("role"), first ? QStringLiteral("admin") : QStringLiteral("rep")}});
    const WriteResult committed = added.ok() ? writer.commit() : added;
    if (!committed.ok()) {
        if (error)
            *error = tr("Cannot register the user %1: %2").arg(username, committed.message);
        return false;
    }
    const QString id = added.id;
    setCurrentUser(id, displayName);
    return true;
}

QString Database::describeError(const QSqlError& error) const
{
    const QString driverText = error.text().trimmed();
    QString explained = maintenanceDialect().explain(error, m_settings.displayName());
    // A socket that closed mid-statement comes without a code: the connection's state tells.
    if (explained.isEmpty() && error.type() != QSqlError::ConnectionError && isPostgres() &&
        sqlDialect().connectionLost(connection(), error))
        explained = maintenanceDialect().explain(
            QSqlError(error.driverText(), error.databaseText(), QSqlError::StatementError, QStringLiteral("08006")),
            m_settings.displayName());
    if (explained.isEmpty())
        return driverText;
    return tr("%1\n(Technical detail: %2)").arg(explained, driverText);
}

QString Database::readOnlyRefusal() const
{
    return tr("Nothing was saved: this database is open read-only (%1). Your changes are still on screen. "
              "To edit, ask whoever manages the file for write access, or copy it to a folder of your own and open "
              "the copy (File > Open local database).")
        .arg(m_readOnlyReason);
}

bool Database::beginTransaction(QString* error) const
{
    if (m_readOnly) {
        if (error)
            *error = readOnlyRefusal();
        return false;
    }
    if (!filesIntact(error))
        return false;
    QSqlDatabase db = connection();
    const QString begin = sqlDialect().beginWrite();
    QSqlError failure;
    if (begin.isEmpty()) {
        if (db.transaction())
            return true;
        failure = db.lastError();
    } else {
        // The driver's COMMIT and ROLLBACK end it as they would their own BEGIN.
        QSqlQuery q(db);
        if (q.exec(begin))
            return true;
        failure = q.lastError();
    }
    // The server went away while the window sat idle (restart, Wi-Fi): nothing was started, so a new connection
    // can start this transaction as if nothing happened.
    if (reconnectIfLost(failure)) {
        QSqlDatabase again = connection();
        if (begin.isEmpty() ? again.transaction() : QSqlQuery(again).exec(begin))
            return true;
        failure = again.lastError();
    }
    if (error) {
        const QString explained = describeError(failure);
        *error =
            explained != failure.text().trimmed() ? explained : tr("Cannot start a transaction: %1").arg(explained);
    }
    return false;
}

bool Database::commitTransaction(QString* error, QSqlError* failure) const
{
    QSqlDatabase db = connection();
    if (db.commit())
        return true;
    if (failure)
        *failure = db.lastError();
    if (error)
        *error = describeError(db.lastError());
    db.rollback();
    return false;
}

void Database::rollbackTransaction() const
{
    connection().rollback();
}

Transaction::Transaction(const Database& db) : m_db(db.connection())
{
    m_active = db.beginTransaction(&m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
