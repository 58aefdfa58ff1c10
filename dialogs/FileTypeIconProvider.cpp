#include "FileTypeIconProvider.h"

#include <QMimeDatabase>

namespace {
QMimeType typeByName(const QFileInfo& info)
{
    return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
}
} // namespace

FileTypeIconProvider::FileTypeIconProvider()
{
    // A folder's own icon comes from a file inside it (desktop.ini); not worth reading.
    setOptions(DontUseCustomDirectoryIcons);
}

QIcon FileTypeIconProvider::icon(const QFileInfo& info) const
{
    // Folders, drives and links to them are told apart by stat(), which opens nothing.
    if (info.isDir() || info.isRoot())
        return QFileIconProvider::icon(info);
    const QMimeType type = typeByName(info);
    const QIcon themed = QIcon::fromTheme(type.iconName());
    if (!themed.isNull())
        return themed;
    return QFileIconProvider::icon(QAbstractFileIconProvider::File);
}

QString FileTypeIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir() || info.isRoot())
        return QFileIconProvider::type(info);
    const QMimeType type = typeByName(info);
    if (!type.isDefault())
        return type.comment();
    // Never the base class here: for a file it does not know by name it reads the content.
    return info.suffix().isEmpty() ? tr("File") : tr("%1 file").arg(info.suffix());
}

FileTypeIconProvider* FileTypeIconProvider::instance()
{
    static FileTypeIconProvider provider;
    return &provider;
}
