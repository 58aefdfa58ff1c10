#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantHash>
#include <QVector>

class Database;
class RecordWriter;

// How an opportunity lands in its new stage (PipelineService::moveToStage).
struct PipelineMoveOptions
{
    bool setPosition = false;
    double position = 0;
    QString lostReason; // written when the target stage is a lost stage
    QDate actualClose;  // won/lost: defaults to today when invalid
    QString note;       // stage_history.note
};

// The pipeline's write operations as the boards need them: moving an opportunity between stages
// (stage, probability, stage_entered_at, actual close and a stage_history row in one transaction),
// reordering inside a stage, and editing the stages themselves. Every change is optimistic
// (`WHERE id = ? AND version = ?`): a row changed meanwhile by someone else is refused, never
// overwritten. Errors are returned, never shown.
class PipelineService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineService)
public:
    PipelineService() = delete;

    using Result = WriteResult; // version: the row's version after the change
    using Status = WriteResult::Status;

    using MoveOptions = PipelineMoveOptions;

    // Moves an opportunity into stageId. Moving into an open stage clears actual_close and
    // lost_reason, so undoing a won/lost move restores an open deal. Same stage with setPosition
    // only reorders (no history row).
    static Result moveToStage(Database& db, const QString& opportunityId, int expectedVersion, const QString& stageId,
                              const MoveOptions& options = {});
    // The one rule for entering a stage, shared by the board and the opportunity editor: the columns a move
    // into stageId writes (stage_id, probability, stage_entered_at, actual_close, lost_reason) ...
    // Whether the stage closes a deal as won (a won deal needs its customer).
    static bool isWonStage(Database& db, const QString& stageId);
    static Result stageColumns(Database& db, const QString& stageId, const MoveOptions& options, QVariantHash* columns);
    // ... and the stage_history row it leaves, inside the caller's write.
    static Result recordStageChange(RecordWriter& writer, const QString& opportunityId, const QString& fromStage,
                                    const QString& toStage, const QString& note = {});

    // Persists the card's place inside its stage.
    static Result setPosition(Database& db, const QString& opportunityId, int expectedVersion, double position);

    // Tasks: status todo / in_progress / done (completed_at set on done, cleared otherwise) and position.
    static Result setTaskStatus(Database& db, const QString& taskId, int expectedVersion, const QString& status,
                                bool setPosition = false, double position = 0);

    // Stage editing. Stages are referenced by id everywhere (opportunities, stage_history), so a
    // rename or a reorder touches pipeline_stages only and history stays intact.
    struct StageData
    {
        QString id; // empty when adding
        QString name;
        int probability = 0;
        bool isWon = false;
        bool isLost = false;
        int version = 0; // expected version when updating
        int sortOrder = 0;
    };
    static Result addStage(Database& db, const StageData& stage, QString* newId = nullptr);
    static Result updateStage(Database& db, const StageData& stage);
    // New order of the stages: ids first to last. Each stage's version must still match.
    static Result reorderStages(Database& db, const QVector<StageData>& stagesInNewOrder);
    // Soft-deletes a stage that no live opportunity uses; refuses otherwise.
    static Result removeStage(Database& db, const QString& stageId, int expectedVersion);

    // The live stages in board order.
    static QVector<StageData> stages(Database& db, QString* error = nullptr);
    // What the stage settings dialog saves, as one action in one transaction: `inOrder` is the
    // whole pipeline first to last (new stages have an empty id), `removed` the stages to delete.
    // Any stale version or a removed stage still in use rolls everything back.
    static Result saveStages(Database& db, const QVector<StageData>& inOrder, const QVector<StageData>& removed);

    // The reasons offered when a deal is lost (the user may also type another).
    static QStringList standardLostReasons();
};
