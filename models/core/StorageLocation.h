#pragma once

#include <QCoreApplication>
#include <QString>

// Where a database file lives, as far as SQLite's WAL cares: WAL shares memory (-shm) between the programs that
// use the file, which works only when they all run on one computer with a local file system. A network share
// (NFS, SMB, sshfs…) or a folder a sync client copies behind DeskCRM's back (Dropbox, OneDrive…) can then lose
// or mix up saves, so the user is warned. Classification only: nothing here refuses to open a file.
class StorageLocation
{
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)

public:
    enum class Kind { Local, NetworkShare, SyncFolder };

    struct Result
    {
        Kind kind = Kind::Local;
        QString detail; // the file system ("nfs", "cifs") or the sync service ("Dropbox")
    };

    StorageLocation() = delete;

    // The folder of `path` (which need not exist yet): the sync service by path first, then the file system.
    static Result classify(const QString& path);
    // Only the path: a well-known sync folder (Dropbox, OneDrive, iCloud Drive, Google Drive, Nutstore/坚果云,
    // Baidu Netdisk/百度网盘) anywhere in it. Separate so tests can give paths of other systems.
    static Result classifyPath(const QString& path);
    // Only the file system holding `path` (statfs on Linux and macOS, the drive type on Windows).
    static Result classifyFileSystem(const QString& path);

    // Empty for a local file; otherwise a warning a user can act on, naming `path`.
    static QString warning(const QString& path, const Result& result);
};
