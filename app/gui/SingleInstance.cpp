#include "SingleInstance.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "MainWindow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>

#include <utility>

namespace {
const QByteArray kAccepted = QByteArrayLiteral("accepted\n");
const QByteArray kDeclined = QByteArrayLiteral("declined\n");
const char* const kRequestProperty = "deskcrmRequest";

QByteArray encode(const SingleInstance::Request& request)
{
    const QJsonObject object{{QStringLiteral("database"), request.database},
                             {QStringLiteral("page"), request.page},
                             {QStringLiteral("importFile"), request.importFile}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// The same database: the same file (links resolved), or the same server, database and user.
bool sameDatabase(const ConnectionSettings& a, const ConnectionSettings& b)
{
    if (a.dialect != b.dialect)
        return false;
    if (a.dialect == ConnectionSettings::Dialect::SQLite) {
        const auto canonical = [](const QString& path) {
            const QFileInfo info(path);
            return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        };
        return canonical(a.path) == canonical(b.path);
    }
    return a.displayName() == b.displayName();
}

SingleInstance::Request decode(const QByteArray& line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    return {object.value(QStringLiteral("database")).toString(), object.value(QStringLiteral("page")).toString(),
            object.value(QStringLiteral("importFile")).toString()};
}
} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent),
      m_name(QStringLiteral("deskcrm-") +
             QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24)))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // The settings file names the user (its home folder) and the settings in use; the user name is added for
    // systems where two users could share a folder.
    return QSettings().fileName() + QLatin1Char('|') + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

bool SingleInstance::handOff(const Request& request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kAccepted;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    // A server answering on the name is the running instance. (Asked first: with access options QLocalServer puts
    // its socket file in place by renaming, replacing a live one instead of failing.)
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    if (m_server->listen(m_name))
        return true;
    // A socket file left by an instance that crashed: nobody answered on it above, so it goes.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        return m_server->listen(m_name);
    }
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::setHandler(Handler handler)
{
    m_handler = std::move(handler);
    const QList<QPointer<QLocalSocket>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<QLocalSocket>& socket : waiting) {
        if (socket) // the other start may have given up waiting meanwhile
            answer(socket, decode(socket->property(kRequestProperty).toByteArray()));
    }
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            socket->setProperty(kRequestProperty, line);
            if (m_handler)
                answer(socket, decode(line));
            else
                m_waiting.append(socket);
        });
    }
}

void SingleInstance::answer(QLocalSocket* socket, const Request& request)
{
    socket->write(m_handler(request) ? kAccepted : kDeclined);
    socket->flush();
    socket->disconnectFromServer();
}

bool SingleInstance::deliverTo(MainWindow& window, const Request& request)
{
    if (!request.database.isEmpty()) {
        ConnectionSettings wanted;
        QString error;
        // A database this window cannot read the name of: the other start reports the error itself.
        if (!ConnectionSettings::parse(request.database, &wanted, &error) || !window.database() ||
            !sameDatabase(wanted, window.database()->settings()))
            return false;
    }
    if (window.isMinimized())
        window.showNormal();
    window.show();
    window.raise();
    window.activateWindow();
    if (!request.page.isEmpty())
        window.showPage(request.page);
    if (!request.importFile.isEmpty())
        window.importFrom(request.importFile);
    return true;
}
