#include "QuoteService.h"

#include "Database.h"
#include "DocumentNumbering.h"
#include "FieldValidator.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kQuotes = QStringLiteral("quotes");
const QString kLines = QStringLiteral("quote_lines");
const QString kQuoteId = QStringLiteral("quote_id");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

WriteResult queryFailure(const QSqlQuery& q)
{
    return WriteResult::failure(WriteResult::Failed,
                                QuoteService::tr("The database could not be read: %1").arg(q.lastError().text()));
}

// The quote's status, superseded_by_id and version as they are now, read inside the caller's write.
struct QuoteState
{
    QString status;
    QString supersededBy;
    QString ownerId;
    int version = 0;
    int maxDiscountBp = 0;
    bool found = false;
};

QuoteState stateOf(Database& db, const QString& id)
{
    QuoteState state;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, superseded_by_id, version, owner_id, max_discount_bp FROM quotes "
                             "WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        state.status = q.value(0).toString();
        state.supersededBy = q.value(1).toString();
        state.version = q.value(2).toInt();
        state.ownerId = q.value(3).toString();
        state.maxDiscountBp = q.value(4).toInt();
        state.found = true;
    }
    return state;
}

bool approvedAtLeast(Database& db, const QString& quoteId, int discountBp)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM quote_approvals WHERE quote_id = ? AND status = 'approved' AND "
                             "discount_bp >= ? AND deleted_at IS NULL"));
    q.addBindValue(quoteId);
    q.addBindValue(discountBp);
    return q.exec() && q.next();
}
} // namespace

QString QuoteService::statusText(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    return status;
}

bool QuoteService::load(Database& db, const QString& id, QuoteDocument* quote, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT q.id, q.version, q.number, q.revision, q.customer_id, c.name, q.contact_id, "
                             "q.opportunity_id, q.title, q.currency, q.status, q.issued_on, q.valid_until, q.terms, "
                             "q.notes, q.owner_id, q.previous_id, q.superseded_by_id FROM quotes q "
                             "JOIN customers c ON c.id = q.customer_id WHERE q.id = ? AND q.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("The quote could not be read: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("This quote no longer exists.");
        return false;
    }
    QuoteDocument d;
    d.id = q.value(0).toString();
    d.version = q.value(1).toInt();
    d.number = q.value(2).toString();
    d.revision = q.value(3).toInt();
    d.customerId = q.value(4).toString();
    d.customerName = q.value(5).toString();
    d.contactId = q.value(6).toString();
    d.opportunityId = q.value(7).toString();
    d.title = q.value(8).toString();
    d.currency = q.value(9).toString();
    d.status = q.value(10).toString();
    d.issuedOn = SqlValues::toDate(q.value(11));
    d.validUntil = SqlValues::toDate(q.value(12));
    d.terms = q.value(13).toString();
    d.notes = q.value(14).toString();
    d.ownerId = q.value(15).toString();
    d.previousId = q.value(16).toString();
    d.supersededById = q.value(17).toString();
    q.finish();
    QString linesError;
    d.lines = DocumentLines::load(db, kLines, kQuoteId, d.id, &linesError);
    if (!linesError.isEmpty()) {
        if (error)
            *error = linesError;
        return false;
    }
    *quote = d;
    return true;
}

QuoteDocument QuoteService::forCustomer(Database& db, const QString& customerId)
{
    QuoteDocument d;
    d.customerId = customerId;
    d.ownerId = db.currentUserId();
    d.issuedOn = db.clock().today();
    d.validUntil = d.issuedOn.addDays(kDefaultValidityDays);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        d.customerName = q.value(0).toString();
    return d;
}

QuoteDocument QuoteService::forOpportunity(Database& db, const QString& opportunityId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT customer_id, contact_id, currency, name FROM opportunities WHERE id = ?"));
    q.addBindValue(opportunityId);
    if (!q.exec() || !q.next())
        return {};
    QuoteDocument d = forCustomer(db, q.value(0).toString());
    d.contactId = q.value(1).toString();
    d.currency = q.value(2).toString();
    d.title = q.value(3).toString();
    d.opportunityId = opportunityId;
    return d;
}

QList<QPair<QString, QString>> QuoteService::opportunitiesOf(Database& db, const QString& customerId)
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM opportunities WHERE customer_id = ? AND deleted_at IS NULL "
                             "ORDER BY created_at DESC, id"));
    q.addBindValue(customerId);
    if (q.exec())
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

WriteResult QuoteService::save(Database& db, QuoteDocument* quote)
{
    WriteResult invalid = WriteResult::failure(WriteResult::Invalid, tr("Please correct the marked fields."));
    if (quote->customerId.isEmpty())
        invalid.fieldErrors.insert(QStringLiteral("customer_id"), tr("Choose the customer the quote is for."));
    const QString currency = FieldValidator::currency(quote->currency);
    if (!currency.isEmpty())
        invalid.fieldErrors.insert(QStringLiteral("currency"), currency);
    if (quote->issuedOn.isValid() && quote->validUntil.isValid() && quote->validUntil < quote->issuedOn)
        invalid.fieldErrors.insert(QStringLiteral("valid_until"), tr("The quote cannot end before it is issued."));
    for (int i = 0; i < quote->lines.size(); ++i) {
        if (quote->lines.at(i).description.trimmed().isEmpty()) {
            invalid.fieldErrors.insert(QStringLiteral("lines"), tr("Line %1 needs a description.").arg(i + 1));
            break;
        }
    }
    const DocumentTotals::Result totals = quote->totals();
    if (!totals.ok() && !invalid.fieldErrors.contains(QStringLiteral("lines")))
        invalid.fieldErrors.insert(
            QStringLiteral("lines"),
            tr("Line %1: %2").arg(totals.firstError + 1).arg(totals.lines.at(totals.firstError).error));
    if (!invalid.fieldErrors.isEmpty())
        return invalid;

    QuoteDocument draft = *quote;
    if (!draft.issuedOn.isValid())
        draft.issuedOn = db.clock().today();
    if (!draft.validUntil.isValid())
        draft.validUntil = draft.issuedOn.addDays(kDefaultValidityDays);
    if (draft.ownerId.isEmpty())
        draft.ownerId = db.currentUserId();
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QVariantHash values = DocumentLines::totalColumns(totals);
        values.insert(QStringLiteral("max_discount_bp"), totals.maxDiscountBp);
        values.insert(QStringLiteral("customer_id"), draft.customerId);
        values.insert(QStringLiteral("contact_id"), orNull(draft.contactId));
        values.insert(QStringLiteral("opportunity_id"), orNull(draft.opportunityId));
        values.insert(QStringLiteral("title"), orNull(draft.title.trimmed()));
        values.insert(QStringLiteral("currency"), draft.currency);
        values.insert(QStringLiteral("issued_on"), draft.issuedOn);
        values.insert(QStringLiteral("valid_until"), draft.validUntil);
        values.insert(QStringLiteral("terms"), orNull(draft.terms));
        values.insert(QStringLiteral("notes"), orNull(draft.notes));
        values.insert(QStringLiteral("owner_id"), orNull(draft.ownerId));
        WriteResult header;
        if (draft.id.isEmpty()) {
            QString number;
            WriteResult numbered = DocumentNumbering::next(writer, QStringLiteral("quote"), draft.issuedOn, &number);
            if (!numbered.ok())
                return numbered;
            values.insert(QStringLiteral("number"), number);
            values.insert(QStringLiteral("revision"), 1);
            values.insert(QStringLiteral("status"), QStringLiteral("draft"));
            header = writer.insert(kQuotes, values);
            draft.number = number;
        } else {
            const QuoteState state = stateOf(db, draft.id);
            if (state.found && (state.status != QLatin1String("draft") || !state.supersededBy.isEmpty()))
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("Only a draft quote can be changed. Revise it to make a new version."));
            header = writer.update(kQuotes, draft.id, draft.version, values);
        }
        if (!header.ok())
            return header;
        const WriteResult lines = DocumentLines::replace(writer, kLines, kQuoteId, header.id, draft.lines);
        if (!lines.ok())
            return lines;
        return header;
    });
    if (result.ok()) {
        quote->id = result.id;
        quote->version = result.version;
        quote->number = draft.number;
        quote->issuedOn = draft.issuedOn;
        quote->validUntil = draft.validUntil;
        quote->ownerId = draft.ownerId;
    }
    return result;
}

WriteResult QuoteService::setStatus(Database& db, const QString& quoteId, const QString& status)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        const QuoteState state = stateOf(db, quoteId);
        if (!state.found)
            return WriteResult::failure(WriteResult::NotFound, tr("This quote no longer exists."));
        if (!state.supersededBy.isEmpty())
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("This version of the quote was revised; change the newest version."));
        const QString from = state.status;
        const bool allowed = (from == QLatin1String("draft") && status == QLatin1String("sent")) ||
                             (from == QLatin1String("sent") &&
                              (status == QLatin1String("accepted") || status == QLatin1String("rejected") ||
                               status == QLatin1String("expired")));
        if (!allowed)
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("A quote that is %1 cannot become %2.")
                                            .arg(statusText(from).toLower(), statusText(status).toLower()));
        if (status == QLatin1String("sent")) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM quote_lines WHERE quote_id = ? AND deleted_at IS NULL"));
            q.addBindValue(quoteId);
            if (!q.exec() || !q.next())
                return queryFailure(q);
            if (q.value(0).toInt() == 0)
                return WriteResult::failure(WriteResult::Invalid, tr("A quote without lines cannot be sent."));
            const int limit = discountLimit(db, roleOf(db, state.ownerId));
            if (state.maxDiscountBp > limit && !approvedAtLeast(db, quoteId, state.maxDiscountBp))
                return WriteResult::failure(
                    WriteResult::Invalid,
                    tr("A discount of %1% is above the limit of %2%: a team lead must approve it before the quote "
                       "is sent.")
                        .arg(DocumentTotals::percentText(state.maxDiscountBp), DocumentTotals::percentText(limit)));
        }
        return writer.update(kQuotes, quoteId, state.version, {{QStringLiteral("status"), status}});
    });
}

WriteResult QuoteService::revise(Database& db, const QString& quoteId, QString* newId)
{
    QuoteDocument old;
    QString error;
    if (!load(db, quoteId, &old, &error))
        return WriteResult::failure(WriteResult::NotFound, error);
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        const QuoteState state = stateOf(db, quoteId);
        if (!state.supersededBy.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("This version of the quote was already revised."));
        if (state.status == QLatin1String("draft") || state.status == QLatin1String("accepted"))
            return WriteResult::failure(WriteResult::Invalid,
                                        state.status == QLatin1String("draft")
                                            ? tr("A draft can be changed as it is; it needs no new version.")
                                            : tr("An accepted quote is not revised: make a contract from it."));
        const DocumentTotals::Result totals = old.totals();
        QVariantHash values = DocumentLines::totalColumns(totals);
        const QDate today = db.clock().today();
        values.insert(QStringLiteral("max_discount_bp"), totals.maxDiscountBp);
        values.insert(QStringLiteral("number"), old.number);
        values.insert(QStringLiteral("revision"), old.revision + 1);
        values.insert(QStringLiteral("customer_id"), old.customerId);
        values.insert(QStringLiteral("contact_id"), orNull(old.contactId));
        values.insert(QStringLiteral("opportunity_id"), orNull(old.opportunityId));
        values.insert(QStringLiteral("title"), orNull(old.title));
        values.insert(QStringLiteral("currency"), old.currency);
        values.insert(QStringLiteral("status"), QStringLiteral("draft"));
        values.insert(QStringLiteral("issued_on"), today);
        values.insert(QStringLiteral("valid_until"), today.addDays(kDefaultValidityDays));
        values.insert(QStringLiteral("terms"), orNull(old.terms));
        values.insert(QStringLiteral("notes"), orNull(old.notes));
        values.insert(QStringLiteral("owner_id"), orNull(old.ownerId));
        values.insert(QStringLiteral("previous_id"), quoteId);
        const WriteResult inserted = writer.insert(kQuotes, values);
        if (!inserted.ok())
            return inserted;
        const WriteResult lines = DocumentLines::replace(writer, kLines, kQuoteId, inserted.id, old.lines);
        if (!lines.ok())
            return lines;
        const WriteResult superseded =
            writer.update(kQuotes, quoteId, state.version, {{QStringLiteral("superseded_by_id"), inserted.id}});
        if (!superseded.ok())
            return superseded;
        return inserted;
    });
    if (result.ok() && newId)
        *newId = result.id;
    return result;
}

WriteResult QuoteService::expireOverdue(Database& db)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        return writer.updateWhere(kQuotes, {{QStringLiteral("status"), QStringLiteral("expired")}},
                                  QStringLiteral("status = 'sent' AND superseded_by_id IS NULL AND "
                                                 "deleted_at IS NULL AND valid_until < ?"),
                                  {db.clock().today()});
    });
}

int QuoteService::discountLimit(Database& db, const QString& role)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT max_discount_bp FROM discount_limits WHERE role = ? AND deleted_at IS NULL"));
    q.addBindValue(role.isEmpty() ? QStringLiteral("rep") : role);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString QuoteService::roleOf(Database& db, const QString& userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("rep");
}

bool QuoteService::needsApproval(Database& db, const QString& quoteId, QString* error)
{
    const QuoteState state = stateOf(db, quoteId);
    if (!state.found) {
        if (error)
            *error = tr("This quote no longer exists.");
        return false;
    }
    return state.maxDiscountBp > discountLimit(db, roleOf(db, state.ownerId)) &&
           !approvedAtLeast(db, quoteId, state.maxDiscountBp);
}

WriteResult QuoteService::requestApproval(Database& db, const QString& quoteId, const QString& note)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        const QuoteState state = stateOf(db, quoteId);
        if (!state.found)
            return WriteResult::failure(WriteResult::NotFound, tr("This quote no longer exists."));
        const int limit = discountLimit(db, roleOf(db, state.ownerId));
        if (state.maxDiscountBp <= limit)
            return WriteResult::failure(WriteResult::Invalid, tr("The quote's discounts are within the limit of %1%; "
                                                                 "no approval is needed.")
                                                                  .arg(DocumentTotals::percentText(limit)));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM quote_approvals WHERE quote_id = ? AND status = 'pending' AND "
                                 "deleted_at IS NULL"));
        q.addBindValue(quoteId);
        if (!q.exec())
            return queryFailure(q);
        if (q.next())
            return WriteResult::failure(WriteResult::Invalid, tr("An approval for this quote is already asked for."));
        return writer.insert(QStringLiteral("quote_approvals"),
                             {{kQuoteId, quoteId},
                              {QStringLiteral("discount_bp"), state.maxDiscountBp},
                              {QStringLiteral("limit_bp"), limit},
                              {QStringLiteral("status"), QStringLiteral("pending")},
                              {QStringLiteral("requested_by"), orNull(db.currentUserId())},
                              {QStringLiteral("requested_at"), writer.now()},
                              {QStringLiteral("note"), orNull(note)}});
    });
}

WriteResult QuoteService::decideApproval(Database& db, const QString& approvalId, bool approve, const QString& note)
{
    const QString role = roleOf(db, db.currentUserId());
    if (role != QLatin1String("lead") && role != QLatin1String("admin"))
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("Only a team lead or an administrator can approve a discount."));
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, version, discount_bp FROM quote_approvals WHERE id = ? AND "
                                 "deleted_at IS NULL"));
        q.addBindValue(approvalId);
        if (!q.exec())
            return queryFailure(q);
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This approval request no longer exists."));
        if (q.value(0).toString() != QLatin1String("pending"))
            return WriteResult::failure(WriteResult::Invalid, tr("This request was already decided."));
        const int version = q.value(1).toInt();
        const int discount = q.value(2).toInt();
        if (approve && discount > discountLimit(db, role))
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("A discount of %1% is above your own limit; an administrator must approve "
                                           "it.")
                                            .arg(DocumentTotals::percentText(discount)));
        QVariantHash changes{
            {QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
            {QStringLiteral("decided_by"), db.currentUserId()},
            {QStringLiteral("decided_at"), writer.now()}};
        if (!note.isEmpty())
            changes.insert(QStringLiteral("note"), note);
        return writer.update(QStringLiteral("quote_approvals"), approvalId, version, changes);
    });
}

QList<QuoteApproval> QuoteService::approvals(Database& db, const QString& quoteId, bool pendingOnly)
{
    QList<QuoteApproval> list;
    QString sql = QStringLiteral(
        "SELECT a.id, a.quote_id, q.number, q.revision, c.name, a.discount_bp, a.limit_bp, a.status, r.display_name, "
        "a.requested_at, d.display_name, a.decided_at, a.note FROM quote_approvals a JOIN quotes q ON q.id = "
        "a.quote_id "
        "JOIN customers c ON c.id = q.customer_id LEFT JOIN users r ON r.id = a.requested_by "
        "LEFT JOIN users d ON d.id = a.decided_by WHERE a.deleted_at IS NULL");
    QVariantList binds;
    if (!quoteId.isEmpty()) {
        sql += QStringLiteral(" AND a.quote_id = ?");
        binds << quoteId;
    }
    if (pendingOnly)
        sql += QStringLiteral(" AND a.status = 'pending'");
    sql += QStringLiteral(" ORDER BY CASE WHEN a.status = 'pending' THEN 0 ELSE 1 END, a.requested_at DESC, a.id");
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        QuoteApproval a;
        a.id = q.value(0).toString();
        a.quoteId = q.value(1).toString();
        a.quoteNumber = q.value(2).toString();
        a.revision = q.value(3).toInt();
        a.customerName = q.value(4).toString();
        a.discountBp = q.value(5).toInt();
        a.limitBp = q.value(6).toInt();
        a.status = q.value(7).toString();
        a.requestedBy = q.value(8).toString();
        a.requestedAt = SqlValues::toDateTime(q.value(9));
        a.decidedBy = q.value(10).toString();
        a.decidedAt = SqlValues::toDateTime(q.value(11));
        a.note = q.value(12).toString();
        list << a;
    }
    return list;
}
