#pragma once

#include "Page.h"

class Database;
class NotificationInbox;
class QLabel;
class QPushButton;
class QTableView;

// The notification inbox: what the user's NotificationSources found (tasks due, reminders, follow-ups due today,
// deals past their close date, what colleagues assigned), unread ones in bold. Enter or "Open" opens the record
// (a follow-up: its customer's page) and marks the item read; "Mark read", "Dismiss" and "Mark all read" write the
// user's state of the items (NotificationInbox). Emits unreadChanged so the shell's badge follows at once.
class InboxPage : public Page
{
    Q_OBJECT
public:
    explicit InboxPage(Database& db, QWidget* parent = nullptr);
    ~InboxPage() override;

    QString title() const override;
    bool canOpenCurrent() const override;
    QStringList watchedTables() const override;

    NotificationInbox* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void openCurrent() override;
    void reload() override;
    void markCurrentRead();
    void dismissCurrent();
    void markAllRead();

Q_SIGNALS:
    // The user read or dismissed something: the badge's count is out of date.
    void unreadChanged();

private:
    QStringList selectedKeys() const;
    int currentRow() const;
    void report(const struct WriteResult& result);
    void updateButtons();

    Database& m_db;
    NotificationInbox* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_allRead = nullptr;
};
