#include "CampaignReport.h"
#include "CampaignService.h"
#include "DashboardBenchData.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "RecordWriter.h"
#include "ReportCommand.h"
#include "ReportQueries.h"
#include "TestDatabase.h"
#include "TicketDemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// `deskcrm-cli report` CSV and JSON carry the same numbers ReportQueries gives the charts.
class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    // CSV section -> rows of fields (simple split: the fixture has no commas in names).
    static QMap<QString, QList<QStringList>> parseCsv(const QByteArray& bytes, const QString& firstSection)
    {
        QMap<QString, QList<QStringList>> sections;
        QString section = firstSection;
        bool header = true;
        for (const QString& line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
            if (line.isEmpty()) {
                header = true;
                continue;
            }
            if (line.startsWith(QLatin1String("# "))) {
                section = line.mid(2);
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            sections[section].append(line.split(QLatin1Char(',')));
        }
        return sections;
    }

    static qint64 sqlCount(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    // Issue 14: `report --kind service` as JSON and CSV, its figures against the test's own SQL.
    void serviceReport_data() { TestDatabase::addTargets(); }
    void serviceReport()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DemoDataGenerator::Options options;
        options.customers = 30;
        options.activities = false;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        {
            RecordWriter writer(*db);
            TicketDemoData tickets(writer, 3);
            QVERIFY2(tickets.generate(250, &error), qPrintable(error));
            QVERIFY(writer.commit().ok());
        }
        ReportCommand::Request request{QStringLiteral("service"), ReportFilter(), QStringLiteral("month"),
                                       QStringLiteral("json")};
        const QByteArray json = ReportCommand::render(*db, request, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject sla = root.value(QStringLiteral("sla")).toArray().at(0).toObject();
        QCOMPARE(qint64(sla.value(QStringLiteral("tickets")).toDouble()), qint64(250));
        QCOMPARE(qint64(sla.value(QStringLiteral("responded")).toDouble()),
                 sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at IS NOT NULL")));
        QCOMPARE(qint64(sla.value(QStringLiteral("resolved_in_time")).toDouble()),
                 sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE resolved_at <= resolution_due")));
        qint64 open = 0;
        const QJsonArray byAge = root.value(QStringLiteral("open_by_age")).toArray();
        QCOMPARE(byAge.size(), 4);
        for (const QJsonValue& row : byAge) {
            for (const QString& key : row.toObject().keys()) {
                if (key != QLatin1String("priority"))
                    open += qint64(row.toObject().value(key).toDouble());
            }
        }
        QCOMPARE(open, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status <> 'closed'")));
        qint64 scored = 0;
        for (const QJsonValue& row : root.value(QStringLiteral("satisfaction_by_rep")).toArray())
            scored += qint64(row.toObject().value(QStringLiteral("count")).toDouble());
        QCOMPARE(scored, sqlCount(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE satisfaction IS NOT NULL")));
        QVERIFY(root.contains(QStringLiteral("complaints_by_category")));

        request.format = QStringLiteral("csv");
        const QByteArray csv = ReportCommand::render(*db, request, &error);
        QVERIFY2(csv.contains("# sla"), csv.constData());
        QVERIFY(csv.contains("first_response_sla_percent"));
    }

    void csvAndJsonCarryTheChartNumbers_data() { TestDatabase::addTargets(); }
    void csvAndJsonCarryTheChartNumbers()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardBenchData::Options options;
        options.opportunities = 3000;
        QVERIFY2(DashboardBenchData(*db).generate(options, &error), qPrintable(error));

        ReportQueries reports(*db);
        ReportFilter filter{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(), QStringLiteral("CNY")};
        ReportCommand::Request request{QStringLiteral("overview"), filter, QStringLiteral("month"),
                                       QStringLiteral("json")};
        const QByteArray json = ReportCommand::render(*db, request, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(root.value(QStringLiteral("from")).toString(), QStringLiteral("2025-01-01"));

        const auto funnel = reports.funnel(filter, &error);
        const QJsonArray jsonFunnel = root.value(QStringLiteral("funnel")).toArray();
        QCOMPARE(jsonFunnel.size(), funnel.size());
        int total = 0;
        for (int i = 0; i < funnel.size(); ++i) {
            const QJsonObject o = jsonFunnel.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("stage_id")).toString(), funnel.at(i).stageId);
            QCOMPARE(o.value(QStringLiteral("count")).toInt(), funnel.at(i).count);
            QCOMPARE(qint64(o.value(QStringLiteral("amount_minor")).toDouble()), funnel.at(i).amountMinor);
            total += funnel.at(i).count;
        }
        QVERIFY(total > 0);
        const auto revenue = reports.revenue(filter, ReportQueries::Granularity::Month, &error);
        const QJsonArray jsonRevenue = root.value(QStringLiteral("revenue")).toArray();
        QCOMPARE(jsonRevenue.size(), 12);
        for (int i = 0; i < revenue.size(); ++i) {
            QCOMPARE(qint64(jsonRevenue.at(i).toObject().value(QStringLiteral("won_minor")).toDouble()),
                     revenue.at(i).wonMinor);
            QCOMPARE(qint64(jsonRevenue.at(i).toObject().value(QStringLiteral("weighted_forecast_minor")).toDouble()),
                     revenue.at(i).weightedForecastMinor);
        }
        const auto tiers = reports.tiers(filter, &error);
        const QJsonArray jsonTiers = root.value(QStringLiteral("tiers")).toArray();
        QCOMPARE(jsonTiers.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(jsonTiers.at(i).toObject().value(QStringLiteral("customers")).toInt(), tiers.at(i).customers);
        QCOMPARE(root.value(QStringLiteral("overdue_tasks")).toInt(), reports.overdueTasks(filter, &error));
        // Money in USD/EUR is listed apart, not added.
        QCOMPARE(root.value(QStringLiteral("other_currencies")).toArray().size(), 2);

        // CSV of one kind, then of the team report.
        request.format = QStringLiteral("csv");
        request.kind = QStringLiteral("funnel");
        const auto csv = parseCsv(ReportCommand::render(*db, request, &error), QStringLiteral("funnel"));
        QCOMPARE(csv.value(QStringLiteral("funnel")).size(), funnel.size());
        for (int i = 0; i < funnel.size(); ++i) {
            QCOMPARE(csv.value(QStringLiteral("funnel")).at(i).at(2).toInt(), funnel.at(i).count);
            QCOMPARE(csv.value(QStringLiteral("funnel")).at(i).at(3).toLongLong(), funnel.at(i).amountMinor);
        }
        QCOMPARE(csv.value(QStringLiteral("other_currencies")).size(), 2);
        request.kind = QStringLiteral("team");
        const auto team = reports.teamPerformance(filter, &error);
        const auto teamCsv = parseCsv(ReportCommand::render(*db, request, &error), QStringLiteral("team"));
        QCOMPARE(teamCsv.value(QStringLiteral("team")).size(), team.size());
        for (int i = 0; i < team.size(); ++i) {
            const QStringList row = teamCsv.value(QStringLiteral("team")).at(i);
            QCOMPARE(row.at(0), team.at(i).userId);
            QCOMPARE(row.at(4).toInt(), team.at(i).won);
            QCOMPARE(row.at(7).toLongLong(), team.at(i).wonMinor);
        }
    }

    void campaignsAndCompetitors_data() { TestDatabase::addTargets(); }
    void campaignsAndCompetitors()
    {
        // `report --kind campaigns --model M --format json`: one object per campaign with revenue_minor, currency,
        // cost_minor, leads and won; under every model the campaigns plus the unattributed deals add up to the total.
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardBenchData::Options options;
        options.opportunities = 400;
        QVERIFY2(DashboardBenchData(*db).generate(options, &error), qPrintable(error));
        // Two campaigns over the whole period, touching the first contacts' customers and converting some deals.
        QStringList campaigns;
        for (const QString& name : {QStringLiteral("广交会"), QStringLiteral("Online ads")}) {
            const WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& writer) {
                return writer.insert(QStringLiteral("campaigns"),
                                     {{QStringLiteral("name"), name},
                                      {QStringLiteral("cost_minor"), 500000},
                                      {QStringLiteral("currency"), QStringLiteral("CNY")}});
            });
            QVERIFY2(made.ok(), qPrintable(made.message));
            campaigns << made.id;
        }
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 30")));
        QStringList customers;
        while (q.next())
            customers << q.value(0).toString();
        CampaignService service(*db);
        for (int i = 0; i < customers.size(); ++i) {
            QVERIFY(service
                        .recordTouch(campaigns.at(i % 2), CampaignService::Person::Customer, customers.at(i),
                                     QDateTime(QDate(2024, 1 + i % 12, 1), QTime(9, 0), Qt::UTC))
                        .ok());
            if (i % 3 == 0)
                QVERIFY(service
                            .recordTouch(campaigns.at((i + 1) % 2), CampaignService::Person::Customer, customers.at(i),
                                         QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC))
                            .ok());
        }
        for (const QString& model : {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("linear")}) {
            ReportCommand::Request request{QStringLiteral("campaigns"), ReportFilter{}, QStringLiteral("month"),
                                           QStringLiteral("json")};
            request.filter.currency = QStringLiteral("CNY");
            request.model = model;
            const QByteArray json = ReportCommand::render(*db, request, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // JSON lines: one complete object per campaign.
            const QList<QByteArray> lines = json.trimmed().split('\n');
            QCOMPARE(lines.size(), 2);
            qint64 sum = 0;
            qint64 total = -1;
            qint64 unattributed = -1;
            for (const QByteArray& line : lines) {
                QJsonParseError parseError;
                const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
                QVERIFY2(parseError.error == QJsonParseError::NoError, line.constData());
                for (const char* key : {"revenue_minor", "currency", "cost_minor", "leads", "won", "campaign_id"})
                    QVERIFY2(o.contains(QLatin1String(key)), key);
                QVERIFY(campaigns.contains(o.value(QStringLiteral("campaign_id")).toString()));
                QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
                QCOMPARE(o.value(QStringLiteral("cost_minor")).toInteger(), 500000);
                QCOMPARE(o.value(QStringLiteral("model")).toString(), model);
                sum += o.value(QStringLiteral("revenue_minor")).toInteger();
                total = o.value(QStringLiteral("total_revenue_minor")).toInteger();
                unattributed = o.value(QStringLiteral("unattributed_revenue_minor")).toInteger();
            }
            QVERIFY(sum > 0);
            QCOMPARE(sum + unattributed, total);
            QCOMPARE(total,
                     CampaignReport(*db).compute(request.filter, CampaignReport::Model::FirstTouch).totalWonMinor);
        }
        ReportCommand::Request competitors{QStringLiteral("competitors"), ReportFilter{}, QStringLiteral("month"),
                                           QStringLiteral("json")};
        // No competitor yet: no line at all.
        QByteArray json = ReportCommand::render(*db, competitors, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(json.isEmpty());
        for (const QString& name : {QStringLiteral("华为"), QStringLiteral("Acme")}) {
            const WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& writer) {
                return writer.insert(QStringLiteral("competitors"), {{QStringLiteral("name"), name}});
            });
            QVERIFY2(made.ok(), qPrintable(made.message));
        }
        json = ReportCommand::render(*db, competitors, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<QByteArray> lines = json.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char* key : {"competitor_id", "name", "deals", "won", "lost", "win_rate"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
