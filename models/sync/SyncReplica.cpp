#include "SyncReplica.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SyncDialect.h"
#include "SyncTables.h"
#include "Uuid.h"
#include "WriteHook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QStringList kStamps{QStringLiteral("id"),         QStringLiteral("version"),    QStringLiteral("created_at"),
                          QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Writes the outbox inside every local write's transaction: one entry per changed row (a second change of a row
// not yet sent joins the first, under a new operation id), with the changed fields' values now, the row's field
// versions as last pulled (the base the server compares with) and the values the fields had before (what the
// conflict screen shows as the common base).
class OutboxHook final : public WriteHook
{
public:
    bool beforeCommit(Database& db, const ChangeSet& changes, QString* error) override
    {
        if (m_synced.isEmpty()) {
            QStringList tables;
            if (!SyncTables::syncedTables(db, &tables, error))
                return false;
            m_synced = QSet<QString>(tables.cbegin(), tables.cend());
        }
        for (const RowChange& change : changes.changes) {
            if (!m_synced.contains(change.table) || change.kind == RowChange::Purged)
                continue;
            if (change.ids.isEmpty()) {
                *error = SyncReplica::tr("Changes too many to list cannot be recorded for the next sync (%1).")
                             .arg(change.table);
                return false;
            }
            QStringList fields;
            const bool insert = change.kind == RowChange::Inserted;
            const bool tombstone = change.kind == RowChange::Deleted || change.kind == RowChange::Restored;
            if (insert || (change.columns.isEmpty() && !tombstone))
                fields = columns(db, change.table);
            else
                fields = change.columns;
            if (tombstone && !fields.contains(QStringLiteral("deleted_at")))
                fields << QStringLiteral("deleted_at");
            for (const QString& id : change.ids) {
                if (!record(db, change.table, id, fields, insert, error))
                    return false;
            }
        }
        return true;
    }

private:
    QStringList columns(Database& db, const QString& table)
    {
        auto it = m_columns.find(table);
        if (it != m_columns.end())
            return it.value();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(table);
        QStringList names;
        if (q.exec()) {
            while (q.next()) {
                const QString name = q.value(0).toString();
                if (!kStamps.contains(name))
                    names << name;
            }
        }
        m_columns.insert(table, names);
        return names;
    }

    static bool fail(const QSqlQuery& q, QString* error)
    {
        *error = SyncReplica::tr("The change could not be recorded for the next sync: %1").arg(q.lastError().text());
        return false;
    }

    bool record(Database& db, const QString& table, const QString& id, const QStringList& fields, bool insert,
                QString* error)
    {
        QSqlQuery q(db.connection());
        QStringList quoted;
        for (const QString& field : fields)
            quoted << QLatin1Char('"') + field + QLatin1Char('"');
        q.prepare(QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?").arg(quoted.join(QStringLiteral(", ")), table));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, error);
        if (!q.next())
            return true; // gone again in the same transaction
        QJsonObject values;
        for (int i = 0; i < fields.size(); ++i)
            values.insert(fields.at(i), q.value(i).isNull() ? QJsonValue() : QJsonValue::fromVariant(q.value(i)));
        q.finish();

        // The base: what the row was when last pulled.
        q.prepare(QStringLiteral("SELECT versions FROM sync_field_versions WHERE table_name = ? AND row_id = ?"));
        q.addBindValue(table);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, error);
        const QJsonObject versions = q.next() ? parseObject(q.value(0).toString()) : QJsonObject();
        q.finish();
        // The values before this write, from the audit trail's row of it ({"column": [old, new]}).
        QJsonObject before;
        if (!insert) {
            q.prepare(QStringLiteral("SELECT changes FROM audit_log WHERE table_name = ? AND row_id = ? "
                                     "ORDER BY id DESC LIMIT 1"));
            q.addBindValue(table);
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                const QJsonObject changed = parseObject(q.value(0).toString());
                for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
                    if (fields.contains(it.key()))
                        before.insert(it.key(), it.value().toArray().at(0));
                }
            }
            q.finish();
        }

        q.prepare(QStringLiteral("SELECT seq, is_insert, fields, base, base_values, op_id, superseded FROM sync_outbox "
                                 "WHERE table_name = ? AND row_id = ?"));
        q.addBindValue(table);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, error);
        if (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const bool wasInsert = q.value(1).toBool();
            QJsonObject merged = parseObject(q.value(2).toString());
            QJsonObject base = parseObject(q.value(3).toString());
            QJsonObject baseValues = parseObject(q.value(4).toString());
            QJsonArray superseded = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
            superseded.append(q.value(5).toString());
            q.finish();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
                if (!base.contains(it.key()))
                    base.insert(it.key(), it.value());
            }
            for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                if (!baseValues.contains(it.key()))
                    baseValues.insert(it.key(), it.value());
            }
            // A new operation id: the entry as it was may have reached the server already (its answer lost).
            q.prepare(QStringLiteral("UPDATE sync_outbox SET op_id = ?, is_insert = ?, fields = ?, base = ?, "
                                     "base_values = ?, superseded = ? WHERE seq = ?"));
            q.addBindValue(Uuid::createV7());
            q.addBindValue(wasInsert || insert ? 1 : 0);
            q.addBindValue(toText(merged));
            q.addBindValue(toText(base));
            q.addBindValue(toText(baseValues));
            q.addBindValue(QString::fromUtf8(QJsonDocument(superseded).toJson(QJsonDocument::Compact)));
            q.addBindValue(seq);
            return q.exec() || fail(q, error);
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO sync_outbox (op_id, table_name, row_id, is_insert, fields, base, "
                                 "base_values) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(Uuid::createV7());
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(insert ? 1 : 0);
        q.addBindValue(toText(values));
        q.addBindValue(toText(versions));
        q.addBindValue(toText(before));
        return q.exec() || fail(q, error);
    }

    QSet<QString> m_synced;
    QHash<QString, QStringList> m_columns;
};

QVariant jsonValue(const QVariant& text)
{
    if (text.isNull())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]");
    return doc.array().at(0).toVariant();
}
} // namespace

SyncReplica::SyncReplica(Database& db) : m_db(db) {}

bool SyncReplica::isReplica(const Database& db)
{
    // Only a local file is a replica; on the server the probe below would fail and abort an open transaction.
    if (!SyncDialect::of(db.dialect()).holdsReplicas() || !SyncTables::present(db))
        return false;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")) &&
           q.next() && q.exec(QStringLiteral("SELECT 1 FROM sync_state")) && q.next();
}

std::unique_ptr<WriteHook> SyncReplica::attach(Database& db)
{
    if (!isReplica(db))
        return nullptr;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT s.server_user, u.display_name FROM sync_state s "
                              "LEFT JOIN users u ON u.id = s.server_user")) &&
        q.next())
        db.setCurrentUser(q.value(0).toString(), q.value(1).toString());
    return std::make_unique<OutboxHook>();
}

SyncReplica::State SyncReplica::state() const
{
    State state;
    if (!isReplica(m_db))
        return state;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT server, server_user, cursor, cloned_at, last_sync_at, clock_offset_ms, "
                               "retention_days, expired FROM sync_state")) ||
        !q.next())
        return state;
    state.present = true;
    state.server = q.value(0).toString();
    state.serverUser = q.value(1).toString();
    state.cursor = q.value(2).toString();
    state.clonedAt = q.value(3).toString();
    state.lastSyncAt = q.value(4).toString();
    state.clockOffsetMs = q.value(5).toLongLong();
    state.retentionDays = q.value(6).toInt();
    state.expired = q.value(7).toBool();
    return state;
}

QStringList SyncReplica::liveIds(const QString& table, int limit) const
{
    QStringList ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE deleted_at IS NULL ORDER BY id LIMIT ?")
                  .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

int SyncReplica::pendingChanges() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")) && q.next() ? q.value(0).toInt() : 0;
}

int SyncReplica::openConflicts() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

QList<SyncReplica::Conflict> SyncReplica::conflicts(bool openOnly) const
{
    QList<Conflict> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, op_id, table_name, row_id, field, kind, base_version, server_version, "
                               "base_value, server_value, client_value, at, resolution FROM sync_conflicts %1 "
                               "ORDER BY id")
                    .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString())))
        return list;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        c.opId = q.value(1).toString();
        c.table = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.kind = q.value(5).toString();
        c.baseVersion = q.value(6).toInt();
        c.serverVersion = q.value(7).toInt();
        c.baseValue = jsonValue(q.value(8));
        c.serverValue = jsonValue(q.value(9));
        c.clientValue = jsonValue(q.value(10));
        c.at = q.value(11).toString();
        c.resolution = q.value(12).toString();
        list << c;
    }
    return list;
}

WriteResult SyncReplica::resolve(qint64 conflictId, Resolution resolution, const QVariant& edited)
{
    Conflict conflict;
    for (const Conflict& c : conflicts(false)) {
        if (c.id == conflictId)
            conflict = c;
    }
    if (conflict.id == 0)
        return WriteResult::failure(WriteResult::NotFound, tr("This conflict is no longer listed."));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        WriteResult result;
        const QString table = conflict.table;
        if (resolution != Resolution::KeepServer) {
            if (conflict.kind == QLatin1String("delete_update")) {
                result = writer.softDelete(table, conflict.rowId, -1);
            } else if (conflict.kind == QLatin1String("update_delete")) {
                // Mine: the row comes back with my values.
                result = writer.restore(table, conflict.rowId);
                QVariantHash values = conflict.clientValue.toHash();
                values.remove(QStringLiteral("deleted_at"));
                if (result.ok() && !values.isEmpty())
                    result = writer.update(table, conflict.rowId, -1, values);
            } else {
                const QVariant value = resolution == Resolution::Edit ? edited : conflict.clientValue;
                result = writer.update(table, conflict.rowId, -1, {{conflict.field, value}});
            }
            if (!result.ok())
                return result;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
        q.addBindValue(writer.now());
        q.addBindValue(resolution == Resolution::KeepMine     ? QStringLiteral("mine")
                       : resolution == Resolution::KeepServer ? QStringLiteral("server")
                                                              : QStringLiteral("edited"));
        q.addBindValue(conflictId);
        if (!q.exec())
            return WriteResult::failure(WriteResult::Failed, q.lastError().text());
        return WriteResult();
    });
}
