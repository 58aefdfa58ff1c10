#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantHash>

class Database;
class RecordWriter;

// Merges duplicate customers or contacts into one and takes a merge back. A merge is one RecordWriter transaction:
// the survivor takes the values chosen field by field; every row that refers to a merged-away record moves to the
// survivor (whatever table it is in: the references are read from the schema's foreign keys through
// Database::schemaDialect(), so tables later migrations add move too); a related row that would break a unique key
// on the survivor (the same tag twice) is tombstoned instead; the merged-away records become tombstones whose
// merged_into_id points at the survivor; and merge_log records all of it, which undo() reads to put everything back.
class DuplicateMerger
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateMerger)

public:
    explicit DuplicateMerger(Database& db);

    struct Plan
    {
        QString entity; // "customer" or "contact"
        QString survivorId;
        QStringList mergedIds;
        QVariantHash values; // column -> the value the survivor keeps (only columns to change)
    };

    // Related rows that refer to a record through one foreign key column.
    struct Move
    {
        QString table;
        QString column;
        int rows = 0;
    };

    // The columns a merge offers a choice for: the table's own data, not its key, row metadata or merge pointer.
    QStringList mergeableColumns(const QString& entity) const;
    // The live records' stored values, every column, in the order of ids (a record gone meanwhile is left out).
    bool rows(const QString& entity, const QStringList& ids, QList<QVariantHash>* rows, QString* error) const;
    // What a merge would move: per referencing table and column, the rows of the merged records (live or not).
    bool preview(const Plan& plan, QList<Move>* moves, QString* error) const;

    // result.id is the merge_log row's id (what undo() takes).
    WriteResult merge(const Plan& plan);
    // Inside the caller's write.
    static WriteResult merge(RecordWriter& writer, const Plan& plan);
    // Brings the merged records back, moves their rows back and restores the survivor's values. A Conflict when the
    // survivor was changed since the merge, NotFound when the merge is unknown or already undone.
    WriteResult undo(const QString& mergeId);
    static WriteResult undo(RecordWriter& writer, const QString& mergeId);

private:
    Database& m_db;
};
