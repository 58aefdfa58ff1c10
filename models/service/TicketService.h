#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A service ticket or complaint as the ticket dialog, the CLI and the tests see it.
struct Ticket
{
    QString id;
    int version = 0;
    QString number;
    QString kind = QStringLiteral("ticket");
    QString subject;
    QString customerId;
    QString customerName; // read only
    QString contactId;
    QString contractId;
    QString productId;
    QString channel = QStringLiteral("phone");
    QString category;
    QString priority = QStringLiteral("normal");
    QString description;
    QString ownerId;
    QString status = QStringLiteral("received");
    QDateTime receivedAt;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime onHoldSince;
    QString heldStatus;
    int slaHoldMinutes = 0;
    int satisfaction = 0; // 0 = not recorded
    QString feedback;
    QDateTime feedbackRemindAt;
    QDateTime slaWarnAt;
};

// One line of a ticket's timeline (ticket_transitions).
struct TicketEvent
{
    QString fromStatus; // empty for the first
    QString toStatus;
    QString userId;
    QString userName;
    QDateTime occurredAt;
    QString note;
};

// What a transition carries besides its note: the rep a ticket is assigned to, the return visit's score and feedback
// when it is closed.
struct TicketTransitionOptions
{
    QString ownerId;      // "assigned": this rep (the assignment rules decide when empty and the ticket has none)
    int satisfaction = 0; // "closed": 1–5, required
    QString feedback;
};

// The rules of tickets, each call one transaction through RecordWriter:
// - create: the number from the 'ticket' sequence (DocumentNumbering), received now (the database's clock), SLA
//   deadlines from the policy of its kind and priority counted in the business calendar; an owner left empty is
//   chosen by the ticket assignment rules (AssignmentRules, entity "ticket") and the ticket moves on to "assigned".
// - transition: only a step ticket_workflow allows (for the ticket's kind); every one is logged with who, when and
//   the note. Entering on_hold stops the SLA clock, leaving it adds the business time held to both deadlines; the
//   first response and the resolution are stamped when reached; closing records the satisfaction score; a complaint
//   reaching "verified" waits for the customer's feedback and reminds its owner after kFeedbackReminderDays.
// - saveDetails: what a user edits; deadlines follow a changed kind or priority.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    TicketService() = delete;

    static constexpr int kFeedbackReminderDays = 3;

    static bool load(Database& db, const QString& id, Ticket* ticket, QString* error);
    static WriteResult create(Database& db, Ticket* ticket, const QString& note = {});
    static WriteResult saveDetails(Database& db, const Ticket& ticket);
    using Options = TicketTransitionOptions;
    static WriteResult transition(Database& db, const QString& ticketId, const QString& toStatus,
                                  const QString& note = {}, const Options& options = {});
    static QList<TicketEvent> timeline(Database& db, const QString& ticketId, QString* error = nullptr);
};
