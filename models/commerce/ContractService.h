#pragma once

#include "DocumentLines.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// A contract or order as the contracts page, the CLI and the tests see it.
struct ContractDocument
{
    QString id;
    int version = 0;
    QString number;
    QString quoteId;
    QString customerId;
    QString customerName; // read only
    QString contactId;
    QString opportunityId;
    QString title;
    QString currency;
    QString status = QStringLiteral("draft");
    QString signatory;
    QDate signedOn;
    QDate startDate;
    QDate endDate;
    QString terms;
    QString notes;
    QString ownerId;
    qint64 totalMinor = 0; // as stored
    QList<DocumentLine> lines;

    DocumentTotals::Result totals() const { return DocumentLines::totals(lines); }
};

// How a contract is signed (ContractService::setStatus to "signed").
struct ContractSignOptions
{
    QDate signedOn; // today when invalid
    bool markOpportunityWon = false;
};

// The rules of contracts, each one transaction through RecordWriter:
// - fromQuote: an accepted, current quote becomes a draft contract in one step: header and lines copied, totals as
//   the quote's, the number taken from the 'contract' sequence (DocumentNumbering); one live contract per quote.
// - status: draft → under approval → signed → in delivery → completed; draft, under approval and signed may be
//   cancelled. Signing records the day (today unless given) and, when the caller says the user confirmed, marks the
//   quote's opportunity won with the contract's total and currency (stage history written as a board move does).
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    ContractService() = delete;

    static bool load(Database& db, const QString& id, ContractDocument* contract, QString* error);
    static WriteResult fromQuote(Database& db, const QString& quoteId, QString* contractId);
    // Header fields a user edits (signatory, dates, terms, notes, title) of a draft or one under approval.
    static WriteResult saveHeader(Database& db, const ContractDocument& contract);

    using SignOptions = ContractSignOptions;
    static WriteResult setStatus(Database& db, const QString& contractId, const QString& status,
                                 const SignOptions& sign = {});
    // The opportunity a signature could mark won (empty when none, or it is already won).
    static QString openOpportunityOf(Database& db, const QString& contractId);

    static QString statusText(const QString& status);
    // The statuses a contract in `status` may move to next, in the order offered.
    static QStringList nextStatuses(const QString& status);
};
