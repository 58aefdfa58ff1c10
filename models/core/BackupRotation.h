#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Daily copies of a local database kept in a folder, newest first, at most `keep` of them: one file per day named
// after the database and the day by the database's clock ("deskcrm-2026-12-02.sqlite"), so they sort by date and
// a second run on the same day finds the day's copy instead of adding another. Copies are made with
// DatabaseBackup (SQLite's online backup), consistent while the program writes. Only files of exactly that form
// are ever removed: whatever else the user keeps in the folder is left alone. PostgreSQL is backed up on the
// server (pg_dump), so a rotation there does nothing.
class BackupRotation
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxKeep = 365;

    struct Settings
    {
        QString folder; // empty: defaultFolder() of the database
        int keep = kDefaultKeep;
    };

    struct Entry
    {
        QString path;
        QDate day;
        qint64 size = 0;
    };

    struct Result
    {
        enum Kind { Made, AlreadyDone, NotSupported, Failed };
        Kind kind = Failed;
        QString path;        // the day's copy (Made, AlreadyDone)
        QStringList removed; // older copies removed beyond `keep`
        QString message;     // NotSupported, Failed: why, in a user's words
        bool ok() const { return kind == Made || kind == AlreadyDone; }
    };

    BackupRotation(const Database& db, const Settings& settings);

    // The "backups" folder beside a database file.
    static QString defaultFolder(const QString& databasePath);
    // The folder this rotation writes to (settings' or the default).
    QString folder() const { return m_folder; }
    // The day's copy's file name for a database: its base name and the ISO date.
    static QString fileName(const QString& databasePath, const QDate& day);
    // The copies of a database in a folder, newest first.
    static QList<Entry> list(const QString& folder, const QString& databasePath);
    QList<Entry> list() const;

    // Makes today's copy (by the database's clock) unless it exists, then removes the oldest beyond `keep`.
    Result runIfDue() const;
    // Makes today's copy even when one exists (it is replaced), then rotates.
    Result runNow() const;

private:
    Result run(bool force) const;

    const Database& m_db;
    const QString m_folder;
    const int m_keep;
};
