#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

class Database;

// The business calendar service times are counted in (business_calendars, business_hours, business_days of 0019):
// working hours per weekday in the calendar's time zone, and the dates that differ from the week: holidays
// (法定节假日) and make-up working days (调休) on a weekend, which follow the hours of a weekday. A value type: load it
// once, then add business minutes to a moment or measure the business minutes between two moments. Moments are UTC.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    // One span of working time on a day, in minutes after local midnight.
    struct Interval
    {
        int startMinute = 0;
        int endMinute = 0;
        bool operator==(const Interval& other) const
        {
            return startMinute == other.startMinute && endMinute == other.endMinute;
        }
    };
    // A date that differs from its weekday.
    struct Day
    {
        QDate day;
        bool workday = false; // a make-up working day; otherwise a holiday
        int hoursOf = 1;      // the weekday whose hours a make-up day keeps
        QString name;
    };

    BusinessCalendar();

    // The team's calendar (the first one). False with error when it cannot be read.
    static bool load(Database& db, BusinessCalendar* calendar, QString* error);
    // Replaces the stored hours and exceptional days with this calendar's (one transaction).
    WriteResult save(Database& db) const;

    QString id() const { return m_id; }
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    // weekday 1 = Monday … 7 = Sunday.
    QList<Interval> hours(int weekday) const { return m_hours.value(weekday); }
    void setHours(int weekday, const QList<Interval>& intervals);
    QList<Day> days() const;
    void setDays(const QList<Day>& days);

    // The working intervals of one local date (none on a holiday; a make-up day's weekday hours).
    QList<Interval> intervalsOn(const QDate& day) const;
    bool isWorkingDay(const QDate& day) const { return !intervalsOn(day).isEmpty(); }
    // The moment `minutes` of business time after `start` (start itself when minutes <= 0 and start is inside
    // working time; otherwise the end of the minutes). Invalid when the calendar has no working time for ten years.
    QDateTime addBusinessMinutes(const QDateTime& start, qint64 minutes) const;
    // Business minutes between two moments (0 when to <= from).
    qint64 businessMinutesBetween(const QDateTime& from, const QDateTime& to) const;

private:
    QDateTime at(const QDate& day, int minute) const;

    QString m_id;
    QTimeZone m_zone;
    QHash<int, QList<Interval>> m_hours;
    QHash<QDate, Day> m_days;
};
