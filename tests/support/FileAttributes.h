#pragma once

#include <QFile>
#include <QProcess>
#include <QString>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Makes a file or folder unwritable for this process, and writable again. For root, whom permissions do not
// stop, the immutable attribute (chattr +i) does it where the file system and capabilities allow.
namespace FileAttributes {
inline bool isRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

inline bool setWritable(const QString& path, bool writable)
{
    if (isRoot())
        return QProcess::execute(QStringLiteral("chattr"),
                                 {writable ? QStringLiteral("-i") : QStringLiteral("+i"), path}) == 0;
    QFile::Permissions permissions = QFile::permissions(path);
    const QFile::Permissions write = QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther;
    return QFile::setPermissions(path,
                                 writable ? permissions | QFile::WriteOwner | QFile::WriteUser : permissions & ~write);
}
} // namespace FileAttributes
