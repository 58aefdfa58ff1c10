#include "ReminderScheduler.h"

#include "NotificationSources.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// The user's open tasks with a reminder, with the state of that reminder; the caller adds which ones.
const char* const kReminders =
    "SELECT t.id, t.title, c.name, t.due_date, t.reminder_at, s.snoozed_until FROM tasks t "
    "LEFT JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN notification_state s ON s.user_id = ? AND s.item_key = 'task.reminder:' || CAST(t.id AS TEXT) "
    "AND s.deleted_at IS NULL "
    "WHERE t.owner_id = ? AND t.deleted_at IS NULL AND t.status <> 'done' AND t.reminder_at IS NOT NULL "
    "AND NOT (s.dismissed_at IS NOT NULL AND s.dismissed_at >= t.reminder_at) ";
} // namespace

ReminderScheduler::ReminderScheduler(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&m_db.notifier(), &ChangeNotifier::changed, this, &ReminderScheduler::changed);
    m_since = m_db.clock().nowUtc();
    arm();
}

void ReminderScheduler::setMaxWait(int milliseconds)
{
    m_maxWait = std::max(1, milliseconds);
    arm();
}

void ReminderScheduler::changed(const ChangeSet& changes)
{
    if (changes.touches(QStringList{QStringLiteral("tasks"), QStringLiteral("notification_state")}))
        arm();
}

QList<NotificationItem> ReminderScheduler::dueBetween(const QDateTime& after, const QDateTime& upTo)
{
    QList<NotificationItem> due;
    const QString user = m_db.currentUserId();
    if (user.isEmpty())
        return due;
    // Two seeks (reminder times, snooze ends) rather than one OR, so each can use its index.
    const QString conditions[] = {
        QStringLiteral("AND t.reminder_at > ? AND t.reminder_at <= ?"),
        QStringLiteral("AND s.snoozed_until > ? AND s.snoozed_until <= ?"),
    };
    QStringList seen;
    for (const QString& condition : conditions) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        bool ok = q.prepare(QLatin1String(kReminders) + condition);
        if (ok) {
            q.addBindValue(user);
            q.addBindValue(user);
            q.addBindValue(SqlValues::timestamp(after));
            q.addBindValue(SqlValues::timestamp(upTo));
            ok = q.exec();
        }
        if (!ok) {
            m_error = tr("Cannot read the reminders: %1").arg(m_db.describeError(q.lastError()));
            return due;
        }
        while (q.next()) {
            const QDateTime reminder = SqlValues::toDateTime(q.value(4));
            const QDateTime snoozed = SqlValues::toDateTime(q.value(5));
            // A reminder rings at its time, or when a snooze set after that time ends.
            const QDateTime rings = snoozed.isValid() && snoozed > reminder ? snoozed : reminder;
            const QString id = q.value(0).toString();
            if (rings <= after || rings > upTo || seen.contains(id))
                continue;
            seen << id;
            NotificationItem item;
            item.key = NotificationSources::reminderKey(id);
            item.kind = QStringLiteral("task.reminder");
            item.entity = QStringLiteral("task");
            item.recordId = id;
            item.title = q.value(1).toString();
            item.detail = q.value(2).toString();
            item.day = SqlValues::toDate(q.value(3));
            item.since = rings;
            due.append(item);
        }
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const NotificationItem& a, const NotificationItem& b) { return a.since < b.since; });
    return due;
}

QDateTime ReminderScheduler::nextAfter(const QDateTime& after)
{
    const QString user = m_db.currentUserId();
    if (user.isEmpty())
        return {};
    QDateTime next;
    const QString seeks[] = {
        QStringLiteral("SELECT MIN(reminder_at) FROM tasks WHERE owner_id = ? AND deleted_at IS NULL "
                       "AND status <> 'done' AND reminder_at IS NOT NULL AND reminder_at > ?"),
        QStringLiteral("SELECT MIN(snoozed_until) FROM notification_state WHERE user_id = ? AND deleted_at IS NULL "
                       "AND snoozed_until IS NOT NULL AND snoozed_until > ?"),
    };
    for (const QString& sql : seeks) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        if (ok) {
            q.addBindValue(user);
            q.addBindValue(SqlValues::timestamp(after));
            ok = q.exec() && q.next();
        }
        if (!ok) {
            m_error = tr("Cannot read the reminders: %1").arg(m_db.describeError(q.lastError()));
            return {};
        }
        const QDateTime found = SqlValues::toDateTime(q.value(0));
        if (found.isValid() && (!next.isValid() || found < next))
            next = found;
    }
    return next;
}

void ReminderScheduler::check()
{
    const QDateTime now = m_db.clock().nowUtc();
    if (now > m_since) {
        const QList<NotificationItem> due = dueBetween(m_since, now);
        m_since = now;
        for (const NotificationItem& item : due)
            Q_EMIT reminderDue(item);
    } else if (now < m_since) {
        m_since = now; // the clock went back: ring what comes from here on
    }
    arm();
}

void ReminderScheduler::arm()
{
    m_error.clear();
    m_next = nextAfter(m_since);
    qint64 wait = m_maxWait;
    if (m_next.isValid())
        wait = std::min<qint64>(wait, std::max<qint64>(0, m_db.clock().nowUtc().msecsTo(m_next)));
    m_timer.start(int(wait));
}
