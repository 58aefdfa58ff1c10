#include "TicketBoardModel.h"

#include "Database.h"
#include "SqlValues.h"
#include "TicketService.h"
#include "TicketWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

TicketColumnModel::TicketColumnModel(const QString& status, QObject* parent)
    : QAbstractListModel(parent), m_status(status)
{
}

int TicketColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant TicketColumnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const TicketCard& c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.number + QLatin1Char(' ') + c.subject;
    case IdRole:
        return c.id;
    case NumberRole:
        return c.number;
    case SubjectRole:
        return c.subject;
    case KindRole:
        return c.kind;
    case PriorityRole:
        return c.priority;
    case CustomerRole:
        return c.customerName;
    case OwnerRole:
        return c.ownerName;
    case DueRole:
        return c.dueAt;
    default:
        return {};
    }
}

void TicketColumnModel::setCards(QVector<TicketCard> cards, qint64 total)
{
    beginResetModel();
    m_cards = std::move(cards);
    m_total = total;
    endResetModel();
}

TicketBoardModel::TicketBoardModel(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    for (const QString& status : statuses())
        m_columns.append(new TicketColumnModel(status, this));
}

QStringList TicketBoardModel::statuses()
{
    QStringList open = TicketWorkflow::statuses();
    open.removeAll(QStringLiteral("closed"));
    return open;
}

bool TicketBoardModel::load(QString* error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QHash<QString, qint64> totals;
    // The column totals from the summary by status and owner (migration 0028, kept by triggers in the writer's
    // transaction): a few rows per rep instead of counting every open ticket; under row security only the rows of the
    // owners this user sees.
    if (!q.exec(QStringLiteral("SELECT status, SUM(tickets) FROM report_ticket_status GROUP BY status"))) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    while (q.next())
        totals.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (TicketColumnModel* column : std::as_const(m_columns)) {
        // The first cards of a column straight from ix_tickets_board (migration 0023), whose expression and
        // condition these repeat word for word, instead of sorting every ticket of the status.
        q.prepare(QStringLiteral("SELECT t.id, t.number, t.subject, t.kind, t.priority, c.name, u.display_name, %1 "
                                 "FROM tickets t JOIN customers c ON c.id = t.customer_id "
                                 "LEFT JOIN users u ON u.id = t.owner_id WHERE t.status = ? AND t.deleted_at IS NULL "
                                 "AND t.status <> 'closed' ORDER BY %1, t.id LIMIT %2")
                      .arg(QStringLiteral("CASE WHEN t.first_response_at IS NULL THEN t.first_response_due ELSE "
                                          "t.resolution_due END"))
                      .arg(kColumnLimit));
        q.addBindValue(column->status());
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text().trimmed();
            return false;
        }
        QVector<TicketCard> cards;
        while (q.next())
            cards.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                          SqlValues::toDateTime(q.value(7))});
        column->setCards(std::move(cards), totals.value(column->status()));
    }
    return true;
}

QString TicketBoardModel::move(const QString& ticketId, int toColumn)
{
    TicketColumnModel* target = column(toColumn);
    if (!target)
        return {};
    Ticket ticket;
    QString error;
    if (!TicketService::load(m_db, ticketId, &ticket, &error))
        return error;
    // Out of on hold, a drop on the status it was held in resumes it.
    const QString to = ticket.status == QLatin1String("on_hold") && target->status() == ticket.heldStatus
                           ? TicketWorkflow::kResumed
                           : target->status();
    const WriteResult moved = TicketService::transition(m_db, ticketId, to);
    load(&error);
    return moved.ok() ? QString() : moved.message;
}
