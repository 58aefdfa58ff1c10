#pragma once

#include "PipelineService.h"

#include <QDialog>
#include <QVector>

class Database;
class QLabel;
class QTableWidget;

// Edits the pipeline's stages: add, rename, reorder (Move up/down), probability, won/lost flags,
// remove an unused stage. Saved as one transaction through PipelineService::saveStages; stages
// keep their ids, so renaming or reordering never touches an opportunity's stage history.
class StageSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StageSettingsDialog(Database& db, QWidget* parent = nullptr);

    // The table's rows as stages, in order (what accept() saves).
    QVector<PipelineService::StageData> stages() const;
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void addStage();
    void moveUp();
    void moveDown();
    void removeStage();
    void accept() override;

private:
    void addRow(const PipelineService::StageData& stage);
    void swapRows(int a, int b);

    Database& m_db;
    QTableWidget* m_table;
    QLabel* m_message;
    QVector<PipelineService::StageData> m_removed;
    QString m_error;
};
