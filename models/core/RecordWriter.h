#pragma once

#include "ChangeSet.h"
#include "Database.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantHash>
#include <QVariantList>

#include <functional>

// The one way rows of DeskCRM's tables are written. One RecordWriter is one transaction (one user action):
// it stamps the row metadata (id, created/updated at and by, version, deleted_at) from the database's clock
// and user, checks versions optimistically (`WHERE id = ? AND version = ?`, a stale version is a Conflict
// with the row as it is now, never an overwrite), collects what changed, runs the database's write hooks
// before the commit (audit, sync) and announces the ChangeSet on the database's notifier after it.
// Nothing else writes `version = version + 1` or a metadata column (tests/SourceRules.cmake checks).
//
// Values are bound as given, except QDateTime (stored as UTC text / timestamptz) and QDate (a plain date).
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    explicit RecordWriter(Database& db);
    ~RecordWriter(); // rolls back unless commit() succeeded
    Q_DISABLE_COPY(RecordWriter)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    // A Failed result carrying why the transaction could not start.
    WriteResult notStarted() const;
    Database& database() const { return m_db; }
    // The timestamp every row of this write is stamped with.
    QString now() const { return m_now; }

    // A new row: values plus metadata; a missing id is made (UUIDv7). Result: id, version 1.
    WriteResult insert(const QString& table, const QVariantHash& values);
    // Changes one live row. expectedVersion < 0 skips the check (cascades only). Result: before, version.
    WriteResult update(const QString& table, const QString& id, int expectedVersion, const QVariantHash& changes);
    // Tombstones one live row (deleted_at = now).
    WriteResult softDelete(const QString& table, const QString& id, int expectedVersion);
    // Brings a tombstoned row back.
    WriteResult restore(const QString& table, const QString& id);
    // Removes a row for good (administrators, after the caller's checks).
    WriteResult purge(const QString& table, const QString& id);

    // Set-based forms for cascades: every row matching `where` (SQL over table's columns with ? binds) gets
    // changes and the metadata stamp; announced as `kind`. deleted_at in changes may be the string "now".
    WriteResult updateWhere(const QString& table, const QVariantHash& changes, const QString& where,
                            const QVariantList& binds, RowChange::Kind kind = RowChange::Updated);
    WriteResult deleteWhere(const QString& table, const QString& where, const QVariantList& binds);

    // Hooks, commit, announcement. After a failure everything is rolled back.
    WriteResult commit();
    void rollback();
    const ChangeSet& changes() const { return m_changes; }

    // Stand-in value for "the stamp of this write" in updateWhere changes (e.g. deleted_at).
    static QVariant stamp();

    // One user action as a whole: work runs on a new writer and, when it returns a success without having
    // committed, the writer commits. When the database gives up on the transaction (WriteResult::retry: a
    // deadlock or serialization failure, PostgreSQL) or the connection was lost and opened again, all of it is rolled
    // back and work runs again from the start, at most `attempts` times in all; work must therefore read what it
    // decides on through the writer's transaction, never from state it changed in a failed attempt.
    using Work = std::function<WriteResult(RecordWriter& writer)>;
    static constexpr int kAttempts = 3;
    static WriteResult transact(Database& db, const Work& work, int attempts = kAttempts);

private:
    friend class RecordBatch; // the batched form shares the stamps, binding and change list

    QVariant bindable(const QVariant& value) const;
    QString quoted(const QString& identifier, bool table = false) const;
    WriteResult sqlFailure(const class QSqlQuery& q);
    bool landed() const; // after a connection lost during commit: whether the server kept this transaction
    QVariantHash currentRow(const QString& table, const QString& id) const;
    QStringList idsWhere(const QString& table, const QString& where, const QVariantList& binds, QString* error) const;

    Database& m_db;
    QString m_now;
    QVariant m_user;
    bool m_active = false;
    QString m_error;
    ChangeSet m_changes;
};
