#include "EditCommands.h"

#include "Database.h"
#include "RecordStore.h"
#include "RecordWriter.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EditCommands", text);
}
} // namespace

RecordSaveCommand::RecordSaveCommand(Database& db, const QString& entity, const QList<RecordModel::SavedWrite>& writes,
                                     const QString& text, EditErrorSink errors)
    : QUndoCommand(text), m_db(db), m_entity(entity), m_table(RecordStore::tableOf(entity)), m_writes(writes),
      m_errors(std::move(errors))
{
}

void RecordSaveCommand::undo()
{
    if (m_done && apply(false))
        m_done = false;
}

void RecordSaveCommand::redo()
{
    if (!m_done && apply(true))
        m_done = true;
}

// Every row of the save in one transaction, newest first when going back.
bool RecordSaveCommand::apply(bool forward)
{
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (m_errors)
            m_errors(writer.notStarted().message);
        return false;
    }
    QList<RecordModel::SavedWrite> next = m_writes;
    for (int i = 0; i < m_writes.size(); ++i) {
        const int at = forward ? i : int(m_writes.size()) - 1 - i;
        RecordModel::SavedWrite& write = next[at];
        WriteResult result;
        QString error;
        switch (write.kind) {
        case RecordModel::SavedWrite::Updated:
            result = writer.update(m_table, write.id, write.version, forward ? write.after : write.before);
            write.version = result.version;
            break;
        case RecordModel::SavedWrite::Inserted:
            if (forward) {
                result = writer.restore(m_table, write.id);
                write.version += 1;
            } else if (RecordStore::tombstone(writer, m_entity, write.id, write.version, &error)) {
                write.version += 1;
            } else {
                result = WriteResult::failure(WriteResult::Conflict, error);
            }
            break;
        case RecordModel::SavedWrite::Deleted:
            if (forward) {
                if (!RecordStore::tombstone(writer, m_entity, write.id, QVariant(), &error))
                    result = WriteResult::failure(WriteResult::Conflict, error);
            } else {
                result = writer.restore(m_table, write.id);
            }
            break;
        }
        if (!result.ok()) {
            if (m_errors)
                m_errors(result.status == WriteResult::Failed
                             ? result.message
                             : tr("Not undone: someone else changed this record in the meantime. Nothing was "
                                  "overwritten."));
            setObsolete(true);
            return false;
        }
    }
    const WriteResult committed = writer.commit();
    if (!committed.ok()) {
        if (m_errors)
            m_errors(committed.message);
        return false;
    }
    m_writes = next;
    return true;
}

RecordDeleteCommand::RecordDeleteCommand(Database& db, const QString& entity, const QString& id, Direction direction,
                                         const QString& text, EditErrorSink errors)
    : QUndoCommand(text), m_db(db), m_entity(entity), m_id(id), m_direction(direction), m_errors(std::move(errors))
{
}

void RecordDeleteCommand::undo()
{
    if (m_done)
        apply(m_direction == Restore);
}

void RecordDeleteCommand::redo()
{
    if (!m_done)
        apply(m_direction == Delete);
}

void RecordDeleteCommand::apply(bool deleteIt)
{
    RecordStore store(m_db);
    QString error;
    const bool ok = deleteIt ? store.softDelete(m_entity, m_id, &error) : store.restore(m_entity, m_id, &error);
    if (!ok) {
        if (m_errors)
            m_errors(error);
        setObsolete(true);
        return;
    }
    m_done = !m_done;
}

BoardMoveCommand::BoardMoveCommand(const QString& text, Move undoMove, Move redoMove)
    : QUndoCommand(text), m_undo(std::move(undoMove)), m_redo(std::move(redoMove))
{
}

void BoardMoveCommand::undo()
{
    if (m_done && m_undo && m_undo())
        m_done = false;
    else if (m_done)
        setObsolete(true);
}

void BoardMoveCommand::redo()
{
    if (!m_done && m_redo && m_redo())
        m_done = true;
    else if (!m_done)
        setObsolete(true);
}

RecordMergeCommand::RecordMergeCommand(Database& db, const DuplicateMerger::Plan& plan, const QString& mergeId,
                                       const QString& text, EditErrorSink errors)
    : QUndoCommand(text), m_db(db), m_plan(plan), m_mergeId(mergeId), m_errors(std::move(errors))
{
}

void RecordMergeCommand::undo()
{
    if (!m_done)
        return;
    const WriteResult result = DuplicateMerger(m_db).undo(m_mergeId);
    if (!result.ok()) {
        if (m_errors)
            m_errors(result.status == WriteResult::Failed
                         ? result.message
                         : tr("Not undone: someone else changed these records in the meantime. Nothing was "
                              "overwritten."));
        setObsolete(true);
        return;
    }
    m_done = false;
}

void RecordMergeCommand::redo()
{
    if (m_done)
        return;
    const WriteResult result = DuplicateMerger(m_db).merge(m_plan);
    if (!result.ok()) {
        if (m_errors)
            m_errors(result.status == WriteResult::Failed
                         ? result.message
                         : tr("Not redone: someone else changed these records in the meantime. Nothing was "
                              "overwritten."));
        setObsolete(true);
        return;
    }
    m_mergeId = result.id;
    m_done = true;
}
