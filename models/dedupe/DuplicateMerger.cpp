#include "DuplicateMerger.h"

#include "Database.h"
#include "RecordStore.h"
#include "RecordWriter.h"
#include "SchemaDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
const QString kMergedInto = QStringLiteral("merged_into_id");
const QString kDeletedAt = QStringLiteral("deleted_at");
constexpr int kChunk = 500; // ids bound in one statement

bool mergeable(const QString& entity)
{
    return entity == QLatin1String("customer") || entity == QLatin1String("contact");
}

bool isRowMetadata(const QString& column)
{
    static const QStringList metadata{QStringLiteral("id"),
                                      QStringLiteral("created_at"),
                                      QStringLiteral("created_by"),
                                      QStringLiteral("updated_at"),
                                      QStringLiteral("updated_by"),
                                      QStringLiteral("version"),
                                      kDeletedAt,
                                      kMergedInto};
    return metadata.contains(column);
}

QString quoted(const Database& db, const QString& identifier, bool table = false)
{
    return db.connection().driver()->escapeIdentifier(identifier,
                                                      table ? QSqlDriver::TableName : QSqlDriver::FieldName);
}

QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// The ids of rows matching where (read inside the writer's transaction, so they are the rows the write touches).
bool idsWhere(const Database& db, const QString& table, const QString& where, const QVariantList& binds,
              QStringList* ids, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(quoted(db, table, true), where));
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    ok = ok && q.exec();
    if (!ok) {
        *error = db.describeError(q.lastError());
        return false;
    }
    while (q.next())
        ids->append(q.value(0).toString());
    return true;
}

// A related table takes part when it is a record table (row metadata: the writer stamps it); summaries kept by
// triggers follow their source rows by themselves.
bool isRecordTable(const Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    return record.contains(QStringLiteral("version")) && record.contains(kDeletedAt);
}

// The references to `table` a merge moves: every single-column foreign key onto its id, except the merge pointer.
bool references(const Database& db, const QString& table, QList<SchemaDialect::ForeignKey>* found, QString* error)
{
    QList<SchemaDialect::ForeignKey> keys;
    if (!db.schemaDialect().foreignKeys(db.connection(), &keys, error))
        return false;
    found->clear();
    for (const SchemaDialect::ForeignKey& key : SchemaDialect::referencing(keys, table)) {
        if (key.referencedColumn != QLatin1String("id") || (key.table == table && key.column == kMergedInto))
            continue;
        if (isRecordTable(db, key.table))
            found->append(key);
    }
    return true;
}

WriteResult failed(const QString& message)
{
    return WriteResult::failure(WriteResult::Failed, message);
}

QVariantHash fromJson(const QJsonObject& object)
{
    QVariantHash values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toVariant());
    return values;
}

QJsonObject toJson(const QVariantHash& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return object;
}

// Writes changes to the rows with these ids (and the extra condition), in chunks of bound ids.
WriteResult updateIds(RecordWriter& writer, const QString& table, const QVariantHash& changes, const QStringList& ids,
                      const QString& extra, const QVariantList& extraBinds, RowChange::Kind kind)
{
    WriteResult total;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QVariantList binds(chunk.cbegin(), chunk.cend());
        binds << extraBinds;
        const WriteResult r = writer.updateWhere(
            table, changes, QStringLiteral("id IN (%1)%2").arg(marks(chunk.size()), extra), binds, kind);
        if (!r.ok())
            return r;
        total.affected += r.affected;
    }
    return total;
}
} // namespace

DuplicateMerger::DuplicateMerger(Database& db) : m_db(db) {}

QStringList DuplicateMerger::mergeableColumns(const QString& entity) const
{
    QStringList columns;
    if (!mergeable(entity))
        return columns;
    const QSqlRecord record = m_db.connection().record(RecordStore::tableOf(entity));
    for (int i = 0; i < record.count(); ++i) {
        if (!isRowMetadata(record.fieldName(i)))
            columns << record.fieldName(i);
    }
    return columns;
}

bool DuplicateMerger::rows(const QString& entity, const QStringList& ids, QList<QVariantHash>* rows,
                           QString* error) const
{
    rows->clear();
    if (!mergeable(entity) || ids.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2) AND deleted_at IS NULL")
                            .arg(quoted(m_db, RecordStore::tableOf(entity), true), marks(ids.size())));
    for (const QString& id : ids)
        q.addBindValue(id);
    ok = ok && q.exec();
    if (!ok) {
        *error = m_db.describeError(q.lastError());
        return false;
    }
    QHash<QString, QVariantHash> byId;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantHash row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        byId.insert(row.value(QStringLiteral("id")).toString(), row);
    }
    for (const QString& id : ids) {
        if (byId.contains(id))
            rows->append(byId.value(id));
    }
    return true;
}

bool DuplicateMerger::preview(const Plan& plan, QList<Move>* moves, QString* error) const
{
    moves->clear();
    const QString table = RecordStore::tableOf(plan.entity);
    QList<SchemaDialect::ForeignKey> keys;
    if (!mergeable(plan.entity) || plan.mergedIds.isEmpty() || !references(m_db, table, &keys, error))
        return mergeable(plan.entity) && !plan.mergedIds.isEmpty();
    for (const SchemaDialect::ForeignKey& key : std::as_const(keys)) {
        QSqlQuery q(m_db.connection());
        bool ok =
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (%3)")
                          .arg(quoted(m_db, key.table, true), quoted(m_db, key.column), marks(plan.mergedIds.size())));
        for (const QString& id : plan.mergedIds)
            q.addBindValue(id);
        ok = ok && q.exec() && q.next();
        if (!ok) {
            *error = m_db.describeError(q.lastError());
            return false;
        }
        const int rows = q.value(0).toInt();
        if (rows > 0)
            moves->append({key.table, key.column, rows});
    }
    return true;
}

WriteResult DuplicateMerger::merge(const Plan& plan)
{
    return RecordWriter::transact(m_db, [&plan](RecordWriter& writer) { return merge(writer, plan); });
}

WriteResult DuplicateMerger::merge(RecordWriter& writer, const Plan& plan)
{
    Database& db = writer.database();
    const QString table = RecordStore::tableOf(plan.entity);
    if (!mergeable(plan.entity) || plan.survivorId.isEmpty() || plan.mergedIds.isEmpty() ||
        plan.mergedIds.contains(plan.survivorId))
        return WriteResult::failure(WriteResult::Invalid, tr("Choose the record to keep and at least one other."));

    // Every record of the merge must still be there (someone may have deleted or merged one meanwhile).
    QStringList all = plan.mergedIds;
    all.prepend(plan.survivorId);
    all.removeDuplicates();
    QStringList live;
    QString error;
    if (!idsWhere(db, table, QStringLiteral("id IN (%1) AND deleted_at IS NULL").arg(marks(all.size())),
                  QVariantList(all.cbegin(), all.cend()), &live, &error))
        return failed(tr("Could not merge: %1").arg(error));
    if (live.size() != all.size())
        return WriteResult::failure(
            WriteResult::NotFound,
            tr("One of these records was deleted or merged in the meantime. Nothing was merged."));

    // The survivor's chosen values.
    QJsonObject choices;
    if (!plan.values.isEmpty()) {
        const WriteResult updated = writer.update(table, plan.survivorId, -1, plan.values);
        if (!updated.ok())
            return updated;
        choices.insert(QStringLiteral("before"), toJson(updated.before));
        choices.insert(QStringLiteral("after"), toJson(plan.values));
        choices.insert(QStringLiteral("version"), updated.version);
    }

    // The related rows, table by table as the schema links them.
    QList<SchemaDialect::ForeignKey> keys;
    if (!references(db, table, &keys, &error))
        return failed(tr("Could not merge: %1").arg(error));
    QJsonArray moved;
    for (const SchemaDialect::ForeignKey& key : std::as_const(keys)) {
        const QString t = quoted(db, key.table, true);
        const QString column = quoted(db, key.column);
        // Unique keys over this column and others: a row that would meet a live survivor row with the same other
        // values is tombstoned instead of moved.
        QList<QStringList> uniques;
        if (!db.schemaDialect().uniqueKeys(db.connection(), key.table, &uniques, &error))
            return failed(tr("Could not merge: %1").arg(error));
        QStringList collisions;
        for (const QStringList& unique : std::as_const(uniques)) {
            if (!unique.contains(key.column) || unique.size() < 2 || unique.contains(QString()))
                continue;
            QStringList same;
            for (const QString& other : unique) {
                if (other != key.column)
                    same << QStringLiteral("s.%1 = %2.%1").arg(quoted(db, other), t);
            }
            collisions << QStringLiteral("EXISTS (SELECT 1 FROM %1 s WHERE s.%2 = ? AND s.deleted_at IS NULL AND %3)")
                              .arg(t, column, same.join(QStringLiteral(" AND ")));
        }
        const bool selfReference = key.table == table;
        for (const QString& loser : plan.mergedIds) {
            QStringList dropped; // stay with the merged-away record, as tombstones
            if (!collisions.isEmpty()) {
                QVariantList binds{loser};
                for (qsizetype i = 0; i < collisions.size(); ++i)
                    binds << plan.survivorId;
                if (!idsWhere(db, key.table,
                              QStringLiteral("%1 = ? AND deleted_at IS NULL AND (%2)")
                                  .arg(column, collisions.join(QStringLiteral(" OR "))),
                              binds, &dropped, &error))
                    return failed(tr("Could not merge: %1").arg(error));
                if (!dropped.isEmpty()) {
                    const WriteResult r = updateIds(writer, key.table, {{kDeletedAt, RecordWriter::stamp()}}, dropped,
                                                    QString(), {}, RowChange::Deleted);
                    if (!r.ok())
                        return r;
                    moved.append(QJsonObject{{QStringLiteral("table"), key.table},
                                             {QStringLiteral("column"), key.column},
                                             {QStringLiteral("from"), loser},
                                             {QStringLiteral("dropped"), true},
                                             {QStringLiteral("ids"), QJsonArray::fromStringList(dropped)}});
                }
            }
            QString where = QStringLiteral("%1 = ?").arg(column);
            QVariantList binds{loser};
            if (selfReference) {
                // The merged records themselves stay as they are (they become tombstones).
                where += QStringLiteral(" AND id NOT IN (%1)").arg(marks(all.size()));
                binds << QVariantList(all.cbegin(), all.cend());
            }
            if (!dropped.isEmpty()) {
                where += QStringLiteral(" AND id NOT IN (%1)").arg(marks(dropped.size()));
                binds << QVariantList(dropped.cbegin(), dropped.cend());
            }
            QStringList ids;
            if (!idsWhere(db, key.table, where, binds, &ids, &error))
                return failed(tr("Could not merge: %1").arg(error));
            if (ids.isEmpty())
                continue;
            const WriteResult r = updateIds(writer, key.table, {{key.column, plan.survivorId}}, ids,
                                            QStringLiteral(" AND %1 = ?").arg(column), {loser}, RowChange::Updated);
            if (!r.ok())
                return r;
            moved.append(QJsonObject{{QStringLiteral("table"), key.table},
                                     {QStringLiteral("column"), key.column},
                                     {QStringLiteral("from"), loser},
                                     {QStringLiteral("dropped"), false},
                                     {QStringLiteral("ids"), QJsonArray::fromStringList(ids)}});
        }
    }

    // The merged-away records: tombstones pointing at the survivor.
    for (const QString& loser : plan.mergedIds) {
        const WriteResult r =
            writer.updateWhere(table, {{kDeletedAt, RecordWriter::stamp()}, {kMergedInto, plan.survivorId}},
                               QStringLiteral("id = ? AND deleted_at IS NULL"), {loser}, RowChange::Deleted);
        if (!r.ok())
            return r;
        if (r.affected != 1)
            return WriteResult::failure(WriteResult::NotFound, tr("One of these records was deleted or merged in "
                                                                  "the meantime. Nothing was merged."));
    }

    const auto json = [](const auto& value) {
        return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    };
    WriteResult logged = writer.insert(
        QStringLiteral("merge_log"),
        {{QStringLiteral("entity"), plan.entity},
         {QStringLiteral("survivor_id"), plan.survivorId},
         {QStringLiteral("merged_ids"), json(QJsonArray::fromStringList(plan.mergedIds))},
         {QStringLiteral("field_choices"), json(choices)},
         {QStringLiteral("moved_rows"), json(moved)},
         {QStringLiteral("merged_at"), RecordWriter::stamp()},
         {QStringLiteral("merged_by"), db.currentUserName().isEmpty() ? QVariant() : QVariant(db.currentUserName())}});
    return logged;
}

WriteResult DuplicateMerger::undo(const QString& mergeId)
{
    return RecordWriter::transact(m_db, [&mergeId](RecordWriter& writer) { return undo(writer, mergeId); });
}

WriteResult DuplicateMerger::undo(RecordWriter& writer, const QString& mergeId)
{
    Database& db = writer.database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT entity, survivor_id, merged_ids, field_choices, moved_rows, undone_at "
                             "FROM merge_log WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(mergeId);
    if (!q.exec())
        return failed(tr("Could not undo the merge: %1").arg(db.describeError(q.lastError())));
    if (!q.next() || !q.value(5).isNull())
        return WriteResult::failure(WriteResult::NotFound, tr("This merge was already undone."));
    const QString entity = q.value(0).toString();
    const QString survivor = q.value(1).toString();
    const QJsonArray mergedIds = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    const QJsonObject choices = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    const QJsonArray moved = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    q.finish();
    const QString table = RecordStore::tableOf(entity);
    if (!mergeable(entity))
        return failed(tr("Could not undo the merge: it names no customers or contacts."));

    // The survivor's values as they were, unless someone changed it since (then nothing is undone).
    const QVariantHash before = fromJson(choices.value(QStringLiteral("before")).toObject());
    if (!before.isEmpty()) {
        const WriteResult r = writer.update(table, survivor, choices.value(QStringLiteral("version")).toInt(), before);
        if (!r.ok())
            return r;
    }
    for (qsizetype i = moved.size() - 1; i >= 0; --i) {
        const QJsonObject move = moved.at(i).toObject();
        const QString related = move.value(QStringLiteral("table")).toString();
        const QString column = move.value(QStringLiteral("column")).toString();
        const QString from = move.value(QStringLiteral("from")).toString();
        QStringList ids;
        for (const QJsonValue& id : move.value(QStringLiteral("ids")).toArray())
            ids << id.toString();
        const WriteResult r =
            move.value(QStringLiteral("dropped")).toBool()
                ? updateIds(writer, related, {{kDeletedAt, QVariant()}}, ids,
                            QStringLiteral(" AND deleted_at IS NOT NULL"), {}, RowChange::Restored)
                : updateIds(writer, related, {{column, from}}, ids,
                            QStringLiteral(" AND %1 = ?").arg(quoted(db, column)), {survivor}, RowChange::Updated);
        if (!r.ok())
            return r;
    }
    for (const QJsonValue& id : mergedIds) {
        const WriteResult r =
            writer.updateWhere(table, {{kDeletedAt, QVariant()}, {kMergedInto, QVariant()}},
                               QStringLiteral("id = ? AND merged_into_id = ? AND deleted_at IS NOT NULL"),
                               {id.toString(), survivor}, RowChange::Restored);
        if (!r.ok())
            return r;
    }
    WriteResult done =
        writer.update(QStringLiteral("merge_log"), mergeId, -1, {{QStringLiteral("undone_at"), RecordWriter::stamp()}});
    done.id = mergeId;
    return done;
}
