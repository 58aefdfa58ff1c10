#include "CustomerModel.h"
#include "CustomerPage.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "SlaSettingsDialog.h"
#include "TestDatabase.h"
#include "TicketBoardModel.h"
#include "TicketBoardPage.h"
#include "TicketDialog.h"
#include "TicketService.h"
#include "TicketSlaDelegate.h"
#include "WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

// Service tickets in the real main window, in the language DESKCRM_UI_LANG names (CTest runs en and zh_CN): the
// tickets page with its SLA highlight from the stored deadlines, the ticket dialog's timeline and a workflow step,
// the service settings (SLA policies, working hours, holidays) and the customer's service history.
// DESKCRM_SCREENSHOT_DIR keeps what was looked at.
class TestTicketsPage : public QObject
{
    Q_OBJECT

    WindowTest m_window{"tickets"};

    static QDateTime shanghai(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
    }

private Q_SLOTS:
    void initTestCase() { m_window.start(QStringLiteral("TestTicketsPage")); }

    void listDialogSettingsAndHistory()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        Database& db = *opened;
        ManualClock clock(shanghai(2026, 12, 1, 9, 0));
        db.setClock(&clock);
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}});
        QVERIFY(customers.save().ok());
        const QString customer = customers.recordId(0);
        const WriteResult rep = RecordWriter::transact(db, [](RecordWriter& writer) {
            return writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("chen.jing")},
                                                           {QStringLiteral("display_name"), QStringLiteral("陈静")}});
        });
        QVERIFY(rep.ok());
        // An old urgent complaint (late), a high one from this morning (due at 14:30) and a low one (on time).
        const struct
        {
            const char* subject;
            const char* kind;
            const char* priority;
            QDateTime received;
        } made[] = {{"设备无法开机", "complaint", "urgent", shanghai(2026, 12, 1, 9, 0)},
                    {"Invoice address wrong", "ticket", "high", shanghai(2026, 12, 3, 9, 0)},
                    {"打印机频繁卡纸", "ticket", "low", shanghai(2026, 12, 3, 10, 0)}};
        QStringList ids;
        for (const auto& m : made) {
            clock.set(m.received);
            Ticket t;
            t.subject = QString::fromUtf8(m.subject);
            t.kind = QLatin1String(m.kind);
            t.priority = QLatin1String(m.priority);
            t.customerId = customer;
            t.ownerId = rep.id;
            t.category = QStringLiteral("硬件故障");
            const WriteResult created = TicketService::create(db, &t, QStringLiteral("客户来电"));
            QVERIFY2(created.ok(), qPrintable(created.message));
            ids << t.id;
        }
        clock.set(shanghai(2026, 12, 3, 14, 0));

        MainWindow w;
        w.setDatabase(std::move(opened));
        w.resize(1280, 720);
        QVERIFY(w.showPage(QStringLiteral("tickets")));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* page = qobject_cast<RecordListPage*>(w.currentPage());
        QVERIFY(page);
        QCOMPARE(page->entity(), QStringLiteral("ticket"));
        QTRY_COMPARE(page->model()->rowCount(), 3);
        auto* sla = qobject_cast<TicketSlaDelegate*>(page->view()->itemDelegate());
        QVERIFY(sla);
        // Newest first: the low ticket on time, the normal one due within hours, the urgent complaint late.
        QCOMPARE(sla->state(page->model()->index(2, 0)), TicketSlaDelegate::State::Late);
        QCOMPARE(sla->state(page->model()->index(1, 0)), TicketSlaDelegate::State::Soon);
        QCOMPARE(sla->state(page->model()->index(0, 0)), TicketSlaDelegate::State::None);
        QVERIFY(m_window.screenshot(&w, QStringLiteral("page")));

        // Enter opens the ticket: its timeline, then the next step.
        page->view()->setFocus();
        QVERIFY(page->selectId(ids.at(1)));
        QTest::keyClick(page->view(), Qt::Key_Return);
        QPointer<TicketDialog> dialog = WindowTest::openDialog<TicketDialog>();
        QVERIFY(dialog);
        auto* timeline = dialog->findChild<QListWidget*>(QStringLiteral("ticketTimeline"));
        QCOMPARE(timeline->count(), 2);
        auto* next = dialog->findChild<QComboBox*>(QStringLiteral("ticketNextStatus"));
        next->setCurrentIndex(next->findData(QStringLiteral("contacted")));
        dialog->findChild<QLineEdit*>(QStringLiteral("ticketNote"))->setText(QStringLiteral("已电话联系客户"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("ticketApplyStep")), Qt::LeftButton);
        QCOMPARE(
            WindowTest::scalar(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {ids.at(1)}).toString(),
            QStringLiteral("contacted"));
        QCOMPARE(timeline->count(), 3);
        QVERIFY(m_window.screenshot(dialog, QStringLiteral("dialog")));
        dialog->close();

        // The board: a column per open status; a drop the workflow does not allow is refused, an allowed one moves.
        QVERIFY(w.showPage(QStringLiteral("ticketboard")));
        auto* board = qobject_cast<TicketBoardPage*>(w.currentPage());
        QVERIFY(board);
        const QStringList columns = TicketBoardModel::statuses();
        const int assigned = int(columns.indexOf(QStringLiteral("assigned")));
        const int contacted = int(columns.indexOf(QStringLiteral("contacted")));
        QCOMPARE(board->model()->column(assigned)->rowCount(), 2);
        QCOMPARE(board->model()->column(contacted)->rowCount(), 1);
        // Nine columns do not fit in 1280 pixels: the others scroll into view.
        auto* area = board->findChild<QScrollArea*>();
        QVERIFY(area);
        QTRY_VERIFY(area->horizontalScrollBar()->isVisible());
        QVERIFY(m_window.screenshot(&w, QStringLiteral("board")));
        QVERIFY(!board->model()->move(ids.at(0), int(columns.indexOf(QStringLiteral("verified")))).isEmpty());
        QCOMPARE(
            WindowTest::scalar(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {ids.at(0)}).toString(),
            QStringLiteral("assigned"));
        QVERIFY(board->model()->move(ids.at(0), contacted).isEmpty());
        QCOMPARE(
            WindowTest::scalar(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {ids.at(0)}).toString(),
            QStringLiteral("contacted"));
        QCOMPARE(board->model()->column(contacted)->rowCount(), 2);

        // Tools > Service levels and calendar: the policies, hours and days as stored; a change is saved.
        w.findChild<QAction*>(QStringLiteral("slaSettingsAction"))->trigger();
        QPointer<SlaSettingsDialog> settings = WindowTest::openDialog<SlaSettingsDialog>();
        QVERIFY(settings);
        QCOMPARE(settings->policyTable()->rowCount(), 8);
        QVERIFY(settings->daysTable()->rowCount() > 40);
        QCOMPARE(settings->hoursTable()->item(0, 0)->text(), QStringLiteral("09:00-12:00, 13:30-18:00"));
        QVERIFY(m_window.screenshot(settings, QStringLiteral("sla-settings")));
        auto* tabs = settings->findChild<QTabWidget*>(QStringLiteral("slaTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QVERIFY(m_window.screenshot(settings, QStringLiteral("sla-hours")));
        tabs->setCurrentIndex(2);
        QVERIFY(m_window.screenshot(settings, QStringLiteral("sla-days")));
        tabs->setCurrentIndex(0);
        qobject_cast<QDoubleSpinBox*>(settings->policyTable()->cellWidget(0, 2))->setValue(0.5);
        settings->hoursTable()->item(5, 0)->setText(QStringLiteral("10:00-14:00"));
        settings->accept();
        QVERIFY(!settings || !settings->isVisible());
        QCOMPARE(WindowTest::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM business_hours WHERE weekday = 6 AND deleted_at IS "
                                        "NULL"))
                     .toInt(),
                 1);
        QCOMPARE(WindowTest::scalar(
                     db, QStringLiteral("SELECT first_response_minutes FROM sla_policies WHERE kind = 'ticket' AND "
                                        "priority = 'urgent'"))
                     .toInt(),
                 30);

        // The customer's service history on customer 360.
        QVERIFY(w.showPage(QStringLiteral("customer:") + customer));
        auto* history = w.currentPage()->findChild<QTableView*>(QStringLiteral("ticketsTable"));
        QVERIFY(history);
        QTRY_COMPARE(history->model()->rowCount(), 3);
        QVERIFY(m_window.screenshot(&w, QStringLiteral("customer")));
    }
};

QTEST_MAIN(TestTicketsPage)
#include "TestTicketsPage.moc"
