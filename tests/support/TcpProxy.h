#pragma once

#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

// A TCP proxy between a client and a server, on a thread of its own (the client blocks in its driver meanwhile),
// that can break the connection the way networks and servers do: at a chosen moment around a COMMIT, or by going
// silent. Tests point a connection at port() instead of the server.
class TcpProxy : public QThread
{
public:
    enum class Cut {
        None,
        BeforeCommit, // the COMMIT never reaches the server; the connection drops
        AfterCommit,  // the server gets the COMMIT and answers; the answer is lost with the connection
    };

    TcpProxy(const QString& host, quint16 port) : m_host(host), m_targetPort(port) {}
    ~TcpProxy() override
    {
        quit();
        wait();
    }

    // Starts listening on 127.0.0.1; the port, 0 when it could not listen.
    quint16 listen()
    {
        start();
        m_ready.acquire();
        return m_port;
    }
    quint16 port() const { return m_port; }
    // The next COMMIT that passes is cut this way (once).
    void cutAtNextCommit(Cut cut) { m_cut = cut; }
    // Stop passing anything in either direction: a server that stopped answering, a cable pulled.
    void setSilent(bool silent) { m_silent = silent; }
    int cuts() const { return m_cuts; }
    int connections() const { return m_connections; }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* client = server.nextPendingConnection())
                pair(client);
        });
        m_ready.release();
        exec();
    }

private:
    void pair(QTcpSocket* client)
    {
        ++m_connections;
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(m_host, m_targetPort);
        if (!upstream->waitForConnected(5000)) {
            client->abort();
            client->deleteLater();
            return;
        }
        auto armed = std::make_shared<bool>(false);
        const auto drop = [this, client, upstream] {
            ++m_cuts;
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, armed, drop] {
            const QByteArray data = client->readAll();
            if (m_silent)
                return;
            if (m_cut != Cut::None && data.contains("COMMIT")) {
                const Cut cut = m_cut.exchange(Cut::None);
                if (cut == Cut::BeforeCommit) {
                    drop();
                    return;
                }
                *armed = true;
            }
            upstream->write(data);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, armed, drop] {
            const QByteArray data = upstream->readAll();
            if (m_silent)
                return;
            if (*armed) {
                drop();
                return;
            }
            client->write(data);
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    }

    const QString m_host;
    const quint16 m_targetPort;
    quint16 m_port = 0;
    QSemaphore m_ready;
    std::atomic<Cut> m_cut{Cut::None};
    std::atomic<bool> m_silent{false};
    std::atomic<int> m_cuts{0};
    std::atomic<int> m_connections{0};
};
