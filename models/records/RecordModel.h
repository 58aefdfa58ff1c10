#pragma once

#include "AttributeValues.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QString>
#include <QStringList>
#include <QVariantHash>

class Database;
class RecordWriter;

// Base of the editable per-entity models the record editors map their widgets onto: a QSqlTableModel in
// OnManualSubmit mode whose writes carry DeskCRM's row metadata (UUIDv7 ids, created/updated by and at,
// version), update optimistically (WHERE id = ? AND version = ?), delete by tombstone, and whose save()
// validates first and then writes everything in one transaction, reporting conflicts with both versions.
// Timestamp columns (*_at) read as UTC QDateTime and date columns as QDate on both dialects.
class RecordModel : public QSqlTableModel
{
    Q_OBJECT

public:
    struct SaveResult
    {
        enum Status { Saved, Invalid, Conflict, Failed };
        Status status = Saved;
        QString message;                     // translated, for the user
        QHash<QString, QString> fieldErrors; // column name -> translated message shown next to the field
        QSqlRecord theirs;                   // on Conflict: the row as it is now in the database (empty if deleted)
        QSqlRecord mine;                     // on Conflict: what this model tried to write
        int row = -1;                        // the row that was invalid / in conflict
        bool ok() const { return status == Saved; }
    };

    RecordModel(Database& db, const QString& table, QObject* parent = nullptr);
    ~RecordModel() override;

    Database& database() const;
    // "customer", "contact", ... as RecordStore and DeletedItemsModel name it.
    virtual QString entity() const;

    // Exactly that non-deleted row (0 or 1 rows).
    bool selectRecord(const QString& id);
    // The non-deleted rows whose parentColumn is parentId, in childOrder().
    bool selectChildren(const QString& parentColumn, const QString& parentId);
    // Every non-deleted row (small tables and tests only: lists use the lazy list models). Until one of
    // the select* functions is called, select() shows just the rows this model added and saved.
    bool selectAll();

    // Appends a new row: id (UUIDv7), defaults(), owner/author = current user, then presets (column ->
    // value). Returns the row.
    int addRecord(const QVariantHash& presets = {});
    QString recordId(int row) const;
    int rowOfId(const QString& id) const;
    // Shorthands for editors and tests: value/setValue by column name.
    QVariant value(int row, const QString& column) const;
    bool setValue(int row, const QString& column, const QVariant& value);

    // validate() every dirty row; then one transaction: submitAll + commit, else rollback and the
    // model keeps every pending change so the user can fix and save again.
    SaveResult save();
    // Required fields etc.: column -> translated message; empty when valid.
    virtual QHash<QString, QString> validate(const QSqlRecord& record) const;
    QString lastErrorMessage() const;

    // Custom field values of a row (AttributeValues), saved with it: save() checks them with the row's own rules
    // and writes them in the same transaction, after the row. Replaces an earlier edit of that row.
    void setAttributeEdit(int row, const AttributeEdit& edit);

    // What the last successful save() wrote, row by row: what an undo needs to put things back.
    struct SavedWrite
    {
        enum Kind { Inserted, Updated, Deleted };
        Kind kind;
        QString id;
        QVariantHash before; // Updated: the written columns as they were
        QVariantHash after;  // Inserted/Updated: the columns written
        int version = 0;     // the row's version after the save
    };
    QList<SavedWrite> lastSave() const { return m_lastSave; }

    // After a Conflict the user may keep their edits: the row's version becomes the current one in
    // the database, so the next save() writes only the fields this user changed over theirs.
    bool rebaseOnDatabase(int row, QString* error = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void revertRow(int row) override;

public slots:
    bool select() override;

protected:
    bool insertRowIntoTable(const QSqlRecord& values) override;
    bool updateRowInTable(int row, const QSqlRecord& values) override;
    bool deleteRowFromTable(int row) override;
    QString selectStatement() const override;

    // Values a new row starts with (column -> value), before presets.
    virtual QVariantHash defaults() const;
    // ORDER BY for selectChildren (column names of this table).
    virtual QString childOrder() const;
    // Calendar-date columns (read as QDate); timestamps are the *_at columns.
    virtual QStringList dateColumns() const;
    // Called inside save()'s transaction before a row is written: adjust what is written (e.g. derived
    // columns). previous is the row as selected (empty for an insert).
    virtual bool prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error);
    // Called inside the same transaction after the row was written (e.g. history rows).
    virtual bool afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                            QString* error);

    // The write in progress: valid inside save() (prepareWrite/afterWrite write related rows through it).
    RecordWriter* writer() const { return m_writer; }

    bool isTimestampColumn(const QString& column) const;
    bool isDateColumn(const QString& column) const;
    // The stored form of a value for column (QDateTime -> UTC text, QDate -> date text, else as is).
    QVariant toStorage(const QString& column, const QVariant& value) const;
    void setWriteError(const QString& message);

private:
    bool selectOnce();
    struct Submitted
    {
        enum Kind { Insert, Update, Delete };
        Kind kind;
        int row;
        QSqlRecord values;
    };

    void primeNewRecord(int row, QSqlRecord& record);
    QSqlRecord currentRow(const QString& id) const;
    QSqlRecord selectedRow(int row) const;
    bool writeInsert(QSqlRecord values);
    void reviveSubmitted();
    void fail(const QString& message);

    Database& m_db;
    QString whereClause(QVariantList* binds) const;

    QString m_where; // select()'s WHERE, with placeholders; empty: the rows saved through this model
    QVariantList m_whereValues;
    QVariantList m_ownIds;
    bool m_emptySelect = false;
    QSet<QString> m_newIds;                    // rows added here and not yet committed
    QHash<QString, QVariant> m_pendingDeletes; // id -> version: tombstones a failed save rolled back
    QList<Submitted> m_submitted;
    QHash<QString, int> m_insertRows; // during save(): id -> row of the rows being inserted
    bool m_saving = false;
    RecordWriter* m_writer = nullptr;
    QList<SavedWrite> m_lastSave;
    QHash<QString, AttributeEdit> m_attributeEdits; // record id -> custom field values to save with it
    SaveResult m_failure;
    bool m_retry = false; // the failed save may succeed when run again (RecordWriter's WriteResult::retry)
    QString m_lastError;
};
