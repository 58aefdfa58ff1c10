#include "CustomerModel.h"
#include "CustomerPage.h"
#include "Database.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "DeletedItemsPage.h"
#include "DialogSeams.h"
#include "FieldValidator.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "RecordDialog.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordStore.h"
#include "SqlValues.h"
#include "TaskModel.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// The everyday flow of issue 21 in the real main window, from the keyboard, in the language DESKCRM_UI_LANG
// names (en by default; CTest runs zh_CN too): follow-ups and tasks with dates, phone numbers in the English
// interface, the full note on the customer's page, a word inside a task's title, Deleted items by mouse and
// Alt+R, the editors' mnemonics. DESKCRM_SCREENSHOT_DIR saves what the tests looked at (1280×720).
class TestEverydayForms : public QObject
{
    Q_OBJECT

    QString m_language;

    static QString insertCustomer(Database& db, const QVariantHash& values)
    {
        CustomerModel model(db);
        const int row = model.addRecord(values);
        const QString id = model.recordId(row);
        return model.save().ok() ? id : QString();
    }

    static QString insertTask(Database& db, const QString& title)
    {
        TaskModel model(db);
        const int row = model.addRecord({{QStringLiteral("title"), title}});
        const QString id = model.recordId(row);
        return model.save().ok() ? id : QString();
    }

    static RecordDialog* openDialog(QWidget* window)
    {
        RecordDialog* found = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<RecordDialog*>(w);
                dialog && dialog->isVisible() && dialog->parent() == window)
                found = dialog;
        }
        if (found) {
            // The offscreen platform has no window manager to activate the dialog the shell opened.
            QApplication::setActiveWindow(found);
        }
        return found;
    }

    static QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    void screenshot(QWidget* widget, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2-everyday-%3.png").arg(shots, m_language, name)));
    }

    std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db, const QString& page)
    {
        auto w = std::make_unique<MainWindow>();
        w->setDatabase(std::move(db));
        w->resize(1280, 720);
        w->showPage(page);
        w->show();
        QApplication::setActiveWindow(w.get());
        if (!QTest::qWaitForWindowActive(w.get()))
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestEverydayForms"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void init()
    {
        DialogSeams::clearAnswers();
        QSettings().remove(QLatin1String(FieldValidator::kPhoneRegionKey));
    }

    // Log a call from the customer's page: Esc leaves an untouched editor; the next follow-up is W (next
    // week) on its field, reached with its label's Alt+N; Ctrl+Enter saves.
    void logFollowUpWithANextDate()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customer = insertCustomer(*db, {{QStringLiteral("name"), QStringLiteral("Fabrikam")}});
        auto w = window(std::move(db), QStringLiteral("customer:") + customer);
        QVERIFY(w);
        Database& data = *w->database();
        const QDate today = data.clock().today();

        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<RecordDialog> dialog = openDialog(w.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("interaction"));
        DialogSeams::setNextAnswer(QMessageBox::Cancel); // no question may be asked
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(DialogSeams::pendingAnswers(), 1);
        DialogSeams::clearAnswers();

        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = openDialog(w.get());
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Called about the renewal"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        auto* next = dialog->findChild<DateField*>(QStringLiteral("next_follow_up"));
        QVERIFY(next);
        QCOMPARE(QApplication::focusWidget(), next);
        QVERIFY(next->text().isEmpty()); // a hint, not "None"
        QTest::keyClick(next, Qt::Key_W);
        QCOMPARE(next->date(), today.addDays(7));
        screenshot(dialog, QStringLiteral("follow-up"));
        QTest::keyClick(next, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(SqlValues::toDate(scalar(data, QStringLiteral("SELECT next_follow_up FROM interactions"))),
                 today.addDays(7));
    }

    // A task from the customer's page: due tomorrow (+), a reminder at the working-hour default.
    void taskWithDueDateAndReminder()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customer = insertCustomer(*db, {{QStringLiteral("name"), QStringLiteral("Tailspin")}});
        auto w = window(std::move(db), QStringLiteral("customer:") + customer);
        QVERIFY(w);
        Database& data = *w->database();
        const QDate today = data.clock().today();

        QTest::keyClick(w.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<RecordDialog> dialog = openDialog(w.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->entity(), QStringLiteral("task"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Send revised quote"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        auto* due = dialog->findChild<DateField*>(QStringLiteral("due_date"));
        QCOMPARE(QApplication::focusWidget(), due);
        // F4: the calendar at today, with the quick choices; Esc closes it.
        QTest::keyClick(due, Qt::Key_F4);
        QTRY_VERIFY(due->calendarPopup() && due->calendarPopup()->isVisible());
        QCOMPARE(due->calendar()->selectedDate(), today);
        screenshot(due->calendarPopup(), QStringLiteral("calendar"));
        QTest::keyClick(due->calendar()->findChild<QAbstractItemView*>(), Qt::Key_Escape);
        QTRY_VERIFY(!due->calendarPopup()->isVisible());
        QVERIFY(dialog->isVisible());
        QTest::keyClick(due, Qt::Key_Plus);
        QTest::keyClick(due, Qt::Key_R, Qt::AltModifier);
        auto* reminder = dialog->findChild<DateTimeField*>(QStringLiteral("reminder_at"));
        QCOMPARE(QApplication::focusWidget(), reminder);
        QTest::keyClick(reminder, Qt::Key_Plus);
        QCOMPARE(reminder->dateTime(), QDateTime(today.addDays(1), QTime(9, 0)));
        screenshot(dialog, QStringLiteral("task"));
        QTest::keyClick(reminder, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(SqlValues::toDate(scalar(data, QStringLiteral("SELECT due_date FROM tasks"))), today.addDays(1));
        QCOMPARE(SqlValues::toDateTime(scalar(data, QStringLiteral("SELECT reminder_at FROM tasks"))),
                 QDateTime(today.addDays(1), QTime(9, 0)).toUTC());
    }

    // 13812345678 is an ordinary Chinese mobile. In the English interface it reads as one once the
    // customer's country says China or the setting names the region; a failure says how to write it.
    void chineseMobileInTheCustomerEditor()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto w = window(std::move(db), QStringLiteral("customers"));
        QVERIFY(w);
        Database& data = *w->database();
        const bool chinese = m_language.startsWith(QLatin1String("zh"));

        auto newCustomer = [&w](const QString& name) -> RecordDialog* {
            QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
            RecordDialog* dialog = openDialog(w.get());
            if (dialog)
                QTest::keyClicks(QApplication::focusWidget(), name);
            return dialog;
        };
        QPointer<RecordDialog> dialog = newCustomer(QStringLiteral("Shanghai Mobile"));
        QVERIFY(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier); // P&hone
        auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
        QCOMPARE(QApplication::focusWidget(), phone);
        QTest::keyClicks(phone, QStringLiteral("13812345678"));
        QTest::keyClick(phone, Qt::Key_Return, Qt::ControlModifier);
        auto* phoneError = dialog->findChild<QLabel*>(QStringLiteral("phoneError"));
        if (!chinese) {
            // The user's locale is en_US: a number without +86 is read as American, and the message says
            // how to write it.
            QVERIFY(dialog->isVisible());
            QVERIFY(phoneError->isVisible());
            QVERIFY2(phoneError->text().contains(QStringLiteral("+86 ")), qPrintable(phoneError->text()));
            screenshot(dialog, QStringLiteral("phone-hint"));
            // Country: China. The error goes as soon as the number reads, and it saves.
            QTest::keyClick(phone, Qt::Key_U, Qt::AltModifier); // Co&untry
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("China"));
            QVERIFY(!phoneError->isVisible());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        }
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(data, QStringLiteral("SELECT phone FROM customers WHERE name = 'Shanghai Mobile'")).toString(),
                 QStringLiteral("13812345678"));

        // The setting forms/phoneRegion: a team in China using the English interface.
        QSettings().setValue(QLatin1String(FieldValidator::kPhoneRegionKey), QStringLiteral("CN"));
        dialog = newCustomer(QStringLiteral("Beijing Mobile"));
        QVERIFY(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
        // Another number: the same one would (rightly) stop at the duplicate warning.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("13987654321"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(data, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 2);
    }

    // A 5,000-character note is on the customer's page in full, in a pane that scrolls.
    void longNoteOnTheCustomerPage()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QString note;
        for (int i = 0; note.size() < 5000; ++i)
            note += QStringLiteral("Line %1 of what the customer told us about their plans. ").arg(i);
        note.truncate(5000);
        note += QStringLiteral("END");
        const QString customer =
            insertCustomer(*db, {{QStringLiteral("name"), QStringLiteral("Contoso")}, {QStringLiteral("notes"), note}});
        auto w = window(std::move(db), QStringLiteral("customer:") + customer);
        QVERIFY(w);
        auto* notes = w->findChild<QPlainTextEdit*>(QStringLiteral("customerNotes"));
        QVERIFY(notes);
        QVERIFY(notes->isVisible());
        QCOMPARE(notes->toPlainText(), note);
        QVERIFY(notes->verticalScrollBar()->maximum() > 0);
        // From the keyboard to its end.
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(notes->verticalScrollBar()->value() > 0);
        QVERIFY(notes->viewport()->rect().contains(notes->cursorRect().center())); // the last line is on screen
        screenshot(w.get(), QStringLiteral("customer-notes"));
    }

    // "quote" finds "Send revised quote" in the tasks list.
    void taskSearchFindsAWordInside()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        insertTask(*db, QStringLiteral("Send revised quote"));
        insertTask(*db, QStringLiteral("Quote for the pilot"));
        insertTask(*db, QStringLiteral("Call Li Wei"));
        auto w = window(std::move(db), QStringLiteral("customers"));
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
        auto* list = qobject_cast<RecordListPage*>(w->currentPage());
        QVERIFY(list);
        QCOMPARE(list->entity(), QStringLiteral("task"));
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = list->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("quote"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("revised"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
    }

    // Deleted items: a click on the only row enables Restore, and Alt+R means Restore, not a menu.
    void restoreByMouseAndAltR()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customer = insertCustomer(*db, {{QStringLiteral("name"), QStringLiteral("Binned Ltd")}});
        {
            RecordStore store(*db);
            QVERIFY2(store.softDelete(QStringLiteral("customer"), customer, &error), qPrintable(error));
        }
        auto w = window(std::move(db), QStringLiteral("customers"));
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_9, Qt::ControlModifier);
        auto* bin = qobject_cast<DeletedItemsPage*>(w->currentPage());
        QVERIFY(bin);
        auto* table = bin->findChild<QTableView*>(QStringLiteral("deletedTable"));
        auto* restore = bin->findChild<QPushButton*>(QStringLiteral("restoreButton"));
        QVERIFY(table && restore);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!restore->isEnabled());
        const QRect row = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(restore->isEnabled());
        screenshot(w.get(), QStringLiteral("deleted-items"));

        // No menu of the menu bar shares a letter with the page's buttons.
        QList<QPair<QString, QString>> items = Mnemonics::visibleMnemonics(*bin);
        for (QAction* menu : w->menuBar()->actions())
            items << qMakePair(QStringLiteral("menu"), menu->text());
        const QStringList clashes = Mnemonics::clashes(QStringLiteral("deleted items"), items);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QCOMPARE(Mnemonics::letter(restore->text()), QStringLiteral("r"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(scalar(*w->database(), QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {customer})
                        .isNull());
        QVERIFY(w->menuBar()->activeAction() == nullptr); // no menu opened
    }

    // Every record editor: Save, Cancel and the field labels answer to different letters.
    void editorMnemonicsAreUnique()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        for (const QString& entity :
             {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("interaction"),
              QStringLiteral("opportunity"), QStringLiteral("task")}) {
            std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, entity, {}, {}, nullptr));
            QVERIFY(dialog);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList clashes = Mnemonics::clashes(entity, Mnemonics::visibleMnemonics(*dialog));
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
            for (const char* button : {"saveButton", "cancelButton"}) {
                auto* b = dialog->findChild<QPushButton*>(QLatin1String(button));
                QVERIFY2(b && !Mnemonics::letter(b->text()).isEmpty(), button);
            }
        }
    }
};

QTEST_MAIN(TestEverydayForms)
#include "TestEverydayForms.moc"
