#pragma once

#include <QString>
#include <QStringList>

// The files of an SQLite database open in this process (the file and its -wal, -shm and -journal) and what
// keeps SQLite's locks on them intact.
//
// SQLite locks with POSIX advisory locks, and closing *any* descriptor of a file drops every lock this process
// holds on it. Code other than SQLite that merely opens and closes one of these files in-process (a file
// dialog sniffing a file's type, an export written over it) lets another program believe it is the last user:
// it checkpoints and deletes the WAL that DeskCRM still writes into, and every later save is lost. So:
// - a path the user chose is checked with isOpenDatabaseFile() before anything opens it;
// - a connection remembers which files it opened (Identity) and refuses to write once they were replaced.
class SqliteFiles
{
public:
    SqliteFiles() = delete;

    // The database file and the files SQLite keeps beside it.
    static QStringList withCompanions(const QString& databasePath);

    // Databases open in this process, counted (the GUI connection and its background connection share one).
    static void registerOpen(const QString& databasePath);
    static void unregisterOpen(const QString& databasePath);
    // True when path names an open database or one of its companions (symbolic links and case resolved
    // the way the file system does).
    static bool isOpenDatabaseFile(const QString& path);

    // Which files a connection has open, by device and inode. Empty where the platform has no such notion
    // (Windows locks per handle and refuses to delete an open file, so the hazard does not exist there).
    class Identity
    {
    public:
        static Identity capture(const QString& databasePath);
        bool isEmpty() const { return m_files.isEmpty(); }
        // Empty when the same files are still on disk; otherwise which one is gone or replaced.
        QString changedFile() const;

    private:
        struct File
        {
            QString path;
            quint64 device = 0;
            quint64 inode = 0;
        };
        QList<File> m_files;
    };
};
