#include "NotificationSources.h"

namespace {
// Open deals: not in a won or lost stage and not closed.
const char* const kOpenDeal = "JOIN pipeline_stages st ON st.id = o.stage_id AND NOT st.is_won AND NOT st.is_lost ";

QList<NotificationSource>& registry()
{
    static QList<NotificationSource> sources{
        {QStringLiteral("task.due"),
         QStringLiteral("task"),
         QStringLiteral("SELECT 'task.due:' || CAST(t.id AS TEXT) || ':' || CAST(t.due_date AS TEXT) AS item_key, "
                        "t.id AS record_id, t.title AS title, c.name AS detail, t.due_date AS day, NULL AS since "
                        "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                        "WHERE t.owner_id = {me} AND t.deleted_at IS NULL AND t.status <> 'done' "
                        "AND t.due_date <= {today}"),
         false,
         {QStringLiteral("tasks"), QStringLiteral("customers")},
         QT_TRANSLATE_NOOP("NotificationSources", "Task due")},
        {QStringLiteral("task.reminder"),
         QStringLiteral("task"),
         QStringLiteral("SELECT 'task.reminder:' || CAST(t.id AS TEXT) AS item_key, t.id AS record_id, "
                        "t.title AS title, c.name AS detail, t.due_date AS day, t.reminder_at AS since "
                        "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                        "WHERE t.owner_id = {me} AND t.deleted_at IS NULL AND t.status <> 'done' "
                        "AND t.reminder_at IS NOT NULL AND t.reminder_at <= {now}"),
         true,
         {QStringLiteral("tasks"), QStringLiteral("customers")},
         QT_TRANSLATE_NOOP("NotificationSources", "Reminder")},
        // A follow-up is due today unless something newer was logged with the customer since (as on Today).
        {QStringLiteral("interaction.next"),
         QStringLiteral("interaction"),
         QStringLiteral("SELECT 'interaction.next:' || CAST(i.id AS TEXT) AS item_key, i.id AS record_id, "
                        "i.subject AS title, c.name AS detail, i.next_follow_up AS day, NULL AS since "
                        "FROM interactions i JOIN customers c ON c.id = i.customer_id AND c.deleted_at IS NULL "
                        "WHERE i.author_id = {me} AND i.deleted_at IS NULL AND i.next_follow_up IS NOT NULL "
                        "AND i.next_follow_up = {today} "
                        "AND NOT EXISTS (SELECT 1 FROM interactions l WHERE l.customer_id = i.customer_id "
                        "AND l.deleted_at IS NULL AND l.occurred_at > i.occurred_at)"),
         false,
         {QStringLiteral("interactions"), QStringLiteral("customers")},
         QT_TRANSLATE_NOOP("NotificationSources", "Follow-up today")},
        {QStringLiteral("opportunity.close"),
         QStringLiteral("opportunity"),
         QStringLiteral("SELECT 'opportunity.close:' || CAST(o.id AS TEXT) || ':' || CAST(o.expected_close AS TEXT) "
                        "AS item_key, o.id AS record_id, o.name AS title, c.name AS detail, o.expected_close AS day, "
                        "NULL AS since FROM opportunities o ") +
             QLatin1String(kOpenDeal) +
             QStringLiteral("LEFT JOIN customers c ON c.id = o.customer_id "
                            "WHERE o.owner_id = {me} AND o.deleted_at IS NULL AND o.actual_close IS NULL "
                            "AND o.expected_close < {today}"),
         false,
         {QStringLiteral("opportunities"), QStringLiteral("customers"), QStringLiteral("pipeline_stages")},
         QT_TRANSLATE_NOOP("NotificationSources", "Close date passed")},
        // A colleague made (or last changed) a task or a deal of mine: on a team database, what they assigned to me.
        {QStringLiteral("task.assigned"),
         QStringLiteral("task"),
         QStringLiteral("SELECT 'task.assigned:' || CAST(t.id AS TEXT) AS item_key, t.id AS record_id, "
                        "t.title AS title, u.display_name AS detail, t.due_date AS day, t.updated_at AS since "
                        "FROM tasks t LEFT JOIN users u ON u.id = t.updated_by "
                        "WHERE t.owner_id = {me} AND t.deleted_at IS NULL AND t.status <> 'done' "
                        "AND t.updated_at >= {recent} AND t.updated_by <> {me}"),
         true,
         {QStringLiteral("tasks")},
         QT_TRANSLATE_NOOP("NotificationSources", "Task assigned to you")},
        {QStringLiteral("opportunity.assigned"),
         QStringLiteral("opportunity"),
         QStringLiteral("SELECT 'opportunity.assigned:' || CAST(o.id AS TEXT) AS item_key, o.id AS record_id, "
                        "o.name AS title, u.display_name AS detail, o.expected_close AS day, o.updated_at AS since "
                        "FROM opportunities o ") +
             QLatin1String(kOpenDeal) +
             QStringLiteral("LEFT JOIN users u ON u.id = o.updated_by "
                            "WHERE o.owner_id = {me} AND o.deleted_at IS NULL AND o.updated_at >= {recent} "
                            "AND o.updated_by <> {me}"),
         true,
         {QStringLiteral("opportunities")},
         QT_TRANSLATE_NOOP("NotificationSources", "Opportunity assigned to you")},
        // A lead routed to me by a rule or handed over by a colleague: the assignment log (migration 0012) says when.
        {QStringLiteral("lead.assigned"),
         QStringLiteral("lead"),
         QStringLiteral("SELECT 'lead.assigned:' || CAST(a.id AS TEXT) AS item_key, a.lead_id AS record_id, "
                        "l.name AS title, u.display_name AS detail, NULL AS day, a.assigned_at AS since "
                        "FROM lead_assignments a "
                        "JOIN leads l ON l.id = a.lead_id AND l.deleted_at IS NULL AND l.owner_id = {me} "
                        "LEFT JOIN users u ON u.id = a.assigned_by "
                        "WHERE a.owner_id = {me} AND a.deleted_at IS NULL AND a.assigned_at >= {recent} "
                        "AND (a.assigned_by IS NULL OR a.assigned_by <> {me})"),
         true,
         {QStringLiteral("lead_assignments"), QStringLiteral("leads")},
         QT_TRANSLATE_NOOP("NotificationSources", "Lead assigned to you")},
        // Service (issue 14): a ticket of mine near or past its SLA (sla_warn_at: 80 % of the pending deadline's
        // business time, stored on the ticket and moved by every transition), a complaint whose customer's feedback is
        // still missing at its reminder time.
        {QStringLiteral("ticket.sla"),
         QStringLiteral("ticket"),
         QStringLiteral("SELECT 'ticket.sla:' || CAST(t.id AS TEXT) AS item_key, t.id AS record_id, "
                        "t.number || ' ' || t.subject AS title, c.name AS detail, NULL AS day, t.sla_warn_at AS since "
                        "FROM tickets t JOIN customers c ON c.id = t.customer_id "
                        "WHERE t.owner_id = {me} AND t.deleted_at IS NULL AND t.sla_warn_at IS NOT NULL "
                        "AND t.status NOT IN ('closed', 'on_hold') AND t.sla_warn_at <= {now}"),
         true,
         {QStringLiteral("tickets")},
         QT_TRANSLATE_NOOP("NotificationSources", "Ticket near or past its SLA")},
        {QStringLiteral("ticket.feedback"),
         QStringLiteral("ticket"),
         QStringLiteral("SELECT 'ticket.feedback:' || CAST(t.id AS TEXT) AS item_key, t.id AS record_id, "
                        "t.number || ' ' || t.subject AS title, c.name AS detail, NULL AS day, "
                        "t.feedback_remind_at AS since FROM tickets t JOIN customers c ON c.id = t.customer_id "
                        "WHERE t.owner_id = {me} AND t.deleted_at IS NULL AND t.feedback_remind_at IS NOT NULL "
                        "AND t.satisfaction IS NULL AND t.feedback_remind_at <= {now}"),
         true,
         {QStringLiteral("tickets")},
         QT_TRANSLATE_NOOP("NotificationSources", "Complaint waiting for feedback")},
    };
    return sources;
}
} // namespace

const QList<NotificationSource>& NotificationSources::all()
{
    return registry();
}

const NotificationSource* NotificationSources::find(const QString& kind)
{
    for (const NotificationSource& source : registry()) {
        if (source.kind == kind)
            return &source;
    }
    return nullptr;
}

void NotificationSources::add(const NotificationSource& source)
{
    for (NotificationSource& existing : registry()) {
        if (existing.kind == source.kind) {
            existing = source;
            return;
        }
    }
    registry().append(source);
}

QString NotificationSources::label(const NotificationSource& source)
{
    return source.label ? tr(source.label) : source.kind;
}

QString NotificationSources::kindOf(const QString& itemKey)
{
    return itemKey.section(QLatin1Char(':'), 0, 0);
}

QString NotificationSources::reminderKey(const QString& taskId)
{
    return QStringLiteral("task.reminder:") + taskId;
}

QStringList NotificationSources::tables()
{
    QStringList result{QStringLiteral("notification_state")};
    for (const NotificationSource& source : registry()) {
        for (const QString& table : source.tables) {
            if (!result.contains(table))
                result << table;
        }
    }
    return result;
}
