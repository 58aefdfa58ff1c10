#include "BackupRotation.h"

#include "Database.h"
#include "DatabaseBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {
QString baseName(const QString& databasePath)
{
    const QString name = QFileInfo(databasePath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("deskcrm") : name;
}
} // namespace

BackupRotation::BackupRotation(const Database& db, const Settings& settings)
    : m_db(db), m_folder(settings.folder.trimmed().isEmpty() ? defaultFolder(db.settings().path)
                                                             : QDir::cleanPath(settings.folder.trimmed())),
      m_keep(std::clamp(settings.keep, 1, kMaxKeep))
{
}

QString BackupRotation::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupRotation::fileName(const QString& databasePath, const QDate& day)
{
    return QStringLiteral("%1-%2.sqlite").arg(baseName(databasePath), day.toString(Qt::ISODate));
}

QList<BackupRotation::Entry> BackupRotation::list(const QString& folder, const QString& databasePath)
{
    // Exactly NAME-YYYY-MM-DD.sqlite: the before-restore copies and the user's own files never match.
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$").arg(QRegularExpression::escape(baseName(databasePath))));
    QList<Entry> entries;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid())
            entries.append({file.absoluteFilePath(), day, file.size()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.day > b.day; });
    return entries;
}

QList<BackupRotation::Entry> BackupRotation::list() const
{
    return list(m_folder, m_db.settings().path);
}

BackupRotation::Result BackupRotation::runIfDue() const
{
    return run(false);
}

BackupRotation::Result BackupRotation::runNow() const
{
    return run(true);
}

BackupRotation::Result BackupRotation::run(bool force) const
{
    Result result;
    QString instead;
    if (!m_db.maintenanceDialect().backupSupported(&instead)) {
        result.kind = Result::NotSupported;
        result.message = instead;
        return result;
    }
    if (!QDir().mkpath(m_folder)) {
        result.message = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return result;
    }
    const QDate today = m_db.clock().today();
    result.path = QDir(m_folder).filePath(fileName(m_db.settings().path, today));
    if (!force && QFileInfo::exists(result.path)) {
        result.kind = Result::AlreadyDone;
    } else {
        DatabaseBackup::Options options;
        options.overwrite = true; // only reached for today's copy when asked to make it again
        QString error;
        if (!DatabaseBackup(m_db).backupTo(result.path, options, &error)) {
            result.message = error;
            return result;
        }
        result.kind = Result::Made;
    }
    // Rotated after a successful copy only: a failing backup never costs an older one.
    const QList<Entry> entries = list();
    for (qsizetype i = m_keep; i < entries.size(); ++i) {
        if (QFile::remove(entries.at(i).path))
            result.removed.append(entries.at(i).path);
    }
    return result;
}
