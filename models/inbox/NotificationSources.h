#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One kind of item the notification inbox derives from the data ("a task is due", "a lead was assigned to me").
// A source is one SELECT over the current user's rows with these columns, in this order:
//   item_key   text, unique per item and stable while the item means the same thing ("task.due:<id>:<date>")
//   record_id  the record the item opens (of `entity`)
//   title      what the item is about (a task's title, a deal's name)
//   detail     a second line: the customer, who assigned it (may be NULL)
//   day        the calendar date the item is about (DATE, may be NULL)
//   since      the moment the item arose (timestamp; NULL unless hasSince)
// and these placeholders, which the inbox binds: {me} the current user's id, {today} the local date, {now} the
// current UTC time, {recent} the time `recentDays` ago (assignments older than that are no news any more).
// When hasSince is set, reading or dismissing the item counts only until `since` moves past it (a reminder set
// again, a task assigned once more), so the item comes back by itself.
struct NotificationSource
{
    QString kind;   // "task.due": the prefix of its item keys
    QString entity; // what opening an item opens: "task", "opportunity", "interaction", "customer", "lead"
    QString sql;
    bool hasSince = false;
    // Tables whose changes can change this source's items (the inbox reloads when a ChangeSet touches one).
    QStringList tables;
    const char* label = nullptr; // singular kind, translated through NotificationSources::label()
};

// The registry of inbox sources, in the order the inbox groups them. Tasks due, task reminders, follow-ups due
// today, deals past their expected close date and records a colleague assigned to the user are built in; a later
// record kind (leads, tickets, receivables…) adds its own with add() at start-up, and the inbox, its count badge
// and its tests cover it without further change.
class NotificationSources
{
    Q_DECLARE_TR_FUNCTIONS(NotificationSources)

public:
    static constexpr int kRecentDays = 14;
    static const QList<NotificationSource>& all();
    static const NotificationSource* find(const QString& kind);
    // Adds or replaces (same kind) a source. Call before the first inbox is read.
    static void add(const NotificationSource& source);
    static QString label(const NotificationSource& source);
    // The kind of an item key ("task.due" of "task.due:…"), and the key of a task's reminder.
    static QString kindOf(const QString& itemKey);
    static QString reminderKey(const QString& taskId);
    // Every table some source reads.
    static QStringList tables();
};
