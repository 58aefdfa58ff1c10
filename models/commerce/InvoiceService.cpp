#include "InvoiceService.h"

#include "Database.h"
#include "DocumentNumbering.h"
#include "PaymentCollection.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kInvoices = QStringLiteral("invoices");
const QString kLines = QStringLiteral("invoice_lines");
const QString kInvoiceId = QStringLiteral("invoice_id");
const QString kContractLineId = QStringLiteral("contract_line_id");

WriteResult readFailure(const QSqlQuery& q)
{
    return WriteResult::failure(WriteResult::Failed,
                                InvoiceService::tr("The invoice could not be read: %1").arg(q.lastError().text()));
}

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.version, v.number, v.kind, v.contract_id, k.number, v.customer_id, c.name, v.credited_invoice_id, "
    "v.currency, v.status, v.issued_on, v.due_date, v.notes, v.total_minor, v.paid_minor, v.credited_minor "
    "FROM invoices v JOIN contracts k ON k.id = v.contract_id JOIN customers c ON c.id = v.customer_id ");

InvoiceDocument fromRow(const QSqlQuery& q)
{
    InvoiceDocument d;
    d.id = q.value(0).toString();
    d.version = q.value(1).toInt();
    d.number = q.value(2).toString();
    d.kind = q.value(3).toString();
    d.contractId = q.value(4).toString();
    d.contractNumber = q.value(5).toString();
    d.customerId = q.value(6).toString();
    d.customerName = q.value(7).toString();
    d.creditedInvoiceId = q.value(8).toString();
    d.currency = q.value(9).toString();
    d.status = q.value(10).toString();
    d.issuedOn = SqlValues::toDate(q.value(11));
    d.dueDate = SqlValues::toDate(q.value(12));
    d.notes = q.value(13).toString();
    d.totalMinor = q.value(14).toLongLong();
    d.paidMinor = q.value(15).toLongLong();
    d.creditedMinor = q.value(16).toLongLong();
    return d;
}

// The lines of an invoice with the contract line each one bills.
QList<DocumentLine> linesWithSource(Database& db, const QString& invoiceId, QString* error)
{
    QList<DocumentLine> lines = DocumentLines::load(db, kLines, kInvoiceId, invoiceId, error);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, contract_line_id FROM invoice_lines WHERE invoice_id = ? AND "
                             "deleted_at IS NULL"));
    q.addBindValue(invoiceId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return lines;
    }
    QHash<QString, QString> source;
    while (q.next())
        source.insert(q.value(0).toString(), q.value(1).toString());
    for (DocumentLine& line : lines)
        line.sourceLineId = source.value(line.id);
    return lines;
}

// The share of an amount discount that `quantity` of `fullQuantity` carries.
qint64 discountShare(const DocumentLine& line, qint64 quantity, qint64 fullQuantity)
{
    if (line.discountKind != DocumentTotals::DiscountKind::Amount || fullQuantity <= 0 || quantity == fullQuantity)
        return line.discountValue;
    qint64 share = 0;
    return DocumentTotals::mulDivRound(line.discountValue, quantity, fullQuantity, &share) ? share : 0;
}
} // namespace

QString InvoiceService::statusText(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString InvoiceService::kindText(const QString& kind)
{
    return kind == QLatin1String("credit_note") ? tr("Credit note") : tr("Invoice");
}

bool InvoiceService::load(Database& db, const QString& id, InvoiceDocument* invoice, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE v.id = ? AND v.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? tr("The invoice could not be read: %1").arg(q.lastError().text())
                                             : tr("This invoice no longer exists.");
        return false;
    }
    InvoiceDocument d = fromRow(q);
    q.finish();
    QString linesError;
    d.lines = linesWithSource(db, id, &linesError);
    if (!linesError.isEmpty()) {
        if (error)
            *error = linesError;
        return false;
    }
    *invoice = d;
    return true;
}

QList<InvoiceDocument> InvoiceService::forContract(Database& db, const QString& contractId, QString* error)
{
    QList<InvoiceDocument> out;
    QSqlQuery q(db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE v.contract_id = ? AND v.deleted_at IS NULL ORDER BY v.issued_on, "
                                       "v.number"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << fromRow(q);
    return out;
}

QHash<QString, qint64> InvoiceService::uninvoiced(Database& db, const QString& contractId, QString* error)
{
    QHash<QString, qint64> left;
    const QList<DocumentLine> lines =
        DocumentLines::load(db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), contractId, error);
    for (const DocumentLine& line : lines)
        left.insert(line.id, line.quantityMilli);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT l.contract_line_id, SUM(CASE WHEN v.kind = 'invoice' THEN l.quantity_milli "
                             "ELSE -l.quantity_milli END) FROM invoice_lines l JOIN invoices v ON v.id = l.invoice_id "
                             "WHERE v.contract_id = ? AND v.status <> 'cancelled' AND v.deleted_at IS NULL AND "
                             "l.deleted_at IS NULL AND l.contract_line_id IS NOT NULL GROUP BY l.contract_line_id"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return left;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (left.contains(line))
            left[line] -= q.value(1).toLongLong();
    }
    return left;
}

WriteResult InvoiceService::fromContract(Database& db, const QString& contractId,
                                         const QList<InvoiceQuantity>& quantities, const QDate& issuedOn,
                                         const QDate& dueDate, QString* invoiceId, bool send)
{
    const QDate issued = issuedOn.isValid() ? issuedOn : db.clock().today();
    if (dueDate.isValid() && dueDate < issued)
        return WriteResult::failure(WriteResult::Invalid, tr("An invoice cannot be due before it is issued."));
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, customer_id, currency, owner_id FROM contracts "
                                 "WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(contractId);
        if (!q.exec())
            return readFailure(q);
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
        const QString status = q.value(0).toString();
        if (status != QLatin1String("signed") && status != QLatin1String("in_delivery") &&
            status != QLatin1String("completed"))
            return WriteResult::failure(WriteResult::Invalid, tr("Only a signed contract is invoiced."));
        QVariantHash values{
            {QStringLiteral("kind"), QStringLiteral("invoice")},
            {QStringLiteral("contract_id"), contractId},
            {QStringLiteral("customer_id"), q.value(1)},
            {QStringLiteral("currency"), q.value(2)},
            {QStringLiteral("owner_id"), q.value(3).isNull() ? QVariant(db.currentUserId()) : q.value(3)},
            {QStringLiteral("status"), send ? QStringLiteral("sent") : QStringLiteral("draft")},
            {QStringLiteral("issued_on"), issued},
            {QStringLiteral("due_date"), dueDate}};
        q.finish();
        QString error;
        const QList<DocumentLine> contractLines = DocumentLines::load(
            db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), contractId, &error);
        const QHash<QString, qint64> left = uninvoiced(db, contractId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        QHash<QString, qint64> wanted;
        for (const InvoiceQuantity& quantity : quantities)
            wanted[quantity.lineId] += quantity.quantityMilli;
        QList<DocumentLine> lines;
        for (const DocumentLine& source : contractLines) {
            const qint64 remaining = left.value(source.id);
            const qint64 quantity = quantities.isEmpty() ? remaining : wanted.take(source.id);
            if (quantity <= 0)
                continue;
            if (quantity > remaining)
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("“%1”: only %2 are left to invoice.")
                                                .arg(source.description, DocumentTotals::quantityText(remaining)));
            DocumentLine line = source;
            line.id.clear();
            line.sourceLineId = source.id;
            line.quantityMilli = quantity;
            line.discountValue = discountShare(source, quantity, source.quantityMilli);
            lines << line;
        }
        if (!wanted.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("A line to invoice is not one of the contract's."));
        if (lines.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("Everything on this contract is invoiced already."));
        const DocumentTotals::Result totals = DocumentLines::totals(lines);
        if (!totals.ok())
            return WriteResult::failure(WriteResult::Invalid, tr("The invoice's lines do not add up."));
        QString number;
        const WriteResult numbered = DocumentNumbering::next(writer, QStringLiteral("invoice"), issued, &number);
        if (!numbered.ok())
            return numbered;
        values.insert(QStringLiteral("number"), number);
        const QVariantHash totalColumns = DocumentLines::totalColumns(totals);
        for (auto it = totalColumns.cbegin(); it != totalColumns.cend(); ++it)
            values.insert(it.key(), it.value());
        const WriteResult inserted = writer.insert(kInvoices, values);
        if (!inserted.ok())
            return inserted;
        const WriteResult written =
            DocumentLines::replace(writer, kLines, kInvoiceId, inserted.id, lines, kContractLineId);
        if (!written.ok())
            return written;
        const WriteResult contract = PaymentCollection::refreshContract(writer, contractId);
        return contract.ok() ? inserted : contract;
    });
    if (result.ok() && invoiceId)
        *invoiceId = result.id;
    return result;
}

WriteResult InvoiceService::send(Database& db, const QString& invoiceId)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        InvoiceDocument invoice;
        QString error;
        if (!load(db, invoiceId, &invoice, &error))
            return WriteResult::failure(WriteResult::NotFound, error);
        if (invoice.status != QLatin1String("draft"))
            return WriteResult::failure(WriteResult::Invalid, tr("Only a draft is sent."));
        return writer.update(kInvoices, invoiceId, invoice.version,
                             {{QStringLiteral("status"), QStringLiteral("sent")}});
    });
}

WriteResult InvoiceService::cancel(Database& db, const QString& invoiceId)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        InvoiceDocument invoice;
        QString error;
        if (!load(db, invoiceId, &invoice, &error))
            return WriteResult::failure(WriteResult::NotFound, error);
        if (invoice.status != QLatin1String("draft"))
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("A sent invoice is not cancelled or changed; issue a credit note instead."));
        const WriteResult updated = writer.update(kInvoices, invoiceId, invoice.version,
                                                  {{QStringLiteral("status"), QStringLiteral("cancelled")}});
        if (!updated.ok())
            return updated;
        const WriteResult contract = PaymentCollection::refreshContract(writer, invoice.contractId);
        return contract.ok() ? updated : contract;
    });
}

WriteResult InvoiceService::creditNote(Database& db, const QString& invoiceId, const QList<InvoiceQuantity>& quantities,
                                       const QDate& issuedOn, const QString& reason, QString* creditNoteId)
{
    const QDate issued = issuedOn.isValid() ? issuedOn : db.clock().today();
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        InvoiceDocument invoice;
        QString error;
        if (!load(db, invoiceId, &invoice, &error))
            return WriteResult::failure(WriteResult::NotFound, error);
        if (invoice.isCreditNote() || invoice.status != QLatin1String("sent"))
            return WriteResult::failure(WriteResult::Invalid, tr("Only a sent invoice gets a credit note."));
        // What earlier credit notes took of each line (one invoice line per contract line).
        QHash<QString, qint64> credited;
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT l.contract_line_id, SUM(l.quantity_milli) FROM invoice_lines l JOIN invoices v "
                           "ON v.id = l.invoice_id WHERE v.credited_invoice_id = ? AND v.deleted_at IS NULL AND "
                           "v.status <> 'cancelled' AND l.deleted_at IS NULL GROUP BY l.contract_line_id"));
        q.addBindValue(invoiceId);
        if (!q.exec())
            return readFailure(q);
        while (q.next())
            credited.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        QHash<QString, qint64> wanted;
        for (const InvoiceQuantity& quantity : quantities)
            wanted[quantity.lineId] += quantity.quantityMilli;
        QList<DocumentLine> lines;
        for (const DocumentLine& source : std::as_const(invoice.lines)) {
            const qint64 remaining = source.quantityMilli - credited.value(source.sourceLineId);
            const qint64 quantity = quantities.isEmpty() ? remaining : wanted.take(source.id);
            if (quantity <= 0)
                continue;
            if (quantity > remaining)
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("“%1”: only %2 are left to credit.")
                                                .arg(source.description, DocumentTotals::quantityText(remaining)));
            DocumentLine line = source;
            line.id.clear();
            line.quantityMilli = quantity;
            line.discountValue = discountShare(source, quantity, source.quantityMilli);
            lines << line;
        }
        if (!wanted.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("A line to credit is not one of the invoice's."));
        if (lines.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("Nothing is left to credit on this invoice."));
        const DocumentTotals::Result totals = DocumentLines::totals(lines);
        if (!totals.ok())
            return WriteResult::failure(WriteResult::Invalid, tr("The credit note's lines do not add up."));
        if (totals.totalMinor > invoice.outstandingMinor())
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("A credit note offsets what is still unpaid on the invoice; more than that "
                                           "was asked."));
        QString number;
        const WriteResult numbered = DocumentNumbering::next(writer, QStringLiteral("credit_note"), issued, &number);
        if (!numbered.ok())
            return numbered;
        QVariantHash values = DocumentLines::totalColumns(totals);
        values.insert(QStringLiteral("number"), number);
        values.insert(QStringLiteral("kind"), QStringLiteral("credit_note"));
        values.insert(QStringLiteral("contract_id"), invoice.contractId);
        values.insert(QStringLiteral("customer_id"), invoice.customerId);
        values.insert(QStringLiteral("credited_invoice_id"), invoiceId);
        values.insert(QStringLiteral("currency"), invoice.currency);
        values.insert(QStringLiteral("status"), QStringLiteral("sent"));
        values.insert(QStringLiteral("issued_on"), issued);
        values.insert(QStringLiteral("notes"), reason.isEmpty() ? QVariant() : QVariant(reason));
        values.insert(QStringLiteral("owner_id"),
                      db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
        const WriteResult inserted = writer.insert(kInvoices, values);
        if (!inserted.ok())
            return inserted;
        const WriteResult written =
            DocumentLines::replace(writer, kLines, kInvoiceId, inserted.id, lines, kContractLineId);
        if (!written.ok())
            return written;
        const WriteResult offset =
            writer.update(kInvoices, invoiceId, invoice.version,
                          {{QStringLiteral("credited_minor"), invoice.creditedMinor + totals.totalMinor}});
        if (!offset.ok())
            return offset;
        const WriteResult contract = PaymentCollection::refreshContract(writer, invoice.contractId);
        return contract.ok() ? inserted : contract;
    });
    if (result.ok() && creditNoteId)
        *creditNoteId = result.id;
    return result;
}
