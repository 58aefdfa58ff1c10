#pragma once

#include "WriteResult.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class Database;
struct NotificationSource;

// One item of the inbox, as a source derived it for the current user.
struct NotificationItem
{
    QString key;      // item_key: what the user's read/dismissed/snoozed state is kept under
    QString kind;     // the source's kind ("task.due")
    QString entity;   // what opening it opens ("task")
    QString recordId; // that record's id
    QString title;
    QString detail;
    QDate day;       // the date it is about (due, close, next follow-up), if any
    QDateTime since; // when it arose (reminder time, assignment), UTC, if known
    bool read = false;
};
Q_DECLARE_METATYPE(NotificationItem)

// The current user's notification inbox: every item the registered NotificationSources derive from the data, less
// what the user dismissed or snoozed, newest first. Read whole (one person's news is short); unreadCount() counts
// in SQL without reading the items, for the tool bar's badge. The user's actions on items (read, dismissed, snoozed
// until) are rows of notification_state written through RecordWriter, one transaction per action; time comes from
// the database's clock only.
class NotificationInbox : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, TitleColumn, DetailColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        EntityRole,
        RecordIdRole,
        ReadRole, // bool
    };

    explicit NotificationInbox(Database& db, QObject* parent = nullptr);

    // Reads again by the clock as it is now; false with a message on a failed query (the rows then empty).
    bool refresh(QString* error = nullptr);
    const NotificationItem& item(int row) const { return m_items.at(row); }
    int rowOfKey(const QString& key) const;
    int unreadRows() const;

    // Unread, not dismissed, not snoozed items of the current user, by source kind / in all: one COUNT per source.
    static QHash<QString, int> unreadCounts(Database& db, QString* error = nullptr);
    static int unreadCount(Database& db, QString* error = nullptr);
    // Items of one source (tests compare them with their own SQL; the reminder pop-up reads one item).
    static QList<NotificationItem> items(Database& db, const NotificationSource& source, QString* error = nullptr);

    // The user's actions, each one transaction. Keys of items as NotificationItem::key.
    static WriteResult markRead(Database& db, const QStringList& keys);
    static WriteResult dismiss(Database& db, const QStringList& keys);
    static WriteResult snooze(Database& db, const QString& key, const QDateTime& untilUtc);
    // A reminder's "Mark done": the task as done (PipelineService, as the task board moves it), at its version now.
    static WriteResult markTaskDone(Database& db, const QString& taskId);
    // Every item the inbox shows now, read.
    static WriteResult markAllRead(Database& db);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QList<NotificationItem> m_items;
    QDate m_today;
};
