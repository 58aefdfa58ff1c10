#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

class ChangeNotifier;
class Clock;
class Database;
class QThread;

// A second connection to the database a Database is connected to, for reads that run beside the
// caller's own connection (the dashboard reads part of its figures here). A QSqlDatabase may only be
// used in the thread that opened it, so this connection is opened, used and closed on a thread of its
// own; jobs run there one after another in submission order. It opens on the first job, acting as the
// same user and reading the same clock, without migrating, and on SQLite with a larger page cache of its own.
// Made from a Database, it announces its writes on that database's notifier (queued to the notifier's thread),
// so an import written here updates the lists shown on the first connection.
class BackgroundConnection
{
public:
    // db is nullptr when the connection could not be opened; openError says why (the next job retries).
    using Job = std::function<void(Database* db, const QString& openError)>;

    explicit BackgroundConnection(const Database& db, int cacheMiB = 32);
    // To the database settings name, acting as user userId (whose display name is userName), reading the time
    // from clock (nullptr: the system clock; it must outlive this).
    BackgroundConnection(const ConnectionSettings& settings, const QString& userId, const QString& userName,
                         int cacheMiB = 32, Clock* clock = nullptr);
    // Runs the jobs still queued, then closes the connection on its thread and joins the thread.
    ~BackgroundConnection();
    Q_DISABLE_COPY(BackgroundConnection)

    // False when a second connection would see another database (SQLite in memory or a temporary file).
    static bool supports(const Database& db);

    // Queues job; the future becomes ready once it has run and rethrows what it threw.
    std::future<void> run(Job job);

    // True from a successful open (on the first job) until destruction.
    bool isOpen() const { return m_open; }
    // The QSqlDatabase connection name used on the thread (registered only while open).
    QString connectionName() const { return m_connectionName; }

private:
    BackgroundConnection(const ConnectionSettings& settings, const QString& userId, const QString& userName,
                         int cacheMiB, Clock* clock, std::shared_ptr<ChangeNotifier> notifier);
    void work();

    const ConnectionSettings m_settings;
    const QString m_userId;
    const QString m_userName;
    const int m_cacheMiB;
    Clock* const m_clock;
    const std::shared_ptr<ChangeNotifier> m_notifier; // null: the connection's own
    const QString m_connectionName;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void(Database*, const QString&)>> m_jobs;
    bool m_stopping = false;
    std::atomic<bool> m_open{false};
    std::unique_ptr<QThread> m_thread;
};
