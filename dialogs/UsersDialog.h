#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Tools > Users and Roles… (administrators of a PostgreSQL team database): the users with their role, team
// and state; Add user… (creates the user's login role), Reset password…, Change team…, Change role…, and Deactivate…,
// which revokes the login at once and hands the user's records to a chosen colleague in the same step. Everything goes
// through UserAdministration; the shell shows the entry only where it applies.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void reload();
    // The username of the selected row; empty when none.
    QString selectedUsername() const;

    void addUser();
    void resetPassword();
    void changeTeam();
    void changeRole();
    void deactivate();

private:
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_team = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_deactivate = nullptr;
};
