#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Copies an open SQLite database to a file with SQLite's online backup API, so the copy is a
// consistent snapshot even while the program (or another one) keeps writing; a plain file copy of a
// live WAL database can be torn. The copy is written next to the target and renamed into place only
// once it is complete and passes a quick check. PostgreSQL databases are backed up with pg_dump.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    struct Options
    {
        bool overwrite = false; // replace an existing file at the target
    };

    explicit DatabaseBackup(const Database& db);

    // False with a message a user can act on; the target is then untouched.
    bool backupTo(const QString& filePath, const Options& options, QString* error) const;
    bool backupTo(const QString& filePath, QString* error) const { return backupTo(filePath, Options{}, error); }

private:
    const Database& m_db;
};
