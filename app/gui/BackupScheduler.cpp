#include "BackupScheduler.h"

#include "BackgroundConnection.h"
#include "Database.h"

#include <QMetaObject>
#include <QSettings>
#include <QTimer>

namespace {
const QString kFolder = QStringLiteral("backups/folder");
const QString kKeep = QStringLiteral("backups/keep");
// How often an open program asks whether the day's copy is due; the copy itself is once a day.
constexpr int kCheckIntervalMs = 60 * 60 * 1000;
} // namespace

BackupScheduler::BackupScheduler(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("backupTimer"));
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
}

BackupScheduler::~BackupScheduler()
{
    // Joins the worker while this object still exists: a job finishing now posts to a live object, and
    // QObject's destructor then drops the posted result.
    m_worker.reset();
}

BackupRotation::Settings BackupScheduler::settings()
{
    QSettings stored;
    BackupRotation::Settings result;
    result.folder = stored.value(kFolder).toString();
    result.keep = stored.value(kKeep, BackupRotation::kDefaultKeep).toInt();
    if (result.keep < 1 || result.keep > BackupRotation::kMaxKeep)
        result.keep = BackupRotation::kDefaultKeep;
    return result;
}

void BackupScheduler::setSettings(const BackupRotation::Settings& settings)
{
    QSettings stored;
    stored.setValue(kFolder, settings.folder.trimmed());
    stored.setValue(kKeep, settings.keep);
}

void BackupScheduler::setDatabase(const Database* db)
{
    m_timer->stop();
    m_worker.reset(); // waits for a copy under way: it belongs to the database being closed
    if (m_pending > 0) {
        m_pending = 0;
        emit busyChanged(false);
    }
    m_dailyQueued = false;
    // Only a database another connection can share, and one DeskCRM copies itself.
    if (!db || !BackgroundConnection::supports(*db) || !db->maintenanceDialect().backupSupported(nullptr))
        return;
    m_worker = std::make_unique<BackgroundConnection>(*db, 2);
    m_timer->start();
    checkNow();
}

void BackupScheduler::checkNow()
{
    // An hourly tick while the previous check still waits behind a long job adds nothing.
    if (m_worker && !m_dailyQueued) {
        m_dailyQueued = true;
        runBackup(false);
    }
}

void BackupScheduler::backUpNow()
{
    if (m_worker)
        runBackup(true);
}

void BackupScheduler::runBackup(bool force)
{
    const BackupRotation::Settings chosen = settings();
    jobQueued();
    m_worker->run([this, chosen, force](Database* db, const QString& openError) {
        BackupRotation::Result result;
        if (!db)
            result.message = openError;
        else
            result = force ? BackupRotation(*db, chosen).runNow() : BackupRotation(*db, chosen).runIfDue();
        QMetaObject::invokeMethod(
            this,
            [this, result, force] {
                if (!force)
                    m_dailyQueued = false;
                jobDone();
                emit backupFinished(result, !force);
            },
            Qt::QueuedConnection);
    });
}

void BackupScheduler::restore(const QString& file, const QString& saveTo)
{
    if (!m_worker) {
        DatabaseBackup::Restored refused;
        refused.error = tr("There is no local database open to restore into.");
        emit restoreFinished(file, refused);
        return;
    }
    jobQueued();
    m_worker->run([this, file, saveTo](Database* db, const QString& openError) {
        DatabaseBackup::Restored result;
        if (!db)
            result.error = openError;
        else
            DatabaseBackup(*db).restoreFrom(file, &result, saveTo);
        QMetaObject::invokeMethod(
            this,
            [this, file, result] {
                jobDone();
                emit restoreFinished(file, result);
            },
            Qt::QueuedConnection);
    });
}

void BackupScheduler::jobQueued()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void BackupScheduler::jobDone()
{
    if (m_pending > 0 && --m_pending == 0)
        emit busyChanged(false);
}
