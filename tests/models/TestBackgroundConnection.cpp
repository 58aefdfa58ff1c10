#include "BackgroundConnection.h"
#include "ChangeNotifier.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace RecordTestHelpers;

// The second connection on its own thread: sees what the first committed, runs jobs in order, reports a
// failed open to the job instead of crashing, finishes its queue and removes its connection when
// destroyed, and is refused for databases a second connection would not share.
class TestBackgroundConnection : public QObject
{
    Q_OBJECT

    static bool addTeam(Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        const QString now = SqlValues::utcNow();
        for (const QVariant& value : QVariantList{Uuid::createV7(), name, now, now})
            q.addBindValue(value);
        if (!q.exec())
            qWarning("%s", qPrintable(q.lastError().text()));
        return !q.lastError().isValid();
    }

private slots:
    void seesWhatTheMainConnectionCommitted_data() { TestDatabase::addTargets(); }
    void seesWhatTheMainConnectionCommitted()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        BackgroundConnection background(*db);

        QVERIFY(addTeam(*db, QStringLiteral("North")));
        int teams = -1;
        QString userId;
        QString openError = QStringLiteral("not run");
        QString connectionName;
        QThread* thread = nullptr;
        background
            .run([&](Database* second, const QString& message) {
                openError = message;
                thread = QThread::currentThread();
                if (!second)
                    return;
                teams = count(*second, QStringLiteral("SELECT COUNT(*) FROM teams WHERE deleted_at IS NULL"));
                userId = second->currentUserId();
                connectionName = second->connectionName();
            })
            .get();
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        QCOMPARE(teams, 1);
        QCOMPARE(userId, db->currentUserId());
        QCOMPARE(connectionName, background.connectionName());
        QVERIFY(thread && thread != QThread::currentThread());

        // Committed after the connection opened: the next job reads it too.
        QVERIFY(addTeam(*db, QStringLiteral("South")));
        background
            .run([&](Database* second, const QString&) {
                teams =
                    second ? count(*second, QStringLiteral("SELECT COUNT(*) FROM teams WHERE deleted_at IS NULL")) : -1;
            })
            .get();
        QCOMPARE(teams, 2);
    }

    // What a job writes through RecordWriter is announced on the first connection's notifier, on its thread, so
    // the lists shown on the first connection update (the import wizard writes here).
    void writesAreAnnouncedOnTheFirstConnectionsNotifier_data() { TestDatabase::addTargets(); }
    void writesAreAnnouncedOnTheFirstConnectionsNotifier()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QSignalSpy changed(&db->notifier(), &ChangeNotifier::changed);
        QString id;
        {
            BackgroundConnection background(*db);
            background
                .run([&](Database* second, const QString& message) {
                    QVERIFY2(second, qPrintable(message));
                    RecordWriter writer(*second);
                    const WriteResult added =
                        writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Far")}});
                    QVERIFY(added.ok() && writer.commit().ok());
                    id = added.id;
                })
                .get();
        }
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(changed.size(), 1); // queued to this thread
        const auto changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.touches(QStringLiteral("customers")));
        QCOMPARE(changes.ids(QStringLiteral("customers")), QStringList{id});
    }

    void runsJobsInOrderOnOneThread_data() { TestDatabase::addTargets(); }
    void runsJobsInOrderOnOneThread()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(addTeam(*db, QStringLiteral("North")));
        BackgroundConnection background(*db);

        // No lock: the jobs run one after another, and get() orders the reads below after them.
        std::vector<int> order;
        std::vector<QThread*> threads;
        std::vector<std::future<void>> done;
        for (int i = 0; i < 20; ++i) {
            done.push_back(background.run([&, i](Database*, const QString&) {
                if (i == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // later jobs queue up
                order.push_back(i);
                threads.push_back(QThread::currentThread());
            }));
        }
        QString name;
        int teams = 0;
        auto first = background.run([&](Database* second, const QString&) {
            name = second ? scalar(*second, QStringLiteral("SELECT name FROM teams")).toString() : QString();
        });
        auto other = background.run([&](Database* second, const QString&) {
            teams = second ? count(*second, QStringLiteral("SELECT COUNT(*) FROM teams")) : -1;
        });
        for (auto& future : done)
            future.get();
        first.get();
        other.get();
        std::vector<int> expected(20);
        for (int i = 0; i < 20; ++i)
            expected[size_t(i)] = i;
        QCOMPARE(order, expected);
        for (QThread* thread : threads)
            QCOMPARE(thread, threads.front());
        QCOMPARE(name, QStringLiteral("North"));
        QCOMPARE(teams, 1);
    }

    void failedOpenReachesTheJob_data() { TestDatabase::addTargets(); }
    void failedOpenReachesTheJob()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QTemporaryDir dir;
        ConnectionSettings settings = tdb.settings();
        if (settings.dialect == ConnectionSettings::Dialect::SQLite) {
            // A file where the database's folder would have to be.
            QFile blocker(dir.filePath(QStringLiteral("file")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            settings.path = dir.filePath(QStringLiteral("file/sub/test.sqlite"));
        } else {
            settings.database = QStringLiteral("deskcrm_no_such_database");
        }
        BackgroundConnection background(settings, QString(), QString());
        for (int attempt = 0; attempt < 2; ++attempt) { // the second job tries again, and fails again
            bool gotDatabase = true;
            QString message;
            background
                .run([&](Database* second, const QString& openError) {
                    gotDatabase = second != nullptr;
                    message = openError;
                })
                .get();
            QVERIFY(!gotDatabase);
            QVERIFY(!message.isEmpty());
        }
        QVERIFY(!QSqlDatabase::connectionNames().contains(background.connectionName()));
    }

    void destructionFinishesQueuedJobsAndRemovesTheConnection_data() { TestDatabase::addTargets(); }
    void destructionFinishesQueuedJobsAndRemovesTheConnection()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        std::atomic<int> ran{0};
        std::vector<std::future<void>> done;
        QString name;
        {
            BackgroundConnection background(*db);
            name = background.connectionName();
            background.run([](Database*, const QString&) {}).get();
            QVERIFY(QSqlDatabase::connectionNames().contains(name));
            done.push_back(background.run([&](Database*, const QString&) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                ++ran;
            }));
            for (int i = 0; i < 5; ++i) {
                done.push_back(background.run([&](Database* second, const QString&) {
                    if (second && count(*second, QStringLiteral("SELECT COUNT(*) FROM teams")) == 0)
                        ++ran;
                }));
            }
        }
        QCOMPARE(ran.load(), 6);
        for (auto& future : done)
            QCOMPARE(future.wait_for(std::chrono::seconds(0)), std::future_status::ready);
        QVERIFY(!QSqlDatabase::connectionNames().contains(name));
    }

    // Only the background connection reads with a big page cache: the GUI connection stays small.
    void sqliteCacheIsTheBackgroundConnectionsOwn()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        BackgroundConnection background(*db, 32);
        int backgroundCache = 0;
        background
            .run([&](Database* second, const QString&) {
                backgroundCache = second ? count(*second, QStringLiteral("PRAGMA cache_size")) : 0;
            })
            .get();
        QCOMPARE(backgroundCache, -32 * 1024);
        QVERIFY(count(*db, QStringLiteral("PRAGMA cache_size")) > -32 * 1024);
    }

    void refusedForAnInMemoryDatabase()
    {
        ConnectionSettings memory;
        memory.path = QStringLiteral(":memory:");
        QString error;
        auto db = Database::open(memory, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!BackgroundConnection::supports(*db));

        TestDatabase file(QStringLiteral("sqlite"));
        auto onFile = file.open(&error);
        QVERIFY2(onFile, qPrintable(error));
        QVERIFY(BackgroundConnection::supports(*onFile));
        if (TestDatabase::postgresAvailable()) {
            TestDatabase server(QStringLiteral("postgresql"));
            auto onServer = server.open(&error);
            QVERIFY2(onServer, qPrintable(error));
            QVERIFY(BackgroundConnection::supports(*onServer));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackgroundConnection)
#include "TestBackgroundConnection.moc"
