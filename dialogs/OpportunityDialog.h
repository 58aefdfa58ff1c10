#pragma once

#include "RecordDialog.h"

class ContactModel;
class LookupModel;

// Edits one opportunity: customer, amount (integer minor units + currency), expected close, stage
// and probability, owner, and the evaluation notes (budget, timeline, need, competitors).
class OpportunityDialog : public RecordDialog
{
    Q_OBJECT
public:
    OpportunityDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

protected:
    void afterLoad() override;
    bool beforeSubmit(QHash<QString, QString>* errors) override;

private:
    void refreshContacts();
    void onStageChanged();

    ContactModel* m_contacts = nullptr;
    LookupModel* m_stages = nullptr;
};
