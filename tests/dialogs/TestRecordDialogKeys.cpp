#include "CustomerModel.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "DialogSeams.h"
#include "Mnemonics.h"
#include "RecordDialog.h"
#include "SqlValues.h"
#include "TaskDialog.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// The record editors from the keyboard (issue 21): Esc closes an untouched editor, Ctrl+Enter saves,
// Save and Cancel have mnemonics no field label shares, a change undone by hand is no change, an error
// goes as soon as its field is fixed, and fields stay where they are when errors appear.
class TestRecordDialogKeys : public QObject
{
    Q_OBJECT

    static QString insertCustomer(Database& db, const QString& name)
    {
        CustomerModel model(db);
        const int row = model.addRecord({{QStringLiteral("name"), name}});
        const QString id = model.recordId(row);
        return model.save().ok() ? id : QString();
    }

    static int count(Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
    }

    static std::unique_ptr<RecordDialog> open(Database& db, const QString& entity, const QString& id = {},
                                              const QVariantHash& presets = {})
    {
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(db, entity, id, presets, nullptr));
        if (!dialog || !dialog->isLoaded())
            return nullptr;
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        if (!QTest::qWaitForWindowActive(dialog.get()))
            return nullptr;
        return dialog;
    }

    static QStringList entities()
    {
        return {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("interaction"),
                QStringLiteral("opportunity"), QStringLiteral("task")};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestRecordDialogKeys"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void init() { DialogSeams::clearAnswers(); }

    void escClosesAnUntouchedEditor_data() { TestDatabase::addTargets(); }
    void escClosesAnUntouchedEditor()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Fabrikam"));
        for (const QString& entity : entities()) {
            // As the customer page opens them ("Log follow-up", "New task" …) and as Ctrl+N does.
            for (const bool preset : {true, false}) {
                QVariantHash presets;
                if (preset && entity != QLatin1String("customer"))
                    presets.insert(QStringLiteral("customer_id"), customerId);
                auto dialog = open(*db, entity, {}, presets);
                QVERIFY2(dialog, qPrintable(entity));
                QVERIFY(!dialog->hasUnsavedChanges());
                // Would answer a "Save your changes?" question; none may be asked.
                DialogSeams::setNextAnswer(QMessageBox::Cancel);
                QWidget* focus = QApplication::focusWidget();
                QVERIFY2(focus && dialog->isAncestorOf(focus), qPrintable(entity));
                QTest::keyClick(focus, Qt::Key_Escape);
                QVERIFY2(!dialog->isVisible(), qPrintable(entity + QStringLiteral(": Esc did not close")));
                QCOMPARE(dialog->result(), int(QDialog::Rejected));
                QCOMPARE(DialogSeams::pendingAnswers(), 1);
                DialogSeams::clearAnswers();
            }
        }
        // Esc from a date field too (the item delegate used to put the field back instead).
        auto task = open(*db, QStringLiteral("task"));
        auto* due = task->findChild<DateField*>(QStringLiteral("due_date"));
        due->setFocus();
        QTest::keyClick(due, Qt::Key_Escape);
        QVERIFY(!task->isVisible());
    }

    void escOnAChangedEditorAsks_data() { TestDatabase::addTargets(); }
    void escOnAChangedEditorAsks()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto dialog = open(*db, QStringLiteral("task"));
        QVERIFY(dialog);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("title"));
        QTest::keyClicks(title, QStringLiteral("Call back"));
        QVERIFY(dialog->hasUnsavedChanges());
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(title, Qt::Key_Escape);
        QCOMPARE(DialogSeams::pendingAnswers(), 0); // asked, and Cancel keeps the editor open
        QVERIFY(dialog->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Call back")); // Esc did not put the field back
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(title, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(count(*db, QStringLiteral("tasks")), 0);
    }

    void typingAndDeletingIsNoChange_data() { TestDatabase::addTargets(); }
    void typingAndDeletingIsNoChange()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString id = insertCustomer(*db, QStringLiteral("Northwind"));
        auto dialog = open(*db, QStringLiteral("customer"), id);
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        name->setFocus();
        name->end(false);
        QTest::keyClick(name, Qt::Key_X);
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!dialog->hasUnsavedChanges());
        auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("ab"));
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keyClick(notes, Qt::Key_Backspace);
        QTest::keyClick(notes, Qt::Key_Backspace);
        QVERIFY(!dialog->hasUnsavedChanges());
        // So Esc closes without "Save your changes?".
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(notes, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(DialogSeams::pendingAnswers(), 1);

        // The same for a date typed and deleted.
        auto task = open(*db, QStringLiteral("task"));
        auto* due = task->findChild<DateField*>(QStringLiteral("due_date"));
        due->setFocus();
        QTest::keyClick(due, Qt::Key_T);
        QVERIFY(task->hasUnsavedChanges());
        QTest::keyClick(due, Qt::Key_Delete);
        QVERIFY(!task->hasUnsavedChanges());
    }

    void ctrlEnterSaves_data() { TestDatabase::addTargets(); }
    void ctrlEnterSaves()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto dialog = open(*db, QStringLiteral("task"));
        QVERIFY(dialog);
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("title"));
        QTest::keyClicks(title, QStringLiteral("Send the quote"));
        // In the notes, where Enter is a new line, Ctrl+Enter still saves.
        auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Ask for Li"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!dialog->isVisible());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT title, notes FROM tasks")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Send the quote"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Ask for Li"));

        // Ctrl+Enter on the keypad, from a line edit.
        auto second = open(*db, QStringLiteral("task"));
        QSignalSpy savedSecond(second.get(), &RecordDialog::saved);
        auto* subject = second->findChild<QLineEdit*>(QStringLiteral("title"));
        subject->setFocus();
        QTest::keyClicks(subject, QStringLiteral("Visit"));
        QTest::keyClick(subject, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(savedSecond.count(), 1);
    }

    void saveAndCancelHaveTheirOwnMnemonics_data() { TestDatabase::addTargets(); }
    void saveAndCancelHaveTheirOwnMnemonics()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        for (const QString& entity : entities()) {
            auto dialog = open(*db, entity);
            QVERIFY(dialog);
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
            QVERIFY(save && cancel);
            QVERIFY2(!Mnemonics::letter(save->text()).isEmpty(), qPrintable(save->text()));
            QVERIFY2(!Mnemonics::letter(cancel->text()).isEmpty(), qPrintable(cancel->text()));
            const QStringList clashes = Mnemonics::clashes(entity, Mnemonics::visibleMnemonics(*dialog));
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
            // Alt+E is Cancel (a mnemonic clicks its button with a short animation).
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
            QTRY_VERIFY2(!dialog->isVisible(), qPrintable(entity));
        }
        // Alt+S saves.
        auto task = open(*db, QStringLiteral("task"));
        QSignalSpy saved(task.get(), &RecordDialog::saved);
        QTest::keyClicks(task->findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Alt+S"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(saved.count(), 1);
    }

    void errorGoesOnceFixedAndFieldsStayPut_data() { TestDatabase::addTargets(); }
    void errorGoesOnceFixedAndFieldsStayPut()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto dialog = open(*db, QStringLiteral("customer"));
        QVERIFY(dialog);
        dialog->resize(560, 900); // every field on screen
        QApplication::processEvents();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
        auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        QVERIFY(name && nameError && phone && email);
        auto place = [&dialog](QWidget* w) { return w->mapTo(dialog.get(), QPoint(0, 0)); };
        const QPoint phoneAt = place(phone);
        const QPoint emailAt = place(email);

        // Ctrl+S with no name: the message appears under the field, nothing below moves.
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY(dialog->isVisible());
        QVERIFY(nameError->isVisible());
        QApplication::processEvents();
        QCOMPARE(place(phone), phoneAt);
        QCOMPARE(place(email), emailAt);

        // The first letter of a name fixes it: the message goes at once, not at the next save.
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A);
        QVERIFY(!nameError->isVisible());
        QTest::keyClick(name, Qt::Key_Backspace);
        // Still shown only after the next save: an empty name is the same error again.
        QVERIFY(!nameError->isVisible());
        QTest::keyClicks(name, QStringLiteral("Acme"));

        // A date the editor cannot read is said next to the field, and goes once it reads.
        auto task = open(*db, QStringLiteral("task"));
        QSignalSpy saved(task.get(), &RecordDialog::saved);
        QTest::keyClicks(task->findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Quote"));
        auto* due = task->findChild<DateField*>(QStringLiteral("due_date"));
        auto* dueError = task->findChild<QLabel*>(QStringLiteral("due_dateError"));
        due->setFocus();
        QTest::keyClicks(due, QStringLiteral("31/31"));
        QTest::keyClick(due, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dueError->isVisible());
        QVERIFY2(dueError->text().contains(QStringLiteral("T")), qPrintable(dueError->text()));
        due->selectAll();
        QTest::keyClick(due, Qt::Key_T);
        QVERIFY(!dueError->isVisible());
        QTest::keyClick(due, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT due_date FROM tasks")) && q.next());
        QCOMPARE(SqlValues::toDate(q.value(0)), db->clock().today());
    }

    void tabWalksEveryField_data() { TestDatabase::addTargets(); }
    void tabWalksEveryField()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto dialog = open(*db, QStringLiteral("task"));
        QVERIFY(dialog);
        // From the title, Tab reaches the due date; typing there and Tab goes on to the priority.
        auto* due = dialog->findChild<DateField*>(QStringLiteral("due_date"));
        QWidget* at = QApplication::focusWidget();
        for (int i = 0; i < 10 && at != due; ++i) {
            QTest::keyClick(at, Qt::Key_Tab);
            at = QApplication::focusWidget();
        }
        QCOMPARE(at, due);
        QTest::keyClicks(due, QStringLiteral("12/24/2026"));
        QTest::keyClick(due, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != due);
        QCOMPARE(due->value().toDate(), QDate(2026, 12, 24));
        // And past the reminder to the notes.
        auto* reminder = dialog->findChild<DateTimeField*>(QStringLiteral("reminder_at"));
        reminder->setFocus();
        QTest::keyClicks(reminder, QStringLiteral("12"));
        QTest::keyClick(reminder, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes")));
    }

    void reminderDefaultsToTheSetting_data() { TestDatabase::addTargets(); }
    void reminderDefaultsToTheSetting()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QDate today = db->clock().today();
        for (const auto& [setting, expected] : {std::pair<QString, QTime>{QString(), QTime(9, 0)},
                                                std::pair<QString, QTime>{QStringLiteral("08:30"), QTime(8, 30)}}) {
            if (setting.isEmpty())
                QSettings().remove(QLatin1String(TaskDialog::kReminderTimeKey));
            else
                QSettings().setValue(QLatin1String(TaskDialog::kReminderTimeKey), setting);
            auto dialog = open(*db, QStringLiteral("task"));
            QVERIFY(dialog);
            QSignalSpy saved(dialog.get(), &RecordDialog::saved);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("Remind me"));
            auto* reminder = dialog->findChild<DateTimeField*>(QStringLiteral("reminder_at"));
            reminder->setFocus();
            QTest::keyClick(reminder, Qt::Key_Plus); // tomorrow, at the working-hour time
            QCOMPARE(reminder->dateTime(), QDateTime(today.addDays(1), expected));
            QTest::keyClick(reminder, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(saved.count(), 1);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT reminder_at FROM tasks WHERE id = ?"));
            q.addBindValue(saved.at(0).at(1));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(SqlValues::toDateTime(q.value(0)), QDateTime(today.addDays(1), expected).toUTC());
        }
        QSettings().remove(QLatin1String(TaskDialog::kReminderTimeKey));
    }

    // A contact's numbers are read in its customer's country: 13812345678 in the English interface.
    void contactPhoneReadsInTheCustomersCountry_data() { TestDatabase::addTargets(); }
    void contactPhoneReadsInTheCustomersCountry()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        CustomerModel customers(*db);
        const int row = customers.addRecord({{QStringLiteral("name"), QStringLiteral("上海贸易")},
                                             {QStringLiteral("country"), QStringLiteral("中国")}});
        const QString chinese = customers.recordId(row);
        QVERIFY(customers.save().ok());
        const QString american = insertCustomer(*db, QStringLiteral("Boston Trading"));

        for (const QString& customer : {american, chinese}) {
            auto dialog = open(*db, QStringLiteral("contact"), {}, {{QStringLiteral("customer_id"), customer}});
            QVERIFY(dialog);
            QSignalSpy saved(dialog.get(), &RecordDialog::saved);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Li Wei"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier); // &Mobile
            auto* mobile = dialog->findChild<QLineEdit*>(QStringLiteral("mobile"));
            QCOMPARE(QApplication::focusWidget(), mobile);
            QTest::keyClicks(mobile, QStringLiteral("13812345678"));
            QTest::keyClick(mobile, Qt::Key_Return, Qt::ControlModifier);
            auto* mobileError = dialog->findChild<QLabel*>(QStringLiteral("mobileError"));
            if (customer == american) {
                // en_US and no country: an American number is expected, and the message says how else to write it.
                QCOMPARE(saved.count(), 0);
                QVERIFY(mobileError->isVisible());
                QVERIFY2(mobileError->text().contains(QStringLiteral("+86")), qPrintable(mobileError->text()));
                DialogSeams::setNextAnswer(QMessageBox::Discard);
                dialog->reject();
            } else {
                QCOMPARE(saved.count(), 1);
            }
        }
        QCOMPARE(count(*db, QStringLiteral("contacts")), 1);
    }

    void newOpportunityShowsTheProbabilityItSaves_data() { TestDatabase::addTargets(); }
    void newOpportunityShowsTheProbabilityItSaves()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Contoso"));
        auto dialog = open(*db, QStringLiteral("opportunity"), {}, {{QStringLiteral("customer_id"), customerId}});
        QVERIFY(dialog);
        auto* probability = dialog->findChild<QSpinBox*>(QStringLiteral("probability"));
        QVERIFY(probability);
        QVERIFY2(probability->value() > 0, qPrintable(probability->text()));
        const int shown = probability->value();
        QVERIFY(!dialog->hasUnsavedChanges());
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("CRM rollout"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT probability FROM opportunities")) && q.next());
        QCOMPARE(q.value(0).toInt(), shown);
    }
};

QTEST_MAIN(TestRecordDialogKeys)
#include "TestRecordDialogKeys.moc"
