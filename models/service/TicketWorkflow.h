#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One allowed step of the ticket workflow (a row of ticket_workflow). kind empty: for tickets and complaints alike.
struct TicketStep
{
    QString id;
    QString kind;
    QString fromStatus;
    QString toStatus; // "resumed": back to the status a held ticket was held in
    int sortOrder = 0;
    bool active = true;
};

// The statuses of a ticket and which moves between them are allowed. The statuses are fixed (the eight steps of
// DOMAIN.md, on hold and reopened); the allowed moves are data (ticket_workflow), so a team can shorten the way.
class TicketWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)

public:
    TicketWorkflow() = delete;

    static const QString kResumed; // the pseudo-target of a step out of on_hold

    // Every status in the order of the way (board columns): received … closed, then on_hold and reopened.
    static QStringList statuses();
    static QString statusText(const QString& status);
    static bool isOpen(const QString& status) { return status != QLatin1String("closed"); }
    // Statuses at which the first response has been given / the problem is solved.
    static bool isResponded(const QString& status);
    static bool isResolved(const QString& status);

    static QStringList kinds() { return {QStringLiteral("ticket"), QStringLiteral("complaint")}; }
    static QString kindText(const QString& kind);
    static QStringList priorities();
    static QString priorityText(const QString& priority);
    static QStringList channels();
    static QString channelText(const QString& channel);

    // The active steps, in order.
    static QList<TicketStep> steps(Database& db, QString* error = nullptr);
    // Where a ticket of `kind` in `status` may go next (the table's order; "resumed" replaced by heldStatus).
    static QStringList next(Database& db, const QString& kind, const QString& status, const QString& heldStatus = {});
};
