#include "CollectionTestHelpers.h"
#include "DocumentCheck.h"
#include "InvoiceService.h"
#include "PaymentCollection.h"
#include "ShipmentService.h"
#include "TestDatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace CollectionTestHelpers;

// Invoices, credit notes and shipments of a contract (SQLite and PostgreSQL), hand-computed: partial invoicing and
// numbering, a sent invoice offset by a credit note instead of being edited, payment against an invoice settling
// the plan's instalments too, partial delivery and the contract's delivery status.
class TestInvoiceService : public QObject
{
    Q_OBJECT

private slots:
    void partialInvoiceCreditNotePayment_data() { TestDatabase::addTargets(); }
    void partialInvoiceCreditNotePayment()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        const QString customer = makeCustomer(*db, QStringLiteral("苏州工业园区启明科技有限公司"));
        // 10 controllers at 1,200.00 with 13 % VAT, 4 sensors at 99.99 with 13 %: net 12,399.96, tax 1,611.99.
        const QString contract = makeContract(*db, customer, QStringLiteral("C2026-0007"),
                                              {line(QStringLiteral("PLC 控制器"), 10000, 120000, 1300),
                                               line(QStringLiteral("温度传感器"), 4000, 9999, 1300)});
        QVERIFY(!contract.isEmpty());
        ContractBalance balance;
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.totalMinor, 1401195);
        QVERIFY(PaymentCollection::setPlan(*db, contract,
                                           {{QDate(2026, 11, 10), 401195, {}}, {QDate(2026, 12, 10), 1000000, {}}})
                    .ok());

        const QList<DocumentLine> contractLines =
            DocumentLines::load(*db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), contract);
        QCOMPARE(contractLines.size(), 2);
        // First invoice: 4 controllers only. 4,800.00 + 13 % = 5,424.00.
        QString first;
        WriteResult r = InvoiceService::fromContract(*db, contract, {{contractLines.at(0).id, 4000}}, {},
                                                     QDate(2027, 1, 2), &first);
        QVERIFY2(r.ok(), qPrintable(r.message));
        InvoiceDocument invoice;
        QVERIFY(InvoiceService::load(*db, first, &invoice, &error));
        QVERIFY2(QRegularExpression(QStringLiteral("^INV2026-00001$")).match(invoice.number).hasMatch(),
                 qPrintable(invoice.number));
        QCOMPARE(invoice.totalMinor, 542400);
        QCOMPARE(invoice.lines.size(), 1);
        QCOMPARE(invoice.lines.at(0).sourceLineId, contractLines.at(0).id);
        QCOMPARE(InvoiceService::uninvoiced(*db, contract).value(contractLines.at(0).id), 6000);
        // More than is left is refused.
        QCOMPARE(InvoiceService::fromContract(*db, contract, {{contractLines.at(0).id, 6001}}, {}, {}).status,
                 WriteResult::Invalid);
        // A draft gets no credit note; sent, it is never cancelled.
        QCOMPARE(InvoiceService::creditNote(*db, first, {}, {}, QStringLiteral("x")).status, WriteResult::Invalid);
        QVERIFY(InvoiceService::send(*db, first).ok());
        QCOMPARE(InvoiceService::cancel(*db, first).status, WriteResult::Invalid);

        // The rest in a second invoice: 6 controllers 7,200.00 + 4 sensors 399.96 = 7,599.96 net, tax 987.99.
        QString second;
        r = InvoiceService::fromContract(*db, contract, {}, {}, {}, &second);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(InvoiceService::load(*db, second, &invoice, &error));
        QCOMPARE(invoice.number, QStringLiteral("INV2026-00002"));
        QCOMPARE(invoice.totalMinor, 858795);
        QCOMPARE(InvoiceService::fromContract(*db, contract, {}, {}, {}).status, WriteResult::Invalid);
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.invoicedMinor, 542400 + 858795);

        // A customer pays 2,000.00 on the first invoice: it settles the oldest instalment too.
        PaymentReceipt paid;
        paid.contractId = contract;
        paid.amountMinor = 200000;
        paid.receivedOn = QDate(2026, 12, 1);
        r = PaymentCollection::recordReceipt(*db, paid, {{{}, first, 200000}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(InvoiceService::load(*db, first, &invoice, &error));
        QCOMPARE(invoice.paidMinor, 200000);
        QCOMPARE(invoice.outstandingMinor(), 342400);
        QCOMPARE(PaymentCollection::plan(*db, contract).at(0).paidMinor, 200000);
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.paidMinor, 200000);

        // One controller was faulty: a credit note of 1 × 1,200.00 + 13 % = 1,356.00 offsets the unpaid rest.
        QString credit;
        r = InvoiceService::creditNote(*db, first, {{invoice.lines.at(0).id, 1000}}, {}, QStringLiteral("退货 1 台"),
                                       &credit);
        QVERIFY2(r.ok(), qPrintable(r.message));
        InvoiceDocument note;
        QVERIFY(InvoiceService::load(*db, credit, &note, &error));
        QCOMPARE(note.kind, QStringLiteral("credit_note"));
        QCOMPARE(note.number, QStringLiteral("CN2026-0001"));
        QCOMPARE(note.totalMinor, 135600);
        QCOMPARE(note.status, QStringLiteral("sent"));
        QVERIFY(InvoiceService::load(*db, first, &invoice, &error));
        QCOMPARE(invoice.creditedMinor, 135600);
        QCOMPARE(invoice.outstandingMinor(), 542400 - 135600 - 200000);
        QVERIFY(PaymentCollection::balance(*db, contract, &balance));
        QCOMPARE(balance.creditedMinor, 135600);
        QCOMPARE(balance.outstandingMinor(), 1401195 - 135600 - 200000);
        // The credited controller may be invoiced again.
        QCOMPARE(InvoiceService::uninvoiced(*db, contract).value(contractLines.at(0).id), 1000);
        // A credit note never exceeds what is unpaid: 3 more controllers (4,068.00) > 2,068.00 unpaid.
        QCOMPARE(InvoiceService::creditNote(*db, first, {{invoice.lines.at(0).id, 3000}}, {}, {}).status,
                 WriteResult::Invalid);
        QCOMPARE(InvoiceService::forContract(*db, contract).size(), 3);

        // `deskcrm-cli check` recomputes every stored total and balance and finds them right.
        QStringList problems;
        int checked = 0;
        QVERIFY2(DocumentCheck::verify(*db, &problems, &checked, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 4);
    }

    void partialDelivery_data() { TestDatabase::addTargets(); }
    void partialDelivery()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customer = makeCustomer(*db, QStringLiteral("Hamburg Tools GmbH"));
        const QString contract =
            makeContract(*db, customer, QStringLiteral("C2026-0008"),
                         {line(QStringLiteral("Lathe"), 2000, 500000), line(QStringLiteral("Tooling kit"), 5500, 1000)},
                         QStringLiteral("EUR"));
        const QList<DocumentLine> lines =
            DocumentLines::load(*db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), contract);
        QCOMPARE(ShipmentService::deliveryStatus(*db, contract), QStringLiteral("none"));

        ShipmentDocument shipment;
        shipment.contractId = contract;
        shipment.shippedOn = QDate(2026, 11, 20);
        shipment.carrier = QStringLiteral("DHL");
        shipment.trackingNumber = QStringLiteral("JD0146 0000 1234");
        shipment.lines = {{lines.at(0).id, {}, 1000}, {lines.at(1).id, {}, 2500}};
        WriteResult r = ShipmentService::record(*db, shipment);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(ShipmentService::deliveryStatus(*db, contract), QStringLiteral("partial"));
        QHash<QString, qint64> left = ShipmentService::undelivered(*db, contract);
        QCOMPARE(left.value(lines.at(0).id), 1000);
        QCOMPARE(left.value(lines.at(1).id), 3000);

        shipment.lines = {{lines.at(1).id, {}, 3001}};
        QCOMPARE(ShipmentService::record(*db, shipment).status, WriteResult::Invalid);
        shipment.lines.clear(); // the rest
        shipment.shippedOn = QDate(2026, 11, 27);
        shipment.trackingNumber = QStringLiteral("JD0146 0000 5678");
        r = ShipmentService::record(*db, shipment);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(ShipmentService::deliveryStatus(*db, contract), QStringLiteral("delivered"));
        const QList<ShipmentDocument> shipments = ShipmentService::forContract(*db, contract);
        QCOMPARE(shipments.size(), 2);
        QCOMPARE(shipments.at(0).lines.size(), 2);
        QCOMPARE(shipments.at(1).lines.size(), 2);
        QCOMPARE(shipments.at(1).trackingNumber, QStringLiteral("JD0146 0000 5678"));
        QCOMPARE(ShipmentService::record(*db, shipment).status, WriteResult::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceService)
#include "TestInvoiceService.moc"
