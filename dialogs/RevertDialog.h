#pragma once

#include "AuditRevert.h"

#include <QDialog>
#include <QString>

class Database;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

// Tools > Roll back a user's changes… (administrators; on SQLite the single user): choose whose changes and from
// when, see what would be undone — records created (deleted again), fields changed (put back), records deleted
// (brought back), and the later changes of others that are kept — then roll back in one transaction. The rollback
// can itself be undone from here. Object names for tests: userCombo, sinceEdit, previewButton, rollBackButton,
// undoButton, planTree, revertStatus.
class RevertDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RevertDialog(Database& db, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    void setScope(const QString& user, const QDateTime& since);
    void preview();
    void rollBack();
    void undo();

Q_SIGNALS:
    void rolledBack();

private:
    AuditRevert::Scope scope() const;
    void showPlan(const AuditRevert::Plan& plan);

    Database& m_db;
    QComboBox* m_user = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_rollBack = nullptr;
    QPushButton* m_undo = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QString m_lastAction; // the label of the rollback made here, for undo
};
