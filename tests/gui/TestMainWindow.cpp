#include "BoardColumnView.h"
#include "CustomerPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DeletedItemsModel.h"
#include "DeletedItemsPage.h"
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
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The real main window on a real database, driven from the keyboard: create a customer through the
// editor, find it in the database and the list, delete it to the bin and restore it, open its 360 page.
class TestMainWindow : public QObject
{
    Q_OBJECT

    static int customerRows(Database& db, const QString& name, bool deleted)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = ? AND deleted_at IS %1")
                      .arg(deleted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL")));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static bool listShows(RecordListPage* page, const QString& id)
    {
        RecordListModel* model = page->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == id)
                return true;
        }
        return false;
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

    // Ctrl+S in the editor; on failure the message names what the dialog complained about.
    static QString saveWithKeyboard(RecordDialog* dialog)
    {
        // The offscreen platform has no window manager to activate the dialog the shell opened.
        QApplication::setActiveWindow(dialog);
        QTest::keySequence(dialog, QKeySequence::Save);
        if (!dialog->isVisible())
            return {};
        QStringList shown;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && (label->objectName().endsWith(QLatin1String("Error")) ||
                                       label->objectName() == QLatin1String("banner")))
                shown << label->objectName() + QStringLiteral(": ") + label->text();
        }
        return shown.isEmpty() ? QStringLiteral("dialog still open") : shown.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void init() { DialogSeams::clearAnswers(); }

    void parsesCommandLine()
    {
        GuiOptions options = GuiOptions::parse(
            {QStringLiteral("deskcrm"), QStringLiteral("--database"), QStringLiteral("/tmp/x.sqlite"),
             QStringLiteral("--page"), QStringLiteral("deleted"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.database, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(options.page, QStringLiteral("deleted"));
        QCOMPARE(options.language, QStringLiteral("zh_CN"));

        options = GuiOptions::parse({QStringLiteral("deskcrm"), QStringLiteral("--page=customer:0190-abc")});
        QVERIFY(options.error.isEmpty());
        QCOMPARE(options.page, QStringLiteral("customer:0190-abc"));

        for (const QString& bad :
             {QStringLiteral("kanban"), QStringLiteral("customer:"), QStringLiteral("Customers")}) {
            options = GuiOptions::parse({QStringLiteral("deskcrm"), QStringLiteral("--page"), bad});
            QVERIFY2(!options.error.isEmpty(), qPrintable(bad));
            QVERIFY(options.page.isEmpty());
        }
        options = GuiOptions::parse({QStringLiteral("deskcrm"), QStringLiteral("--no-such-option")});
        QVERIFY(!options.error.isEmpty());
        options = GuiOptions::parse({QStringLiteral("deskcrm")});
        QVERIFY(options.error.isEmpty());
        QVERIFY(options.page.isEmpty() && options.database.isEmpty() && options.language.isEmpty());
    }

    void createDeleteRestoreCustomer_data() { TestDatabase::addTargets(); }
    void createDeleteRestoreCustomer()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));

        MainWindow window;
        window.setDatabase(std::move(opened));
        Database& db = *window.database();
        QVERIFY(window.showPage(QStringLiteral("contacts")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+1 goes to Customers; Ctrl+N opens an empty customer editor.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("customers"));
        auto* list = qobject_cast<RecordListPage*>(window.currentPage());
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 0);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QPointer<RecordDialog> dialog = openDialog(&window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("customer"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        const QString name = QStringLiteral("Acme Robotics");
        auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* phoneEdit = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
        auto* emailEdit = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        QVERIFY(nameEdit && phoneEdit && emailEdit);
        nameEdit->setFocus();
        QTest::keyClicks(nameEdit, name);
        QTest::keyClicks(phoneEdit, QStringLiteral("+1 212 555 0175"));
        QTest::keyClicks(emailEdit, QStringLiteral("hello@acme.example"));
        const QString saveError = saveWithKeyboard(dialog);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));

        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, phone, email FROM customers WHERE name = ? AND deleted_at IS NULL"));
        q.addBindValue(name);
        DESKCRM_VERIFY_SQL(q, q.exec());
        QVERIFY2(q.next(), "the typed customer is not in the database");
        const QString id = q.value(0).toString();
        QVERIFY(!q.value(1).toString().isEmpty());
        QCOMPARE(q.value(2).toString(), QStringLiteral("hello@acme.example"));
        QVERIFY(!q.next());

        // The list was refreshed and has the new customer selected.
        QVERIFY(listShows(list, id));
        QCOMPARE(list->currentId(), id);
        QCOMPARE(list->countText(), RecordListPage::countLabel(QStringLiteral("customer"), 1));

        // Delete (answered Yes) tombstones it; the list no longer shows it.
        list->view()->setFocus();
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(list->view(), Qt::Key_Delete);
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QCOMPARE(customerRows(db, name, true), 1);
        QCOMPARE(customerRows(db, name, false), 0);
        QVERIFY(!listShows(list, id));

        // It is in Deleted items (Ctrl+9); Ctrl+R restores it and the list shows it again.
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentPageName(), QStringLiteral("deleted"));
        auto* bin = qobject_cast<DeletedItemsPage*>(window.currentPage());
        QVERIFY(bin);
        QVERIFY(bin->selectRecord(QStringLiteral("customer"), id));
        QCOMPARE(bin->view()->currentIndex().siblingAtColumn(DeletedItemsModel::NameColumn).data().toString(), name);
        bin->view()->setFocus();
        QTest::keyClick(bin->view(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(customerRows(db, name, false), 1);
        QCOMPARE(customerRows(db, name, true), 0);
        QVERIFY(!bin->selectRecord(QStringLiteral("customer"), id));

        // Edit > Undo takes the restore back, Redo does it again; each names what it will do.
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QVERIFY2(undo->isEnabled() && undo->text().contains(QStringLiteral("Restore")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(customerRows(db, name, true), 1);
        QVERIFY(bin->selectRecord(QStringLiteral("customer"), id)); // the visible page followed the change
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(customerRows(db, name, false), 1);

        // The hidden list re-reads when shown.
        QVERIFY(list->isStale());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(listShows(list, id));

        // Declining the question deletes nothing.
        QVERIFY(list->selectId(id));
        list->view()->setFocus();
        DialogSeams::setNextAnswer(QMessageBox::No);
        QTest::keyClick(list->view(), Qt::Key_Delete);
        QCOMPARE(customerRows(db, name, false), 1);
    }

    // A card moved on the board through the real window: the board shows it without reading itself again,
    // the hidden dashboard goes stale and reads once when shown, and Edit > Undo moves the card back.
    void boardMoveUpdatesOnlyWhatChanged_data() { TestDatabase::addTargets(); }
    void boardMoveUpdatesOnlyWhatChanged()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        Database& db = *opened;
        QString dealId;
        {
            RecordWriter writer(db);
            const QString customer =
                writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")}}).id;
            dealId = writer
                         .insert(QStringLiteral("opportunities"),
                                 {{QStringLiteral("name"), QStringLiteral("Deal A")},
                                  {QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("stage_id"), OpportunityModel::firstStageId(db)},
                                  {QStringLiteral("amount_minor"), 500000},
                                  {QStringLiteral("currency"), QStringLiteral("CNY")},
                                  {QStringLiteral("expected_close"), db.clock().today()},
                                  {QStringLiteral("owner_id"), db.currentUserId()}})
                         .id;
            QVERIFY(writer.commit().ok());
        }
        const QString firstStage = OpportunityModel::firstStageId(db);

        MainWindow window;
        window.setDatabase(std::move(opened));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier); // the dashboard, read once
        auto* dashboard = qobject_cast<DashboardPage*>(window.currentPage());
        QVERIFY(dashboard);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        auto* board = qobject_cast<PipelineBoardPage*>(window.currentPage());
        QVERIFY(board);
        QVERIFY(board->selectOpportunity(dealId));

        // Ctrl+Shift+Right: into the next stage, as a rep does it from the keyboard.
        QTest::keyClick(board->columnView(0), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        const auto stageOf = [&db, &dealId] {
            QSqlQuery stage(db.connection());
            stage.prepare(QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"));
            stage.addBindValue(dealId);
            return stage.exec() && stage.next() ? stage.value(0).toString() : QString();
        };
        QVERIFY(stageOf() != firstStage);
        QCOMPARE(board->boardModel()->column(1)->rowOfId(dealId), 0);
        QCOMPARE(board->changeReloads(), 0);
        QVERIFY(dashboard->isStale());
        QCOMPARE(dashboard->changeReloads(), 0);

        // Shown again: one read, off the GUI thread (on a file database the page has a background connection),
        // so the figures arrive through the event loop after the page is already on screen.
        const auto deals = [dashboard](const QString& stageId) {
            int count = 0;
            for (const auto& stage : dashboard->data().funnel) {
                if (stageId.isEmpty() || stage.stageId == stageId)
                    count += stage.count;
            }
            return count;
        };
        QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(dashboard->changeReloads(), 1);
        QVERIFY(!dashboard->isStale());
        QVERIFY(dashboard->isReading());
        QCOMPARE(refreshed.count(), 0);
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!dashboard->isReading());
        QCOMPARE(deals(QString()), 1);
        QCOMPARE(deals(firstStage), 0); // the figures are the moved card's
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(board->changeReloads(), 0);

        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY2(undo->text().contains(QStringLiteral("Deal A")), qPrintable(undo->text()));
        QTest::keyClick(board->columnView(1), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stageOf(), firstStage);
        QCOMPARE(board->boardModel()->column(0)->rowOfId(dealId), 0);
        QCOMPARE(board->changeReloads(), 0);
        QCOMPARE(dashboard->changeReloads(), 1); // hidden again: stale, not re-read
        QVERIFY(dashboard->isStale());
    }

    void customerPageShowsRelatedRecords_data() { TestDatabase::addTargets(); }
    void customerPageShowsRelatedRecords()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(opened));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Make a customer through the editor, then Enter on the list opens its 360 page.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QPointer<RecordDialog> dialog = openDialog(&window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(nameEdit);
        nameEdit->setFocus();
        QTest::keyClicks(nameEdit, QStringLiteral("Great Wall Trading"));
        QString saveError = saveWithKeyboard(dialog);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        auto* list = qobject_cast<RecordListPage*>(window.currentPage());
        QVERIFY(list);
        const QString id = list->currentId();
        QVERIFY(!id.isEmpty());
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Return);
        QCOMPARE(window.currentPageName(), QStringLiteral("customer:") + id);
        auto* page = qobject_cast<CustomerPage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->customerId(), id);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("customerName"))->text(),
                 QStringLiteral("Great Wall Trading"));
        QCOMPARE(page->timelineModel()->rowCount(), 0);

        // "Add contact" asks for a contact editor preset to this customer; saving lists it here.
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = openDialog(&window);
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("contact"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* contactName = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(contactName);
        contactName->setFocus();
        QTest::keyClicks(contactName, QStringLiteral("Li Lei"));
        saveError = saveWithKeyboard(dialog);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        QCOMPARE(page->contactsModel()->rowCount(), 1);
        QSqlQuery q(window.database()->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ? AND name = 'Li Lei'"));
        q.addBindValue(id);
        DESKCRM_VERIFY_SQL(q, q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Ctrl+P's document: the customer's history, with the contact just added, as PDF text.
        QTemporaryDir pdfDir;
        const QString pdf = pdfDir.filePath(QStringLiteral("history.pdf"));
        {
            QPdfWriter writer(pdf);
            QString printError;
            QVERIFY2(page->paintHistory(&writer, &printError), qPrintable(printError));
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Li Lei")), qPrintable(text.left(500)));
        QVERIFY(page->findChild<QAction*>(QStringLiteral("printHistoryAction")));

        // Esc goes back to the list; an unknown customer id is refused.
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentPageName(), QStringLiteral("customers"));
        QVERIFY(!window.showPage(QStringLiteral("customer:00000000-0000-7000-8000-00000000dead")));
        QCOMPARE(window.currentPageName(), QStringLiteral("customers"));
        QVERIFY(!window.showPage(QStringLiteral("nonsense")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
