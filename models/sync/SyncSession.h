#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class RecordWriter;
struct ConnectionSettings;
struct ChangeSet;

// One replica talking to its server: clone() makes a replica of what the signed-in user may see; push() sends the
// outbox to the server's apply function (sync_apply, idempotent by operation id) and keeps the conflicts it answers
// with; pull() brings every row changed since the cursor (removing rows the user no longer sees) and moves the
// cursor to the server's watermark. sync() is push then pull. Only the server's clock orders or stamps anything.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)

public:
    struct Report
    {
        int pushed = 0;     // operations the server applied
        int duplicates = 0; // operations it had applied before (sent again after a lost answer)
        int conflicts = 0;  // new conflicts
        int pulled = 0;     // rows brought in or updated
        int removed = 0;    // rows the user may no longer see, taken out of the replica
        qint64 clockOffsetMs = 0;
        bool clockWarning = false;
        bool expired = false;
    };

    SyncSession(Database& replica, Database& server);

    // Creates the SQLite replica output (which must not exist) from server; serverArgument is what a later sync
    // connects to (--database form of the server).
    static bool clone(Database& server, const QString& serverArgument, const QString& output, Report* report,
                      QString* error);

    // Opens the server a replica was cloned from (or the one given instead): a PostgreSQL database.
    static std::unique_ptr<Database> openServer(const QString& server, QString* error);
    // The same with the connection's settings (the window adds the password from the system keychain).
    static std::unique_ptr<Database> openServer(const ConnectionSettings& settings, QString* error);

    // At most maxOps operations when maxOps >= 0 (tests sync part of the outbox).
    bool push(Report* report, QString* error, int maxOps = -1);
    bool pull(Report* report, QString* error);
    bool sync(Report* report, QString* error);

    // Runs after the server committed a batch and before the replica records the answer; returning false drops
    // the answer as a lost connection would (tests: a batch sent again is not applied twice).
    void setAfterServerCommit(std::function<bool()> hook) { m_afterServerCommit = std::move(hook); }

private:
    // Copies the rows of a synced table the signed-in user may see, and their field versions, into the replica
    // writer writes (streamed from the server's snapshot, written in batches).
    static bool cloneTable(RecordWriter& writer, Database& server, const QString& table, Report* report,
                           QString* error);
    bool checkRetention(Report* report, QString* error);
    // Makes table's rows in the replica those the server shows the user now (inside the caller's transaction).
    bool reconcile(const QString& table, Report* report, ChangeSet* changes, QString* error);
    // Brings rows of table from the server into the replica (inside the caller's transaction); rows the server no
    // longer shows are removed. versions: "table\nid" -> the rows' field versions (missing ones are asked for).
    bool fetchRows(const QString& table, const QStringList& ids, const QHash<QString, QString>& versions,
                   Report* report, ChangeSet* changes, QString* error);

    Database& m_replica;
    Database& m_server;
    std::function<bool()> m_afterServerCommit;
};
