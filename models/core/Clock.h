#pragma once

#include <QDate>
#include <QDateTime>
#include <QMutex>

// Where DeskCRM reads the time. The database object hands one to everything that stamps or compares
// times (Database::clock()), so a test sets the time instead of waiting for it to pass.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY(Clock)

    virtual QDateTime nowUtc() const;
    // The local calendar date now (due today, overdue, this quarter).
    QDate today() const { return nowUtc().toLocalTime().date(); }
    // Stored form of now (UTC ISO-8601 with milliseconds), as SqlValues::timestamp writes it.
    QString timestamp() const;

    // The system clock, shared by every database that was given no other.
    static Clock& system();
};

// A clock that stands still until told to move: set() and advance() by tests and benchmarks. Safe to read
// from background connections while the test thread moves it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start);

    QDateTime nowUtc() const override;
    void set(const QDateTime& when);
    void advance(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};
