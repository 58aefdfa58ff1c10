#include "Clock.h"

#include "SqlValues.h"

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QString Clock::timestamp() const
{
    return SqlValues::timestamp(nowUtc());
}

Clock& Clock::system()
{
    static Clock clock;
    return clock;
}

ManualClock::ManualClock(const QDateTime& start) : m_now(start.toUTC()) {}

QDateTime ManualClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime& when)
{
    QMutexLocker lock(&m_mutex);
    m_now = when.toUTC();
}

void ManualClock::advance(qint64 milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}
