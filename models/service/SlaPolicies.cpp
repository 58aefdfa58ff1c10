#include "SlaPolicies.h"

#include "BusinessCalendar.h"
#include "Database.h"
#include "RecordWriter.h"

#include <QSqlError>
#include <QSqlQuery>

QList<SlaPolicy> SlaPolicies::load(Database& db, QString* error)
{
    QList<SlaPolicy> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, kind, priority, first_response_minutes, resolution_minutes, version "
                           "FROM sla_policies WHERE deleted_at IS NULL ORDER BY kind DESC, "
                           "CASE priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'normal' THEN 3 ELSE 4 END"))) {
        if (error)
            *error = q.lastError().text().trimmed();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toInt(), q.value(5).toInt()});
    return result;
}

WriteResult SlaPolicies::save(Database& db, const QList<SlaPolicy>& policies)
{
    for (const SlaPolicy& p : policies) {
        if (p.firstResponseMinutes <= 0 || p.resolutionMinutes <= 0)
            return WriteResult::failure(WriteResult::Invalid, tr("Every SLA time must be longer than zero."));
        if (p.resolutionMinutes < p.firstResponseMinutes)
            return WriteResult::failure(
                WriteResult::Invalid, tr("The time to resolution cannot be shorter than the time to first response."));
    }
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        for (const SlaPolicy& p : policies) {
            const WriteResult r = writer.update(QStringLiteral("sla_policies"), p.id, p.version,
                                                {{QStringLiteral("first_response_minutes"), p.firstResponseMinutes},
                                                 {QStringLiteral("resolution_minutes"), p.resolutionMinutes}});
            if (!r.ok())
                return r;
        }
        return WriteResult();
    });
}

SlaPolicy SlaPolicies::find(const QList<SlaPolicy>& policies, const QString& kind, const QString& priority)
{
    for (const SlaPolicy& p : policies) {
        if (p.kind == kind && p.priority == priority)
            return p;
    }
    return {};
}

SlaDeadlines SlaPolicies::deadlines(const BusinessCalendar& calendar, const SlaPolicy& policy,
                                    const QDateTime& receivedAt, qint64 holdMinutes, bool firstResponded)
{
    SlaDeadlines d;
    if (policy.id.isEmpty() || !receivedAt.isValid())
        return d;
    d.firstResponseDue = calendar.addBusinessMinutes(receivedAt, policy.firstResponseMinutes + holdMinutes);
    d.resolutionDue = calendar.addBusinessMinutes(receivedAt, policy.resolutionMinutes + holdMinutes);
    const qint64 pending = firstResponded ? policy.resolutionMinutes : policy.firstResponseMinutes;
    d.warnAt = calendar.addBusinessMinutes(receivedAt, pending * kWarnPercent / 100 + holdMinutes);
    return d;
}
