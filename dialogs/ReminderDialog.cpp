#include "ReminderDialog.h"

#include "Clock.h"
#include "ReportFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ReminderDialog::ReminderDialog(const NotificationItem& item, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_item(item), m_clock(clock)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Reminder"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(item.title, this);
    title->setObjectName(QStringLiteral("reminderTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* form = new QFormLayout;
    if (!item.detail.isEmpty()) {
        auto* customer = new QLabel(item.detail, this);
        customer->setTextFormat(Qt::PlainText);
        form->addRow(tr("Customer:"), customer);
    }
    if (item.day.isValid())
        form->addRow(tr("Due:"), new QLabel(ReportFormat::date(item.day), this));
    if (item.since.isValid())
        form->addRow(tr("Reminder:"), new QLabel(ReportFormat::dateTime(item.since.toLocalTime()), this));
    layout->addLayout(form);

    auto* snoozeRow = new QHBoxLayout;
    m_snooze = new QComboBox(this);
    m_snooze->setObjectName(QStringLiteral("snoozeLength"));
    m_snooze->addItem(tr("5 minutes"), 5);
    m_snooze->addItem(tr("15 minutes"), 15);
    m_snooze->addItem(tr("1 hour"), 60);
    m_snooze->addItem(tr("Until tomorrow"), kUntilTomorrow);
    m_snooze->setCurrentIndex(1);
    auto* snoozeLabel = new QLabel(tr("&Snooze for:"), this);
    snoozeLabel->setBuddy(m_snooze);
    snoozeRow->addWidget(snoozeLabel);
    snoozeRow->addWidget(m_snooze, 1);
    auto* snooze = new QPushButton(tr("S&nooze"), this);
    snooze->setObjectName(QStringLiteral("snoozeButton"));
    snoozeRow->addWidget(snooze);
    layout->addLayout(snoozeRow);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* done = buttons->addButton(tr("Mark &done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("markDoneButton"));
    QPushButton* open = buttons->addButton(tr("&Open task"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openTaskButton"));
    QPushButton* dismiss = buttons->addButton(tr("D&ismiss"), QDialogButtonBox::RejectRole);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    layout->addWidget(buttons);

    connect(snooze, &QPushButton::clicked, this, [this] { choose(Choice::Snooze); });
    connect(done, &QPushButton::clicked, this, [this] { choose(Choice::Done); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::Open); });
    connect(dismiss, &QPushButton::clicked, this, [this] { choose(Choice::Dismiss); });
    snooze->setDefault(true);
    snooze->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(420);
}

void ReminderDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    if (choice == Choice::Dismiss)
        reject();
    else
        accept();
}

QTime ReminderDialog::morning()
{
    const QTime time = QTime::fromString(
        QSettings().value(QStringLiteral("reminders/defaultTime"), QStringLiteral("09:00")).toString(),
        QStringLiteral("H:mm"));
    return time.isValid() ? time : QTime(9, 0);
}

void ReminderDialog::setSnoozeMinutes(int minutes)
{
    const int index = m_snooze->findData(minutes);
    if (index >= 0)
        m_snooze->setCurrentIndex(index);
}

QDateTime ReminderDialog::snoozeUntil() const
{
    const int minutes = m_snooze->currentData().toInt();
    const QDateTime now = m_clock.nowUtc();
    if (minutes == kUntilTomorrow)
        return QDateTime(now.toLocalTime().date().addDays(1), morning(), Qt::LocalTime).toUTC();
    return now.addSecs(qint64(minutes) * 60);
}
