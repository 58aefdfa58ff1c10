#include "CampaignReport.h"
#include "CampaignService.h"
#include "CampaignSummary.h"
#include "CompetitorModel.h"
#include "CompetitorReport.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "ReportSummaries.h"
#include "SchemaMigrator.h"
#include "SearchIndex.h"
#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace RecordTestHelpers;

// Campaigns (issue 15): touches and the first touch stamped once, members, attribution under the three models
// against hand-computed figures (touches outside the dates, deals without a campaign, cost counted once, zero cost),
// competitors' win/loss against independent SQL and the migration of the free-text competitors field. SQLite + PG.
class TestCampaigns : public QObject
{
    Q_OBJECT

    struct Ids
    {
        QString won, lost;
    };
    static Ids stages(const Database& db)
    {
        return {
            scalar(db, QStringLiteral("SELECT id FROM pipeline_stages WHERE is_won ORDER BY sort_order")).toString(),
            scalar(db, QStringLiteral("SELECT id FROM pipeline_stages WHERE is_lost ORDER BY sort_order")).toString()};
    }
    static QString insert(Database& db, const QString& table, const QVariantHash& values)
    {
        RecordWriter writer(db);
        const WriteResult r = writer.insert(table, values);
        if (!r.ok())
            qWarning("%s: %s", qPrintable(table), qPrintable(r.message));
        const WriteResult c = writer.commit();
        if (!c.ok())
            qWarning("commit %s: %s", qPrintable(table), qPrintable(c.message));
        return r.id;
    }
    static QString campaign(Database& db, const QString& name, const QDate& from, const QDate& to, qint64 cost,
                            const QString& currency = QStringLiteral("CNY"))
    {
        return insert(db, QStringLiteral("campaigns"),
                      {{QStringLiteral("name"), name},
                       {QStringLiteral("starts_on"), from},
                       {QStringLiteral("ends_on"), to},
                       {QStringLiteral("cost_minor"), cost},
                       {QStringLiteral("budget_minor"), cost},
                       {QStringLiteral("currency"), currency}});
    }
    static QString customer(Database& db, const QString& name)
    {
        return insert(db, QStringLiteral("customers"), {{QStringLiteral("name"), name}});
    }
    static QString contact(Database& db, const QString& customerId, const QString& name)
    {
        return insert(db, QStringLiteral("contacts"),
                      {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("name"), name}});
    }
    static QString deal(Database& db, const QString& stage, const QString& customerId, const QVariant& contactId,
                        qint64 amount, const QDate& closed, const QVariant& campaignId,
                        const QString& currency = QStringLiteral("CNY"))
    {
        return insert(db, QStringLiteral("opportunities"),
                      {{QStringLiteral("name"), QStringLiteral("Deal %1").arg(amount)},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("contact_id"), contactId},
                       {QStringLiteral("amount_minor"), amount},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("actual_close"), closed},
                       {QStringLiteral("stage_id"), stage},
                       {QStringLiteral("campaign_id"), campaignId}});
    }
    static QDateTime at(int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC); }

private slots:
    void touchesAndMembers_data() { TestDatabase::addTargets(); }
    void touchesAndMembers()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString fair = campaign(*db, QStringLiteral("广交会"), QDate(2026, 4, 15), QDate(2026, 4, 19), 0);
        const QString ads = campaign(*db, QStringLiteral("Online ads"), QDate(2026, 1, 1), QDate(2026, 12, 31), 0);
        const QString lead = insert(*db, QStringLiteral("leads"), {{QStringLiteral("name"), QStringLiteral("王芳")}});
        CampaignService service(*db);

        // The first touch is stamped by the first one recorded and stays, even when an earlier one is added later.
        QVERIFY(service.recordTouch(ads, CampaignService::Person::Lead, lead, at(4, 16)).ok());
        QVERIFY(service.recordTouch(fair, CampaignService::Person::Lead, lead, at(4, 17)).ok());
        QVERIFY(service.recordTouch(fair, CampaignService::Person::Lead, lead, at(3, 1), QStringLiteral("late entry"))
                    .ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM campaign_touches WHERE lead_id = ?"), {lead}), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT first_campaign_id FROM leads WHERE id = ?"), {lead}).toString(),
                 ads);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT touched_on FROM campaign_touches WHERE note = 'late entry'")).toDate(),
            QDate(2026, 3, 1));

        // Members: one row per person and campaign, responses stamped when they reply.
        const WriteResult member = service.addMember(fair, CampaignService::Person::Lead, lead);
        QVERIFY2(member.ok(), qPrintable(member.message));
        QCOMPARE(service.addMember(fair, CampaignService::Person::Lead, lead).id, member.id);
        QVERIFY(service.setResponse(member.id, 1, QStringLiteral("attended")).ok());
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT response FROM campaign_members WHERE id = ?"), {member.id}).toString(),
            QStringLiteral("attended"));
        QVERIFY(!scalar(*db, QStringLiteral("SELECT responded_at FROM campaign_members WHERE id = ?"), {member.id})
                     .isNull());
        QCOMPARE(service.setResponse(member.id, 1, QStringLiteral("sent")).status, WriteResult::Conflict);
    }

    void attribution_data() { TestDatabase::addTargets(); }
    void attribution()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Ids stage = stages(*db);
        // Made in this order, so their ids (UUIDv7) sort A < B < C: the linear model's remainder goes to A.
        const QString a = campaign(*db, QStringLiteral("A"), QDate(2026, 1, 1), QDate(2026, 1, 31), 100000);
        const QString b = campaign(*db, QStringLiteral("B"), QDate(2026, 2, 1), QDate(2026, 2, 28), 0);
        const QString c = campaign(*db, QStringLiteral("C"), QDate(2026, 3, 1), QDate(2026, 3, 31), 50000);
        QVERIFY(a < b && b < c);
        const QString k1 = customer(*db, QStringLiteral("K1")), k2 = customer(*db, QStringLiteral("K2"));
        const QString k3 = customer(*db, QStringLiteral("K3")), k4 = customer(*db, QStringLiteral("K4"));
        const QString p1 = contact(*db, k1, QStringLiteral("P1")), p2 = contact(*db, k2, QStringLiteral("P2"));
        CampaignService service(*db);
        using P = CampaignService::Person;
        for (const auto& [campaignId, when] : {std::pair{a, at(1, 5)}, {b, at(2, 10)}, {c, at(3, 15)}, {a, at(2, 20)}})
            QVERIFY(service.recordTouch(campaignId, P::Contact, p1, when).ok()); // A on 2-20: outside A's dates
        QVERIFY(service.recordTouch(b, P::Contact, p2, at(2, 2)).ok());
        QVERIFY(service.recordTouch(c, P::Contact, p2, at(3, 25)).ok()); // after D2 closed
        // Leads of A: 4, of which qualified or converted 3; lead L5 (of no campaign) touched by C became deal D8.
        for (const QString& status : {QStringLiteral("new"), QStringLiteral("qualified"), QStringLiteral("qualified")})
            insert(*db, QStringLiteral("leads"),
                   {{QStringLiteral("name"), status},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("campaign_id"), a}});
        const QString d1 = deal(*db, stage.won, k1, p1, 1000000, QDate(2026, 4, 10), {});
        deal(*db, stage.won, k2, p2, 500000, QDate(2026, 3, 20), c);
        deal(*db, stage.won, k3, {}, 700000, QDate(2026, 2, 1), {}); // no campaign at all
        deal(*db, stage.won, k1, p1, 2000000, QDate(2026, 1, 20), a);
        deal(*db, stage.won, k3, {}, 300000, QDate(2026, 2, 1), a);
        deal(*db, stage.lost, k3, {}, 9999, QDate(2026, 2, 1), a);                       // lost: no revenue
        deal(*db, stage.won, k3, {}, 5000, QDate(2026, 2, 1), a, QStringLiteral("USD")); // other currency
        const QString d8 = deal(*db, stage.won, k4, {}, 100000, QDate(2026, 3, 30), {});
        insert(*db, QStringLiteral("leads"),
               {{QStringLiteral("name"), QStringLiteral("L4")},
                {QStringLiteral("status"), QStringLiteral("converted")},
                {QStringLiteral("converted_at"), at(1, 2)},
                {QStringLiteral("campaign_id"), a}});
        const QString l5 = insert(*db, QStringLiteral("leads"),
                                  {{QStringLiteral("name"), QStringLiteral("L5")},
                                   {QStringLiteral("status"), QStringLiteral("converted")},
                                   {QStringLiteral("converted_at"), at(3, 3)},
                                   {QStringLiteral("converted_customer_id"), k4},
                                   {QStringLiteral("converted_opportunity_id"), d8}});
        QVERIFY(service.recordTouch(c, P::Lead, l5, at(3, 2)).ok());
        QVERIFY(!d1.isEmpty());

        struct Expected
        {
            CampaignReport::Model model;
            qint64 revenue[3];
            int won[3];
        };
        const QList<Expected> expected{
            {CampaignReport::Model::FirstTouch, {3300000, 500000, 100000}, {3, 1, 1}},
            {CampaignReport::Model::LastTouch, {2300000, 0, 1600000}, {2, 0, 3}},
            {CampaignReport::Model::Linear, {2633334, 583333, 683333}, {3, 2, 3}},
        };
        ReportFilter filter;
        filter.currency = QStringLiteral("CNY");
        for (const Expected& e : expected) {
            const auto result = CampaignReport(*db).compute(filter, e.model, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(shown(result), shown(CampaignReport(*db).computeDirect(filter, e.model, &error)));
            QCOMPARE(result.currency, QStringLiteral("CNY"));
            QCOMPARE(result.campaigns.size(), 3);
            qint64 sum = result.unattributed.revenueMinor;
            for (int i = 0; i < 3; ++i) {
                const auto& row = result.campaigns.at(i);
                QCOMPARE(row.name, QString(QChar(u'A' + i)));
                QCOMPARE(row.revenueMinor, e.revenue[i]);
                QCOMPARE(row.won, e.won[i]);
                sum += row.revenueMinor;
            }
            QCOMPARE(result.unattributed.revenueMinor, qint64(700000));
            QCOMPARE(result.unattributed.won, 1);
            QCOMPARE(result.totalWonMinor, qint64(4600000));
            QCOMPARE(sum, qint64(4600000)); // each model's totals equal the total won revenue
            QCOMPARE(result.totalWon, 6);
            // Per campaign, counted once: leads, qualified leads, deals it converted (any stage or currency).
            const auto& rowA = result.campaigns.at(0);
            QCOMPARE(rowA.leads, 4);
            QCOMPARE(rowA.qualifiedLeads, 3);
            QCOMPARE(rowA.opportunities, 4);
            QCOMPARE(rowA.costMinor, qint64(100000));
            QVERIFY(rowA.hasCostPerLead);
            QCOMPARE(rowA.costPerLeadMinor, qint64(25000));
            QVERIFY(rowA.hasRoi);
            // Several won deals, the cost once: (revenue - cost) / cost.
            QCOMPARE(rowA.roi, double(e.revenue[0] - 100000) / 100000.0);
            QVERIFY(!result.campaigns.at(1).hasRoi); // zero cost: no ROI, not infinity
            QVERIFY(!result.campaigns.at(1).hasCostPerLead);
            QCOMPARE(result.campaigns.at(2).roi, double(e.revenue[2] - 50000) / 50000.0);
        }

        // The period is the deals' close date: March only leaves D2 and D8.
        filter.from = QDate(2026, 3, 1);
        filter.to = QDate(2026, 3, 31);
        const auto march = CampaignReport(*db).compute(filter, CampaignReport::Model::FirstTouch, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(march.totalWonMinor, qint64(600000));
        QCOMPARE(march.campaigns.at(1).revenueMinor, qint64(500000));
        QCOMPARE(march.campaigns.at(2).revenueMinor, qint64(100000));
        // In USD only the USD deal counts, and A's CNY cost is not compared with it.
        filter = {};
        filter.currency = QStringLiteral("USD");
        const auto usd = CampaignReport(*db).compute(filter, CampaignReport::Model::LastTouch, &error);
        QCOMPARE(usd.campaigns.at(0).revenueMinor, qint64(5000));
        QVERIFY(!usd.campaigns.at(0).hasRoi);
    }

    // What the report shows, as text: the summarised and the direct computation must print the same.
    static QString shown(const CampaignReport::Result& r)
    {
        QStringList lines;
        for (const auto& row : r.campaigns)
            lines << QStringLiteral("%1 %2/%3/%4 won %5 rev %6")
                         .arg(row.name)
                         .arg(row.leads)
                         .arg(row.qualifiedLeads)
                         .arg(row.opportunities)
                         .arg(row.won)
                         .arg(row.revenueMinor);
        lines << QStringLiteral("none won %1 rev %2").arg(r.unattributed.won).arg(r.unattributed.revenueMinor);
        lines << QStringLiteral("total %1 %2").arg(r.totalWon).arg(r.totalWonMinor);
        return lines.join(QLatin1Char('\n'));
    }
    static QString sameAsDirect(Database& db, const QString& step)
    {
        const CampaignReport report(db);
        const QList<QPair<QDate, QDate>> periods{{{}, {}},
                                                 {QDate(2026, 2, 1), QDate(2026, 4, 30)}, // whole months
                                                 {QDate(2026, 1, 17), QDate(2026, 3, 9)}, // partial ends
                                                 {QDate(2026, 2, 3), QDate(2026, 2, 20)}, // inside one month
                                                 {{}, QDate(2026, 2, 14)},
                                                 {QDate(2026, 3, 2), {}}};
        for (const QString& currency : {QStringLiteral("CNY"), QStringLiteral("USD")}) {
            for (const auto& period : periods) {
                ReportFilter filter;
                filter.currency = currency;
                filter.from = period.first;
                filter.to = period.second;
                for (auto model : {CampaignReport::Model::FirstTouch, CampaignReport::Model::LastTouch,
                                   CampaignReport::Model::Linear}) {
                    QString e1, e2;
                    const QString kept = shown(report.compute(filter, model, &e1));
                    const QString direct = shown(report.computeDirect(filter, model, &e2));
                    if (!e1.isEmpty() || !e2.isEmpty())
                        return e1 + e2;
                    if (kept != direct)
                        return QStringLiteral("after %1, %2 %3 %4..%5:\nsummary:\n%6\ndirect:\n%7")
                            .arg(step, currency, CampaignReport::modelName(model), period.first.toString(Qt::ISODate),
                                 period.second.toString(Qt::ISODate), kept, direct);
                }
            }
        }
        return {};
    }

    void summaryMatchesDirect_data() { TestDatabase::addTargets(); }
    void summaryMatchesDirect()
    {
        // The summaries the triggers keep (CampaignReport::compute) against the figures computed from the rows
        // (computeDirect) after random touches, wins, losses, amount and date changes, deletes and restores of deals,
        // touches, leads and campaigns; then `check` finds a damaged summary and a rebuild repairs it.
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Ids stage = stages(*db);
        const QString open =
            scalar(*db, QStringLiteral("SELECT id FROM pipeline_stages WHERE NOT is_won AND NOT is_lost "
                                       "ORDER BY sort_order"))
                .toString();
        QRandomGenerator random(20261203);
        const auto day = [&]() { return QDate(2026, 1 + int(random.bounded(5)), 1 + int(random.bounded(28))); };
        const auto pick = [&](const QStringList& list) { return list.at(int(random.bounded(int(list.size())))); };
        QStringList campaigns, customers, contacts, leads, deals, touches;
        for (int i = 0; i < 4; ++i)
            campaigns << campaign(*db, QStringLiteral("C%1").arg(i), QDate(2026, 1 + i, 1), QDate(2026, 3 + i, 28),
                                  10000 * i);
        for (int i = 0; i < 4; ++i) {
            customers << customer(*db, QStringLiteral("K%1").arg(i));
            contacts << contact(*db, customers.last(), QStringLiteral("P%1").arg(i));
        }
        CampaignService service(*db);
        const auto version = [&](const QString& table, const QString& id) {
            return scalar(*db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table), {id}).toInt();
        };
        const auto update = [&](const QString& table, const QString& id, const QVariantHash& changes) {
            if (!scalar(*db, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table), {id}).isNull())
                return WriteResult(); // a deleted row is not edited; it may be restored later
            return RecordWriter::transact(
                *db, [&](RecordWriter& writer) { return writer.update(table, id, version(table, id), changes); });
        };
        const auto toggle = [&](const QString& table, const QString& id) {
            const bool deleted =
                !scalar(*db, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table), {id}).isNull();
            return RecordWriter::transact(*db, [&](RecordWriter& writer) {
                return deleted ? writer.restore(table, id) : writer.softDelete(table, id, version(table, id));
            });
        };
        for (int step = 0; step < 160; ++step) {
            WriteResult r;
            QString what;
            int kind = deals.size() < 4 ? 0 : int(random.bounded(15));
            if (kind > 10)
                kind = 0; // new deals more often than the rest, so many stay won and live
            switch (kind) {
            case 0:
                what = QStringLiteral("new deal");
                deals << deal(*db, random.bounded(3) ? stage.won : open, pick(customers),
                              random.bounded(4) ? QVariant(pick(contacts)) : QVariant(),
                              qint64(random.bounded(1000000)), day(),
                              random.bounded(2) ? QVariant(pick(campaigns)) : QVariant(),
                              random.bounded(5) ? QStringLiteral("CNY") : QStringLiteral("USD"));
                break;
            case 1:
                what = QStringLiteral("win/lose");
                r = update(QStringLiteral("opportunities"), pick(deals),
                           {{QStringLiteral("stage_id"), pick({stage.won, stage.lost, open})}});
                break;
            case 2:
                what = QStringLiteral("amount and close date");
                r = update(QStringLiteral("opportunities"), pick(deals),
                           {{QStringLiteral("amount_minor"), qint64(random.bounded(1000000))},
                            {QStringLiteral("actual_close"), day()}});
                break;
            case 3:
                what = QStringLiteral("deal delete/restore");
                r = toggle(QStringLiteral("opportunities"), pick(deals));
                break;
            case 4:
            case 5: {
                what = QStringLiteral("touch");
                const int who = int(random.bounded(3));
                if (who == 0 && !leads.isEmpty())
                    r = service.recordTouch(pick(campaigns), CampaignService::Person::Lead, pick(leads),
                                            QDateTime(day(), QTime(9, int(random.bounded(60))), Qt::UTC));
                else
                    r = service.recordTouch(pick(campaigns),
                                            who == 1 ? CampaignService::Person::Customer
                                                     : CampaignService::Person::Contact,
                                            who == 1 ? pick(customers) : pick(contacts),
                                            QDateTime(day(), QTime(9, int(random.bounded(60))), Qt::UTC));
                touches << r.id;
                break;
            }
            case 6:
                what = QStringLiteral("touch delete/restore");
                if (touches.isEmpty())
                    continue;
                r = toggle(QStringLiteral("campaign_touches"), pick(touches));
                break;
            case 7:
                what = QStringLiteral("campaign dates");
                r = update(QStringLiteral("campaigns"), pick(campaigns),
                           {{QStringLiteral("starts_on"), QDate(2026, 1 + int(random.bounded(3)), 1)},
                            {QStringLiteral("ends_on"), QDate(2026, 4 + int(random.bounded(3)), 1)}});
                break;
            case 8:
                what = QStringLiteral("campaign delete/restore");
                r = toggle(QStringLiteral("campaigns"), pick(campaigns));
                break;
            case 9:
                what = QStringLiteral("new lead");
                leads << insert(*db, QStringLiteral("leads"),
                                {{QStringLiteral("name"), QStringLiteral("L%1").arg(step)},
                                 {QStringLiteral("status"), pick({QStringLiteral("new"), QStringLiteral("qualified")})},
                                 {QStringLiteral("campaign_id"), pick(campaigns)}});
                break;
            default:
                what = QStringLiteral("lead converted");
                if (leads.isEmpty())
                    continue;
                r = update(QStringLiteral("leads"), pick(leads),
                           {{QStringLiteral("status"), QStringLiteral("converted")},
                            {QStringLiteral("converted_at"), QDateTime(day(), QTime(8, 0), Qt::UTC)},
                            {QStringLiteral("converted_contact_id"), pick(contacts)},
                            {QStringLiteral("converted_opportunity_id"), pick(deals)}});
                break;
            }
            QVERIFY2(r.message.isEmpty(), qPrintable(what + QStringLiteral(": ") + r.message));
            if (step % 8 == 7) {
                const QString difference = sameAsDirect(*db, QStringLiteral("%1 (step %2)").arg(what).arg(step));
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
        const QString difference = sameAsDirect(*db, QStringLiteral("the last step"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const int credits = count(*db, QStringLiteral("SELECT COUNT(*) FROM report_campaign_credit"));
        const int attributed =
            count(*db, QStringLiteral("SELECT COUNT(*) FROM report_campaign_credit WHERE campaign_id "
                                      "<> '00000000-0000-0000-0000-000000000000'"));
        QVERIFY2(credits >= 30 && attributed >= 10, qPrintable(QStringLiteral("%1 %2").arg(credits).arg(attributed)));

        // `check` holds the summaries against the deals, and a rebuild makes them whole again.
        QStringList problems;
        QVERIFY2(CampaignSummary::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE report_campaign_summary SET amount_minor = amount_minor + 1 "
                                      "WHERE model = 3 AND currency = 'CNY'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM report_campaign_counts")));
        QVERIFY2(CampaignSummary::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().contains(QStringLiteral("CNY")));
        {
            Transaction tx(*db);
            QVERIFY(tx.isActive());
            ReportSummaries summaries(*db);
            QVERIFY2(summaries.rebuild(&error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        problems.clear();
        QVERIFY2(CampaignSummary::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QString rebuilt = sameAsDirect(*db, QStringLiteral("the rebuild"));
        QVERIFY2(rebuilt.isEmpty(), qPrintable(rebuilt));
    }

    void competitors_data() { TestDatabase::addTargets(); }
    void competitors()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Ids stage = stages(*db);
        const QString open = scalar(*db, QStringLiteral("SELECT id FROM pipeline_stages WHERE NOT is_won AND NOT "
                                                        "is_lost ORDER BY sort_order"))
                                 .toString();
        CompetitorModel model(*db);
        for (const char* name : {"金蝶", "用友", "Salesforce"})
            model.addRecord({{QStringLiteral("name"), QString::fromUtf8(name)}});
        QVERIFY(model.save().ok());
        CompetitorModel twice(*db);
        twice.addRecord({{QStringLiteral("name"), QStringLiteral("salesforce")}});
        QVERIFY(twice.save().fieldErrors.contains(QStringLiteral("name")));
        const QString kingdee =
            scalar(*db, QStringLiteral("SELECT id FROM competitors WHERE name = '金蝶'")).toString();
        const QString yonyou = scalar(*db, QStringLiteral("SELECT id FROM competitors WHERE name = '用友'")).toString();
        const QString sf =
            scalar(*db, QStringLiteral("SELECT id FROM competitors WHERE name = 'Salesforce'")).toString();
        const QString k = customer(*db, QStringLiteral("K"));
        CampaignService service(*db);
        // 7 deals: the competitors met on each and, for lost ones, sometimes the winner.
        struct Deal
        {
            QString stage;
            qint64 amount;
            QStringList competitors;
            QString winner;
            QString reason;
        };
        const QList<Deal> deals{{stage.won, 100, {kingdee}, {}, {}},
                                {stage.won, 200, {kingdee, yonyou}, {}, {}},
                                {stage.lost, 400, {kingdee, yonyou}, yonyou, QStringLiteral("Price")},
                                {stage.lost, 800, {kingdee}, kingdee, QStringLiteral("Price")},
                                {stage.lost, 1600, {kingdee}, {}, {}},
                                {open, 3200, {kingdee, sf}, {}, {}},
                                {stage.lost, 6400, {yonyou}, {}, QStringLiteral("Features")}};
        for (const Deal& d : deals) {
            const QString id = insert(*db, QStringLiteral("opportunities"),
                                      {{QStringLiteral("name"), QStringLiteral("D")},
                                       {QStringLiteral("customer_id"), k},
                                       {QStringLiteral("amount_minor"), d.amount},
                                       {QStringLiteral("stage_id"), d.stage},
                                       {QStringLiteral("lost_reason"), d.reason.isEmpty() ? QVariant() : d.reason}});
            const WriteResult linked = service.setCompetitors(id, d.competitors, d.winner);
            QVERIFY2(linked.ok(), qPrintable(linked.message));
        }
        // A winner only on a lost deal, and only one of the deal's competitors; relinking drops links.
        const QString wonDeal =
            scalar(*db, QStringLiteral("SELECT id FROM opportunities WHERE amount_minor = 100")).toString();
        QCOMPARE(service.setCompetitors(wonDeal, {kingdee}, kingdee).status, WriteResult::Invalid);
        QVERIFY(service.setCompetitors(wonDeal, {kingdee, sf}).ok());
        QVERIFY(service.setCompetitors(wonDeal, {kingdee}).ok());
        QCOMPARE(service.competitorsOf(wonDeal).size(), 1);

        ReportFilter filter;
        filter.currency = QStringLiteral("CNY");
        const auto result = CompetitorReport(*db).compute(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.competitors.size(), 3);
        // Independent SQL: per competitor, the deals linked and their stages.
        for (const auto& row : result.competitors) {
            const QVariantList id{row.competitorId};
            const QString base = QStringLiteral("FROM opportunity_competitors l JOIN opportunities o ON o.id = "
                                                "l.opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE "
                                                "l.deleted_at IS NULL AND l.competitor_id = ?");
            QCOMPARE(row.deals, count(*db, QStringLiteral("SELECT COUNT(*) ") + base, id));
            QCOMPARE(row.won,
                     count(*db, QStringLiteral("SELECT COUNT(*) ") + base + QStringLiteral(" AND s.is_won"), id));
            QCOMPARE(row.lost,
                     count(*db, QStringLiteral("SELECT COUNT(*) ") + base + QStringLiteral(" AND s.is_lost"), id));
            QCOMPARE(row.wonMinor, scalar(*db,
                                          QStringLiteral("SELECT COALESCE(SUM(o.amount_minor), 0) ") + base +
                                              QStringLiteral(" AND s.is_won"),
                                          id)
                                       .toLongLong());
            QCOMPARE(row.lostToThem,
                     count(*db,
                           QStringLiteral("SELECT COUNT(*) ") + base + QStringLiteral(" AND s.is_lost AND l.is_winner"),
                           id));
        }
        const auto found = std::find_if(result.competitors.cbegin(), result.competitors.cend(),
                                        [&](const auto& r) { return r.competitorId == kingdee; });
        QVERIFY(found != result.competitors.cend());
        const auto& kd = *found;
        QCOMPARE(kd.deals, 6);
        QCOMPARE(kd.won, 2);
        QCOMPARE(kd.lost, 3);
        QCOMPARE(kd.open, 1);
        QCOMPARE(kd.lostToThem, 1);
        QCOMPARE(kd.wonMinor, qint64(300));
        QCOMPARE(kd.lostMinor, qint64(2800));
        QVERIFY(kd.hasWinRate);
        QCOMPARE(kd.winRate, 0.4);
        const auto reasons = CompetitorReport(*db).lostReasons(kingdee, &error);
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons.at(0), qMakePair(QStringLiteral("Price"), 2));
        QCOMPARE(reasons.at(1), qMakePair(QString(), 1));

        // Observations: the newest per competitor and product.
        for (const auto& [product, day, price] :
             {std::tuple{"K/3 Cloud", 5, 100}, {"K/3 Cloud", 9, 90}, {"EAS", 1, 500}})
            insert(*db, QStringLiteral("competitor_observations"),
                   {{QStringLiteral("competitor_id"), kingdee},
                    {QStringLiteral("product"), QString::fromUtf8(product)},
                    {QStringLiteral("observed_on"), QDate(2026, 5, day)},
                    {QStringLiteral("price_minor"), price},
                    {QStringLiteral("currency"), QStringLiteral("CNY")}});
        const auto latest = CompetitorReport(*db).latestObservations(kingdee, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).product, QStringLiteral("K/3 Cloud"));
        QCOMPARE(latest.at(0).priceMinor, qint64(90));
        QCOMPARE(latest.at(1).product, QStringLiteral("EAS"));
    }

    void freeTextMigration_data() { TestDatabase::addTargets(); }
    void freeTextMigration()
    {
        // A database of schema 18 with free-text competitors, upgraded: single names become competitors and links
        // (names equal but for case and spaces are one competitor), the rest stays in the field.
        QFETCH(QString, target);
        TestDatabase tdb(target);
        Database::Options raw;
        raw.migrate = false;
        raw.ensureUser = false;
        QString error;
        auto db = tdb.open(&error, raw);
        QVERIFY2(db, qPrintable(error));
        SchemaMigrator migrator(*db);
        QVERIFY2(migrator.migrateTo(18, &error), qPrintable(error));
        const QString stage =
            scalar(*db, QStringLiteral("SELECT id FROM pipeline_stages ORDER BY sort_order")).toString();
        const QString k = customer(*db, QStringLiteral("K"));
        const QStringList texts{QStringLiteral("金蝶"),          QStringLiteral(" Salesforce "),
                                QStringLiteral("salesforce"),    QStringLiteral("金蝶、用友"),
                                QStringLiteral("HubSpot, Zoho"), QString()};
        QStringList ids;
        for (const QString& text : texts)
            ids << insert(*db, QStringLiteral("opportunities"),
                          {{QStringLiteral("name"), QStringLiteral("D")},
                           {QStringLiteral("customer_id"), k},
                           {QStringLiteral("stage_id"), stage},
                           {QStringLiteral("competitors"), text.isNull() ? QVariant() : text}});
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM competitors")), 2);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT name FROM competitors WHERE lower(name) = 'salesforce'")).toString(),
            QStringLiteral("Salesforce"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunity_competitors")), 3);
        const auto linkedTo = [&](int i) {
            return scalar(*db,
                          QStringLiteral("SELECT c.name FROM opportunity_competitors l JOIN competitors c ON c.id = "
                                         "l.competitor_id WHERE l.opportunity_id = ?"),
                          {ids.at(i)})
                .toString();
        };
        QCOMPARE(linkedTo(0), QStringLiteral("金蝶"));
        QCOMPARE(linkedTo(1), QStringLiteral("Salesforce"));
        QCOMPARE(linkedTo(2), QStringLiteral("Salesforce"));
        const auto textOf = [&](int i) {
            return scalar(*db, QStringLiteral("SELECT competitors FROM opportunities WHERE id = ?"), {ids.at(i)});
        };
        QVERIFY(textOf(0).isNull());
        QVERIFY(textOf(1).isNull());
        QCOMPARE(textOf(3).toString(), QStringLiteral("金蝶、用友"));
        QCOMPARE(textOf(4).toString(), QStringLiteral("HubSpot, Zoho"));
        // The new ids are UUIDs like every other key.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT id FROM competitors ORDER BY name LIMIT 1")).toString().size(), 36);
        // Opened again, the search index is built anew and holds the deals as they are now.
        db.reset();
        db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QStringList problems;
        QVERIFY2(SearchIndex::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "TestCampaigns.moc"
