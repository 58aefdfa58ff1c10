#pragma once

#include "ChangeSet.h"
#include "NotificationInbox.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Database;

// Rings the current user's task reminders while the program runs. One single-shot QTimer is armed for the next
// reminder (the earliest reminder time or snooze end after the last check), by the database's Clock; every write
// the notifier announces to tasks or notification_state arms it again. Because a clock can jump (a laptop waking,
// a test moving its ManualClock) the timer never waits longer than maxWait() before looking again. Each reminder
// rings once for its time: at reminder_at, or when its snooze ends; dismissed and done tasks stay silent. What came
// due while the program was not running is not rung, the inbox lists it.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxWaitMs = 30000;

    explicit ReminderScheduler(Database& db, QObject* parent = nullptr);

    int maxWait() const { return m_maxWait; }
    void setMaxWait(int milliseconds);
    // When the timer will look next (by the clock), and for which reminder time; invalid when none is pending.
    QDateTime nextReminder() const { return m_next; }
    bool isArmed() const { return m_timer.isActive(); }
    QString lastError() const { return m_error; }

public Q_SLOTS:
    // Rings every reminder due between the last check and now, then arms the timer again.
    void check();
    // Finds the next reminder and sets the timer for it.
    void arm();

Q_SIGNALS:
    void reminderDue(const NotificationItem& item);

private:
    void changed(const ChangeSet& changes);
    QList<NotificationItem> dueBetween(const QDateTime& after, const QDateTime& upTo);
    QDateTime nextAfter(const QDateTime& after);

    Database& m_db;
    QTimer m_timer;
    QDateTime m_since; // reminders up to this moment have rung
    QDateTime m_next;
    int m_maxWait = kDefaultMaxWaitMs;
    QString m_error;
};
