#include "CollectionDemoData.h"

#include "Database.h"
#include "DocumentNumbering.h"
#include "PaymentTerms.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct DemoContract
{
    QString id;
    QString customer;
    QString currency;
    QString status;
    QDate signedOn;
    QVariant owner;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    int version = 0;
};

struct DemoLine
{
    QString id;
    QVariantList values; // position … tax_minor, as the lines tables store them
    qint64 quantity = 0;
};
} // namespace

CollectionDemoData::CollectionDemoData(RecordWriter& writer, quint64 seed) : m_writer(writer), m_seed(seed) {}

bool CollectionDemoData::generate(QString* error)
{
    Database& db = m_writer.database();
    QRandomGenerator64 random(m_seed * 104729 + 7);
    auto fail = [error](const QString& message) {
        if (error)
            *error = tr("Cannot write the demo payment collection: %1").arg(message);
        return false;
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, customer_id, currency, status, signed_on, owner_id, subtotal_minor, "
                           "discount_minor, tax_minor, total_minor, version FROM contracts WHERE deleted_at IS NULL "
                           "AND status IN ('signed', 'in_delivery', 'completed') AND planned_minor = 0 AND "
                           "signed_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payment_instalments i "
                           "WHERE i.contract_id = contracts.id) ORDER BY id")))
        return fail(q.lastError().text());
    QList<DemoContract> contracts;
    while (q.next())
        contracts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          SqlValues::toDate(q.value(4)), q.value(5), q.value(6).toLongLong(), q.value(7).toLongLong(),
                          q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toInt()});
    q.finish();
    if (contracts.isEmpty())
        return true;
    // The lines of the contracts that are invoiced and shipped.
    QHash<QString, QList<DemoLine>> lines;
    if (!q.exec(
            QStringLiteral("SELECT l.contract_id, l.id, l.position, l.product_id, l.description, l.unit, "
                           "l.quantity_milli, l.unit_price_minor, l.discount_kind, l.discount_value, l.tax_rate_bp, "
                           "l.net_minor, l.tax_minor FROM contract_lines l JOIN contracts k ON k.id = l.contract_id "
                           "WHERE l.deleted_at IS NULL AND k.status IN ('in_delivery', 'completed') AND "
                           "k.planned_minor = 0 ORDER BY l.contract_id, l.position")))
        return fail(q.lastError().text());
    while (q.next()) {
        DemoLine line;
        line.id = q.value(1).toString();
        for (int c = 2; c <= 12; ++c)
            line.values << q.value(c);
        line.quantity = q.value(6).toLongLong();
        lines[q.value(0).toString()].append(line);
    }
    q.finish();

    PaymentTerms::Term term;
    QString termError;
    if (!PaymentTerms::load(db, QStringLiteral("00000000-0000-7000-8000-000000002210"), &term, &termError))
        return fail(termError);

    const QDate today = db.clock().today();
    QString firstInvoice;
    if (!DocumentNumbering::next(m_writer, QStringLiteral("invoice"), today, &firstInvoice).ok())
        return fail(tr("The invoice numbers could not be taken."));
    QSqlQuery c(db.connection());
    c.prepare(QStringLiteral("SELECT year, last_number, pattern, id FROM document_counters WHERE kind = 'invoice'"));
    if (!c.exec() || !c.next())
        return fail(c.lastError().text());
    const int invoiceYear = c.value(0).toInt();
    int invoiceNumber = c.value(1).toInt() - 1;
    const QString invoicePattern = c.value(2).toString();
    const QString invoiceCounter = c.value(3).toString();
    c.finish();

    RecordBatch instalments(m_writer, QStringLiteral("payment_instalments"),
                            {QStringLiteral("id"), QStringLiteral("contract_id"), QStringLiteral("position"),
                             QStringLiteral("due_date"), QStringLiteral("amount_minor"), QStringLiteral("paid_minor"),
                             QStringLiteral("condition")});
    RecordBatch invoices(m_writer, QStringLiteral("invoices"),
                         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("kind"),
                          QStringLiteral("contract_id"), QStringLiteral("customer_id"), QStringLiteral("currency"),
                          QStringLiteral("status"), QStringLiteral("issued_on"), QStringLiteral("due_date"),
                          QStringLiteral("subtotal_minor"), QStringLiteral("discount_minor"),
                          QStringLiteral("tax_minor"), QStringLiteral("total_minor"), QStringLiteral("paid_minor"),
                          QStringLiteral("owner_id")});
    const QStringList lineColumns{QStringLiteral("invoice_id"),
                                  QStringLiteral("id"),
                                  QStringLiteral("contract_line_id"),
                                  QStringLiteral("position"),
                                  QStringLiteral("product_id"),
                                  QStringLiteral("description"),
                                  QStringLiteral("unit"),
                                  QStringLiteral("quantity_milli"),
                                  QStringLiteral("unit_price_minor"),
                                  QStringLiteral("discount_kind"),
                                  QStringLiteral("discount_value"),
                                  QStringLiteral("tax_rate_bp"),
                                  QStringLiteral("net_minor"),
                                  QStringLiteral("tax_minor")};
    RecordBatch invoiceLines(m_writer, QStringLiteral("invoice_lines"), lineColumns);
    RecordBatch shipments(m_writer, QStringLiteral("shipments"),
                          {QStringLiteral("id"), QStringLiteral("contract_id"), QStringLiteral("shipped_on"),
                           QStringLiteral("carrier"), QStringLiteral("tracking_number")});
    RecordBatch shipmentLines(m_writer, QStringLiteral("shipment_lines"),
                              {QStringLiteral("id"), QStringLiteral("shipment_id"), QStringLiteral("contract_line_id"),
                               QStringLiteral("quantity_milli")});
    RecordBatch receipts(m_writer, QStringLiteral("receipts"),
                         {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("contract_id"),
                          QStringLiteral("currency"), QStringLiteral("received_on"), QStringLiteral("amount_minor"),
                          QStringLiteral("allocated_minor"), QStringLiteral("method"), QStringLiteral("account"),
                          QStringLiteral("handled_by_id"), QStringLiteral("reference"), QStringLiteral("owner_id")});
    RecordBatch allocations(m_writer, QStringLiteral("receipt_allocations"),
                            {QStringLiteral("id"), QStringLiteral("receipt_id"), QStringLiteral("instalment_id"),
                             QStringLiteral("invoice_id"), QStringLiteral("amount_minor")});
    const QStringList methods{QStringLiteral("bank_transfer"), QStringLiteral("bank_transfer"),
                              QStringLiteral("alipay"), QStringLiteral("wechat_pay"), QStringLiteral("cheque")};
    const QStringList carriers{QStringLiteral("顺丰速运"), QStringLiteral("京东物流"), QStringLiteral("DHL"),
                               QStringLiteral("中通快递")};
    struct Sums
    {
        QString id;
        int version = 0;
        qint64 planned = 0;
        qint64 invoiced = 0;
        qint64 paid = 0;
        QString delivery;
    };
    QList<Sums> sums;

    for (const DemoContract& k : std::as_const(contracts)) {
        QList<PlannedInstalment> plan;
        QString planError;
        if (!PaymentTerms::plan(term.lines, k.total, k.signedOn, &plan, &planError))
            continue;
        const bool completed = k.status == QLatin1String("completed");
        const bool delivering = k.status == QLatin1String("in_delivery");
        // How much of the plan the customer paid: completed all, others their first instalment or a part of it,
        // some nothing yet; one in twenty paid a little too much (credit).
        qint64 toPay = 0;
        const int roll = int(random.bounded(20));
        if (completed)
            toPay = k.total;
        else if (roll < 10)
            toPay = plan.at(0).amountMinor;
        else if (roll < 14)
            toPay = plan.at(0).amountMinor / 2;
        const qint64 extra = completed && roll == 0 ? 10000 : 0;

        QString invoiceId;
        if ((completed || delivering) && lines.contains(k.id)) {
            invoiceId = Uuid::createV7();
            const QDate issued = qMin(today, k.signedOn.addDays(5));
            invoices.addRow({invoiceId, DocumentNumbering::format(invoicePattern, invoiceYear, ++invoiceNumber),
                             QStringLiteral("invoice"), k.id, k.customer, k.currency, QStringLiteral("sent"), issued,
                             issued.addDays(30), k.subtotal, k.discount, k.tax, k.total, toPay, k.owner});
            const QString shipmentId = Uuid::createV7();
            shipments.addRow(
                {shipmentId, k.id, qMin(today, k.signedOn.addDays(10)),
                 carriers.at(int(random.bounded(quint64(carriers.size())))),
                 QStringLiteral("SF%1").arg(random.bounded(Q_UINT64_C(1000000000000)), 13, 10, QLatin1Char('0'))});
            for (const DemoLine& line : lines.value(k.id)) {
                invoiceLines.addRow(QVariantList{invoiceId, Uuid::createV7(), line.id} + line.values);
                const qint64 shipped = completed ? line.quantity : qMax<qint64>(1000, line.quantity / 2000 * 1000);
                shipmentLines.addRow({Uuid::createV7(), shipmentId, line.id, qMin(shipped, line.quantity)});
            }
        }
        qint64 left = toPay;
        const QString receiptId = toPay > 0 ? Uuid::createV7() : QString();
        for (int i = 0; i < plan.size(); ++i) {
            const qint64 piece = qMin(left, plan.at(i).amountMinor);
            left -= piece;
            const QString instalmentId = Uuid::createV7();
            instalments.addRow(
                {instalmentId, k.id, i + 1, plan.at(i).dueDate, plan.at(i).amountMinor, piece, plan.at(i).condition});
            if (piece > 0)
                allocations.addRow({Uuid::createV7(), receiptId, instalmentId,
                                    invoiceId.isEmpty() ? QVariant() : QVariant(invoiceId), piece});
        }
        if (toPay > 0)
            receipts.addRow(
                {receiptId, k.customer, k.id, k.currency, qMin(today, k.signedOn.addDays(qint64(random.bounded(40)))),
                 toPay + extra, toPay, methods.at(int(random.bounded(quint64(methods.size())))),
                 QStringLiteral("招商银行 **** %1").arg(random.bounded(10000), 4, 10, QLatin1Char('0')), k.owner,
                 QStringLiteral("TT%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0')), k.owner});
        QString delivery;
        if (!invoiceId.isEmpty()) {
            bool all = completed;
            if (!completed) {
                all = true;
                for (const DemoLine& line : lines.value(k.id))
                    all = all && qMax<qint64>(1000, line.quantity / 2000 * 1000) >= line.quantity;
            }
            delivery = all ? QStringLiteral("delivered") : QStringLiteral("partial");
        }
        sums.append({k.id, k.version, k.total, invoiceId.isEmpty() ? 0 : k.total, toPay, delivery});
    }
    for (RecordBatch* batch :
         {&instalments, &invoices, &invoiceLines, &shipments, &shipmentLines, &receipts, &allocations}) {
        const WriteResult flushed = batch->flush();
        if (!flushed.ok())
            return fail(flushed.message);
        m_rows += batch->rowsWritten();
    }
    for (const Sums& s : std::as_const(sums)) {
        QVariantHash changes{{QStringLiteral("planned_minor"), s.planned},
                             {QStringLiteral("invoiced_minor"), s.invoiced},
                             {QStringLiteral("paid_minor"), s.paid}};
        if (!s.delivery.isEmpty())
            changes.insert(QStringLiteral("delivery_status"), s.delivery);
        const WriteResult updated = m_writer.update(QStringLiteral("contracts"), s.id, -1, changes);
        if (!updated.ok())
            return fail(updated.message);
    }
    const WriteResult counted = m_writer.update(QStringLiteral("document_counters"), invoiceCounter, -1,
                                                {{QStringLiteral("last_number"), invoiceNumber}});
    return counted.ok() ? true : fail(counted.message);
}
