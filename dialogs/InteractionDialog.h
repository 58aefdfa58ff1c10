#pragma once

#include "RecordDialog.h"

class ContactModel;
class OpportunityModel;

// Logs one follow-up with a customer: when (local time, stored UTC), channel, type, who was
// spoken to, what was said, the result and the next follow-up date.
class InteractionDialog : public RecordDialog
{
    Q_OBJECT
public:
    InteractionDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

protected:
    void afterLoad() override;

private:
    void refreshCustomerLists();

    ContactModel* m_contacts = nullptr;
    OpportunityModel* m_opportunities = nullptr;
};
