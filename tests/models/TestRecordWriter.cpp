#include "ChangeNotifier.h"
#include "CustomerModel.h"
#include "RecordBatch.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "WriteHook.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <thread>

using namespace RecordTestHelpers;

// The one write path: stamps from the database's clock and user, optimistic versions, one announcement per
// committed write and none for a rolled-back one, hooks that see every change and can refuse it.
class TestRecordWriter : public QObject
{
    Q_OBJECT

    // Records what a hook saw; refuses when asked to.
    struct RecordingHook : WriteHook
    {
        QList<ChangeSet> seen;
        QString refuseWith;
        bool beforeCommit(Database&, const ChangeSet& changes, QString* error) override
        {
            seen << changes;
            if (refuseWith.isEmpty())
                return true;
            *error = refuseWith;
            return false;
        }
    };

    static const QDateTime& start()
    {
        static const QDateTime at(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
        return at;
    }

    static QString customerName(const Database& db, const QString& id)
    {
        return scalar(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString();
    }

    // A colleague's session on the same PostgreSQL database, in whatever thread calls this; it waits long
    // before it looks for deadlocks, so the session under test is the one PostgreSQL cancels.
    static std::unique_ptr<Database> openColleague(const TestDatabase& tdb, QString* error)
    {
        Database::Options raw;
        raw.migrate = false;
        raw.ensureUser = false;
        auto other = Database::open(tdb.settings(), raw, error);
        if (other)
            QSqlQuery(other->connection()).exec(QStringLiteral("SET deadlock_timeout = '10s'"));
        return other;
    }

private Q_SLOTS:
    void stampsAndVersions_data() { TestDatabase::addTargets(); }
    void stampsAndVersions()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(start());
        db->setClock(&clock);

        QString id;
        {
            RecordWriter writer(*db);
            QVERIFY(writer.isActive());
            const WriteResult added =
                writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
            QVERIFY2(added.ok(), qPrintable(added.message));
            QCOMPARE(added.version, 1);
            id = added.id;
            QVERIFY2(writer.commit().ok(), "commit");
        }
        QCOMPARE(
            SqlValues::toDateTime(scalar(*db, QStringLiteral("SELECT created_at FROM customers WHERE id = ?"), {id})),
            start());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT created_by FROM customers WHERE id = ?"), {id}).toString(),
                 db->currentUserId());
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}), 1);

        // No waiting: the clock moves, the stamp follows.
        clock.advance(90 * 1000);
        {
            RecordWriter writer(*db);
            const WriteResult changed = writer.update(QStringLiteral("customers"), id, 1,
                                                      {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}});
            QVERIFY2(changed.ok(), qPrintable(changed.message));
            QCOMPARE(changed.version, 2);
            QCOMPARE(changed.before.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(
            SqlValues::toDateTime(scalar(*db, QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {id})),
            start().addSecs(90));
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}), 2);

        // A stale version is a conflict with the row as it is; nothing is written.
        {
            RecordWriter writer(*db);
            const WriteResult stale = writer.update(QStringLiteral("customers"), id, 1,
                                                    {{QStringLiteral("name"), QStringLiteral("Overwrite")}});
            QCOMPARE(stale.status, WriteResult::Conflict);
            QCOMPARE(stale.theirs.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Ltd"));
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(customerName(*db, id), QStringLiteral("Acme Ltd"));
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}), 2);

        // Soft delete stamps deleted_at with the clock; restore clears it; both bump the version.
        clock.advance(1000);
        {
            RecordWriter writer(*db);
            QVERIFY(writer.softDelete(QStringLiteral("customers"), id, 2).ok());
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(
            SqlValues::toDateTime(scalar(*db, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id})),
            start().addSecs(91));
        {
            RecordWriter writer(*db);
            QCOMPARE(writer.update(QStringLiteral("customers"), id, 3, {{QStringLiteral("name"), QStringLiteral("x")}})
                         .status,
                     WriteResult::NotFound);
            QVERIFY(writer.restore(QStringLiteral("customers"), id).ok());
            QVERIFY(writer.commit().ok());
        }
        QVERIFY(scalar(*db, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id}).isNull());
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}), 4);
    }

    void announcesAfterCommitOnly_data() { TestDatabase::addTargets(); }
    void announcesAfterCommitOnly()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QSignalSpy announced(&db->notifier(), &ChangeNotifier::changed);

        QString id;
        {
            RecordWriter writer(*db);
            id = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Rolled back")}})
                     .id;
            QCOMPARE(announced.count(), 0); // not before the commit
        }                                   // destroyed without commit: rolled back
        QCOMPARE(announced.count(), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ?"), {id}), 0);

        {
            RecordWriter writer(*db);
            id = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Kept")}}).id;
            writer.insert(QStringLiteral("contacts"),
                          {{QStringLiteral("name"), QStringLiteral("Li Lei")}, {QStringLiteral("customer_id"), id}});
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(announced.count(), 1);
        const ChangeSet set = announced.takeFirst().first().value<ChangeSet>();
        QCOMPARE(set.origin, ChangeSet::Local);
        QCOMPARE(set.ids(QStringLiteral("customers")), QStringList{id});
        QVERIFY(set.has(QStringLiteral("customers"), RowChange::Inserted));
        QVERIFY(set.has(QStringLiteral("contacts"), RowChange::Inserted));

        // A cascade is one announcement naming every row it touched.
        QVERIFY2(RecordStore(*db).softDelete(QStringLiteral("customer"), id, &error), qPrintable(error));
        QCOMPARE(announced.count(), 1);
        const ChangeSet deleted = announced.takeFirst().first().value<ChangeSet>();
        QVERIFY(deleted.has(QStringLiteral("customers"), RowChange::Deleted));
        QCOMPARE(deleted.ids(QStringLiteral("contacts")).size(), 1);

        // A remote change (the later LISTEN/NOTIFY feed) reaches listeners the same way.
        ChangeSet remote;
        remote.origin = ChangeSet::Remote;
        remote.add({QStringLiteral("customers"), RowChange::Updated, {id}, {QStringLiteral("name")}});
        db->notifier().announce(remote);
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.takeFirst().first().value<ChangeSet>().origin, ChangeSet::Remote);
    }

    void hooksSeeAndCanRefuse_data() { TestDatabase::addTargets(); }
    void hooksSeeAndCanRefuse()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        RecordingHook hook;
        db->addWriteHook(&hook);
        QSignalSpy announced(&db->notifier(), &ChangeNotifier::changed);

        QString id;
        {
            RecordWriter writer(*db);
            id = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Seen")}}).id;
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(hook.seen.size(), 1);
        QCOMPARE(hook.seen.first().ids(QStringLiteral("customers")), QStringList{id});

        hook.refuseWith = QStringLiteral("audit log is full");
        {
            RecordWriter writer(*db);
            QVERIFY(
                writer.update(QStringLiteral("customers"), id, 1, {{QStringLiteral("name"), QStringLiteral("Refused")}})
                    .ok());
            const WriteResult committed = writer.commit();
            QCOMPARE(committed.status, WriteResult::Failed);
            QCOMPARE(committed.message, hook.refuseWith);
        }
        QCOMPARE(customerName(*db, id), QStringLiteral("Seen"));
        QCOMPARE(announced.count(), 1); // the refused write was never announced
        db->removeWriteHook(&hook);
    }

    // The batched form: the same stamps from the same clock and user, a history kept when brought, one
    // announcement that lists a small load's rows and only the table of a big one, all or nothing.
    void batchStampsAndAnnounces_data() { TestDatabase::addTargets(); }
    void batchStampsAndAnnounces()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(start());
        db->setClock(&clock);
        QSignalSpy announced(&db->notifier(), &ChangeNotifier::changed);

        const QDateTime longAgo(QDate(2019, 5, 1), QTime(8, 0), Qt::UTC);
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < 300; ++i)
                customers.add(QString(), QStringLiteral("Batch %1").arg(i)); // the batch makes the ids
            customers.addWithHistory(
                {SqlValues::timestamp(longAgo), QVariant(), SqlValues::timestamp(longAgo), QVariant(), 4},
                QStringLiteral("0190a000-0000-7000-8000-000000000001"), QStringLiteral("Old"));
            QCOMPARE(customers.pendingRows(), 301);
            QVERIFY(customers.flush().ok());
            QCOMPARE(customers.rowsWritten(), 301);
            QCOMPARE(announced.count(), 0); // not before the commit
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE 'Batch %' AND version = 1 "
                                      "AND created_at = ? AND updated_at = ? AND created_by = ?"),
                       {SqlValues::timestamp(start()), SqlValues::timestamp(start()), db->currentUserId()}),
                 300);
        QCOMPARE(
            SqlValues::toDateTime(scalar(*db, QStringLiteral("SELECT created_at FROM customers WHERE name = 'Old'"))),
            longAgo);
        QCOMPARE(count(*db, QStringLiteral("SELECT version FROM customers WHERE name = 'Old'")), 4);
        QCOMPARE(announced.count(), 1);
        ChangeSet set = announced.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(set.ids(QStringLiteral("customers")).size(), 301);
        QVERIFY(set.has(QStringLiteral("customers"), RowChange::Inserted));

        // Too many to list: the table is announced, its rows are not.
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < 1500; ++i)
                customers.addRow({QString(), QStringLiteral("Bulk %1").arg(i)});
            QVERIFY(customers.flush().ok());
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(announced.count(), 1);
        set = announced.takeFirst().at(0).value<ChangeSet>();
        QVERIFY(set.touches(QStringLiteral("customers")));
        QVERIFY(set.ids(QStringLiteral("customers")).isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE 'Bulk %'")), 1500);

        // One bad row (an id already taken) and nothing of the load stays.
        const QString taken = scalar(*db, QStringLiteral("SELECT id FROM customers WHERE name = 'Old'")).toString();
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < 100; ++i)
                customers.add(QString(), QStringLiteral("Doomed %1").arg(i));
            customers.add(taken, QStringLiteral("Duplicate"));
            const WriteResult written = customers.flush();
            QCOMPARE(written.status, WriteResult::Failed);
            QVERIFY(!written.message.isEmpty());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE 'Doomed %'")), 0);
        QCOMPARE(announced.count(), 0);
    }

    // A deadlock (PostgreSQL 40P01) is not the user's problem: the whole write runs again and succeeds. A
    // colleague's transaction holds row X and wants row Y while this one holds Y and wants X; this session
    // detects the deadlock first (the shorter deadlock_timeout), so it is the one PostgreSQL cancels.
    void deadlockIsRetried()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs PostgreSQL (DESKCRM_TEST_PG); SQLite writers take the lock at BEGIN IMMEDIATE, so two "
                  "writers wait for each other instead of deadlocking");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QString x, y;
        {
            RecordWriter writer(*db);
            x = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("X")}}).id;
            y = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Y")}}).id;
            QVERIFY(writer.commit().ok());
        }
        QSqlQuery(db->connection()).exec(QStringLiteral("SET deadlock_timeout = '50ms'"));

        QSemaphore colleagueHoldsX, thisHoldsY;
        QString colleagueError;
        std::thread colleague([&] {
            auto other = openColleague(tdb, &colleagueError);
            if (!other) {
                colleagueHoldsX.release();
                return;
            }
            QSqlQuery q(other->connection());
            q.exec(QStringLiteral("BEGIN"));
            q.exec(QStringLiteral("UPDATE customers SET city = 'Colleague' WHERE id = '%1'").arg(x));
            colleagueHoldsX.release();
            thisHoldsY.acquire();
            // Waits for Y until PostgreSQL cancels the other transaction, then goes on.
            if (!q.exec(QStringLiteral("UPDATE customers SET city = 'Colleague' WHERE id = '%1'").arg(y)) ||
                !q.exec(QStringLiteral("COMMIT")))
                colleagueError = q.lastError().text();
        });
        colleagueHoldsX.acquire();
        QVERIFY2(colleagueError.isEmpty(), qPrintable(colleagueError));

        int attempts = 0;
        const WriteResult result = RecordWriter::transact(*db, [&](RecordWriter& writer) {
            ++attempts;
            WriteResult first =
                writer.update(QStringLiteral("customers"), y, -1, {{QStringLiteral("city"), QStringLiteral("Mine")}});
            if (!first.ok())
                return first;
            if (attempts == 1)
                thisHoldsY.release();
            return writer.update(QStringLiteral("customers"), x, -1,
                                 {{QStringLiteral("city"), QStringLiteral("Mine")}});
        });
        colleague.join();
        QVERIFY2(colleagueError.isEmpty(), qPrintable(colleagueError));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY2(attempts >= 2, "the deadlock was not met: the test proves nothing"); // how often: lock timing
        // The retry came after the colleague's commit: both rows carry this write, each row once.
        for (const QString& id : {x, y})
            QCOMPARE(scalar(*db, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                     QStringLiteral("Mine"));
    }

    // The editors' save meets the same deadlock: its edits are pending again after the rollback, and the
    // save runs once more instead of telling the user "could not be saved".
    void editorSaveRetriesADeadlock()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs PostgreSQL (DESKCRM_TEST_PG)");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        CustomerModel model(*db);
        const int first = model.addRecord({{QStringLiteral("name"), QStringLiteral("First")}});
        const int second = model.addRecord({{QStringLiteral("name"), QStringLiteral("Second")}});
        QVERIFY(model.save().ok());
        const QString firstId = model.recordId(first);
        const QString secondId = model.recordId(second);
        QSqlQuery(db->connection()).exec(QStringLiteral("SET deadlock_timeout = '50ms'"));
        // The model writes its rows in order: the colleague holds the later one and, once this session waits
        // for it, asks for the earlier one.
        const int earlier = std::min(first, second);
        const QString earlierId = model.recordId(earlier);
        const QString laterId = model.recordId(earlier == first ? second : first);
        QVERIFY(model.setValue(first, QStringLiteral("city"), QStringLiteral("Mine")));
        QVERIFY(model.setValue(second, QStringLiteral("city"), QStringLiteral("Mine")));

        QSemaphore colleagueHoldsLater;
        QString colleagueError;
        std::thread colleague([&] {
            auto other = openColleague(tdb, &colleagueError);
            if (!other) {
                colleagueHoldsLater.release();
                return;
            }
            QSqlQuery q(other->connection());
            q.exec(QStringLiteral("BEGIN"));
            q.exec(QStringLiteral("UPDATE customers SET city = 'Colleague' WHERE id = '%1'").arg(laterId));
            colleagueHoldsLater.release();
            // Until this session waits for a lock: it then holds the earlier row.
            QSqlQuery watch(other->connection());
            for (int i = 0; i < 2000; ++i) {
                if (watch.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                              "AND pid <> pg_backend_pid()")) &&
                    watch.next() && watch.value(0).toInt() > 0)
                    break;
                QThread::msleep(5); // polling another session's state, not waiting for time to pass
            }
            if (!q.exec(QStringLiteral("UPDATE customers SET city = 'Colleague' WHERE id = '%1'").arg(earlierId)) ||
                !q.exec(QStringLiteral("COMMIT")))
                colleagueError = q.lastError().text();
        });
        colleagueHoldsLater.acquire();
        const auto saved = model.save();
        colleague.join();
        QVERIFY2(colleagueError.isEmpty(), qPrintable(colleagueError));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        // The server counted the deadlock: the save above was refused once and then run again.
        const auto deadlocks = [&db] {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            return q.exec(
                       QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QTRY_VERIFY2(deadlocks() > 0, "no deadlock happened: the test proves nothing");
        for (const QString& id : {firstId, secondId})
            QCOMPARE(scalar(*db, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                     QStringLiteral("Mine"));
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "TestRecordWriter.moc"
