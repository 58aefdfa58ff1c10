#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

// Shown when saving finds that somebody else changed (or deleted) the record since it was opened:
// both versions side by side (field, theirs, mine; differing fields marked) and an explicit choice
// — keep theirs and discard my edits, or overwrite with mine on top of their version. Never decides
// on its own. Buttons have object names keepTheirs / overwriteMine for tests.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Undecided, KeepTheirs, OverwriteMine };

    struct Row
    {
        QString field; // translated label
        QString theirs;
        QString mine;
    };

    // deletedByOther: their version is a deletion (theirs is empty); "overwrite" then restores nothing
    // and is not offered.
    ConflictDialog(const QString& changedBy, const QList<Row>& rows, bool deletedByOther, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }

private:
    void choose(Choice choice);

    QTableWidget* m_table = nullptr;
    Choice m_choice = Undecided;
};
