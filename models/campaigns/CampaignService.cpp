#include "CampaignService.h"

#include "Database.h"
#include "RecordWriter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

CampaignService::CampaignService(Database& db) : m_db(db) {}

QString CampaignService::personColumn(Person person)
{
    switch (person) {
    case Person::Lead:
        return QStringLiteral("lead_id");
    case Person::Contact:
        return QStringLiteral("contact_id");
    case Person::Customer:
        break;
    }
    return QStringLiteral("customer_id");
}

QString CampaignService::personTable(Person person)
{
    switch (person) {
    case Person::Lead:
        return QStringLiteral("leads");
    case Person::Contact:
        return QStringLiteral("contacts");
    case Person::Customer:
        break;
    }
    return QStringLiteral("customers");
}

namespace {
WriteResult failed(const QString& message)
{
    return WriteResult::failure(WriteResult::Failed, message);
}

// The first value of a query run inside the writer's transaction; invalid when there is no row.
QVariant firstValue(Database& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        *error = db.describeError(q.lastError());
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}
} // namespace

WriteResult CampaignService::addMember(const QString& campaignId, Person person, const QString& personId,
                                       const QString& response)
{
    return RecordWriter::transact(
        m_db, [&](RecordWriter& writer) { return addMember(writer, campaignId, person, personId, response); });
}

WriteResult CampaignService::addMember(RecordWriter& writer, const QString& campaignId, Person person,
                                       const QString& personId, const QString& response)
{
    if (!responses().contains(response))
        return WriteResult::failure(WriteResult::Invalid, tr("Unknown response: %1").arg(response));
    QString error;
    const QVariant existing = firstValue(
        m_db,
        QStringLiteral("SELECT id FROM campaign_members WHERE campaign_id = ? AND %1 = ? AND deleted_at IS NULL")
            .arg(personColumn(person)),
        {campaignId, personId}, &error);
    if (!error.isEmpty())
        return failed(error);
    if (existing.isValid()) {
        WriteResult kept;
        kept.id = existing.toString();
        return kept;
    }
    QVariantHash values{{QStringLiteral("campaign_id"), campaignId},
                        {personColumn(person), personId},
                        {QStringLiteral("response"), response}};
    if (response == QLatin1String("responded") || response == QLatin1String("attended"))
        values.insert(QStringLiteral("responded_at"), writer.database().clock().nowUtc());
    return writer.insert(QStringLiteral("campaign_members"), values);
}

WriteResult CampaignService::setResponse(const QString& memberId, int expectedVersion, const QString& response)
{
    if (!responses().contains(response))
        return WriteResult::failure(WriteResult::Invalid, tr("Unknown response: %1").arg(response));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QVariantHash changes{{QStringLiteral("response"), response}};
        if (response == QLatin1String("responded") || response == QLatin1String("attended"))
            changes.insert(QStringLiteral("responded_at"), writer.database().clock().nowUtc());
        return writer.update(QStringLiteral("campaign_members"), memberId, expectedVersion, changes);
    });
}

QStringList CampaignService::responses()
{
    return {QStringLiteral("planned"),     QStringLiteral("sent"),     QStringLiteral("opened"),
            QStringLiteral("responded"),   QStringLiteral("attended"), QStringLiteral("no_show"),
            QStringLiteral("unsubscribed")};
}

QString CampaignService::responseName(const QString& code)
{
    if (code == QLatin1String("planned"))
        return tr("Planned", "campaign member response");
    if (code == QLatin1String("sent"))
        return tr("Sent", "campaign member response");
    if (code == QLatin1String("opened"))
        return tr("Opened", "campaign member response");
    if (code == QLatin1String("responded"))
        return tr("Responded", "campaign member response");
    if (code == QLatin1String("attended"))
        return tr("Attended", "campaign member response");
    if (code == QLatin1String("no_show"))
        return tr("Did not attend", "campaign member response");
    return tr("Unsubscribed", "campaign member response");
}

WriteResult CampaignService::recordTouch(const QString& campaignId, Person person, const QString& personId,
                                         const QDateTime& when, const QString& note)
{
    return RecordWriter::transact(
        m_db, [&](RecordWriter& writer) { return recordTouch(writer, campaignId, person, personId, when, note); });
}

WriteResult CampaignService::recordTouch(RecordWriter& writer, const QString& campaignId, Person person,
                                         const QString& personId, const QDateTime& when, const QString& note)
{
    const QDateTime at = (when.isValid() ? when : writer.database().clock().nowUtc()).toUTC();
    QVariantHash values{{QStringLiteral("campaign_id"), campaignId},
                        {personColumn(person), personId},
                        {QStringLiteral("touched_at"), at},
                        {QStringLiteral("touched_on"), at.date()}};
    if (!note.isEmpty())
        values.insert(QStringLiteral("note"), note);
    WriteResult inserted = writer.insert(QStringLiteral("campaign_touches"), values);
    if (!inserted.ok())
        return inserted;
    // Stamped once: only a person without a first touch gets one, so a later (or back-dated) touch never moves it.
    const WriteResult stamped =
        writer.updateWhere(personTable(person),
                           {{QStringLiteral("first_campaign_id"), campaignId}, {QStringLiteral("first_touch_at"), at}},
                           QStringLiteral("id = ? AND first_touch_at IS NULL AND deleted_at IS NULL"), {personId});
    if (!stamped.ok())
        return stamped;
    return inserted;
}

WriteResult CampaignService::setCompetitors(const QString& opportunityId, const QStringList& competitorIds,
                                            const QString& winnerId)
{
    return RecordWriter::transact(
        m_db, [&](RecordWriter& writer) { return setCompetitors(writer, opportunityId, competitorIds, winnerId); });
}

WriteResult CampaignService::setCompetitors(RecordWriter& writer, const QString& opportunityId,
                                            const QStringList& competitorIds, const QString& winnerId)
{
    QString error;
    if (!winnerId.isEmpty()) {
        if (!competitorIds.contains(winnerId))
            return WriteResult::failure(WriteResult::Invalid, tr("The winner must be one of the deal's competitors."));
        const QVariant lost = firstValue(m_db,
                                         QStringLiteral("SELECT CASE WHEN s.is_lost THEN 1 ELSE 0 END FROM "
                                                        "opportunities o JOIN pipeline_stages s ON s.id = o.stage_id "
                                                        "WHERE o.id = ?"),
                                         {opportunityId}, &error);
        if (!error.isEmpty())
            return failed(error);
        if (lost.toInt() != 1)
            return WriteResult::failure(WriteResult::Invalid, tr("Only a lost deal has a competitor that won it."));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, competitor_id, version, CASE WHEN is_winner THEN 1 ELSE 0 END "
                             "FROM opportunity_competitors WHERE opportunity_id = ? AND deleted_at IS NULL"));
    q.addBindValue(opportunityId);
    if (!q.exec())
        return failed(m_db.describeError(q.lastError()));
    struct Link
    {
        QString id;
        QString competitorId;
        int version;
        bool winner;
    };
    QList<Link> links;
    while (q.next())
        links.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() == 1});
    q.finish();
    WriteResult result;
    QSet<QString> kept;
    // Winner flags come off first, so the one-winner index never sees two.
    for (const Link& link : std::as_const(links)) {
        if (!competitorIds.contains(link.competitorId)) {
            const WriteResult gone =
                writer.softDelete(QStringLiteral("opportunity_competitors"), link.id, link.version);
            if (!gone.ok())
                return gone;
            continue;
        }
        kept.insert(link.competitorId);
        if (link.winner && link.competitorId != winnerId) {
            const WriteResult changed = writer.update(QStringLiteral("opportunity_competitors"), link.id, link.version,
                                                      {{QStringLiteral("is_winner"), false}});
            if (!changed.ok())
                return changed;
        }
    }
    for (const Link& link : std::as_const(links)) {
        if (link.competitorId == winnerId && !link.winner) {
            const WriteResult changed = writer.update(QStringLiteral("opportunity_competitors"), link.id, -1,
                                                      {{QStringLiteral("is_winner"), true}});
            if (!changed.ok())
                return changed;
        }
    }
    for (const QString& competitorId : competitorIds) {
        if (kept.contains(competitorId))
            continue;
        kept.insert(competitorId);
        const WriteResult added = writer.insert(QStringLiteral("opportunity_competitors"),
                                                {{QStringLiteral("opportunity_id"), opportunityId},
                                                 {QStringLiteral("competitor_id"), competitorId},
                                                 {QStringLiteral("is_winner"), competitorId == winnerId}});
        if (!added.ok())
            return added;
    }
    result.id = opportunityId;
    return result;
}

namespace {
QList<QPair<QString, QString>> choices(const Database& db, const QString& sql, QString* error)
{
    QList<QPair<QString, QString>> result;
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        if (error)
            *error = db.describeError(q.lastError());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}
} // namespace

QList<QPair<QString, QString>> CampaignService::campaignChoices(QString* error) const
{
    return choices(m_db,
                   QStringLiteral("SELECT id, name FROM campaigns WHERE deleted_at IS NULL "
                                  "ORDER BY starts_on DESC, name, id"),
                   error);
}

QList<QPair<QString, QString>> CampaignService::competitorChoices(QString* error) const
{
    return choices(m_db, QStringLiteral("SELECT id, name FROM competitors WHERE deleted_at IS NULL ORDER BY name, id"),
                   error);
}

QList<CampaignService::Member> CampaignService::members(const QString& campaignId, QString* error) const
{
    QList<Member> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.id, m.version, m.lead_id, m.contact_id, m.customer_id, "
                             "COALESCE(l.name, p.name, c.name), m.response, m.responded_at FROM campaign_members m "
                             "LEFT JOIN leads l ON l.id = m.lead_id LEFT JOIN contacts p ON p.id = m.contact_id "
                             "LEFT JOIN customers c ON c.id = m.customer_id "
                             "WHERE m.campaign_id = ? AND m.deleted_at IS NULL "
                             "ORDER BY COALESCE(l.name, p.name, c.name), m.id"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        if (error)
            *error = m_db.describeError(q.lastError());
        return result;
    }
    while (q.next()) {
        Member m;
        m.id = q.value(0).toString();
        m.version = q.value(1).toInt();
        if (!q.value(2).isNull()) {
            m.person = Person::Lead;
            m.personId = q.value(2).toString();
        } else if (!q.value(3).isNull()) {
            m.person = Person::Contact;
            m.personId = q.value(3).toString();
        } else {
            m.person = Person::Customer;
            m.personId = q.value(4).toString();
        }
        m.name = q.value(5).toString();
        m.response = q.value(6).toString();
        m.respondedAt = q.value(7).toDateTime();
        result.append(m);
    }
    return result;
}

QList<QPair<QString, bool>> CampaignService::competitorsOf(const QString& opportunityId, QString* error) const
{
    QList<QPair<QString, bool>> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.competitor_id, CASE WHEN l.is_winner THEN 1 ELSE 0 END FROM "
                             "opportunity_competitors l JOIN competitors c ON c.id = l.competitor_id "
                             "WHERE l.opportunity_id = ? AND l.deleted_at IS NULL ORDER BY c.name, c.id"));
    q.addBindValue(opportunityId);
    if (!q.exec()) {
        if (error)
            *error = m_db.describeError(q.lastError());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toInt() == 1});
    return result;
}
