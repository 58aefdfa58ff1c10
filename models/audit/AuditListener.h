#pragma once

#include "ChangeSet.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Live updates: colleagues' committed changes, as the audit triggers announce them (PostgreSQL NOTIFY on the
// dialect's channel: table, id, kind), announced on the database's own ChangeNotifier as a Remote ChangeSet, so
// lists, boards, the customer page and the dashboard refresh what changed the way they do for local writes. Listens
// on the database's connection (its thread must run an event loop); this connection's own transactions are skipped
// (RecordWriter announced them already), and so are those of every connection sharing its notifier (background
// connections, clones: ChangeNotifier::isLocalSession). After a reconnect the new session listens again
// (Database::reconnectIfLost). Notifications arriving close together are announced as one set. Nothing
// happens on SQLite.
class AuditListener : public QObject
{
    Q_OBJECT

public:
    explicit AuditListener(Database& db, QObject* parent = nullptr);
    ~AuditListener() override;

    bool isListening() const { return m_listening; }
    // Decodes one notification's payload into the change it names (false when it is not one of ours).
    static bool decode(const QString& payload, RowChange* change);
    // The server session that sent a notification (-1 when it does not say).
    static qint64 sender(const QString& payload);

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void flush();

    Database& m_db;
    QString m_channel;
    bool m_listening = false;
    ChangeSet m_pending;
    QTimer m_batch;
};
