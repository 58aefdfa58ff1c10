#include "ChangeNotifier.h"

#include <QThread>

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ChangeSet>();
}

void ChangeNotifier::announce(const ChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    if (QThread::currentThread() == thread()) {
        Q_EMIT changed(changes);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, changes] { Q_EMIT changed(changes); }, Qt::QueuedConnection);
}

void ChangeNotifier::setLocalSession(const QString& connectionName, qint64 session)
{
    const QMutexLocker lock(&m_sessionsLock);
    m_sessions.insert(connectionName, session);
}

void ChangeNotifier::removeLocalSession(const QString& connectionName)
{
    const QMutexLocker lock(&m_sessionsLock);
    const auto it = m_sessions.constFind(connectionName);
    if (it == m_sessions.cend())
        return;
    // Its last notifications may still be on their way (a background import closes its connection as soon as it
    // has committed): the session stays known among the last few that closed. The server hands out process ids in
    // turn, so a colleague's session gets a closed one's id only after millions of others.
    m_departed.append(it.value());
    while (m_departed.size() > 32)
        m_departed.removeFirst();
    m_sessions.erase(it);
}

bool ChangeNotifier::isLocalSession(qint64 session) const
{
    const QMutexLocker lock(&m_sessionsLock);
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it.value() == session)
            return true;
    }
    return m_departed.contains(session);
}
