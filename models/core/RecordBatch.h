#pragma once

#include "RecordWriter.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

// Who made a row and when, for rows that arrive with a history of their own (demo data, a colleague's rows
// synced from the server, an import that keeps the source's creation time) instead of being made now.
struct RowHistory
{
    QString createdAt; // SqlValues::timestamp() text
    QVariant createdBy;
    QString updatedAt;
    QVariant updatedBy;
    int version = 1;
};

// RecordWriter's batched form for loads of many new rows into one table: the same stamps (created/updated
// at and by from the writer's clock and user, version 1; or a RowHistory the caller brings), the same
// transaction, hooks and announcement, written as multi-row INSERTs of BulkLoadDialect::valuesPerStatement()
// values. Statements are prepared once per row count; counts are powers of two, so a handful serve any
// remainder and nothing is re-parsed per flush.
//
// Rows are kept until flush(); flush parents before children, so every foreign key points at a written row.
// The announcement lists the ids of a small load (an import of a few rows updates lists in place) and just
// the table for a big one (ChangeSet: an empty id list means "too many to list").
class RecordBatch
{
    Q_DECLARE_TR_FUNCTIONS(RecordBatch)

public:
    // columns: the business columns, "id" among them; the metadata columns are added by the batch.
    RecordBatch(RecordWriter& writer, QString table, QStringList columns);
    ~RecordBatch();
    Q_DISABLE_COPY(RecordBatch)

    // One row stamped as made by this write. Values in the order of the columns.
    template <typename... Values> void add(Values&&... values)
    {
        Q_ASSERT(sizeof...(values) == static_cast<size_t>(m_columns.size()));
        (m_values.append(QVariant(std::forward<Values>(values))), ...);
        stampRow(nullptr);
    }
    // One row with the history it brings.
    template <typename... Values> void addWithHistory(const RowHistory& history, Values&&... values)
    {
        Q_ASSERT(sizeof...(values) == static_cast<size_t>(m_columns.size()));
        (m_values.append(QVariant(std::forward<Values>(values))), ...);
        stampRow(&history);
    }
    void addRow(const QVariantList& values, const RowHistory* history = nullptr);

    int pendingRows() const { return static_cast<int>(m_values.size() / m_width); }
    qint64 rowsWritten() const { return m_written; }

    // Writes the rows added so far; a Failed result leaves the writer to roll the whole write back.
    WriteResult flush();

private:
    void stampRow(const RowHistory* history);
    QSqlQuery& statement(int rows);

    RecordWriter& m_writer;
    QString m_table;
    QStringList m_columns;
    int m_width = 0; // values per row, metadata included
    int m_idColumn = -1;
    int m_maxRows = 1;
    QList<QVariant> m_values;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    qint64 m_written = 0;
    QStringList m_ids; // announced ids, while few enough to list
    bool m_unlisted = false;
};
