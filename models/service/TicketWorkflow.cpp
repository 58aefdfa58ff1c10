#include "TicketWorkflow.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

const QString TicketWorkflow::kResumed = QStringLiteral("resumed");

QStringList TicketWorkflow::statuses()
{
    return {QStringLiteral("received"),
            QStringLiteral("assigned"),
            QStringLiteral("contacted"),
            QStringLiteral("solution_proposed"),
            QStringLiteral("customer_confirmed"),
            QStringLiteral("in_progress"),
            QStringLiteral("verified"),
            QStringLiteral("closed"),
            QStringLiteral("on_hold"),
            QStringLiteral("reopened")};
}

QString TicketWorkflow::statusText(const QString& status)
{
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("assigned"))
        return tr("Assigned");
    if (status == QLatin1String("contacted"))
        return tr("Customer contacted");
    if (status == QLatin1String("solution_proposed"))
        return tr("Solution proposed");
    if (status == QLatin1String("customer_confirmed"))
        return tr("Customer confirmed");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("verified"))
        return tr("Verified");
    if (status == QLatin1String("closed"))
        return tr("Closed (satisfaction confirmed)");
    if (status == QLatin1String("on_hold"))
        return tr("On hold");
    if (status == QLatin1String("reopened"))
        return tr("Reopened");
    if (status == kResumed)
        return tr("Resumed");
    return status;
}

bool TicketWorkflow::isResponded(const QString& status)
{
    static const QStringList before{QStringLiteral("received"), QStringLiteral("assigned")};
    return !before.contains(status) && status != QLatin1String("on_hold");
}

bool TicketWorkflow::isResolved(const QString& status)
{
    return status == QLatin1String("verified") || status == QLatin1String("closed");
}

QString TicketWorkflow::kindText(const QString& kind)
{
    if (kind == QLatin1String("complaint"))
        return tr("Complaint");
    return tr("Ticket");
}

QStringList TicketWorkflow::priorities()
{
    return {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
}

QString TicketWorkflow::priorityText(const QString& priority)
{
    if (priority == QLatin1String("low"))
        return tr("Low", "ticket priority");
    if (priority == QLatin1String("high"))
        return tr("High", "ticket priority");
    if (priority == QLatin1String("urgent"))
        return tr("Urgent", "ticket priority");
    return tr("Normal", "ticket priority");
}

QStringList TicketWorkflow::channels()
{
    return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("visit"), QStringLiteral("web"),
            QStringLiteral("wechat")};
}

QString TicketWorkflow::channelText(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("E-mail", "ticket channel");
    if (channel == QLatin1String("visit"))
        return tr("Visit", "ticket channel");
    if (channel == QLatin1String("web"))
        return tr("Web", "ticket channel");
    if (channel == QLatin1String("wechat"))
        return tr("WeChat", "ticket channel");
    return tr("Phone", "ticket channel");
}

QList<TicketStep> TicketWorkflow::steps(Database& db, QString* error)
{
    QList<TicketStep> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, from_status, to_status, sort_order, active FROM ticket_workflow "
                               "WHERE deleted_at IS NULL ORDER BY sort_order, id"))) {
        if (error)
            *error = q.lastError().text().trimmed();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt(), q.value(5).toBool()});
    return result;
}

QStringList TicketWorkflow::next(Database& db, const QString& kind, const QString& status, const QString& heldStatus)
{
    QStringList result;
    const QList<TicketStep> all = steps(db);
    for (const TicketStep& step : all) {
        if (!step.active || step.fromStatus != status || (!step.kind.isEmpty() && step.kind != kind))
            continue;
        const QString to = step.toStatus == kResumed ? heldStatus : step.toStatus;
        if (!to.isEmpty() && !result.contains(to))
            result << to;
    }
    return result;
}
