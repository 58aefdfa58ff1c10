#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class Database;
class WriteHook;

// The SQLite side of an offline replica: its state (which server, the pull cursor, the last sync by the server's
// clock, the laptop clock's offset, retention), the outbox every local write fills in the writer's own transaction
// (the hook attach() installs: per row the changed fields, their values and the field versions they were based on),
// and the conflicts the server answered with, which the user decides on now or later.
class SyncReplica
{
    Q_DECLARE_TR_FUNCTIONS(SyncReplica)

public:
    struct State
    {
        bool present = false;
        QString server;     // what --database takes for the server (a postgresql:// URL)
        QString serverUser; // users.id on the server: the replica writes in that user's name
        QString cursor;     // the server's snapshot at the last pull (pg_current_snapshot() as text)
        QString clonedAt;
        QString lastSyncAt;       // by the server's clock
        qint64 clockOffsetMs = 0; // the laptop's clock minus the server's, at the last sync
        int retentionDays = 30;
        bool expired = false;
    };
    struct Conflict
    {
        qint64 id = 0;
        QString opId;
        QString table;
        QString rowId;
        QString field; // empty: the whole row (update against delete)
        QString kind;  // field, update_delete, delete_update
        int baseVersion = 0;
        int serverVersion = 0;
        QVariant baseValue;
        QVariant serverValue;
        QVariant clientValue;
        QString at;
        QString resolution; // empty while open
    };
    enum class Resolution { KeepMine, KeepServer, Edit };

    explicit SyncReplica(Database& db);

    // Whether db is a replica (cloned from a server).
    static bool isReplica(const Database& db);
    // For Database::open(): on a replica, acts as the server's user and returns the outbox hook to install; nullptr
    // on any other database.
    static std::unique_ptr<WriteHook> attach(Database& db);

    State state() const;
    // Up to limit ids of live (not deleted) rows of a synced table, in id order (benchmarks and scripts pick rows to
    // edit offline).
    QStringList liveIds(const QString& table, int limit) const;
    int pendingChanges() const;
    QList<Conflict> conflicts(bool openOnly = true) const;
    int openConflicts() const;
    // Decides one conflict: keep the server's value (nothing to send), keep mine or an edited value (written through
    // the writer, so the outbox sends it on the next sync, based on the version now pulled).
    WriteResult resolve(qint64 conflictId, Resolution resolution, const QVariant& edited = {});
    // Changes waiting and the conflicts, as a line a status bar shows.
    static constexpr qint64 kClockWarningMs = 60 * 1000;

private:
    Database& m_db;
};
