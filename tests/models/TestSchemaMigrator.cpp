#include "Database.h"
#include "SchemaMigrator.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Schema creation, idempotent re-open, refusal of a newer schema, and upgrade from released fixtures.
class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsLatestSchema_data() { TestDatabase::addTargets(); }
    void freshDatabaseGetsLatestSchema()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), SchemaMigrator::latestVersion());
        const QStringList tables = db->connection().tables();
        for (const char* table : {"users", "teams", "customers", "contacts", "interactions", "opportunities",
                                  "pipeline_stages", "stage_history", "tasks", "tags", "customer_tags", "industries",
                                  "lead_sources", "interaction_channels", "interaction_types"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);

        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN is_won THEN 1 ELSE 0 END) "
                                                    "FROM pipeline_stages")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(!db->currentUserId().isEmpty());
    }

    void reopenAppliesNothingTwice_data() { TestDatabase::addTargets(); }
    void reopenAppliesNothingTwice()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        QString firstUser;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            firstUser = db->currentUserId();
        }
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->currentUserId(), firstUser);
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
        QVERIFY(q.next());
        // One row per migration file (counted: version numbers may leave gaps while parallel work lands).
        QCOMPARE(q.value(0).toInt(),
                 int(QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files).size()));
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM users")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerSchemaIsRefusedUntouched_data() { TestDatabase::addTargets(); }
    void newerSchemaIsRefusedUntouched()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                     "VALUES (?, 'from the future', '2030-01-01T00:00:00Z')"));
            q.addBindValue(SchemaMigrator::latestVersion() + 1);
            DESKCRM_VERIFY_SQL(q, q.exec());
        }
        auto refused = tdb.open(&error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String("newer DeskCRM")), qPrintable(error));

        Database::Options raw;
        raw.migrate = false;
        raw.ensureUser = false;
        QVERIFY(!tdb.open(&error, raw)); // even a read-only open refuses
    }

    void partialMigrationLeavesNothing_data() { TestDatabase::addTargets(); }
    void partialMigrationLeavesNothing()
    {
        // A failing statement inside a migration must roll the whole upgrade back: make one fail by
        // pre-creating a table the migration creates, then check none of the others appeared.
        QFETCH(QString, target);
        TestDatabase tdb(target);
        Database::Options raw;
        raw.migrate = false;
        raw.ensureUser = false;
        QString error;
        auto db = tdb.open(&error, raw);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("CREATE TABLE tags (x INTEGER)")));
        SchemaMigrator migrator(*db);
        QVERIFY(!migrator.migrate(&error));
        QVERIFY(error.contains(QLatin1String("left as it was")));
        QVERIFY(!db->connection().tables().contains(QStringLiteral("customers")));
        QCOMPARE(migrator.currentVersion(), 0);
    }

    void upgradesReleasedFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("v1") << QStringLiteral("deskcrm-schema-v1.sqlite");
    }
    void upgradesReleasedFixtures()
    {
        // Each released schema version keeps a fixture database with data in it; opening it with this
        // program must upgrade it to the latest schema and keep every row.
        QFETCH(QString, fixture);
        const QString source =
            qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/") + fixture;
        QVERIFY2(QFile::exists(source), qPrintable(source));
        QTemporaryDir dir;
        const QString path = dir.filePath(fixture);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        ConnectionSettings settings;
        settings.path = path;
        QString error;
        int customersBefore = 0;
        {
            Database::Options raw;
            raw.migrate = false;
            raw.ensureUser = false;
            auto db = Database::open(settings, raw, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")));
            QVERIFY(q.next());
            customersBefore = q.value(0).toInt();
            QVERIFY(customersBefore > 0);
        }
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), SchemaMigrator::latestVersion());
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), customersBefore);
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void tokensAreReplacedPerDialect()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (id {UUID} PRIMARY KEY, {META});\n"
                                           "-- @postgresql\nCREATE EXTENSION x;\n-- @end\n");
        const QStringList lite = SchemaMigrator::statements(sql, ConnectionSettings::Dialect::SQLite, {});
        const QStringList pg = SchemaMigrator::statements(sql, ConnectionSettings::Dialect::PostgreSQL, {});
        QCOMPARE(lite.size(), 1);
        QCOMPARE(pg.size(), 2);
        QVERIFY(lite.first().contains(QLatin1String("id TEXT PRIMARY KEY")));
        QVERIFY(pg.first().contains(QLatin1String("deleted_at TIMESTAMPTZ")));
        QVERIFY(!pg.first().contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "TestSchemaMigrator.moc"
