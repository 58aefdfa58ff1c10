#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

class QSqlDatabase;

// Keeps a server that stopped answering from freezing the window. The window's PostgreSQL connection is used on
// the GUI thread, and libpq waits for an answer as long as TCP lets it: a server gone with the Wi-Fi answers
// nothing, TCP gives up only after tcp_user_timeout, and behind a VPN or proxy it may never give up.
//
// A thread of its own notices when the thread that owns the connection has not been back to its event loop for
// kStallMs, asks the server whether it is there (PQping: a new connection, at most kPingTimeoutS) and, when nothing
// answers, shuts the connection's socket. The waiting call then fails at once as a lost connection (the edits stay
// on screen, nothing is half-saved), and until a ping is answered again reconnecting is not attempted, so the next
// click is told at once instead of waiting for the connect timeout. A slow server that answers pings is left alone:
// statement_timeout bounds its statements.
class ConnectionWatchdog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kStallMs = 700;
    static constexpr int kPingTimeoutS = 2; // libpq's smallest connect_timeout

    // conninfo for PQping (no password is needed to learn whether a server answers). Heartbeats come from the
    // event loop of the thread that constructs it: make it on the thread that uses the connection.
    explicit ConnectionWatchdog(const QString& pingConninfo, QObject* parent = nullptr);
    ~ConnectionWatchdog() override;

    // The connection to watch (after opening and after every reconnect); a connection of another driver: none.
    void watch(const QSqlDatabase& connection);
    // True from a silent ping until the next answered one.
    bool serverSilent() const { return m_silent.load(); }
    // How many times the watchdog cut a connection that was waiting for a silent server.
    int interventions() const { return m_interventions.load(); }

signals:
    // From the watchdog's thread (queued to receivers elsewhere).
    void silenceChanged(bool silent);

private:
    void run();
    bool serverAnswers() const;

    const QByteArray m_conninfo;
    QTimer m_heartbeat;
    QElapsedTimer m_monotonic;
    std::atomic<qint64> m_lastBeat{0};
    std::atomic<int> m_socket{-1};
    std::atomic<bool> m_silent{false};
    std::atomic<int> m_interventions{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};
