#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

class QIODevice;

// Writes an iCalendar file (RFC 5545) through libical, one component at a time, so a long task list streams:
// tasks as VTODO (due date, priority, status, a reminder as a VALARM) and planned follow-ups as VEVENT (all-day
// on a date, or timed). Each component's UID is the record's id, so a calendar program that imports the file
// again updates the same items; DTSTAMP is the time of the export (from the database's clock).
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    struct Todo
    {
        QString uid;
        QString summary;
        QString description;
        QDate due;
        int priority = 1;          // DeskCRM's 0 low … 3 urgent
        QString status;            // "todo", "in_progress", "done"
        QDateTime reminderUtc;     // VALARM at this moment; invalid = none
        QDateTime completedUtc;    // COMPLETED, for done tasks
        QDateTime lastModifiedUtc; // LAST-MODIFIED; invalid = left out
    };
    struct Event
    {
        QString uid;
        QString summary;
        QString description;
        QDate day;          // all-day on this date (when start is invalid)
        QDateTime startUtc; // timed: from here
        int durationMinutes = 30;
        QDateTime lastModifiedUtc;
    };

    ICalendarWriter(QIODevice* device, const QDateTime& stampUtc);
    Q_DISABLE_COPY(ICalendarWriter)

    QString error() const { return m_error; }

    bool begin(); // BEGIN:VCALENDAR with VERSION and PRODID
    bool writeTodo(const Todo& todo);
    bool writeEvent(const Event& event);
    bool end(); // END:VCALENDAR

    // iCalendar's PRIORITY (1 highest … 9 lowest) for DeskCRM's 0 low … 3 urgent.
    static int icalPriority(int priority);

private:
    bool write(const QByteArray& bytes);
    bool writeComponent(struct icalcomponent_impl* component); // serialises, writes and frees it

    QIODevice* m_device;
    QDateTime m_stamp;
    QString m_error;
};
