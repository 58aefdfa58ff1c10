#pragma once

#include "DocumentLines.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// An invoice or credit note as the contract page, the printer, the CLI and the tests see it.
struct InvoiceDocument
{
    QString id;
    int version = 0;
    QString number;
    QString kind = QStringLiteral("invoice"); // or "credit_note"
    QString contractId;
    QString contractNumber; // read only
    QString customerId;
    QString customerName; // read only
    QString creditedInvoiceId;
    QString currency;
    QString status = QStringLiteral("draft");
    QDate issuedOn;
    QDate dueDate;
    QString notes;
    qint64 totalMinor = 0;
    qint64 paidMinor = 0;
    qint64 creditedMinor = 0;
    QList<DocumentLine> lines;

    bool isCreditNote() const { return kind == QLatin1String("credit_note"); }
    // What is still to be paid on an invoice (0 for a credit note).
    qint64 outstandingMinor() const { return isCreditNote() ? 0 : totalMinor - creditedMinor - paidMinor; }
    DocumentTotals::Result totals() const { return DocumentLines::totals(lines); }
};

// How much of one contract (or invoice) line a new invoice (or credit note) takes.
struct InvoiceQuantity
{
    QString lineId; // contract line for an invoice; invoice line for a credit note
    qint64 quantityMilli = 0;
};

// Invoices per contract, each action one transaction through RecordWriter:
// - fromContract bills some or all of what is not yet invoiced of the contract's lines (partial invoicing); the lines
//   keep the contract's prices, tax and percent discounts (an amount discount is shared in proportion to the
//   quantity, rounded half up); numbered from the 'invoice' sequence (DocumentNumbering) when it is made;
// - a draft may be sent or cancelled; a sent invoice is never edited: a credit note (numbered from 'credit_note')
//   offsets part or all of what is still unpaid on it, line by line, and the quantities credited may be invoiced
//   again;
// - the contract's invoiced and credited sums are kept in the same write (PaymentCollection::refreshContract).
class InvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    InvoiceService() = delete;

    static bool load(Database& db, const QString& id, InvoiceDocument* invoice, QString* error = nullptr);
    // A contract's invoices and credit notes (headers only), by date of issue.
    static QList<InvoiceDocument> forContract(Database& db, const QString& contractId, QString* error = nullptr);
    // Contract line id → quantity not yet invoiced (invoices not cancelled, less what credit notes gave back).
    static QHash<QString, qint64> uninvoiced(Database& db, const QString& contractId, QString* error = nullptr);

    // A draft invoice for `quantities` (everything not yet invoiced when empty); with `send` it is sent at once.
    static WriteResult fromContract(Database& db, const QString& contractId, const QList<InvoiceQuantity>& quantities,
                                    const QDate& issuedOn, const QDate& dueDate, QString* invoiceId = nullptr,
                                    bool send = false);
    static WriteResult send(Database& db, const QString& invoiceId);
    static WriteResult cancel(Database& db, const QString& invoiceId);
    // A credit note against a sent invoice, for `quantities` of its lines (all of them when empty); sent at once.
    static WriteResult creditNote(Database& db, const QString& invoiceId, const QList<InvoiceQuantity>& quantities,
                                  const QDate& issuedOn, const QString& reason, QString* creditNoteId = nullptr);

    static QString statusText(const QString& status);
    static QString kindText(const QString& kind);
};
