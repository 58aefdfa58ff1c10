#pragma once

#include "RecordDialog.h"

class OpportunityModel;

// Edits one task: title, owner, due date, priority, status, the customer or opportunity it is
// about, a reminder time and notes.
class TaskDialog : public RecordDialog
{
    Q_OBJECT
public:
    TaskDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

    // QSettings key: the time ("HH:mm", default 09:00) a reminder gets when the user picks only its day.
    static const char* const kReminderTimeKey;

protected:
    void afterLoad() override;

private:
    void refreshOpportunities();

    OpportunityModel* m_opportunities = nullptr;
};
