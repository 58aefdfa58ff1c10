#include "RecordModel.h"

#include "Database.h"
#include "RecordStore.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QSignalBlocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");

bool isMetadataColumn(const QString& column)
{
    static const QSet<QString> metadata{QStringLiteral("id"),         QStringLiteral("created_at"),
                                        QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                        QStringLiteral("updated_by"), QStringLiteral("version"),
                                        QStringLiteral("deleted_at")};
    return metadata.contains(column);
}

// Only ever compared against, never stored: lets a rolled-back row be marked dirty again (see reviveSubmitted).
QVariant sentinel()
{
    return QVariant(QStringLiteral("\x01deskcrm-unsaved\x01"));
}
} // namespace

RecordModel::RecordModel(Database& db, const QString& table, QObject* parent)
    : QSqlTableModel(parent, db.connection()), m_db(db)
{
    setTable(table);
    setEditStrategy(OnManualSubmit);
    connect(this, &QSqlTableModel::primeInsert, this, &RecordModel::primeNewRecord);
}

RecordModel::~RecordModel() = default;

Database& RecordModel::database() const
{
    return m_db;
}

QString RecordModel::entity() const
{
    return RecordStore::entityOfTable(tableName());
}

QString RecordModel::selectStatement() const
{
    if (tableName().isEmpty())
        return {};
    QSqlDriver* driver = m_db.connection().driver();
    QString sql = driver->sqlStatement(QSqlDriver::SelectStatement, tableName(), QSqlTableModel::record(), false);
    QVariantList binds;
    sql += QStringLiteral(" WHERE ") + (m_emptySelect ? QStringLiteral("1 = 0") : whereClause(&binds));
    const QString order = orderByClause();
    if (!order.isEmpty())
        sql += QLatin1Char(' ') + order;
    else
        sql += QStringLiteral(" ORDER BY ") + childOrder() + QStringLiteral(", id");
    return sql;
}

// QSqlTableModel::select() runs its statement as plain text. It is kept for what it does to the edit cache
// and the model state (with a WHERE that matches nothing); the rows then come from a prepared statement
// with bound values.
bool RecordModel::select()
{
    if (m_saving)
        return true; // save() selects once the transaction is committed
    if (selectOnce())
        return true;
    // The server went away while the window sat idle (restart, Wi-Fi): read again on a new connection.
    if (!m_db.reconnectIfLost(lastError()))
        return false;
    // A model made while the connection was already dead could not read its table's columns.
    if (QSqlTableModel::record().isEmpty())
        setTable(tableName());
    return selectOnce();
}

bool RecordModel::selectOnce()
{
    m_emptySelect = true;
    const bool reset = QSqlTableModel::select();
    m_emptySelect = false;
    if (!reset) {
        m_lastError = lastError().text();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(selectStatement())) {
        m_lastError = q.lastError().text();
        return false;
    }
    QVariantList binds;
    whereClause(&binds);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        setLastError(q.lastError());
        return false;
    }
    QSqlQueryModel::setQuery(std::move(q));
    m_pendingDeletes.clear();
    m_newIds.clear();
    return !lastError().isValid();
}

QString RecordModel::whereClause(QVariantList* binds) const
{
    if (!m_where.isEmpty()) {
        *binds = m_whereValues;
        return m_where;
    }
    // A model opened to create records (a dialog's "New") must not reload the whole table after saving.
    if (m_ownIds.isEmpty())
        return QStringLiteral("1 = 0");
    *binds = m_ownIds;
    QStringList marks;
    for (int i = 0; i < m_ownIds.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("id IN (%1) AND deleted_at IS NULL").arg(marks.join(QStringLiteral(", ")));
}

bool RecordModel::selectAll()
{
    m_where = QStringLiteral("deleted_at IS NULL");
    m_whereValues.clear();
    return select();
}

bool RecordModel::selectRecord(const QString& id)
{
    m_where = QStringLiteral("id = ? AND deleted_at IS NULL");
    m_whereValues = {Uuid::isValid(id) ? QVariant(id) : QVariant()}; // an invalid id matches nothing
    if (!Uuid::isValid(id)) {
        m_where = QStringLiteral("1 = 0");
        m_whereValues.clear();
    }
    return select();
}

bool RecordModel::selectChildren(const QString& parentColumn, const QString& parentId)
{
    // The column name goes into the statement, so it must be one of this table's own columns.
    if (QSqlTableModel::record().indexOf(parentColumn) < 0 || isMetadataColumn(parentColumn)) {
        m_lastError = QCoreApplication::translate("RecordModel", "Unknown column %1.").arg(parentColumn);
        return false;
    }
    QSqlDriver* driver = m_db.connection().driver();
    m_where =
        driver->escapeIdentifier(parentColumn, QSqlDriver::FieldName) + QStringLiteral(" = ? AND deleted_at IS NULL");
    m_whereValues = {parentId};
    if (parentId.isEmpty()) {
        m_where = QStringLiteral("1 = 0");
        m_whereValues.clear();
    }
    return select();
}

void RecordModel::primeNewRecord(int row, QSqlRecord& record)
{
    Q_UNUSED(row)
    const QString id = Uuid::createV7();
    m_newIds.insert(id);
    record.setValue(kId, id);
    record.setValue(kVersion, 1);
    const QVariantHash defs = defaults();
    for (auto it = defs.cbegin(); it != defs.cend(); ++it) {
        if (record.indexOf(it.key()) >= 0)
            record.setValue(it.key(), toStorage(it.key(), it.value()));
    }
    for (const QString& column : {QStringLiteral("owner_id"), QStringLiteral("author_id")}) {
        if (record.indexOf(column) >= 0 && record.isNull(column) && !m_db.currentUserId().isEmpty())
            record.setValue(column, m_db.currentUserId());
    }
}

int RecordModel::addRecord(const QVariantHash& presets)
{
    const int row = rowCount();
    if (!insertRow(row))
        return -1;
    for (auto it = presets.cbegin(); it != presets.cend(); ++it)
        setValue(row, it.key(), it.value());
    return row;
}

QString RecordModel::recordId(int row) const
{
    // One cell, not QSqlTableModel::record(row), which reads every column through data().
    return QSqlTableModel::data(index(row, fieldIndex(kId)), Qt::EditRole).toString();
}

int RecordModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (recordId(row) == id)
            return row;
    }
    return -1;
}

QVariant RecordModel::value(int row, const QString& column) const
{
    const int col = fieldIndex(column);
    if (col < 0)
        return {};
    return data(index(row, col), Qt::EditRole);
}

bool RecordModel::setValue(int row, const QString& column, const QVariant& value)
{
    const int col = fieldIndex(column);
    if (col < 0)
        return false;
    return setData(index(row, col), value, Qt::EditRole);
}

bool RecordModel::isTimestampColumn(const QString& column) const
{
    return column.endsWith(QLatin1String("_at"));
}

bool RecordModel::isDateColumn(const QString& column) const
{
    return dateColumns().contains(column);
}

QVariant RecordModel::toStorage(const QString& column, const QVariant& value) const
{
    if (value.metaType().id() == QMetaType::QDateTime && isTimestampColumn(column)) {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? QVariant(SqlValues::timestamp(when)) : QVariant();
    }
    if (value.metaType().id() == QMetaType::QDate && isDateColumn(column))
        return SqlValues::date(value.toDate());
    // An emptied line edit or a combo box's "none" row means "no value", not an empty string.
    if (value.metaType().id() == QMetaType::QString && value.toString().isEmpty())
        return QVariant();
    return value;
}

QVariant RecordModel::data(const QModelIndex& index, int role) const
{
    const QVariant raw = QSqlTableModel::data(index, role);
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return raw;
    const QString column = QSqlTableModel::record().fieldName(index.column());
    if (isTimestampColumn(column)) {
        if (raw.isNull())
            return {};
        // Stored and edited in UTC (editors convert to their own zone); lists show local time.
        const QDateTime utc = SqlValues::toDateTime(raw);
        return role == Qt::DisplayRole ? QVariant(utc.toLocalTime()) : QVariant(utc);
    }
    if (isDateColumn(column))
        return raw.isNull() ? QVariant() : QVariant(SqlValues::toDate(raw));
    return raw;
}

bool RecordModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return QSqlTableModel::setData(index, value, role);
    const QString column = QSqlTableModel::record().fieldName(index.column());
    const QVariant stored = toStorage(column, value);
    // The same value in another form (a QDateTime for stored text...) is no change.
    const QVariant shown = data(index, Qt::EditRole);
    const QVariant storedShown = toStorage(column, shown);
    if (stored.isNull() == storedShown.isNull() && stored == storedShown)
        return true;
    return QSqlTableModel::setData(index, stored, role);
}

QVariantHash RecordModel::defaults() const
{
    return {};
}

QString RecordModel::childOrder() const
{
    return QStringLiteral("created_at");
}

QStringList RecordModel::dateColumns() const
{
    return {};
}

bool RecordModel::prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error)
{
    Q_UNUSED(values)
    Q_UNUSED(previous)
    Q_UNUSED(inserting)
    Q_UNUSED(error)
    return true;
}

bool RecordModel::afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                             QString* error)
{
    Q_UNUSED(id)
    Q_UNUSED(written)
    Q_UNUSED(previous)
    Q_UNUSED(inserting)
    Q_UNUSED(error)
    return true;
}

QHash<QString, QString> RecordModel::validate(const QSqlRecord& record) const
{
    Q_UNUSED(record)
    return {};
}

QString RecordModel::lastErrorMessage() const
{
    return m_lastError;
}

void RecordModel::setWriteError(const QString& message)
{
    fail(message);
}

void RecordModel::fail(const QString& message)
{
    m_lastError = message;
    if (m_failure.status == SaveResult::Saved) {
        m_failure.status = SaveResult::Failed;
        m_failure.message = message;
    }
    setLastError(QSqlError(message, QString(), QSqlError::TransactionError));
}

QSqlRecord RecordModel::currentRow(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted_at IS NULL")
                  .arg(m_db.connection().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.record();
}

QSqlRecord RecordModel::selectedRow(int row) const
{
    const QModelIndex queryIndex = indexInQuery(index(row, 0));
    if (!queryIndex.isValid())
        return {};
    return QSqlQueryModel::record(queryIndex.row());
}

bool RecordModel::writeInsert(QSqlRecord values)
{
    if (values.value(kId).toString().isEmpty())
        values.setValue(kId, Uuid::createV7());
    const QString id = values.value(kId).toString();

    QString prepareError;
    if (!prepareWrite(values, QSqlRecord(), true, &prepareError)) {
        fail(prepareError);
        return false;
    }
    QVariantHash row;
    for (int i = 0; i < values.count(); ++i) {
        const QString name = values.fieldName(i);
        if (isMetadataColumn(name) && name != kId)
            continue; // the writer stamps them
        row.insert(name, toStorage(name, values.value(i)));
    }
    const WriteResult written = m_writer->insert(tableName(), row);
    if (!written.ok()) {
        m_retry = m_retry || written.retry;
        fail(QCoreApplication::translate("RecordModel", "The record could not be saved: %1").arg(written.message));
        return false;
    }
    QString afterError;
    if (!afterWrite(id, values, QSqlRecord(), true, &afterError)) {
        fail(afterError);
        return false;
    }
    m_lastSave.append({SavedWrite::Inserted, id, {}, row, written.version});
    return true;
}

bool RecordModel::insertRowIntoTable(const QSqlRecord& values)
{
    if (!writeInsert(values))
        return false;
    const QString id = values.value(kId).toString();
    m_submitted.append({Submitted::Insert, m_insertRows.value(id, -1), values});
    return true;
}

bool RecordModel::updateRowInTable(int row, const QSqlRecord& values)
{
    const QSqlRecord full = QSqlTableModel::record(row);
    const QString id = full.value(kId).toString();
    if (m_newIds.contains(id)) {
        // Inserted by a save that was rolled back: QSqlTableModel now thinks it exists.
        if (!writeInsert(full))
            return false;
        m_submitted.append({Submitted::Update, row, values});
        return true;
    }

    // The row as stored now: if its version still matches, this is what the user's edit started from
    // (QSqlQueryModel::record() would already show the pending edit).
    const QSqlRecord previous = currentRow(id);
    const QVariant expectedVersion = full.value(kVersion);
    QSqlRecord changes = values;
    for (int i = 0; i < changes.count(); ++i) {
        if (isMetadataColumn(changes.fieldName(i)))
            changes.setGenerated(i, false);
    }
    QString prepareError;
    if (!prepareWrite(changes, previous, false, &prepareError)) {
        fail(prepareError);
        return false;
    }

    QVariantHash changed;
    for (int i = 0; i < changes.count(); ++i) {
        if (!changes.isGenerated(i) || isMetadataColumn(changes.fieldName(i)))
            continue;
        changed.insert(changes.fieldName(i), toStorage(changes.fieldName(i), changes.value(i)));
    }
    if (changed.isEmpty())
        return true; // nothing but metadata changed (e.g. a rebased version)

    const WriteResult result = m_writer->update(tableName(), id, expectedVersion.toInt(), changed);
    if (result.status == WriteResult::Conflict || result.status == WriteResult::NotFound) {
        // Someone else saved (or deleted) it since it was loaded: never overwrite, show both versions.
        m_failure.status = SaveResult::Conflict;
        m_failure.row = row;
        m_failure.theirs = currentRow(id);
        m_failure.mine = full;
        m_failure.message = m_failure.theirs.isEmpty()
                                ? QCoreApplication::translate("RecordModel", "This record was deleted by someone else.")
                                : QCoreApplication::translate(
                                      "RecordModel", "This record was changed by someone else since you opened it.");
        fail(m_failure.message);
        return false;
    }
    if (!result.ok()) {
        m_retry = m_retry || result.retry;
        fail(QCoreApplication::translate("RecordModel", "The record could not be saved: %1").arg(result.message));
        return false;
    }
    m_lastSave.append({SavedWrite::Updated, id, result.before, changed, result.version});
    QSqlRecord written = full;
    for (int i = 0; i < changes.count(); ++i) {
        if (changes.isGenerated(i))
            written.setValue(changes.fieldName(i), changes.value(i));
    }
    QString afterError;
    if (!afterWrite(id, written, previous, false, &afterError)) {
        fail(afterError);
        return false;
    }
    m_submitted.append({Submitted::Update, row, values});
    return true;
}

bool RecordModel::deleteRowFromTable(int row)
{
    const QSqlRecord previous = selectedRow(row);
    const QString id = previous.value(kId).toString();
    const QVariant version = previous.value(kVersion);
    QString error;
    if (!RecordStore::tombstone(*m_writer, entity(), id, version, &error)) {
        const QSqlRecord theirs = currentRow(id);
        if (!theirs.isEmpty() && theirs.value(kVersion) != version) {
            m_failure.status = SaveResult::Conflict;
            m_failure.row = row;
            m_failure.theirs = theirs;
            m_failure.mine = previous;
            m_failure.message = QCoreApplication::translate(
                "RecordModel", "This record was changed by someone else since you opened it.");
        }
        fail(error);
        return false;
    }
    m_submitted.append({Submitted::Delete, row, previous});
    m_lastSave.append({SavedWrite::Deleted, id, {}, {}, version.toInt() + 1});
    return true;
}

void RecordModel::revertRow(int row)
{
    m_pendingDeletes.remove(selectedRow(row).value(kId).toString());
    QSqlTableModel::revertRow(row);
}

// QSqlTableModel marks each row it submitted as saved, even when a later row fails and the transaction is
// rolled back; the next submitAll() would then skip them. Mark them dirty again (through setData, the only
// public way), so a failed save loses nothing.
void RecordModel::reviveSubmitted()
{
    for (const Submitted& s : std::as_const(m_submitted)) {
        if (s.kind == Submitted::Delete) {
            m_pendingDeletes.insert(s.values.value(kId).toString(), s.values.value(kVersion));
            continue;
        }
        if (s.row < 0 || s.row >= rowCount())
            continue;
        {
            const QSignalBlocker blocker(this);
            for (int i = 0; i < s.values.count(); ++i) {
                const bool wanted =
                    s.kind == Submitted::Insert ? !s.values.isNull(i) || i == fieldIndex(kId) : s.values.isGenerated(i);
                if (!wanted)
                    continue;
                const QModelIndex idx = index(s.row, i);
                const QVariant v = QSqlTableModel::data(idx, Qt::EditRole);
                QSqlTableModel::setData(idx, sentinel(), Qt::EditRole);
                QSqlTableModel::setData(idx, v, Qt::EditRole);
            }
        }
        emit dataChanged(index(s.row, 0), index(s.row, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, s.row, s.row);
    }
    m_submitted.clear();
}

RecordModel::SaveResult RecordModel::save()
{
    SaveResult result;
    m_lastError.clear();

    for (int row = 0; row < rowCount(); ++row) {
        bool dirty = false;
        for (int col = 0; col < columnCount() && !dirty; ++col)
            dirty = isDirty(index(row, col));
        // Rows marked for deletion show "!" in the vertical header; they need no validation.
        if (!dirty || headerData(row, Qt::Vertical).toString() == QLatin1String("!"))
            continue;
        const QHash<QString, QString> errors = validate(QSqlTableModel::record(row));
        if (!errors.isEmpty()) {
            result.status = SaveResult::Invalid;
            result.row = row;
            result.fieldErrors = errors;
            result.message = errors.size() == 1
                                 ? errors.cbegin().value()
                                 : QCoreApplication::translate("RecordModel", "Please correct the marked fields.");
            m_lastError = result.message;
            return result;
        }
    }

    for (auto it = m_attributeEdits.cbegin(); it != m_attributeEdits.cend(); ++it) {
        const QHash<QString, QString> errors = AttributeValues::validate(it.value().definitions, it.value().values);
        if (!errors.isEmpty()) {
            result.status = SaveResult::Invalid;
            result.row = rowOfId(it.key());
            result.fieldErrors = errors;
            result.message = errors.size() == 1
                                 ? errors.cbegin().value()
                                 : QCoreApplication::translate("RecordModel", "Please correct the marked fields.");
            m_lastError = result.message;
            return result;
        }
    }

    for (int attempt = 1;; ++attempt) {
        RecordWriter writer(m_db);
        if (!writer.isActive()) {
            result.status = SaveResult::Failed;
            result.message = writer.notStarted().message;
            m_lastError = result.message;
            return result;
        }
        m_writer = &writer;
        m_lastSave.clear();
        m_failure = SaveResult();
        m_retry = false;
        m_submitted.clear();
        m_insertRows.clear();
        for (int row = 0; row < rowCount(); ++row) {
            const QString id = recordId(row);
            if (m_newIds.contains(id))
                m_insertRows.insert(id, row);
        }
        m_saving = true;
        bool ok = true;
        for (auto it = m_pendingDeletes.cbegin(); ok && it != m_pendingDeletes.cend(); ++it) {
            QString error;
            ok = RecordStore::tombstone(writer, entity(), it.key(), it.value(), &error);
            if (!ok)
                fail(error);
        }
        if (ok)
            ok = submitAll();
        // Custom field values after their rows, so a new record exists when its values refer to it.
        for (auto it = m_attributeEdits.cbegin(); ok && it != m_attributeEdits.cend(); ++it) {
            const WriteResult written = AttributeValues::write(writer, entity(), it.key(), it.value());
            if (!written.ok()) {
                ok = false;
                m_retry = m_retry || written.retry;
                m_failure.status = written.status == WriteResult::Invalid ? SaveResult::Invalid : SaveResult::Failed;
                m_failure.fieldErrors = written.fieldErrors;
                m_failure.row = rowOfId(it.key());
                m_failure.message = written.message;
                fail(written.message);
            }
        }
        m_saving = false;
        if (ok) {
            const WriteResult committed = writer.commit();
            if (!committed.ok()) {
                ok = false;
                m_retry = m_retry || committed.retry; // the connection broke before the commit landed
                fail(QCoreApplication::translate("RecordModel", "The changes could not be committed: %1")
                         .arg(committed.message));
            }
        }
        m_writer = nullptr;
        if (!ok) {
            writer.rollback();
            m_lastSave.clear();
            if (m_failure.status == SaveResult::Saved) {
                m_failure.status = SaveResult::Failed;
                m_failure.message = QCoreApplication::translate("RecordModel", "The changes could not be saved: %1")
                                        .arg(lastError().text().trimmed());
            }
            reviveSubmitted();
            // PostgreSQL gave up on the transaction (deadlock, serialization) or the connection was lost and opened
            // again: the edits are pending again, so the whole save runs once more, as RecordWriter::transact does
            // for other writes. New rows keep their ids, so a save can never arrive twice.
            if (m_retry && attempt < RecordWriter::kAttempts)
                continue;
            result = m_failure;
            m_lastError = result.message;
            return result;
        }
        break;
    }
    m_submitted.clear();
    m_attributeEdits.clear();
    if (m_where.isEmpty()) {
        for (auto it = m_insertRows.cbegin(); it != m_insertRows.cend(); ++it)
            m_ownIds.append(it.key());
    }
    select();
    return result;
}

void RecordModel::setAttributeEdit(int row, const AttributeEdit& edit)
{
    const QString id = recordId(row);
    if (!id.isEmpty())
        m_attributeEdits.insert(id, edit);
}

bool RecordModel::rebaseOnDatabase(int row, QString* error)
{
    const QString id = recordId(row);
    const QSqlRecord theirs = currentRow(id);
    if (theirs.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("RecordModel", "This record was deleted by someone else.");
        return false;
    }
    const QModelIndex idx = index(row, fieldIndex(kVersion));
    return QSqlTableModel::setData(idx, theirs.value(kVersion), Qt::EditRole);
}
