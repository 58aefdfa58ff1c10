#include "SqliteFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
const char* const companionSuffixes[] = {"-wal", "-shm", "-journal"};

// The canonical form of a path that may not exist yet: its folder resolved, its name kept.
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absoluteDir().canonicalPath();
    const QString name = folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return name.toCaseFolded(); // those file systems ignore case by default
#else
    return name;
#endif
}

struct Registry
{
    QMutex mutex;
    QHash<QString, int> open; // canonical database path -> connections
};

Registry& registry()
{
    static Registry r;
    return r;
}
} // namespace

QStringList SqliteFiles::withCompanions(const QString& databasePath)
{
    QStringList files{databasePath};
    for (const char* suffix : companionSuffixes)
        files << databasePath + QLatin1String(suffix);
    return files;
}

void SqliteFiles::registerOpen(const QString& databasePath)
{
    QMutexLocker lock(&registry().mutex);
    ++registry().open[canonicalPath(databasePath)];
}

void SqliteFiles::unregisterOpen(const QString& databasePath)
{
    QMutexLocker lock(&registry().mutex);
    const QString key = canonicalPath(databasePath);
    auto it = registry().open.find(key);
    if (it != registry().open.end() && --it.value() <= 0)
        registry().open.erase(it);
}

bool SqliteFiles::isOpenDatabaseFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString candidate = canonicalPath(path);
    QMutexLocker lock(&registry().mutex);
    for (auto it = registry().open.cbegin(); it != registry().open.cend(); ++it) {
        if (candidate == it.key())
            return true;
        for (const char* suffix : companionSuffixes) {
            if (candidate == it.key() + QLatin1String(suffix))
                return true;
        }
    }
    return false;
}

SqliteFiles::Identity SqliteFiles::Identity::capture(const QString& databasePath)
{
    Identity identity;
#ifdef Q_OS_UNIX
    // -journal is left out: in WAL mode it does not exist, and outside WAL mode it comes and goes by design.
    const QStringList files = withCompanions(databasePath).mid(0, 3);
    for (const QString& file : files) {
        struct stat status;
        if (::stat(QFile::encodeName(file).constData(), &status) == 0)
            identity.m_files.append({file, quint64(status.st_dev), quint64(status.st_ino)});
    }
#else
    Q_UNUSED(databasePath)
#endif
    return identity;
}

QString SqliteFiles::Identity::changedFile() const
{
#ifdef Q_OS_UNIX
    for (const File& file : m_files) {
        struct stat status;
        if (::stat(QFile::encodeName(file.path).constData(), &status) != 0 || quint64(status.st_dev) != file.device ||
            quint64(status.st_ino) != file.inode)
            return file.path;
    }
#endif
    return {};
}
