#include "BackgroundConnection.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QAtomicInt>
#include <QThread>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("deskcrm-background-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}
} // namespace

BackgroundConnection::BackgroundConnection(const Database& db, int cacheMiB)
    : BackgroundConnection(db.settings(), db.currentUserId(), db.currentUserName(), cacheMiB, &db.clock(),
                           db.sharedNotifier())
{
}

BackgroundConnection::BackgroundConnection(const ConnectionSettings& settings, const QString& userId,
                                           const QString& userName, int cacheMiB, Clock* clock)
    : BackgroundConnection(settings, userId, userName, cacheMiB, clock, nullptr)
{
}

namespace {
// Work on this connection never holds the window, and the user can cancel it: an import's COPY or a year's report
// may run longer than the bound the window's own connection has.
ConnectionSettings unbounded(ConnectionSettings settings)
{
    settings.statementTimeoutS = 0;
    return settings;
}
} // namespace

BackgroundConnection::BackgroundConnection(const ConnectionSettings& settings, const QString& userId,
                                           const QString& userName, int cacheMiB, Clock* clock,
                                           std::shared_ptr<ChangeNotifier> notifier)
    : m_settings(unbounded(settings)), m_userId(userId), m_userName(userName), m_cacheMiB(cacheMiB), m_clock(clock),
      m_notifier(std::move(notifier)), m_connectionName(uniqueConnectionName())
{
    m_thread.reset(QThread::create([this]() { work(); }));
    m_thread->setObjectName(m_connectionName);
    m_thread->start();
}

BackgroundConnection::~BackgroundConnection()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

bool BackgroundConnection::supports(const Database& db)
{
    return db.sqlDialect().sharedBetweenConnections(db.settings());
}

std::future<void> BackgroundConnection::run(Job job)
{
    std::packaged_task<void(Database*, const QString&)> task(std::move(job));
    std::future<void> done = task.get_future();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(std::move(task));
    }
    m_wake.notify_one();
    return done;
}

void BackgroundConnection::work()
{
    std::unique_ptr<Database> db;
    QString openError;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this]() { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty())
            break; // stopping, and every queued job has run
        auto job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        if (!db) {
            Database::Options options;
            options.migrate = false; // the caller's connection did; a second migrator would only wait for it
            options.ensureUser = false;
            options.connectionName = m_connectionName;
            options.cacheMiB = m_cacheMiB;
            options.notifier = m_notifier;
            openError.clear();
            db = Database::open(m_settings, options, &openError);
            if (db) {
                db->setCurrentUser(m_userId, m_userName);
                db->setClock(m_clock);
                m_open = true;
            }
        }
        job(db.get(), openError);
        lock.lock();
    }
    lock.unlock();
    m_open = false;
    db.reset(); // close and remove the connection in the thread that opened it
}
