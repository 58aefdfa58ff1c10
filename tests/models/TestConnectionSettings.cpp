#include "ConnectionSettings.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QTest>

// What --database, the last-used setting and the benchmarks accept: file paths (Windows drives included),
// sqlite: and file: forms, PostgreSQL URLs; everything else refused with the accepted forms named.
class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    // No silent plaintext to another machine: an unset sslmode is "require" there, "prefer" only here.
    void encryptionByDefault_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mode");
        QTest::newRow("office server") << "postgresql://alice@db.example.com/crm"
                                       << "require";
        QTest::newRow("LAN address") << "postgresql://alice@192.168.1.20/crm"
                                     << "require";
        QTest::newRow("localhost") << "postgresql://alice@localhost/crm"
                                   << "prefer";
        QTest::newRow("loopback") << "postgresql://alice@127.0.0.1/crm"
                                  << "prefer";
        QTest::newRow("chosen") << "postgresql://alice@db.example.com/crm?sslmode=verify-full"
                                << "verify-full";
        QTest::newRow("chosen off") << "postgresql://alice@db.example.com/crm?sslmode=disable"
                                    << "disable";
    }
    void encryptionByDefault()
    {
        QFETCH(QString, text);
        QFETCH(QString, mode);
        ConnectionSettings s;
        QString error;
        QVERIFY2(ConnectionSettings::parse(text, &s, &error), qPrintable(error));
        QCOMPARE(s.effectiveSslMode(), mode);
    }

    // TLS required and a server without it: refused, never a plaintext connection instead (the test server
    // has no TLS).
    void requiredTlsIsNotDowngraded()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs PostgreSQL (DESKCRM_TEST_PG)");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        ConnectionSettings s = tdb.settings();
        s.sslMode = QStringLiteral("require");
        QString error;
        auto db = Database::open(s, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(error));
        s.sslMode = QStringLiteral("verify-full");
        QVERIFY(!Database::open(s, &error));
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("pathOrHost");
        QTest::newRow("absolute path") << "/tmp/crm.sqlite" << false << "/tmp/crm.sqlite";
        QTest::newRow("relative path") << "crm.sqlite" << false << "crm.sqlite";
        QTest::newRow("windows drive") << "C:/data/crm.sqlite" << false << "C:/data/crm.sqlite";
        QTest::newRow("windows backslashes") << "d:\\crm\\crm.sqlite" << false << "d:\\crm\\crm.sqlite";
        QTest::newRow("dot slash colon") << "./notes:2026.sqlite" << false << "./notes:2026.sqlite";
        QTest::newRow("sqlite:") << "sqlite:/tmp/crm.sqlite" << false << "/tmp/crm.sqlite";
        QTest::newRow("sqlite://") << "sqlite:///tmp/crm.sqlite" << false << "/tmp/crm.sqlite";
        QTest::newRow("file URL") << "file:///tmp/my%20crm.sqlite" << false << "/tmp/my crm.sqlite";
        QTest::newRow("memory") << ":memory:" << false << ":memory:";
        QTest::newRow("postgresql") << "postgresql://alice@db.example.com:5433/crm" << true << "db.example.com";
        QTest::newRow("postgres alias") << "postgres://alice@db/crm?sslmode=require" << true << "db";
        QTest::newRow("upper-case scheme") << "PostgreSQL://alice@db/crm" << true << "db";
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, pathOrHost);
        ConnectionSettings s;
        QString error;
        QVERIFY2(ConnectionSettings::parse(text, &s, &error), qPrintable(error));
        QCOMPARE(s.dialect == ConnectionSettings::Dialect::PostgreSQL, postgres);
        QCOMPARE(postgres ? s.host : s.path, pathOrHost);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("mysql") << "mysql://x/y"
                               << "\"mysql\"";
        QTest::newRow("http") << "http://example.com/crm.sqlite"
                              << "\"http\"";
        QTest::newRow("odbc") << "odbc:crm"
                              << "\"odbc\"";
        QTest::newRow("postgres one slash") << "postgres:/x"
                                            << "two slashes";
        QTest::newRow("postgresql one slash") << "postgresql:/x"
                                              << "two slashes";
        QTest::newRow("postgresql no slash") << "postgresql:x"
                                             << "two slashes";
        QTest::newRow("postgresql no host") << "postgresql:///crm"
                                            << "names no server";
        QTest::newRow("sqlite nothing") << "sqlite:"
                                        << "names no file";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        ConnectionSettings s;
        s.path = QStringLiteral("untouched");
        QString error;
        QVERIFY(!ConnectionSettings::parse(text, &s, &error));
        QCOMPARE(s.path, QStringLiteral("untouched"));
        QVERIFY2(error.contains(why), qPrintable(error));
        // Every refusal says what would have worked.
        QVERIFY2(error.contains(QLatin1String("postgresql://USER@HOST:PORT/DATABASE")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("SQLite database file")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("postgres://")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "TestConnectionSettings.moc"
