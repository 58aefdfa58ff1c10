#pragma once

#include <QDialog>

class Database;
class QButtonGroup;
class QLabel;
class QRadioButton;
class QSpinBox;

// The first thing a new user sees on the embedded database: start empty, load realistic demo data
// (generated here with a cancellable progress dialog; cancelling leaves the database untouched), or
// connect to the team's PostgreSQL database instead (the shell then opens the ConnectionDialog).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { EmptyDatabase, DemoData, TeamDatabase };

    explicit FirstRunDialog(Database& localDb, QWidget* parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);
    qint64 demoCustomers() const;
    void setDemoCustomers(qint64 customers);

    // Generates demo data into db behind a cancellable progress dialog. False with a message on error
    // or cancellation; the database is then unchanged.
    static bool generateDemoData(Database& db, qint64 customers, QWidget* parent, QString* error);

public Q_SLOTS:
    void accept() override;

private:
    Database& m_db;
    QButtonGroup* m_group = nullptr;
    QSpinBox* m_customers = nullptr;
    QLabel* m_status = nullptr;
};
