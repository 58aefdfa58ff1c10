#pragma once

#include "DuplicateMerger.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantHash>

class Database;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QDialogButtonBox;

// Merge…: the records of one duplicate group side by side. The user picks the record to keep (the survivor) and,
// for every field the records fill differently, the value to keep; the dialog tells what moves to the survivor
// (contacts, follow-ups, opportunities, tasks, tags, every related row) before anything is written. Accepting gives
// plan(); the caller merges (the shell through the undo stack). Keyboard: Tab through the choices, arrows between
// a field's values, Enter merges, Esc cancels.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    // entity "customer" or "contact"; ids: the group's records, the suggested survivor first.
    MergeDialog(Database& db, const QString& entity, const QStringList& ids, QWidget* parent = nullptr);

    bool isLoaded() const { return m_rows.size() >= 2; }
    QString errorText() const { return m_error; }
    // The merge as chosen now.
    DuplicateMerger::Plan plan() const;
    // The survivor is the record at this position (as listed); the field choices start again from it.
    void setSurvivor(int index);
    int survivor() const { return m_survivor; }
    // The value of column taken from the record at this position.
    void choose(const QString& column, int index);
    QStringList choiceColumns() const { return m_choiceColumns; }
    QString previewText() const;

private:
    void buildChoices();
    void updatePreview();
    QString label(const QString& column) const;
    QString shown(const QVariant& value) const;
    QString recordTitle(int index) const;

    Database& m_db;
    QString m_entity;
    QList<QVariantHash> m_rows;
    QString m_error;
    int m_survivor = 0;
    QStringList m_choiceColumns;
    QButtonGroup* m_survivorGroup = nullptr;
    QList<QButtonGroup*> m_choiceGroups; // one per choice column
    QGridLayout* m_grid = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
