#pragma once

#include "RecordDialog.h"

class ContactModel;
class LookupComboBox;
class LookupModel;
class QListWidget;

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

    void loadCompetitors();

    ContactModel* m_contacts = nullptr;
    QListWidget* m_competitorList = nullptr; // the competitor records met on the deal (checked)
    LookupComboBox* m_winner = nullptr;      // the one that won it, on a lost deal
    LookupModel* m_stages = nullptr;
};
