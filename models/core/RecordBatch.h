#pragma once

#include "BulkLoadDialect.h"
#include "RecordWriter.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <type_traits>

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
// transaction, hooks and announcement, written by the dialect's BulkInserter (SQLite: prepared multi-row
// INSERTs bound through its C interface; PostgreSQL: COPY … FROM STDIN). Values are kept as the drivers take
// them (BulkRows): a QString becomes UTF-8 once, a number stays a number, no QVariant per value unless the
// caller passes one. Values are converted as RecordWriter binds them: a QDateTime to UTC timestamp text, a
// QDate to a plain date, a null QString or QVariant to NULL.
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
        (append(std::forward<Values>(values)), ...);
        stampRow(nullptr);
    }
    // One row with the history it brings.
    template <typename... Values> void addWithHistory(const RowHistory& history, Values&&... values)
    {
        Q_ASSERT(sizeof...(values) == static_cast<size_t>(m_columns.size()));
        (append(std::forward<Values>(values)), ...);
        stampRow(&history);
    }
    void addRow(const QVariantList& values, const RowHistory* history = nullptr);

    // The same with the history's stamps as UTF-8 text already (SqlValues::timestamp() form) and the user ids as
    // UTF-8 (empty = NULL): for generators of millions of rows that make their timestamps without a QString.
    struct RawHistory
    {
        QByteArrayView createdAt;
        QByteArrayView createdBy;
        QByteArrayView updatedAt;
        QByteArrayView updatedBy;
        int version = 1;
    };
    template <typename... Values> void addWithHistory(const RawHistory& history, Values&&... values)
    {
        Q_ASSERT(sizeof...(values) == static_cast<size_t>(m_columns.size()));
        (append(std::forward<Values>(values)), ...);
        stampRow(history);
    }

    // Ends a row whose values were append()ed one by one (a column count known only at run time).
    void endRow(const RawHistory& history) { stampRow(history); }

    int pendingRows() const { return static_cast<int>(m_rows.size() / m_width); }
    qint64 rowsWritten() const { return m_written; }

    // Writes the rows added so far; a Failed result leaves the writer to roll the whole write back.
    WriteResult flush();

    // One value of a row, kept as the driver will take it. Public so callers can hand over UTF-8 text they
    // built in a buffer (QUtf8StringView, QByteArrayView) and Latin-1 literals without a QString.
    template <typename T> void append(T&& value)
    {
        using Type = std::remove_cv_t<std::remove_reference_t<T>>;
        if constexpr (std::is_same_v<Type, bool>)
            m_rows.appendBoolean(value);
        else if constexpr (std::is_integral_v<Type>)
            m_rows.appendInteger(static_cast<qint64>(value));
        else if constexpr (std::is_floating_point_v<Type>)
            m_rows.appendReal(static_cast<double>(value));
        else if constexpr (std::is_same_v<Type, QString> || std::is_same_v<Type, QStringView>)
            m_rows.appendText(value);
        else if constexpr (std::is_same_v<Type, QLatin1String>)
            m_rows.appendLatin1(value);
        else if constexpr (std::is_same_v<Type, QUtf8StringView>)
            m_rows.appendUtf8(QByteArrayView(value.data(), value.size()));
        else if constexpr (std::is_same_v<Type, QByteArrayView>)
            m_rows.appendUtf8(value);
        else if constexpr (std::is_same_v<Type, std::nullptr_t>)
            m_rows.appendNull();
        else if constexpr (std::is_same_v<Type, QVariant>)
            appendVariant(value);
        else
            appendVariant(QVariant(std::forward<T>(value)));
    }

private:
    void appendVariant(const QVariant& value);
    void stampRow(const RowHistory* history);
    void stampRow(const RawHistory& history);
    // The id of the row just added: made when empty, listed for the announcement while few.
    void identifyRow();
    bool ensureInserter(QString* error);

    RecordWriter& m_writer;
    QString m_table;
    QStringList m_columns;
    int m_width = 0; // values per row, metadata included
    int m_idColumn = -1;
    BulkRows m_rows;
    std::unique_ptr<BulkInserter> m_inserter;
    QByteArray m_now;  // the writer's stamp, UTF-8
    QByteArray m_user; // the writer's user id, UTF-8; empty = NULL
    qint64 m_written = 0;
    QStringList m_ids; // announced ids, while few enough to list
    bool m_unlisted = false;
};
