#include "Database.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// TLS to a real PostgreSQL server: the test turns TLS on in its throwaway server with a certificate for the name
// deskcrm-test.invalid, signed by a test authority (tests/fixtures/tls). Checking the authority lets DeskCRM in;
// checking the name (verify-full, connecting as "localhost") or trusting another authority refuses, and says so
// in words; and a connection that requires TLS never falls back to plain text when the server has none.
class TestTlsConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_admin;

    static QString fixture(const QString& name)
    {
        return qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/tls/") + name;
    }

    // Utility statements (ALTER SYSTEM, COPY TO a file) cannot be prepared: plain text.
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_admin->connection());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    QString serverSays(const QString& sql)
    {
        QString error;
        auto fresh = m_tdb->open(&error);
        if (!fresh)
            return error;
        QSqlQuery q(fresh->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : q.lastError().text();
    }

    // The server reads its certificate and key from files it can read itself: COPY writes them as the server.
    bool writeServerFile(const QString& path, const QString& fixtureName)
    {
        QFile file(fixture(fixtureName));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QString pem = QString::fromLatin1(file.readAll()).trimmed();
        // TO PROGRAM, so the key is made readable by the server alone (it refuses a key others can read).
        return exec(QStringLiteral("COPY (SELECT unnest(string_to_array(%1, E'\\n'))) TO PROGRAM %2")
                        .arg(quoted(pem), quoted(QStringLiteral("umask 077 && cat > '%1'").arg(path))));
    }

    static QString quoted(QString text) { return QLatin1Char('\'') + text.replace(QLatin1Char('\''), "''") + '\''; }

    ConnectionSettings settingsFor(const QString& sslMode) const
    {
        ConnectionSettings settings = m_tdb->settings();
        settings.host = QStringLiteral("localhost");
        settings.sslMode = sslMode;
        return settings;
    }

    bool setTls(bool on)
    {
        const QString dataDir = serverSays(QStringLiteral("SHOW data_directory"));
        if (on) {
            if (!writeServerFile(dataDir + QStringLiteral("/deskcrm-test-server.crt"), QStringLiteral("server.crt")) ||
                !writeServerFile(dataDir + QStringLiteral("/deskcrm-test-server.key"), QStringLiteral("server.key")))
                return false;
            if (!exec(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = 'deskcrm-test-server.crt'")) ||
                !exec(QStringLiteral("ALTER SYSTEM SET ssl_key_file = 'deskcrm-test-server.key'")) ||
                !exec(QStringLiteral("ALTER SYSTEM SET ssl = on")))
                return false;
        } else if (!exec(QStringLiteral("ALTER SYSTEM RESET ssl")) ||
                   !exec(QStringLiteral("ALTER SYSTEM RESET ssl_cert_file")) ||
                   !exec(QStringLiteral("ALTER SYSTEM RESET ssl_key_file"))) {
            return false;
        }
        if (!exec(QStringLiteral("SELECT pg_reload_conf()")))
            return false;
        // The postmaster rereads its configuration when it gets to the signal; new sessions show when it has.
        const QString want = on ? QStringLiteral("on") : QStringLiteral("off");
        for (QDeadlineTimer deadline(10000); !deadline.hasExpired(); QTest::qWait(50)) {
            if (serverSays(QStringLiteral("SHOW ssl")) == want)
                return true;
        }
        return false;
    }

    static QString encrypted(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next()
                   ? q.value(0).toString()
                   : q.lastError().text();
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs DESKCRM_TEST_PG: TLS is a server's");
        m_tdb = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
        QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->error()));
        QString error;
        m_admin = m_tdb->open(&error);
        QVERIFY2(m_admin, qPrintable(error));
        if (serverSays(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) != "true")
            QSKIP("needs a superuser on the test server to turn TLS on and off");
    }

    void cleanupTestCase()
    {
        if (m_admin)
            QVERIFY(setTls(false));
        m_admin.reset();
        m_tdb.reset();
    }

    void requiredTlsNeverFallsBackToPlainText()
    {
        QVERIFY(setTls(false));
        QString error;
        auto db = Database::open(settingsFor(QStringLiteral("require")), &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QStringLiteral("does not offer an encrypted connection")), qPrintable(error));
        // What "prefer" means: plain text when the server has no TLS. Allowed only where DeskCRM chose it.
        auto plain = Database::open(settingsFor(QStringLiteral("prefer")), &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(encrypted(*plain), QStringLiteral("false"));
    }

    void serverIdentityIsChecked()
    {
        QVERIFY(setTls(true));
        qputenv("PGSSLROOTCERT", fixture(QStringLiteral("ca.crt")).toLocal8Bit());
        QString error;
        auto required = Database::open(settingsFor(QStringLiteral("require")), &error);
        QVERIFY2(required, qPrintable(error));
        QCOMPARE(encrypted(*required), QStringLiteral("true"));

        auto authority = Database::open(settingsFor(QStringLiteral("verify-ca")), &error);
        QVERIFY2(authority, qPrintable(error));
        QCOMPARE(encrypted(*authority), QStringLiteral("true"));

        // The certificate names deskcrm-test.invalid, not localhost: whoever answers is not proven to be the server.
        auto named = Database::open(settingsFor(QStringLiteral("verify-full")), &error);
        QVERIFY(!named);
        QVERIFY2(error.contains(QStringLiteral("could not prove who it is")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("deskcrm-test.invalid")), qPrintable(error)); // the technical detail

        qputenv("PGSSLROOTCERT", fixture(QStringLiteral("other-ca.crt")).toLocal8Bit());
        auto stranger = Database::open(settingsFor(QStringLiteral("verify-ca")), &error);
        QVERIFY(!stranger);
        QVERIFY2(error.contains(QStringLiteral("could not prove who it is")), qPrintable(error));
        qunsetenv("PGSSLROOTCERT");
    }
};

QTEST_GUILESS_MAIN(TestTlsConnection)
#include "TestTlsConnection.moc"
