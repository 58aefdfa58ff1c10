#include "ConflictDialog.h"
#include "CustomerDialog.h"
#include "CustomerModel.h"
#include "DialogSeams.h"
#include "DialogTestHelpers.h"
#include "LookupComboBox.h"
#include "RecordDialog.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The customer editor against a real database: typed fields land in the row, invalid input is shown
// next to its field and writes nothing, and a concurrent change is never silently overwritten.
class TestCustomerDialog : public QObject
{
    Q_OBJECT

    static QString insertCustomer(Database& db, const QString& name)
    {
        CustomerModel model(db);
        const int row = model.addRecord({{QStringLiteral("name"), name}});
        const QString id = model.recordId(row);
        const auto result = model.save();
        return result.ok() ? id : QString();
    }

    static QVariant column(Database& db, const QString& id, const QString& name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(name));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QStringLiteral("<no row>");
        return q.value(0);
    }

    static int customerCount(Database& db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM customers"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init() { DialogSeams::clearAnswers(); }

    void createWithKeyboard_data() { TestDatabase::addTargets(); }
    void createWithKeyboard()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QVERIFY(dialog);
        QVERIFY2(dialog->isLoaded(), qPrintable(dialog->errorText()));
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));

        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        auto* city = dialog->findChild<QLineEdit*>(QStringLiteral("city"));
        auto* status = dialog->findChild<LookupComboBox*>(QStringLiteral("status"));
        QVERIFY(name && email && city && status);
        // QTest::keyClicks only knows Latin-1 keys; an input method commits Chinese text as a whole.
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString::fromUtf8("杭州云杉科技有限公司"),
                            Qt::NoModifier);
        QTest::keyClicks(email, QStringLiteral("sales@yunshan.example.cn"));
        QTest::keyClicks(city, QStringLiteral("Hangzhou"));
        status->setValue(QStringLiteral("active"));
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keySequence(dialog.get(), QKeySequence::Save);

        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("customer"));
        const QString id = saved.at(0).at(1).toString();
        QCOMPARE(id, dialog->recordId());
        QCOMPARE(column(*db, id, QStringLiteral("name")).toString(), QString::fromUtf8("杭州云杉科技有限公司"));
        QCOMPARE(column(*db, id, QStringLiteral("email")).toString(), QStringLiteral("sales@yunshan.example.cn"));
        QCOMPARE(column(*db, id, QStringLiteral("city")).toString(), QStringLiteral("Hangzhou"));
        QCOMPARE(column(*db, id, QStringLiteral("status")).toString(), QStringLiteral("active"));
        // Fields left empty are NULL, not empty strings.
        QVERIFY(column(*db, id, QStringLiteral("website")).isNull());
        QVERIFY(column(*db, id, QStringLiteral("company_size")).isNull());
        QCOMPARE(column(*db, id, QStringLiteral("created_by")).toString(), db->currentUserId());
        QVERIFY(!dialog->isVisible());
    }

    void invalidEmailShownAndNothingWritten_data() { TestDatabase::addTargets(); }
    void invalidEmailShownAndNothingWritten()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailError"));
        QVERIFY(name && email && emailError);
        QTest::keyClicks(name, QStringLiteral("Acme Trading"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("sales@@acme"));
        QVERIFY(!emailError->isVisible()); // no red text while still typing
        // Leaving the field judges it at once.
        name->setFocus();
        QTRY_VERIFY(emailError->isVisible());
        QVERIFY(!emailError->text().isEmpty());

        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(emailError->isVisible());
        QCOMPARE(customerCount(*db), 0);

        // Correcting it clears the message and saves.
        email->clear();
        QTest::keyClicks(email, QStringLiteral("sales@acme.example.com"));
        QVERIFY(!emailError->isVisible());
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(customerCount(*db), 1);
    }

    void missingNameShownNextToField_data() { TestDatabase::addTargets(); }
    void missingNameShownNextToField()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QVERIFY(!dialog->save());
        auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
        QVERIFY(nameError);
        QVERIFY(!nameError->isHidden());
        QCOMPARE(customerCount(*db), 0);
    }

    void conflictKeepTheirs_data() { TestDatabase::addTargets(); }
    void conflictKeepTheirs()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto other = db->clone(&error);
        QVERIFY2(other, qPrintable(error));
        const QString id = insertCustomer(*db, QStringLiteral("Original Ltd"));
        QVERIFY(!id.isEmpty());

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), id, {}, nullptr));
        QVERIFY2(dialog->isLoaded(), qPrintable(dialog->errorText()));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("Original Ltd"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mine Ltd"));

        // Another user saves between open and save.
        {
            CustomerModel theirs(*other);
            QVERIFY(theirs.selectRecord(id));
            QVERIFY(theirs.setValue(0, QStringLiteral("name"), QStringLiteral("Theirs Ltd")));
            QVERIFY(theirs.save().ok());
        }

        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        auto clicked = clickInModalWhenShown(QStringLiteral("conflictDialog"), QStringLiteral("keepTheirs"));
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY(*clicked);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(column(*db, id, QStringLiteral("name")).toString(), QStringLiteral("Theirs Ltd"));
        QCOMPARE(column(*db, id, QStringLiteral("version")).toInt(), 2);
        // The form now shows their version and can be closed without a question.
        QCOMPARE(name->text(), QStringLiteral("Theirs Ltd"));
        QVERIFY(!dialog->hasUnsavedChanges());
    }

    void conflictOverwriteWithMine_data() { TestDatabase::addTargets(); }
    void conflictOverwriteWithMine()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto other = db->clone(&error);
        QVERIFY2(other, qPrintable(error));
        const QString id = insertCustomer(*db, QStringLiteral("Original Ltd"));

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), id, {}, nullptr));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        name->setText(QStringLiteral("Mine Ltd"));
        {
            CustomerModel theirs(*other);
            QVERIFY(theirs.selectRecord(id));
            QVERIFY(theirs.setValue(0, QStringLiteral("city"), QStringLiteral("Shenzhen")));
            QVERIFY(theirs.save().ok());
        }
        auto clicked = clickInModalWhenShown(QStringLiteral("conflictDialog"), QStringLiteral("overwriteMine"));
        QVERIFY(dialog->save());
        QVERIFY(*clicked);
        QCOMPARE(column(*db, id, QStringLiteral("name")).toString(), QStringLiteral("Mine Ltd"));
        // Only what this user changed is written over their version.
        QCOMPARE(column(*db, id, QStringLiteral("city")).toString(), QStringLiteral("Shenzhen"));
        QCOMPARE(column(*db, id, QStringLiteral("version")).toInt(), 3);
    }

    void escapeAsksAboutUnsavedChanges_data() { TestDatabase::addTargets(); }
    void escapeAsksAboutUnsavedChanges()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QTest::keyClicks(name, QStringLiteral("Half-typed Co"));

        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QCOMPARE(DialogSeams::pendingAnswers(), 0);

        DialogSeams::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(customerCount(*db), 0);
    }

    void everyFieldHasAMnemonicBuddy()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        for (const char* entity : {"customer", "contact", "interaction", "opportunity", "task"}) {
            std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QLatin1String(entity), {}, {}, nullptr));
            QVERIFY(dialog);
            QSet<QChar> mnemonics;
            const auto labels = dialog->findChildren<QLabel*>();
            for (QLabel* label : labels) {
                if (!label->buddy())
                    continue;
                const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
                QVERIFY2(amp >= 0, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(entity), label->text())));
                const QChar key = label->text().at(amp + 1).toLower();
                QVERIFY2(!mnemonics.contains(key),
                         qPrintable(QStringLiteral("%1: duplicate mnemonic %2").arg(QLatin1String(entity), key)));
                mnemonics.insert(key);
            }
            QVERIFY(mnemonics.size() >= 5);
        }
    }
};

QTEST_MAIN(TestCustomerDialog)
#include "TestCustomerDialog.moc"
