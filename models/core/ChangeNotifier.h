#pragma once

#include "ChangeSet.h"

#include <QHash>
#include <QMutex>
#include <QObject>

// The one place that says what changed in a database, after the change is committed. Owned by Database;
// RecordWriter announces every committed write here, and a remote feed (PostgreSQL LISTEN/NOTIFY, sync)
// will announce colleagues' changes through announce() with Origin::Remote. Lists, boards, the customer
// page and the dashboard listen and update only what a ChangeSet names.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject* parent = nullptr);

    // Emits changed() unless the set is empty. Writes made on another thread are announced on the
    // notifier's own thread (queued), so listeners always run on the GUI thread.
    void announce(const ChangeSet& changes);

    // The server sessions (PostgreSQL backend pids) of the connections that announce their writes here: the window's
    // own, its clones and background connections. Their writes come back as notifications too, and the live-update
    // listener skips them, since RecordWriter announced them already. Kept per connection name (and for a while after
    // the connection closed, since its last notifications may still be on their way); any thread.
    void setLocalSession(const QString& connectionName, qint64 session);
    void removeLocalSession(const QString& connectionName);
    bool isLocalSession(qint64 session) const;

Q_SIGNALS:
    void changed(const ChangeSet& changes);

private:
    mutable QMutex m_sessionsLock;
    QHash<QString, qint64> m_sessions; // connection name -> server session
    QList<qint64> m_departed;          // sessions of connections closed lately
};
