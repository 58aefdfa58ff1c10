#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The offline replica's sync conflicts, a list the user can come back to: per conflict the record, the field, the
// common base, the server's value and mine side by side; keep mine, keep the server's, or type a value of one's own.
// A decision is written through the writer (SyncReplica::resolve), so the next sync sends it. Closing decides
// nothing. Object names for tests: conflictsTable, keepMine, keepServer, editedValue, useEdited.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncConflictsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();

signals:
    void resolved(); // a conflict was decided (the window's status shows one fewer)

private:
    void decide(int resolution);
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_edited = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepServer = nullptr;
    QPushButton* m_useEdited = nullptr;
};
