#include "PipelineService.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using Result = PipelineService::Result;

Result fail(WriteResult::Status status, const QString& message)
{
    return WriteResult::failure(status, message);
}

Result sqlFailure(const QSqlQuery& q)
{
    return fail(WriteResult::Failed,
                PipelineService::tr("The database refused the change: %1").arg(q.lastError().text()));
}

// A board's wording for a stale version or a vanished row.
Result refused(const Result& result)
{
    if (result.status == WriteResult::Conflict)
        return fail(WriteResult::Conflict,
                    PipelineService::tr("Someone else changed this record after you loaded it. "
                                        "Nothing was overwritten; the board shows the current data."));
    return result;
}

// Commits and returns `result` (with its version) when the commit succeeds.
Result commitWith(RecordWriter& writer, Result result)
{
    const WriteResult committed = writer.commit();
    if (!committed.ok())
        return committed;
    return result;
}

bool isValidTaskStatus(const QString& status)
{
    return status == QLatin1String("todo") || status == QLatin1String("in_progress") || status == QLatin1String("done");
}

QString validateStage(const PipelineService::StageData& stage)
{
    if (stage.name.trimmed().isEmpty())
        return PipelineService::tr("A stage needs a name.");
    if (stage.probability < 0 || stage.probability > 100)
        return PipelineService::tr("The probability must be between 0 and 100.");
    if (stage.isWon && stage.isLost)
        return PipelineService::tr("A stage cannot be both won and lost.");
    return {};
}

QVariantHash stageRow(const PipelineService::StageData& stage, int sortOrder)
{
    return {{QStringLiteral("name"), stage.name.trimmed()},
            {QStringLiteral("sort_order"), sortOrder},
            {QStringLiteral("probability"), stage.probability},
            {QStringLiteral("is_won"), stage.isWon},
            {QStringLiteral("is_lost"), stage.isLost}};
}

// Refuses removing a stage that live opportunities still use.
Result checkUnused(Database& db, const PipelineService::StageData& stage, bool named)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
    q.addBindValue(stage.id);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    const int used = q.value(0).toInt();
    if (used == 0)
        return {};
    return fail(
        WriteResult::Invalid,
        named ? PipelineService::tr("The stage \"%1\" still holds %n opportunities; move them first.", nullptr, used)
                    .arg(stage.name)
              : PipelineService::tr("This stage still holds %n opportunities; move them first.", nullptr, used));
}

} // namespace

Result PipelineService::stageColumns(Database& db, const QString& stageId, const MoveOptions& options,
                                     QVariantHash* columns)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT probability, is_won, is_lost FROM pipeline_stages WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return fail(WriteResult::Invalid, tr("The target stage no longer exists."));
    const bool won = q.value(1).toBool();
    const bool lost = q.value(2).toBool();
    const QString reason = options.lostReason.trimmed();
    columns->insert(QStringLiteral("stage_id"), stageId);
    columns->insert(QStringLiteral("probability"), q.value(0).toInt());
    columns->insert(QStringLiteral("stage_entered_at"), db.clock().nowUtc());
    // Closing is entering a won or lost stage; moving back into the open pipeline reopens.
    columns->insert(QStringLiteral("actual_close"),
                    won || lost ? QVariant(options.actualClose.isValid() ? options.actualClose : db.clock().today())
                                : QVariant());
    columns->insert(QStringLiteral("lost_reason"), lost && !reason.isEmpty() ? QVariant(reason) : QVariant());
    return {};
}

bool PipelineService::isWonStage(Database& db, const QString& stageId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT is_won FROM pipeline_stages WHERE id = ?"));
    q.addBindValue(stageId);
    return q.exec() && q.next() && q.value(0).toBool();
}

Result PipelineService::recordStageChange(RecordWriter& writer, const QString& opportunityId, const QString& fromStage,
                                          const QString& toStage, const QString& note)
{
    return writer.insert(
        QStringLiteral("stage_history"),
        {{QStringLiteral("opportunity_id"), opportunityId},
         {QStringLiteral("from_stage_id"), fromStage.isEmpty() ? QVariant() : QVariant(fromStage)},
         {QStringLiteral("to_stage_id"), toStage},
         {QStringLiteral("changed_by"),
          writer.database().currentUserId().isEmpty() ? QVariant() : QVariant(writer.database().currentUserId())},
         {QStringLiteral("changed_at"), writer.now()},
         {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)}});
}

Result PipelineService::moveToStage(Database& db, const QString& opportunityId, int expectedVersion,
                                    const QString& stageId, const MoveOptions& options)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) -> Result {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "SELECT stage_id, version, customer_id FROM opportunities WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(opportunityId);
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return fail(WriteResult::NotFound, tr("This opportunity no longer exists; it may have been deleted."));
        const QString fromStage = q.value(0).toString();
        if (q.value(1).toInt() != expectedVersion)
            return refused(fail(WriteResult::Conflict, {}));
        const bool hasCustomer = !q.value(2).isNull();
        q.finish();
        if (!hasCustomer && fromStage != stageId && isWonStage(db, stageId))
            return refused(
                fail(WriteResult::Invalid,
                     tr("This deal has no customer yet. Open it and choose who bought before marking it won.")));

        QVariantHash columns;
        if (fromStage == stageId) {
            if (!options.setPosition) {
                Result same;
                same.id = opportunityId;
                same.version = expectedVersion;
                return same;
            }
        } else {
            const Result stage = stageColumns(db, stageId, options, &columns);
            if (!stage.ok())
                return stage;
        }
        double position = options.position;
        if (!options.setPosition) {
            // Without a place, the card goes to the end of the target column.
            q.prepare(
                QStringLiteral("SELECT MAX(position) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
            q.addBindValue(stageId);
            if (!q.exec())
                return sqlFailure(q);
            position = q.next() && !q.value(0).isNull() ? q.value(0).toDouble() + 1.0 : 1.0;
            q.finish();
        }
        columns.insert(QStringLiteral("position"), position);
        const Result moved = writer.update(QStringLiteral("opportunities"), opportunityId, expectedVersion, columns);
        if (!moved.ok())
            return refused(moved);
        if (fromStage != stageId) {
            const Result history = recordStageChange(writer, opportunityId, fromStage, stageId, options.note);
            if (!history.ok())
                return history;
        }
        return commitWith(writer, moved);
    });
}

Result PipelineService::setPosition(Database& db, const QString& opportunityId, int expectedVersion, double position)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) -> Result {
        const Result moved = writer.update(QStringLiteral("opportunities"), opportunityId, expectedVersion,
                                           {{QStringLiteral("position"), position}});
        if (!moved.ok())
            return refused(moved);
        return commitWith(writer, moved);
    });
}

Result PipelineService::setTaskStatus(Database& db, const QString& taskId, int expectedVersion, const QString& status,
                                      bool setPosition, double position)
{
    if (!isValidTaskStatus(status))
        return fail(WriteResult::Invalid, tr("Unknown task status."));
    return RecordWriter::transact(db, [&](RecordWriter& writer) -> Result {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, completed_at FROM tasks WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(taskId);
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return refused(fail(WriteResult::Conflict, {}));
        const bool wasDone = q.value(0).toString() == QLatin1String("done");
        const QVariant oldCompleted = q.value(1);
        q.finish();
        QVariantHash columns{{QStringLiteral("status"), status}};
        // Done keeps the moment it was first done; anything else is not completed.
        if (status == QLatin1String("done"))
            columns.insert(QStringLiteral("completed_at"), wasDone && !oldCompleted.isNull()
                                                               ? QVariant(SqlValues::toDateTime(oldCompleted))
                                                               : QVariant(writer.now()));
        else
            columns.insert(QStringLiteral("completed_at"), QVariant());
        if (setPosition)
            columns.insert(QStringLiteral("position"), position);
        const Result moved = writer.update(QStringLiteral("tasks"), taskId, expectedVersion, columns);
        if (!moved.ok())
            return refused(moved);
        return commitWith(writer, moved);
    });
}

Result PipelineService::addStage(Database& db, const StageData& stage, QString* newId)
{
    const QString invalid = validateStage(stage);
    if (!invalid.isEmpty())
        return fail(WriteResult::Invalid, invalid);
    RecordWriter writer(db);
    if (!writer.isActive())
        return writer.notStarted();
    int sortOrder = stage.sortOrder;
    if (sortOrder <= 0) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT MAX(sort_order) FROM pipeline_stages WHERE deleted_at IS NULL")))
            return sqlFailure(q);
        sortOrder = q.next() ? q.value(0).toInt() + 1 : 1;
    }
    const Result added = writer.insert(QStringLiteral("pipeline_stages"), stageRow(stage, sortOrder));
    if (!added.ok())
        return added;
    const Result result = commitWith(writer, added);
    if (result.ok() && newId)
        *newId = result.id;
    return result;
}

Result PipelineService::updateStage(Database& db, const StageData& stage)
{
    const QString invalid = validateStage(stage);
    if (!invalid.isEmpty())
        return fail(WriteResult::Invalid, invalid);
    RecordWriter writer(db);
    if (!writer.isActive())
        return writer.notStarted();
    // Only the stage row changes: opportunities and stage_history refer to it by id, so the
    // history of every deal survives a rename.
    QVariantHash columns = stageRow(stage, 0);
    columns.remove(QStringLiteral("sort_order"));
    const Result updated = writer.update(QStringLiteral("pipeline_stages"), stage.id, stage.version, columns);
    if (!updated.ok())
        return refused(updated);
    return commitWith(writer, updated);
}

Result PipelineService::reorderStages(Database& db, const QVector<StageData>& stagesInNewOrder)
{
    RecordWriter writer(db);
    if (!writer.isActive())
        return writer.notStarted();
    for (int i = 0; i < stagesInNewOrder.size(); ++i) {
        const Result moved = writer.update(QStringLiteral("pipeline_stages"), stagesInNewOrder.at(i).id,
                                           stagesInNewOrder.at(i).version, {{QStringLiteral("sort_order"), i + 1}});
        if (!moved.ok())
            return refused(moved);
    }
    return commitWith(writer, {});
}

Result PipelineService::removeStage(Database& db, const QString& stageId, int expectedVersion)
{
    RecordWriter writer(db);
    if (!writer.isActive())
        return writer.notStarted();
    StageData stage;
    stage.id = stageId;
    const Result unused = checkUnused(db, stage, false);
    if (!unused.ok())
        return unused;
    const Result removed = writer.softDelete(QStringLiteral("pipeline_stages"), stageId, expectedVersion);
    if (!removed.ok())
        return refused(removed);
    return commitWith(writer, removed);
}

QVector<PipelineService::StageData> PipelineService::stages(Database& db, QString* error)
{
    QVector<StageData> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, probability, is_won, is_lost, version, sort_order FROM pipeline_stages "
                           "WHERE deleted_at IS NULL ORDER BY sort_order, name"))) {
        if (error)
            *error = tr("Cannot read the pipeline stages: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        result.append(StageData{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool(),
                                q.value(4).toBool(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return result;
}

Result PipelineService::saveStages(Database& db, const QVector<StageData>& inOrder, const QVector<StageData>& removed)
{
    int won = 0;
    int open = 0;
    for (const StageData& stage : inOrder) {
        const QString invalid = validateStage(stage);
        if (!invalid.isEmpty())
            return fail(WriteResult::Invalid, invalid);
        won += stage.isWon ? 1 : 0;
        open += stage.isWon || stage.isLost ? 0 : 1;
    }
    if (won == 0 || open == 0)
        return fail(WriteResult::Invalid, tr("The pipeline needs at least one open stage and one won stage."));

    RecordWriter writer(db);
    if (!writer.isActive())
        return writer.notStarted();
    for (const StageData& stage : removed) {
        const Result unused = checkUnused(db, stage, true);
        if (!unused.ok())
            return unused;
        const Result gone = writer.softDelete(QStringLiteral("pipeline_stages"), stage.id, stage.version);
        if (!gone.ok())
            return refused(gone);
    }
    for (int i = 0; i < inOrder.size(); ++i) {
        const StageData& stage = inOrder.at(i);
        // Only the stage row changes; opportunities and stage_history keep pointing at its id.
        const Result written =
            stage.id.isEmpty()
                ? writer.insert(QStringLiteral("pipeline_stages"), stageRow(stage, i + 1))
                : writer.update(QStringLiteral("pipeline_stages"), stage.id, stage.version, stageRow(stage, i + 1));
        if (!written.ok())
            return refused(written);
    }
    return commitWith(writer, {});
}

QStringList PipelineService::standardLostReasons()
{
    return {tr("Price too high"), tr("Chose a competitor"),   tr("No budget"), tr("No decision made"),
            tr("Bad timing"),     tr("Requirements not met"), tr("Other")};
}
