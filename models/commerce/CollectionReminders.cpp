#include "CollectionReminders.h"

#include "NotificationSources.h"

void CollectionReminders::install()
{
    // The item key carries the due date: a plan replaced with a new date is a new reminder.
    const QString select = QStringLiteral(
        "SELECT '%1:' || CAST(pi.id AS TEXT) || ':' || CAST(pi.due_date AS TEXT) AS item_key, k.id AS record_id, "
        "k.number AS title, c.name AS detail, pi.due_date AS day, NULL AS since FROM payment_instalments pi "
        "JOIN contracts k ON k.id = pi.contract_id AND k.deleted_at IS NULL AND k.status <> 'cancelled' "
        "JOIN customers c ON c.id = k.customer_id WHERE k.owner_id = {me} AND pi.deleted_at IS NULL AND "
        "pi.paid_minor < pi.amount_minor AND pi.due_date %2 {today}");
    const QStringList tables{QStringLiteral("payment_instalments"), QStringLiteral("contracts"),
                             QStringLiteral("customers")};
    NotificationSources::add({QStringLiteral("instalment.overdue"), QStringLiteral("contract"),
                              select.arg(QStringLiteral("instalment.overdue"), QStringLiteral("<")), false, tables,
                              QT_TRANSLATE_NOOP("NotificationSources", "Payment overdue")});
    NotificationSources::add({QStringLiteral("instalment.due"), QStringLiteral("contract"),
                              select.arg(QStringLiteral("instalment.due"), QStringLiteral("=")), false, tables,
                              QT_TRANSLATE_NOOP("NotificationSources", "Payment due today")});
}
