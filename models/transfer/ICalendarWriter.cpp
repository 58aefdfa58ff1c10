#include "ICalendarWriter.h"

#include <QIODevice>

#include <libical/ical.h>

namespace {
icaltimetype utcTime(const QDateTime& when)
{
    return icaltime_from_timet_with_zone(time_t(when.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icaltimetype dateOnly(const QDate& day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    return t;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// Adds the properties every component carries: UID, DTSTAMP, SUMMARY, DESCRIPTION, LAST-MODIFIED.
void addCommon(icalcomponent* c, const QString& uid, const QDateTime& stamp, const QString& summary,
               const QString& description, const QDateTime& lastModified)
{
    icalcomponent_add_property(c, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(c, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(c, icalproperty_new_summary(utf8(summary).constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(c, icalproperty_new_description(utf8(description).constData()));
    if (lastModified.isValid())
        icalcomponent_add_property(c, icalproperty_new_lastmodified(utcTime(lastModified)));
}
} // namespace

ICalendarWriter::ICalendarWriter(QIODevice* device, const QDateTime& stampUtc) : m_device(device), m_stamp(stampUtc) {}

int ICalendarWriter::icalPriority(int priority)
{
    switch (priority) {
    case 3:
        return 1; // urgent
    case 2:
        return 3; // high
    case 0:
        return 9; // low
    default:
        return 5; // normal
    }
}

bool ICalendarWriter::write(const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write the file: %1").arg(m_device ? m_device->errorString() : QString());
        return false;
    }
    return true;
}

bool ICalendarWriter::writeComponent(icalcomponent* component)
{
    char* text = icalcomponent_as_ical_string_r(component);
    icalcomponent_free(component);
    if (!text) {
        m_error = tr("Cannot write a calendar entry: %1").arg(QString::fromUtf8(icalerror_strerror(icalerrno)));
        return false;
    }
    const bool ok = write(QByteArray(text));
    free(text);
    return ok;
}

bool ICalendarWriter::begin()
{
    // The calendar's own lines, without its END: the components follow one by one, then end() closes it.
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//DeskCRM//DeskCRM export//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    char* text = icalcomponent_as_ical_string_r(calendar);
    icalcomponent_free(calendar);
    if (!text) {
        m_error = tr("Cannot write the calendar: %1").arg(QString::fromUtf8(icalerror_strerror(icalerrno)));
        return false;
    }
    QByteArray head(text);
    free(text);
    const int end = head.lastIndexOf("END:VCALENDAR");
    if (end >= 0)
        head.truncate(end);
    return write(head);
}

bool ICalendarWriter::end()
{
    return write("END:VCALENDAR\r\n");
}

bool ICalendarWriter::writeTodo(const Todo& todo)
{
    icalcomponent* c = icalcomponent_new_vtodo();
    addCommon(c, todo.uid, m_stamp, todo.summary, todo.description, todo.lastModifiedUtc);
    if (todo.due.isValid())
        icalcomponent_add_property(c, icalproperty_new_due(dateOnly(todo.due)));
    icalcomponent_add_property(c, icalproperty_new_priority(icalPriority(todo.priority)));
    icalproperty_status status = ICAL_STATUS_NEEDSACTION;
    if (todo.status == QLatin1String("in_progress"))
        status = ICAL_STATUS_INPROCESS;
    else if (todo.status == QLatin1String("done"))
        status = ICAL_STATUS_COMPLETED;
    icalcomponent_add_property(c, icalproperty_new_status(status));
    if (status == ICAL_STATUS_COMPLETED && todo.completedUtc.isValid())
        icalcomponent_add_property(c, icalproperty_new_completed(utcTime(todo.completedUtc)));
    if (todo.reminderUtc.isValid() && status != ICAL_STATUS_COMPLETED) {
        icalcomponent* alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        struct icaltriggertype trigger;
        trigger.time = utcTime(todo.reminderUtc);
        trigger.duration = icaldurationtype_null_duration();
        icalproperty* when = icalproperty_new_trigger(trigger);
        icalproperty_add_parameter(when, icalparameter_new_value(ICAL_VALUE_DATETIME));
        icalcomponent_add_property(alarm, when);
        // A DISPLAY alarm must say what it displays.
        icalcomponent_add_property(alarm, icalproperty_new_description(utf8(todo.summary).constData()));
        icalcomponent_add_component(c, alarm);
    }
    return writeComponent(c);
}

bool ICalendarWriter::writeEvent(const Event& event)
{
    icalcomponent* c = icalcomponent_new_vevent();
    addCommon(c, event.uid, m_stamp, event.summary, event.description, event.lastModifiedUtc);
    if (event.startUtc.isValid()) {
        icalcomponent_add_property(c, icalproperty_new_dtstart(utcTime(event.startUtc)));
        icalcomponent_add_property(
            c, icalproperty_new_dtend(utcTime(event.startUtc.addSecs(qint64(event.durationMinutes) * 60))));
    } else {
        // All day: DTSTART on the day, DTEND (exclusive) the day after.
        icalcomponent_add_property(c, icalproperty_new_dtstart(dateOnly(event.day)));
        icalcomponent_add_property(c, icalproperty_new_dtend(dateOnly(event.day.addDays(1))));
        // An all-day follow-up does not block the day in anyone's calendar.
        icalcomponent_add_property(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    }
    return writeComponent(c);
}
