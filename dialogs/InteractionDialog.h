#pragma once

#include "RecordDialog.h"

class ContactModel;
class InteractionModel;
class OpportunityModel;
class QCheckBox;
class QTimeEdit;

// Logs one follow-up with a customer: when (local time, stored UTC), channel, type, who was
// spoken to, what was said, the result and the next follow-up date. "Create a task for the next follow-up" under
// the date saves, with the follow-up and in the same transaction, the task for that day with a reminder at the
// chosen time (InteractionModel::setFollowUpTask).
class InteractionDialog : public RecordDialog
{
    Q_OBJECT
public:
    InteractionDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

    QCheckBox* followUpTaskBox() const { return m_taskBox; }
    QTimeEdit* followUpTimeEdit() const { return m_taskTime; }

protected:
    void afterLoad() override;

private:
    void refreshCustomerLists();
    void updateFollowUpTask();

    ContactModel* m_contacts = nullptr;
    OpportunityModel* m_opportunities = nullptr;
    InteractionModel* m_interactions = nullptr;
    QCheckBox* m_taskBox = nullptr;
    QTimeEdit* m_taskTime = nullptr;
};
