#pragma once

#include "PaymentTerms.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class RecordWriter;

// One instalment of a contract's payment plan as stored, with what has been paid on it.
struct PaymentInstalment
{
    QString id;
    int version = 0;
    int position = 0;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0;
    QString condition;
    qint64 outstandingMinor() const { return amountMinor - paidMinor; }
};

// Money received from a customer (in one currency; never converted).
struct PaymentReceipt
{
    QString id;
    QString customerId;
    QString contractId; // optional: the contract it was paid for
    QString currency;
    QDate receivedOn;
    qint64 amountMinor = 0;
    qint64 allocatedMinor = 0; // read only; the rest is the customer's credit
    QString method = QStringLiteral("bank_transfer");
    QString account;
    QString handledById;
    QString reference;
    QString notes;
    qint64 unallocatedMinor() const { return amountMinor - allocatedMinor; }
};

// A piece of a receipt for an instalment or an invoice.
struct PaymentAllocation
{
    QString instalmentId;
    QString invoiceId;
    qint64 amountMinor = 0;
};

// What a contract has planned, invoiced, credited and been paid, as stored on the contract.
struct ContractBalance
{
    QString currency;
    qint64 totalMinor = 0;
    qint64 plannedMinor = 0;
    qint64 invoicedMinor = 0;
    qint64 creditedMinor = 0; // credit notes issued against its invoices
    qint64 paidMinor = 0;
    // What the customer still owes: the total less credit notes and what was paid (never below 0).
    qint64 outstandingMinor() const { return qMax<qint64>(0, totalMinor - creditedMinor - paidMinor); }
};

// Payment collection (回款) per contract, each action one transaction through RecordWriter:
// - a plan of instalments, from payment terms (PaymentTerms::plan) or as typed; it adds up to what the contract is
//   worth (total less credit notes), and is replaced only while nothing has been paid on it;
// - receipts, allocated to instalments (oldest due first unless the caller says where) or to an invoice; money
//   paid against an invoice also settles the contract's open instalments, oldest first, so a piece of money counts
//   once. What is not allocated (an over-payment) stays the customer's credit in that currency, used later by
//   applyCredit. One receipt may settle several instalments, of several contracts of the customer;
// - the stored sums (instalment and invoice paid_minor, receipt allocated_minor, contract paid_minor) change in the
//   same write; DocumentCheck recomputes them.
class PaymentCollection
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCollection)

public:
    PaymentCollection() = delete;

    static QList<PaymentInstalment> plan(Database& db, const QString& contractId, QString* error = nullptr);
    static WriteResult setPlan(Database& db, const QString& contractId, const QList<PlannedInstalment>& instalments);
    // The plan from payment terms, starting at `start` (the contract's signing day, else today, when invalid).
    static WriteResult planFromTerms(Database& db, const QString& contractId, const QString& termId,
                                     const QDate& start = {});

    // Records a receipt and allocates it: to `allocations` when given, else automatically (its contract's open
    // instalments, or without a contract the customer's open instalments in its currency, oldest due first).
    static WriteResult recordReceipt(Database& db, const PaymentReceipt& receipt,
                                     const QList<PaymentAllocation>& allocations = {}, QString* receiptId = nullptr);
    // The customer's unallocated money in `currency` settles their open instalments, oldest due first.
    static WriteResult applyCredit(Database& db, const QString& customerId, const QString& currency);
    static qint64 customerCredit(Database& db, const QString& customerId, const QString& currency);

    static bool balance(Database& db, const QString& contractId, ContractBalance* balance, QString* error = nullptr);
    // The contract an instalment belongs to (empty when it is gone).
    static QString contractOfInstalment(Database& db, const QString& instalmentId);
    static QList<PaymentReceipt> receipts(Database& db, const QString& contractId, QString* error = nullptr);

    // Inside the caller's write: one allocation of a receipt (checks currency and what is left on both sides).
    static WriteResult allocate(RecordWriter& writer, const QString& receiptId, const PaymentAllocation& allocation);
    // Inside the caller's write: money of a receipt paying an invoice settles the contract's open instalments (oldest
    // due first, each piece naming the invoice too) and the rest goes to the invoice alone.
    static WriteResult payInvoice(RecordWriter& writer, const QString& receiptId, const QString& invoiceId,
                                  qint64 amountMinor);
    // Inside the caller's write: a contract's stored paid/invoiced/credited sums from its rows.
    static WriteResult refreshContract(RecordWriter& writer, const QString& contractId);

    static QStringList methods();
    static QString methodText(const QString& method);
};
