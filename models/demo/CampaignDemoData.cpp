#include "CampaignDemoData.h"

#include "CampaignService.h"
#include "Database.h"
#include "RecordWriter.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct DemoCampaign
{
    const char* name;
    const char* channel;
    int startMonthsAgo; // start, in months before today
    int days;
    qint64 costMinor; // CNY fen
};

const DemoCampaign kCampaigns[] = {
    {"2026 广交会（春季）", "trade_show", 11, 5, 18000000},
    {"百度搜索推广 Q1", "online_ads", 10, 90, 6500000},
    {"Spring webinar: CRM for distributors", "webinar", 9, 1, 300000},
    {"华东区客户答谢会", "seminar", 8, 2, 4200000},
    {"Newsletter – product update", "email", 7, 7, 50000},
    {"微信朋友圈广告", "social", 6, 60, 3800000},
    {"CeBIT Asia", "trade_show", 5, 4, 12500000},
    {"数字化转型研讨会（深圳）", "seminar", 4, 1, 2600000},
    {"Cold-call blitz – South China", "telemarketing", 3, 30, 900000},
    {"双十一促销邮件", "email", 2, 10, 0},
    {"LinkedIn ads Q4", "online_ads", 1, 45, 2100000},
    {"2027 新品发布会", "seminar", -1, 1, 0},
    {"官网内容营销（常年）", "online_ads", 25, 760, 2400000}, // always on: older deals have a campaign too
};

struct DemoObservation
{
    const char* product;
    qint64 priceMinor;
    const char* promotion;
    const char* place;
};

const DemoObservation kObservations[] = {
    {"云星空 标准版", 980000, "首年 8 折", "广交会展台"},
    {"Sales Cloud Professional", 1125000, "3 months free", "Customer's RFP"},
    {"U8 Cloud", 1560000, "免费实施 5 人天", "客户转述"},
    {"CRM 专业版", 64800, "买二送一", "官网"},
    {"Marketing Hub Starter", 13000, "20% off annual plan", "Website"},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

CampaignDemoData::CampaignDemoData(RecordWriter& writer, quint64 seed) : m_writer(writer), m_seed(seed) {}

bool CampaignDemoData::generate(QString* error)
{
    Database& db = m_writer.database();
    QRandomGenerator64 random(m_seed * 104729 + 15);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto column = [&](const QString& sql, int limit) {
        QStringList ids;
        q.prepare(sql);
        q.addBindValue(limit);
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toString();
        }
        q.finish();
        return ids;
    };
    const QDate today = db.clock().today();
    CampaignService service(db);

    // Campaigns of the last year; a second run adds its own.
    struct Made
    {
        QString id;
        QDate from;
        QDate to;
    };
    QList<Made> campaigns;
    for (const DemoCampaign& c : kCampaigns) {
        const QDate from = today.addMonths(-c.startMonthsAgo).addDays(-int(random.bounded(20)));
        const QDate to = from.addDays(c.days - 1);
        const QString status = from > today  ? QStringLiteral("planned")
                               : to >= today ? QStringLiteral("active")
                                             : QStringLiteral("completed");
        const WriteResult made = m_writer.insert(
            QStringLiteral("campaigns"),
            {{QStringLiteral("name"), text(c.name)},
             {QStringLiteral("channel"), text(c.channel)},
             {QStringLiteral("status"), status},
             {QStringLiteral("starts_on"), from},
             {QStringLiteral("ends_on"), to},
             {QStringLiteral("budget_minor"), c.costMinor + c.costMinor / 10},
             {QStringLiteral("cost_minor"), status == QLatin1String("planned") ? 0 : c.costMinor},
             {QStringLiteral("currency"), QStringLiteral("CNY")},
             {QStringLiteral("owner_id"), db.currentUserId().isEmpty() ? QVariant() : db.currentUserId()}});
        if (!made.ok())
            return fail(made.message);
        campaigns.append({made.id, from, to});
        ++m_rows;
    }
    const int live = int(campaigns.size()) - 1; // the planned launch has no touches yet

    // Leads name their campaign; contacts and leads are touched (one in ten outside the dates), some are members.
    const QStringList leads = column(QStringLiteral("SELECT id FROM leads WHERE deleted_at IS NULL AND campaign_id "
                                                    "IS NULL ORDER BY id LIMIT ?"),
                                     1500);
    const QStringList contacts =
        column(QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id LIMIT ?"), 1500);
    const QStringList responses = CampaignService::responses();
    auto touchDay = [&](const Made& m) {
        const qint64 span = qMax<qint64>(1, m.from.daysTo(m.to) + 1);
        QDate day = m.from.addDays(qint64(random.bounded(quint64(span))));
        if (random.bounded(10) == 0)
            day = m.to.addDays(1 + qint64(random.bounded(30))); // outside the dates: not attributed
        return QDateTime(qMin(day, today), QTime(9 + int(random.bounded(9)), int(random.bounded(60))), Qt::UTC);
    };
    for (int i = 0; i < leads.size(); ++i) {
        const Made& m = campaigns.at(int(random.bounded(live)));
        const WriteResult linked =
            m_writer.update(QStringLiteral("leads"), leads.at(i), -1, {{QStringLiteral("campaign_id"), m.id}});
        if (!linked.ok())
            return fail(linked.message);
        const WriteResult touched =
            service.recordTouch(m_writer, m.id, CampaignService::Person::Lead, leads.at(i), touchDay(m));
        if (!touched.ok())
            return fail(touched.message);
        ++m_rows; // the touch
        if (i % 3 == 0) {
            const WriteResult member = service.addMember(m_writer, m.id, CampaignService::Person::Lead, leads.at(i),
                                                         responses.at(1 + int(random.bounded(4))));
            if (!member.ok())
                return fail(member.message);
            ++m_rows;
        }
    }
    for (const QString& contact : contacts) {
        const int touches = 1 + int(random.bounded(3));
        for (int t = 0; t < touches; ++t) {
            const Made& m = campaigns.at(int(random.bounded(live)));
            const WriteResult touched =
                service.recordTouch(m_writer, m.id, CampaignService::Person::Contact, contact, touchDay(m));
            if (!touched.ok())
                return fail(touched.message);
            ++m_rows;
        }
    }
    // Deals get their converting campaign: one that had started by the deal's close, with a touch of its contact
    // inside the campaign's dates and not after the close, so every model has a touch to go by (a deal without a
    // contact keeps just its converting campaign; its customer is not touched, so customers stay as generated). Every
    // won deal and about half of the others.
    struct Deal
    {
        QString id;
        QString contact;
        QDate closed;
        bool won;
    };
    QList<Deal> deals;
    q.prepare(QStringLiteral("SELECT o.id, o.contact_id, COALESCE(o.actual_close, o.expected_close), "
                             "CASE WHEN s.is_won THEN 1 ELSE 0 END FROM opportunities o JOIN pipeline_stages s ON "
                             "s.id = o.stage_id WHERE o.deleted_at IS NULL AND o.campaign_id IS NULL ORDER BY o.id "
                             "LIMIT ?"));
    q.addBindValue(4000);
    if (!q.exec())
        return fail(q.lastError().text());
    while (q.next())
        deals.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDate(), q.value(3).toInt() == 1});
    q.finish();
    for (const Deal& deal : std::as_const(deals)) {
        if (!deal.won && random.bounded(2) == 0)
            continue;
        const QDate closed = deal.closed.isValid() ? qMin(deal.closed, today) : today;
        QList<int> started;
        for (int i = 0; i < campaigns.size(); ++i) {
            if (campaigns.at(i).from <= closed)
                started << i;
        }
        if (started.isEmpty())
            continue;
        const Made& m = campaigns.at(started.at(int(random.bounded(int(started.size())))));
        if (!deal.contact.isEmpty()) {
            const QDate last = qMin(m.to, closed);
            const QDate day = m.from.addDays(qint64(random.bounded(quint64(m.from.daysTo(last) + 1))));
            const WriteResult touched = service.recordTouch(
                m_writer, m.id, CampaignService::Person::Contact, deal.contact,
                QDateTime(day, QTime(9 + int(random.bounded(9)), int(random.bounded(60))), Qt::UTC));
            if (!touched.ok())
                return fail(touched.message);
            ++m_rows; // the touch
        }
        const WriteResult converted =
            m_writer.update(QStringLiteral("opportunities"), deal.id, -1, {{QStringLiteral("campaign_id"), m.id}});
        if (!converted.ok())
            return fail(converted.message);
    }

    // Competitors: the names deals mention in free text become records (once per name) and their deals are linked; a
    // lost deal that went to a competitor marks it as the winner. The deals themselves are not rewritten (their
    // versions stay one per stage change, as the generator made them), so the free text stays as it was.
    QHash<QString, QString> competitorOf;
    if (!q.exec(QStringLiteral("SELECT id, name FROM competitors WHERE deleted_at IS NULL")))
        return fail(q.lastError().text());
    while (q.next())
        competitorOf.insert(q.value(1).toString().toLower(), q.value(0).toString());
    q.finish();
    struct Mention
    {
        QString deal;
        QString name;
        bool lostToIt;
    };
    QList<Mention> mentions;
    q.prepare(QStringLiteral("SELECT o.id, trim(o.competitors), CASE WHEN s.is_lost THEN 1 ELSE 0 END FROM "
                             "opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL "
                             "AND o.competitors IS NOT NULL ORDER BY o.id LIMIT ?"));
    q.addBindValue(3000);
    if (!q.exec())
        return fail(q.lastError().text());
    while (q.next())
        mentions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1});
    q.finish();
    for (const Mention& mention : std::as_const(mentions)) {
        if (mention.name.isEmpty())
            continue;
        QString id = competitorOf.value(mention.name.toLower());
        if (id.isEmpty()) {
            const WriteResult made =
                m_writer.insert(QStringLiteral("competitors"),
                                {{QStringLiteral("name"), mention.name},
                                 {QStringLiteral("strengths"), tr("Well-known brand; large partner network")},
                                 {QStringLiteral("weaknesses"), tr("Slow implementation; expensive customisation")}});
            if (!made.ok())
                return fail(made.message);
            id = made.id;
            competitorOf.insert(mention.name.toLower(), id);
            ++m_rows;
        }
        const bool winner = mention.lostToIt && random.bounded(2) == 0;
        const WriteResult linked = service.setCompetitors(m_writer, mention.deal, {id}, winner ? id : QString());
        if (!linked.ok())
            return fail(linked.message);
        ++m_rows; // the link
    }
    // What reps saw them offer, a few per competitor.
    const QStringList competitorIds = competitorOf.values();
    for (int i = 0; !competitorIds.isEmpty() && i < 3 * int(competitorIds.size()); ++i) {
        const DemoObservation& o = kObservations[random.bounded(quint64(std::size(kObservations)))];
        const WriteResult seen = m_writer.insert(
            QStringLiteral("competitor_observations"),
            {{QStringLiteral("competitor_id"), competitorIds.at(i % int(competitorIds.size()))},
             {QStringLiteral("product"), text(o.product)},
             {QStringLiteral("price_minor"), o.priceMinor},
             {QStringLiteral("currency"), QStringLiteral("CNY")},
             {QStringLiteral("promotion"), text(o.promotion)},
             {QStringLiteral("observed_on"), today.addDays(-qint64(random.bounded(300)))},
             {QStringLiteral("place"), text(o.place)},
             {QStringLiteral("observed_by"), db.currentUserId().isEmpty() ? QVariant() : db.currentUserId()}});
        if (!seen.ok())
            return fail(seen.message);
        ++m_rows;
    }
    return true;
}
