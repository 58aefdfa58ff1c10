#include "CollectionCheck.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Sum
{
    QString what;   // e.g. "invoice %1: paid"
    QString stored; // expression over the row
    QString actual; // expression computing it
    QString from;   // table alias "t" and its label column
    QString label;
};

const QString kContractPaid = QStringLiteral(
    "(SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_instalments i JOIN receipt_allocations a "
    " ON a.instalment_id = i.id AND a.deleted_at IS NULL WHERE i.contract_id = t.id AND i.deleted_at IS NULL) + "
    "(SELECT COALESCE(SUM(a.amount_minor), 0) FROM invoices v JOIN receipt_allocations a "
    " ON a.invoice_id = v.id AND a.deleted_at IS NULL AND a.instalment_id IS NULL "
    " WHERE v.contract_id = t.id AND v.deleted_at IS NULL)");
} // namespace

bool CollectionCheck::verify(const Database& db, QStringList* problems, int* checked, QString* error)
{
    const QList<Sum> sums{
        {tr("Instalment %1 of contract %2: paid"), QStringLiteral("t.paid_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(a.amount_minor), 0) FROM receipt_allocations a "
                        "WHERE a.instalment_id = t.id AND a.deleted_at IS NULL)"),
         QStringLiteral("payment_instalments t JOIN contracts k ON k.id = t.contract_id"),
         QStringLiteral("t.position, k.number")},
        {tr("Invoice %1: paid"), QStringLiteral("t.paid_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(a.amount_minor), 0) FROM receipt_allocations a "
                        "WHERE a.invoice_id = t.id AND a.deleted_at IS NULL)"),
         QStringLiteral("invoices t"), QStringLiteral("t.number, ''")},
        {tr("Invoice %1: credited"), QStringLiteral("t.credited_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(c.total_minor), 0) FROM invoices c WHERE c.credited_invoice_id = t.id "
                        "AND c.deleted_at IS NULL AND c.status <> 'cancelled')"),
         QStringLiteral("invoices t"), QStringLiteral("t.number, ''")},
        {tr("Receipt of %1 (%2): allocated"), QStringLiteral("t.allocated_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(a.amount_minor), 0) FROM receipt_allocations a "
                        "WHERE a.receipt_id = t.id AND a.deleted_at IS NULL)"),
         QStringLiteral("receipts t"), QStringLiteral("t.received_on, t.reference")},
        {tr("Contract %1: planned"), QStringLiteral("t.planned_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(i.amount_minor), 0) FROM payment_instalments i "
                        "WHERE i.contract_id = t.id AND i.deleted_at IS NULL)"),
         QStringLiteral("contracts t"), QStringLiteral("t.number, ''")},
        {tr("Contract %1: invoiced"), QStringLiteral("t.invoiced_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(v.total_minor), 0) FROM invoices v WHERE v.contract_id = t.id AND "
                        "v.deleted_at IS NULL AND v.kind = 'invoice' AND v.status <> 'cancelled')"),
         QStringLiteral("contracts t"), QStringLiteral("t.number, ''")},
        {tr("Contract %1: credited"), QStringLiteral("t.credited_minor"),
         QStringLiteral("(SELECT COALESCE(SUM(v.total_minor), 0) FROM invoices v WHERE v.contract_id = t.id AND "
                        "v.deleted_at IS NULL AND v.kind = 'credit_note' AND v.status <> 'cancelled')"),
         QStringLiteral("contracts t"), QStringLiteral("t.number, ''")},
        {tr("Contract %1: paid"), QStringLiteral("t.paid_minor"), kContractPaid, QStringLiteral("contracts t"),
         QStringLiteral("t.number, ''")},
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const Sum& sum : sums) {
        if (!q.exec(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE t.deleted_at IS NULL")
                        .arg(sum.label, sum.stored, sum.actual, sum.from))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            if (sum.from == QLatin1String("receipts t"))
                ++*checked; // documents of their own; the others are counted with their lines
            const qint64 stored = q.value(2).toLongLong();
            const qint64 actual = q.value(3).toLongLong();
            if (stored == actual)
                continue;
            const QString what = sum.what.contains(QLatin1String("%2"))
                                     ? sum.what.arg(q.value(0).toString(), q.value(1).toString())
                                     : sum.what.arg(q.value(0).toString());
            problems->append(tr("%1: stored %2, recomputed %3.").arg(what).arg(stored).arg(actual));
        }
    }
    return true;
}
