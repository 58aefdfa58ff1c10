#include "Platform.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <qt_windows.h>
#include <winsock2.h> // before windows.h
#endif

namespace Platform {

bool isTerminal(std::FILE* stream)
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stream)) != 0;
#elif defined(Q_OS_UNIX)
    return isatty(fileno(stream)) != 0;
#else
    Q_UNUSED(stream)
    return false;
#endif
}

std::optional<FileIdentity> fileIdentity(const QString& path)
{
#if defined(Q_OS_UNIX)
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
#else
    Q_UNUSED(path)
    return std::nullopt;
#endif
}

QFileDevice::Permissions newFilePermissions()
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                           QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                           QFileDevice::ReadOther | QFileDevice::WriteOther;
#if defined(Q_OS_UNIX)
    // umask can only be read by setting it: put it straight back.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (mask & S_IWGRP)
        permissions &= ~QFileDevice::WriteGroup;
    if (mask & S_IRGRP)
        permissions &= ~QFileDevice::ReadGroup;
    if (mask & S_IWOTH)
        permissions &= ~QFileDevice::WriteOther;
    if (mask & S_IROTH)
        permissions &= ~QFileDevice::ReadOther;
#endif
    return permissions;
}

QString networkFileSystem(const QString& folder)
{
#if defined(Q_OS_LINUX)
    struct statfs fs;
    if (statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    // f_type magic numbers from linux/magic.h and the file systems' sources.
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:
        return QStringLiteral("nfs");
    case 0x517BUL:
        return QStringLiteral("smb");
    case 0xFF534D42UL:
        return QStringLiteral("cifs");
    case 0xFE534D42UL:
        return QStringLiteral("smb2");
    case 0x65735546UL: // sshfs, rclone, s3fs, and also local ones such as ntfs-3g: warned all the same
        return QStringLiteral("fuse");
    case 0x01021997UL:
        return QStringLiteral("9p");
    case 0x5346414FUL:
        return QStringLiteral("afs");
    case 0x73757245UL:
        return QStringLiteral("coda");
    case 0x564CUL:
        return QStringLiteral("ncp");
    case 0x00C36400UL:
        return QStringLiteral("ceph");
    case 0x0BD00BD0UL:
        return QStringLiteral("lustre");
    case 0x01161970UL:
        return QStringLiteral("gfs2");
    case 0x7461636FUL:
        return QStringLiteral("ocfs2");
    default:
        return {};
    }
#elif defined(Q_OS_MACOS)
    struct statfs fs;
    if (statfs(QFile::encodeName(folder).constData(), &fs) != 0 || (fs.f_flags & MNT_LOCAL))
        return {};
    return QString::fromUtf8(fs.f_fstypename);
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(folder);
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("smb");
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t*>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("smb");
    return {};
#else
    Q_UNUSED(folder)
    return {};
#endif
}

void shutDownSocket(int socket)
{
#if defined(Q_OS_WIN)
    ::shutdown(static_cast<SOCKET>(socket), SD_BOTH);
#else
    ::shutdown(socket, SHUT_RDWR);
#endif
}

} // namespace Platform
