#include "ContactModel.h"
#include "CustomerModel.h"
#include "DeletedItemsModel.h"
#include "InteractionModel.h"
#include "OpportunityModel.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "TaskModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace RecordTestHelpers;

// Deleting a customer tombstones everything hanging off it in one go; restore brings back exactly that;
// purge removes it for good; the deleted items list shows what can be restored.
class TestSoftDelete : public QObject
{
    Q_OBJECT

private:
    struct Graph
    {
        QString customer, contact, earlierContact, interaction, opportunity, task, opportunityTask;
    };

    static bool makeGraph(Database& db, Graph* g)
    {
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        if (!customers.save().ok())
            return false;
        g->customer = customers.recordId(0);

        ContactModel contacts(db);
        contacts.addRecord(
            {{QStringLiteral("customer_id"), g->customer}, {QStringLiteral("name"), QStringLiteral("Wang")}});
        contacts.addRecord(
            {{QStringLiteral("customer_id"), g->customer}, {QStringLiteral("name"), QStringLiteral("Left")}});
        g->contact = contacts.recordId(0);
        g->earlierContact = contacts.recordId(1);
        InteractionModel interactions(db);
        interactions.addRecord({{QStringLiteral("customer_id"), g->customer},
                                {QStringLiteral("contact_id"), g->contact},
                                {QStringLiteral("subject"), QStringLiteral("First call")}});
        g->interaction = interactions.recordId(0);
        OpportunityModel opportunities(db);
        opportunities.addRecord(
            {{QStringLiteral("customer_id"), g->customer}, {QStringLiteral("name"), QStringLiteral("Deal")}});
        g->opportunity = opportunities.recordId(0);
        if (!contacts.save().ok() || !interactions.save().ok() || !opportunities.save().ok())
            return false;
        TaskModel tasks(db);
        tasks.addRecord(
            {{QStringLiteral("customer_id"), g->customer}, {QStringLiteral("title"), QStringLiteral("Call back")}});
        // Linked to the opportunity only: still the customer's.
        tasks.addRecord({{QStringLiteral("opportunity_id"), g->opportunity},
                         {QStringLiteral("title"), QStringLiteral("Send quote")}});
        g->task = tasks.recordId(0);
        g->opportunityTask = tasks.recordId(1);
        return tasks.save().ok();
    }

    static QVariant deletedAt(Database& db, const QString& table, const QString& id)
    {
        return scalar(db, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table), {id});
    }

private slots:
    void deleteRestorePurge_data() { TestDatabase::addTargets(); }
    void deleteRestorePurge()
    {
        QFETCH(QString, target);
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        db->setClock(&clock);
        Graph g;
        QVERIFY(makeGraph(*db, &g));

        RecordStore store(*db);
        DeletedItemsModel bin(*db);
        QAbstractItemModelTester tester(&bin, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bin.rowCount(), 0);

        // One contact leaves on its own first.
        QVERIFY2(store.softDelete(QStringLiteral("contact"), g.earlierContact, &error), qPrintable(error));
        clock.advance(1000); // the customer's deletion comes later
        QVERIFY2(store.softDelete(QStringLiteral("customer"), g.customer, &error), qPrintable(error));
        QVERIFY(!store.softDelete(QStringLiteral("customer"), g.customer, &error)); // already deleted

        const QVariant when = deletedAt(*db, QStringLiteral("customers"), g.customer);
        QVERIFY(!when.isNull());
        for (const auto& [table, id] : {std::pair{QStringLiteral("contacts"), g.contact},
                                        {QStringLiteral("interactions"), g.interaction},
                                        {QStringLiteral("opportunities"), g.opportunity},
                                        {QStringLiteral("tasks"), g.task},
                                        {QStringLiteral("tasks"), g.opportunityTask}})
            QCOMPARE(deletedAt(*db, table, id), when);
        QVERIFY(deletedAt(*db, QStringLiteral("contacts"), g.earlierContact) != when);

        // Nothing of the customer is visible to the editors any more.
        ContactModel contacts(*db);
        QVERIFY(contacts.selectChildren(QStringLiteral("customer_id"), g.customer));
        QCOMPARE(contacts.rowCount(), 0);

        // The bin offers the customer and the contact deleted on its own, newest first.
        QSignalSpy reset(&bin, &QAbstractItemModel::modelReset);
        QVERIFY(bin.refresh());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(bin.rowCount(), 2);
        QCOMPARE(bin.columnCount(), 4);
        QCOMPARE(bin.index(0, 0).data(DeletedItemsModel::EntityRole).toString(), QStringLiteral("customer"));
        QCOMPARE(bin.index(0, 0).data(DeletedItemsModel::IdRole).toString(), g.customer);
        QCOMPARE(bin.index(0, DeletedItemsModel::NameColumn).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(bin.index(0, DeletedItemsModel::DeletedByColumn).data().toString(), db->currentUserName());
        QVERIFY(!bin.index(0, DeletedItemsModel::DeletedAtColumn).data().toString().isEmpty());
        QCOMPARE(bin.index(1, 0).data(DeletedItemsModel::IdRole).toString(), g.earlierContact);

        // A contact cannot come back while its customer is deleted.
        QVERIFY(!store.restore(QStringLiteral("contact"), g.earlierContact, &error));
        QVERIFY(!error.isEmpty());

        QVERIFY2(store.restore(QStringLiteral("customer"), g.customer, &error), qPrintable(error));
        for (const auto& [table, id] : {std::pair{QStringLiteral("customers"), g.customer},
                                        {QStringLiteral("contacts"), g.contact},
                                        {QStringLiteral("interactions"), g.interaction},
                                        {QStringLiteral("opportunities"), g.opportunity},
                                        {QStringLiteral("tasks"), g.task},
                                        {QStringLiteral("tasks"), g.opportunityTask}})
            QVERIFY2(deletedAt(*db, table, id).isNull(), qPrintable(table));
        // The contact deleted earlier was not part of that delete.
        QVERIFY(!deletedAt(*db, QStringLiteral("contacts"), g.earlierContact).isNull());
        QVERIFY(contacts.selectChildren(QStringLiteral("customer_id"), g.customer));
        QCOMPARE(contacts.rowCount(), 1);
        QVERIFY(bin.refresh());
        QCOMPARE(bin.rowCount(), 1);
        QVERIFY(store.restore(QStringLiteral("contact"), g.earlierContact, &error));

        // Purge: only tombstones, and then everything of the customer is gone, stage history included.
        QVERIFY(!store.purge(QStringLiteral("customer"), g.customer, &error));
        QVERIFY(store.softDelete(QStringLiteral("customer"), g.customer, &error));
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history")) > 0);
        QVERIFY2(store.purge(QStringLiteral("customer"), g.customer, &error), qPrintable(error));
        for (const char* table : {"customers", "contacts", "interactions", "opportunities", "tasks", "stage_history"})
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        QVERIFY(bin.refresh());
        QCOMPARE(bin.rowCount(), 0);
    }

    void purgeNeedsAnAdministrator_data() { TestDatabase::addTargets(); }
    void purgeNeedsAnAdministrator()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        CustomerModel customers(*db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        QVERIFY(customers.save().ok());
        const QString id = customers.recordId(0);
        RecordStore store(*db);
        QVERIFY(store.softDelete(QStringLiteral("customer"), id, &error));
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE users SET role = 'rep' WHERE id = ?"));
        q.addBindValue(db->currentUserId());
        DESKCRM_VERIFY_SQL(q, q.exec());
        QVERIFY(!store.purge(QStringLiteral("customer"), id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSoftDelete)
#include "TestSoftDelete.moc"
