#pragma once

#include <QDialog>
#include <QString>

class CustomerPicker;
class DateField;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class MoneyEdit;

// Converts a lead (LeadConversion): into a new customer named as the user says, or attached to an existing
// customer — the possible duplicates the dedupe engine finds are listed first, any other can be picked — with a
// contact, and an opportunity when "Create an opportunity" is ticked. Errors (converted meanwhile, deleted) stay in
// the dialog.
class ConvertLeadDialog : public QDialog
{
    Q_OBJECT
public:
    ConvertLeadDialog(Database& db, const QString& leadId, QWidget* parent = nullptr);

    // After Accepted: the customer the lead became or was attached to.
    QString customerId() const { return m_customerId; }
    // Rows of the possible duplicates list (for tests).
    QListWidget* duplicatesList() const { return m_duplicates; }

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();

    Database& m_db;
    QString m_leadId;
    QString m_customerId;
    QRadioButton* m_new = nullptr;
    QRadioButton* m_existing = nullptr;
    QLineEdit* m_name = nullptr;
    QListWidget* m_duplicates = nullptr;
    CustomerPicker* m_picker = nullptr;
    QCheckBox* m_createOpportunity = nullptr;
    QLineEdit* m_opportunityName = nullptr;
    MoneyEdit* m_amount = nullptr;
    DateField* m_close = nullptr;
    QLabel* m_error = nullptr;
};
