#pragma once

#include "ConnectionSettings.h"

#include <QByteArrayView>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

class Database;
class QSqlDatabase;

// Rows on their way into one table, held as the drivers take them: a cell per value (null, integer, real, boolean,
// or UTF-8 text / bytes in one buffer shared by all cells), no QVariant or QString per value. RecordBatch fills it;
// a BulkInserter writes it. Row-major, `width` cells a row.
class BulkRows
{
public:
    enum class Kind : quint8 { Null, Integer, Real, Boolean, Text, Blob };
    struct Cell
    {
        Kind kind = Kind::Null;
        quint32 size = 0; // Text, Blob: bytes
        union {
            qint64 integer = 0; // Integer, Boolean (0/1); Text, Blob: offset in the buffer
            double real;
        };
    };

    void appendNull() { m_cells.push_back(Cell{}); }
    void appendInteger(qint64 value);
    void appendReal(double value);
    void appendBoolean(bool value);
    void appendUtf8(QByteArrayView utf8);
    void appendBlob(QByteArrayView bytes);
    void appendLatin1(QLatin1String text);
    void appendText(QStringView text); // a null QString is NULL, as Qt's drivers bind it
    // Cell i becomes this text (a value filled in after the row was added, e.g. a made id).
    void setUtf8(qsizetype i, QByteArrayView utf8);
    // Takes over cell i's value again (its text stays in the buffer).
    void appendCopyOf(qsizetype i) { m_cells.push_back(m_cells[size_t(i)]); }

    qsizetype size() const { return qsizetype(m_cells.size()); }
    const Cell& at(qsizetype i) const { return m_cells[size_t(i)]; }
    Cell& last() { return m_cells.back(); }
    // The bytes of a Text or Blob cell.
    QByteArrayView bytes(const Cell& cell) const
    {
        return QByteArrayView(m_bytes.data() + cell.integer, qsizetype(cell.size));
    }
    void clear()
    {
        m_cells.clear();
        m_bytes.clear();
    }

private:
    void appendBytes(Kind kind, QByteArrayView bytes);

    std::vector<Cell> m_cells;
    std::string m_bytes;
};

// Writes rows into one table through the driver's own interface, inside the connection's open transaction: the fast
// half of RecordBatch. Made by BulkLoadDialect::inserter(); lives no longer than the batch that made it.
class BulkInserter
{
public:
    virtual ~BulkInserter();
    // Writes all of `rows`; on a refusal (a constraint, a lost connection) false with the database's error in *error,
    // the statement undone as a whole and the transaction left for the writer to roll back.
    virtual bool write(const BulkRows& rows, QSqlError* error) = 0;
};

// The tricks that make a load of many rows fast, as each dialect allows them (BulkLoad, ReportSummaries, the demo
// and benchmark data): how many values one INSERT should carry, which indexes, foreign keys and triggers can be
// set aside for the load and how, and connection settings for its duration. Asked through
// Database::bulkLoadDialect(); one stateless instance per dialect.
//
// The SELECTs below yield rows of two statements: the first sets the thing aside, the second puts it back. Both
// are transactional on either dialect, so a rollback restores what was set aside.
class BulkLoadDialect
{
public:
    virtual ~BulkLoadDialect();

    static const BulkLoadDialect& of(ConnectionSettings::Dialect dialect);

    // Bound values worth putting in one multi-row INSERT through QSqlQuery (where no BulkInserter is used). Qt's
    // SQLite driver looks each bound value's name up by position, a scan of the statement's parameter list, so a
    // statement's cost grows with the square of its values: about a thousand is the sweet spot (and the limit of old
    // SQLite builds). PostgreSQL allows 65535.
    virtual int valuesPerStatement() const = 0;

    // The driver's own way of loading rows into a table, `columns` (quoted) of `table` (quoted), `width` values a
    // row: SQLite binds the values of prepared multi-row statements (`insert` is their "INSERT INTO t (…) VALUES "
    // start; only the write path names INSERT) straight through its C interface, PostgreSQL streams them with COPY
    // … FROM STDIN. Null with *error when the connection has no such handle.
    virtual std::unique_ptr<BulkInserter> inserter(const QSqlDatabase& connection, const QString& table,
                                                   const QStringList& columns, const QString& insert,
                                                   QString* error) const = 0;

    // (DROP INDEX, CREATE INDEX) for the indexes of `tables` that no constraint (primary key, unique) owns.
    virtual QString secondaryIndexes(const QStringList& tables) const = 0;
    // (DROP CONSTRAINT, ADD CONSTRAINT) for the foreign keys of `tables`, or empty when none are set aside:
    // PostgreSQL checks a foreign key added back with one join instead of a lookup per row and key, while
    // SQLite's own checks are cheap (and cannot be switched off inside a transaction).
    virtual QString foreignKeys(const QStringList& tables) const = 0;
    // (suspend, resume) for the triggers whose name starts with `namePrefix`: PostgreSQL disables and enables
    // them (the tables' owner only); SQLite cannot switch a trigger off, so it is dropped and created again from
    // its own text.
    virtual QString triggers(const QString& namePrefix) const = 0;
    // (DROP TRIGGER, CREATE TRIGGER, rebuild) for the triggers that feed a full-text index of `tables` row by row
    // on insert, or empty when the dialect keeps no such index (PostgreSQL's trigram index is a secondary index).
    // A load drops them and rebuilds the whole index once at the end: SQLite's FTS5 'rebuild' of 100,000
    // customers takes a third of the time their row-by-row inserts took.
    virtual QString searchIndexTriggers(const QStringList& tables) const = 0;
    // Run (inside the load's transaction) before the indexes are built again: room for their sorts.
    virtual QStringList indexBuildSettings() const = 0;

    // A larger page cache for this connection during a load of many rows; returns the statement that restores
    // the previous size, or an empty string when nothing was changed.
    virtual QString enlargeCache(const QSqlDatabase& connection, int mebibytes) const = 0;
    // A big load in SQLite's WAL mode spills every page that leaves the cache into the WAL, and finding a page in
    // a WAL of gigabytes costs a probe per 4096 frames (at 1M demo customers the load slowed to a third, and the
    // data was written twice). A rollback journal writes new pages straight into the file. Switches `db` to one
    // when that helps and is possible (it needs the only connection), returning the journal mode to restore with
    // Database::setJournalMode() afterwards; empty when nothing was changed.
    virtual QString leaveWriteAheadLog(Database& db) const = 0;
};
