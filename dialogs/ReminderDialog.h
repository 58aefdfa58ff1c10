#pragma once

#include "NotificationInbox.h"

#include <QDateTime>
#include <QDialog>

class Clock;
class QComboBox;
class QLabel;

// The pop-up of a task reminder (ReminderScheduler::reminderDue): what, for whom, when due; snooze for 5, 15 or
// 60 minutes or until tomorrow morning, mark the task done, open it, or dismiss the reminder. Only asks: the shell
// does what was chosen (through NotificationInbox / PipelineService), so the dialog writes nothing itself.
class ReminderDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Snooze, Done, Open, Dismiss };
    // Snooze lengths in minutes, in the order the choice lists them; kUntilTomorrow: tomorrow at the default time.
    static constexpr int kUntilTomorrow = -1;

    ReminderDialog(const NotificationItem& item, const Clock& clock, QWidget* parent = nullptr);

    const NotificationItem& item() const { return m_item; }
    Choice choice() const { return m_choice; }
    // For Snooze: when the reminder rings again (UTC), from the chosen length and the clock.
    QDateTime snoozeUntil() const;
    // Chooses a snooze length by minutes (5, 15, 60 or kUntilTomorrow), as the user would in the list.
    void setSnoozeMinutes(int minutes);

    // The morning time "until tomorrow" means (the task editor's default reminder time).
    static QTime morning();

Q_SIGNALS:
    void chosen(ReminderDialog::Choice choice);

private:
    void choose(Choice choice);

    NotificationItem m_item;
    const Clock& m_clock;
    Choice m_choice = Choice::None;
    QComboBox* m_snooze = nullptr;
};
