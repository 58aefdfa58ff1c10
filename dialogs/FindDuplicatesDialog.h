#pragma once

#include "DuplicateMerger.h"
#include "DuplicateRecord.h"

#include <QDialog>
#include <QList>

#include <functional>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// Tools > Find duplicates…: the groups of customers or contacts that look like one real customer or contact
// (DuplicateFinder), best first, each with its reasons and score and its records below it. Merge… opens the
// MergeDialog for the group under the cursor; the merge itself runs through the handler the shell sets (so it goes
// on the undo stack), then the list is scanned again. Keyboard: the list has the focus, arrows move, Enter or
// Alt+M merges, F5 scans again, Alt+S switches between customers and contacts.
class FindDuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    FindDuplicatesDialog(Database& db, QWidget* parent = nullptr);

    // Runs a chosen merge; returns its result. Default: DuplicateMerger directly (no undo).
    using MergeHandler = std::function<WriteResult(const DuplicateMerger::Plan& plan)>;
    void setMergeHandler(MergeHandler handler) { m_merge = std::move(handler); }

    // "customer" or "contact"; scans again.
    void setEntity(const QString& entity);
    QString entity() const;
    const QList<DuplicateGroup>& groups() const { return m_groups; }
    QTreeWidget* groupTree() const { return m_tree; }

public Q_SLOTS:
    void refresh();
    // Merge… for the group of the current item.
    void mergeCurrent();

Q_SIGNALS:
    // A merge was written (the pages reload through the notifier already; the shell may say so).
    void merged(const QString& entity, const QString& survivorId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    int currentGroup() const;

    Database& m_db;
    MergeHandler m_merge;
    QList<DuplicateGroup> m_groups;
    QComboBox* m_entity = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_mergeButton = nullptr;
};
