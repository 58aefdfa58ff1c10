#include "Database.h"
#include "DatabaseCheck.h"
#include "DemoDataGenerator.h"
#include "DocumentCheck.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// Demo data: counts, row metadata, pipeline history consistency, references, determinism per seed,
// and that a cancelled generation leaves nothing behind. Every test runs on SQLite and PostgreSQL.
class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

    static qint64 count(const Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    static qint64 rows(const Database& db, const char* table)
    {
        return count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }

    // The content of the demo rows without ids, which are made fresh on every run.
    static QString fingerprint(const Database& db)
    {
        const QStringList queries{
            QStringLiteral("SELECT name, kind, company, phone, email, website, address, city, region, country, "
                           "value_tier, status, company_size, created_at, updated_at, version FROM customers "
                           "ORDER BY created_at, name, phone"),
            QStringLiteral("SELECT c.name, c.title, c.mobile, c.email, c.is_primary FROM contacts c "
                           "ORDER BY c.created_at, c.mobile"),
            QStringLiteral("SELECT o.name, o.amount_minor, o.currency, o.expected_close, o.actual_close, s.name, "
                           "o.lost_reason, o.created_at, o.stage_entered_at FROM opportunities o "
                           "JOIN pipeline_stages s ON s.id = o.stage_id ORDER BY o.created_at, o.amount_minor"),
            QStringLiteral("SELECT subject, occurred_at, channel_id, type_id, next_follow_up FROM interactions "
                           "ORDER BY occurred_at, subject"),
            QStringLiteral("SELECT title, due_date, status, priority FROM tasks ORDER BY created_at, title, due_date"),
        };
        QString text;
        for (const QString& sql : queries) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql))
                return q.lastError().text();
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant value = q.value(i);
                    // The drivers return timestamps differently; compare them as UTC text.
                    const bool time = q.record().fieldName(i).endsWith(QLatin1String("_at"));
                    text += time ? SqlValues::timestamp(SqlValues::toDateTime(value)) : value.toString();
                    text += QLatin1Char('|');
                }
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

    static bool generate(Database& db, qint64 customers, quint64 seed, bool activities, QString* error)
    {
        DemoDataGenerator::Options options;
        options.customers = customers;
        options.seed = seed;
        options.activities = activities;
        return DemoDataGenerator(db).generate(options, error);
    }

private slots:
    void fillsEveryTable_data() { TestDatabase::addTargets(); }
    void fillsEveryTable()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        DemoDataGenerator::Options options;
        options.customers = 120;
        options.seed = 5;
        QList<qint64> progress;
        options.progress = [&progress](qint64 done, qint64 total) {
            progress.append(done);
            return total == 120;
        };
        DemoDataGenerator generator(*db);
        QVERIFY2(generator.generate(options, &error), qPrintable(error));
        QCOMPARE(progress.first(), qint64(0));
        QCOMPARE(progress.last(), qint64(120));

        QCOMPARE(rows(*db, "customers"), qint64(120));
        const qint64 organisations =
            count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE kind = 'organization'"));
        QVERIFY(rows(*db, "contacts") >= organisations && rows(*db, "contacts") <= 3 * organisations);
        QVERIFY(rows(*db, "interactions") >= 2 * 120 && rows(*db, "interactions") <= 8 * 120);
        QVERIFY(rows(*db, "opportunities") > 60);
        QVERIFY(rows(*db, "stage_history") > rows(*db, "opportunities"));
        QVERIFY(rows(*db, "tasks") > 60);
        QVERIFY(rows(*db, "customer_tags") > 0);
        QCOMPARE(rows(*db, "teams"), qint64(3));
        QCOMPARE(rows(*db, "tags"), qint64(8));
        QCOMPARE(rows(*db, "users"), qint64(13)); // twelve demo people and whoever opened the database
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'lead'")), qint64(3));

        // Issue 13: a catalogue, quotes for about half the deals, contracts for the won ones.
        QCOMPARE(rows(*db, "products"), qint64(12));
        QVERIFY(rows(*db, "quotes") > 20 && rows(*db, "quotes") < rows(*db, "opportunities"));
        QVERIFY(rows(*db, "quote_lines") >= rows(*db, "quotes"));
        QCOMPARE(rows(*db, "contracts"),
                 count(*db, QStringLiteral("SELECT COUNT(*) FROM quotes WHERE status = 'accepted'")));
        // … and for the signed ones a payment plan, receipts, and invoices and shipments once in delivery; every
        // stored total and balance as `deskcrm-cli check` recomputes it.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT contract_id) FROM payment_instalments")),
                 count(*db, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE status IN ('signed', 'in_delivery', "
                                           "'completed')")));
        QCOMPARE(rows(*db, "invoices"),
                 count(*db, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE status IN ('in_delivery', "
                                           "'completed')")));
        QVERIFY(rows(*db, "receipts") > 0);
        QStringList problems;
        int checked = 0;
        QVERIFY2(DocumentCheck::verify(*db, &problems, &checked, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Issue 14: tickets with their transitions, numbered by the ticket sequence.
        QCOMPARE(rows(*db, "tickets"), qint64(60));
        QVERIFY(rows(*db, "ticket_transitions") >= 3 * rows(*db, "tickets"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT number) FROM tickets")), qint64(60));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE status <> (SELECT x.to_status FROM "
                                           "ticket_transitions x WHERE x.ticket_id = t.id ORDER BY x.occurred_at DESC, "
                                           "x.id DESC LIMIT 1)")),
                 qint64(0));
        qint64 total = 0;
        for (const char* table : {"customers",
                                  "contacts",
                                  "interactions",
                                  "opportunities",
                                  "stage_history",
                                  "tasks",
                                  "customer_tags",
                                  "products",
                                  "quotes",
                                  "quote_lines",
                                  "contracts",
                                  "contract_lines",
                                  "campaigns",
                                  "campaign_members",
                                  "campaign_touches",
                                  "competitors",
                                  "competitor_observations",
                                  "opportunity_competitors",
                                  "payment_instalments",
                                  "invoices",
                                  "invoice_lines",
                                  "shipments",
                                  "shipment_lines",
                                  "receipts",
                                  "receipt_allocations",
                                  "tickets",
                                  "ticket_transitions"})

            total += rows(*db, table);
        QCOMPARE(generator.rowsWritten(), total);

        // Bilingual, about half each; money in the two demo currencies.
        const qint64 chinese = count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE country = '中国'"));
        QVERIFY2(chinese > 30 && chinese < 90, qPrintable(QString::number(chinese)));
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE phone LIKE '+86 %'")) == chinese);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE currency NOT IN ('CNY', 'USD')")),
                 qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE amount_minor <= 0")), qint64(0));
        // Every stage is used, and some open tasks are overdue.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT stage_id) FROM opportunities")), qint64(6));
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM tasks")) == 3);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status <> 'done' AND due_date < ?"));
        q.addBindValue(SqlValues::date(QDate::currentDate()));
        DESKCRM_VERIFY_SQL(q, q.exec() && q.next());
        QVERIFY(q.value(0).toInt() > 0);

        // Row metadata on every table: UUIDv7 ids, who and when, updated not before created.
        for (const char* table : {"customers", "contacts", "interactions", "opportunities", "stage_history", "tasks",
                                  "customer_tags", "users", "teams", "tags"}) {
            const QString name = QLatin1String(table);
            // The row Database made for whoever opened the database has no author.
            const QString demoRows =
                name == QLatin1String("users") ? QStringLiteral(" AND username LIKE 'demo.%'") : QString();
            QCOMPARE(
                count(*db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE (created_by IS NULL OR updated_by IS NULL "
                                          "OR version < 1 OR updated_at < created_at)%2")
                               .arg(name, demoRows)),
                qint64(0));
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT id FROM %1").arg(name)));
            while (q.next()) {
                const QString id = q.value(0).toString();
                QVERIFY2(Uuid::isValid(id) && id.at(14) == QLatin1Char('7'), qPrintable(name + QLatin1Char(' ') + id));
            }
        }

        DatabaseCheck::Result check = DatabaseCheck(*db).run();
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

    void customersOnly_data() { TestDatabase::addTargets(); }
    void customersOnly()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(generate(*db, 700, 1, false, &error), qPrintable(error));
        QCOMPARE(rows(*db, "customers"), qint64(700));
        for (const char* table : {"contacts", "interactions", "opportunities", "stage_history", "tasks"})
            QCOMPARE(rows(*db, table), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM customers")), qint64(3));
    }

    void stageHistoryWalksThePipeline_data() { TestDatabase::addTargets(); }
    void stageHistoryWalksThePipeline()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(generate(*db, 150, 11, true, &error), qPrintable(error));

        struct StageInfo
        {
            int order;
            int probability;
            bool won;
            bool lost;
        };
        QHash<QString, StageInfo> stages;
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(
            q, q.exec(QStringLiteral("SELECT id, sort_order, probability, is_won, is_lost FROM pipeline_stages")));
        while (q.next())
            stages.insert(q.value(0).toString(),
                          {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toBool(), q.value(4).toBool()});

        struct Step
        {
            QString from;
            QString to;
            QDateTime at;
            QString by;
        };
        QHash<QString, QList<Step>> history;
        DESKCRM_VERIFY_SQL(
            q, q.exec(QStringLiteral("SELECT opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by "
                                     "FROM stage_history")));
        while (q.next())
            history[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toString(),
                                                   SqlValues::toDateTime(q.value(3)), q.value(4).toString()});

        DESKCRM_VERIFY_SQL(
            q, q.exec(QStringLiteral("SELECT id, stage_id, stage_entered_at, actual_close, lost_reason, "
                                     "probability, version, created_at, owner_id, campaign_id FROM opportunities")));
        int checked = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            QList<Step> steps = history.value(id);
            QVERIFY2(!steps.isEmpty(), qPrintable(id));
            // Follow the chain from the row with no previous stage.
            QString current;
            QDateTime last;
            int lastOrder = 0;
            for (int n = 0; n < history.value(id).size(); ++n) {
                const auto next =
                    std::find_if(steps.begin(), steps.end(), [&current](const Step& s) { return s.from == current; });
                QVERIFY2(next != steps.end(), qPrintable(QStringLiteral("broken chain in %1").arg(id)));
                QVERIFY(!last.isValid() || next->at >= last);
                QVERIFY(stages.value(next->to).order > lastOrder); // forwards only
                QCOMPARE(next->by, q.value(8).toString());
                lastOrder = stages.value(next->to).order;
                current = next->to;
                last = next->at;
                steps.erase(next);
            }
            QVERIFY(steps.isEmpty());
            QCOMPARE(current, q.value(1).toString());
            QCOMPARE(SqlValues::toDateTime(q.value(2)), last);
            QDateTime first = last;
            for (const Step& step : history.value(id))
                first = std::min(first, step.at);
            QCOMPARE(SqlValues::toDateTime(q.value(7)), first); // created with its first stage
            // One update per stage change, and one giving the deal its converting campaign (CampaignDemoData).
            QCOMPARE(q.value(6).toInt(), static_cast<int>(history.value(id).size()) + (q.value(9).isNull() ? 0 : 1));
            const StageInfo stage = stages.value(current);
            QCOMPARE(q.value(5).toInt(), stage.probability);
            const bool closed = stage.won || stage.lost;
            QCOMPARE(!SqlValues::toDate(q.value(3)).isValid(), !closed);
            if (closed)
                QCOMPARE(SqlValues::toDate(q.value(3)), last.date());
            QCOMPARE(!q.value(4).toString().isEmpty(), stage.lost);
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    void referencesAreValid_data() { TestDatabase::addTargets(); }
    void referencesAreValid()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(generate(*db, 80, 3, true, &error), qPrintable(error));
        // Belongs-to links point at rows of the same customer, not just at existing rows.
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN contacts c ON c.id = o.contact_id "
                                      "WHERE c.customer_id <> o.customer_id")),
            qint64(0));
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM interactions i JOIN opportunities o ON o.id = i.opportunity_id "
                                "WHERE o.customer_id <> i.customer_id")),
                 qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN contacts c ON c.id = i.contact_id "
                                           "WHERE c.customer_id <> i.customer_id")),
                 qint64(0));
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN opportunities o ON o.id = t.opportunity_id "
                                      "WHERE o.customer_id <> t.customer_id")),
            qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers c LEFT JOIN users u ON u.id = c.owner_id "
                                           "WHERE u.id IS NULL")),
                 qint64(0));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE is_primary = %1")
                                .arg(db->isPostgres() ? QStringLiteral("TRUE") : QStringLiteral("1"))),
                 count(*db, QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM contacts")));
        if (db->isSQLite()) {
            QSqlQuery q(db->connection());
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next());
        }
    }

    void sameSeedSameData_data() { TestDatabase::addTargets(); }
    void sameSeedSameData()
    {
        QFETCH(QString, target);
        QString prints[3];
        const quint64 seeds[3] = {42, 42, 43};
        for (int i = 0; i < 3; ++i) {
            TestDatabase tdb(target);
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(generate(*db, 60, seeds[i], true, &error), qPrintable(error));
            prints[i] = fingerprint(*db);
        }
        QVERIFY(prints[0].count(QLatin1Char('\n')) > 300);
        QCOMPARE(prints[1], prints[0]);
        QVERIFY(prints[2] != prints[0]);
    }

    // The summaries by stage/owner/month as names and numbers (ids differ between databases).
    static QString summaryFingerprint(const Database& db)
    {
        const QStringList queries{
            QStringLiteral(
                "SELECT r.close_month, s.name, u.username, r.currency, r.opportunities, r.amount_minor, "
                "r.weighted_x100 FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                "LEFT JOIN users u ON u.id = r.owner_id WHERE r.opportunities <> 0 ORDER BY 1, 2, 3, 4"),
            QStringLiteral(
                "SELECT r.close_month, r.industry_id, u.username, r.currency, r.opportunities, r.amount_minor "
                "FROM report_industry_summary r LEFT JOIN users u ON u.id = r.owner_id "
                "WHERE r.opportunities <> 0 ORDER BY 1, 2, 3, 4"),
            QStringLiteral(
                "SELECT r.month, f.name, t.name, u.username, r.changes, r.timed, r.seconds FROM report_stage_flow r "
                "LEFT JOIN pipeline_stages f ON f.id = r.from_stage_id JOIN pipeline_stages t ON t.id = r.to_stage_id "
                "LEFT JOIN users u ON u.id = r.owner_id WHERE r.changes <> 0 ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT r.bucket, u.username, r.channel_id, r.interactions FROM report_activity_summary r "
                           "LEFT JOIN users u ON u.id = r.author_id WHERE r.interactions <> 0 ORDER BY 1, 2, 3"),
            QStringLiteral("SELECT r.month, u.username, r.customers FROM report_customer_summary r "
                           "LEFT JOIN users u ON u.id = r.owner_id WHERE r.customers <> 0 ORDER BY 1, 2"),
        };
        QString text;
        for (const QString& sql : queries) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql))
                return q.lastError().text();
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    text += q.value(i).toString() + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

    // A bulk load (indexes, foreign keys and summaries built at the end) leaves the same database as
    // row-by-row inserts through indexes and triggers.
    void bulkLoadSameAsRowByRow_data() { TestDatabase::addTargets(); }
    void bulkLoadSameAsRowByRow()
    {
        QFETCH(QString, target);
        QString prints[2];
        QString summaries[2];
        QStringList schema[2];
        for (int i = 0; i < 2; ++i) {
            TestDatabase tdb(target);
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(generate(*db, 20, 1, true, &error), qPrintable(error)); // something there already
            DemoDataGenerator::Options options;
            options.customers = 60;
            options.seed = 7;
            options.bulkLoadFrom = i == 0 ? 0 : 1000;
            QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
            prints[i] = fingerprint(*db);
            summaries[i] = summaryFingerprint(*db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                db->isPostgres()
                    ? QStringLiteral("SELECT x FROM (SELECT 'index ' || indexname || ' ' || indexdef AS x "
                                     "FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
                                     "SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) "
                                     "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                                     "UNION ALL SELECT 'trigger ' || tgname || ' ' || tgenabled::text FROM pg_trigger "
                                     "WHERE NOT tgisinternal) s ORDER BY x")
                    // ANALYZE at the end of a bulk load adds sqlite_stat1.
                    : QStringLiteral("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")));
            while (q.next())
                schema[i] << q.value(0).toString();
            DatabaseCheck::Result check = DatabaseCheck(*db).run();
            QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        }
        QVERIFY(summaries[0].count(QLatin1Char('\n')) > 50);
        QCOMPARE(prints[0], prints[1]);
        QCOMPARE(summaries[0], summaries[1]);
        QCOMPARE(schema[0], schema[1]);
    }

    void secondRunReusesPeopleAndTags_data() { TestDatabase::addTargets(); }
    void secondRunReusesPeopleAndTags()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(generate(*db, 20, 1, true, &error), qPrintable(error));
        QVERIFY2(generate(*db, 20, 2, true, &error), qPrintable(error));
        QCOMPARE(rows(*db, "customers"), qint64(40));
        QCOMPARE(rows(*db, "users"), qint64(13));
        QCOMPARE(rows(*db, "teams"), qint64(3));
        QCOMPARE(rows(*db, "tags"), qint64(8));
    }

    void cancelRollsEverythingBack_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<qint64>("cancelAt");
        const bool pg = TestDatabase::postgresAvailable();
        QTest::newRow("sqlite, at start") << QStringLiteral("sqlite") << qint64(0);
        QTest::newRow("sqlite, halfway") << QStringLiteral("sqlite") << qint64(500);
        if (pg) {
            QTest::newRow("postgresql, at start") << QStringLiteral("postgresql") << qint64(0);
            QTest::newRow("postgresql, halfway") << QStringLiteral("postgresql") << qint64(500);
        }
    }
    void cancelRollsEverythingBack()
    {
        QFETCH(QString, target);
        QFETCH(qint64, cancelAt);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const qint64 usersBefore = rows(*db, "users");

        DemoDataGenerator::Options options;
        options.customers = 1200;
        qint64 lastDone = -1;
        options.progress = [cancelAt, &lastDone](qint64 done, qint64) {
            lastDone = done;
            return done < cancelAt;
        };
        QVERIFY(!DemoDataGenerator(*db).generate(options, &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QCOMPARE(lastDone, cancelAt);
        for (const char* table : {"customers", "contacts", "interactions", "opportunities", "stage_history", "tasks",
                                  "customer_tags", "teams", "tags"})
            QCOMPARE(rows(*db, table), qint64(0));
        QCOMPARE(rows(*db, "users"), usersBefore);

        // The connection is usable afterwards: no transaction left open.
        QVERIFY2(generate(*db, 5, 1, false, &error), qPrintable(error));
        QCOMPARE(rows(*db, "customers"), qint64(5));
    }

    void refusesNegativeCount()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!generate(*db, -1, 1, true, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(rows(*db, "users"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
