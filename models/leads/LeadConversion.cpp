#include "LeadConversion.h"

#include "Database.h"
#include "DuplicateIndex.h"
#include "OpportunityModel.h"
#include "PipelineService.h"
#include "RecordWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QVariantHash readLead(Database& db, const QString& leadId, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM leads WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(leadId);
    QVariantHash lead;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return lead;
    }
    if (q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            lead.insert(record.fieldName(i), record.value(i));
    }
    return lead;
}

QString text(const QVariantHash& row, const char* column)
{
    return row.value(QLatin1String(column)).toString().trimmed();
}

QVariant orNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

LeadConversion::LeadConversion(Database& db) : m_db(db) {}

QString LeadConversion::defaultCustomerName(const QString& leadId) const
{
    const QVariantHash lead = readLead(m_db, leadId, nullptr);
    return text(lead, "company").isEmpty() ? text(lead, "name") : text(lead, "company");
}

QList<DuplicateMatch> LeadConversion::possibleDuplicates(const QString& leadId, QString* error) const
{
    const QVariantHash lead = readLead(m_db, leadId, error);
    if (lead.isEmpty())
        return {};
    DuplicateRecord candidate;
    candidate.name = text(lead, "company").isEmpty() ? text(lead, "name") : text(lead, "company");
    candidate.company = text(lead, "company");
    candidate.email = text(lead, "email");
    candidate.phone = text(lead, "phone").isEmpty() ? text(lead, "mobile") : text(lead, "phone");
    return DuplicateIndex(m_db, QStringLiteral("customer")).check(candidate, error);
}

WriteResult LeadConversion::convert(const Request& request, Result* result) const
{
    Result made;
    const WriteResult written = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        made = Result();
        QString error;
        const QVariantHash lead = readLead(m_db, request.leadId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        if (lead.isEmpty())
            return WriteResult::failure(WriteResult::NotFound, tr("This lead no longer exists."));
        const QString status = text(lead, "status");
        if (status == QLatin1String("converted") || !lead.value(QStringLiteral("converted_at")).isNull())
            return WriteResult::failure(WriteResult::Invalid, tr("This lead was converted already."));
        if (status == QLatin1String("disqualified"))
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("A disqualified lead cannot be converted. Reopen it first."));
        const QVariant owner = lead.value(QStringLiteral("owner_id"));
        const QVariant source = lead.value(QStringLiteral("source_id"));

        // The customer: an existing one, or a new one from the lead's company (a person when there is none).
        bool newCustomer = request.existingCustomerId.isEmpty();
        if (newCustomer) {
            QString name = request.customerName.trimmed();
            if (name.isEmpty())
                name = text(lead, "company").isEmpty() ? text(lead, "name") : text(lead, "company");
            const bool person = text(lead, "company").isEmpty();
            const WriteResult customer = writer.insert(
                QStringLiteral("customers"),
                {{QStringLiteral("name"), name},
                 {QStringLiteral("kind"), person ? QStringLiteral("person") : QStringLiteral("organization")},
                 {QStringLiteral("company"), orNull(text(lead, "company"))},
                 {QStringLiteral("phone"),
                  orNull(text(lead, "phone").isEmpty() ? text(lead, "mobile") : text(lead, "phone"))},
                 {QStringLiteral("email"), orNull(text(lead, "email"))},
                 {QStringLiteral("region"), orNull(text(lead, "region"))},
                 {QStringLiteral("lead_source_id"), source},
                 {QStringLiteral("owner_id"), owner},
                 {QStringLiteral("status"), QStringLiteral("prospect")},
                 {QStringLiteral("notes"), orNull(text(lead, "notes"))}});
            if (!customer.ok())
                return customer;
            made.customerId = customer.id;
        } else {
            QSqlQuery q(writer.database().connection());
            q.prepare(QStringLiteral("SELECT id FROM customers WHERE id = ? AND deleted_at IS NULL"));
            q.addBindValue(request.existingCustomerId);
            if (!q.exec())
                return WriteResult::failure(WriteResult::Failed, q.lastError().text().trimmed());
            if (!q.next())
                return WriteResult::failure(WriteResult::NotFound, tr("The chosen customer no longer exists."));
            made.customerId = request.existingCustomerId;
        }

        const WriteResult contact =
            writer.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), made.customerId},
                                                       {QStringLiteral("name"), text(lead, "name")},
                                                       {QStringLiteral("title"), orNull(text(lead, "title"))},
                                                       {QStringLiteral("phone"), orNull(text(lead, "phone"))},
                                                       {QStringLiteral("mobile"), orNull(text(lead, "mobile"))},
                                                       {QStringLiteral("email"), orNull(text(lead, "email"))},
                                                       {QStringLiteral("is_primary"), newCustomer}});
        if (!contact.ok())
            return contact;
        made.contactId = contact.id;

        if (request.createOpportunity) {
            const QString stage = OpportunityModel::firstStageId(m_db);
            QVariantHash columns;
            const WriteResult staged = PipelineService::stageColumns(m_db, stage, {}, &columns);
            if (!staged.ok())
                return staged;
            QString name = request.opportunityName.trimmed();
            if (name.isEmpty()) {
                const QString what =
                    text(lead, "product_interest").isEmpty() ? text(lead, "name") : text(lead, "product_interest");
                name = tr("%1 – %2").arg(text(lead, "company").isEmpty() ? text(lead, "name") : text(lead, "company"),
                                         what);
            }
            columns.insert(QStringLiteral("name"), name);
            columns.insert(QStringLiteral("customer_id"), made.customerId);
            columns.insert(QStringLiteral("contact_id"), made.contactId);
            columns.insert(QStringLiteral("amount_minor"), request.amountMinor);
            columns.insert(QStringLiteral("currency"), request.currency);
            columns.insert(QStringLiteral("expected_close"),
                           request.expectedClose.isValid() ? QVariant(request.expectedClose) : QVariant());
            columns.insert(QStringLiteral("owner_id"), owner);
            columns.insert(QStringLiteral("lead_source_id"), source);
            const WriteResult opportunity = writer.insert(QStringLiteral("opportunities"), columns);
            if (!opportunity.ok())
                return opportunity;
            const WriteResult history = PipelineService::recordStageChange(writer, opportunity.id, QString(), stage);
            if (!history.ok())
                return history;
            made.opportunityId = opportunity.id;
        }

        // The lead's follow-ups now belong to the customer (and its new contact); lead_id keeps where they began.
        const WriteResult moved = writer.updateWhere(
            QStringLiteral("interactions"),
            {{QStringLiteral("customer_id"), made.customerId}, {QStringLiteral("contact_id"), made.contactId}},
            QStringLiteral("lead_id = ? AND customer_id IS NULL AND deleted_at IS NULL"), {request.leadId});
        if (!moved.ok())
            return moved;
        made.movedFollowUps = moved.affected;

        // Stamped against the version read above: a second conversion at the same time meets a conflict.
        return writer.update(QStringLiteral("leads"), request.leadId, lead.value(QStringLiteral("version")).toInt(),
                             {{QStringLiteral("status"), QStringLiteral("converted")},
                              {QStringLiteral("converted_at"), writer.now()},
                              {QStringLiteral("converted_customer_id"), made.customerId},
                              {QStringLiteral("converted_contact_id"), made.contactId},
                              {QStringLiteral("converted_opportunity_id"), orNull(made.opportunityId)}});
    });
    if (written.ok() && result)
        *result = made;
    if (written.status == WriteResult::Conflict)
        return WriteResult::failure(WriteResult::Conflict,
                                    tr("Someone else changed or converted this lead meanwhile. Nothing was changed."));
    return written;
}
