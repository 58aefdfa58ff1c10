#include "StorageLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace {
struct SyncFolder
{
    const char* pattern; // matched against whole path components, case-insensitive
    const char* service;
};

// Folder names the clients create by default. Google Drive for desktop mounts "My Drive" under a drive letter or
// ~/Library/CloudStorage/GoogleDrive-…; iCloud Drive lives in ~/Library/Mobile Documents on a Mac.
const SyncFolder kSyncFolders[] = {
    {"Dropbox( \\(.*\\))?", "Dropbox"},
    {"OneDrive( - .*)?", "OneDrive"},
    {"iCloud ?Drive( \\(.*\\))?", "iCloud Drive"},
    {"Mobile Documents", "iCloud Drive"},
    {"Google ?Drive(-.*)?", "Google Drive"},
    {"GoogleDrive(-.*)?", "Google Drive"},
    {"My Drive", "Google Drive"},
    {"Nutstore", "Nutstore"},
    {".*\u575A\u679C\u4E91.*", "Nutstore"}, // 坚果云, 我的坚果云
    {"Baidu ?Netdisk.*", "Baidu Netdisk"},
    {"\u767E\u5EA6\u7F51\u76D8.*", "Baidu Netdisk"}, // 百度网盘
};

// The nearest folder of `path` that exists: statfs needs one, and a new database's folder may not exist yet.
QString existingFolder(const QString& path)
{
    QFileInfo info(QFileInfo(path).absolutePath());
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}
} // namespace

StorageLocation::Result StorageLocation::classify(const QString& path)
{
    const Result byPath = classifyPath(QFileInfo(path).absoluteFilePath());
    return byPath.kind != Kind::Local ? byPath : classifyFileSystem(path);
}

StorageLocation::Result StorageLocation::classifyPath(const QString& path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList components = path.split(separators, Qt::SkipEmptyParts);
    for (const SyncFolder& folder : kSyncFolders) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(QString::fromUtf8(folder.pattern)),
                                         QRegularExpression::CaseInsensitiveOption);
        // The last component is the file itself, not a folder a client syncs.
        for (int i = 0; i + 1 < components.size(); ++i) {
            if (pattern.match(components.at(i)).hasMatch())
                return {Kind::SyncFolder, QString::fromLatin1(folder.service)};
        }
    }
    return {};
}

StorageLocation::Result StorageLocation::classifyFileSystem(const QString& path)
{
    const QString folder = existingFolder(path);
#if defined(Q_OS_LINUX)
    struct statfs fs;
    if (statfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return {};
    // f_type magic numbers from linux/magic.h and the file systems' sources.
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:
        return {Kind::NetworkShare, QStringLiteral("nfs")};
    case 0x517BUL:
        return {Kind::NetworkShare, QStringLiteral("smb")};
    case 0xFF534D42UL:
        return {Kind::NetworkShare, QStringLiteral("cifs")};
    case 0xFE534D42UL:
        return {Kind::NetworkShare, QStringLiteral("smb2")};
    case 0x65735546UL: // sshfs, rclone, s3fs, and also local ones such as ntfs-3g: warned all the same
        return {Kind::NetworkShare, QStringLiteral("fuse")};
    case 0x01021997UL:
        return {Kind::NetworkShare, QStringLiteral("9p")};
    case 0x5346414FUL:
        return {Kind::NetworkShare, QStringLiteral("afs")};
    case 0x73757245UL:
        return {Kind::NetworkShare, QStringLiteral("coda")};
    case 0x564CUL:
        return {Kind::NetworkShare, QStringLiteral("ncp")};
    case 0x00C36400UL:
        return {Kind::NetworkShare, QStringLiteral("ceph")};
    case 0x0BD00BD0UL:
        return {Kind::NetworkShare, QStringLiteral("lustre")};
    case 0x01161970UL:
        return {Kind::NetworkShare, QStringLiteral("gfs2")};
    case 0x7461636FUL:
        return {Kind::NetworkShare, QStringLiteral("ocfs2")};
    default:
        return {};
    }
#elif defined(Q_OS_MACOS)
    struct statfs fs;
    if (statfs(QFile::encodeName(folder).constData(), &fs) != 0 || (fs.f_flags & MNT_LOCAL))
        return {};
    return {Kind::NetworkShare, QString::fromUtf8(fs.f_fstypename)};
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(folder);
    if (native.startsWith(QLatin1String("\\\\")))
        return {Kind::NetworkShare, QStringLiteral("smb")};
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t*>(root.utf16())) == DRIVE_REMOTE)
        return {Kind::NetworkShare, QStringLiteral("smb")};
    return {};
#else
    Q_UNUSED(folder)
    return {};
#endif
}

QString StorageLocation::warning(const QString& path, const Result& result)
{
    switch (result.kind) {
    case Kind::Local:
        return {};
    case Kind::NetworkShare:
        return tr("%1 is on a network drive (%2). DeskCRM's database works safely only on this computer's own "
                  "disk: if two computers open it, or the connection drops while saving, changes can be lost or "
                  "the file damaged. Move it to a local folder, or use a team database (PostgreSQL) for sharing.")
            .arg(QDir::toNativeSeparators(path), result.detail);
    case Kind::SyncFolder:
        return tr("%1 is in a %2 folder. A sync service can copy the database while DeskCRM is saving, or bring "
                  "back an older copy, and changes can then be lost or the file damaged. Move it to a folder that "
                  "is not synced and make backups instead, or use a team database (PostgreSQL) for sharing.")
            .arg(QDir::toNativeSeparators(path), result.detail);
    }
    return {};
}
