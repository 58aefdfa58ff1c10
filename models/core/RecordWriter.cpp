#include "RecordWriter.h"

#include "ChangeNotifier.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "Uuid.h"
#include "WriteHook.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

WriteHook::~WriteHook() = default;

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");
const QString kDeletedAt = QStringLiteral("deleted_at");

bool isMetadata(const QString& column)
{
    return column == kId || column == kVersion || column == QLatin1String("created_at") ||
           column == QLatin1String("created_by") || column == QLatin1String("updated_at") ||
           column == QLatin1String("updated_by") || column == kDeletedAt;
}

struct StampMarker
{
};
} // namespace
Q_DECLARE_METATYPE(StampMarker)

RecordWriter::RecordWriter(Database& db)
    : m_db(db), m_now(db.clock().timestamp()),
      m_user(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()))
{
    m_active = m_db.beginTransaction(&m_error);
}

RecordWriter::~RecordWriter()
{
    rollback();
}

QVariant RecordWriter::stamp()
{
    return QVariant::fromValue(StampMarker{});
}

WriteResult RecordWriter::notStarted() const
{
    // Database::beginTransaction() says it in the user's words already.
    return WriteResult::failure(WriteResult::Failed, m_error);
}

QVariant RecordWriter::bindable(const QVariant& value) const
{
    if (value.metaType() == QMetaType::fromType<StampMarker>())
        return m_now;
    if (value.isNull())
        return value;
    if (value.metaType().id() == QMetaType::QDateTime)
        return SqlValues::timestamp(value.toDateTime());
    if (value.metaType().id() == QMetaType::QDate)
        return SqlValues::date(value.toDate());
    return value;
}

QString RecordWriter::quoted(const QString& identifier, bool table) const
{
    return m_db.connection().driver()->escapeIdentifier(identifier,
                                                        table ? QSqlDriver::TableName : QSqlDriver::FieldName);
}

WriteResult RecordWriter::sqlFailure(const QSqlQuery& q)
{
    // Busy, read-only, disk full: the user's words first; anything else as the database said it.
    const QString explained = m_db.describeError(q.lastError());
    WriteResult result =
        WriteResult::failure(WriteResult::Failed, explained != q.lastError().text().trimmed()
                                                      ? explained
                                                      : tr("The database refused the change: %1").arg(explained));
    result.retry = m_db.sqlDialect().mustRetry(q.lastError());
    if (!result.retry && m_db.reconnectIfLost(q.lastError())) {
        // The server rolled the transaction back with the connection: nothing of it is left, and nothing more may
        // run in its name (on the new connection it would commit statement by statement). Running the whole
        // action again on the new connection is safe.
        m_active = false;
        result.retry = true;
    }
    return result;
}

bool RecordWriter::landed() const
{
    // Every row this writer touched carries its stamp: the first one tells whether the commit reached the disk.
    for (const RowChange& change : m_changes.changes) {
        if (change.kind == RowChange::Purged || change.ids.isEmpty())
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND updated_at = ?").arg(quoted(change.table, true)));
        q.addBindValue(change.ids.first());
        q.addBindValue(bindable(m_now));
        return q.exec() && q.next();
    }
    return false;
}

WriteResult RecordWriter::transact(Database& db, const Work& work, int attempts)
{
    WriteResult result;
    for (int attempt = 1; attempt <= std::max(1, attempts); ++attempt) {
        RecordWriter writer(db);
        if (!writer.isActive())
            return writer.notStarted();
        result = work(writer);
        if (result.ok() && writer.isActive()) {
            const WriteResult committed = writer.commit();
            if (!committed.ok())
                result = committed;
        }
        if (!result.retry)
            break;
        // The transaction that won needs a moment to commit: run again at once and the two can meet the same
        // way again (seen in TestRecordWriter::deadlockIsRetried). A few milliseconds, jittered so that two
        // retrying sessions part.
        QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10));
    }
    return result;
}

QVariantHash RecordWriter::currentRow(const QString& table, const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(quoted(table, true)));
    q.addBindValue(id);
    QVariantHash row;
    if (q.exec() && q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
    }
    return row;
}

QStringList RecordWriter::idsWhere(const QString& table, const QString& where, const QVariantList& binds,
                                   QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList ids;
    if (!q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(quoted(table, true), where))) {
        *error = q.lastError().text().trimmed();
        return ids;
    }
    for (const QVariant& v : binds)
        q.addBindValue(bindable(v));
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

WriteResult RecordWriter::insert(const QString& table, const QVariantHash& values)
{
    if (!m_active)
        return notStarted();
    QVariantHash row = values;
    if (row.value(kId).toString().isEmpty())
        row.insert(kId, Uuid::createV7());
    row.insert(QStringLiteral("created_at"), m_now);
    row.insert(QStringLiteral("updated_at"), m_now);
    row.insert(QStringLiteral("created_by"), m_user);
    row.insert(QStringLiteral("updated_by"), m_user);
    row.insert(kVersion, 1);
    row.remove(kDeletedAt);

    QStringList columns;
    QStringList marks;
    QVariantList binds;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant v = bindable(it.value());
        if (v.isNull())
            continue; // the column default applies
        columns << quoted(it.key());
        marks << QStringLiteral("?");
        binds << v;
    }
    QSqlQuery q(m_db.connection());
    const bool prepared =
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(table, true), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!prepared || !q.exec())
        return sqlFailure(q);
    WriteResult result;
    result.id = row.value(kId).toString();
    result.version = 1;
    result.affected = 1;
    m_changes.add({table, RowChange::Inserted, {result.id}, {}});
    return result;
}

WriteResult RecordWriter::update(const QString& table, const QString& id, int expectedVersion,
                                 const QVariantHash& changes)
{
    if (!m_active)
        return notStarted();
    QStringList columns;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!isMetadata(it.key()))
            columns << it.key();
    }
    columns.sort(); // a stable statement text, so the driver's prepared plans are reused

    // The written columns as they are: what an undo puts back, and the version check with a clear answer.
    QStringList selected{kVersion};
    for (const QString& column : std::as_const(columns))
        selected << quoted(column);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted_at IS NULL")
                  .arg(selected.join(QStringLiteral(", ")), quoted(table, true)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next()) {
        WriteResult result = WriteResult::failure(WriteResult::NotFound,
                                                  tr("This record no longer exists; someone may have deleted it."));
        result.id = id;
        return result;
    }
    const int current = q.value(0).toInt();
    if (expectedVersion >= 0 && current != expectedVersion) {
        WriteResult result =
            WriteResult::failure(WriteResult::Conflict,
                                 tr("Someone else changed this record after you loaded it. Nothing was overwritten."));
        result.id = id;
        result.theirs = currentRow(table, id);
        result.version = current;
        return result;
    }
    WriteResult result;
    result.id = id;
    for (int i = 0; i < columns.size(); ++i)
        result.before.insert(columns.at(i), q.value(i + 1));
    q.finish();

    QStringList sets;
    QVariantList binds;
    for (const QString& column : std::as_const(columns)) {
        sets << quoted(column) + QStringLiteral(" = ?");
        binds << bindable(changes.value(column));
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("version = version + 1");
    binds << m_now << m_user << id << current;
    const bool prepared =
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ? AND deleted_at IS NULL")
                      .arg(quoted(table, true), sets.join(QStringLiteral(", "))));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!prepared || !q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1) {
        // Changed between the read and the write (another connection committed in between).
        WriteResult conflict =
            WriteResult::failure(WriteResult::Conflict,
                                 tr("Someone else changed this record after you loaded it. Nothing was overwritten."));
        conflict.id = id;
        conflict.theirs = currentRow(table, id);
        return conflict;
    }
    result.version = current + 1;
    result.affected = 1;
    m_changes.add({table, RowChange::Updated, {id}, columns});
    return result;
}

WriteResult RecordWriter::softDelete(const QString& table, const QString& id, int expectedVersion)
{
    if (!m_active)
        return notStarted();
    QString where = QStringLiteral("id = ? AND deleted_at IS NULL");
    QVariantList binds{id};
    if (expectedVersion >= 0) {
        where += QStringLiteral(" AND version = ?");
        binds << expectedVersion;
    }
    WriteResult result = updateWhere(table, {{kDeletedAt, stamp()}}, where, binds, RowChange::Deleted);
    if (result.ok() && result.affected == 0) {
        const QVariantHash theirs = currentRow(table, id);
        result = WriteResult::failure(theirs.isEmpty() ? WriteResult::NotFound : WriteResult::Conflict,
                                      theirs.isEmpty()
                                          ? tr("This record was already deleted.")
                                          : tr("Someone else changed this record after you loaded it. Nothing was "
                                               "deleted."));
        result.theirs = theirs;
    }
    result.id = id;
    if (result.ok() && expectedVersion >= 0)
        result.version = expectedVersion + 1;
    return result;
}

WriteResult RecordWriter::restore(const QString& table, const QString& id)
{
    WriteResult result = updateWhere(table, {{kDeletedAt, QVariant()}},
                                     QStringLiteral("id = ? AND deleted_at IS NOT NULL"), {id}, RowChange::Restored);
    if (result.ok() && result.affected == 0)
        result = WriteResult::failure(WriteResult::NotFound, tr("This record is not in the deleted items."));
    result.id = id;
    return result;
}

WriteResult RecordWriter::purge(const QString& table, const QString& id)
{
    WriteResult result = deleteWhere(table, QStringLiteral("id = ?"), {id});
    result.id = id;
    return result;
}

WriteResult RecordWriter::updateWhere(const QString& table, const QVariantHash& changes, const QString& where,
                                      const QVariantList& binds, RowChange::Kind kind)
{
    if (!m_active)
        return notStarted();
    QString error;
    const QStringList ids = idsWhere(table, where, binds, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, tr("The database refused the change: %1").arg(error));
    WriteResult result;
    if (ids.isEmpty())
        return result;

    QStringList columns = changes.keys();
    columns.sort();
    QStringList sets;
    QVariantList values;
    QStringList written;
    for (const QString& column : std::as_const(columns)) {
        if (isMetadata(column) && column != kDeletedAt)
            continue;
        sets << quoted(column) + QStringLiteral(" = ?");
        values << bindable(changes.value(column));
        if (column != kDeletedAt)
            written << column;
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("version = version + 1");
    values << m_now << m_user;
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(quoted(table, true), sets.join(QStringLiteral(", ")), where));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    for (const QVariant& v : binds)
        q.addBindValue(bindable(v));
    if (!prepared || !q.exec())
        return sqlFailure(q);
    result.affected = q.numRowsAffected();
    m_changes.add({table, kind, ids, written});
    return result;
}

WriteResult RecordWriter::deleteWhere(const QString& table, const QString& where, const QVariantList& binds)
{
    if (!m_active)
        return notStarted();
    QString error;
    const QStringList ids = idsWhere(table, where, binds, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, tr("The database refused the change: %1").arg(error));
    WriteResult result;
    if (ids.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(table, true), where));
    for (const QVariant& v : binds)
        q.addBindValue(bindable(v));
    if (!prepared || !q.exec())
        return sqlFailure(q);
    result.affected = q.numRowsAffected();
    m_changes.add({table, RowChange::Purged, ids, {}});
    return result;
}

WriteResult RecordWriter::commit()
{
    if (!m_active)
        return notStarted();
    // The global search index changes with the records, in the same transaction.
    QString indexError;
    if (!SearchIndex::apply(m_db, m_changes, &indexError)) {
        rollback();
        return WriteResult::failure(WriteResult::Failed,
                                    tr("The search index could not be updated: %1").arg(indexError));
    }
    for (WriteHook* hook : m_db.writeHooks()) {
        QString error;
        if (!hook->beforeCommit(m_db, m_changes, &error)) {
            rollback();
            return WriteResult::failure(WriteResult::Failed, error);
        }
    }
    QString error;
    QSqlError failure;
    if (!m_db.commitTransaction(&error, &failure)) {
        m_active = false;
        if (m_db.reconnectIfLost(failure)) {
            // The connection broke while the commit was on its way: the server may have committed before it went.
            // Ask the new connection, so a save the server kept is not made twice and one it lost runs again.
            if (landed()) {
                m_db.notifier().announce(m_changes);
                return {};
            }
            WriteResult lost = WriteResult::failure(
                WriteResult::Failed, tr("The change could not be saved: %1").arg(m_db.describeError(failure)));
            lost.retry = true;
            return lost;
        }
        return WriteResult::failure(WriteResult::Failed, tr("The change could not be saved: %1").arg(error));
    }
    m_active = false;
    m_db.notifier().announce(m_changes);
    return {};
}

void RecordWriter::rollback()
{
    if (m_active)
        m_db.rollbackTransaction();
    m_active = false;
}
