#include "BoardColumnView.h"
#include "Clock.h"
#include "CustomerPage.h"
#include "CustomerPicker.h"
#include "Database.h"
#include "DialogSeams.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "OpportunityModel.h"
#include "PipelineBoardPage.h"
#include "PipelineColumnModel.h"
#include "RecordDialog.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "Startup.h"
#include "TestDatabase.h"
#include "TodayModel.h"
#include "TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// The everyday flow on the real main window, driven by the keyboard as a rep works (issue 21): the search box
// to a record (Enter opens the first match, Down selects it), Ctrl+1, Ctrl+F and Delete on a customer's 360
// page, a new customer shown even though the list was filtered, the Record menu's Log call…, New task… and
// stage moves on whatever page the user is on, and the Today page of what is due.
class TestWindowFlow : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QString acme, bolt, cobalt, deal, overdueTask, followUp;
    };

    static QString insert(RecordWriter& writer, const QString& table, const QVariantHash& values)
    {
        const WriteResult result = writer.insert(table, values);
        if (!result.ok())
            qWarning("insert into %s: %s", qPrintable(table), qPrintable(result.message));
        return result.id;
    }

    // Three customers, a deal of Acme in the first stage, a task of Bolt overdue and a follow-up with Cobalt due
    // today (the clock says 2026-12-03), both the current user's.
    static bool fill(Database& db, Fixture* f)
    {
        RecordWriter writer(db);
        if (!writer.isActive())
            return false;
        const QString me = db.currentUserId();
        f->acme =
            insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme Robotics")}});
        f->bolt =
            insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Bolt Systems")}});
        f->cobalt =
            insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Cobalt Mining")}});
        f->deal = insert(writer, QStringLiteral("opportunities"),
                         {{QStringLiteral("name"), QStringLiteral("Robot arms")},
                          {QStringLiteral("customer_id"), f->acme},
                          {QStringLiteral("stage_id"), OpportunityModel::firstStageId(db)},
                          {QStringLiteral("amount_minor"), 500000},
                          {QStringLiteral("currency"), QStringLiteral("CNY")},
                          {QStringLiteral("expected_close"), QDate(2026, 12, 31)},
                          {QStringLiteral("owner_id"), me}});
        f->overdueTask = insert(writer, QStringLiteral("tasks"),
                                {{QStringLiteral("title"), QStringLiteral("Send the revised quote")},
                                 {QStringLiteral("due_date"), QDate(2026, 12, 1)},
                                 {QStringLiteral("owner_id"), me},
                                 {QStringLiteral("customer_id"), f->bolt}});
        f->followUp = insert(writer, QStringLiteral("interactions"),
                             {{QStringLiteral("customer_id"), f->cobalt},
                              {QStringLiteral("subject"), QStringLiteral("Visit the mine")},
                              {QStringLiteral("occurred_at"), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)},
                              {QStringLiteral("next_follow_up"), QDate(2026, 12, 3)},
                              {QStringLiteral("author_id"), me}});
        return writer.commit().ok() && !f->followUp.isEmpty();
    }

    static RecordDialog* openDialog(QWidget* window)
    {
        RecordDialog* found = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<RecordDialog*>(w);
                dialog && dialog->isVisible() && dialog->parent() == window)
                found = dialog;
        }
        return found;
    }

    // The offscreen platform has no window manager: the window that should have the keys is made active.
    static void activate(QWidget* window)
    {
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    static void closeDialog(RecordDialog* dialog)
    {
        QWidget* window = dialog->parentWidget();
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        DialogSeams::clearAnswers();
        if (dialog->isVisible())
            delete dialog;
        activate(window);
    }

    // Ctrl+S in the editor; true when it saved and closed.
    static bool saveWithKeyboard(QPointer<RecordDialog> dialog)
    {
        QWidget* window = dialog->parentWidget();
        QApplication::setActiveWindow(dialog);
        QTest::keySequence(dialog, QKeySequence::Save);
        const bool closed = !dialog || !dialog->isVisible();
        QApplication::setActiveWindow(window);
        return closed;
    }

    static QString pickedCustomer(RecordDialog* dialog)
    {
        auto* picker = dialog->findChild<CustomerPicker*>(QStringLiteral("customer_id"));
        return picker ? picker->value().toString() : QStringLiteral("(no customer field)");
    }

    static int count(Database& db, const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // A window on a fresh database with the fixture, shown and active, on the given page.
    struct Session
    {
        TestDatabase tdb;
        ManualClock clock{QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC)};
        MainWindow window;
        Fixture f;
        QString error;
        explicit Session(const QString& target) : tdb(target) {}
        bool start(const QString& page)
        {
            if (!tdb.isValid()) {
                error = tdb.error();
                return false;
            }
            auto db = tdb.open(&error);
            if (!db)
                return false;
            db->setClock(&clock);
            if (!fill(*db, &f)) {
                error = QStringLiteral("fixture not written");
                return false;
            }
            window.setDatabase(std::move(db));
            window.resize(1280, 720);
            window.show();
            return QTest::qWaitForWindowActive(&window) && window.showPage(page);
        }
        Database& db() { return *window.database(); }
        QAction* action(const char* name) { return window.findChild<QAction*>(QLatin1String(name)); }
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestWindowFlow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void init() { DialogSeams::clearAnswers(); }

    // Ctrl+F, a few letters, Down: the first match is selected in the list; Enter in the box opens it.
    void searchBoxToRecord_data() { TestDatabase::addTargets(); }
    void searchBoxToRecord()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("contacts")), qPrintable(s.error));
        QTest::keyClick(&s.window, Qt::Key_1, Qt::ControlModifier);
        auto* list = qobject_cast<RecordListPage*>(s.window.currentPage());
        QVERIFY(list);
        auto* search = list->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(search);

        QTest::keyClick(&s.window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Bolt"));
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(list->view()->hasFocus());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentId(), s.f.bolt);
        QVERIFY(s.action("openAction")->isEnabled());

        // Enter in the box opens the first match, not the row selected before.
        QTest::keyClick(&s.window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Cobalt"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customer:") + s.f.cobalt);

        // On the 360 page: Ctrl+1 is the customer list again, Ctrl+F its search box.
        QTest::keyClick(&s.window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customers"));
        QVERIFY(s.window.showPage(QStringLiteral("customer:") + s.f.cobalt));
        QTest::keyClick(&s.window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customers"));
        QVERIFY(search->hasFocus());

        // Enter on another list opens the editor of its first match.
        QTest::keyClick(&s.window, Qt::Key_4, Qt::ControlModifier);
        auto* deals = qobject_cast<RecordListPage*>(s.window.currentPage());
        QVERIFY(deals && deals->entity() == QLatin1String("opportunity"));
        QTest::keyClick(&s.window, Qt::Key_F, Qt::ControlModifier);
        auto* dealSearch = deals->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(dealSearch->hasFocus());
        QTest::keyClicks(dealSearch, QStringLiteral("Robot"));
        QTest::keyClick(dealSearch, Qt::Key_Return);
        QPointer<RecordDialog> dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("opportunity"));
        closeDialog(dialog);
    }

    // Delete on a customer's 360 page deletes the customer (asked first; Edit > Undo brings it back).
    void deleteFromCustomerPage_data() { TestDatabase::addTargets(); }
    void deleteFromCustomerPage()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("customers")), qPrintable(s.error));
        QVERIFY(s.window.showPage(QStringLiteral("customer:") + s.f.acme));
        QAction* remove = s.action("deleteAction");
        QVERIFY(remove->isEnabled());
        const QString alive = QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = ? AND deleted_at IS NULL");

        // Declined: nothing happens.
        DialogSeams::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&s.window, Qt::Key_Delete);
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QCOMPARE(count(s.db(), alive, {s.f.acme}), 1);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customer:") + s.f.acme);

        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&s.window, Qt::Key_Delete);
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QCOMPARE(count(s.db(), alive, {s.f.acme}), 0);
        // Its deal went with it; the window is back on the list.
        QCOMPARE(count(s.db(), QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE id = ? AND deleted_at IS NULL"),
                       {s.f.deal}),
                 0);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customers"));
        QTest::keyClick(&s.window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count(s.db(), alive, {s.f.acme}), 1);
    }

    // After saving a new customer the list drops the filter that would hide it and selects it.
    void newCustomerIsShown_data() { TestDatabase::addTargets(); }
    void newCustomerIsShown()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("customers")), qPrintable(s.error));
        auto* list = qobject_cast<RecordListPage*>(s.window.currentPage());
        QVERIFY(list);
        auto* search = list->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClick(&s.window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("Acme"));
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(list->model()->rowCount(), 1);

        QTest::keyClick(&s.window, Qt::Key_N, Qt::ControlModifier);
        QPointer<RecordDialog> dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Zeta Dynamics"));
        QVERIFY(saveWithKeyboard(dialog));
        const QString id = dialog ? dialog->recordId() : QString();
        QSqlQuery q(s.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers WHERE name = 'Zeta Dynamics'")) && q.next());
        const QString saved = q.value(0).toString();
        QVERIFY(id.isEmpty() || id == saved);
        QCOMPARE(search->text(), QString());
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(list->currentId(), saved);
    }

    // Record > Log call… and New task… open editors for the customer of whatever the user is on; the board's
    // moves are in the menu with their keys; each item is enabled only where it means something.
    void recordMenuCommands_data() { TestDatabase::addTargets(); }
    void recordMenuCommands()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("opportunities")), qPrintable(s.error));
        QAction* logCall = s.action("logCallAction");
        QAction* newTask = s.action("newTaskAction");
        QAction* previous = s.action("movePreviousAction");
        QAction* next = s.action("moveNextAction");
        QVERIFY(logCall && newTask && previous && next);
        QCOMPARE(logCall->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(newTask->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
        QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
        // All four are in the Record menu, and Edit has Undo and Redo.
        QStringList recordMenu, editMenu;
        for (QAction* menu : s.window.menuBar()->actions()) {
            QStringList& into = menu->menu()->actions().contains(logCall) ? recordMenu : editMenu;
            if (menu->menu()->actions().contains(logCall) || menu->menu()->actions().contains(s.action("undoAction")))
                for (QAction* item : menu->menu()->actions())
                    into << item->objectName();
        }
        for (const char* name : {"logCallAction", "newTaskAction", "movePreviousAction", "moveNextAction"})
            QVERIFY2(recordMenu.contains(QLatin1String(name)), name);
        QVERIFY(editMenu.contains(QStringLiteral("undoAction")) && editMenu.contains(QStringLiteral("redoAction")));

        // On the deal list with nothing selected: nothing to log a call about; board moves never apply to a list.
        auto* deals = qobject_cast<RecordListPage*>(s.window.currentPage());
        QVERIFY(deals);
        QVERIFY(!logCall->isEnabled() && !newTask->isEnabled());
        QVERIFY(!previous->isEnabled() && !next->isEnabled());
        QVERIFY(deals->selectId(s.f.deal));
        deals->view()->setFocus();
        QVERIFY(logCall->isEnabled() && newTask->isEnabled());
        QVERIFY(!next->isEnabled());

        // Ctrl+Shift+L on the deal: a follow-up of Acme about that deal, by phone; saving writes it.
        QTest::keyClick(&s.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<RecordDialog> dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("interaction"));
        QCOMPARE(pickedCustomer(dialog), s.f.acme);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("subject"));
        QVERIFY(subject);
        subject->setFocus();
        QTest::keyClicks(subject, QStringLiteral("Asked about delivery"));
        QVERIFY(saveWithKeyboard(dialog));
        QCOMPARE(count(s.db(),
                       QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_id = ? AND channel_id = 1 "
                                      "AND subject = 'Asked about delivery'"),
                       {s.f.acme}),
                 1);

        // Ctrl+Shift+T on the tasks list: a task for the selected task's customer.
        QTest::keyClick(&s.window, Qt::Key_6, Qt::ControlModifier);
        auto* tasks = qobject_cast<RecordListPage*>(s.window.currentPage());
        QVERIFY(tasks && tasks->entity() == QLatin1String("task"));
        QVERIFY(tasks->selectId(s.f.overdueTask));
        tasks->view()->setFocus();
        QTest::keyClick(&s.window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("task"));
        QCOMPARE(pickedCustomer(dialog), s.f.bolt);
        closeDialog(dialog);

        // On a customer's page they are its quick actions.
        QVERIFY(s.window.showPage(QStringLiteral("customer:") + s.f.cobalt));
        QVERIFY(logCall->isEnabled() && newTask->isEnabled());
        QTest::keyClick(&s.window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("task"));
        QCOMPARE(pickedCustomer(dialog), s.f.cobalt);
        closeDialog(dialog);

        // The pipeline: the moves follow the selected card; Ctrl+Shift+Right moves it, Edit > Undo names it.
        QTest::keyClick(&s.window, Qt::Key_5, Qt::ControlModifier);
        auto* board = qobject_cast<PipelineBoardPage*>(s.window.currentPage());
        QVERIFY(board);
        QVERIFY(board->selectOpportunity(s.f.deal));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QVERIFY(logCall->isEnabled());
        const QString firstStage = OpportunityModel::firstStageId(s.db());
        QTest::keyClick(&s.window, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        const auto stage = [&s] {
            QSqlQuery q(s.db().connection());
            q.prepare(QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"));
            q.addBindValue(s.f.deal);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        QVERIFY(stage() != firstStage);
        QCOMPARE(board->boardModel()->column(1)->rowOfId(s.f.deal), 0);
        QAction* undo = s.action("undoAction");
        QVERIFY2(undo->isEnabled() && undo->text().contains(QStringLiteral("Robot arms")), qPrintable(undo->text()));
        QVERIFY(board->selectOpportunity(s.f.deal));
        QVERIFY(previous->isEnabled());
        next->trigger(); // the menu item itself
        QCOMPARE(board->boardModel()->column(2)->rowOfId(s.f.deal), 0);
        QTest::keyClick(&s.window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&s.window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stage(), firstStage);
        QVERIFY(s.action("redoAction")->isEnabled());

        // Nothing to log or move on the dashboard.
        QTest::keyClick(&s.window, Qt::Key_8, Qt::ControlModifier);
        QVERIFY(!logCall->isEnabled() && !newTask->isEnabled() && !previous->isEnabled() && !next->isEnabled());
    }

    // Ctrl+0: what is due today and overdue; Enter on a follow-up opens its customer, on a task the task.
    void todayPage_data() { TestDatabase::addTargets(); }
    void todayPage()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("customers")), qPrintable(s.error));
        QTest::keyClick(&s.window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("today"));
        auto* today = qobject_cast<TodayPage*>(s.window.currentPage());
        QVERIFY(today);
        QCOMPARE(today->model()->rowCount(), 2);
        QCOMPARE(today->model()->overdueCount(), 1);
        const int followUpRow = today->model()->rowOf(QStringLiteral("interaction"), s.f.followUp);
        const int taskRow = today->model()->rowOf(QStringLiteral("task"), s.f.overdueTask);
        QCOMPARE(taskRow, 0); // overdue first
        QCOMPARE(followUpRow, 1);

        // The keyboard lands on the list: Down, Enter.
        QVERIFY(today->view()->hasFocus());
        QTest::keyClick(today->view(), Qt::Key_Down);
        QTest::keyClick(today->view(), Qt::Key_Up);
        QCOMPARE(today->view()->currentIndex().row(), 0);
        QTest::keyClick(today->view(), Qt::Key_Down);
        QCOMPARE(today->view()->currentIndex().row(), followUpRow);
        QTest::keyClick(&s.window, Qt::Key_Return);
        QCOMPARE(s.window.currentPageName(), QStringLiteral("customer:") + s.f.cobalt);
        // Log the call from there: the follow-up is done and leaves the list.
        QTest::keyClick(&s.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<RecordDialog> dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("subject"));
        subject->setFocus();
        QTest::keyClicks(subject, QStringLiteral("Visited the mine"));
        QVERIFY(saveWithKeyboard(dialog));
        QTest::keyClick(&s.window, Qt::Key_Escape); // back where the user came from
        QCOMPARE(s.window.currentPageName(), QStringLiteral("today"));
        QCOMPARE(today->model()->rowCount(), 1);

        // Enter on the task opens its editor.
        today->view()->setFocus();
        QCOMPARE(today->view()->currentIndex().row(), 0);
        QTest::keyClick(&s.window, Qt::Key_Return);
        dialog = openDialog(&s.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("task"));
        closeDialog(dialog);

        // Off by default; the box makes Today the start page.
        auto* atStartup = today->findChild<QCheckBox*>(QStringLiteral("showTodayAtStartup"));
        QVERIFY(atStartup && !atStartup->isChecked());
        QSettings().setValue(QStringLiteral("ui/lastPage"), QStringLiteral("customers"));
        QCOMPARE(Startup::initialPage(GuiOptions()), QStringLiteral("customers"));
        atStartup->click();
        QVERIFY(QSettings().value(QStringLiteral("startup/showToday")).toBool());
        QCOMPARE(Startup::initialPage(GuiOptions()), QStringLiteral("today"));
        QCOMPARE(Startup::initialPage(GuiOptions::parse({QStringLiteral("deskcrm"), QStringLiteral("--page=tasks")})),
                 QStringLiteral("tasks"));
        atStartup->click();
        QCOMPARE(Startup::initialPage(GuiOptions()), QStringLiteral("customers"));
    }
};

QTEST_MAIN(TestWindowFlow)
#include "TestWindowFlow.moc"
