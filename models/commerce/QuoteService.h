#pragma once

#include "DocumentLines.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// A quote as the editor, the printed quote and the CLI see it: header, lines and the totals computed from them.
struct QuoteDocument
{
    QString id; // empty: not saved yet
    int version = 0;
    QString number; // given at the first save (DocumentNumbering)
    int revision = 1;
    QString customerId;
    QString customerName; // read only
    QString contactId;
    QString opportunityId;
    QString title;
    QString currency = QStringLiteral("CNY");
    QString status = QStringLiteral("draft");
    QDate issuedOn;
    QDate validUntil;
    QString terms;
    QString notes;
    QString ownerId;
    QString previousId;
    QString supersededById;
    QList<DocumentLine> lines;

    DocumentTotals::Result totals() const { return DocumentLines::totals(lines); }
    bool isEditable() const { return status == QLatin1String("draft") && supersededById.isEmpty(); }
};

// A discount request of a quote above its owner's limit (quote_approvals).
struct QuoteApproval
{
    QString id;
    QString quoteId;
    QString quoteNumber;
    int revision = 1;
    QString customerName;
    int discountBp = 0;
    int limitBp = 0;
    QString status; // pending, approved, rejected
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
};

// The rules of quotes, each one transaction through RecordWriter (errors returned, never shown):
// - save: a draft only; a new quote gets its number, issue date (today) and validity (30 days); lines replaced and
//   totals stored as DocumentTotals computes them.
// - status: draft → sent → accepted / rejected / expired (sent quotes past their validity expire through
//   expireOverdue()); a superseded revision changes no more.
// - revise: a sent, rejected or expired quote becomes read-only and a new draft revision (same number, revision + 1,
//   the lines copied) continues it.
// - approval: a line discount above the limit of the owner's role (discount_limits) needs a team lead's or
//   administrator's approval covering it before the quote can be sent; requests and decisions record who and when.
class QuoteService
{
    Q_DECLARE_TR_FUNCTIONS(QuoteService)

public:
    QuoteService() = delete;

    static constexpr int kDefaultValidityDays = 30;

    static bool load(Database& db, const QString& id, QuoteDocument* quote, QString* error);
    // A new draft for a customer, or for an opportunity (its customer, contact, currency and name).
    static QuoteDocument forCustomer(Database& db, const QString& customerId);
    static QuoteDocument forOpportunity(Database& db, const QString& opportunityId);
    // The customer's live opportunities a quote can belong to: (id, name), newest first.
    static QList<QPair<QString, QString>> opportunitiesOf(Database& db, const QString& customerId);
    // Inserts or updates (optimistically, quote->version) the quote and its lines. On success quote->id, number,
    // version are set.
    static WriteResult save(Database& db, QuoteDocument* quote);
    static WriteResult setStatus(Database& db, const QString& quoteId, const QString& status);
    static WriteResult revise(Database& db, const QString& quoteId, QString* newId);
    // Sent quotes whose validity ended before today become expired; result.affected counts them.
    static WriteResult expireOverdue(Database& db);

    // The largest discount (basis points) `role` may give alone.
    static int discountLimit(Database& db, const QString& role);
    static QString roleOf(Database& db, const QString& userId);
    // True when the quote's largest line discount is above its owner's limit and no approval covers it.
    static bool needsApproval(Database& db, const QString& quoteId, QString* error = nullptr);
    static WriteResult requestApproval(Database& db, const QString& quoteId, const QString& note = {});
    // By the current user, who must be a team lead or administrator.
    static WriteResult decideApproval(Database& db, const QString& approvalId, bool approve, const QString& note = {});
    // Pending requests first, newest first; all of one quote when quoteId is given.
    static QList<QuoteApproval> approvals(Database& db, const QString& quoteId = {}, bool pendingOnly = false);

    // The translated name of a status code.
    static QString statusText(const QString& status);
};
