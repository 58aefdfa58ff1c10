#pragma once

#include "RecordDialog.h"

class QLabel;
class QTableWidget;

// Edits one competitor: name, website, strengths, weaknesses and notes; below the form the win/loss against it, the
// reasons deals were lost where it was met and the latest of what reps saw it offer, per product.
class CompetitorDialog : public RecordDialog
{
    Q_OBJECT
public:
    CompetitorDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

private:
    void showIntelligence();

    QString m_id;
    QLabel* m_winLoss = nullptr;
    QTableWidget* m_observations = nullptr;
};
