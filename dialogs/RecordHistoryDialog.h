#pragma once

#include "AuditEntry.h"

#include <QDialog>
#include <QList>
#include <QString>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// A record's history from the audit trail: when, who, what happened, and each changed field from what to what,
// newest first. "Put this value back" writes the chosen field's earlier value through RecordWriter with the
// optimistic lock (someone else's change since the dialog opened is a conflict, not an overwrite). Opened from the
// record editors (History…). Object names for tests: historyTree, putBackButton, historyStatus.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    RecordHistoryDialog(Database& db, const QString& table, const QString& id, const QString& title,
                        QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // Reads the history again (after a put back, or when the record changed).
    void reload();

Q_SIGNALS:
    void valuePutBack(const QString& table, const QString& id);

private:
    void putBack();
    void updateButtons();

    Database& m_db;
    QString m_table;
    QString m_id;
    int m_version = 0; // the row's version when the history was read
    QList<AuditEntry> m_entries;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_putBack = nullptr;
    QLabel* m_status = nullptr;
};
