#include "BackgroundConnection.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

// The window's PostgreSQL connection is bounded: a statement the server does not finish within the configured
// time is cancelled by the server, the save fails in words and writes nothing, and the window gets control back.
// Work on a BackgroundConnection (imports, exports, charts) has Cancel of its own and runs unbounded.
// SQLite has no statement timeout; its waits for another writer are bounded by busy_timeout (TestDatabaseFaults).
class TestStatementTimeout : public QObject
{
    Q_OBJECT

    static QString show(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SHOW statement_timeout")) && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void configuredBound()
    {
        QSettings().remove(QLatin1String(ConnectionSettings::kStatementTimeoutKey));
        QCOMPARE(ConnectionSettings::configuredStatementTimeoutS(), ConnectionSettings::kDefaultStatementTimeoutS);
        QSettings().setValue(QLatin1String(ConnectionSettings::kStatementTimeoutKey), 7);
        QCOMPARE(ConnectionSettings::configuredStatementTimeoutS(), 7);
        QSettings().setValue(QLatin1String(ConnectionSettings::kStatementTimeoutKey), 0); // turned off
        QCOMPARE(ConnectionSettings::configuredStatementTimeoutS(), 0);
        QSettings().setValue(QLatin1String(ConnectionSettings::kStatementTimeoutKey), QStringLiteral("soon"));
        QCOMPARE(ConnectionSettings::configuredStatementTimeoutS(), ConnectionSettings::kDefaultStatementTimeoutS);
        QSettings().remove(QLatin1String(ConnectionSettings::kStatementTimeoutKey));
    }

    void slowStatementIsCancelledInWords()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs DESKCRM_TEST_PG (PostgreSQL's statement_timeout)");
        TestDatabase tdb(QStringLiteral("postgresql"));
        ConnectionSettings bounded = tdb.settings();
        bounded.statementTimeoutS = 1;
        QString error;
        auto db = Database::open(bounded, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(show(*db), QStringLiteral("1s"));

        // A colleague's transaction holds the table; the save waits for it, and not forever.
        auto colleague = tdb.open(&error);
        QVERIFY2(colleague, qPrintable(error));
        QSqlQuery hold(colleague->connection());
        DESKCRM_VERIFY_SQL(hold, hold.exec(QStringLiteral("BEGIN")));
        DESKCRM_VERIFY_SQL(hold, hold.exec(QStringLiteral("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")));

        QElapsedTimer waited;
        waited.start();
        {
            RecordWriter writer(*db);
            const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
            const WriteResult done = added.ok() ? writer.commit() : added;
            QVERIFY(!done.ok());
            QVERIFY2(done.message.contains(QLatin1String("did not answer in time")), qPrintable(done.message));
            QVERIFY2(done.message.contains(QLatin1String("nothing was saved")), qPrintable(done.message));
        }
        const qint64 ms = waited.elapsed();
        QVERIFY2(ms >= 900 && ms < 5000, qPrintable(QString::number(ms)));
        DESKCRM_VERIFY_SQL(hold, hold.exec(QStringLiteral("ROLLBACK")));

        QSqlQuery count(colleague->connection());
        DESKCRM_VERIFY_SQL(count, count.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        // The connection is usable again at once: the cancelled transaction was rolled back.
        RecordWriter again(*db);
        QVERIFY(again.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}}).ok());
        QVERIFY(again.commit().ok());
    }

    void backgroundWorkIsUnbounded()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs DESKCRM_TEST_PG (PostgreSQL's statement_timeout)");
        TestDatabase tdb(QStringLiteral("postgresql"));
        ConnectionSettings bounded = tdb.settings();
        bounded.statementTimeoutS = 1;
        QString error;
        auto db = Database::open(bounded, &error);
        QVERIFY2(db, qPrintable(error));
        BackgroundConnection background(*db);
        QString shown;
        QString slept;
        background
            .run([&](Database* second, const QString& openError) {
                if (!second) {
                    slept = openError;
                    return;
                }
                shown = show(*second);
                QSqlQuery q(second->connection());
                slept = q.exec(QStringLiteral("SELECT pg_sleep(1.5)")) ? QStringLiteral("ok") : q.lastError().text();
            })
            .get();
        QCOMPARE(shown, QStringLiteral("0"));
        QCOMPARE(slept, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStatementTimeout)
#include "TestStatementTimeout.moc"
