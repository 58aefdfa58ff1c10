#pragma once

#include "ConnectionSettings.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <functional>
#include <vector>

class QSqlDatabase;

// Reading long columns of integers (tens of thousands of revenues for the customer tiers) fast, as each dialect
// allows: through QtSql every result row costs a fetch and a QVariant per value, more than the query itself.
// PostgreSQL sends the numbers as one string_agg text and groups by hash on the server; SQLite's rows are stepped
// through its own handle and, where they are summed per key, summed here (SQLite can only group by sorting, and
// sorting ~60,000 UUID keys was most of the tiers chart). Asked through Database::bulkReadDialect(); one
// stateless instance per dialect.
class BulkReadDialect
{
public:
    virtual ~BulkReadDialect();

    static const BulkReadDialect& of(ConnectionSettings::Dialect dialect);

    // Appends to *numbers the integer `value` of each row of `from` ("FROM … WHERE …", its '?' bound to `binds`
    // in order) or, when `key` is not empty, the sums of `value` per distinct `key`, in no particular order.
    // False with the database's message in *error when the statement fails.
    virtual bool readIntegers(const QSqlDatabase& connection, const QString& value, const QString& from,
                              const QString& key, const QVariantList& binds, std::vector<qint64>* numbers,
                              QString* error) const = 0;

    // One row of readRows(): each value as its text in UTF-8 (a BLOB as its bytes); a null view (isNull()) is SQL NULL,
    // an empty one the empty string. The views live until row() returns.
    using TextRow = std::vector<QByteArrayView>;
    using RowSink = std::function<bool(const TextRow& row)>;
    // Streams the rows of `select` (no binds) to row(), holding one row at a time: PostgreSQL sends them with COPY (…)
    // TO STDOUT in text form, the values as the server prints them (the SELECT formats what must read otherwise),
    // SQLite steps through its own handle. row() returning false stops the read and fails it (the caller's *error
    // stays as row() set it). False with the database's message in *error when the statement fails. PostgreSQL needs
    // no open transaction; the rows are the statement's snapshot (the transaction's, when it is REPEATABLE READ).
    virtual bool readRows(const QSqlDatabase& connection, const QString& select, const RowSink& row,
                          QString* error) const = 0;

    // "12,0,-345" (a string_agg of integers) -> numbers appended. Public for tests.
    static void appendNumbers(const QString& text, std::vector<qint64>* numbers);
};
