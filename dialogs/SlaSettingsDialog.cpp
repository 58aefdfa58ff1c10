#include "SlaSettingsDialog.h"

#include "Database.h"
#include "TicketWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace {
QString minutesText(int minute)
{
    return QTime(0, 0)
        .addSecs(minute * 60)
        .toString(QStringLiteral("HH:mm"))
        .replace(QLatin1String("00:00"), minute ? QStringLiteral("24:00") : QStringLiteral("00:00"));
}

QString intervalsText(const QList<BusinessCalendar::Interval>& intervals)
{
    QStringList parts;
    for (const BusinessCalendar::Interval& i : intervals)
        parts << minutesText(i.startMinute) + QLatin1Char('-') + minutesText(i.endMinute);
    return parts.join(QStringLiteral(", "));
}

// "09:00-12:00, 13:30-18:00" → intervals; false on anything else.
bool parseIntervals(const QString& text, QList<BusinessCalendar::Interval>* intervals)
{
    intervals->clear();
    static const QRegularExpression span(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*[-–~至]\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QRegularExpressionMatch m = span.match(part);
        if (!m.hasMatch())
            return false;
        const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (start >= end || end > 24 * 60)
            return false;
        intervals->append({start, end});
    }
    return true;
}

QDoubleSpinBox* hoursBox(int minutes, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.25, 10000);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setValue(minutes / 60.0);
    return box;
}
} // namespace

SlaSettingsDialog::SlaSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("slaSettingsDialog"));
    setWindowTitle(tr("Service Settings"));
    QString error;
    m_policyRows = SlaPolicies::load(db, &error);
    BusinessCalendar::load(db, &m_calendar, &error);

    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("slaTabs"));

    // SLA policies.
    m_policies = new QTableWidget(int(m_policyRows.size()), 4, tabs);
    m_policies->setObjectName(QStringLiteral("slaPolicyTable"));
    m_policies->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Priority"), tr("First response (business hours)"), tr("Resolution (business hours)")});
    m_policies->verticalHeader()->hide();
    for (int row = 0; row < m_policyRows.size(); ++row) {
        const SlaPolicy& p = m_policyRows.at(row);
        auto* kind = new QTableWidgetItem(TicketWorkflow::kindText(p.kind));
        kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
        auto* priority = new QTableWidgetItem(TicketWorkflow::priorityText(p.priority));
        priority->setFlags(priority->flags() & ~Qt::ItemIsEditable);
        m_policies->setItem(row, 0, kind);
        m_policies->setItem(row, 1, priority);
        m_policies->setCellWidget(row, 2, hoursBox(p.firstResponseMinutes, m_policies));
        m_policies->setCellWidget(row, 3, hoursBox(p.resolutionMinutes, m_policies));
    }
    // Kind and priority as wide as their words; the two deadlines share the rest alike.
    m_policies->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_policies->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_policies->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    tabs->addTab(m_policies, tr("SLA &policies"));

    // Working hours and time zone.
    auto* hoursPage = new QWidget(tabs);
    auto* hoursLayout = new QVBoxLayout(hoursPage);
    auto* zoneForm = new QFormLayout;
    m_zone = new QLineEdit(QString::fromUtf8(m_calendar.timeZone().id()), hoursPage);
    m_zone->setObjectName(QStringLiteral("calendarTimeZone"));
    zoneForm->addRow(tr("&Time zone:"), m_zone);
    hoursLayout->addLayout(zoneForm);
    m_hours = new QTableWidget(7, 1, hoursPage);
    m_hours->setObjectName(QStringLiteral("calendarHoursTable"));
    m_hours->setHorizontalHeaderLabels({tr("Working hours (e.g. 09:00-12:00, 13:30-18:00; empty = day off)")});
    QStringList weekdays;
    for (int day = 1; day <= 7; ++day) {
        weekdays << QLocale().dayName(day);
        m_hours->setItem(day - 1, 0, new QTableWidgetItem(intervalsText(m_calendar.hours(day))));
    }
    m_hours->setVerticalHeaderLabels(weekdays);
    m_hours->horizontalHeader()->setStretchLastSection(true);
    hoursLayout->addWidget(m_hours);
    tabs->addTab(hoursPage, tr("&Working hours"));

    // Holidays and make-up working days.
    auto* daysPage = new QWidget(tabs);
    auto* daysLayout = new QVBoxLayout(daysPage);
    m_days = new QTableWidget(0, 3, daysPage);
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    for (const BusinessCalendar::Day& day : m_calendar.days())
        addDayRow(day);
    daysLayout->addWidget(m_days);
    auto* dayButtons = new QHBoxLayout;
    auto* addDay = new QPushButton(tr("&Add day"), daysPage);
    addDay->setObjectName(QStringLiteral("addCalendarDay"));
    auto* removeDay = new QPushButton(tr("&Remove day"), daysPage);
    removeDay->setObjectName(QStringLiteral("removeCalendarDay"));
    dayButtons->addWidget(addDay);
    dayButtons->addWidget(removeDay);
    dayButtons->addStretch(1);
    daysLayout->addLayout(dayButtons);
    connect(addDay, &QPushButton::clicked, this, [this] {
        addDayRow({m_db.clock().today(), false, 1, QString()});
        m_days->scrollToBottom();
    });
    connect(removeDay, &QPushButton::clicked, this, [this] {
        if (m_days->currentRow() >= 0)
            m_days->removeRow(m_days->currentRow());
    });
    tabs->addTab(daysPage, tr("&Holidays and make-up days"));

    layout->addWidget(tabs, 1);
    m_message = new QLabel(error, this);
    m_message->setObjectName(QStringLiteral("slaSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a00000;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlaSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

void SlaSettingsDialog::addDayRow(const BusinessCalendar::Day& day)
{
    const int row = m_days->rowCount();
    m_days->insertRow(row);
    m_days->setItem(row, 0, new QTableWidgetItem(day.day.toString(Qt::ISODate)));
    auto* kind = new QComboBox(m_days);
    kind->addItem(tr("Holiday"), QStringLiteral("holiday"));
    kind->addItem(tr("Make-up working day"), QStringLiteral("workday"));
    kind->setCurrentIndex(day.workday ? 1 : 0);
    m_days->setCellWidget(row, 1, kind);
    m_days->setItem(row, 2, new QTableWidgetItem(day.name));
}

void SlaSettingsDialog::accept()
{
    QList<SlaPolicy> policies = m_policyRows;
    for (int row = 0; row < policies.size(); ++row) {
        policies[row].firstResponseMinutes =
            qRound(qobject_cast<QDoubleSpinBox*>(m_policies->cellWidget(row, 2))->value() * 60);
        policies[row].resolutionMinutes =
            qRound(qobject_cast<QDoubleSpinBox*>(m_policies->cellWidget(row, 3))->value() * 60);
    }
    BusinessCalendar calendar = m_calendar;
    const QTimeZone zone(m_zone->text().trimmed().toUtf8());
    if (!zone.isValid()) {
        m_message->setText(tr("“%1” is not a time zone (for example Asia/Shanghai).").arg(m_zone->text()));
        return;
    }
    calendar.setTimeZone(zone);
    for (int day = 1; day <= 7; ++day) {
        QList<BusinessCalendar::Interval> intervals;
        if (!parseIntervals(m_hours->item(day - 1, 0)->text(), &intervals)) {
            m_message->setText(
                tr("Please write the hours of %1 as 09:00-12:00, 13:30-18:00.").arg(QLocale().dayName(day)));
            return;
        }
        calendar.setHours(day, intervals);
    }
    QList<BusinessCalendar::Day> days;
    for (int row = 0; row < m_days->rowCount(); ++row) {
        BusinessCalendar::Day d;
        d.day = QDate::fromString(m_days->item(row, 0)->text().trimmed(), Qt::ISODate);
        if (!d.day.isValid()) {
            m_message->setText(tr("Row %1: please write the date as 2026-10-01.").arg(row + 1));
            return;
        }
        d.workday =
            qobject_cast<QComboBox*>(m_days->cellWidget(row, 1))->currentData().toString() == QLatin1String("workday");
        d.hoursOf = 1; // a make-up day keeps Monday's hours
        d.name = m_days->item(row, 2) ? m_days->item(row, 2)->text().trimmed() : QString();
        days << d;
    }
    calendar.setDays(days);
    WriteResult saved = SlaPolicies::save(m_db, policies);
    if (saved.ok())
        saved = calendar.save(m_db);
    if (!saved.ok()) {
        m_message->setText(saved.message);
        return;
    }
    QDialog::accept();
}
