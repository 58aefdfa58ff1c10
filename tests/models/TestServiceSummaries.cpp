#include "BulkLoad.h"
#include "DatabaseCheck.h"
#include "DemoDataGenerator.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "ReportSummaries.h"
#include "ServiceReport.h"
#include "ServiceSummaries.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "TicketBoardModel.h"
#include "TicketDemoData.h"
#include "TicketService.h"
#include "TicketWorkflow.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace RecordTestHelpers;

// The service report read from the summaries of migration 0023 (ServiceSummaries) equals the figures computed
// directly from the tickets by this test's own SQL, on SQLite and PostgreSQL, after random creates, transitions
// (on hold, resumed, closed with a score, reopened), edits, soft deletes, restores and purges, as time passes; a
// bulk load's rebuild gives what the triggers give; `check` finds a summary that went wrong and a rebuild mends it.
class TestServiceSummaries : public QObject
{
    Q_OBJECT

    // What the report shows, in a form both sides can be compared in.
    struct Figures
    {
        QMap<QString, QVector<qint64>> open; // priority -> counts by age bucket
        QVector<qint64> sla;                 // tickets, responded, in time, resolved, in time, open overdue
        double meanFirst = 0;
        double meanResolution = 0;
        QMap<QString, QVector<qint64>> satisfaction[3]; // by rep, product, category: key -> count, s1..s5
        QMap<QString, double> average[3];
        QMap<QString, QVector<qint64>> complaints; // category label -> per month
    };

    static QString utc(const QDateTime& when) { return SqlValues::timestamp(when); }
    static QString dayStart(const QDate& day) { return utc(QDateTime(day, QTime(0, 0), Qt::UTC)); }

    static QVariant nullable(const QVariant& v) { return v.isNull() ? QVariant() : v; }

    static QList<QVariantList> rows(Database& db, const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        QList<QVariantList> result;
        if (!q.prepare(sql)) {
            qWarning() << q.lastError().text();
            return result;
        }
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << q.lastError().text() << sql;
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            result << row;
        }
        return result;
    }

    // The period and people as plain SQL over tickets: whole UTC months of received_at.
    static QString where(const ReportFilter& filter, QVariantList* binds)
    {
        QString sql = QStringLiteral(" WHERE t.deleted_at IS NULL");
        if (filter.from.isValid()) {
            sql += QStringLiteral(" AND t.received_at >= ?");
            *binds << dayStart(QDate(filter.from.year(), filter.from.month(), 1));
        }
        if (filter.to.isValid()) {
            sql += QStringLiteral(" AND t.received_at < ?");
            *binds << dayStart(QDate(filter.to.year(), filter.to.month(), 1).addMonths(1));
        }
        if (!filter.ownerId.isEmpty()) {
            sql += QStringLiteral(" AND t.owner_id = ?");
            *binds << filter.ownerId;
        }
        if (!filter.teamId.isEmpty()) {
            sql += QStringLiteral(" AND t.owner_id IN (SELECT u.id FROM users u WHERE u.team_id = ?)");
            *binds << filter.teamId;
        }
        return sql;
    }

    static Figures direct(Database& db, const ReportFilter& filter)
    {
        Figures f;
        const QDateTime now = db.clock().nowUtc();
        QVariantList binds{utc(now.addDays(-1)), utc(now.addDays(-3)), utc(now.addDays(-7)), utc(now.addDays(-30))};
        QString sql = QStringLiteral("SELECT t.priority, CASE WHEN t.received_at >= ? THEN 0 WHEN t.received_at >= ? "
                                     "THEN 1 WHEN t.received_at >= ? THEN 2 WHEN t.received_at >= ? THEN 3 ELSE 4 "
                                     "END, COUNT(*) FROM tickets t") +
                      where(filter, &binds) + QStringLiteral(" AND t.status <> 'closed' GROUP BY 1, 2");
        for (const QString& p : TicketWorkflow::priorities())
            f.open[p] = QVector<qint64>(ServiceReport::kAgeBuckets, 0);
        for (const QVariantList& r : rows(db, sql, binds))
            f.open[r.at(0).toString()][r.at(1).toInt()] += r.at(2).toLongLong();

        binds = {utc(now)};
        sql =
            QStringLiteral("SELECT COUNT(*), COUNT(t.first_response_at), "
                           "SUM(CASE WHEN t.first_response_at <= t.first_response_due THEN 1 ELSE 0 END), "
                           "COUNT(t.resolved_at), SUM(CASE WHEN t.resolved_at <= t.resolution_due THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN t.resolved_at IS NULL AND t.status NOT IN ('closed', 'on_hold') "
                           "AND t.resolution_due < ? THEN 1 ELSE 0 END), "
                           "AVG(t.first_response_minutes), AVG(t.resolution_minutes) FROM tickets t") +
            where(filter, &binds);
        const QVariantList s = rows(db, sql, binds).value(0);
        for (int i = 0; i < 6; ++i)
            f.sla << s.value(i).toLongLong();
        f.meanFirst = s.value(6).toDouble();
        f.meanResolution = s.value(7).toDouble();

        const QString keys[3] = {QStringLiteral("t.owner_id"), QStringLiteral("t.product_id"),
                                 QStringLiteral("t.category")};
        for (int by = 0; by < 3; ++by) {
            binds.clear();
            sql = QStringLiteral("SELECT %1, COUNT(*), SUM(CASE WHEN t.satisfaction = 1 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN t.satisfaction = 2 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN t.satisfaction = 3 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN t.satisfaction = 4 THEN 1 ELSE 0 END), "
                                 "SUM(CASE WHEN t.satisfaction = 5 THEN 1 ELSE 0 END), SUM(t.satisfaction) "
                                 "FROM tickets t")
                      .arg(keys[by]) +
                  where(filter, &binds) + QStringLiteral(" AND t.satisfaction IS NOT NULL GROUP BY %1").arg(keys[by]);
            QMap<QString, qint64> points;
            for (const QVariantList& r : rows(db, sql, binds)) {
                QVector<qint64>& v = f.satisfaction[by][r.at(0).toString()];
                v.resize(6);
                for (int i = 0; i < 6; ++i)
                    v[i] += r.at(1 + i).toLongLong();
                points[r.at(0).toString()] += r.at(7).toLongLong();
            }
            for (auto it = f.satisfaction[by].cbegin(); it != f.satisfaction[by].cend(); ++it)
                f.average[by][it.key()] = double(points.value(it.key())) / double(it.value().at(0));
        }

        const QDate end = filter.to.isValid() ? filter.to : now.date();
        const QDate last(end.year(), end.month(), 1);
        ReportFilter year = filter;
        year.from = last.addMonths(-11);
        year.to = last;
        binds.clear();
        sql = QStringLiteral("SELECT t.category, t.received_at FROM tickets t") + where(year, &binds) +
              QStringLiteral(" AND t.kind = 'complaint'");
        for (const QVariantList& r : rows(db, sql, binds)) {
            const QString label = r.at(0).toString().isEmpty() ? ServiceReport::tr("(none)") : r.at(0).toString();
            const QDate received = SqlValues::toDateTime(r.at(1)).toUTC().date();
            QVector<qint64>& counts = f.complaints[label];
            counts.resize(12);
            counts[(received.year() - year.from.year()) * 12 + received.month() - year.from.month()] += 1;
        }
        return f;
    }

    static Figures summarised(Database& db, const ReportFilter& filter, QString* error)
    {
        Figures f;
        const ServiceReport report(db);
        for (const ServiceReport::OpenRow& row : report.openByAge(filter, error))
            f.open[row.priority] = row.counts;
        const ServiceReport::Sla s = report.sla(filter, error);
        f.sla << s.tickets << s.responded << s.respondedInTime << s.resolved << s.resolvedInTime << s.openOverdue;
        f.meanFirst = s.meanFirstResponseMinutes;
        f.meanResolution = s.meanResolutionMinutes;
        const ServiceReport::By bys[3] = {ServiceReport::By::Rep, ServiceReport::By::Product,
                                          ServiceReport::By::Category};
        for (int by = 0; by < 3; ++by) {
            for (const ServiceReport::SatisfactionRow& row : report.satisfaction(filter, bys[by], error)) {
                QVector<qint64>& v = f.satisfaction[by][row.key];
                v.resize(6);
                v[0] += row.count;
                for (int i = 0; i < 5; ++i)
                    v[1 + i] += row.distribution.at(i);
                f.average[by][row.key] = row.average;
            }
        }
        const ServiceReport::ComplaintTrend trend = report.complaints(filter, error);
        for (const ServiceReport::ComplaintRow& row : trend.rows)
            f.complaints[row.category] = row.counts;
        return f;
    }

    static bool same(const Figures& a, const Figures& b, QString* why)
    {
        auto fail = [why](const QString& what) {
            *why = what;
            return false;
        };
        if (a.open != b.open)
            return fail(QStringLiteral("open by age"));
        if (a.sla != b.sla) {
            QStringList got, want;
            for (qint64 n : a.sla)
                got << QString::number(n);
            for (qint64 n : b.sla)
                want << QString::number(n);
            return fail(
                QStringLiteral("sla counts %1 vs %2").arg(got.join(QLatin1Char(' ')), want.join(QLatin1Char(' '))));
        }
        if (qAbs(a.meanFirst - b.meanFirst) > 1e-6 || qAbs(a.meanResolution - b.meanResolution) > 1e-6)
            return fail(QStringLiteral("mean times %1/%2 vs %3/%4")
                            .arg(a.meanFirst)
                            .arg(a.meanResolution)
                            .arg(b.meanFirst)
                            .arg(b.meanResolution));
        for (int by = 0; by < 3; ++by) {
            if (a.satisfaction[by] != b.satisfaction[by])
                return fail(QStringLiteral("satisfaction %1").arg(by));
            for (auto it = a.average[by].cbegin(); it != a.average[by].cend(); ++it)
                if (qAbs(it.value() - b.average[by].value(it.key())) > 1e-9)
                    return fail(QStringLiteral("satisfaction average %1").arg(by));
        }
        // Months without complaints are zeros on one side and missing rows on the other.
        QMap<QString, QVector<qint64>> ca = a.complaints, cb = b.complaints;
        for (auto* m : {&ca, &cb})
            for (auto it = m->begin(); it != m->end();)
                it = std::all_of(it->cbegin(), it->cend(), [](qint64 n) { return n == 0; }) ? m->erase(it) : ++it;
        if (ca != cb)
            return fail(QStringLiteral("complaints"));
        return true;
    }

    void compareAll(Database& db, const QList<ReportFilter>& filters, const char* when)
    {
        for (const ReportFilter& filter : filters) {
            QString error;
            const Figures expected = direct(db, filter);
            const Figures got = summarised(db, filter, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QString why;
            QVERIFY2(same(got, expected, &why),
                     qPrintable(QStringLiteral("%1, filter %2..%3 owner %4 team %5: %6")
                                    .arg(QLatin1String(when), filter.from.toString(Qt::ISODate),
                                         filter.to.toString(Qt::ISODate), filter.ownerId, filter.teamId, why)));
        }
        QStringList problems;
        QString error;
        QVERIFY2(ServiceSummaries::verify(db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // The board's column totals (from report_ticket_status) are the live tickets of each status.
        TicketBoardModel board(db);
        QVERIFY2(board.load(&error), qPrintable(error));
        for (int c = 0; c < board.columnCount(); ++c) {
            const QString status = board.column(c)->status();
            QCOMPARE(board.column(c)->total(),
                     qint64(count(
                         db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE deleted_at IS NULL AND status = '%1'")
                                 .arg(status))));
        }
    }

private slots:
    void summariesEqualTheDirectFigures_data() { TestDatabase::addTargets(); }
    void summariesEqualTheDirectFigures()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(2, 30), Qt::UTC));
        db->setClock(&clock);
        DemoDataGenerator::Options options;
        options.customers = 20;
        options.activities = false;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        QStringList products;
        for (const QString& name : {QStringLiteral("激光打印机 P200"), QStringLiteral("Scanner S5")}) {
            const WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& w) {
                return w.insert(QStringLiteral("products"), {{QStringLiteral("name"), name}});
            });
            QVERIFY2(made.ok(), qPrintable(made.message));
            products << made.id;
        }
        {
            RecordWriter writer(*db);
            TicketDemoData tickets(writer, 7);
            QVERIFY2(tickets.generate(150, &error), qPrintable(error));
            QVERIFY(writer.commit().ok());
        }
        QStringList customers, reps;
        for (const QVariantList& r : rows(*db, QStringLiteral("SELECT id FROM customers ORDER BY id"), {}))
            customers << r.at(0).toString();
        for (const QVariantList& r :
             rows(*db, QStringLiteral("SELECT id FROM users WHERE team_id IS NOT NULL ORDER BY id"), {}))
            reps << r.at(0).toString();
        QVERIFY(!customers.isEmpty() && reps.size() >= 3);
        const QString team =
            scalar(*db, QStringLiteral("SELECT team_id FROM users WHERE id = ?"), {reps.at(0)}).toString();
        db->setCurrentUser(reps.at(0), QStringLiteral("rep"));

        const QList<ReportFilter> filters{
            ReportFilter(),
            ReportFilter{QDate(2026, 8, 1), QDate(2026, 10, 31), QString(), QString(), QString()},
            ReportFilter{QDate(2026, 9, 12), QDate(2026, 11, 3), QString(), QString(), QString()}, // widened
            ReportFilter{QDate(), QDate(), QString(), reps.at(1), QString()},
            ReportFilter{QDate(2026, 1, 1), QDate(2026, 12, 31), team, QString(), QString()},
        };
        compareAll(*db, filters, "after the demo tickets");

        QRandomGenerator random(20261203);
        const QStringList categories{QStringLiteral("硬件故障"), QStringLiteral("Software"), QString()};
        const QStringList targets = TicketWorkflow::statuses() << TicketWorkflow::kResumed;
        for (int step = 0; step < 240; ++step) {
            clock.advance(qint64(random.bounded(20 * 3600)) * 1000);
            const QList<QVariantList> live =
                rows(*db, QStringLiteral("SELECT id, version FROM tickets WHERE deleted_at IS NULL ORDER BY id"), {});
            const QList<QVariantList> deleted =
                rows(*db, QStringLiteral("SELECT id FROM tickets WHERE deleted_at IS NOT NULL ORDER BY id"), {});
            const int roll = int(random.bounded(100));
            const QVariantList pick = live.value(int(random.bounded(qMax(1, int(live.size())))));
            const QString id = pick.value(0).toString();
            WriteResult r;
            if (roll < 20 || live.isEmpty()) {
                Ticket t;
                t.subject = QStringLiteral("工单 %1").arg(step);
                t.customerId = customers.at(int(random.bounded(int(customers.size()))));
                t.kind = random.bounded(3) == 0 ? QStringLiteral("complaint") : QStringLiteral("ticket");
                t.priority = TicketWorkflow::priorities().at(int(random.bounded(4)));
                t.category = categories.at(int(random.bounded(int(categories.size()))));
                t.productId = random.bounded(2) ? products.at(int(random.bounded(2))) : QString();
                t.ownerId = random.bounded(4) ? reps.at(int(random.bounded(int(reps.size())))) : QString();
                r = TicketService::create(*db, &t);
                QVERIFY2(r.ok(), qPrintable(r.message));
            } else if (roll < 75) {
                // A step along the workflow; the refused ones change nothing.
                const QString to = targets.at(int(random.bounded(int(targets.size()))));
                TicketTransitionOptions o;
                o.satisfaction = 1 + int(random.bounded(5));
                o.ownerId = reps.at(int(random.bounded(int(reps.size()))));
                TicketService::transition(*db, id, to, QString(), o);
            } else if (roll < 85) {
                Ticket t;
                QVERIFY2(TicketService::load(*db, id, &t, &error), qPrintable(error));
                t.priority = TicketWorkflow::priorities().at(int(random.bounded(4)));
                t.category = categories.at(int(random.bounded(int(categories.size()))));
                t.ownerId = reps.at(int(random.bounded(int(reps.size()))));
                t.productId = random.bounded(2) ? products.at(int(random.bounded(2))) : QString();
                r = TicketService::saveDetails(*db, t);
                QVERIFY2(r.ok(), qPrintable(r.message));
            } else if (roll < 92) {
                r = RecordWriter::transact(*db, [&](RecordWriter& w) {
                    return w.softDelete(QStringLiteral("tickets"), id, pick.value(1).toInt());
                });
                QVERIFY2(r.ok(), qPrintable(r.message));
            } else if (roll < 97 && !deleted.isEmpty()) {
                const QString back = deleted.at(int(random.bounded(int(deleted.size())))).at(0).toString();
                r = RecordWriter::transact(*db,
                                           [&](RecordWriter& w) { return w.restore(QStringLiteral("tickets"), back); });
                QVERIFY2(r.ok(), qPrintable(r.message));
            } else {
                // Purged for good, live or deleted, with its timeline.
                const QString gone = !deleted.isEmpty() && random.bounded(2) ? deleted.first().at(0).toString() : id;
                r = RecordWriter::transact(*db, [&](RecordWriter& w) {
                    const WriteResult timeline =
                        w.deleteWhere(QStringLiteral("ticket_transitions"), QStringLiteral("ticket_id = ?"), {gone});
                    return timeline.ok() ? w.purge(QStringLiteral("tickets"), gone) : timeline;
                });
                QVERIFY2(r.ok(), qPrintable(r.message));
            }
            if (step % 60 == 59) {
                compareAll(*db, filters, "after random writes");
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Time passes without a write: the ages and the overdue count move on.
        for (int hours : {5, 30, 200}) {
            clock.advance(qint64(hours) * 3600 * 1000);
            compareAll(*db, filters, "later");
            if (QTest::currentTestFailed())
                return;
        }
    }

    // A bulk load suspends the triggers and rebuilds the summaries: the same as the triggers keep. `check` sees a
    // summary that no longer adds up; a rebuild mends it.
    void bulkLoadAndCheck_data() { TestDatabase::addTargets(); }
    void bulkLoadAndCheck()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DemoDataGenerator::Options options;
        options.customers = 20;
        options.activities = false;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        {
            RecordWriter writer(*db);
            TicketDemoData tickets(writer, 5);
            QVERIFY2(tickets.generate(120, &error), qPrintable(error));
            QVERIFY(writer.commit().ok());
        }
        const Figures byTriggers = direct(*db, ReportFilter());
        {
            RecordWriter writer(*db);
            BulkLoad bulk(*db, {QStringLiteral("tickets"), QStringLiteral("ticket_transitions")});
            QVERIFY2(bulk.begin(&error), qPrintable(error));
            TicketDemoData tickets(writer, 6);
            QVERIFY2(tickets.generate(300, &error), qPrintable(error));
            QVERIFY2(bulk.finish(&error), qPrintable(error));
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 420);
        compareAll(*db, {ReportFilter()}, "after a bulk load");
        QVERIFY(direct(*db, ReportFilter()).sla.at(0) > byTriggers.sla.at(0));

        // A summary row changed behind the triggers' back: check says so, a rebuild mends it.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE report_ticket_summary SET resolved = resolved + 1 WHERE month = "
                                      "(SELECT MAX(month) FROM report_ticket_summary)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM report_ticket_open WHERE day = "
                                      "(SELECT MAX(day) FROM report_ticket_open)")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE report_ticket_status SET tickets = tickets + 1 WHERE status = 'closed'")));
        DatabaseCheck::Result checked = DatabaseCheck(*db).run();
        QStringList summaryProblems = checked.problems.filter(QStringLiteral("report_ticket_"));
        QCOMPARE(summaryProblems.size(), 3);
        {
            RecordWriter writer(*db);
            QVERIFY2(ReportSummaries(*db).rebuild(&error), qPrintable(error));
            QVERIFY(writer.commit().ok());
        }
        checked = DatabaseCheck(*db).run();
        QVERIFY2(checked.problems.filter(QStringLiteral("report_ticket_")).isEmpty(),
                 qPrintable(checked.problems.join(QLatin1Char('\n'))));
        QVERIFY(checked.passed.join(QLatin1Char('\n')).contains(QStringLiteral("service report summaries")));
        compareAll(*db, {ReportFilter()}, "after the rebuild");
    }
};

QTEST_GUILESS_MAIN(TestServiceSummaries)
#include "TestServiceSummaries.moc"
