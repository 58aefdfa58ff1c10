#include "Database.h"
#include "ReportQueries.h"
#include "ReportSummaries.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

// Report figures against an independent computation over the raw rows (plain SELECTs, aggregated
// here), before and after stage moves, edits, soft deletes, restores and purges, on both dialects.
// Equal figures after the mutations prove the trigger-maintained summaries stayed exact.
class TestReportQueries : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QStringList teams;
        QStringList users;
        QHash<QString, QString> teamOf; // user -> team
        QStringList customers;
        QStringList opportunities;
        QStringList stages; // 6 seeded, sort order
        QString wonStage;
        QString lostStage;
    };

    static QString ts(const QDateTime& when) { return SqlValues::timestamp(when); }

    static bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values)
    {
        if (!q.prepare(sql))
            return false;
        for (const QVariant& v : values)
            q.addBindValue(v);
        const bool ok = q.exec();
        if (!ok)
            qWarning("%s: %s", qPrintable(sql.left(120)), qPrintable(q.lastError().text()));
        return ok;
    }

    static QVariant nullable(const QString& s)
    {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    }

    // Deterministic fixture data through plain prepared INSERTs (the triggers fill the summaries).
    static bool makeFixture(Database& db, Fixture* f)
    {
        QRandomGenerator r(42);
        QSqlQuery q(db.connection());
        const QString now = SqlValues::utcNow();
        auto pick = [&r](const QStringList& list) { return list.at(int(r.bounded(list.size()))); };
        auto maybe = [&r, &pick](const QStringList& list, int nullPercent) {
            return int(r.bounded(100)) < nullPercent ? QString() : pick(list);
        };
        auto day = [&r](const QDate& from, int days) { return from.addDays(r.bounded(days)); };
        auto moment = [&r](const QDate& from, int days) {
            return QDateTime(from, QTime(0, 0), Qt::UTC)
                .addMSecs(qint64(r.bounded(days * 24 * 3600)) * 1000 + r.bounded(1000));
        };

        if (!exec(q, QStringLiteral("SELECT id, is_won, is_lost FROM pipeline_stages ORDER BY sort_order"), {}))
            return false;
        while (q.next()) {
            f->stages << q.value(0).toString();
            if (q.value(1).toBool())
                f->wonStage = q.value(0).toString();
            if (q.value(2).toBool())
                f->lostStage = q.value(0).toString();
        }
        for (int i = 0; i < 2; ++i) {
            const QString id = Uuid::createV7();
            if (!exec(q, QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                      {id, QStringLiteral("Team %1").arg(i), now, now}))
                return false;
            f->teams << id;
        }
        for (int i = 0; i < 5; ++i) {
            const QString id = Uuid::createV7();
            const QString team = i < 4 ? f->teams.at(i % 2) : QString();
            if (!exec(q,
                      QStringLiteral("INSERT INTO users (id, username, display_name, team_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, QStringLiteral("rep%1").arg(i), QStringLiteral("Rep %1").arg(i), nullable(team), now, now}))
                return false;
            f->users << id;
            f->teamOf.insert(id, team);
        }
        for (int i = 0; i < 60; ++i) {
            const QString id = Uuid::createV7();
            const QVariant industry =
                r.bounded(10) == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(1 + int(r.bounded(12)));
            if (!exec(q,
                      QStringLiteral("INSERT INTO customers (id, name, industry_id, owner_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, QStringLiteral("Customer %1").arg(i), industry, nullable(maybe(f->users, 10)),
                       ts(moment(QDate(2025, 1, 1), 540)), now}))
                return false;
            f->customers << id;
        }
        for (int i = 0; i < 400; ++i) {
            const QString id = Uuid::createV7();
            const QString stage = pick(f->stages);
            const bool closed = stage == f->wonStage || stage == f->lostStage;
            const QVariant expected = r.bounded(20) == 0 ? QVariant() : SqlValues::date(day(QDate(2025, 1, 1), 720));
            const QVariant actual =
                closed && r.bounded(10) != 0 ? SqlValues::date(day(QDate(2025, 1, 1), 720)) : QVariant();
            if (!exec(q,
                      QStringLiteral(
                          "INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                          "expected_close, actual_close, stage_id, probability, owner_id, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, QStringLiteral("Deal %1").arg(i), pick(f->customers), qint64(r.bounded(10000000)),
                       r.bounded(5) == 0 ? QStringLiteral("USD") : QStringLiteral("CNY"), expected, actual, stage,
                       int(r.bounded(101)), nullable(maybe(f->users, 10)), now, now}))
                return false;
            f->opportunities << id;
            // History in time order, as stage moves write it.
            QDateTime at = moment(QDate(2025, 1, 1), 300);
            QString from;
            const int changes = int(r.bounded(5));
            for (int c = 0; c < changes; ++c) {
                const QString to = pick(f->stages);
                if (!exec(q,
                          QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage_id, to_stage_id, "
                                         "changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {Uuid::createV7(), id, nullable(from), to, ts(at), now, now}))
                    return false;
                from = to;
                at = at.addMSecs(qint64(r.bounded(60 * 24 * 3600)) * 1000 + r.bounded(1000));
            }
        }
        for (int i = 0; i < 500; ++i) {
            const QVariant channel =
                r.bounded(10) == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(1 + int(r.bounded(5)));
            if (!exec(q,
                      QStringLiteral(
                          "INSERT INTO interactions (id, customer_id, occurred_at, channel_id, subject, author_id, "
                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {Uuid::createV7(), pick(f->customers), ts(moment(QDate(2025, 1, 1), 540)), channel,
                       QStringLiteral("Call %1").arg(i), nullable(maybe(f->users, 10)), now, now}))
                return false;
        }
        static const char* statuses[] = {"todo", "in_progress", "done"};
        for (int i = 0; i < 80; ++i) {
            if (!exec(
                    q,
                    QStringLiteral("INSERT INTO tasks (id, title, owner_id, due_date, status, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {Uuid::createV7(), QStringLiteral("Task %1").arg(i), nullable(maybe(f->users, 10)),
                     SqlValues::date(day(QDate(2026, 1, 1), 365)), QString::fromLatin1(statuses[r.bounded(3)]), now,
                     now}))
                return false;
        }
        return true;
    }

    // Every kind of change the summaries must follow.
    static bool mutate(Database& db, const Fixture& f)
    {
        QRandomGenerator r(7);
        QSqlQuery q(db.connection());
        const QString now = SqlValues::utcNow();
        auto pick = [&r](const QStringList& list) { return list.at(int(r.bounded(list.size()))); };
        auto update = [&](const QString& sql, const QVariantList& values) { return exec(q, sql, values); };
        for (int i = 0; i < 40; ++i) { // stage moves with their history row, appended after all others as moves do
            const QString opp = pick(f.opportunities);
            const QString to = pick(f.stages);
            if (!update(
                    QStringLiteral(
                        "INSERT INTO stage_history (id, opportunity_id, from_stage_id, to_stage_id, changed_at, "
                        "created_at, updated_at) SELECT ?, id, stage_id, ?, ?, ?, ? FROM opportunities WHERE id = ?"),
                    {Uuid::createV7(), to, ts(QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC).addSecs(i * 7919)),
                     now, now, opp}) ||
                !update(QStringLiteral("UPDATE opportunities SET stage_id = ?, probability = ?, actual_close = ?, "
                                       "version = version + 1 WHERE id = ?"),
                        {to, int(r.bounded(101)),
                         to == f.wonStage || to == f.lostStage
                             ? SqlValues::date(QDate(2025, 6, 1).addDays(r.bounded(300)))
                             : QVariant(),
                         opp}))
                return false;
        }
        for (int i = 0; i < 20; ++i)
            if (!update(QStringLiteral("UPDATE opportunities SET amount_minor = ?, version = version + 1 WHERE id = ?"),
                        {qint64(r.bounded(5000000)), pick(f.opportunities)}))
                return false;
        for (int i = 0; i < 10; ++i)
            if (!update(QStringLiteral("UPDATE opportunities SET currency = ?, version = version + 1 WHERE id = ?"),
                        {i % 2 ? QStringLiteral("USD") : QStringLiteral("CNY"), pick(f.opportunities)}))
                return false;
        for (int i = 0; i < 15; ++i)
            if (!update(QStringLiteral("UPDATE opportunities SET owner_id = ?, version = version + 1 WHERE id = ?"),
                        {i == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(pick(f.users)),
                         pick(f.opportunities)}))
                return false;
        for (int i = 0; i < 15; ++i)
            if (!update(QStringLiteral("UPDATE opportunities SET expected_close = ?, customer_id = ?, version = "
                                       "version + 1 WHERE id = ?"),
                        {SqlValues::date(QDate(2025, 2, 1).addDays(r.bounded(500))), pick(f.customers),
                         pick(f.opportunities)}))
                return false;
        QStringList deleted;
        for (int i = 0; i < 20; ++i) {
            deleted << pick(f.opportunities);
            if (!update(QStringLiteral("UPDATE opportunities SET deleted_at = ?, version = version + 1 WHERE id = ?"),
                        {now, deleted.last()}))
                return false;
        }
        for (int i = 0; i < 5; ++i) // restore, then edit while restored
            if (!update(QStringLiteral(
                            "UPDATE opportunities SET deleted_at = NULL, amount_minor = amount_minor + 1 WHERE id = ?"),
                        {deleted.at(i)}))
                return false;
        // Purge (an admin action on tombstones): soft delete, then history, then the opportunity.
        for (int i = 0; i < 3; ++i) {
            const QString opp = f.opportunities.at(100 + i);
            if (!update(QStringLiteral("UPDATE opportunities SET deleted_at = ? WHERE id = ?"), {now, opp}) ||
                !update(QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ?"), {opp}) ||
                !update(QStringLiteral("DELETE FROM opportunities WHERE id = ?"), {opp}))
                return false;
        }
        for (int i = 0; i < 8; ++i)
            if (!update(QStringLiteral("UPDATE customers SET industry_id = ? WHERE id = ?"),
                        {i == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(1 + int(r.bounded(12))),
                         pick(f.customers)}))
                return false;
        for (int i = 0; i < 6; ++i)
            if (!update(QStringLiteral("UPDATE customers SET owner_id = ? WHERE id = ?"),
                        {pick(f.users), pick(f.customers)}))
                return false;
        for (int i = 0; i < 6; ++i)
            if (!update(QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id = ?"), {now, pick(f.customers)}))
                return false;
        if (!update(QStringLiteral("UPDATE interactions SET deleted_at = ? WHERE subject LIKE ?"),
                    {now, QStringLiteral("Call 1%")}) ||
            !update(QStringLiteral(
                        "UPDATE interactions SET occurred_at = ?, author_id = ?, channel_id = ? WHERE subject LIKE ?"),
                    {ts(QDateTime(QDate(2025, 7, 31), QTime(23, 59, 59), Qt::UTC)), f.users.at(0), 3,
                     QStringLiteral("Call 2%")}) ||
            !update(QStringLiteral("DELETE FROM interactions WHERE subject LIKE ?"), {QStringLiteral("Call 3%")}))
            return false;
        if (!update(QStringLiteral("UPDATE stage_history SET deleted_at = ? WHERE id IN (SELECT id FROM stage_history "
                                   "WHERE to_stage_id = ? ORDER BY id LIMIT 10)"),
                    {now, f.stages.at(2)}))
            return false;
        return true;
    }

    // ---- the independent computation -------------------------------------------------------------
    struct Raw
    {
        struct Opp
        {
            QString id, customer, stage, owner, currency;
            qint64 amount;
            int probability;
            QDate close;
            bool live;
        };
        struct Hist
        {
            QString id, opp, from, to;
            QDateTime at;
            bool live;
        };
        struct Act
        {
            QDateTime at;
            QString author;
            QString channel;
            bool live;
        };
        struct Cust
        {
            QString id, owner;
            QDateTime created;
            bool live;
        };
        QList<Opp> opps;
        QList<Hist> history;
        QList<Act> acts;
        QList<Cust> customers;
        QHash<QString, QString> teamOf, nameOf;
        QSet<QString> won, lost;
    };

    static Raw loadRaw(Database& db)
    {
        Raw raw;
        QSqlQuery q(db.connection());
        exec(q, QStringLiteral("SELECT id, is_won, is_lost FROM pipeline_stages"), {});
        while (q.next()) {
            if (q.value(1).toBool())
                raw.won.insert(q.value(0).toString());
            if (q.value(2).toBool())
                raw.lost.insert(q.value(0).toString());
        }
        exec(q, QStringLiteral("SELECT id, team_id, display_name FROM users"), {});
        while (q.next()) {
            raw.teamOf.insert(q.value(0).toString(), q.value(1).toString());
            raw.nameOf.insert(q.value(0).toString(), q.value(2).toString());
        }
        exec(q,
             QStringLiteral("SELECT id, customer_id, stage_id, owner_id, currency, amount_minor, probability, "
                            "COALESCE(actual_close, expected_close), deleted_at FROM opportunities"),
             {});
        while (q.next())
            raw.opps.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toInt(),
                             SqlValues::toDate(q.value(7)), q.value(8).isNull()});
        exec(q,
             QStringLiteral(
                 "SELECT id, opportunity_id, from_stage_id, to_stage_id, changed_at, deleted_at FROM stage_history"),
             {});
        while (q.next())
            raw.history.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), SqlValues::toDateTime(q.value(4)), q.value(5).isNull()});
        exec(q,
             QStringLiteral("SELECT i.occurred_at, i.author_id, c.code, i.deleted_at FROM interactions i "
                            "LEFT JOIN interaction_channels c ON c.id = i.channel_id"),
             {});
        while (q.next())
            raw.acts.append(
                {SqlValues::toDateTime(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).isNull()});
        exec(q, QStringLiteral("SELECT id, owner_id, created_at, deleted_at FROM customers"), {});
        while (q.next())
            raw.customers.append(
                {q.value(0).toString(), q.value(1).toString(), SqlValues::toDateTime(q.value(2)), q.value(3).isNull()});
        return raw;
    }

    static bool inPeriod(const ReportFilter& whole, const QDate& d)
    {
        if (!d.isValid())
            return !whole.from.isValid();
        return (!whole.from.isValid() || d >= whole.from) && (!whole.to.isValid() || d <= whole.to);
    }
    static bool person(const Raw& raw, const ReportFilter& f, const QString& user)
    {
        if (!f.ownerId.isEmpty() && user != f.ownerId)
            return false;
        if (!f.teamId.isEmpty() && (user.isEmpty() || raw.teamOf.value(user) != f.teamId))
            return false;
        return true;
    }

    void compareAll(Database& db, const ReportFilter& filter)
    {
        const ReportFilter whole = ReportQueries::wholeMonths(filter);
        const Raw raw = loadRaw(db);
        ReportQueries reports(db);
        QString error;
        const QString cur = filter.currency;

        // Funnel: counts straight from SQL, amounts in the reporting currency only.
        {
            QSqlQuery q(db.connection());
            QString sql =
                QStringLiteral("SELECT stage_id, COUNT(*), SUM(CASE WHEN currency = ? THEN amount_minor ELSE 0 END) "
                               "FROM opportunities WHERE deleted_at IS NULL");
            QVariantList values{cur};
            if (whole.from.isValid()) {
                sql += QStringLiteral(" AND COALESCE(actual_close, expected_close) BETWEEN ? AND ?");
                values << SqlValues::date(whole.from) << SqlValues::date(whole.to);
            }
            if (!filter.ownerId.isEmpty()) {
                sql += QStringLiteral(" AND owner_id = ?");
                values << filter.ownerId;
            }
            if (!filter.teamId.isEmpty()) {
                sql += QStringLiteral(" AND owner_id IN (SELECT id FROM users WHERE team_id = ?)");
                values << filter.teamId;
            }
            QVERIFY(exec(q, sql + QStringLiteral(" GROUP BY stage_id"), values));
            QHash<QString, QPair<int, qint64>> expected;
            while (q.next())
                expected.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toLongLong()});
            const auto funnel = reports.funnel(filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(funnel.size(), 6);
            int total = 0;
            for (const auto& stage : funnel) {
                QCOMPARE(stage.count, expected.value(stage.stageId).first);
                QCOMPARE(stage.amountMinor, expected.value(stage.stageId).second);
                total += stage.count;
            }
            QVERIFY(total > 0);
            QVERIFY(funnel.last().isLost);
            QVERIFY(funnel.at(funnel.size() - 2).isWon);
        }

        // Revenue by month: won amount, weighted forecast (rounded once per month), targets.
        {
            QMap<QDate, qint64> won, weighted;
            for (const auto& o : raw.opps) {
                if (!o.live || o.currency != cur || !o.close.isValid() || !inPeriod(whole, o.close) ||
                    !person(raw, filter, o.owner))
                    continue;
                const QDate month(o.close.year(), o.close.month(), 1);
                if (raw.won.contains(o.stage))
                    won[month] += o.amount;
                else if (!raw.lost.contains(o.stage))
                    weighted[month] += o.amount * o.probability;
            }
            const auto points = reports.revenue(filter, ReportQueries::Granularity::Month, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!points.isEmpty());
            qint64 wonTotal = 0;
            for (const auto& p : points) {
                QCOMPARE(p.wonMinor, won.value(p.periodStart));
                QCOMPARE(p.weightedForecastMinor, (weighted.value(p.periodStart) + 50) / 100);
                wonTotal += p.wonMinor;
            }
            qint64 expectedTotal = 0;
            for (qint64 v : std::as_const(won))
                expectedTotal += v;
            QCOMPARE(wonTotal, expectedTotal);
            const auto quarters = reports.revenue(filter, ReportQueries::Granularity::Quarter, &error);
            qint64 quarterTotal = 0;
            for (const auto& p : quarters) {
                QCOMPARE(p.periodStart.month() % 3, 1);
                quarterTotal += p.wonMinor;
            }
            QCOMPARE(quarterTotal, expectedTotal);
            const auto total = reports.revenueBy(filter, ReportQueries::Breakdown::None, &error);
            QCOMPARE(total.size(), 1);
            QCOMPARE(total.first().second, expectedTotal);
            for (auto breakdown :
                 {ReportQueries::Breakdown::Rep, ReportQueries::Breakdown::Team, ReportQueries::Breakdown::Industry}) {
                qint64 sum = 0;
                for (const auto& row : reports.revenueBy(filter, breakdown, &error))
                    sum += row.second;
                QCOMPARE(sum, expectedTotal);
            }
            // Per rep by name.
            QHash<QString, qint64> byRep;
            for (const auto& o : raw.opps)
                if (o.live && o.currency == cur && raw.won.contains(o.stage) && inPeriod(whole, o.close) &&
                    person(raw, filter, o.owner))
                    byRep[raw.nameOf.value(o.owner)] += o.amount;
            for (const auto& row : reports.revenueBy(filter, ReportQueries::Breakdown::Rep, &error))
                QCOMPARE(row.second, byRep.value(row.first));
        }

        // Conversion from history: predecessor over all the opportunity's rows, strictly earlier.
        {
            QHash<QString, const Raw::Opp*> opps;
            for (const auto& o : raw.opps)
                opps.insert(o.id, &o);
            QHash<QString, qint64> entered, exits, seconds, forward;
            const QStringList chain{QStringLiteral("00000000-0000-7000-8000-000000000001"),
                                    QStringLiteral("00000000-0000-7000-8000-000000000002"),
                                    QStringLiteral("00000000-0000-7000-8000-000000000003"),
                                    QStringLiteral("00000000-0000-7000-8000-000000000004"),
                                    QStringLiteral("00000000-0000-7000-8000-000000000005")};
            for (const auto& h : raw.history) {
                const Raw::Opp* o = opps.value(h.opp);
                if (!h.live || !o || !o->live || !inPeriod(whole, h.at.date()) || !person(raw, filter, o->owner))
                    continue;
                entered[h.to] += 1;
                QDateTime prev;
                for (const auto& p : raw.history)
                    if (p.opp == h.opp && p.id != h.id && p.at < h.at && (!prev.isValid() || p.at > prev))
                        prev = p.at;
                if (prev.isValid()) {
                    exits[h.from] += 1;
                    seconds[h.from] += h.at.toSecsSinceEpoch() - prev.toSecsSinceEpoch();
                }
                if (chain.indexOf(h.from) >= 0 && chain.indexOf(h.to) > chain.indexOf(h.from))
                    forward[h.from] += 1;
            }
            const auto conversion = reports.conversion(filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(conversion.size(), 4);
            int enteredTotal = 0;
            for (int i = 0; i < conversion.size(); ++i) {
                const auto& c = conversion.at(i);
                QCOMPARE(c.fromStage, chain.at(i));
                QCOMPARE(c.toStage, chain.at(i + 1));
                QCOMPARE(c.entered, int(entered.value(c.fromStage)));
                QCOMPARE(c.advanced, int(forward.value(c.fromStage)));
                const qint64 n = exits.value(c.fromStage);
                QCOMPARE(c.avgDaysInFrom, n ? double(seconds.value(c.fromStage)) / n / 86400.0 : 0.0);
                enteredTotal += c.entered;
            }
            if (filter.ownerId.isEmpty())
                QVERIFY(enteredTotal > 0);
        }

        // Team performance per rep.
        {
            struct E
            {
                int followUps = 0, newCustomers = 0, won = 0, lost = 0;
                qint64 wonMinor = 0, pipeline = 0;
            };
            QHash<QString, E> expected;
            for (const auto& o : raw.opps) {
                if (!o.live || !inPeriod(whole, o.close) || !person(raw, filter, o.owner))
                    continue;
                E& e = expected[o.owner];
                if (raw.won.contains(o.stage)) {
                    e.won += 1;
                    e.wonMinor += o.currency == cur ? o.amount : 0;
                } else if (raw.lost.contains(o.stage)) {
                    e.lost += 1;
                } else if (o.currency == cur) {
                    e.pipeline += o.amount;
                }
            }
            for (const auto& a : raw.acts)
                if (a.live && inPeriod(whole, a.at.date()) && person(raw, filter, a.author))
                    expected[a.author].followUps += 1;
            for (const auto& c : raw.customers)
                if (c.live && inPeriod(whole, c.created.date()) && person(raw, filter, c.owner))
                    expected[c.owner].newCustomers += 1;
            const auto team = reports.teamPerformance(filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!team.isEmpty());
            for (const auto& rep : team) {
                const E e = expected.value(rep.userId);
                QCOMPARE(rep.followUps, e.followUps);
                QCOMPARE(rep.newCustomers, e.newCustomers);
                QCOMPARE(rep.won, e.won);
                QCOMPARE(rep.lost, e.lost);
                QCOMPARE(rep.wonMinor, e.wonMinor);
                QCOMPARE(rep.pipelineMinor, e.pipeline);
                if (!rep.userId.isEmpty())
                    QCOMPARE(rep.name, raw.nameOf.value(rep.userId));
            }
        }

        // ABC tiers from won revenue per customer.
        {
            QHash<QString, qint64> perCustomer;
            for (const auto& o : raw.opps)
                if (o.live && o.currency == cur && raw.won.contains(o.stage) && inPeriod(whole, o.close) &&
                    person(raw, filter, o.owner))
                    perCustomer[o.customer] += o.amount;
            QList<qint64> revenues = perCustomer.values();
            std::sort(revenues.begin(), revenues.end(), std::greater<qint64>());
            qint64 total = 0;
            for (qint64 v : revenues)
                total += v;
            int counts[3] = {0, 0, 0};
            qint64 sums[3] = {0, 0, 0};
            qint64 before = 0;
            for (qint64 v : revenues) {
                const double startShare = total ? double(before) / double(total) : 1.0;
                const int tier = startShare < 0.8 ? 0 : startShare < 0.95 ? 1 : 2;
                counts[tier] += 1;
                sums[tier] += v;
                before += v;
            }
            const auto tiers = reports.tiers(filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(tiers.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(tiers.at(i).customers, counts[i]);
                QCOMPARE(tiers.at(i).revenueMinor, sums[i]);
            }
        }

        // Follow-ups per week and channel.
        {
            QMap<QPair<QDate, QString>, int> expected;
            for (const auto& a : raw.acts)
                if (a.live && inPeriod(whole, a.at.date()) && person(raw, filter, a.author))
                    expected[{a.at.date().addDays(1 - a.at.date().dayOfWeek()), a.channel}] += 1;
            QMap<QPair<QDate, QString>, int> actual;
            for (const auto& w : reports.activity(filter, &error)) {
                QCOMPARE(w.weekStart.dayOfWeek(), 1);
                actual[{w.weekStart, w.channel}] += w.count;
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(actual, expected);
        }

        // Every currency's business in the period (the dashboard's currency box), the most won deals first, and
        // the months in which the filter's people have deals in the reporting currency (whatever the period).
        {
            QMap<QString, ReportQueries::CurrencyTotal> expected;
            QSet<QDate> months;
            for (const auto& o : raw.opps) {
                if (!o.live || !person(raw, filter, o.owner))
                    continue;
                if (o.close.isValid() && o.currency == cur)
                    months.insert(QDate(o.close.year(), o.close.month(), 1));
                if (!inPeriod(whole, o.close))
                    continue;
                ReportQueries::CurrencyTotal& t = expected[o.currency];
                t.currency = o.currency;
                ++t.opportunities;
                if (raw.won.contains(o.stage)) {
                    t.wonMinor += o.amount;
                    ++t.wonDeals;
                } else if (!raw.lost.contains(o.stage)) {
                    t.openMinor += o.amount;
                }
            }
            const auto totals = reports.currencyTotals(filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(totals.size(), expected.size());
            for (int i = 0; i < totals.size(); ++i) {
                const auto& t = totals.at(i);
                const auto e = expected.value(t.currency);
                QCOMPARE(t.currency, e.currency);
                QCOMPARE(t.opportunities, e.opportunities);
                QCOMPARE(t.wonDeals, e.wonDeals);
                QCOMPARE(t.wonMinor, e.wonMinor);
                QCOMPARE(t.openMinor, e.openMinor);
                if (i > 0) {
                    const auto& before = totals.at(i - 1);
                    QVERIFY(before.wonDeals > t.wonDeals ||
                            (before.wonDeals == t.wonDeals && before.opportunities >= t.opportunities));
                }
            }
            const auto others = reports.otherCurrencies(filter, &error);
            QCOMPARE(others.size(), expected.size() - (expected.contains(cur) ? 1 : 0));
            for (const auto& other : others)
                QVERIFY(other.currency != cur);
            QList<QDate> sorted(months.begin(), months.end());
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(reports.dataMonths(filter, &error), sorted);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }

        // Overdue tasks: independent SQL.
        {
            QSqlQuery q(db.connection());
            QString sql = QStringLiteral("SELECT COUNT(*) FROM tasks WHERE deleted_at IS NULL AND status IN ('todo', "
                                         "'in_progress') AND due_date < ?");
            QVariantList values{SqlValues::date(QDate(2026, 6, 15))};
            if (!filter.ownerId.isEmpty()) {
                sql += QStringLiteral(" AND owner_id = ?");
                values << filter.ownerId;
            }
            if (!filter.teamId.isEmpty()) {
                sql += QStringLiteral(" AND owner_id IN (SELECT id FROM users WHERE team_id = ?)");
                values << filter.teamId;
            }
            QVERIFY(exec(q, sql, values) && q.next());
            QCOMPARE(reports.overdueTasks(filter, QDate(2026, 6, 15), &error), q.value(0).toInt());
        }
    }

    QList<ReportFilter> filters(const Fixture& f)
    {
        QList<ReportFilter> list;
        list << ReportFilter{QDate(2025, 3, 10), QDate(2026, 2, 20), QString(), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(), QDate(), QString(), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(2025, 1, 1), QDate(2026, 12, 31), f.teams.at(0), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(2025, 1, 1), QDate(2026, 12, 31), QString(), f.users.at(1), QStringLiteral("USD")};
        // Whole calendar years without owner/team: the tiers read report_customer_revenue (one year, several).
        list << ReportFilter{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(2025, 1, 20), QDate(2026, 12, 5), QString(), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(2026, 1, 1), QDate(2026, 12, 31), QString(), QString(), QStringLiteral("USD")};
        // One quarter (the second widened from mid-month dates), and three months that are not a quarter.
        list << ReportFilter{QDate(2025, 4, 1), QDate(2025, 6, 30), QString(), QString(), QStringLiteral("CNY")};
        list << ReportFilter{QDate(2025, 7, 15), QDate(2025, 9, 2), QString(), QString(), QStringLiteral("USD")};
        list << ReportFilter{QDate(2025, 5, 1), QDate(2025, 7, 31), QString(), QString(), QStringLiteral("CNY")};
        return list;
    }

private slots:
    void figuresMatchIndependentSql_data() { TestDatabase::addTargets(); }
    void figuresMatchIndependentSql()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        for (const ReportFilter& filter : filters(f)) {
            compareAll(*db, filter);
            if (QTest::currentTestFailed())
                return;
        }
        ReportQueries reports(*db);
        QCOMPARE(reports.mainCurrency(&error), QStringLiteral("CNY"));
        const auto others = reports.otherCurrencies(filters(f).first(), &error);
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().currency, QStringLiteral("USD"));
        const auto teams = reports.teams(&error);
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.first().second, QStringLiteral("Team 0"));
        QVERIFY(f.teams.contains(teams.first().first));
    }

    // The currency the figures start in is the one with the most won business, not the most used one; a chosen
    // currency holds while some deal is in it; the captions' names.
    void reportingCurrencyAndNames_data() { TestDatabase::addTargets(); }
    void reportingCurrencyAndNames()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ReportQueries reports(*db);
        QCOMPARE(reports.defaultCurrency(&error), QStringLiteral("CNY")); // an empty database
        QCOMPARE(reports.reportingCurrency(QStringLiteral("USD"), &error), QStringLiteral("CNY"));
        QVERIFY(reports.dataMonths(ReportFilter(), &error).isEmpty());
        QVERIFY(reports.currencyTotals(ReportFilter(), &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        QCOMPARE(reports.mainCurrency(&error), QStringLiteral("CNY"));
        QCOMPARE(reports.defaultCurrency(&error), QStringLiteral("CNY"));
        // Most deals stay in yuan, but more are won in dollars.
        QSqlQuery q(db->connection());
        QVERIFY(exec(q,
                     QStringLiteral("UPDATE opportunities SET stage_id = ?, version = version + 1 WHERE currency = ? "
                                    "AND deleted_at IS NULL"),
                     {f.wonStage, QStringLiteral("USD")}));
        QVERIFY(exec(q,
                     QStringLiteral("UPDATE opportunities SET stage_id = ?, version = version + 1 WHERE currency = ? "
                                    "AND stage_id = ?"),
                     {f.lostStage, QStringLiteral("CNY"), f.wonStage}));
        QCOMPARE(reports.mainCurrency(&error), QStringLiteral("CNY"));
        QCOMPARE(reports.defaultCurrency(&error), QStringLiteral("USD"));
        const auto totals = reports.currencyTotals(ReportFilter(), &error);
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.first().currency, QStringLiteral("USD"));
        QCOMPARE(totals.last().wonDeals, 0);
        QCOMPARE(totals.last().wonMinor, qint64(0));
        // A chosen currency holds while deals are in it; one without deals (or none) gives the default.
        QCOMPARE(reports.reportingCurrency(QStringLiteral("CNY"), &error), QStringLiteral("CNY"));
        QCOMPARE(reports.reportingCurrency(QStringLiteral("EUR"), &error), QStringLiteral("USD"));
        QCOMPARE(reports.reportingCurrency(QString(), &error), QStringLiteral("USD"));
        // Figures of a filter without a currency are in the default one.
        const ReportFilter year{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(), QString()};
        const ReportFilter inDollars{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(),
                                     QStringLiteral("USD")};
        QCOMPARE(reports.revenueBy(year, ReportQueries::Breakdown::None, &error),
                 reports.revenueBy(inDollars, ReportQueries::Breakdown::None, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(reports.teamName(f.teams.at(1), &error), QStringLiteral("Team 1"));
        QCOMPARE(reports.userName(f.users.at(2), &error), QStringLiteral("Rep 2"));
        QCOMPARE(reports.teamName(QString(), &error), QString());
        QCOMPARE(reports.userName(Uuid::createV7(), &error), QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void summariesStayExactUnderChanges_data() { TestDatabase::addTargets(); }
    void summariesStayExactUnderChanges()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        {
            Transaction tx(*db);
            QVERIFY(mutate(*db, f));
            QVERIFY(tx.commit());
        }
        for (const ReportFilter& filter : filters(f)) {
            compareAll(*db, filter);
            if (QTest::currentTestFailed())
                return;
        }
        // Turning another stage into a won stage and back moves its deals in and out of won revenue.
        QSqlQuery q(db->connection());
        const QString deciding = f.stages.at(3);
        const ReportFilter wholeYear{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(),
                                     QStringLiteral("CNY")};
        QVERIFY(exec(q, QStringLiteral("UPDATE pipeline_stages SET is_won = ? WHERE id = ?"), {true, deciding}));
        compareAll(*db, filters(f).first());
        compareAll(*db, wholeYear);
        QVERIFY(exec(q, QStringLiteral("UPDATE pipeline_stages SET is_won = ? WHERE id = ?"), {false, deciding}));
        compareAll(*db, filters(f).first());
        compareAll(*db, wholeYear);
    }

    // The one-year tiers read whole revenue ranges from report_revenue_histogram and, where a threshold falls
    // inside a range, that range's customers by amount. Two customers with the same revenue share a range that a
    // threshold cuts (the second starts at 50 %), so both must be found again by amount: every range edge the
    // SQL bucket and ReportQueries' bounds could disagree on gets its own year.
    void tiersFindCustomersAtRangeEdges_data() { TestDatabase::addTargets(); }
    void tiersFindCustomersAtRangeEdges()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        const QList<qint64> amounts{0,     1,     7,      9,      10,     11,      99,         100,          101,
                                    109,   110,   999,    1000,   1099,   1100,    9999,       10000,        10099,
                                    10100, 99999, 100000, 123456, 999999, 1000000, 4999999999, 5000000000000};
        QSqlQuery q(db->connection());
        const QString now = SqlValues::utcNow();
        {
            Transaction tx(*db);
            for (int i = 0; i < amounts.size(); ++i) {
                for (int copy = 0; copy < 2; ++copy) {
                    QVERIFY(
                        exec(q,
                             QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                            "actual_close, stage_id, probability, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, 'EUR', ?, ?, 100, ?, ?)"),
                             {Uuid::createV7(), QStringLiteral("Edge %1").arg(amounts.at(i)), f.customers.at(copy),
                              amounts.at(i), SqlValues::date(QDate(1990 + i, 6, 1)), f.wonStage, now, now}));
                }
            }
            QVERIFY(tx.commit());
        }
        ReportQueries reports(*db);
        for (int i = 0; i < amounts.size(); ++i) {
            // The deals close on 1 June: the year and its second quarter hold the same two customers.
            for (const ReportFilter& period : {ReportFilter{QDate(1990 + i, 1, 1), QDate(1990 + i, 12, 31), QString(),
                                                            QString(), QStringLiteral("EUR")},
                                               ReportFilter{QDate(1990 + i, 4, 1), QDate(1990 + i, 6, 30), QString(),
                                                            QString(), QStringLiteral("EUR")}}) {
                const auto tiers = reports.tiers(period, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(tiers.size(), 3);
                // Revenue 0: no share starts below 80 % of nothing, both are C.
                const int tier = amounts.at(i) > 0 ? 0 : 2;
                for (int t = 0; t < 3; ++t) {
                    QCOMPARE(tiers.at(t).customers, t == tier ? 2 : 0);
                    QCOMPARE(tiers.at(t).revenueMinor, t == tier ? 2 * amounts.at(i) : 0);
                }
            }
        }
    }

    // Every summary row that is not zero, as text (the triggers leave zero rows behind, a rebuild does not).
    static QStringList summaryRows(Database& db)
    {
        QStringList rows;
        const QStringList queries{
            QStringLiteral(
                "SELECT close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100 "
                "FROM report_opportunity_summary WHERE opportunities <> 0 OR amount_minor <> 0"),
            QStringLiteral("SELECT close_month, industry_id, owner_id, currency, opportunities, amount_minor "
                           "FROM report_industry_summary WHERE opportunities <> 0 OR amount_minor <> 0"),
            QStringLiteral(
                "SELECT month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds FROM report_stage_flow "
                "WHERE changes <> 0 OR timed <> 0 OR seconds <> 0"),
            QStringLiteral("SELECT bucket, author_id, channel_id, interactions FROM report_activity_summary "
                           "WHERE interactions <> 0"),
            QStringLiteral("SELECT month, owner_id, customers FROM report_customer_summary WHERE customers <> 0"),
            QStringLiteral(
                "SELECT currency, period, customer_id, opportunities, amount_minor FROM report_customer_revenue "
                "WHERE opportunities <> 0 OR amount_minor <> 0"),
            QStringLiteral("SELECT currency, period, bucket, customers, amount_minor FROM report_revenue_histogram "
                           "WHERE customers <> 0 OR amount_minor <> 0"),
        };
        for (const QString& sql : queries) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql)) {
                rows << q.lastError().text();
                continue;
            }
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << sql.left(40) + values.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }

    // ReportSummaries::rebuild() (bulk loads) computes exactly what the triggers keep up row by row.
    void rebuildMatchesTriggers_data() { TestDatabase::addTargets(); }
    void rebuildMatchesTriggers()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        {
            Transaction tx(*db);
            QVERIFY(mutate(*db, f));
            QVERIFY(tx.commit());
        }
        const QStringList byTriggers = summaryRows(*db);
        QVERIFY(byTriggers.size() > 20);
        {
            Transaction tx(*db);
            ReportSummaries summaries(*db);
            QVERIFY2(summaries.suspendTriggers(&error), qPrintable(error));
            QVERIFY2(summaries.resumeTriggers(&error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(summaryRows(*db), byTriggers);
        // The triggers are back: a change after the rebuild still reaches the figures.
        {
            Transaction tx(*db);
            QVERIFY(mutate(*db, f));
            QVERIFY(tx.commit());
        }
        for (const ReportFilter& filter : filters(f)) {
            compareAll(*db, filter);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void targetsFeedTheRevenueChart_data() { TestDatabase::addTargets(); }
    void targetsFeedTheRevenueChart()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Fixture f;
        QVERIFY(makeFixture(*db, &f));
        ReportQueries reports(*db);
        const QString rep0 = f.users.at(0); // team 0
        const QString rep2 = f.users.at(2); // team 0
        const QString id0 =
            reports.setTarget({QString(), rep0, QString(), QDate(2025, 5, 17), 100000, QStringLiteral("CNY")}, &error);
        QVERIFY2(!id0.isEmpty(), qPrintable(error));
        QVERIFY(
            !reports.setTarget({QString(), rep2, QString(), QDate(2025, 5, 1), 50000, QStringLiteral("CNY")}, &error)
                 .isEmpty());
        // Same rep, month and currency twice: refused with a message.
        QVERIFY(reports.setTarget({QString(), rep0, QString(), QDate(2025, 5, 2), 1, QStringLiteral("CNY")}, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();

        const ReportFilter may{QDate(2025, 5, 1), QDate(2025, 5, 31), QString(), QString(), QStringLiteral("CNY")};
        QCOMPARE(reports.revenue(may, ReportQueries::Granularity::Month, &error).first().targetMinor, 150000);
        ReportFilter team = may;
        team.teamId = f.teams.at(0);
        QCOMPARE(reports.revenue(team, ReportQueries::Granularity::Month, &error).first().targetMinor, 150000);
        ReportFilter owner = may;
        owner.ownerId = rep2;
        QCOMPARE(reports.revenue(owner, ReportQueries::Granularity::Month, &error).first().targetMinor, 50000);
        // A team target replaces the sum of its reps.
        const QString teamTarget = reports.setTarget(
            {QString(), QString(), f.teams.at(0), QDate(2025, 5, 1), 120000, QStringLiteral("CNY")}, &error);
        QVERIFY2(!teamTarget.isEmpty(), qPrintable(error));
        QCOMPARE(reports.revenue(team, ReportQueries::Granularity::Month, &error).first().targetMinor, 120000);
        QCOMPARE(reports.revenue(may, ReportQueries::Granularity::Month, &error).first().targetMinor, 120000);

        // Optimistic update: the stale version is a conflict, the current one succeeds.
        auto list = reports.targets(owner, &error);
        QCOMPARE(list.size(), 1);
        ReportQueries::Target t = list.first();
        t.amountMinor = 70000;
        QCOMPARE(reports.setTarget(t, &error), t.id);
        QVERIFY(reports.setTarget(t, &error).isEmpty()); // version 1 is gone
        QCOMPARE(reports.revenue(owner, ReportQueries::Granularity::Month, &error).first().targetMinor, 70000);
        list = reports.targets(owner, &error);
        QCOMPARE(list.first().version, 2);
        QVERIFY(reports.removeTarget(list.first().id, 2, &error));
        QCOMPARE(reports.revenue(owner, ReportQueries::Granularity::Month, &error).first().targetMinor, 0);
        QSqlQuery q(db->connection());
        QVERIFY(exec(q, QStringLiteral("SELECT COUNT(*) FROM sales_targets WHERE deleted_at IS NOT NULL"), {}) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportQueries)
#include "TestReportQueries.moc"
