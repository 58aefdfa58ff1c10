#include "ReceivablesAgeing.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

void ReceivablesAgeing::range(Bucket bucket, const QDate& today, QDate* from, QDate* to)
{
    *from = QDate();
    *to = QDate();
    switch (bucket) {
    case Bucket::All:
        break;
    case Bucket::DueThisWeek:
        *from = today;
        *to = today.addDays(7 - today.dayOfWeek());
        break;
    case Bucket::NotDue:
        *from = today;
        break;
    case Bucket::Overdue:
        *to = today.addDays(-1);
        break;
    case Bucket::Days1to30:
        *from = today.addDays(-30);
        *to = today.addDays(-1);
        break;
    case Bucket::Days31to60:
        *from = today.addDays(-60);
        *to = today.addDays(-31);
        break;
    case Bucket::Days61to90:
        *from = today.addDays(-90);
        *to = today.addDays(-61);
        break;
    case Bucket::Over90:
        *to = today.addDays(-91);
        break;
    }
}

QList<ReceivablesAgeing::Bucket> ReceivablesAgeing::buckets()
{
    return {Bucket::All,       Bucket::DueThisWeek, Bucket::NotDue,     Bucket::Overdue,
            Bucket::Days1to30, Bucket::Days31to60,  Bucket::Days61to90, Bucket::Over90};
}

QString ReceivablesAgeing::bucketText(Bucket bucket)
{
    switch (bucket) {
    case Bucket::All:
        return tr("All open");
    case Bucket::DueThisWeek:
        return tr("Due this week");
    case Bucket::NotDue:
        return tr("Not yet due");
    case Bucket::Overdue:
        return tr("Overdue");
    case Bucket::Days1to30:
        return tr("1–30 days overdue");
    case Bucket::Days31to60:
        return tr("31–60 days overdue");
    case Bucket::Days61to90:
        return tr("61–90 days overdue");
    case Bucket::Over90:
        return tr("More than 90 days overdue");
    }
    return {};
}

bool ReceivablesAgeing::summary(Database& db, const QDate& today, GroupBy groupBy, const QString& ownerId,
                                const QString& customerId, QList<AgeingRow>* rows, QString* error)
{
    QString key = QStringLiteral("''");
    QString label = QStringLiteral("''");
    QString join;
    if (groupBy == GroupBy::Rep) {
        key = QStringLiteral("k.owner_id");
        label = QStringLiteral("o.display_name");
        join = QStringLiteral(" LEFT JOIN users o ON o.id = k.owner_id");
    } else if (groupBy == GroupBy::Customer) {
        key = QStringLiteral("k.customer_id");
        label = QStringLiteral("c.name");
        join = QStringLiteral(" JOIN customers c ON c.id = k.customer_id");
    }
    const QString open = QStringLiteral("(pi.amount_minor - pi.paid_minor)");
    auto sumWhen = [&](const QString& condition) {
        return QStringLiteral("SUM(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(condition, open);
    };
    QString sql = QStringLiteral("SELECT %1, %2, k.currency, ").arg(key, label) +
                  sumWhen(QStringLiteral("pi.due_date >= ?")) + QStringLiteral(", ") +
                  sumWhen(QStringLiteral("pi.due_date >= ? AND pi.due_date <= ?")) + QStringLiteral(", ") +
                  sumWhen(QStringLiteral("pi.due_date < ? AND pi.due_date >= ?")) + QStringLiteral(", ") +
                  sumWhen(QStringLiteral("pi.due_date < ? AND pi.due_date >= ?")) + QStringLiteral(", ") +
                  sumWhen(QStringLiteral("pi.due_date < ? AND pi.due_date >= ?")) + QStringLiteral(", ") +
                  sumWhen(QStringLiteral("pi.due_date < ?")) +
                  QStringLiteral(" FROM payment_instalments pi JOIN contracts k ON k.id = pi.contract_id") + join +
                  QStringLiteral(" WHERE pi.deleted_at IS NULL AND pi.paid_minor < pi.amount_minor AND "
                                 "k.deleted_at IS NULL AND k.status <> 'cancelled'");
    if (!ownerId.isEmpty())
        sql += QStringLiteral(" AND k.owner_id = ?");
    if (!customerId.isEmpty())
        sql += QStringLiteral(" AND k.customer_id = ?");
    sql += groupBy == GroupBy::Currency
               ? QStringLiteral(" GROUP BY k.currency ORDER BY k.currency")
               : QStringLiteral(" GROUP BY %1, %2, k.currency ORDER BY %2, k.currency").arg(key, label);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    const QDate d30 = today.addDays(-30);
    const QDate d60 = today.addDays(-60);
    const QDate d90 = today.addDays(-90);
    for (const QDate& day : {today, today, sunday, today, d30, d30, d60, d60, d90, d90})
        q.addBindValue(SqlValues::date(day));
    if (!ownerId.isEmpty())
        q.addBindValue(ownerId);
    if (!customerId.isEmpty())
        q.addBindValue(customerId);
    if (!q.exec()) {
        if (error)
            *error = tr("The receivables could not be read: %1").arg(q.lastError().text());
        return false;
    }
    rows->clear();
    while (q.next()) {
        AgeingRow row;
        row.key = groupBy == GroupBy::Currency ? QString() : q.value(0).toString();
        row.label = groupBy == GroupBy::Rep && q.value(1).isNull() ? tr("(no rep)") : q.value(1).toString();
        row.currency = q.value(2).toString();
        row.notDueMinor = q.value(3).toLongLong();
        row.dueThisWeekMinor = q.value(4).toLongLong();
        row.days1to30Minor = q.value(5).toLongLong();
        row.days31to60Minor = q.value(6).toLongLong();
        row.days61to90Minor = q.value(7).toLongLong();
        row.over90Minor = q.value(8).toLongLong();
        rows->append(row);
    }
    return true;
}

bool ReceivablesAgeing::collectedVsPlanned(Database& db, const QDate& from, const QDate& to, const QString& currency,
                                           const QString& ownerId, QList<CollectionMonth>* months, QString* error)
{
    months->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return true;
    const QDate first(from.year(), from.month(), 1);
    const QDate last = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    for (QDate m = first; m <= last; m = m.addMonths(1))
        months->append({m, 0, 0});
    auto add = [&](const QDate& day, qint64 amount, bool planned) {
        const int index = (day.year() - first.year()) * 12 + day.month() - first.month();
        if (index < 0 || index >= months->size())
            return;
        (planned ? (*months)[index].plannedMinor : (*months)[index].collectedMinor) += amount;
    };
    const QString owner = ownerId.isEmpty() ? QString() : QStringLiteral(" AND k.owner_id = ?");
    const QList<QPair<QString, bool>> queries{
        {QStringLiteral("SELECT pi.due_date, pi.amount_minor FROM payment_instalments pi JOIN contracts k "
                        "ON k.id = pi.contract_id WHERE pi.deleted_at IS NULL AND k.deleted_at IS NULL AND "
                        "k.status <> 'cancelled' AND k.currency = ? AND pi.due_date >= ? AND pi.due_date <= ?") +
             owner,
         true},
        {ownerId.isEmpty()
             ? QStringLiteral("SELECT r.received_on, r.amount_minor FROM receipts r WHERE r.deleted_at IS NULL AND "
                              "r.currency = ? AND r.received_on >= ? AND r.received_on <= ?")
             : QStringLiteral("SELECT r.received_on, r.amount_minor FROM receipts r JOIN contracts k "
                              "ON k.id = r.contract_id WHERE r.deleted_at IS NULL AND r.currency = ? AND "
                              "r.received_on >= ? AND r.received_on <= ?") +
                   owner,
         false}};
    for (const auto& query : queries) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(query.first);
        q.addBindValue(currency);
        q.addBindValue(SqlValues::date(first));
        q.addBindValue(SqlValues::date(last));
        if (!ownerId.isEmpty())
            q.addBindValue(ownerId);
        if (!q.exec()) {
            if (error)
                *error = tr("The receivables could not be read: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next())
            add(SqlValues::toDate(q.value(0)), q.value(1).toLongLong(), query.second);
    }
    return true;
}
