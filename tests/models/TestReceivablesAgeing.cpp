#include "CollectionReminders.h"
#include "CollectionTestHelpers.h"
#include "ListSpec.h"
#include "NotificationInbox.h"
#include "PaymentCollection.h"
#include "ReceivablesAgeing.h"
#include "RecordListModel.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QTest>

using namespace CollectionTestHelpers;

// The ageing buckets at their edges (SQLite and PostgreSQL): on Thursday 2026-12-03 an instalment due that day is
// not due and due this week, Sunday the 6th is the week's last day, 1 and 30 days overdue are the first bucket, 31
// and 60 the second, 61 and 90 the third, 91 the last. Amounts are powers of two, so each sum names its members.
// The receivables list shows the same instalments through its "from"/"to" filters; currencies stay apart.
class TestReceivablesAgeing : public QObject
{
    Q_OBJECT

private slots:
    void bucketsAtTheirEdges_data() { TestDatabase::addTargets(); }
    void bucketsAtTheirEdges()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QDate today(2026, 12, 3);
        ManualClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        const QString customer = makeCustomer(*db, QStringLiteral("杭州西湖茶业有限公司"));
        const QString contract = makeContract(*db, customer, QStringLiteral("C2026-0100"),
                                              {line(QStringLiteral("龙井"), 1000, 1023 + 2048)});
        const QList<QDate> due{today,
                               QDate(2026, 12, 6),
                               QDate(2026, 12, 7),
                               today.addDays(-1),
                               QDate(2026, 11, 3),
                               QDate(2026, 11, 2),
                               QDate(2026, 10, 4),
                               QDate(2026, 10, 3),
                               QDate(2026, 9, 4),
                               QDate(2026, 9, 3)};
        QList<PlannedInstalment> plan;
        for (int i = 0; i < due.size(); ++i)
            plan.append({due.at(i), qint64(1) << i, {}});
        plan.append({QDate(2026, 1, 1), 2048, {}}); // paid in full below: no longer a receivable
        WriteResult r = PaymentCollection::setPlan(*db, contract, plan);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QList<PaymentInstalment> stored = PaymentCollection::plan(*db, contract);
        PaymentReceipt receipt;
        receipt.contractId = contract;
        receipt.amountMinor = 2048;
        receipt.receivedOn = QDate(2026, 1, 2);
        r = PaymentCollection::recordReceipt(*db, receipt, {{stored.last().id, {}, 2048}});
        QVERIFY2(r.ok(), qPrintable(r.message));

        const QString dollars = makeContract(*db, customer, QStringLiteral("C2026-0101"),
                                             {line(QStringLiteral("Tea set"), 1000, 1000)}, QStringLiteral("USD"));
        QVERIFY(PaymentCollection::setPlan(*db, dollars, {{today.addDays(-5), 1000, {}}}).ok());

        QList<AgeingRow> rows;
        QVERIFY2(ReceivablesAgeing::summary(*db, today, ReceivablesAgeing::GroupBy::Currency, {}, {}, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.size(), 2);
        const AgeingRow& cny = rows.at(0);
        QCOMPARE(cny.currency, QStringLiteral("CNY"));
        QCOMPARE(cny.notDueMinor, 1 + 2 + 4);
        QCOMPARE(cny.dueThisWeekMinor, 1 + 2);
        QCOMPARE(cny.days1to30Minor, 8 + 16);
        QCOMPARE(cny.days31to60Minor, 32 + 64);
        QCOMPARE(cny.days61to90Minor, 128 + 256);
        QCOMPARE(cny.over90Minor, 512);
        QCOMPARE(cny.totalMinor(), 1023);
        QCOMPARE(rows.at(1).currency, QStringLiteral("USD"));
        QCOMPARE(rows.at(1).days1to30Minor, 1000);

        QVERIFY(ReceivablesAgeing::summary(*db, today, ReceivablesAgeing::GroupBy::Customer, {}, customer, &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).label, QStringLiteral("杭州西湖茶业有限公司"));
        QVERIFY(ReceivablesAgeing::summary(*db, today, ReceivablesAgeing::GroupBy::Rep, {}, {}, &rows));
        QCOMPARE(rows.size(), 2);

        // The list: every open instalment, oldest first; each bucket's dates select the same members.
        RecordListModel list(*db, ListSpec::receivables());
        list.setBackgroundEnabled(false);
        QVERIFY2(list.refresh(&error), qPrintable(error));
        QCOMPARE(list.rowCount(), 11);
        const QHash<ReceivablesAgeing::Bucket, int> expected{
            {ReceivablesAgeing::Bucket::DueThisWeek, 2}, {ReceivablesAgeing::Bucket::NotDue, 3},
            {ReceivablesAgeing::Bucket::Overdue, 8},     {ReceivablesAgeing::Bucket::Days1to30, 3},
            {ReceivablesAgeing::Bucket::Days31to60, 2},  {ReceivablesAgeing::Bucket::Days61to90, 2},
            {ReceivablesAgeing::Bucket::Over90, 1}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QDate from;
            QDate to;
            ReceivablesAgeing::range(it.key(), today, &from, &to);
            list.clearFilters();
            list.setFilter(QStringLiteral("from"), from);
            list.setFilter(QStringLiteral("to"), to);
            QVERIFY2(list.refresh(&error), qPrintable(error));
            QVERIFY2(list.rowCount() == it.value(), qPrintable(ReceivablesAgeing::bucketText(it.key())));
        }
        list.clearFilters();
        list.setFilter(QStringLiteral("contract"), dollars);
        QVERIFY(list.refresh(&error));
        QCOMPARE(list.rowCount(), 1);
        list.clearFilters();
        list.setFilter(QStringLiteral("customer"), customer);
        QVERIFY(list.refresh(&error));
        QCOMPARE(list.rowCount(), 11);
        // The collecting rep's inbox: the overdue instalments of the contracts they own, and what is due today.
        CollectionReminders::install();
        QCOMPARE(NotificationInbox::unreadCounts(*db).value(QStringLiteral("instalment.overdue")), 0);
        const WriteResult owned = RecordWriter::transact(*db, [&](RecordWriter& writer) {
            return writer.update(QStringLiteral("contracts"), contract, -1,
                                 {{QStringLiteral("owner_id"), db->currentUserId()}});
        });
        QVERIFY2(owned.ok(), qPrintable(owned.message));
        const QHash<QString, int> counts = NotificationInbox::unreadCounts(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(counts.value(QStringLiteral("instalment.overdue")), 7);
        QCOMPARE(counts.value(QStringLiteral("instalment.due")), 1);
    }
};

QTEST_GUILESS_MAIN(TestReceivablesAgeing)
#include "TestReceivablesAgeing.moc"
