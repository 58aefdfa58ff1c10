#pragma once

#include <QCoreApplication>
#include <QString>

class Clock;
class Database;

// Copies an open SQLite database to a file with SQLite's online backup API, so the copy is a
// consistent snapshot even while the program (or another one) keeps writing; a plain file copy of a
// live WAL database can be torn. The copy is written next to the target and renamed into place only
// once it is complete and passes a quick check. PostgreSQL databases are backed up with pg_dump.
//
// The same API runs the other way for a restore: a checked file is copied into the open database as one write
// transaction, never renamed over it (another process may have the file open, and its descriptors and locks would
// then point at a deleted file).
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    struct Options
    {
        bool overwrite = false; // replace an existing file at the target
    };

    // What a file offered for a restore is, found without changing it (opened read-only).
    struct Inspection
    {
        enum Status { Ok, Missing, Unreadable, NotADatabase, Damaged, NotDeskCrm, NewerSchema, OpenDatabase };
        Status status = Missing;
        int schemaVersion = 0; // the file's, when it has one
        QString message;       // why it cannot be restored, in a user's words; empty when Ok
        bool ok() const { return status == Ok; }
    };
    // Checks a file before anything replaces a database with it: it is a readable SQLite database that passes
    // PRAGMA integrity_check, has a DeskCRM schema and no newer one than this program's. Reads the whole file,
    // so on a large one it takes seconds: call it off the GUI thread.
    static Inspection inspect(const QString& filePath);

    struct Restored
    {
        Inspection inspection; // of the file restored from
        QString savedCopy;     // where the previous content was saved first; empty when nothing was saved
        QString error;         // empty on success
    };

    explicit DatabaseBackup(const Database& db);

    // False with a message a user can act on; the target is then untouched.
    bool backupTo(const QString& filePath, const Options& options, QString* error) const;
    bool backupTo(const QString& filePath, QString* error) const { return backupTo(filePath, Options{}, error); }

    // Where restoreFrom() saves the current content first: beside the database, named after it with the time by
    // the database's clock ("crm-before-restore-20261202-143005.sqlite").
    QString beforeRestorePath() const;

    // Replaces the content of the open database with the file: inspect() first, then the current content saved
    // to beforeRestorePath(), then the copy. False (with result->error) when any step fails; the database is
    // then unchanged. The database's own connection writes, so call it on the thread that opened the database
    // and with no query of that connection active. Other connections see the new content on their next read;
    // open it again (or announce the change) so that what they show follows.
    // saveTo names the copy of the current content (empty: beforeRestorePath()), so a caller can say where it
    // goes before asking.
    bool restoreFrom(const QString& filePath, Restored* result, const QString& saveTo = {}) const;

    // For a database file that cannot be opened because it is damaged or not a database at all (Inspection says
    // so; anything else is refused): the backup is checked and copied beside it, the damaged file and its working
    // files are kept under a new name ("crm-damaged-20261202-143005.sqlite", result->savedCopy) and the copy takes
    // its place. Any failed step puts everything back as it was. Nothing can be open on the damaged file in this
    // process (SqliteFiles); it is renamed, not written, so a handle elsewhere keeps what it had.
    static bool replaceDamaged(const QString& databasePath, const QString& filePath, const Clock& clock,
                               Restored* result);

private:
    const Database& m_db;
};
