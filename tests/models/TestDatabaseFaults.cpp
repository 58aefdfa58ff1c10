#include "Database.h"
#include "DatabaseCheck.h"
#include "FileAttributes.h"
#include "RecordWriter.h"
#include "SchemaMigrator.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A local database file that is damaged, foreign, read-only or busy: opened or refused the way a user can act on,
// and never written to when refused. (The GUI's side of the same faults: TestOpenFailures.)
class TestDatabaseFaults : public QObject
{
    Q_OBJECT

    static QByteArray digest(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static ConnectionSettings local(const QString& path)
    {
        ConnectionSettings s;
        s.path = path;
        return s;
    }

    // A sound database with one customer, closed again (its WAL folded in, so the file alone holds it).
    static bool makeDatabase(const QString& path, QString* error)
    {
        auto db = Database::open(local(path), error);
        if (!db)
            return false;
        RecordWriter writer(*db);
        const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
        const WriteResult done = added.ok() ? writer.commit() : added;
        if (!done.ok() && error)
            *error = done.message;
        return done.ok();
    }

    static int customers(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDatabaseFaults"));
        QSettings().clear();
    }

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("migrate"); // the GUI and init migrate; check does not
        QTest::addColumn<QString>("says");
        for (const bool migrate : {true, false}) {
            const char* how = migrate ? "open" : "check";
            QTest::addRow("truncated (%s)", how) << "truncate" << migrate << "is damaged";
            QTest::addRow("garbage header (%s)", how) << "header" << migrate << "is not a DeskCRM database";
            QTest::addRow("text file (%s)", how) << "text" << migrate << "is not a DeskCRM database";
        }
    }
    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(bool, migrate);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        QFile file(path);
        if (damage == QLatin1String("truncate")) {
            // A copy or sync that stopped half-way.
            QVERIFY(file.resize(file.size() / 2));
        } else if (damage == QLatin1String("header")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, 'X'));
            file.close();
        } else {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("Customers to call this week:\nAcme, Globex, Initech\n");
            file.close();
        }
        const QByteArray before = digest(path);

        Database::Options options;
        options.migrate = migrate;
        options.ensureUser = migrate;
        auto db = Database::open(local(path), options, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("DeskCRM did not change it")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("File > Restore")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("deskcrm-cli restore --from")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        // The driver's words come after the user's, not instead of them.
        QVERIFY2(!error.startsWith(QLatin1String("Cannot configure")), qPrintable(error));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void zeroBytesIsANewDatabase()
    {
        // SQLite's own reading: an empty file is an empty database (as `touch crm.sqlite` makes); DeskCRM sets it up.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        auto db = Database::open(local(path), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), SchemaMigrator::latestVersion());
    }

    void explicitReadOnlyOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        const QByteArray before = digest(path);
        {
            Database::Options options;
            options.readOnly = true;
            auto db = Database::open(local(path), options, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->isReadOnly());
            QCOMPARE(customers(*db), 1);

            RecordWriter writer(*db);
            const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Globex"}});
            QVERIFY(!added.ok());
            QVERIFY2(added.message.startsWith(QLatin1String("Nothing was saved: this database is open read-only")),
                     qPrintable(added.message));
            QVERIFY2(!added.message.contains(QLatin1String("attempt to write")), qPrintable(added.message));

            // What `deskcrm-cli check` runs: sound, the write-only search index check skipped with its reason.
            const DatabaseCheck::Result result = DatabaseCheck(*db).run();
            QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
            QCOMPARE(result.skipped.size(), 1);
            QVERIFY2(result.skipped.first().contains(QLatin1String("read-only")), qPrintable(result.skipped.first()));

            auto clone = db->clone(&error);
            QVERIFY2(clone, qPrintable(error));
            QVERIFY(clone->isReadOnly());
        }
        QCOMPARE(digest(path), before);
    }

    void unwritableFileOrFolderOpensReadOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("file") << false;
        QTest::newRow("folder") << true;
    }
    void unwritableFileOrFolderOpensReadOnly()
    {
        QFETCH(bool, folder);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        const QString locked = folder ? dir.path() : path;
        if (!FileAttributes::setWritable(locked, false))
            QSKIP("cannot make the file unwritable here (root without chattr or without CAP_LINUX_IMMUTABLE)");
        struct Unlock
        {
            QString path;
            ~Unlock() { FileAttributes::setWritable(path, true); }
        } unlock{locked};
        QVERIFY2(!QFileInfo(locked).isWritable(), "the lock did not take");
        const QByteArray before = digest(path);
        {
            auto db = Database::open(local(path), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->isReadOnly());
            QVERIFY2(db->readOnlyReason().contains(folder ? QLatin1String("folder") : QLatin1String("file")),
                     qPrintable(db->readOnlyReason()));
            QCOMPARE(customers(*db), 1);
            Database::Options check;
            check.migrate = false;
            check.ensureUser = false;
            auto checked = Database::open(local(path), check, &error);
            QVERIFY2(checked, qPrintable(error));
            const DatabaseCheck::Result result = DatabaseCheck(*checked).run();
            QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        }
        QCOMPARE(digest(path), before);
    }

    void busyTimeoutComesFromSettings()
    {
        ConnectionSettings s;
        QSettings().remove(QLatin1String(ConnectionSettings::kBusyTimeoutKey));
        QCOMPARE(s.effectiveBusyTimeoutMs(), ConnectionSettings::kDefaultBusyTimeoutMs);
        QSettings().setValue(QLatin1String(ConnectionSettings::kBusyTimeoutKey), 1234);
        QCOMPARE(s.effectiveBusyTimeoutMs(), 1234);
        s.busyTimeoutMs = 200; // set by the caller wins
        QCOMPARE(s.effectiveBusyTimeoutMs(), 200);

        QTemporaryDir dir;
        s.busyTimeoutMs = 0;
        s.path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        auto db = Database::open(s, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1234);
        QSettings().remove(QLatin1String(ConnectionSettings::kBusyTimeoutKey));
    }

    void busyDatabaseSaysSo()
    {
        QTemporaryDir dir;
        ConnectionSettings s = local(dir.filePath(QStringLiteral("crm.sqlite")));
        s.busyTimeoutMs = 300;
        QString error;
        auto holder = Database::open(s, &error);
        QVERIFY2(holder, qPrintable(error));
        auto writer = holder->clone(&error);
        QVERIFY2(writer, qPrintable(error));

        // Another program in the middle of a write.
        QSqlQuery hold(holder->connection());
        DESKCRM_VERIFY_SQL(hold, hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QElapsedTimer waited;
        waited.start();
        RecordWriter blocked(*writer);
        const WriteResult added = blocked.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
        const WriteResult done = added.ok() ? blocked.commit() : added;
        const qint64 ms = waited.elapsed();
        QVERIFY(!done.ok());
        QVERIFY2(done.message.startsWith(QLatin1String("The database is busy: another program is writing to it")),
                 qPrintable(done.message));
        QVERIFY2(done.message.contains(QLatin1String("Technical detail")), qPrintable(done.message));
        // It waited for the timeout it was given, not SQLite's default of none nor the 5 s default.
        QVERIFY2(ms >= 250 && ms < 4000, qPrintable(QString::number(ms)));

        DESKCRM_VERIFY_SQL(hold, hold.exec(QStringLiteral("ROLLBACK")));
        RecordWriter again(*writer);
        const WriteResult retried = again.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
        QVERIFY2(retried.ok(), qPrintable(retried.message));
        QVERIFY2(again.commit().ok(), "commit after the other program finished");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "TestDatabaseFaults.moc"
