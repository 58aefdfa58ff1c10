#pragma once

#include <QFileDevice>
#include <QString>

#include <cstdio>
#include <optional>

// The one place for calls that exist only on some operating systems (POSIX headers, the Win32 API). Everything
// else in DeskCRM is written against Qt and the C++ library, so it builds on Linux, macOS and Windows alike; the
// test SourceRules fails when a platform-only header is included anywhere else.
namespace Platform {

// True when stream is a terminal (a progress line may then be redrawn in place), false for a file or a pipe.
bool isTerminal(std::FILE* stream);

// A file's identity on disk: the same numbers while it is the same file, new ones once it was replaced.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
};
// nullopt when the file does not exist, and always on Windows (which refuses to delete an open file instead).
std::optional<FileIdentity> fileIdentity(const QString& path);

// The permissions a new file gets when saved the ordinary way: read-write for everyone less what the process's
// umask takes away (on Windows, where there is no umask: read-write for everyone).
QFileDevice::Permissions newFilePermissions();

// The kind of network file system folder (an existing folder) lives on, such as "nfs", "smb" or "fuse";
// empty for a local disk or when the system cannot tell.
QString networkFileSystem(const QString& folder);

// Ends a socket's traffic both ways without closing the descriptor, which stays its owner's (libpq's): a blocked
// recv() on it returns at once (ConnectionWatchdog).
void shutDownSocket(int socket);

} // namespace Platform
