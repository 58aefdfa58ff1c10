#include "CliRunner.h"
#include "Database.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTextStream>

using namespace RecordTestHelpers;

// The public sales data set (../shared/data/sales-opportunities) through its shipped import profile, in one
// command, on SQLite and PostgreSQL. Every figure is checked against a computation over the CSV files made here,
// independently of the import engine (the files hold no quoted fields, so splitting on commas reads them).
// Skipped when the data set is not beside the checkout.
class TestSalesDataImport : public QObject
{
    Q_OBJECT

    using Rows = QList<QHash<QString, QString>>;

    static QString dataDir()
    {
        const QString given = qEnvironmentVariable("DESKCRM_SALES_DATA");
        return !given.isEmpty()
                   ? given
                   : qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/../shared/data/sales-opportunities");
    }

    static Rows read(const QString& name)
    {
        QFile file(dataDir() + QLatin1Char('/') + name);
        Rows rows;
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return rows;
        QTextStream in(&file);
        const QStringList header = in.readLine().split(QLatin1Char(','));
        while (!in.atEnd()) {
            const QStringList cells = in.readLine().split(QLatin1Char(','));
            QHash<QString, QString> row;
            for (int i = 0; i < header.size(); ++i)
                row.insert(header.at(i), cells.value(i));
            rows << row;
        }
        return rows;
    }

    using Run = CliRunner::Run;
    static Run cli(const QStringList& arguments) { return CliRunner::run(arguments, {}, 600000); }

private Q_SLOTS:
    void wholeDataSetArrives_data() { TestDatabase::addTargets(); }
    void wholeDataSetArrives()
    {
        if (!QFile::exists(dataDir() + QStringLiteral("/sales_pipeline.csv")))
            QSKIP("the sales data set is not beside the checkout");
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QStringList import{QStringLiteral("--database"),
                                 tdb.databaseArgument(),
                                 QStringLiteral("import"),
                                 QStringLiteral("--profile"),
                                 QStringLiteral("sales-opportunities"),
                                 dataDir()};

        const Run first = cli(import);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        // What was normalised is said.
        QVERIFY2(first.err.contains(QStringLiteral("\"technolgy\" to \"Technology\" (12 rows)")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("\"GTXPro\" to \"GTX Pro\"")), qPrintable(first.err));

        const Rows accounts = read(QStringLiteral("accounts.csv"));
        const Rows products = read(QStringLiteral("products.csv"));
        const Rows teams = read(QStringLiteral("sales_teams.csv"));
        const Rows deals = read(QStringLiteral("sales_pipeline.csv"));
        QCOMPARE(accounts.size(), 85);
        QCOMPARE(deals.size(), 8800);

        auto checkAll = [&] {
            // Accounts: every one, with revenue (millions of USD) exact in cents, employees, country, parent.
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL")),
                     int(accounts.size()));
            qint64 revenueCents = 0, employees = 0;
            int subsidiaries = 0, technology = 0;
            for (const auto& a : accounts) {
                const QStringList parts = a.value(QStringLiteral("revenue")).split(QLatin1Char('.'));
                revenueCents += parts.value(0).toLongLong() * 100000000 +
                                parts.value(1).leftJustified(2, QLatin1Char('0')).toLongLong() * 1000000;
                employees += a.value(QStringLiteral("employees")).toLongLong();
                subsidiaries += a.value(QStringLiteral("subsidiary_of")).isEmpty() ? 0 : 1;
                technology += a.value(QStringLiteral("sector")) == QLatin1String("technolgy") ? 1 : 0;
            }
            QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(annual_revenue_minor) FROM customers WHERE "
                                                "annual_revenue_currency = 'USD'"))
                         .toLongLong(),
                     revenueCents);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(company_size) FROM customers")).toLongLong(), employees);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers c JOIN customers p ON p.id = "
                                               "c.parent_id")),
                     subsidiaries);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers c JOIN industries i ON i.id = "
                                               "c.industry_id WHERE i.code = 'technology'")),
                     technology);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE industry_id IS NULL")), 0);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE country = 'Philippines'")), 1);

            // Agents in their managers' teams, the managers' teams under the regional offices.
            QSet<QString> managers, offices;
            for (const auto& t : teams) {
                managers << t.value(QStringLiteral("manager"));
                offices << t.value(QStringLiteral("regional_office"));
            }
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM teams WHERE parent_id IS NULL")),
                     int(offices.size()));
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM teams t JOIN teams p ON p.id = t.parent_id "
                                               "JOIN users m ON m.id = t.manager_id AND m.role = 'lead'")),
                     int(managers.size()));
            int placed = 0;
            for (const auto& t : teams) {
                placed += count(*db,
                                QStringLiteral("SELECT COUNT(*) FROM users u JOIN teams t ON t.id = u.team_id "
                                               "JOIN users m ON m.id = t.manager_id JOIN teams o ON o.id = t.parent_id "
                                               "WHERE u.display_name = ? AND u.role = 'rep' AND m.display_name = ? "
                                               "AND o.name = ?"),
                                {t.value(QStringLiteral("sales_agent")), t.value(QStringLiteral("manager")),
                                 t.value(QStringLiteral("regional_office"))});
            }
            QCOMPARE(placed, int(teams.size()));

            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products")), int(products.size()));

            // Deals: all of them, by stage, with and without an account, dates and values.
            QHash<QString, int> byStage;
            int withoutAccount = 0, withoutEngage = 0, withoutClose = 0, gtxPro = 0;
            qint64 wonValue = 0;
            for (const auto& d : deals) {
                ++byStage[d.value(QStringLiteral("deal_stage"))];
                withoutAccount += d.value(QStringLiteral("account")).isEmpty() ? 1 : 0;
                withoutEngage += d.value(QStringLiteral("engage_date")).isEmpty() ? 1 : 0;
                withoutClose += d.value(QStringLiteral("close_date")).isEmpty() ? 1 : 0;
                gtxPro += d.value(QStringLiteral("product")) == QLatin1String("GTXPro") ? 1 : 0;
                if (d.value(QStringLiteral("deal_stage")) == QLatin1String("Won"))
                    wonValue += d.value(QStringLiteral("close_value")).toLongLong();
            }
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE deleted_at IS NULL")),
                     int(deals.size()));
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM opportunities")),
                     int(deals.size()));
            const QHash<QString, QString> stageNames{{QStringLiteral("Prospecting"), QStringLiteral("Potential")},
                                                     {QStringLiteral("Engaging"), QStringLiteral("Intent")},
                                                     {QStringLiteral("Won"), QStringLiteral("Won")},
                                                     {QStringLiteral("Lost"), QStringLiteral("Lost")}};
            for (auto it = byStage.cbegin(); it != byStage.cend(); ++it) {
                QCOMPARE(count(*db,
                               QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN pipeline_stages s ON s.id = "
                                              "o.stage_id WHERE s.name = ?"),
                               {stageNames.value(it.key())}),
                         it.value());
            }
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE customer_id IS NULL")),
                     withoutAccount);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE engaged_on IS NULL")),
                     withoutEngage);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE actual_close IS NULL")),
                     withoutClose);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN products p ON p.id = "
                                               "o.product_id WHERE p.name = 'GTX Pro'")),
                     gtxPro);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE product_id IS NULL")), 0);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE owner_id IS NULL")), 0);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(o.amount_minor) FROM opportunities o JOIN pipeline_stages "
                                                "s ON s.id = o.stage_id WHERE s.is_won AND o.currency = 'USD'"))
                         .toLongLong(),
                     wonValue * 100);
            // The dashboard's summaries agree with the rows (kept by triggers or rebuilt after a bulk load).
            QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(amount_minor) FROM report_customer_revenue WHERE "
                                                "currency = 'USD' AND period % 10 = 0 AND period > 0"))
                         .toLongLong(),
                     wonValue * 100);
        };
        checkAll();
        if (QTest::currentTestFailed())
            return;

        // The same folder again changes nothing and adds nothing.
        const Run again = cli(import);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        checkAll();
    }
};

QTEST_GUILESS_MAIN(TestSalesDataImport)
#include "TestSalesDataImport.moc"
