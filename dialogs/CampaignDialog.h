#pragma once

#include "RecordDialog.h"

class QLabel;
class QTableWidget;

// Edits one campaign: name, channel, status, dates, budget and actual cost (minor units of its currency), owner,
// target audience and notes; below the form its figures (leads, won deals and revenue by first touch, ROI) and its
// members with their responses.
class CampaignDialog : public RecordDialog
{
    Q_OBJECT
public:
    CampaignDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

protected:
    void afterLoad() override;
    bool beforeSubmit(QHash<QString, QString>* errors) override;

private:
    void showFiguresAndMembers();

    QString m_id;
    QLabel* m_figures = nullptr;
    QTableWidget* m_members = nullptr;
};
