#include "AuditListener.h"

#include "AuditDialect.h"
#include "ChangeNotifier.h"
#include "Database.h"

#include <QJsonDocument>
#include <QJsonObject>

AuditListener::AuditListener(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_channel(AuditDialect::of(db.dialect()).notificationChannel())
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(30);
    connect(&m_batch, &QTimer::timeout, this, &AuditListener::flush);
    QSqlDriver* driver = m_db.connection().driver();
    if (m_channel.isEmpty() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_listening = driver->subscribeToNotification(m_channel);
    if (m_listening)
        connect(driver, &QSqlDriver::notification, this, &AuditListener::received);
}

AuditListener::~AuditListener()
{
    if (!m_listening)
        return;
    if (QSqlDriver* driver = m_db.connection().driver())
        driver->unsubscribeFromNotification(m_channel);
}

bool AuditListener::decode(const QString& payload, RowChange* change)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    change->table = o.value(QStringLiteral("t")).toString();
    if (change->table.isEmpty())
        return false;
    const QString op = o.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("insert"))
        change->kind = RowChange::Inserted;
    else if (op == QLatin1String("soft_delete"))
        change->kind = RowChange::Deleted;
    else if (op == QLatin1String("restore"))
        change->kind = RowChange::Restored;
    else if (op == QLatin1String("delete"))
        change->kind = RowChange::Purged;
    else
        change->kind = RowChange::Updated;
    // Without an id: more rows than the trigger lists one by one; listeners reload what shows the table.
    const QString id = o.value(QStringLiteral("id")).toString();
    change->ids = id.isEmpty() ? QStringList() : QStringList{id};
    change->columns.clear();
    return true;
}

qint64 AuditListener::sender(const QString& payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("pid")).toInteger(-1);
}

void AuditListener::received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    RowChange change;
    if (!decode(payload.toString(), &change))
        return;
    // A write of a connection sharing this database's notifier (a background import, a clone): RecordWriter
    // announced it already, on this notifier, when it committed.
    if (m_db.notifier().isLocalSession(sender(payload.toString())))
        return;
    m_pending.origin = ChangeSet::Remote;
    m_pending.add(change);
    if (!m_batch.isActive())
        m_batch.start();
}

void AuditListener::flush()
{
    ChangeSet changes = m_pending;
    m_pending = ChangeSet();
    changes.origin = ChangeSet::Remote;
    m_db.notifier().announce(changes);
}
