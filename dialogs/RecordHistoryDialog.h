#pragma once

#include "AuditEntry.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

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
    // How the editor the history was opened from names its fields (column -> label, translated) and shows a stored
    // value (combo names, local dates, money), so the history reads like the form. Columns it does not name show
    // their stored name; values it cannot show, as stored. Reads the history again.
    using ValueText = std::function<QString(const QString& column, const QVariant& value)>;
    void setPresentation(const QHash<QString, QString>& labels, ValueText valueText);
    // Reads the history again (after a put back, or when the record changed).
    void reload();

Q_SIGNALS:
    void valuePutBack(const QString& table, const QString& id);

private:
    void putBack();
    void updateButtons();
    QString label(const QString& column) const;
    QString shown(const QString& column, const QVariant& value) const;

    Database& m_db;
    QString m_table;
    QString m_id;
    int m_version = 0; // the row's version when the history was read
    QList<AuditEntry> m_entries;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_putBack = nullptr;
    QLabel* m_status = nullptr;
    QHash<QString, QString> m_labels;
    ValueText m_valueText;
};
