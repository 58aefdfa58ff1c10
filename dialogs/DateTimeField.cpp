#include "DateTimeField.h"

#include "Clock.h"
#include "SqlValues.h"

DateTimeField::DateTimeField(QWidget* parent, bool allowEmpty) : DateEntry(parent, true, allowEmpty)
{
    if (!allowEmpty)
        setLocalValue(now());
    connect(this, &DateEntry::entryChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QDateTime DateTimeField::now() const
{
    // To the minute: the field shows no seconds, so the value it starts with has none either.
    const QDateTime local = clock().nowUtc().toLocalTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
}

QVariant DateTimeField::value() const
{
    if (isEmpty())
        return allowsEmpty() ? QVariant() : QVariant(text());
    if (!isReadable())
        return text();
    if (m_loaded.isValid() && localValue() == m_loadedShown)
        return m_loaded;
    return localValue().toUTC();
}

void DateTimeField::setValue(const QVariant& stored)
{
    const QDateTime when = SqlValues::toDateTime(stored);
    if (when.isValid())
        setLocalValue(when.toLocalTime());
    else
        setLocalValue(allowsEmpty() ? QDateTime() : now());
    m_loaded = when;
    m_loadedShown = localValue();
}

void DateTimeField::setDateTime(const QDateTime& when)
{
    setLocalValue(when.isValid() ? when.toLocalTime() : QDateTime());
}

void DateTimeField::setClock(const Clock* clock)
{
    DateEntry::setClock(clock);
    if (!allowsEmpty() && !m_loaded.isValid())
        setLocalValue(now());
}

QTime DateTimeField::timeForDay(const QDate& day) const
{
    Q_UNUSED(day);
    // Another day for the same appointment keeps its time.
    const QDateTime current = localValue();
    if (current.isValid())
        return QTime(current.time().hour(), current.time().minute());
    if (m_defaultTime.isValid())
        return m_defaultTime;
    return now().time();
}
