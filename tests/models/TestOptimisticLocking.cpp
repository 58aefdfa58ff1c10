#include "CustomerModel.h"
#include "OpportunityModel.h"
#include "PipelineService.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"

#include <QTest>

using namespace RecordTestHelpers;

// Two connections (two users' windows) editing the same row: the second writer gets a Conflict with both
// versions and the first writer's values stay; nothing is silently overwritten.
class TestOptimisticLocking : public QObject
{
    Q_OBJECT

private slots:
    void secondWriterGetsConflict_data() { TestDatabase::addTargets(); }
    void secondWriterGetsConflict()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db1 = tdb.open(&error);
        QVERIFY2(db1, qPrintable(error));
        auto db2 = db1->clone(&error);
        QVERIFY2(db2, qPrintable(error));

        CustomerModel creator(*db1);
        creator.addRecord(
            {{QStringLiteral("name"), QStringLiteral("Acme")}, {QStringLiteral("city"), QStringLiteral("Beijing")}});
        QVERIFY(creator.save().ok());
        const QString id = creator.recordId(0);

        CustomerModel first(*db1);
        CustomerModel second(*db2);
        QVERIFY(first.selectRecord(id));
        QVERIFY(second.selectRecord(id));

        QVERIFY(first.setValue(0, QStringLiteral("name"), QStringLiteral("Acme (first)")));
        QVERIFY(first.save().ok());

        QVERIFY(second.setValue(0, QStringLiteral("name"), QStringLiteral("Acme (second)")));
        QVERIFY(second.setValue(0, QStringLiteral("city"), QStringLiteral("Shanghai")));
        const auto conflict = second.save();
        QCOMPARE(conflict.status, RecordModel::SaveResult::Conflict);
        QCOMPARE(conflict.row, 0);
        QVERIFY(!conflict.message.isEmpty());
        QCOMPARE(conflict.theirs.value(QStringLiteral("name")).toString(), QStringLiteral("Acme (first)"));
        QCOMPARE(conflict.theirs.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(conflict.mine.value(QStringLiteral("name")).toString(), QStringLiteral("Acme (second)"));
        QCOMPARE(conflict.mine.value(QStringLiteral("version")).toInt(), 1);

        // The database keeps the first writer's row.
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Acme (first)"));
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Beijing"));
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}).toInt(), 2);

        // Saving again without resolving is still a conflict: the edits are kept, never forced through.
        QCOMPARE(second.save().status, RecordModel::SaveResult::Conflict);
        QVERIFY(second.isDirty());

        // The user keeps their version: only the fields they changed are written over the current row.
        QVERIFY(second.rebaseOnDatabase(0, &error));
        const auto resolved = second.save();
        QVERIFY2(resolved.ok(), qPrintable(resolved.message));
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Acme (second)"));
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Shanghai"));
        QCOMPARE(scalar(*db1, QStringLiteral("SELECT version FROM customers WHERE id = ?"), {id}).toInt(), 3);
    }

    void deleteOfAChangedRowIsAConflict_data() { TestDatabase::addTargets(); }
    void deleteOfAChangedRowIsAConflict()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db1 = tdb.open(&error);
        QVERIFY2(db1, qPrintable(error));
        auto db2 = db1->clone(&error);
        QVERIFY2(db2, qPrintable(error));

        CustomerModel first(*db1);
        first.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        QVERIFY(first.save().ok());
        const QString id = first.recordId(0);
        CustomerModel second(*db2);
        QVERIFY(second.selectRecord(id));

        QVERIFY(first.setValue(0, QStringLiteral("notes"), QStringLiteral("important")));
        QVERIFY(first.save().ok());
        QVERIFY(second.removeRow(0));
        QCOMPARE(second.save().status, RecordModel::SaveResult::Conflict);
        QVERIFY(scalar(*db1, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id}).isNull());

        // Editing a row someone else deleted is a conflict too, with no "theirs".
        CustomerModel third(*db2);
        QVERIFY(third.selectRecord(id));
        QVERIFY(second.select());
        QVERIFY(second.selectRecord(id));
        QVERIFY(second.removeRow(0));
        QVERIFY(second.save().ok());
        QVERIFY(third.setValue(0, QStringLiteral("notes"), QStringLiteral("too late")));
        const auto gone = third.save();
        QCOMPARE(gone.status, RecordModel::SaveResult::Conflict);
        QVERIFY(gone.theirs.isEmpty());
    }

    void moveToStageIsOptimistic_data() { TestDatabase::addTargets(); }
    void moveToStageIsOptimistic()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        CustomerModel customers(*db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        QVERIFY(customers.save().ok());
        OpportunityModel opportunities(*db);
        opportunities.addRecord(
            {{QStringLiteral("name"), QStringLiteral("Deal")}, {QStringLiteral("customer_id"), customers.recordId(0)}});
        QVERIFY(opportunities.save().ok());
        const QString id = opportunities.recordId(0);
        const QString intent = QStringLiteral("00000000-0000-7000-8000-000000000002");

        const PipelineService::Result stale = PipelineService::moveToStage(*db, id, 7, intent);
        QCOMPARE(stale.status, WriteResult::Conflict);
        QVERIFY(!stale.message.isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ?"), {id}), 1);
        const PipelineService::Result moved = PipelineService::moveToStage(*db, id, 1, intent);
        QVERIFY2(moved.ok(), qPrintable(moved.message));
        QCOMPARE(moved.version, 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM opportunities WHERE id = ?"), {id}).toInt(), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ?"), {id}), 2);

        // The model that loaded version 1 may no longer save over it.
        QVERIFY(opportunities.setValue(0, QStringLiteral("notes"), QStringLiteral("stale")));
        QCOMPARE(opportunities.save().status, RecordModel::SaveResult::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestOptimisticLocking)
#include "TestOptimisticLocking.moc"
