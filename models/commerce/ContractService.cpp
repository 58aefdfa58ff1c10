#include "ContractService.h"

#include "Database.h"
#include "DocumentNumbering.h"
#include "PipelineService.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kContracts = QStringLiteral("contracts");
const QString kLines = QStringLiteral("contract_lines");
const QString kContractId = QStringLiteral("contract_id");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

QString ContractService::statusText(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("under_approval"))
        return tr("Under approval");
    if (status == QLatin1String("signed"))
        return tr("Signed");
    if (status == QLatin1String("in_delivery"))
        return tr("In delivery");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QStringList ContractService::nextStatuses(const QString& status)
{
    const QString cancelled = QStringLiteral("cancelled");
    if (status == QLatin1String("draft"))
        return {QStringLiteral("under_approval"), QStringLiteral("signed"), cancelled};
    if (status == QLatin1String("under_approval"))
        return {QStringLiteral("signed"), QStringLiteral("draft"), cancelled};
    if (status == QLatin1String("signed"))
        return {QStringLiteral("in_delivery"), cancelled};
    if (status == QLatin1String("in_delivery"))
        return {QStringLiteral("completed")};
    return {};
}

bool ContractService::load(Database& db, const QString& id, ContractDocument* contract, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT k.id, k.version, k.number, k.quote_id, k.customer_id, c.name, k.contact_id, "
                             "k.opportunity_id, k.title, k.currency, k.status, k.signatory, k.signed_on, k.start_date, "
                             "k.end_date, k.terms, k.notes, k.owner_id, k.total_minor FROM contracts k "
                             "JOIN customers c ON c.id = k.customer_id WHERE k.id = ? AND k.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? tr("The contract could not be read: %1").arg(q.lastError().text())
                                             : tr("This contract no longer exists.");
        return false;
    }
    ContractDocument d;
    d.id = q.value(0).toString();
    d.version = q.value(1).toInt();
    d.number = q.value(2).toString();
    d.quoteId = q.value(3).toString();
    d.customerId = q.value(4).toString();
    d.customerName = q.value(5).toString();
    d.contactId = q.value(6).toString();
    d.opportunityId = q.value(7).toString();
    d.title = q.value(8).toString();
    d.currency = q.value(9).toString();
    d.status = q.value(10).toString();
    d.signatory = q.value(11).toString();
    d.signedOn = SqlValues::toDate(q.value(12));
    d.startDate = SqlValues::toDate(q.value(13));
    d.endDate = SqlValues::toDate(q.value(14));
    d.terms = q.value(15).toString();
    d.notes = q.value(16).toString();
    d.ownerId = q.value(17).toString();
    d.totalMinor = q.value(18).toLongLong();
    q.finish();
    QString linesError;
    d.lines = DocumentLines::load(db, kLines, kContractId, d.id, &linesError);
    if (!linesError.isEmpty()) {
        if (error)
            *error = linesError;
        return false;
    }
    *contract = d;
    return true;
}

WriteResult ContractService::fromQuote(Database& db, const QString& quoteId, QString* contractId)
{
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, superseded_by_id, customer_id, contact_id, opportunity_id, title, "
                                 "currency, terms, owner_id, number, revision FROM quotes "
                                 "WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(quoteId);
        if (!q.exec())
            return WriteResult::failure(WriteResult::Failed,
                                        tr("The quote could not be read: %1").arg(q.lastError().text()));
        if (!q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This quote no longer exists."));
        if (q.value(0).toString() != QLatin1String("accepted") || !q.value(1).isNull())
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("Only the current version of an accepted quote becomes a contract."));
        QVariantHash values{
            {QStringLiteral("quote_id"), quoteId},
            {QStringLiteral("customer_id"), q.value(2)},
            {QStringLiteral("contact_id"), q.value(3)},
            {QStringLiteral("opportunity_id"), q.value(4)},
            {QStringLiteral("title"), q.value(5)},
            {QStringLiteral("currency"), q.value(6)},
            {QStringLiteral("terms"), q.value(7)},
            {QStringLiteral("owner_id"), q.value(8).isNull() ? QVariant(db.currentUserId()) : q.value(8)},
            {QStringLiteral("status"), QStringLiteral("draft")}};
        q.finish();
        QSqlQuery existing(db.connection());
        existing.prepare(QStringLiteral("SELECT number FROM contracts WHERE quote_id = ? AND deleted_at IS NULL AND "
                                        "status <> 'cancelled'"));
        existing.addBindValue(quoteId);
        if (existing.exec() && existing.next())
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("This quote already became contract %1.").arg(existing.value(0).toString()));
        const QList<DocumentLine> lines =
            DocumentLines::load(db, QStringLiteral("quote_lines"), QStringLiteral("quote_id"), quoteId);
        const DocumentTotals::Result totals = DocumentLines::totals(lines);
        if (!totals.ok())
            return WriteResult::failure(WriteResult::Invalid, tr("The quote's lines do not add up."));
        QString number;
        const WriteResult numbered =
            DocumentNumbering::next(writer, QStringLiteral("contract"), db.clock().today(), &number);
        if (!numbered.ok())
            return numbered;
        values.insert(QStringLiteral("number"), number);
        const QVariantHash totalColumns = DocumentLines::totalColumns(totals);
        for (auto it = totalColumns.cbegin(); it != totalColumns.cend(); ++it)
            values.insert(it.key(), it.value());
        const WriteResult inserted = writer.insert(kContracts, values);
        if (!inserted.ok())
            return inserted;
        const WriteResult copied = DocumentLines::replace(writer, kLines, kContractId, inserted.id, lines);
        if (!copied.ok())
            return copied;
        return inserted;
    });
    if (result.ok() && contractId)
        *contractId = result.id;
    return result;
}

WriteResult ContractService::saveHeader(Database& db, const ContractDocument& contract)
{
    if (contract.startDate.isValid() && contract.endDate.isValid() && contract.endDate < contract.startDate) {
        WriteResult invalid = WriteResult::failure(WriteResult::Invalid, tr("Please correct the marked fields."));
        invalid.fieldErrors.insert(QStringLiteral("end_date"), tr("The contract cannot end before it starts."));
        return invalid;
    }
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        return writer.update(kContracts, contract.id, contract.version,
                             {{QStringLiteral("title"), orNull(contract.title)},
                              {QStringLiteral("signatory"), orNull(contract.signatory)},
                              {QStringLiteral("start_date"), contract.startDate},
                              {QStringLiteral("end_date"), contract.endDate},
                              {QStringLiteral("terms"), orNull(contract.terms)},
                              {QStringLiteral("notes"), orNull(contract.notes)}});
    });
}

QString ContractService::openOpportunityOf(Database& db, const QString& contractId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT o.id FROM contracts k JOIN opportunities o ON o.id = k.opportunity_id "
                             "JOIN pipeline_stages s ON s.id = o.stage_id WHERE k.id = ? AND o.deleted_at IS NULL "
                             "AND NOT s.is_won"));
    q.addBindValue(contractId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

WriteResult ContractService::setStatus(Database& db, const QString& contractId, const QString& status,
                                       const SignOptions& sign)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, version, opportunity_id, total_minor, currency FROM contracts "
                                 "WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(contractId);
        if (!q.exec() || !q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
        const QString from = q.value(0).toString();
        const int version = q.value(1).toInt();
        const QString opportunityId = q.value(2).toString();
        const qint64 total = q.value(3).toLongLong();
        const QString currency = q.value(4).toString();
        q.finish();
        if (!nextStatuses(from).contains(status))
            return WriteResult::failure(
                WriteResult::Invalid,
                tr("A contract that is %1 cannot become %2.").arg(statusText(from), statusText(status)));
        QVariantHash changes{{QStringLiteral("status"), status}};
        const bool signing = status == QLatin1String("signed");
        if (signing)
            changes.insert(QStringLiteral("signed_on"), sign.signedOn.isValid() ? sign.signedOn : db.clock().today());
        const WriteResult updated = writer.update(kContracts, contractId, version, changes);
        if (!updated.ok() || !signing || !sign.markOpportunityWon || opportunityId.isEmpty())
            return updated;

        // The deal is won with what was signed: the board's rule for entering the won stage, in this same write.
        QSqlQuery o(db.connection());
        o.prepare(
            QStringLiteral("SELECT o.stage_id, o.version, s.is_won FROM opportunities o "
                           "JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = ? AND o.deleted_at IS NULL"));
        o.addBindValue(opportunityId);
        if (!o.exec() || !o.next())
            return updated; // the deal is gone: the contract stands on its own
        const QString fromStage = o.value(0).toString();
        const int oppVersion = o.value(1).toInt();
        const bool alreadyWon = o.value(2).toBool();
        o.finish();
        QSqlQuery w(db.connection());
        w.prepare(QStringLiteral("SELECT id FROM pipeline_stages WHERE is_won AND deleted_at IS NULL "
                                 "ORDER BY sort_order, id"));
        if (!w.exec() || !w.next())
            return WriteResult::failure(WriteResult::Failed, tr("The pipeline has no won stage."));
        const QString wonStage = w.value(0).toString();
        w.finish();
        QVariantHash columns{{QStringLiteral("amount_minor"), total}, {QStringLiteral("currency"), currency}};
        if (!alreadyWon) {
            PipelineMoveOptions options;
            options.actualClose = changes.value(QStringLiteral("signed_on")).toDate();
            QVariantHash stage;
            const WriteResult stageResult = PipelineService::stageColumns(db, wonStage, options, &stage);
            if (!stageResult.ok())
                return stageResult;
            for (auto it = stage.cbegin(); it != stage.cend(); ++it)
                columns.insert(it.key(), it.value());
        }
        const WriteResult won = writer.update(QStringLiteral("opportunities"), opportunityId, oppVersion, columns);
        if (!won.ok())
            return won;
        if (!alreadyWon) {
            const WriteResult history =
                PipelineService::recordStageChange(writer, opportunityId, fromStage, wonStage, tr("Contract signed"));
            if (!history.ok())
                return history;
        }
        return updated;
    });
}
