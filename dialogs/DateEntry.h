#pragma once

#include <QDateTime>
#include <QLineEdit>
#include <QStringList>

class Clock;
class QCalendarWidget;
class QFrame;

// The typing surface of DateField and DateTimeField: a line edit for a calendar date, optionally with a
// time of day, that can be empty. Empty shows a placeholder; the user types a date in the locale's short
// form ("12/3/2026", "2026/12/3") or ISO ("2026-12-03"), or presses T (today), + (tomorrow) or W (next
// week); F4 or Alt+Down (and the button at the right end) opens a calendar that starts at the value or at
// today by the Clock, with the same choices as buttons. Delete or Backspace over the whole text empties it,
// Tab moves on as in any line edit. Leaving the field writes a readable entry in the display form again.
class DateEntry : public QLineEdit
{
    Q_OBJECT
public:
    ~DateEntry() override;

    // Where "today" comes from: the database's clock, Database::clock(); Clock::system() until set or when null.
    void setClock(const Clock* clock);
    const Clock& clock() const { return *m_clock; }

    // The local date-time the text means (time 00:00 in a date-only entry); invalid when empty or unreadable.
    QDateTime localValue() const { return m_value; }
    bool isEmpty() const;
    // True when the text is empty (and that is allowed) or reads as a date.
    bool isReadable() const;
    // What to write instead of unreadable text, with examples in the forms the field accepts.
    QString expectedText() const;
    void clearValue();
    // The value `days` after today (T: 0, +: 1, W: 7), at the time timeForDay() gives.
    void setDaysFromToday(int days);
    // Opens the calendar popup (F4).
    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }
    QFrame* calendarPopup() const { return m_popup; }
    // The formats a typed text is read with, most specific first (display form, locale, ISO).
    QStringList inputFormats() const;

Q_SIGNALS:
    // The meaning of the text changed (a new date, emptied, or became unreadable).
    void entryChanged();

protected:
    DateEntry(QWidget* parent, bool withTime, bool allowEmpty);

    // Shows a local date-time (invalid: empty) in the display form.
    void setLocalValue(const QDateTime& local);
    bool allowsEmpty() const { return m_allowEmpty; }
    // The time a day chosen without one (calendar, T, a typed date in a date-time field) gets.
    virtual QTime timeForDay(const QDate& day) const;

    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void onTextChanged(const QString& text);
    QDateTime parse(const QString& text) const;
    QString displayFormat() const;
    void pickDay(const QDate& day);

    bool m_withTime;
    bool m_allowEmpty;
    const Clock* m_clock;
    QDateTime m_value;
    bool m_readable = true;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};
