#pragma once

#include "TicketService.h"

#include <QDialog>

class CustomerPicker;
class Database;
class LookupComboBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// A service ticket or complaint: its details (saved by TicketService::create / saveDetails), the SLA deadlines as
// stored, the timeline of its transitions, and the next step the workflow allows (with a note; closing asks for the
// customer's satisfaction score and feedback). Every action is one TicketService call.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    // id empty: a new ticket (customerId preset when given).
    TicketDialog(Database& db, const QString& id, const QString& customerId, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    QString ticketId() const { return m_ticket.id; }

Q_SIGNALS:
    void saved(const QString& id);

private:
    void load(const QString& id);
    void showTicket();
    void save();
    void applyStep();
    void updateStepFields();

    Database& m_db;
    Ticket m_ticket;
    bool m_loaded = false;
    QString m_error;

    QLabel* m_number = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_subject = nullptr;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_category = nullptr;
    QComboBox* m_priority = nullptr;
    LookupComboBox* m_owner = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_sla = nullptr;
    QListWidget* m_timeline = nullptr;
    QComboBox* m_next = nullptr;
    QLineEdit* m_note = nullptr;
    QSpinBox* m_satisfaction = nullptr;
    QLineEdit* m_feedback = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_message = nullptr;
};
