#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// Looking after a database, as each dialect does it: its own structural checks (DatabaseCheck), whether and how
// DeskCRM copies it (DatabaseBackup), and fresh planner statistics after a large load. Asked through
// Database::maintenanceDialect(); one stateless instance per dialect.
class MaintenanceDialect
{
public:
    virtual ~MaintenanceDialect();

    static const MaintenanceDialect& of(ConnectionSettings::Dialect dialect);

    // The dialect's own read-only checks of `deskcrm-cli check` (SQLite: integrity_check, foreign_key_check and
    // the search index; PostgreSQL: the search extension, invalid indexes, foreign keys not validated): one line
    // per check to *passed, one per problem found to *problems, one per check it could not run (and why) to *skipped.
    virtual void check(const QSqlDatabase& connection, QStringList* passed, QStringList* problems,
                       QStringList* skipped) const = 0;

    // A sentence a sales rep can act on for the faults every user meets sooner or later (another program
    // writing, a damaged or foreign file, no write access), naming `database`; empty for anything else, which
    // the caller then reports as it is.
    virtual QString explain(const QSqlError& error, const QString& database) const = 0;

    // True when DeskCRM backs up this kind of database itself (copyTo); otherwise false with what to do instead.
    virtual bool backupSupported(QString* instead) const = 0;
    // Writes a consistent snapshot of the open database to the new file `path`, even while others write, and
    // checks the copy. False with a message a user can act on (the file may then be left half-written).
    virtual bool copyTo(const QSqlDatabase& connection, const QString& path, QString* error) const = 0;
    // True when DeskCRM restores this kind of database from a file itself (copyFrom); otherwise false with what to
    // do instead.
    virtual bool restoreSupported(QString* instead) const = 0;
    // Replaces the whole content of the open database with the file at `path`, as one write transaction on this
    // connection, so other connections (and other programs) keep their files open and see either the old or the
    // new content, never a mix. The caller checked the file first. False with a message a user can act on; the
    // database is then unchanged.
    virtual bool copyFrom(const QSqlDatabase& connection, const QString& path, QString* error) const = 0;

    // Run after a large load has committed: fresh planner statistics (on PostgreSQL VACUUM too, which marks the
    // new pages all-visible, so index-only scans skip the heap at once instead of after autovacuum).
    virtual QString afterLoad() const = 0;
};
