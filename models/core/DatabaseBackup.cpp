#include "DatabaseBackup.h"

#include "Database.h"
#include "MaintenanceDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

DatabaseBackup::DatabaseBackup(const Database& db) : m_db(db) {}

bool DatabaseBackup::backupTo(const QString& filePath, const Options& options, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const MaintenanceDialect& dialect = m_db.maintenanceDialect();
    QString instead;
    if (!dialect.backupSupported(&instead))
        return fail(instead);

    const QFileInfo target(filePath);
    const QString nativeTarget = QDir::toNativeSeparators(target.absoluteFilePath());
    if (filePath.trimmed().isEmpty())
        return fail(tr("No backup file given."));
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(tr("%1 is a folder; give a file name for the backup.").arg(nativeTarget));
    if (target.exists() && !options.overwrite)
        return fail(tr("The file %1 already exists; choose another name or allow overwriting.").arg(nativeTarget));
    const QFileInfo source(m_db.settings().path);
    if (source.exists() && target.exists() && source.canonicalFilePath() == target.canonicalFilePath())
        return fail(tr("The backup cannot overwrite the database it copies."));

    // Build the copy under a temporary name, so a failure never leaves a half-written backup
    // where the real one is expected.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QString message;
    bool ok = dialect.copyTo(m_db.connection(), partial, &message);
    if (ok && target.exists() && !QFile::remove(target.absoluteFilePath())) {
        ok = false;
        message = tr("Cannot replace %1.").arg(nativeTarget);
    }
    if (ok && !QFile::rename(partial, target.absoluteFilePath())) {
        ok = false;
        message = tr("Cannot move the backup to %1.").arg(nativeTarget);
    }
    if (!ok) {
        QFile::remove(partial);
        return fail(message);
    }
    return true;
}
