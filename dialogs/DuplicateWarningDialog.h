#pragma once

#include "DuplicateRecord.h"

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

// Asked before a customer or contact is saved when it looks like records already there (DuplicateIndex): the
// matches with their reasons. Not a block: "Save anyway" saves, "Open existing" opens the chosen match instead (the
// editor stays open with what was typed), Cancel goes back to the form. Keyboard: arrows choose a match, Enter saves
// anyway, Alt+O opens, Esc cancels.
class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancel, SaveAnyway, OpenExisting };

    DuplicateWarningDialog(const QString& entity, const QList<DuplicateMatch>& matches, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The match chosen in the list (OpenExisting opens it).
    QString chosenId() const;

    // Tests answer the next warning without showing it (FIFO, like DialogSeams' answers).
    static void setNextChoice(Choice choice);
    // Shows the warning unless a test queued a choice; *openId gets the chosen match.
    static Choice ask(const QString& entity, const QList<DuplicateMatch>& matches, QWidget* parent, QString* openId);

private:
    QList<DuplicateMatch> m_matches;
    QTreeWidget* m_list = nullptr;
    Choice m_choice = Cancel;
};
