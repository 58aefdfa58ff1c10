#include "CurrencyComboBox.h"
#include "CustomerModel.h"
#include "CustomerPicker.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "LookupComboBox.h"
#include "MoneyEdit.h"
#include "RecordDialog.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// Editors reached from a customer page: money typed in the user's locale lands as integer minor
// units, presets fix the customer, dates are stored as plain dates and times as UTC.
class TestOpportunityDialog : public QObject
{
    Q_OBJECT

    static QString insertCustomer(Database& db, const QString& name)
    {
        CustomerModel model(db);
        const int row = model.addRecord({{QStringLiteral("name"), name}});
        const QString id = model.recordId(row);
        return model.save().ok() ? id : QString();
    }

    static QSqlQuery row(Database& db, const QString& table, const QString& columns, const QString& id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table));
        q.addBindValue(id);
        q.exec();
        q.next();
        return q;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void moneyInMinorUnits_data() { TestDatabase::addTargets(); }
    void moneyInMinorUnits()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Northwind Traders"));
        QVERIFY(!customerId.isEmpty());

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(
            *db, QStringLiteral("opportunity"), {}, {{QStringLiteral("customer_id"), customerId}}, nullptr));
        QVERIFY2(dialog && dialog->isLoaded(), dialog ? qPrintable(dialog->errorText()) : "no dialog");
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));

        auto* customer = dialog->findChild<CustomerPicker*>(QStringLiteral("customer_id"));
        QVERIFY(customer);
        QCOMPARE(customer->text(), QStringLiteral("Northwind Traders")); // preset: shown, read-only
        QVERIFY(customer->isReadOnly());
        auto* contact = dialog->findChild<LookupComboBox*>(QStringLiteral("contact_id"));
        QVERIFY(contact);
        QVERIFY(contact->value().isNull());
        QCOMPARE(contact->currentText(), tr("(nobody in particular)"));
        QVERIFY(dialog->findChild<DateField*>(QStringLiteral("expected_close"))->isEmpty());

        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* amount = dialog->findChild<MoneyEdit*>(QStringLiteral("amount_minor"));
        auto* currency = dialog->findChild<CurrencyComboBox*>(QStringLiteral("currency"));
        auto* close = dialog->findChild<DateField*>(QStringLiteral("expected_close"));
        QVERIFY(name && amount && currency && close);
        QTest::keyClicks(name, QStringLiteral("ERP rollout"));
        currency->setCode(QStringLiteral("USD"));
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("1,234.56"));
        close->setDate(QDate(2027, 3, 31));
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QCOMPARE(saved.count(), 1);

        QSqlQuery q = row(*db, QStringLiteral("opportunities"),
                          QStringLiteral("amount_minor, currency, customer_id, expected_close, name"),
                          saved.at(0).at(1).toString());
        QVERIFY(q.isValid());
        QCOMPARE(q.value(0).toLongLong(), 123456LL);
        QCOMPARE(q.value(1).toString(), QStringLiteral("USD"));
        QCOMPARE(q.value(2).toString(), customerId);
        QCOMPARE(SqlValues::toDate(q.value(3)), QDate(2027, 3, 31));
        QCOMPARE(q.value(4).toString(), QStringLiteral("ERP rollout"));

        // Reopened, the amount reads back the way it was typed.
        std::unique_ptr<RecordDialog> again(
            RecordDialog::create(*db, QStringLiteral("opportunity"), saved.at(0).at(1).toString(), {}, nullptr));
        QCOMPARE(again->findChild<MoneyEdit*>(QStringLiteral("amount_minor"))->text(), QStringLiteral("1,234.56"));
        QVERIFY(!again->hasUnsavedChanges());
    }

    void invalidAmountBlocksSave_data() { TestDatabase::addTargets(); }
    void invalidAmountBlocksSave()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Contoso"));
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(
            *db, QStringLiteral("opportunity"), {}, {{QStringLiteral("customer_id"), customerId}}, nullptr));
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Bad amount"));
        auto* amount = dialog->findChild<MoneyEdit*>(QStringLiteral("amount_minor"));
        amount->setText(QStringLiteral("12.345"));
        QVERIFY(!dialog->save());
        auto* amountError = dialog->findChild<QLabel*>(QStringLiteral("amount_minorError"));
        QVERIFY(amountError && !amountError->isHidden());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM opportunities")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void logCallFromCustomerPage_data() { TestDatabase::addTargets(); }
    void logCallFromCustomerPage()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Fabrikam"));
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(
            *db, QStringLiteral("interaction"), {}, {{QStringLiteral("customer_id"), customerId}}, nullptr));
        QVERIFY2(dialog->isLoaded(), qPrintable(dialog->errorText()));
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("subject"));
        QTest::keyClicks(subject, QStringLiteral("Called about the renewal"));
        auto* when = dialog->findChild<DateTimeField*>(QStringLiteral("occurred_at"));
        const QDateTime local(QDate(2026, 11, 20), QTime(15, 30), Qt::LocalTime);
        when->setDateTime(local);
        QVERIFY(dialog->save());
        QCOMPARE(saved.count(), 1);
        QSqlQuery q = row(*db, QStringLiteral("interactions"), QStringLiteral("customer_id, subject, occurred_at"),
                          saved.at(0).at(1).toString());
        QVERIFY(q.isValid());
        QCOMPARE(q.value(0).toString(), customerId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("Called about the renewal"));
        QCOMPARE(SqlValues::toDateTime(q.value(2)), local.toUTC());
    }

    void newTaskAndContact_data() { TestDatabase::addTargets(); }
    void newTaskAndContact()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customerId = insertCustomer(*db, QStringLiteral("Tailspin Toys"));

        std::unique_ptr<RecordDialog> contact(RecordDialog::create(
            *db, QStringLiteral("contact"), {}, {{QStringLiteral("customer_id"), customerId}}, nullptr));
        QSignalSpy contactSaved(contact.get(), &RecordDialog::saved);
        contact->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Li Wei"));
        contact->findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("li.wei@tailspin.example"));
        QVERIFY(contact->save());
        QCOMPARE(
            row(*db, QStringLiteral("contacts"), QStringLiteral("customer_id"), contactSaved.at(0).at(1).toString())
                .value(0)
                .toString(),
            customerId);

        std::unique_ptr<RecordDialog> task(RecordDialog::create(*db, QStringLiteral("task"), {}, {}, nullptr));
        QSignalSpy taskSaved(task.get(), &RecordDialog::saved);
        task->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Send the quote"));
        task->findChild<DateField*>(QStringLiteral("due_date"))->setDate(QDate(2026, 12, 1));
        task->findChild<LookupComboBox*>(QStringLiteral("priority"))->setValue(2);
        QVERIFY(task->save());
        QSqlQuery q =
            row(*db, QStringLiteral("tasks"), QStringLiteral("title, due_date, priority, customer_id, reminder_at"),
                taskSaved.at(0).at(1).toString());
        QVERIFY(q.isValid());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Send the quote"));
        QCOMPARE(SqlValues::toDate(q.value(1)), QDate(2026, 12, 1));
        QCOMPARE(q.value(2).toInt(), 2);
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.value(4).isNull());
    }
};

QTEST_MAIN(TestOpportunityDialog)
#include "TestOpportunityDialog.moc"
