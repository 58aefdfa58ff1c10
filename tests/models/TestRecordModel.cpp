#include "ContactModel.h"
#include "CustomerModel.h"
#include "RecordTestHelpers.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace RecordTestHelpers;

// Inserts and updates through RecordModel: row metadata, version bumps, validation, one transaction per
// save (a failing row leaves the database untouched and the edits still pending), soft delete.
class TestRecordModel : public QObject
{
    Q_OBJECT

private slots:
    void insertWritesMetadata_data() { TestDatabase::addTargets(); }
    void insertWritesMetadata()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        CustomerModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.select());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int row = model.addRecord({{QStringLiteral("name"), QStringLiteral("Acme 上海")}});
        QCOMPARE(row, 0);
        QCOMPARE(inserted.count(), 1);
        const QString id = model.recordId(row);
        QVERIFY(Uuid::isValid(id));
        QCOMPARE(model.value(row, QStringLiteral("owner_id")).toString(), db->currentUserId());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0); // nothing before save()

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto result = model.save();
        QVERIFY2(result.ok(), qPrintable(result.message));

        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT name, kind, status, created_at, created_by, updated_at, updated_by, version, "
                                 "deleted_at, owner_id FROM customers WHERE id = ?"));
        q.addBindValue(id);
        DESKCRM_VERIFY_SQL(q, q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Acme 上海"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("organization"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("prospect"));
        QVERIFY(SqlValues::toDateTime(q.value(3)) >= before);
        QCOMPARE(q.value(4).toString(), db->currentUserId());
        QCOMPARE(SqlValues::toDateTime(q.value(5)), SqlValues::toDateTime(q.value(3)));
        QCOMPARE(q.value(6).toString(), db->currentUserId());
        QCOMPARE(q.value(7).toInt(), 1);
        QVERIFY(q.value(8).isNull());
        QCOMPARE(q.value(9).toString(), db->currentUserId());

        // After the save the model shows the stored row, timestamps as UTC date-times on both dialects.
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isDirty());
        QCOMPARE(model.value(0, QStringLiteral("created_at")).metaType().id(), int(QMetaType::QDateTime));
        QCOMPARE(model.value(0, QStringLiteral("version")).toInt(), 1);
    }

    void updateBumpsVersion_data() { TestDatabase::addTargets(); }
    void updateBumpsVersion()
    {
        QFETCH(QString, target);
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        db->setClock(&clock);

        CustomerModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        QVERIFY(model.save().ok());
        const QString id = model.recordId(0);
        const QVariant created = scalar(*db, QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {id});

        CustomerModel editor(*db);
        QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(editor.selectRecord(id));
        QCOMPARE(editor.rowCount(), 1);
        QSignalSpy changed(&editor, &QAbstractItemModel::dataChanged);
        QVERIFY(editor.setValue(0, QStringLiteral("city"), QStringLiteral("杭州")));
        QCOMPARE(changed.count(), 1);
        clock.advance(1000); // updated_at must move on
        const auto result = editor.save();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("杭州"));
        const QDateTime updated =
            SqlValues::toDateTime(scalar(*db, QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {id}));
        QVERIFY(updated > SqlValues::toDateTime(created));
        QCOMPARE(updated, clock.nowUtc()); // stamped from the database's clock
        QCOMPARE(editor.value(0, QStringLiteral("version")).toInt(), 2);

        // Saving without a change writes nothing.
        QVERIFY(editor.save().ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}).toInt(), 2);
        // Setting the same value again is no change either.
        QVERIFY(editor.setValue(0, QStringLiteral("city"), QStringLiteral("杭州")));
        QVERIFY(!editor.isDirty());

        // A model used to create a record shows just what it saved, not the whole table.
        CustomerModel fresh(*db);
        fresh.addRecord({{QStringLiteral("name"), QStringLiteral("Second")}});
        QVERIFY(fresh.save().ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        QCOMPARE(fresh.rowCount(), 1);
        QCOMPARE(fresh.value(0, QStringLiteral("name")).toString(), QStringLiteral("Second"));
        QVERIFY(fresh.selectAll());
        QCOMPARE(fresh.rowCount(), 2);
    }

    void invalidRowIsNotWritten_data() { TestDatabase::addTargets(); }
    void invalidRowIsNotWritten()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        CustomerModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("  ")},
                         {QStringLiteral("email"), QStringLiteral("not-an-address")},
                         {QStringLiteral("company_size"), -3}});
        const auto result = model.save();
        QCOMPARE(result.status, RecordModel::SaveResult::Invalid);
        QCOMPARE(result.row, 0);
        QVERIFY(result.fieldErrors.contains(QStringLiteral("name")));
        QVERIFY(result.fieldErrors.contains(QStringLiteral("email")));
        QVERIFY(result.fieldErrors.contains(QStringLiteral("company_size")));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QVERIFY(model.isDirty());

        ContactModel contacts(*db);
        contacts.addRecord({{QStringLiteral("name"), QStringLiteral("王伟")}});
        const auto contactResult = contacts.save();
        QCOMPARE(contactResult.status, RecordModel::SaveResult::Invalid);
        QVERIFY(contactResult.fieldErrors.contains(QStringLiteral("customer_id")));
    }

    // One save() is one transaction: a row the database refuses undoes the rows written before it, and the
    // model keeps every edit, so fixing the bad row and saving again writes all of them.
    void failingRowRollsBackTheWholeSave_data() { TestDatabase::addTargets(); }
    void failingRowRollsBackTheWholeSave()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        CustomerModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Existing")}});
        QVERIFY(model.save().ok());
        const QString existingId = model.recordId(0);
        QVERIFY(model.select());

        QVERIFY(model.setValue(0, QStringLiteral("name"), QStringLiteral("Existing, renamed")));
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Good")}});
        // value_tier passes validate() but violates the table's CHECK constraint.
        const int bad = model.addRecord(
            {{QStringLiteral("name"), QStringLiteral("Bad")}, {QStringLiteral("value_tier"), QStringLiteral("Z")}});
        const auto failed = model.save();
        QCOMPARE(failed.status, RecordModel::SaveResult::Failed);
        QVERIFY(!failed.message.isEmpty());
        QVERIFY(!model.lastErrorMessage().isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {existingId}).toString(),
                 QStringLiteral("Existing"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {existingId}).toInt(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isDirty());

        QVERIFY(model.setValue(bad, QStringLiteral("value_tier"), QStringLiteral("A")));
        const auto saved = model.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {existingId}).toString(),
                 QStringLiteral("Existing, renamed"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {existingId}).toInt(), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE value_tier = 'A' AND name = 'Bad'")),
                 1);
    }

    void selectRecordAndChildren_data() { TestDatabase::addTargets(); }
    void selectRecordAndChildren()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        CustomerModel customers(*db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("A")}});
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("B")}});
        QVERIFY(customers.save().ok());
        const QString a = customers.recordId(0); // sorted by name
        const QString b = customers.recordId(1);

        ContactModel contacts(*db);
        QAbstractItemModelTester tester(&contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        contacts.addRecord({{QStringLiteral("customer_id"), a}, {QStringLiteral("name"), QStringLiteral("Zhang")}});
        contacts.addRecord({{QStringLiteral("customer_id"), a},
                            {QStringLiteral("name"), QStringLiteral("Wang")},
                            {QStringLiteral("is_primary"), true}});
        contacts.addRecord({{QStringLiteral("customer_id"), a}, {QStringLiteral("name"), QStringLiteral("Li")}});
        contacts.addRecord({{QStringLiteral("customer_id"), b}, {QStringLiteral("name"), QStringLiteral("Other")}});
        const auto saved = contacts.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));

        QVERIFY(contacts.selectChildren(QStringLiteral("customer_id"), a));
        QCOMPARE(contacts.rowCount(), 3);
        QCOMPARE(contacts.value(0, QStringLiteral("name")).toString(), QStringLiteral("Wang")); // primary first
        QCOMPARE(contacts.value(1, QStringLiteral("name")).toString(), QStringLiteral("Li"));
        QCOMPARE(contacts.value(2, QStringLiteral("name")).toString(), QStringLiteral("Zhang"));
        QVERIFY(!contacts.selectChildren(QStringLiteral("customer_id; DROP TABLE contacts"), a));

        // Deleting through the model is a soft delete (a tombstone with a version bump).
        const QString li = contacts.recordId(1);
        QVERIFY(contacts.removeRow(1));
        const auto removed = contacts.save();
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(contacts.rowCount(), 2);
        QVERIFY(!scalar(*db, QStringLiteral("SELECT deleted_at FROM contacts WHERE id = ?"), {li}).isNull());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM contacts WHERE id = ?"), {li}).toInt(), 2);

        QVERIFY(contacts.selectRecord(li));
        QCOMPARE(contacts.rowCount(), 0); // tombstones are not selected
        QVERIFY(customers.selectRecord(b));
        QCOMPARE(customers.rowCount(), 1);
        QCOMPARE(customers.value(0, QStringLiteral("name")).toString(), QStringLiteral("B"));
        QVERIFY(customers.selectRecord(QStringLiteral("' OR 1=1 --")));
        QCOMPARE(customers.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordModel)
#include "TestRecordModel.moc"
