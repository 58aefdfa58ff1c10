#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

class Database;
class QSqlDatabase;

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

    // Bound values worth putting in one multi-row INSERT. Qt's SQLite driver looks each bound value's name up by
    // position, a scan of the statement's parameter list, so a statement's cost grows with the square of its
    // values: about a thousand is the sweet spot (and the limit of old SQLite builds). PostgreSQL allows 65535.
    virtual int valuesPerStatement() const = 0;

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
