#include "ConnectionWatchdog.h"

#include "NativeHandle.h"
#include "Platform.h"

#include <QSqlDatabase>

#include <libpq-fe.h>

namespace {
constexpr int kBeatMs = 100;
constexpr int kRecheckMs = 2000; // between pings while the window waits or the server is silent
} // namespace

ConnectionWatchdog::ConnectionWatchdog(const QString& pingConninfo, QObject* parent)
    : QObject(parent), m_conninfo(pingConninfo.toUtf8())
{
    m_monotonic.start();
    m_lastBeat = m_monotonic.elapsed();
    m_heartbeat.setInterval(kBeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { m_lastBeat = m_monotonic.elapsed(); });
    m_heartbeat.start();
    m_thread = std::thread([this] { run(); });
}

ConnectionWatchdog::~ConnectionWatchdog()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ConnectionWatchdog::watch(const QSqlDatabase& connection)
{
    const PGconn* handle = nativeHandle<PGconn>(connection, "PGconn*", "pg_conn*");
    m_socket = handle ? PQsocket(handle) : -1;
    m_lastBeat = m_monotonic.elapsed();
}

bool ConnectionWatchdog::serverAnswers() const
{
    const QByteArray conninfo = m_conninfo + " connect_timeout=" + QByteArray::number(kPingTimeoutS);
    // REJECT and NO_ATTEMPT mean the server (or the parameters) answered: only silence counts.
    return PQping(conninfo.constData()) != PQPING_NO_RESPONSE;
}

void ConnectionWatchdog::run()
{
    qint64 lastPing = -kRecheckMs;
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(kBeatMs));
        if (m_stop)
            break;
        const qint64 now = m_monotonic.elapsed();
        if (now - lastPing < kRecheckMs)
            continue;
        const bool waiting = now - m_lastBeat.load() > kStallMs && m_socket.load() >= 0;
        if (!waiting && !m_silent.load())
            continue;
        lock.unlock();
        lastPing = now;
        const bool answers = serverAnswers();
        lock.lock();
        if (answers) {
            if (m_silent.exchange(false))
                emit silenceChanged(false);
            continue;
        }
        // Silent first: the call that wakes up below must not try to connect again.
        const bool wasSilent = m_silent.exchange(true);
        const int socket = m_socket.exchange(-1);
        if (socket >= 0 && m_monotonic.elapsed() - m_lastBeat.load() > kStallMs) {
            ++m_interventions; // counted first: the call this wakes may ask at once
            Platform::shutDownSocket(socket);
        } else if (socket >= 0) {
            m_socket = socket; // the window got its answer meanwhile
        }
        if (!wasSilent)
            emit silenceChanged(true);
    }
}
