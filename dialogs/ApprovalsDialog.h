#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Discount approvals (Tools > Discount approvals…): the requests of quotes whose discount is above the owner's limit,
// pending first, with who asked when, and for a team lead or administrator Approve and Reject. Decisions go through
// QuoteService::decideApproval (who and when recorded). The notification inbox can list the same requests later.
class ApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void refresh();
    void decide(bool approve);

private:
    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
};
