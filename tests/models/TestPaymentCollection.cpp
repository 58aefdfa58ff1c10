#include "CustomerModel.h"
#include "PaymentCollection.h"
#include "PaymentTerms.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QTest>

// Payment terms, plans and receipts (SQLite and PostgreSQL) against hand-computed cases: the balance line takes the
// rounding remainder, a partial payment, one receipt settling several instalments, an over-payment kept as the
// customer's credit and used on a later contract, a receipt in another currency refused, the stored sums.
class TestPaymentCollection : public QObject
{
    Q_OBJECT

    static constexpr const char* kThirtySixtyTen = "00000000-0000-7000-8000-000000002210";

    static PaymentTermLine termLine(PaymentTermLine::Kind kind, qint64 value, int days = 0)
    {
        PaymentTermLine line;
        line.kind = kind;
        line.value = value;
        line.daysAfter = days;
        return line;
    }

    static QString makeCustomer(Database& db, const QString& name)
    {
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), name}});
        return customers.save().ok() ? customers.recordId(0) : QString();
    }

    static QString makeContract(Database& db, const QString& customerId, const QString& number, qint64 total,
                                const QString& currency = QStringLiteral("CNY"))
    {
        const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& writer) {
            return writer.insert(QStringLiteral("contracts"), {{QStringLiteral("number"), number},
                                                               {QStringLiteral("customer_id"), customerId},
                                                               {QStringLiteral("currency"), currency},
                                                               {QStringLiteral("status"), QStringLiteral("signed")},
                                                               {QStringLiteral("signed_on"), QDate(2026, 11, 2)},
                                                               {QStringLiteral("total_minor"), total},
                                                               {QStringLiteral("subtotal_minor"), total}});
        });
        return r.ok() ? r.id : QString();
    }

    static PaymentReceipt receipt(const QString& contractId, qint64 amount, const QDate& on)
    {
        PaymentReceipt r;
        r.contractId = contractId;
        r.amountMinor = amount;
        r.receivedOn = on;
        r.account = QStringLiteral("招商银行 6225 **** 0001");
        r.reference = QStringLiteral("TT-1");
        return r;
    }

private slots:
    void termsSplitWithBalanceRemainder()
    {
        using K = PaymentTermLine::Kind;
        QList<PlannedInstalment> plan;
        QString error;
        // 30 % of 1,000.01 = 300.003 → 300.00; 60 % = 600.006 → 600.01; the balance takes 100.00.
        QVERIFY(PaymentTerms::plan(
            {termLine(K::Percent, 3000), termLine(K::Percent, 6000, 30), termLine(K::Balance, 0, 90)}, 100001,
            QDate(2026, 11, 2), &plan, &error));
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).amountMinor, 30000);
        QCOMPARE(plan.at(1).amountMinor, 60001);
        QCOMPARE(plan.at(2).amountMinor, 10000);
        QCOMPARE(plan.at(0).dueDate, QDate(2026, 11, 2));
        QCOMPARE(plan.at(1).dueDate, QDate(2026, 12, 2));
        QCOMPARE(plan.at(2).dueDate, QDate(2027, 1, 31));
        // Half up at exactly .5: 50 % of 0.05 = 0.025 → 0.03; the balance (first here) keeps 0.02.
        QVERIFY(PaymentTerms::plan({termLine(K::Balance, 0), termLine(K::Percent, 5000)}, 5, QDate(2026, 1, 1), &plan,
                                   &error));
        QCOMPARE(plan.at(0).amountMinor, 2);
        QCOMPARE(plan.at(1).amountMinor, 3);
        // A fixed deposit, then the balance.
        QVERIFY(PaymentTerms::plan({termLine(K::Fixed, 50000), termLine(K::Balance, 0, 10)}, 123456, QDate(2026, 1, 1),
                                   &plan, &error));
        QCOMPARE(plan.at(0).amountMinor, 50000);
        QCOMPARE(plan.at(1).amountMinor, 73456);
        // Shapes refused: no balance line, two, over 100 %, fixed lines above the total.
        QVERIFY(!PaymentTerms::validate({termLine(K::Percent, 10000)}).isEmpty());
        QVERIFY(!PaymentTerms::validate({termLine(K::Balance, 0), termLine(K::Balance, 0)}).isEmpty());
        QVERIFY(
            !PaymentTerms::validate({termLine(K::Percent, 6000), termLine(K::Percent, 5000), termLine(K::Balance, 0)})
                 .isEmpty());
        QVERIFY(!PaymentTerms::plan({termLine(K::Fixed, 50000), termLine(K::Percent, 6000), termLine(K::Balance, 0)},
                                    100000, QDate(2026, 1, 1), &plan, &error));
        QVERIFY(!error.isEmpty());
    }

    void planReceiptsCredit_data() { TestDatabase::addTargets(); }
    void planReceiptsCredit()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);

        const QString customer = makeCustomer(*db, QStringLiteral("深圳市南山精密电子有限公司"));
        const QString contract = makeContract(*db, customer, QStringLiteral("C2026-0001"), 100001);
        QVERIFY(!contract.isEmpty());

        // The seeded terms 30 / 60 / 10 from the signing day.
        WriteResult r = PaymentCollection::planFromTerms(*db, contract, QString::fromLatin1(kThirtySixtyTen));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QList<PaymentInstalment> plan = PaymentCollection::plan(*db, contract);
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).amountMinor, 30000);
        QCOMPARE(plan.at(1).amountMinor, 60001);
        QCOMPARE(plan.at(2).amountMinor, 10000);
        QCOMPARE(plan.at(1).dueDate, QDate(2026, 12, 2));
        ContractBalance balance;
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.plannedMinor, 100001);
        QCOMPARE(balance.outstandingMinor(), 100001);

        // A plan that does not add up to the contract is refused.
        r = PaymentCollection::setPlan(*db, contract, {{QDate(2026, 12, 1), 100000, {}}});
        QCOMPARE(r.status, WriteResult::Invalid);

        // Partial payment of the first instalment.
        r = PaymentCollection::recordReceipt(*db, receipt(contract, 20000, QDate(2026, 11, 5)));
        QVERIFY2(r.ok(), qPrintable(r.message));
        plan = PaymentCollection::plan(*db, contract);
        QCOMPARE(plan.at(0).paidMinor, 20000);
        QCOMPARE(plan.at(0).outstandingMinor(), 10000);
        QCOMPARE(plan.at(1).paidMinor, 0);

        // One receipt settles the rest of the first, all of the second and part of the third instalment.
        QString settling;
        r = PaymentCollection::recordReceipt(*db, receipt(contract, 75000, QDate(2026, 12, 1)), {}, &settling);
        QVERIFY2(r.ok(), qPrintable(r.message));
        plan = PaymentCollection::plan(*db, contract);
        QCOMPARE(plan.at(0).outstandingMinor(), 0);
        QCOMPARE(plan.at(1).outstandingMinor(), 0);
        QCOMPARE(plan.at(2).paidMinor, 4999);
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.paidMinor, 95000);
        QCOMPARE(balance.outstandingMinor(), 5001);
        QCOMPARE(PaymentCollection::customerCredit(*db, customer, QStringLiteral("CNY")), 0);

        // Over-payment: 100.00 for 50.01 owed; 49.99 stays the customer's credit.
        r = PaymentCollection::recordReceipt(*db, receipt(contract, 10000, QDate(2026, 12, 2)));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.paidMinor, 100001);
        QCOMPARE(balance.outstandingMinor(), 0);
        QCOMPARE(PaymentCollection::customerCredit(*db, customer, QStringLiteral("CNY")), 4999);
        QCOMPARE(PaymentCollection::receipts(*db, contract).size(), 3);

        // Paid plans are not replaced.
        r = PaymentCollection::setPlan(*db, contract, {{QDate(2026, 12, 1), 100001, {}}});
        QCOMPARE(r.status, WriteResult::Invalid);

        // Another currency is refused, never converted.
        PaymentReceipt dollars = receipt(contract, 100, QDate(2026, 12, 3));
        dollars.currency = QStringLiteral("USD");
        QCOMPARE(PaymentCollection::recordReceipt(*db, dollars).status, WriteResult::Invalid);

        // The credit pays a later contract's first instalment in part.
        const QString second = makeContract(*db, customer, QStringLiteral("C2026-0002"), 20000);
        r = PaymentCollection::setPlan(*db, second, {{QDate(2026, 12, 10), 8000, {}}, {QDate(2027, 1, 10), 12000, {}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = PaymentCollection::applyCredit(*db, customer, QStringLiteral("CNY"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        plan = PaymentCollection::plan(*db, second);
        QCOMPARE(plan.at(0).paidMinor, 4999);
        QCOMPARE(plan.at(1).paidMinor, 0);
        QCOMPARE(PaymentCollection::customerCredit(*db, customer, QStringLiteral("CNY")), 0);
        QVERIFY(PaymentCollection::balance(*db, second, &balance));
        QCOMPARE(balance.outstandingMinor(), 15001);

        // A receipt without a contract settles the customer's oldest open instalments; explicit allocations are
        // checked against what is left.
        PaymentReceipt loose;
        loose.customerId = customer;
        loose.currency = QStringLiteral("CNY");
        loose.amountMinor = 5000;
        loose.receivedOn = QDate(2026, 12, 3);
        r = PaymentCollection::recordReceipt(*db, loose, {{plan.at(1).id, {}, 12001}});
        QCOMPARE(r.status, WriteResult::Invalid);
        r = PaymentCollection::recordReceipt(*db, loose);
        QVERIFY2(r.ok(), qPrintable(r.message));
        plan = PaymentCollection::plan(*db, second);
        QCOMPARE(plan.at(0).paidMinor, 8000);
        QCOMPARE(plan.at(1).paidMinor, 1999);
    }

    void termsAreStored_data() { TestDatabase::addTargets(); }
    void termsAreStored()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        using K = PaymentTermLine::Kind;
        QCOMPARE(PaymentTerms::create(*db, QStringLiteral("两笔"), {termLine(K::Percent, 3000)}).status,
                 WriteResult::Invalid);
        const WriteResult r = PaymentTerms::create(*db, QStringLiteral("预付 20%，余款 45 天"),
                                                   {termLine(K::Percent, 2000), termLine(K::Balance, 0, 45)});
        QVERIFY2(r.ok(), qPrintable(r.message));
        PaymentTerms::Term term;
        QVERIFY(PaymentTerms::load(*db, r.id, &term, &error));
        QCOMPARE(term.lines.size(), 2);
        QCOMPARE(term.lines.at(1).daysAfter, 45);
        QCOMPARE(term.lines.at(1).kind, K::Balance);
        QCOMPARE(PaymentTerms::all(*db).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCollection)
#include "TestPaymentCollection.moc"
