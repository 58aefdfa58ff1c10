#pragma once

#include "BoardPage.h"

class Database;
class QLabel;
class TicketBoardModel;

// The ticket board (`--page ticketboard`): a column per open status on BoardPage's machinery (drag, keyboard
// moves); a drop is a workflow transition, refused with a message when the workflow table does not allow it. Cards
// show the number, subject, customer and assignee, tinted by their pending SLA deadline.
class TicketBoardPage : public BoardPage
{
    Q_OBJECT

public:
    explicit TicketBoardPage(Database& db, QWidget* parent = nullptr);
    QString title() const override;
    QStringList watchedTables() const override;
    TicketBoardModel* model() const { return m_model; }

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void moveRefused(const QString& message);

protected:
    QString cardId(int column, int row) const override;
    void moveCard(const QString& id, int toColumn, int row) override;
    void openCard(int column, int row) override;

private:
    void updateHeaders();

    Database& m_db;
    TicketBoardModel* m_model;
    QList<QLabel*> m_headers;
    QLabel* m_message = nullptr;
};
