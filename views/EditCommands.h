#pragma once

#include "DuplicateMerger.h"
#include "RecordModel.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

class Database;

// Edits made in the program as QUndoCommands over RecordWriter, pushed by whoever made the edit after it
// succeeded (so the first redo() does nothing). An undo or redo that meets a newer change by someone else
// writes nothing: it reports the conflict through the error sink and makes itself obsolete.
using EditErrorSink = std::function<void(const QString& message)>;

// A record editor's save: field edits, a new record, rows deleted in the editor.
class RecordSaveCommand : public QUndoCommand
{
public:
    RecordSaveCommand(Database& db, const QString& entity, const QList<RecordModel::SavedWrite>& writes,
                      const QString& text, EditErrorSink errors);
    void undo() override;
    void redo() override;

private:
    bool apply(bool forward);

    Database& m_db;
    QString m_entity;
    QString m_table;
    QList<RecordModel::SavedWrite> m_writes;
    EditErrorSink m_errors;
    bool m_done = true;
};

// Moving a record to Deleted items (with what goes with it) or bringing it back.
class RecordDeleteCommand : public QUndoCommand
{
public:
    enum Direction { Delete, Restore };
    RecordDeleteCommand(Database& db, const QString& entity, const QString& id, Direction direction,
                        const QString& text, EditErrorSink errors);
    void undo() override;
    void redo() override;

private:
    void apply(bool deleteIt);

    Database& m_db;
    QString m_entity;
    QString m_id;
    Direction m_direction;
    EditErrorSink m_errors;
    bool m_done = true;
};

// A card moved on a board: undo and redo move it again through the board's own path (so a stage move
// leaves its stage_history row and the board updates just the two columns).
class BoardMoveCommand : public QUndoCommand
{
public:
    using Move = std::function<bool()>;
    BoardMoveCommand(const QString& text, Move undoMove, Move redoMove);
    void undo() override;
    void redo() override;

private:
    Move m_undo;
    Move m_redo;
    bool m_done = true;
};

// Duplicates merged into one (Tools > Find duplicates… → Merge…): undo takes the merge back through merge_log (the
// merged records return, their related rows move back, the survivor's values are restored); redo merges the same
// records again. Pushed after the merge succeeded, with the merge_log id it wrote.
class RecordMergeCommand : public QUndoCommand
{
public:
    RecordMergeCommand(Database& db, const DuplicateMerger::Plan& plan, const QString& mergeId, const QString& text,
                       EditErrorSink errors);
    void undo() override;
    void redo() override;
    QString mergeId() const { return m_mergeId; }

private:
    Database& m_db;
    DuplicateMerger::Plan m_plan;
    QString m_mergeId;
    EditErrorSink m_errors;
    bool m_done = true;
};
