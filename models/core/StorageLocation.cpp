#include "StorageLocation.h"

#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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
    const QString type = Platform::networkFileSystem(existingFolder(path));
    if (type.isEmpty())
        return {};
    return {Kind::NetworkShare, type};
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
