#pragma once

#include "BackupRotation.h"
#include "DatabaseBackup.h"

#include <QObject>
#include <QString>

#include <memory>

class BackgroundConnection;
class Database;
class QTimer;

// The GUI's side of backups: the settings (folder, how many to keep) in QSettings, the daily copy of the open
// local database (at once when it is opened, then checked every hour, so a program left open makes one copy a
// day by the database's clock), "Back up now" and restores. The copying runs on a connection of its own on
// another thread (BackgroundConnection), so a large database never freezes the window; one job at a time, in
// order, so a restore never meets a backup half-way. PostgreSQL databases are not copied (pg_dump on the server).
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QObject* parent = nullptr);
    ~BackupScheduler() override;

    // Settings as stored (folder empty = beside the database).
    static BackupRotation::Settings settings();
    static void setSettings(const BackupRotation::Settings& settings);

    // The database to look after (nullptr: none); queues its daily copy when it is due. Not owned.
    void setDatabase(const Database* db);
    bool isActive() const { return m_worker != nullptr; }
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    // Queues the daily copy unless today's exists (the hourly timer calls this too).
    void checkNow();
    // Queues a copy now, replacing today's.
    void backUpNow();
    // Queues a restore of the open database from file, saving the current content to saveTo first.
    void restore(const QString& file, const QString& saveTo);

Q_SIGNALS:
    void backupFinished(const BackupRotation::Result& result, bool automatic);
    void restoreFinished(const QString& file, const DatabaseBackup::Restored& result);
    void busyChanged(bool busy);

private:
    void runBackup(bool force);
    void jobQueued();
    void jobDone();

    std::unique_ptr<BackgroundConnection> m_worker;
    QTimer* m_timer = nullptr;
    int m_pending = 0;
    bool m_dailyQueued = false;
};
