#include "Clock.h"
#include "Database.h"
#include "NotificationInbox.h"
#include "NotificationSources.h"
#include "PipelineService.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "ReminderScheduler.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

using RecordTestHelpers::count;

// Task reminders by a ManualClock on SQLite and PostgreSQL: the scheduler arms its timer for the next reminder,
// rings each reminder once when the clock reaches it (never earlier, never for done, deleted, dismissed or other
// people's tasks), rings a snoozed one again when the snooze ends, and re-arms on writes. Time moves only by the
// clock; the timer's longest wait is cut to a few milliseconds so processing events is enough.
class TestReminderScheduler : public QObject
{
    Q_OBJECT

    static QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 12, 3), QTime(hour, minute), Qt::UTC);
    }
    static QString task(Database& db, const QString& title, const QVariant& reminder, const QString& owner,
                        const QString& status = QStringLiteral("todo"))
    {
        RecordWriter writer(db);
        const WriteResult made = writer.insert(QStringLiteral("tasks"), {{QStringLiteral("title"), title},
                                                                         {QStringLiteral("owner_id"), owner},
                                                                         {QStringLiteral("status"), status},
                                                                         {QStringLiteral("reminder_at"), reminder}});
        if (!made.ok() || !writer.commit().ok())
            qWarning("task %s: %s", qPrintable(title), qPrintable(made.message));
        return made.id;
    }
    static QStringList titles(const QSignalSpy& spy)
    {
        QStringList result;
        for (const QList<QVariant>& call : spy)
            result << call.at(0).value<NotificationItem>().title;
        return result;
    }

private slots:
    void initTestCase() { qRegisterMetaType<NotificationItem>(); }

    void ringsAtTheReminderTime_data() { TestDatabase::addTargets(); }
    void ringsAtTheReminderTime()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(at(9));
        db->setClock(&clock);
        const QString me = db->currentUserId();
        QString other;
        {
            RecordWriter writer(*db);
            other = writer
                        .insert(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("li")},
                                                          {QStringLiteral("display_name"), QStringLiteral("Li Na")}})
                        .id;
            QVERIFY(writer.commit().ok());
        }
        task(*db, QStringLiteral("Rang before the program started"), at(8, 30), me);
        const QString call = task(*db, QStringLiteral("Call Acme"), at(9, 30), me);
        task(*db, QStringLiteral("Already done"), at(9, 30), me, QStringLiteral("done"));
        task(*db, QStringLiteral("Li's reminder"), at(9, 30), other);
        const QString visit = task(*db, QStringLiteral("Visit Bolt"), at(11), me);

        ReminderScheduler scheduler(*db);
        QSignalSpy rung(&scheduler, &ReminderScheduler::reminderDue);
        QVERIFY2(scheduler.lastError().isEmpty(), qPrintable(scheduler.lastError()));
        QCOMPARE(scheduler.nextReminder(), at(9, 30));
        QVERIFY(scheduler.isArmed());
        scheduler.setMaxWait(5);

        // A minute early: nothing.
        clock.set(at(9, 29));
        QTest::qWait(50);
        QCOMPARE(rung.count(), 0);
        // The minute comes: the reminder rings, once.
        clock.set(at(9, 30));
        QTRY_COMPARE(rung.count(), 1);
        const NotificationItem item = rung.at(0).at(0).value<NotificationItem>();
        QCOMPARE(item.recordId, call);
        QCOMPARE(item.title, QStringLiteral("Call Acme"));
        QCOMPARE(item.key, NotificationSources::reminderKey(call));
        QCOMPARE(item.since, at(9, 30));
        QTest::qWait(50);
        QCOMPARE(rung.count(), 1);
        QCOMPARE(scheduler.nextReminder(), at(11));

        // Snoozed for 15 minutes: rings again at 09:45, not before.
        QVERIFY(NotificationInbox::snooze(*db, item.key, clock.nowUtc().addSecs(15 * 60)).ok());
        QCOMPARE(scheduler.nextReminder(), at(9, 45)); // re-armed by the write
        clock.set(at(9, 44));
        QTest::qWait(30);
        QCOMPARE(rung.count(), 1);
        clock.set(at(9, 45));
        QTRY_COMPARE(rung.count(), 2);
        QCOMPARE(rung.at(1).at(0).value<NotificationItem>().since, at(9, 45));

        // Marked done (as the pop-up does): the 11:00 reminder of another task still rings, this one never again.
        const int version = count(*db, QStringLiteral("SELECT version FROM tasks WHERE id = ?"), {call});
        QVERIFY(PipelineService::setTaskStatus(*db, call, version, QStringLiteral("done")).ok());
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ? AND status = 'done' "
                                      "AND completed_at IS NOT NULL"),
                       {call}),
                 1);
        QVERIFY(NotificationInbox::snooze(*db, item.key, clock.nowUtc().addSecs(5 * 60)).ok());
        clock.set(at(10, 59));
        QTest::qWait(30);
        QCOMPARE(rung.count(), 2);
        // The clock jumps past 11:00 (a laptop waking): the reminder still rings.
        clock.set(at(12));
        QTRY_COMPARE(rung.count(), 3);
        QCOMPARE(rung.at(2).at(0).value<NotificationItem>().recordId, visit);
        QCOMPARE(titles(rung),
                 (QStringList{QStringLiteral("Call Acme"), QStringLiteral("Call Acme"), QStringLiteral("Visit Bolt")}));
        QVERIFY(!scheduler.nextReminder().isValid());
    }

    // A reminder added or moved while the program runs is picked up by the notifier; a dismissed one stays silent.
    void rearmsOnWrites_data() { TestDatabase::addTargets(); }
    void rearmsOnWrites()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(at(9));
        db->setClock(&clock);
        const QString me = db->currentUserId();
        ReminderScheduler scheduler(*db);
        scheduler.setMaxWait(60 * 60 * 1000); // only a write or the reminder itself moves the timer
        QSignalSpy rung(&scheduler, &ReminderScheduler::reminderDue);
        QVERIFY(!scheduler.nextReminder().isValid());

        const QString later = task(*db, QStringLiteral("Later"), at(16), me);
        QCOMPARE(scheduler.nextReminder(), at(16));
        const QString sooner = task(*db, QStringLiteral("Sooner"), at(10), me);
        QCOMPARE(scheduler.nextReminder(), at(10));
        QVERIFY(NotificationInbox::dismiss(*db, {NotificationSources::reminderKey(sooner)}).ok());
        QCOMPARE(scheduler.nextReminder(), at(10)); // dismissed before its time: it still rings
        {
            // Dismissed before its time: the dismissal counts only for reminders up to then, so move it past.
            clock.set(at(10, 1));
            QVERIFY(NotificationInbox::dismiss(*db, {NotificationSources::reminderKey(sooner)}).ok());
            scheduler.check();
        }
        QCOMPARE(titles(rung), QStringList{}); // rang? no: dismissed at 10:01 covers the 10:00 reminder
        QCOMPARE(scheduler.nextReminder(), at(16));
        clock.set(at(16));
        scheduler.check();
        QCOMPARE(titles(rung), QStringList{QStringLiteral("Later")});
        QVERIFY(!later.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "TestReminderScheduler.moc"
