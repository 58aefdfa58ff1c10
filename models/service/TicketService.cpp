#include "TicketService.h"

#include "AssignmentRules.h"
#include "BusinessCalendar.h"
#include "Database.h"
#include "DocumentNumbering.h"
#include "RecordWriter.h"
#include "SlaPolicies.h"
#include "SqlValues.h"
#include "TicketWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
const QString kTickets = QStringLiteral("tickets");
const QString kTransitions = QStringLiteral("ticket_transitions");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDateTime& when)
{
    return when.isValid() ? QVariant(when) : QVariant();
}

WriteResult readFailed(const QSqlQuery& q)
{
    return WriteResult::failure(
        WriteResult::Failed, TicketService::tr("The ticket could not be read: %1").arg(q.lastError().text().trimmed()));
}

// The stored SLA columns of a ticket in this state: deadlines from its policy and the calendar, and when its owner is
// warned (none once it is resolved).
WriteResult slaColumns(Database& db, const QString& kind, const QString& priority, const QDateTime& receivedAt,
                       qint64 holdMinutes, bool responded, bool resolved, QVariantHash* columns)
{
    BusinessCalendar calendar;
    QString error;
    if (!BusinessCalendar::load(db, &calendar, &error))
        return WriteResult::failure(WriteResult::Failed, error);
    const QList<SlaPolicy> policies = SlaPolicies::load(db, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, error);
    const SlaDeadlines d = SlaPolicies::deadlines(calendar, SlaPolicies::find(policies, kind, priority), receivedAt,
                                                  holdMinutes, responded);
    columns->insert(QStringLiteral("first_response_due"), orNull(d.firstResponseDue));
    columns->insert(QStringLiteral("resolution_due"), orNull(d.resolutionDue));
    columns->insert(QStringLiteral("sla_warn_at"), resolved ? QVariant() : orNull(d.warnAt));
    return WriteResult();
}

WriteResult logTransition(RecordWriter& writer, const QString& ticketId, const QString& from, const QString& to,
                          const QString& note)
{
    return writer.insert(kTransitions, {{QStringLiteral("ticket_id"), ticketId},
                                        {QStringLiteral("from_status"), orNull(from)},
                                        {QStringLiteral("to_status"), to},
                                        {QStringLiteral("user_id"), orNull(writer.database().currentUserId())},
                                        {QStringLiteral("occurred_at"), SqlValues::toDateTime(writer.now())},
                                        {QStringLiteral("note"), orNull(note.trimmed())}});
}

QVariantHash assignmentRecord(const Ticket& t)
{
    return {{QStringLiteral("kind"), t.kind},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("channel"), t.channel},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("product_id"), t.productId},
            {QStringLiteral("customer_id"), t.customerId},
            {QStringLiteral("contract_id"), t.contractId}};
}
} // namespace

bool TicketService::load(Database& db, const QString& id, Ticket* ticket, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT t.id, t.version, t.number, t.kind, t.subject, t.customer_id, c.name, t.contact_id, t.contract_id, "
        "t.product_id, t.channel, t.category, t.priority, t.description, t.owner_id, t.status, t.received_at, "
        "t.first_response_due, t.resolution_due, t.first_response_at, t.resolved_at, t.closed_at, t.on_hold_since, "
        "t.held_status, t.sla_hold_minutes, t.satisfaction, t.feedback, t.feedback_remind_at, t.sla_warn_at "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.id = ? AND t.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? tr("The ticket could not be read: %1").arg(q.lastError().text())
                                             : tr("This ticket no longer exists.");
        return false;
    }
    Ticket t;
    int i = 0;
    t.id = q.value(i++).toString();
    t.version = q.value(i++).toInt();
    t.number = q.value(i++).toString();
    t.kind = q.value(i++).toString();
    t.subject = q.value(i++).toString();
    t.customerId = q.value(i++).toString();
    t.customerName = q.value(i++).toString();
    t.contactId = q.value(i++).toString();
    t.contractId = q.value(i++).toString();
    t.productId = q.value(i++).toString();
    t.channel = q.value(i++).toString();
    t.category = q.value(i++).toString();
    t.priority = q.value(i++).toString();
    t.description = q.value(i++).toString();
    t.ownerId = q.value(i++).toString();
    t.status = q.value(i++).toString();
    t.receivedAt = SqlValues::toDateTime(q.value(i++));
    t.firstResponseDue = SqlValues::toDateTime(q.value(i++));
    t.resolutionDue = SqlValues::toDateTime(q.value(i++));
    t.firstResponseAt = SqlValues::toDateTime(q.value(i++));
    t.resolvedAt = SqlValues::toDateTime(q.value(i++));
    t.closedAt = SqlValues::toDateTime(q.value(i++));
    t.onHoldSince = SqlValues::toDateTime(q.value(i++));
    t.heldStatus = q.value(i++).toString();
    t.slaHoldMinutes = q.value(i++).toInt();
    t.satisfaction = q.value(i++).toInt();
    t.feedback = q.value(i++).toString();
    t.feedbackRemindAt = SqlValues::toDateTime(q.value(i++));
    t.slaWarnAt = SqlValues::toDateTime(q.value(i++));
    *ticket = t;
    return true;
}

WriteResult TicketService::create(Database& db, Ticket* ticket, const QString& note)
{
    WriteResult invalid = WriteResult::failure(WriteResult::Invalid, tr("Please correct the marked fields."));
    if (ticket->subject.trimmed().isEmpty())
        invalid.fieldErrors.insert(QStringLiteral("subject"), tr("Please say what the ticket is about."));
    if (ticket->customerId.isEmpty())
        invalid.fieldErrors.insert(QStringLiteral("customer_id"), tr("Please choose the customer."));
    if (!TicketWorkflow::kinds().contains(ticket->kind) || !TicketWorkflow::priorities().contains(ticket->priority) ||
        !TicketWorkflow::channels().contains(ticket->channel))
        invalid.fieldErrors.insert(QStringLiteral("kind"), tr("Unknown kind, priority or channel."));
    if (!invalid.fieldErrors.isEmpty())
        return invalid;

    QString number;
    QString owner;
    QString status;
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        const QDateTime now = SqlValues::toDateTime(writer.now());
        WriteResult numbered = DocumentNumbering::next(writer, QStringLiteral("ticket"), db.clock().today(), &number);
        if (!numbered.ok())
            return numbered;
        QVariantHash values{{QStringLiteral("number"), number},
                            {QStringLiteral("kind"), ticket->kind},
                            {QStringLiteral("subject"), ticket->subject.trimmed()},
                            {QStringLiteral("customer_id"), ticket->customerId},
                            {QStringLiteral("contact_id"), orNull(ticket->contactId)},
                            {QStringLiteral("contract_id"), orNull(ticket->contractId)},
                            {QStringLiteral("product_id"), orNull(ticket->productId)},
                            {QStringLiteral("channel"), ticket->channel},
                            {QStringLiteral("category"), orNull(ticket->category.trimmed())},
                            {QStringLiteral("priority"), ticket->priority},
                            {QStringLiteral("description"), orNull(ticket->description)},
                            {QStringLiteral("status"), QStringLiteral("received")},
                            {QStringLiteral("received_at"), now}};
        const WriteResult sla = slaColumns(db, ticket->kind, ticket->priority, now, 0, false, false, &values);
        if (!sla.ok())
            return sla;
        const WriteResult inserted = writer.insert(kTickets, values);
        if (!inserted.ok())
            return inserted;
        WriteResult logged = logTransition(writer, inserted.id, QString(), QStringLiteral("received"), note);
        if (!logged.ok())
            return logged;

        // Assigned at once: by hand, or by the rules when they find someone.
        owner = ticket->ownerId;
        QString reason = tr("Assigned by hand");
        if (owner.isEmpty()) {
            AssignmentDecision decision;
            const WriteResult decided =
                AssignmentRules(db, QStringLiteral("ticket")).decide(writer, assignmentRecord(*ticket), &decision);
            if (!decided.ok())
                return decided;
            owner = decision.ownerId;
            reason = decision.reason;
        }
        status = QStringLiteral("received");
        if (owner.isEmpty() || !TicketWorkflow::next(db, ticket->kind, status).contains(QLatin1String("assigned")))
            return inserted;
        status = QStringLiteral("assigned");
        const WriteResult updated =
            writer.update(kTickets, inserted.id, inserted.version,
                          {{QStringLiteral("owner_id"), owner}, {QStringLiteral("status"), status}});
        if (!updated.ok())
            return updated;
        logged = logTransition(writer, inserted.id, QStringLiteral("received"), status, reason);
        if (!logged.ok())
            return logged;
        WriteResult done = updated;
        done.id = inserted.id;
        return done;
    });
    if (result.ok()) {
        ticket->id = result.id;
        ticket->number = number;
        ticket->ownerId = owner;
        ticket->status = status;
    }
    return result;
}

WriteResult TicketService::saveDetails(Database& db, const Ticket& ticket)
{
    if (ticket.subject.trimmed().isEmpty()) {
        WriteResult invalid = WriteResult::failure(WriteResult::Invalid, tr("Please correct the marked fields."));
        invalid.fieldErrors.insert(QStringLiteral("subject"), tr("Please say what the ticket is about."));
        return invalid;
    }
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        Ticket stored;
        QString error;
        if (!load(db, ticket.id, &stored, &error))
            return WriteResult::failure(WriteResult::NotFound, error);
        QVariantHash changes{{QStringLiteral("kind"), ticket.kind},
                             {QStringLiteral("subject"), ticket.subject.trimmed()},
                             {QStringLiteral("contact_id"), orNull(ticket.contactId)},
                             {QStringLiteral("contract_id"), orNull(ticket.contractId)},
                             {QStringLiteral("product_id"), orNull(ticket.productId)},
                             {QStringLiteral("channel"), ticket.channel},
                             {QStringLiteral("category"), orNull(ticket.category.trimmed())},
                             {QStringLiteral("priority"), ticket.priority},
                             {QStringLiteral("description"), orNull(ticket.description)},
                             {QStringLiteral("owner_id"), orNull(ticket.ownerId)}};
        if (stored.kind != ticket.kind || stored.priority != ticket.priority) {
            const WriteResult sla =
                slaColumns(db, ticket.kind, ticket.priority, stored.receivedAt, stored.slaHoldMinutes,
                           stored.firstResponseAt.isValid(), stored.resolvedAt.isValid(), &changes);
            if (!sla.ok())
                return sla;
        }
        return writer.update(kTickets, ticket.id, ticket.version, changes);
    });
}

WriteResult TicketService::transition(Database& db, const QString& ticketId, const QString& toStatus,
                                      const QString& note, const Options& options)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        Ticket t;
        QString error;
        if (!load(db, ticketId, &t, &error))
            return WriteResult::failure(WriteResult::NotFound, error);
        const QDateTime now = SqlValues::toDateTime(writer.now());
        QString to = toStatus == TicketWorkflow::kResumed ? t.heldStatus : toStatus;
        if (!TicketWorkflow::next(db, t.kind, t.status, t.heldStatus).contains(to) || to.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("A ticket cannot go from “%1” to “%2”.")
                                                                  .arg(TicketWorkflow::statusText(t.status),
                                                                       TicketWorkflow::statusText(toStatus)));
        QVariantHash changes{{QStringLiteral("status"), to}};
        qint64 hold = t.slaHoldMinutes;
        if (t.status == QLatin1String("on_hold")) {
            BusinessCalendar calendar;
            if (!BusinessCalendar::load(db, &calendar, &error))
                return WriteResult::failure(WriteResult::Failed, error);
            hold += calendar.businessMinutesBetween(t.onHoldSince, now);
            changes.insert(QStringLiteral("sla_hold_minutes"), hold);
            changes.insert(QStringLiteral("on_hold_since"), QVariant());
            changes.insert(QStringLiteral("held_status"), QVariant());
        }
        if (to == QLatin1String("on_hold")) {
            changes.insert(QStringLiteral("on_hold_since"), now);
            changes.insert(QStringLiteral("held_status"), t.status);
        }
        if (to == QLatin1String("assigned")) {
            QString owner = options.ownerId.isEmpty() ? t.ownerId : options.ownerId;
            if (owner.isEmpty()) {
                AssignmentDecision decision;
                const WriteResult decided =
                    AssignmentRules(db, QStringLiteral("ticket")).decide(writer, assignmentRecord(t), &decision);
                if (!decided.ok())
                    return decided;
                owner = decision.ownerId;
            }
            if (owner.isEmpty())
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("No rule assigns this ticket: please choose the rep who takes it."));
            changes.insert(QStringLiteral("owner_id"), owner);
        }
        // The business time it took, hold excluded, for the service report's averages.
        const auto took = [&]() -> qint64 {
            BusinessCalendar calendar;
            if (!BusinessCalendar::load(db, &calendar, &error))
                return -1;
            return std::max<qint64>(0, calendar.businessMinutesBetween(t.receivedAt, now) - hold);
        };
        bool responded = t.firstResponseAt.isValid();
        if (!responded && TicketWorkflow::isResponded(to)) {
            const qint64 minutes = took();
            if (minutes < 0)
                return WriteResult::failure(WriteResult::Failed, error);
            changes.insert(QStringLiteral("first_response_at"), now);
            changes.insert(QStringLiteral("first_response_minutes"), minutes);
            responded = true;
        }
        bool resolved = t.resolvedAt.isValid();
        if (!resolved && TicketWorkflow::isResolved(to)) {
            const qint64 minutes = took();
            if (minutes < 0)
                return WriteResult::failure(WriteResult::Failed, error);
            changes.insert(QStringLiteral("resolved_at"), now);
            changes.insert(QStringLiteral("resolution_minutes"), minutes);
            resolved = true;
        }
        if (to == QLatin1String("closed")) {
            if (options.satisfaction < 1 || options.satisfaction > 5)
                return WriteResult::failure(
                    WriteResult::Invalid,
                    tr("Please record the customer's satisfaction (1 to 5) to close the ticket."));
            changes.insert(QStringLiteral("closed_at"), now);
            changes.insert(QStringLiteral("satisfaction"), options.satisfaction);
            changes.insert(QStringLiteral("feedback"), orNull(options.feedback.trimmed()));
            changes.insert(QStringLiteral("feedback_remind_at"), QVariant());
        }
        if (to == QLatin1String("reopened")) {
            resolved = false;
            changes.insert(QStringLiteral("resolved_at"), QVariant());
            changes.insert(QStringLiteral("resolution_minutes"), QVariant());
            changes.insert(QStringLiteral("closed_at"), QVariant());
            changes.insert(QStringLiteral("satisfaction"), QVariant());
            changes.insert(QStringLiteral("feedback"), QVariant());
            changes.insert(QStringLiteral("feedback_requested_at"), QVariant());
            changes.insert(QStringLiteral("feedback_remind_at"), QVariant());
        }
        if (to == QLatin1String("verified") && t.kind == QLatin1String("complaint")) {
            changes.insert(QStringLiteral("feedback_requested_at"), now);
            changes.insert(QStringLiteral("feedback_remind_at"), now.addDays(kFeedbackReminderDays));
        }
        const WriteResult sla = slaColumns(db, t.kind, t.priority, t.receivedAt, hold, responded, resolved, &changes);
        if (!sla.ok())
            return sla;
        const WriteResult updated = writer.update(kTickets, t.id, t.version, changes);
        if (!updated.ok())
            return updated;
        QString text = note;
        if (to == QLatin1String("closed")) {
            const QString score = tr("Satisfaction: %1/5").arg(options.satisfaction);
            text = text.trimmed().isEmpty() ? score : score + QLatin1Char('\n') + text.trimmed();
        }
        const WriteResult logged = logTransition(writer, t.id, t.status, to, text);
        if (!logged.ok())
            return logged;
        return updated;
    });
}

QList<TicketEvent> TicketService::timeline(Database& db, const QString& ticketId, QString* error)
{
    QList<TicketEvent> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.from_status, t.to_status, t.user_id, u.display_name, t.occurred_at, t.note "
                             "FROM ticket_transitions t LEFT JOIN users u ON u.id = t.user_id "
                             "WHERE t.ticket_id = ? AND t.deleted_at IS NULL ORDER BY t.occurred_at, t.id"));
    q.addBindValue(ticketId);
    if (!q.exec()) {
        if (error)
            *error = readFailed(q).message;
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       SqlValues::toDateTime(q.value(4)), q.value(5).toString()});
    return result;
}
