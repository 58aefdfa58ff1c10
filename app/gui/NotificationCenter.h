#pragma once

#include "NotificationInbox.h"
#include "ReminderDialog.h"

#include <QObject>
#include <QPointer>

class Database;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QToolButton;
class QWidget;
class ReminderScheduler;

// The shell's side of notifications: the tool bar's inbox button with its unread count, the task reminders'
// pop-ups (ReminderScheduler → ReminderDialog, and the tray's desktop notification where the platform has one),
// and a tray icon with the count where it has a tray. It re-counts after every write the database announces and,
// for what colleagues change on a team database, every kPollMs (no LISTEN/NOTIFY yet). What the user chooses in a
// pop-up is written through models/ (NotificationInbox, PipelineService); opening a record is the shell's job
// (openRecord).
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 30000;

    explicit NotificationCenter(QWidget* window);
    ~NotificationCenter() override;

    // The database to watch (nullptr: none). Not owned; call with nullptr before deleting it.
    void setDatabase(Database* db);
    QToolButton* button() const;
    int unreadCount() const { return m_count; }
    ReminderScheduler* scheduler() const { return m_scheduler; }
    // The reminder pop-up shown last, while it is open (tests answer it).
    ReminderDialog* currentReminder() const { return m_reminder; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

public Q_SLOTS:
    void refreshCount();
    void showReminder(const NotificationItem& item);

Q_SIGNALS:
    void openRecord(const QString& entity, const QString& id);
    void showInboxRequested();
    void countChanged(int count);
    void errorOccurred(const QString& message);

private:
    void act(const NotificationItem& item, int choice, const QDateTime& snoozeUntil);
    void updateTray();

    QWidget* m_window;
    Database* m_db = nullptr;
    class InboxButton* m_button = nullptr;
    ReminderScheduler* m_scheduler = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QTimer* m_poll = nullptr;
    QTimer* m_recount = nullptr;
    QPointer<ReminderDialog> m_reminder;
    int m_count = 0;
};
