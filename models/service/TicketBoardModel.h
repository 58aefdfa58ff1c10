#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// What a ticket card needs: read from the ticket row alone (stored deadlines, no history).
struct TicketCard
{
    QString id;
    QString number;
    QString subject;
    QString kind;
    QString priority;
    QString customerName;
    QString ownerName;
    QDateTime dueAt; // the pending deadline: first response until answered, then resolution
};

// One status column of the ticket board: its cards, the most pressing first (pending deadline).
class TicketColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        SubjectRole,
        KindRole,
        PriorityRole,
        CustomerRole,
        OwnerRole,
        DueRole
    };

    explicit TicketColumnModel(const QString& status, QObject* parent = nullptr);
    QString status() const { return m_status; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    const TicketCard& card(int row) const { return m_cards.at(row); }
    void setCards(QVector<TicketCard> cards, qint64 total);
    qint64 total() const { return m_total; } // tickets in this status, shown or not

private:
    QString m_status;
    QVector<TicketCard> m_cards;
    qint64 m_total = 0;
};

// The ticket board (kanban by status, issue 14): a column per open status of the workflow (closed tickets are the
// list's), at most kColumnLimit cards each with the column's total, so a million tickets open as fast as a hundred.
// A move is a TicketService transition, refused unless ticket_workflow allows it.
class TicketBoardModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kColumnLimit = 200;
    explicit TicketBoardModel(Database& db, QObject* parent = nullptr);

    static QStringList statuses(); // the board's columns in order
    bool load(QString* error);
    int columnCount() const { return int(m_columns.size()); }
    TicketColumnModel* column(int index) const { return m_columns.value(index); }
    // A move: the transition's message when refused, empty when done (the board reloads).
    QString move(const QString& ticketId, int toColumn);

private:
    Database& m_db;
    QVector<TicketColumnModel*> m_columns;
};
