#include "LeadAssignments.h"

#include "AssignmentRules.h"
#include "Database.h"
#include "RecordWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QString kLeads = QStringLiteral("leads");

// The lead's columns as the rules see them (field name -> value); empty when it is not there.
QVariantHash leadFields(RecordWriter& writer, const QString& leadId, QString* error)
{
    QSqlQuery q(writer.database().connection());
    q.prepare(QStringLiteral("SELECT * FROM leads WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(leadId);
    QVariantHash fields;
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return fields;
    }
    if (q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            fields.insert(record.fieldName(i), record.value(i));
    }
    return fields;
}

void names(Database& db, const QString& userId, QString* displayName, QString* username)
{
    if (userId.isEmpty())
        return;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT display_name, username FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (q.exec() && q.next()) {
        *displayName = q.value(0).toString();
        if (username)
            *username = q.value(1).toString();
    }
}
} // namespace

LeadAssignments::LeadAssignments(Database& db) : m_db(db) {}

WriteResult LeadAssignments::log(RecordWriter& writer, const QString& leadId, const QString& ownerId,
                                 const QString& previousOwnerId, const QString& ruleId, const QString& reason)
{
    const QString by = writer.database().currentUserId();
    return writer.insert(
        QStringLiteral("lead_assignments"),
        {{QStringLiteral("lead_id"), leadId},
         {QStringLiteral("owner_id"), ownerId.isEmpty() ? QVariant() : QVariant(ownerId)},
         {QStringLiteral("previous_owner_id"), previousOwnerId.isEmpty() ? QVariant() : QVariant(previousOwnerId)},
         {QStringLiteral("rule_id"), ruleId.isEmpty() ? QVariant() : QVariant(ruleId)},
         {QStringLiteral("assigned_by"), by.isEmpty() ? QVariant() : QVariant(by)},
         {QStringLiteral("reason"), reason.isEmpty() ? QVariant() : QVariant(reason)},
         {QStringLiteral("assigned_at"), writer.now()}});
}

QList<LeadAssignments::Entry> LeadAssignments::history(const QString& leadId, QString* error) const
{
    QList<Entry> entries;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.assigned_at, o.display_name, p.display_name, r.name, b.display_name, a.reason "
                             "FROM lead_assignments a LEFT JOIN users o ON o.id = a.owner_id "
                             "LEFT JOIN users p ON p.id = a.previous_owner_id "
                             "LEFT JOIN assignment_rules r ON r.id = a.rule_id "
                             "LEFT JOIN users b ON b.id = a.assigned_by "
                             "WHERE a.lead_id = ? AND a.deleted_at IS NULL ORDER BY a.assigned_at DESC, a.id DESC"));
    q.addBindValue(leadId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return entries;
    }
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
    return entries;
}

WriteResult LeadAssignments::applyRules(RecordWriter& writer, const QString& leadId, Outcome* outcome) const
{
    QString error;
    const QVariantHash fields = leadFields(writer, leadId, &error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, error);
    if (fields.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("This lead no longer exists."));
    AssignmentDecision decision;
    const WriteResult decided = AssignmentRules(m_db, QStringLiteral("lead")).decide(writer, fields, &decision);
    if (!decided.ok())
        return decided;
    Outcome result;
    result.leadId = leadId;
    result.leadName = fields.value(QStringLiteral("name")).toString();
    result.reason = decision.reason;
    const QString previous = fields.value(QStringLiteral("owner_id")).toString();
    if (decision.assigned()) {
        result.ownerId = decision.ownerId;
        result.ruleId = decision.ruleId;
        result.ruleName = decision.ruleName;
        names(m_db, decision.ownerId, &result.ownerName, &result.ownerUsername);
        if (decision.ownerId != previous) {
            const WriteResult moved =
                writer.update(kLeads, leadId, -1, {{QStringLiteral("owner_id"), decision.ownerId}});
            if (!moved.ok())
                return moved;
            const WriteResult logged =
                log(writer, leadId, decision.ownerId, previous, decision.ruleId, decision.reason);
            if (!logged.ok())
                return logged;
        }
    }
    if (outcome)
        *outcome = result;
    return WriteResult();
}

bool LeadAssignments::assignUnassigned(bool dryRun, QList<Outcome>* outcomes, QString* error) const
{
    outcomes->clear();
    QList<Outcome> made;
    const WriteResult result = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        made.clear();
        QSqlQuery q(writer.database().connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM leads WHERE owner_id IS NULL AND deleted_at IS NULL "
                                 "AND status IN ('new', 'contacted', 'qualified') ORDER BY created_at, id"));
        if (!q.exec())
            return WriteResult::failure(WriteResult::Failed, q.lastError().text().trimmed());
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString& id : std::as_const(ids)) {
            Outcome outcome;
            const WriteResult applied = applyRules(writer, id, &outcome);
            if (!applied.ok())
                return applied;
            made.append(outcome);
        }
        if (dryRun) {
            writer.rollback();
            return WriteResult::failure(WriteResult::Invalid, QString()); // nothing to commit: stop here
        }
        return WriteResult();
    });
    if (!result.ok() && !(dryRun && result.status == WriteResult::Invalid)) {
        if (error)
            *error = result.message;
        return false;
    }
    *outcomes = made;
    return true;
}

WriteResult LeadAssignments::assignByRules(const QString& leadId, Outcome* outcome) const
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) { return applyRules(writer, leadId, outcome); });
}

WriteResult LeadAssignments::reassign(const QString& leadId, const QString& ownerId, const QString& reason) const
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QString error;
        const QVariantHash fields = leadFields(writer, leadId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        if (fields.isEmpty())
            return WriteResult::failure(WriteResult::NotFound, tr("This lead no longer exists."));
        const QString previous = fields.value(QStringLiteral("owner_id")).toString();
        if (previous == ownerId)
            return WriteResult();
        const WriteResult moved =
            writer.update(kLeads, leadId, -1, {{QStringLiteral("owner_id"), ownerId.isEmpty() ? QVariant() : ownerId}});
        if (!moved.ok())
            return moved;
        return log(writer, leadId, ownerId, previous, QString(), reason.isEmpty() ? tr("Reassigned by hand") : reason);
    });
}
