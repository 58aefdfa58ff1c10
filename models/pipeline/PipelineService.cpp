#include "PipelineService.h"

#include "Database.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using Result = PipelineService::Result;
using Status = PipelineService::Status;

Result fail(Status status, const QString& message)
{
    Result r;
    r.status = status;
    r.error = message;
    return r;
}

Result sqlFailure(const QSqlQuery& q)
{
    return fail(Status::Failed, PipelineService::tr("The database refused the change: %1").arg(q.lastError().text()));
}

Result conflict()
{
    return fail(Status::Conflict, PipelineService::tr("Someone else changed this record after you loaded it. "
                                                      "Nothing was overwritten; the board shows the current data."));
}

Result okResult(int version)
{
    Result r;
    r.status = Status::Ok;
    r.newVersion = version;
    return r;
}

bool isValidTaskStatus(const QString& status)
{
    return status == QLatin1String("todo") || status == QLatin1String("in_progress") || status == QLatin1String("done");
}

} // namespace

PipelineService::Result PipelineService::moveToStage(Database& db, const QString& opportunityId, int expectedVersion,
                                                     const QString& stageId, const MoveOptions& options)
{
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());

    q.prepare(QStringLiteral("SELECT stage_id, version FROM opportunities WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(opportunityId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return fail(Status::NotFound, tr("This opportunity no longer exists; it may have been deleted."));
    const QString fromStage = q.value(0).toString();
    if (q.value(1).toInt() != expectedVersion)
        return conflict();

    q.prepare(QStringLiteral("SELECT probability, is_won, is_lost FROM pipeline_stages WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return fail(Status::Invalid, tr("The target stage no longer exists."));
    const int probability = q.value(0).toInt();
    const bool closed = q.value(1).toBool() || q.value(2).toBool();
    const bool lost = q.value(2).toBool();

    const QString now = SqlValues::utcNow();
    if (fromStage == stageId) {
        if (!options.setPosition)
            return okResult(expectedVersion);
        q.prepare(QStringLiteral("UPDATE opportunities SET position = ?, version = version + 1, updated_at = ?, "
                                 "updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
        q.addBindValue(options.position);
        q.addBindValue(now);
        q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
        q.addBindValue(opportunityId);
        q.addBindValue(expectedVersion);
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() != 1)
            return conflict();
        if (!tx.commit())
            return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
        return okResult(expectedVersion + 1);
    }

    double position = options.position;
    if (!options.setPosition) {
        // Without a place, the card goes to the end of the target column.
        q.prepare(QStringLiteral("SELECT MAX(position) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
        q.addBindValue(stageId);
        if (!q.exec())
            return sqlFailure(q);
        position = q.next() && !q.value(0).isNull() ? q.value(0).toDouble() + 1.0 : 1.0;
    }

    const QVariant user = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    QDate closeDate = options.actualClose.isValid() ? options.actualClose : QDate::currentDate();
    q.prepare(QStringLiteral("UPDATE opportunities SET stage_id = ?, probability = ?, stage_entered_at = ?, "
                             "actual_close = ?, lost_reason = ?, position = ?, version = version + 1, "
                             "updated_at = ?, updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    q.addBindValue(probability);
    q.addBindValue(now);
    q.addBindValue(closed ? SqlValues::date(closeDate) : QVariant());
    q.addBindValue(lost && !options.lostReason.trimmed().isEmpty() ? QVariant(options.lostReason.trimmed()) : QVariant());
    q.addBindValue(position);
    q.addBindValue(now);
    q.addBindValue(user);
    q.addBindValue(opportunityId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return conflict();

    q.prepare(QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage_id, to_stage_id, changed_by, "
                             "changed_at, note, created_at, created_by, updated_at, updated_by, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(Uuid::createV7());
    q.addBindValue(opportunityId);
    q.addBindValue(fromStage.isEmpty() ? QVariant() : QVariant(fromStage));
    q.addBindValue(stageId);
    q.addBindValue(user);
    q.addBindValue(now);
    q.addBindValue(options.note.isEmpty() ? QVariant() : QVariant(options.note));
    q.addBindValue(now);
    q.addBindValue(user);
    q.addBindValue(now);
    q.addBindValue(user);
    if (!q.exec())
        return sqlFailure(q);

    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(expectedVersion + 1);
}

PipelineService::Result PipelineService::setPosition(Database& db, const QString& opportunityId, int expectedVersion,
                                                     double position)
{
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE opportunities SET position = ?, version = version + 1, updated_at = ?, "
                             "updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(position);
    q.addBindValue(SqlValues::utcNow());
    q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
    q.addBindValue(opportunityId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return conflict();
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(expectedVersion + 1);
}

PipelineService::Result PipelineService::setTaskStatus(Database& db, const QString& taskId, int expectedVersion,
                                                       const QString& status, bool setPosition, double position)
{
    if (!isValidTaskStatus(status))
        return fail(Status::Invalid, tr("Unknown task status."));
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, completed_at, position FROM tasks WHERE id = ? AND version = ? "
                             "AND deleted_at IS NULL"));
    q.addBindValue(taskId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return conflict();
    const bool wasDone = q.value(0).toString() == QLatin1String("done");
    const QVariant oldCompleted = q.value(1);
    const double oldPosition = q.value(2).toDouble();
    const QString now = SqlValues::utcNow();
    QVariant completed;
    if (status == QLatin1String("done"))
        completed = wasDone && !oldCompleted.isNull() ? QVariant(SqlValues::timestamp(SqlValues::toDateTime(oldCompleted)))
                                                      : QVariant(now);

    q.prepare(QStringLiteral("UPDATE tasks SET status = ?, completed_at = ?, position = ?, version = version + 1, "
                             "updated_at = ?, updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(status);
    q.addBindValue(completed);
    q.addBindValue(setPosition ? position : oldPosition);
    q.addBindValue(now);
    q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
    q.addBindValue(taskId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return conflict();
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(expectedVersion + 1);
}

PipelineService::Result PipelineService::addStage(Database& db, const StageData& stage, QString* newId)
{
    if (stage.name.trimmed().isEmpty())
        return fail(Status::Invalid, tr("A stage needs a name."));
    if (stage.probability < 0 || stage.probability > 100)
        return fail(Status::Invalid, tr("The probability must be between 0 and 100."));
    if (stage.isWon && stage.isLost)
        return fail(Status::Invalid, tr("A stage cannot be both won and lost."));
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    int sortOrder = stage.sortOrder;
    if (sortOrder <= 0) {
        if (!q.exec(QStringLiteral("SELECT MAX(sort_order) FROM pipeline_stages WHERE deleted_at IS NULL")))
            return sqlFailure(q);
        sortOrder = q.next() ? q.value(0).toInt() + 1 : 1;
    }
    const QString id = Uuid::createV7();
    const QString now = SqlValues::utcNow();
    const QVariant user = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    q.prepare(QStringLiteral("INSERT INTO pipeline_stages (id, name, sort_order, probability, is_won, is_lost, "
                             "created_at, created_by, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(id);
    q.addBindValue(stage.name.trimmed());
    q.addBindValue(sortOrder);
    q.addBindValue(stage.probability);
    q.addBindValue(stage.isWon);
    q.addBindValue(stage.isLost);
    q.addBindValue(now);
    q.addBindValue(user);
    q.addBindValue(now);
    q.addBindValue(user);
    if (!q.exec())
        return sqlFailure(q);
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    if (newId)
        *newId = id;
    return okResult(1);
}

PipelineService::Result PipelineService::updateStage(Database& db, const StageData& stage)
{
    if (stage.name.trimmed().isEmpty())
        return fail(Status::Invalid, tr("A stage needs a name."));
    if (stage.probability < 0 || stage.probability > 100)
        return fail(Status::Invalid, tr("The probability must be between 0 and 100."));
    if (stage.isWon && stage.isLost)
        return fail(Status::Invalid, tr("A stage cannot be both won and lost."));
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    // Only the stage row changes: opportunities and stage_history refer to it by id, so the
    // history of every deal survives a rename.
    q.prepare(QStringLiteral("UPDATE pipeline_stages SET name = ?, probability = ?, is_won = ?, is_lost = ?, "
                             "version = version + 1, updated_at = ?, updated_by = ? "
                             "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(stage.name.trimmed());
    q.addBindValue(stage.probability);
    q.addBindValue(stage.isWon);
    q.addBindValue(stage.isLost);
    q.addBindValue(SqlValues::utcNow());
    q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
    q.addBindValue(stage.id);
    q.addBindValue(stage.version);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return conflict();
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(stage.version + 1);
}

PipelineService::Result PipelineService::reorderStages(Database& db, const QVector<StageData>& stagesInNewOrder)
{
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE pipeline_stages SET sort_order = ?, version = version + 1, updated_at = ?, "
                             "updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    const QString now = SqlValues::utcNow();
    const QVariant user = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    for (int i = 0; i < stagesInNewOrder.size(); ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(now);
        q.addBindValue(user);
        q.addBindValue(stagesInNewOrder.at(i).id);
        q.addBindValue(stagesInNewOrder.at(i).version);
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() != 1)
            return conflict();
    }
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(0);
}

PipelineService::Result PipelineService::removeStage(Database& db, const QString& stageId, int expectedVersion)
{
    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    const int used = q.value(0).toInt();
    if (used > 0)
        return fail(Status::Invalid, tr("This stage still holds %n opportunities; move them first.", nullptr, used));
    const QString now = SqlValues::utcNow();
    q.prepare(QStringLiteral("UPDATE pipeline_stages SET deleted_at = ?, version = version + 1, updated_at = ?, "
                             "updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
    q.addBindValue(stageId);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return conflict();
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(expectedVersion + 1);
}

QVector<PipelineService::StageData> PipelineService::stages(Database& db, QString* error)
{
    QVector<StageData> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, probability, is_won, is_lost, version, sort_order FROM pipeline_stages "
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

PipelineService::Result PipelineService::saveStages(Database& db, const QVector<StageData>& inOrder,
                                                    const QVector<StageData>& removed)
{
    int won = 0;
    int open = 0;
    for (const StageData& stage : inOrder) {
        if (stage.name.trimmed().isEmpty())
            return fail(Status::Invalid, tr("A stage needs a name."));
        if (stage.probability < 0 || stage.probability > 100)
            return fail(Status::Invalid, tr("The probability must be between 0 and 100."));
        if (stage.isWon && stage.isLost)
            return fail(Status::Invalid, tr("A stage cannot be both won and lost."));
        won += stage.isWon ? 1 : 0;
        open += stage.isWon || stage.isLost ? 0 : 1;
    }
    if (won == 0 || open == 0)
        return fail(Status::Invalid, tr("The pipeline needs at least one open stage and one won stage."));

    Transaction tx(db);
    if (!tx.isActive())
        return fail(Status::Failed, tr("Cannot start a transaction: %1").arg(tx.error()));
    QSqlQuery q(db.connection());
    const QString now = SqlValues::utcNow();
    const QVariant user = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    for (const StageData& stage : removed) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
        q.addBindValue(stage.id);
        if (!q.exec() || !q.next())
            return sqlFailure(q);
        const int used = q.value(0).toInt();
        if (used > 0)
            return fail(Status::Invalid, tr("The stage \"%1\" still holds %n opportunities; move them first.", nullptr, used)
                                             .arg(stage.name));
        q.prepare(QStringLiteral("UPDATE pipeline_stages SET deleted_at = ?, version = version + 1, updated_at = ?, "
                                 "updated_by = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(user);
        q.addBindValue(stage.id);
        q.addBindValue(stage.version);
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() != 1)
            return conflict();
    }
    for (int i = 0; i < inOrder.size(); ++i) {
        const StageData& stage = inOrder.at(i);
        if (stage.id.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO pipeline_stages (id, name, sort_order, probability, is_won, is_lost, "
                                     "created_at, created_by, updated_at, updated_by, version) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
            q.addBindValue(Uuid::createV7());
            q.addBindValue(stage.name.trimmed());
            q.addBindValue(i + 1);
            q.addBindValue(stage.probability);
            q.addBindValue(stage.isWon);
            q.addBindValue(stage.isLost);
            q.addBindValue(now);
            q.addBindValue(user);
            q.addBindValue(now);
            q.addBindValue(user);
            if (!q.exec())
                return sqlFailure(q);
            continue;
        }
        // Only the stage row changes; opportunities and stage_history keep pointing at its id.
        q.prepare(QStringLiteral("UPDATE pipeline_stages SET name = ?, sort_order = ?, probability = ?, is_won = ?, "
                                 "is_lost = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                 "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
        q.addBindValue(stage.name.trimmed());
        q.addBindValue(i + 1);
        q.addBindValue(stage.probability);
        q.addBindValue(stage.isWon);
        q.addBindValue(stage.isLost);
        q.addBindValue(now);
        q.addBindValue(user);
        q.addBindValue(stage.id);
        q.addBindValue(stage.version);
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() != 1)
            return conflict();
    }
    if (!tx.commit())
        return fail(Status::Failed, tr("Cannot save the change: %1").arg(tx.error()));
    return okResult(0);
}

QStringList PipelineService::standardLostReasons()
{
    return {tr("Price too high"), tr("Chose a competitor"), tr("No budget"), tr("No decision made"),
            tr("Bad timing"), tr("Requirements not met"), tr("Other")};
}
