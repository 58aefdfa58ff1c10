#include "PaymentCollection.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kInstalments = QStringLiteral("payment_instalments");
const QString kReceipts = QStringLiteral("receipts");
const QString kAllocations = QStringLiteral("receipt_allocations");
const QString kContracts = QStringLiteral("contracts");
const QString kPaid = QStringLiteral("paid_minor");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

WriteResult readFailure(const QSqlQuery& q)
{
    WriteResult failed = WriteResult::failure(
        WriteResult::Failed, PaymentCollection::tr("The payment data could not be read: %1").arg(q.lastError().text()));
    return failed;
}

struct ReceiptRow
{
    QString customerId;
    QString currency;
    qint64 amount = 0;
    qint64 allocated = 0;
    int version = 0;
};

bool readReceipt(Database& db, const QString& id, ReceiptRow* row)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT customer_id, currency, amount_minor, allocated_minor, version FROM receipts "
                             "WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    row->customerId = q.value(0).toString();
    row->currency = q.value(1).toString();
    row->amount = q.value(2).toLongLong();
    row->allocated = q.value(3).toLongLong();
    row->version = q.value(4).toInt();
    return true;
}

struct OpenInstalment
{
    QString id;
    qint64 outstanding = 0;
};

// Open instalments, oldest due first: of one contract, or of every live contract of a customer in a currency.
QList<OpenInstalment> openInstalments(Database& db, const QString& contractId, const QString& customerId,
                                      const QString& currency, QString* error)
{
    QSqlQuery q(db.connection());
    const QString select =
        QStringLiteral("SELECT i.id, i.amount_minor - i.paid_minor FROM payment_instalments i JOIN contracts k ON k.id "
                       "= i.contract_id "
                       "WHERE i.deleted_at IS NULL AND i.paid_minor < i.amount_minor AND k.deleted_at IS NULL AND "
                       "k.status <> 'cancelled' AND ");
    if (!contractId.isEmpty()) {
        q.prepare(select + QStringLiteral("k.id = ? ORDER BY i.due_date, i.position, i.id"));
        q.addBindValue(contractId);
    } else {
        q.prepare(select + QStringLiteral("k.customer_id = ? AND k.currency = ? ORDER BY i.due_date, k.number, "
                                          "i.position, i.id"));
        q.addBindValue(customerId);
        q.addBindValue(currency);
    }
    QList<OpenInstalment> open;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return open;
    }
    while (q.next())
        open.append({q.value(0).toString(), q.value(1).toLongLong()});
    return open;
}

qint64 sumOf(Database& db, const QString& sql, const QString& id, bool* ok)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *ok = false;
        return 0;
    }
    return q.value(0).toLongLong();
}

// Settles open instalments with up to `amount` of a receipt (optionally as part of paying `invoiceId`); returns what
// was used.
WriteResult settleInstalments(RecordWriter& writer, const QString& receiptId, const QList<OpenInstalment>& open,
                              qint64 amount, const QString& invoiceId, qint64* used)
{
    *used = 0;
    for (const OpenInstalment& instalment : open) {
        const qint64 piece = qMin(amount - *used, instalment.outstanding);
        if (piece <= 0)
            break;
        PaymentAllocation allocation;
        allocation.instalmentId = instalment.id;
        allocation.invoiceId = invoiceId;
        allocation.amountMinor = piece;
        const WriteResult done = PaymentCollection::allocate(writer, receiptId, allocation);
        if (!done.ok())
            return done;
        *used += piece;
    }
    return {};
}
} // namespace

QStringList PaymentCollection::methods()
{
    return {QStringLiteral("bank_transfer"), QStringLiteral("cash"),   QStringLiteral("cheque"),
            QStringLiteral("card"),          QStringLiteral("alipay"), QStringLiteral("wechat_pay"),
            QStringLiteral("other")};
}

QString PaymentCollection::methodText(const QString& method)
{
    if (method == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("cheque"))
        return tr("Cheque");
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("alipay"))
        return tr("Alipay");
    if (method == QLatin1String("wechat_pay"))
        return tr("WeChat Pay");
    if (method == QLatin1String("other"))
        return tr("Other");
    return method;
}

QList<PaymentInstalment> PaymentCollection::plan(Database& db, const QString& contractId, QString* error)
{
    QList<PaymentInstalment> instalments;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, version, position, due_date, amount_minor, paid_minor, condition "
                             "FROM payment_instalments WHERE contract_id = ? AND deleted_at IS NULL "
                             "ORDER BY position, id"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return instalments;
    }
    while (q.next()) {
        PaymentInstalment i;
        i.id = q.value(0).toString();
        i.version = q.value(1).toInt();
        i.position = q.value(2).toInt();
        i.dueDate = SqlValues::toDate(q.value(3));
        i.amountMinor = q.value(4).toLongLong();
        i.paidMinor = q.value(5).toLongLong();
        i.condition = q.value(6).toString();
        instalments << i;
    }
    return instalments;
}

WriteResult PaymentCollection::setPlan(Database& db, const QString& contractId,
                                       const QList<PlannedInstalment>& instalments)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT total_minor - credited_minor, status FROM contracts "
                                 "WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(contractId);
        if (!q.exec())
            return readFailure(q);
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
        const qint64 worth = q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("cancelled"))
            return WriteResult::failure(WriteResult::Invalid, tr("A cancelled contract has no payment plan."));
        q.finish();
        qint64 sum = 0;
        for (const PlannedInstalment& i : instalments) {
            if (i.amountMinor < 0 || !i.dueDate.isValid())
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("Every instalment needs a due date and an amount of 0 or more."));
            sum += i.amountMinor;
        }
        if (sum != worth)
            return WriteResult::failure(
                WriteResult::Invalid,
                tr("The instalments add up to %1 but the contract is worth %2 (minor units).").arg(sum).arg(worth));
        bool ok = true;
        const qint64 paid = sumOf(db,
                                  QStringLiteral("SELECT COALESCE(SUM(paid_minor), 0) FROM payment_instalments "
                                                 "WHERE contract_id = ? AND deleted_at IS NULL"),
                                  contractId, &ok);
        if (!ok)
            return WriteResult::failure(WriteResult::Failed, tr("The payment plan could not be read."));
        if (paid > 0)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("Payments were already received on this plan; it can no longer be "
                                           "replaced."));
        // The old plan is tombstoned, as a document's old lines are.
        const WriteResult removed = writer.updateWhere(
            kInstalments, {{QStringLiteral("deleted_at"), RecordWriter::stamp()}},
            QStringLiteral("contract_id = ? AND deleted_at IS NULL"), {contractId}, RowChange::Deleted);
        if (!removed.ok())
            return removed;
        int position = 0;
        for (const PlannedInstalment& i : instalments) {
            const WriteResult inserted =
                writer.insert(kInstalments, {{QStringLiteral("contract_id"), contractId},
                                             {QStringLiteral("position"), ++position},
                                             {QStringLiteral("due_date"), i.dueDate},
                                             {QStringLiteral("amount_minor"), i.amountMinor},
                                             {QStringLiteral("condition"), orNull(i.condition)}});
            if (!inserted.ok())
                return inserted;
        }
        return refreshContract(writer, contractId);
    });
}

WriteResult PaymentCollection::planFromTerms(Database& db, const QString& contractId, const QString& termId,
                                             const QDate& start)
{
    PaymentTerms::Term term;
    QString error;
    if (!PaymentTerms::load(db, termId, &term, &error))
        return WriteResult::failure(WriteResult::NotFound, error);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT total_minor - credited_minor, signed_on FROM contracts "
                             "WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(contractId);
    if (!q.exec())
        return readFailure(q);
    if (!q.next())
        return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
    const qint64 worth = q.value(0).toLongLong();
    QDate from = start;
    if (!from.isValid())
        from = SqlValues::toDate(q.value(1));
    if (!from.isValid())
        from = db.clock().today();
    q.finish();
    QList<PlannedInstalment> instalments;
    if (!PaymentTerms::plan(term.lines, worth, from, &instalments, &error))
        return WriteResult::failure(WriteResult::Invalid, error);
    return setPlan(db, contractId, instalments);
}

WriteResult PaymentCollection::allocate(RecordWriter& writer, const QString& receiptId,
                                        const PaymentAllocation& allocation)
{
    Database& db = writer.database();
    ReceiptRow receipt;
    if (!readReceipt(db, receiptId, &receipt))
        return WriteResult::failure(WriteResult::NotFound, tr("This receipt no longer exists."));
    if (allocation.amountMinor <= 0)
        return WriteResult::failure(WriteResult::Invalid, tr("An allocation needs an amount above 0."));
    if (allocation.amountMinor > receipt.amount - receipt.allocated)
        return WriteResult::failure(WriteResult::Invalid, tr("The receipt has not that much left to allocate."));

    QSqlQuery q(db.connection());
    QString contractId;
    if (!allocation.instalmentId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT i.amount_minor, i.paid_minor, i.version, k.id, k.customer_id, k.currency "
                                 "FROM payment_instalments i JOIN contracts k ON k.id = i.contract_id "
                                 "WHERE i.id = ? AND i.deleted_at IS NULL"));
        q.addBindValue(allocation.instalmentId);
        if (!q.exec())
            return readFailure(q);
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This instalment no longer exists."));
        const qint64 outstanding = q.value(0).toLongLong() - q.value(1).toLongLong();
        const qint64 paid = q.value(1).toLongLong();
        const int version = q.value(2).toInt();
        contractId = q.value(3).toString();
        if (q.value(4).toString() != receipt.customerId)
            return WriteResult::failure(WriteResult::Invalid, tr("The receipt is from another customer."));
        if (q.value(5).toString() != receipt.currency)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("The receipt is in %1, the contract in %2; amounts are never converted.")
                                            .arg(receipt.currency, q.value(5).toString()));
        q.finish();
        if (allocation.amountMinor > outstanding)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("The instalment has only %1 left to pay (minor units).").arg(outstanding));
        const WriteResult updated =
            writer.update(kInstalments, allocation.instalmentId, version, {{kPaid, paid + allocation.amountMinor}});
        if (!updated.ok())
            return updated;
    }
    if (!allocation.invoiceId.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT total_minor - credited_minor - paid_minor, paid_minor, version, contract_id, "
                           "customer_id, currency, kind, status FROM invoices WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(allocation.invoiceId);
        if (!q.exec())
            return readFailure(q);
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This invoice no longer exists."));
        const qint64 outstanding = q.value(0).toLongLong();
        const qint64 paid = q.value(1).toLongLong();
        const int version = q.value(2).toInt();
        const QString invoiceContract = q.value(3).toString();
        if (q.value(4).toString() != receipt.customerId)
            return WriteResult::failure(WriteResult::Invalid, tr("The receipt is from another customer."));
        if (q.value(5).toString() != receipt.currency)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("The receipt is in %1, the invoice in %2; amounts are never converted.")
                                            .arg(receipt.currency, q.value(5).toString()));
        if (q.value(6).toString() != QLatin1String("invoice") || q.value(7).toString() == QLatin1String("cancelled"))
            return WriteResult::failure(WriteResult::Invalid, tr("Only an invoice that is not cancelled can be paid."));
        q.finish();
        if (!contractId.isEmpty() && contractId != invoiceContract)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("The instalment and the invoice are of two contracts."));
        contractId = invoiceContract;
        if (allocation.amountMinor > outstanding)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("The invoice has only %1 left to pay (minor units).").arg(outstanding));
        const WriteResult updated = writer.update(QStringLiteral("invoices"), allocation.invoiceId, version,
                                                  {{kPaid, paid + allocation.amountMinor}});
        if (!updated.ok())
            return updated;
    }
    if (contractId.isEmpty())
        return WriteResult::failure(WriteResult::Invalid, tr("An allocation names an instalment or an invoice."));

    const WriteResult inserted =
        writer.insert(kAllocations, {{QStringLiteral("receipt_id"), receiptId},
                                     {QStringLiteral("instalment_id"), orNull(allocation.instalmentId)},
                                     {QStringLiteral("invoice_id"), orNull(allocation.invoiceId)},
                                     {QStringLiteral("amount_minor"), allocation.amountMinor}});
    if (!inserted.ok())
        return inserted;
    const WriteResult receiptUpdated =
        writer.update(kReceipts, receiptId, receipt.version,
                      {{QStringLiteral("allocated_minor"), receipt.allocated + allocation.amountMinor}});
    if (!receiptUpdated.ok())
        return receiptUpdated;
    const WriteResult contract = refreshContract(writer, contractId);
    return contract.ok() ? inserted : contract;
}

WriteResult PaymentCollection::refreshContract(RecordWriter& writer, const QString& contractId)
{
    Database& db = writer.database();
    QSqlQuery q(db.connection());
    // Each allocation counts once: through its instalment, or through its invoice when it has no instalment.
    q.prepare(QStringLiteral(
        "SELECT k.version, k.planned_minor, k.invoiced_minor, k.credited_minor, k.paid_minor, "
        "(SELECT COALESCE(SUM(i.amount_minor), 0) FROM payment_instalments i "
        " WHERE i.contract_id = k.id AND i.deleted_at IS NULL), "
        "(SELECT COALESCE(SUM(v.total_minor), 0) FROM invoices v WHERE v.contract_id = k.id AND v.deleted_at IS NULL "
        " AND v.kind = 'invoice' AND v.status <> 'cancelled'), "
        "(SELECT COALESCE(SUM(v.total_minor), 0) FROM invoices v WHERE v.contract_id = k.id AND v.deleted_at IS NULL "
        " AND v.kind = 'credit_note' AND v.status <> 'cancelled'), "
        "(SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_instalments i JOIN receipt_allocations a "
        " ON a.instalment_id = i.id AND a.deleted_at IS NULL WHERE i.contract_id = k.id AND i.deleted_at IS NULL) + "
        "(SELECT COALESCE(SUM(a.amount_minor), 0) FROM invoices v JOIN receipt_allocations a "
        " ON a.invoice_id = v.id AND a.deleted_at IS NULL AND a.instalment_id IS NULL "
        " WHERE v.contract_id = k.id AND v.deleted_at IS NULL) "
        "FROM contracts k WHERE k.id = ? AND k.deleted_at IS NULL"));
    q.addBindValue(contractId);
    if (!q.exec())
        return readFailure(q);
    if (!q.next())
        return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
    const int version = q.value(0).toInt();
    const QStringList columns{QStringLiteral("planned_minor"), QStringLiteral("invoiced_minor"),
                              QStringLiteral("credited_minor"), kPaid};
    QVariantHash changes;
    for (int i = 0; i < columns.size(); ++i) {
        const qint64 stored = q.value(1 + i).toLongLong();
        const qint64 actual = q.value(5 + i).toLongLong();
        if (stored != actual)
            changes.insert(columns.at(i), actual);
    }
    q.finish();
    if (changes.isEmpty()) {
        WriteResult unchanged;
        unchanged.id = contractId;
        unchanged.version = version;
        return unchanged;
    }
    return writer.update(kContracts, contractId, version, changes);
}

WriteResult PaymentCollection::recordReceipt(Database& db, const PaymentReceipt& receipt,
                                             const QList<PaymentAllocation>& allocations, QString* receiptId)
{
    WriteResult invalid = WriteResult::failure(WriteResult::Invalid, tr("Please correct the marked fields."));
    if (receipt.amountMinor <= 0)
        invalid.fieldErrors.insert(QStringLiteral("amount_minor"), tr("The amount must be above 0."));
    if (!receipt.receivedOn.isValid())
        invalid.fieldErrors.insert(QStringLiteral("received_on"), tr("When was the money received?"));
    if (receipt.customerId.isEmpty() && receipt.contractId.isEmpty())
        invalid.fieldErrors.insert(QStringLiteral("customer_id"), tr("Whose money is it?"));
    if (!methods().contains(receipt.method))
        invalid.fieldErrors.insert(QStringLiteral("method"), tr("Please choose how it was paid."));
    if (!invalid.fieldErrors.isEmpty())
        return invalid;

    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QString customerId = receipt.customerId;
        QString currency = receipt.currency;
        if (!receipt.contractId.isEmpty()) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT customer_id, currency, status FROM contracts "
                                     "WHERE id = ? AND deleted_at IS NULL"));
            q.addBindValue(receipt.contractId);
            if (!q.exec())
                return readFailure(q);
            if (!q.next())
                return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
            if (!customerId.isEmpty() && customerId != q.value(0).toString())
                return WriteResult::failure(WriteResult::Invalid, tr("The contract is another customer's."));
            if (!currency.isEmpty() && currency != q.value(1).toString())
                return WriteResult::failure(
                    WriteResult::Invalid,
                    tr("The contract is in %1; a receipt for it must be in %1 too (amounts are never converted).")
                        .arg(q.value(1).toString()));
            customerId = q.value(0).toString();
            currency = q.value(1).toString();
        }
        if (currency.size() != 3)
            return WriteResult::failure(WriteResult::Invalid, tr("Please give the receipt's currency."));
        const WriteResult inserted =
            writer.insert(kReceipts, {{QStringLiteral("customer_id"), customerId},
                                      {QStringLiteral("contract_id"), orNull(receipt.contractId)},
                                      {QStringLiteral("currency"), currency},
                                      {QStringLiteral("received_on"), receipt.receivedOn},
                                      {QStringLiteral("amount_minor"), receipt.amountMinor},
                                      {QStringLiteral("method"), receipt.method},
                                      {QStringLiteral("account"), orNull(receipt.account)},
                                      {QStringLiteral("handled_by_id"), orNull(receipt.handledById)},
                                      {QStringLiteral("reference"), orNull(receipt.reference)},
                                      {QStringLiteral("notes"), orNull(receipt.notes)},
                                      {QStringLiteral("owner_id"), orNull(db.currentUserId())}});
        if (!inserted.ok())
            return inserted;
        if (!allocations.isEmpty()) {
            for (const PaymentAllocation& allocation : allocations) {
                if (allocation.instalmentId.isEmpty() && !allocation.invoiceId.isEmpty()) {
                    // Money for an invoice settles the contract's open instalments first.
                    const WriteResult paid =
                        payInvoice(writer, inserted.id, allocation.invoiceId, allocation.amountMinor);
                    if (!paid.ok())
                        return paid;
                    continue;
                }
                const WriteResult done = allocate(writer, inserted.id, allocation);
                if (!done.ok())
                    return done;
            }
            return inserted;
        }
        QString error;
        const QList<OpenInstalment> open = openInstalments(db, receipt.contractId, customerId, currency, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        qint64 used = 0;
        const WriteResult settled = settleInstalments(writer, inserted.id, open, receipt.amountMinor, {}, &used);
        return settled.ok() ? inserted : settled;
    });
    if (result.ok() && receiptId)
        *receiptId = result.id;
    return result;
}

WriteResult PaymentCollection::payInvoice(RecordWriter& writer, const QString& receiptId, const QString& invoiceId,
                                          qint64 amountMinor)
{
    Database& db = writer.database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT contract_id FROM invoices WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(invoiceId);
    if (!q.exec())
        return readFailure(q);
    if (!q.next())
        return WriteResult::failure(WriteResult::NotFound, tr("This invoice no longer exists."));
    const QString contractId = q.value(0).toString();
    q.finish();
    QString error;
    const QList<OpenInstalment> open = openInstalments(db, contractId, {}, {}, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, error);
    qint64 used = 0;
    const WriteResult settled = settleInstalments(writer, receiptId, open, amountMinor, invoiceId, &used);
    if (!settled.ok() || used == amountMinor)
        return settled;
    PaymentAllocation rest;
    rest.invoiceId = invoiceId;
    rest.amountMinor = amountMinor - used;
    return allocate(writer, receiptId, rest);
}

WriteResult PaymentCollection::applyCredit(Database& db, const QString& customerId, const QString& currency)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, amount_minor - allocated_minor FROM receipts WHERE customer_id = ? AND "
                                 "currency = ? AND deleted_at IS NULL AND allocated_minor < amount_minor "
                                 "ORDER BY received_on, id"));
        q.addBindValue(customerId);
        q.addBindValue(currency);
        if (!q.exec())
            return readFailure(q);
        QList<QPair<QString, qint64>> credits;
        while (q.next())
            credits.append({q.value(0).toString(), q.value(1).toLongLong()});
        q.finish();
        WriteResult result;
        for (const auto& credit : std::as_const(credits)) {
            QString error;
            const QList<OpenInstalment> open = openInstalments(db, {}, customerId, currency, &error);
            if (!error.isEmpty())
                return WriteResult::failure(WriteResult::Failed, error);
            if (open.isEmpty())
                break;
            qint64 used = 0;
            const WriteResult settled = settleInstalments(writer, credit.first, open, credit.second, {}, &used);
            if (!settled.ok())
                return settled;
            result.affected += used > 0 ? 1 : 0;
        }
        return result;
    });
}

qint64 PaymentCollection::customerCredit(Database& db, const QString& customerId, const QString& currency)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_minor - allocated_minor), 0) FROM receipts "
                             "WHERE customer_id = ? AND currency = ? AND deleted_at IS NULL"));
    q.addBindValue(customerId);
    q.addBindValue(currency);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool PaymentCollection::balance(Database& db, const QString& contractId, ContractBalance* balance, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT currency, total_minor, planned_minor, invoiced_minor, credited_minor, paid_minor "
                             "FROM contracts WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(contractId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("This contract no longer exists.");
        return false;
    }
    balance->currency = q.value(0).toString();
    balance->totalMinor = q.value(1).toLongLong();
    balance->plannedMinor = q.value(2).toLongLong();
    balance->invoicedMinor = q.value(3).toLongLong();
    balance->creditedMinor = q.value(4).toLongLong();
    balance->paidMinor = q.value(5).toLongLong();
    return true;
}

QList<PaymentReceipt> PaymentCollection::receipts(Database& db, const QString& contractId, QString* error)
{
    QList<PaymentReceipt> out;
    QSqlQuery q(db.connection());
    // Receipts for the contract, and those of other contracts or none that paid some of it.
    q.prepare(QStringLiteral(
        "SELECT r.id, r.customer_id, r.contract_id, r.currency, r.received_on, r.amount_minor, r.allocated_minor, "
        "r.method, r.account, r.handled_by_id, r.reference, r.notes FROM receipts r WHERE r.deleted_at IS NULL AND "
        "(r.contract_id = ? OR r.id IN (SELECT a.receipt_id FROM receipt_allocations a "
        " JOIN payment_instalments i ON i.id = a.instalment_id WHERE i.contract_id = ? AND a.deleted_at IS NULL) OR "
        " r.id IN (SELECT a.receipt_id FROM receipt_allocations a JOIN invoices v ON v.id = a.invoice_id "
        " WHERE v.contract_id = ? AND a.deleted_at IS NULL)) ORDER BY r.received_on, r.id"));
    q.addBindValue(contractId);
    q.addBindValue(contractId);
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PaymentReceipt r;
        r.id = q.value(0).toString();
        r.customerId = q.value(1).toString();
        r.contractId = q.value(2).toString();
        r.currency = q.value(3).toString();
        r.receivedOn = SqlValues::toDate(q.value(4));
        r.amountMinor = q.value(5).toLongLong();
        r.allocatedMinor = q.value(6).toLongLong();
        r.method = q.value(7).toString();
        r.account = q.value(8).toString();
        r.handledById = q.value(9).toString();
        r.reference = q.value(10).toString();
        r.notes = q.value(11).toString();
        out << r;
    }
    return out;
}

QString PaymentCollection::contractOfInstalment(Database& db, const QString& instalmentId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT contract_id FROM payment_instalments WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(instalmentId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
