#pragma once

#include "RecordDialog.h"

class QPushButton;
class QTreeWidget;

// Edits one lead: the person and company, contact details, source, type, region, product interest, owner (left
// empty on a new lead, the assignment rules choose as it is saved), screening status with the reason for a
// disqualification, and notes. Below the form: the lead's assignment history (who got it, from whom, by which rule)
// and Convert…, which saves pending edits and opens ConvertLeadDialog.
class LeadDialog : public RecordDialog
{
    Q_OBJECT
public:
    LeadDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

    QTreeWidget* historyView() const { return m_history; }
    QPushButton* convertButton() const { return m_convert; }

Q_SIGNALS:
    // The lead became (or was attached to) this customer.
    void converted(const QString& leadId, const QString& customerId);

protected:
    void afterLoad() override;

private:
    void refreshHistory();
    void updateStatusWidgets();
    void convert();

    QTreeWidget* m_history = nullptr;
    QPushButton* m_convert = nullptr;
};
