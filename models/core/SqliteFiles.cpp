#include "SqliteFiles.h"

#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

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
    // -journal is left out: in WAL mode it does not exist, and outside WAL mode it comes and goes by design.
    // Platform::fileIdentity() knows none on Windows, so the identity stays empty there.
    const QStringList files = withCompanions(databasePath).mid(0, 3);
    for (const QString& file : files) {
        if (const auto id = Platform::fileIdentity(file))
            identity.m_files.append({file, id->device, id->inode});
    }
    return identity;
}

QString SqliteFiles::Identity::changedFile() const
{
    for (const File& file : m_files) {
        const auto id = Platform::fileIdentity(file.path);
        if (!id || id->device != file.device || id->inode != file.inode)
            return file.path;
    }
    return {};
}
