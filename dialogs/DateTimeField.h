#pragma once

#include "DateEntry.h"

#include <QDateTime>
#include <QTime>
#include <QVariant>

class Clock;

// A date and time of day shown in local time while the database keeps UTC: USER property `value` is the
// UTC QDateTime (what RecordModel reads and writes for *_at columns), or NULL when the field allows none
// and is empty (unreadable text stays a QString and the dialog says what it expects). A value the user
// did not touch comes back exactly, seconds included, so saving an unchanged form does not rewrite the
// column. A day picked without a time (calendar, T, a typed date) gets the default time.
class DateTimeField : public DateEntry
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit DateTimeField(QWidget* parent = nullptr, bool allowEmpty = false);

    QVariant value() const;
    void setValue(const QVariant& stored);
    // Where "now" comes from (the time a field that allows no empty value starts with): the database's
    // clock, Database::clock(); Clock::system() until set or when null. A field that allows no empty
    // value and holds no loaded value moves to the new clock's now: set the clock before the user edits.
    void setClock(const Clock* clock);
    // The time a day chosen without one gets while the field is empty (a reminder: 09:00 by the setting
    // reminders/defaultTime); invalid (the default): the clock's time now.
    void setDefaultTime(const QTime& time) { m_defaultTime = time; }
    QTime defaultTime() const { return m_defaultTime; }
    QDateTime dateTime() const { return localValue(); }
    void setDateTime(const QDateTime& when);

Q_SIGNALS:
    void valueChanged(const QVariant& stored);

protected:
    QTime timeForDay(const QDate& day) const override;

private:
    QDateTime now() const;

    QDateTime m_loaded;      // as stored (UTC)
    QDateTime m_loadedShown; // as the field showed it (local)
    QTime m_defaultTime;
};
