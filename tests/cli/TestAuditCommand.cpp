#include "AuditTestHelpers.h"
#include "CliRunner.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RecordTestHelpers;

// `deskcrm-cli audit history` and `audit revert` end to end: exit codes, the JSON scripts read, and the database
// afterwards (SQLite, and PostgreSQL with a real login role when DESKCRM_TEST_PG is set).
class TestAuditCommand : public QObject
{
    Q_OBJECT

private slots:
    void historyAndRevert_data() { TestDatabase::addTargets(); }
    void historyAndRevert()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto admin = tdb.open(&error);
        QVERIFY2(admin, qPrintable(error));
        const WriteResult made = RecordWriter::transact(*admin, [](RecordWriter& w) {
            return w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
        });
        QVERIFY(made.ok());
        AuditPeople people(tdb, *admin);
        QString rogue;
        auto rogueDb = people.open(QStringLiteral("rogue"), &rogue, &error);
        QVERIFY2(rogueDb, qPrintable(error));
        const QDateTime since = admin->clock().nowUtc().addSecs(-1);
        QVERIFY(RecordWriter::transact(*rogueDb, [&](RecordWriter& w) {
                    return w.update(QStringLiteral("customers"), made.id, 1,
                                    {{QStringLiteral("name"), QStringLiteral("Rogue")}});
                }).ok());

        const QString database = tdb.databaseArgument();
        CliRunner::Run run =
            CliRunner::run({QStringLiteral("--database"), database, QStringLiteral("audit"), QStringLiteral("history"),
                            QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--id"), made.id,
                            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        const QJsonArray entries = QJsonDocument::fromJson(run.outBytes).array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        const QJsonObject change = entries.at(1).toObject();
        QCOMPARE(change.value(QStringLiteral("actor")).toString(), rogue);
        QCOMPARE(change.value(QStringLiteral("changes")).toObject().value(QStringLiteral("name")).toArray(),
                 (QJsonArray{QStringLiteral("Acme"), QStringLiteral("Rogue")}));

        const QStringList revert{QStringLiteral("--database"), database,
                                 QStringLiteral("audit"),      QStringLiteral("revert"),
                                 QStringLiteral("--user"),     rogue,
                                 QStringLiteral("--since"),    SqlValues::timestamp(since),
                                 QStringLiteral("--format"),   QStringLiteral("json")};
        run = CliRunner::run(QStringList(revert) << QStringLiteral("--dry-run"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        QJsonObject plan = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(plan.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(plan.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {made.id}).toString(),
                 QStringLiteral("Rogue"));

        run = CliRunner::run(revert);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        plan = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(plan.value(QStringLiteral("applied")).toBool(), true);
        QVERIFY(plan.value(QStringLiteral("action")).toString().startsWith(QLatin1String("revert:")));
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {made.id}).toString(),
                 QStringLiteral("Acme"));

        // Usage errors are told apart.
        run =
            CliRunner::run({QStringLiteral("--database"), database, QStringLiteral("audit"), QStringLiteral("revert")});
        QCOMPARE(run.exitCode, 2);
        run = CliRunner::run({QStringLiteral("--database"), database, QStringLiteral("audit"),
                              QStringLiteral("history"), QStringLiteral("--entity"), QStringLiteral("audit_log"),
                              QStringLiteral("--id"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "TestAuditCommand.moc"
