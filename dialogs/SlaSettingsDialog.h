#pragma once

#include "BusinessCalendar.h"
#include "SlaPolicies.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QTableWidget;

// Service settings (issue 14): the SLA policies (hours to first response and to resolution per kind and priority),
// the business calendar's working hours per weekday, its time zone, and the holidays and make-up working days
// (法定节假日, 调休) as editable rows. Saved in one transaction each (SlaPolicies::save, BusinessCalendar::save);
// tickets pick the new times up at their next transition.
class SlaSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaSettingsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* policyTable() const { return m_policies; }
    QTableWidget* hoursTable() const { return m_hours; }
    QTableWidget* daysTable() const { return m_days; }

public Q_SLOTS:
    void accept() override;

private:
    void addDayRow(const BusinessCalendar::Day& day);

    Database& m_db;
    QList<SlaPolicy> m_policyRows;
    BusinessCalendar m_calendar;
    QTableWidget* m_policies = nullptr;
    QTableWidget* m_hours = nullptr;
    QLineEdit* m_zone = nullptr;
    QTableWidget* m_days = nullptr;
    QLabel* m_message = nullptr;
};
