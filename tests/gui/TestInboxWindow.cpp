#include "Clock.h"
#include "Database.h"
#include "DialogSeams.h"
#include "InboxPage.h"
#include "InteractionDialog.h"
#include "MainWindow.h"
#include "NotificationCenter.h"
#include "NotificationInbox.h"
#include "NotificationSources.h"
#include "RecordWriter.h"
#include "ReminderDialog.h"
#include "ReminderScheduler.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

// The inbox through the real main window, in both languages: the tool bar's badge counts what the user has not
// read, the inbox page opens, marks read and dismisses, a task reminder pops up when the (manual) clock reaches it,
// snooze brings it back later and "Mark done" completes the task. DESKCRM_SCREENSHOT_DIR saves the inbox and the
// pop-up.
class TestInboxWindow : public QObject
{
    Q_OBJECT

    static QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 12, 3), QTime(hour, minute), Qt::UTC);
    }
    static int scalar(Database& db, const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    static ReminderDialog* reminderDialog()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ReminderDialog*>(w); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    static void shoot(QWidget* widget, const QString& name)
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(widget->grab().save(QDir(shots).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<NotificationItem>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestInboxWindow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void badgeInboxAndReminder_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("language");
        QTest::newRow("sqlite en") << QStringLiteral("sqlite") << QStringLiteral("en");
        QTest::newRow("sqlite zh_CN") << QStringLiteral("sqlite") << QStringLiteral("zh_CN");
        if (TestDatabase::postgresAvailable())
            QTest::newRow("postgresql en") << QStringLiteral("postgresql") << QStringLiteral("en");
    }
    void badgeInboxAndReminder()
    {
        QFETCH(QString, target);
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        const bool chinese = language == QLatin1String("zh_CN");
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        ManualClock clock(at(8));
        opened->setClock(&clock);
        Database& db = *opened;
        const QString me = db.currentUserId();
        QString reminded, overdue;
        const WriteResult made = RecordWriter::transact(db, [&](RecordWriter& w) -> WriteResult {
            const QString customer = w.insert(QStringLiteral("customers"),
                                              {{QStringLiteral("name"), chinese ? QStringLiteral("东莞星辰电子有限公司")
                                                                                : QStringLiteral("Acme Ltd")}})
                                         .id;
            auto task = [&](const QString& title, const QDate& due, const QVariant& reminder) {
                return w
                    .insert(QStringLiteral("tasks"), {{QStringLiteral("title"), title},
                                                      {QStringLiteral("owner_id"), me},
                                                      {QStringLiteral("customer_id"), customer},
                                                      {QStringLiteral("status"), QStringLiteral("todo")},
                                                      {QStringLiteral("due_date"), due},
                                                      {QStringLiteral("reminder_at"), reminder}})
                    .id;
            };
            overdue = task(chinese ? QStringLiteral("发送报价单") : QStringLiteral("Send the quote"),
                           QDate(2026, 12, 1), QVariant());
            task(chinese ? QStringLiteral("确认合同条款") : QStringLiteral("Confirm the contract terms"),
                 QDate(2026, 12, 3), QVariant());
            reminded =
                task(chinese ? QStringLiteral("给采购经理打电话") : QStringLiteral("Call the purchasing manager"),
                     QDate(2026, 12, 4), at(9, 30));
            w.insert(
                QStringLiteral("interactions"),
                {{QStringLiteral("customer_id"), customer},
                 {QStringLiteral("subject"), chinese ? QStringLiteral("样品反馈") : QStringLiteral("Sample feedback")},
                 {QStringLiteral("occurred_at"), at(7)},
                 {QStringLiteral("next_follow_up"), QDate(2026, 12, 3)},
                 {QStringLiteral("author_id"), me}});
            return w.insert(
                QStringLiteral("opportunities"),
                {{QStringLiteral("name"), chinese ? QStringLiteral("生产线改造项目") : QStringLiteral("Line upgrade")},
                 {QStringLiteral("customer_id"), customer},
                 {QStringLiteral("stage_id"), scalarId(db)},
                 {QStringLiteral("expected_close"), QDate(2026, 11, 28)},
                 {QStringLiteral("owner_id"), me}});
        });
        QVERIFY2(made.ok(), qPrintable(made.message));

        MainWindow window;
        window.setDatabase(std::move(opened));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NotificationCenter* center = window.notifications();
        QVERIFY(center);
        center->scheduler()->setMaxWait(5);

        // The badge: two tasks due, a follow-up today, a deal past its close date.
        auto* button = window.findChild<QToolButton*>(QStringLiteral("inboxButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(center->unreadCount(), 4);
        QCOMPARE(center->unreadCount(), NotificationInbox::unreadCount(db));
        QVERIFY(button->toolTip().contains(QLatin1String("4")));

        // The button opens the inbox.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.currentPageName(), QStringLiteral("inbox"));
        auto* page = qobject_cast<InboxPage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 4);
        shoot(&window, QStringLiteral("inbox-%1-%2.png").arg(language, target));

        // Mark read: listed still, the badge counts one less at once.
        const int overdueRow =
            page->model()->rowOfKey(QStringLiteral("task.due:") + overdue + QStringLiteral(":2026-12-01"));
        QVERIFY(overdueRow >= 0);
        page->view()->selectRow(overdueRow);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("inboxMarkRead")), Qt::LeftButton);
        QTRY_COMPARE(center->unreadCount(), 3);
        QCOMPARE(page->model()->rowCount(), 4);
        // Dismiss: gone from the list.
        page->view()->selectRow(0);
        const QString firstKey = page->model()->item(0).key;
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("inboxDismiss")), Qt::LeftButton);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QCOMPARE(page->model()->rowOfKey(firstKey), -1);
        const int afterDismiss = center->unreadCount();
        QCOMPARE(afterDismiss, NotificationInbox::unreadCount(db));

        // 09:30: the reminder pops up.
        clock.set(at(9, 29));
        QTest::qWait(30);
        QVERIFY(!reminderDialog());
        clock.set(at(9, 30));
        QTRY_VERIFY(reminderDialog());
        ReminderDialog* dialog = reminderDialog();
        QCOMPARE(dialog->item().recordId, reminded);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reminderTitle"))
                    ->text()
                    .contains(chinese ? QStringLiteral("采购经理") : QStringLiteral("purchasing")));
        // The reminder is news in the inbox as well.
        QTRY_COMPARE(center->unreadCount(), afterDismiss + 1);
        shoot(dialog, QStringLiteral("reminder-%1-%2.png").arg(language, target));

        // Snooze 15 minutes: stored for this user, rings again at 09:45.
        dialog->setSnoozeMinutes(15);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("snoozeButton")), Qt::LeftButton);
        QTRY_VERIFY(!reminderDialog());
        const QString key = NotificationSources::reminderKey(reminded);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM notification_state WHERE user_id = ? AND item_key = ? "
                                       "AND snoozed_until = ?"),
                        {me, key, SqlValues::timestamp(at(9, 45))}),
                 1);
        QTRY_COMPARE(center->unreadCount(), afterDismiss);
        clock.set(at(9, 44));
        QTest::qWait(30);
        QVERIFY(!reminderDialog());
        clock.set(at(9, 45));
        QTRY_VERIFY(reminderDialog());

        // Mark done: the task is done, the reminder is silent for good.
        QTest::mouseClick(reminderDialog()->findChild<QPushButton*>(QStringLiteral("markDoneButton")), Qt::LeftButton);
        QTRY_VERIFY(!reminderDialog());
        QCOMPARE(scalar(db,
                        QStringLiteral(
                            "SELECT COUNT(*) FROM tasks WHERE id = ? AND status = 'done' AND completed_at IS NOT NULL"),
                        {reminded}),
                 1);
        clock.set(at(11));
        QTest::qWait(30);
        QVERIFY(!reminderDialog());
        window.setDatabase(nullptr);
    }

    // Logging a follow-up with a next date offers the task with its reminder; ticked, saving makes exactly one.
    void followUpDialogMakesTask()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(at(8));
        db->setClock(&clock);
        QString customer;
        QVERIFY(RecordWriter::transact(*db, [&](RecordWriter& w) {
                    WriteResult c =
                        w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
                    customer = c.id;
                    return c;
                }).ok());
        InteractionDialog dialog(*db, {},
                                 {{QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("subject"), QStringLiteral("Price talk")},
                                  {QStringLiteral("next_follow_up"), QDate(2026, 12, 7)}});
        QVERIFY(dialog.isLoaded());
        QVERIFY(dialog.followUpTaskBox()->isEnabled());
        QVERIFY(!dialog.followUpTaskBox()->isChecked()); // off until the user asks once
        dialog.followUpTaskBox()->setChecked(true);
        dialog.followUpTimeEdit()->setTime(QTime(14, 0));
        dialog.resize(560, 900);
        dialog.show();
        shoot(&dialog, QStringLiteral("follow-up-dialog-en.png"));
        QVERIFY(dialog.save());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE due_date = ? AND reminder_at = ?"),
                        {SqlValues::date(QDate(2026, 12, 7)),
                         SqlValues::timestamp(QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::LocalTime))}),
                 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tasks"), {}), 1);
        // The next follow-up offers it again; without a date it cannot be ticked.
        InteractionDialog next(*db, {}, {{QStringLiteral("customer_id"), customer}});
        QVERIFY(next.followUpTaskBox()->isChecked());
        QVERIFY(!next.followUpTaskBox()->isEnabled());
        QSettings().remove(QStringLiteral("reminders/followUpTask"));
    }

private:
    static QString scalarId(Database& db)
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral(
                "SELECT id FROM pipeline_stages WHERE NOT is_won AND NOT is_lost ORDER BY sort_order")) &&
            q.next())
            return q.value(0).toString();
        return {};
    }
};

QTEST_MAIN(TestInboxWindow)
#include "TestInboxWindow.moc"
