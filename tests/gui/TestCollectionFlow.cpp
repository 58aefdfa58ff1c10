#include "ContractDialog.h"
#include "Database.h"
#include "DialogSeams.h"
#include "DocumentLines.h"
#include "MainWindow.h"
#include "MoneyEdit.h"
#include "ReceivablesPage.h"
#include "RecordListModel.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// Contract → shipment → invoice → receipt on the real main window with the keyboard (issue 13): a signed contract's
// editor gets its plan from payment terms (Alt+Y), ships the rest (Alt+H), invoices the rest (Alt+V), logs a partial
// receipt and then one that pays too much (Alt+C, the amount, Alt+L); the database holds what the keys did. Then the
// Receivables page lists what is still open in its ageing bucket. DESKCRM_SCREENSHOT_DIR keeps pictures of the
// contract editor and the receivables page in the language DESKCRM_UI_LANG names (CTest runs en and zh_CN).
class TestCollectionFlow : public QObject
{
    Q_OBJECT

    static void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString lang = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang)));
    }

    static QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCollectionFlow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        Translations::install(*qApp, qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en")));
    }

    void contractShipmentInvoiceReceipt()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC));
        opened->setClock(&clock);
        Database& db = *opened;
        // A signed contract: 10 controllers at 1,200.00 + 13 % VAT = 13,560.00, and 2 days of service at 2,500.00
        // + 6 % = 5,300.00; 18,860.00 in all.
        QString contractId;
        QString customer;
        const WriteResult made = RecordWriter::transact(db, [&](RecordWriter& w) {
            customer = w.insert(QStringLiteral("customers"),
                                {{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}})
                           .id;
            QList<DocumentLine> lines;
            DocumentLine plc;
            plc.description = QStringLiteral("PLC 控制器");
            plc.quantityMilli = 10000;
            plc.unitPriceMinor = 120000;
            plc.taxRateBp = 1300;
            DocumentLine service;
            service.description = QStringLiteral("实施服务");
            service.quantityMilli = 2000;
            service.unitPriceMinor = 250000;
            service.taxRateBp = 600;
            lines << plc << service;
            QVariantHash values = DocumentLines::totalColumns(DocumentLines::totals(lines));
            values.insert(QStringLiteral("number"), QStringLiteral("C2026-0042"));
            values.insert(QStringLiteral("customer_id"), customer);
            values.insert(QStringLiteral("currency"), QStringLiteral("CNY"));
            values.insert(QStringLiteral("status"), QStringLiteral("signed"));
            values.insert(QStringLiteral("signed_on"), QDate(2026, 10, 1));
            const WriteResult contract = w.insert(QStringLiteral("contracts"), values);
            contractId = contract.id;
            return DocumentLines::replace(w, QStringLiteral("contract_lines"), QStringLiteral("contract_id"),
                                          contract.id, lines);
        });
        QVERIFY2(made.ok(), qPrintable(made.message));

        MainWindow window;
        window.setDatabase(std::move(opened));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("contracts")));

        ContractDialog contract(db, contractId, &window);
        contract.show();
        QApplication::setActiveWindow(&contract);
        QVERIFY(QTest::qWaitForWindowActive(&contract));
        const QVariantList id{contractId};

        // The plan from the first terms offered ("100 % in 30 days"): one instalment due 2026-10-31.
        QTest::keyClick(&contract, Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(scalar(db, QStringLiteral("SELECT planned_minor FROM contracts WHERE id = ?"), id).toLongLong(),
                     qint64(1886000));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT due_date FROM payment_instalments WHERE contract_id = ?"), id).toDate(),
            QDate(2026, 10, 31));
        // Ship the rest: everything, so delivered, and the contract is now in delivery.
        QTest::keyClick(&contract, Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(scalar(db, QStringLiteral("SELECT delivery_status FROM contracts WHERE id = ?"), id).toString(),
                     QStringLiteral("delivered"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM contracts WHERE id = ?"), id).toString(),
                 QStringLiteral("in_delivery"));
        auto* ship = contract.findChild<QPushButton*>(QStringLiteral("shipButton"));
        QVERIFY(ship && !ship->isEnabled()); // nothing left to deliver
        // Invoice the rest: one sent invoice for the whole contract.
        QTest::keyClick(&contract, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(scalar(db, QStringLiteral("SELECT invoiced_minor FROM contracts WHERE id = ?"), id).toLongLong(),
                     qint64(1886000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT number || ' ' || status FROM invoices WHERE contract_id = ?"), id)
                     .toString(),
                 QStringLiteral("INV2026-00001 sent"));
        // A partial receipt of 8,000.00, typed.
        QTest::keyClick(&contract, Qt::Key_C, Qt::AltModifier);
        auto* amount = contract.findChild<MoneyEdit*>(QStringLiteral("receiptAmount"));
        QVERIFY(amount);
        QTRY_VERIFY(amount->hasFocus());
        QTest::keyClicks(amount, QStringLiteral("8000"));
        QTest::keyClick(&contract, Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(scalar(db, QStringLiteral("SELECT paid_minor FROM contracts WHERE id = ?"), id).toLongLong(),
                     qint64(800000));

        // Receivables: the rest, 10,860.00, is 33 days overdue (31–60).
        QVERIFY(window.showPage(QStringLiteral("receivables")));
        auto* page = qobject_cast<ReceivablesPage*>(window.currentPage());
        QVERIFY(page);
        page->reload();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->ageing()->rowCount(), 1);
        QVERIFY(page->ageing()->item(0, 4)->text().contains(QStringLiteral("10,860.00")) ||
                page->ageing()->item(0, 4)->text().contains(QStringLiteral("10860.00")));
        shot(&window, QStringLiteral("receivables-page"));

        // Customer 360: the contract among the customer's records, what is owed and overdue in the header.
        QVERIFY(window.showPage(QStringLiteral("customer:") + customer));
        auto* contracts = window.currentPage()->findChild<QTableView*>(QStringLiteral("contractsTable"));
        QVERIFY(contracts);
        QCOMPARE(contracts->model()->rowCount(), 1);
        QCOMPARE(contracts->model()->index(0, 0).data().toString(), QStringLiteral("C2026-0042"));
        const auto details = [&window] {
            auto* label = window.currentPage()->findChild<QLabel*>(QStringLiteral("customerDetails"));
            return label ? label->text() : QString();
        };
        const auto owes = [&details](QString money) {
            return details().contains(money) || details().contains(money.remove(QLatin1Char(',')));
        };
        QVERIFY2(owes(QStringLiteral("10,860.00")), qPrintable(details()));
        shot(&window, QStringLiteral("customer-360"));

        // The customer pays 11,000.00: 10,860.00 settles the contract, 140.00 stays their credit.
        QApplication::setActiveWindow(&contract);
        QVERIFY(QTest::qWaitForWindowActive(&contract));
        QTest::keyClick(&contract, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(amount->hasFocus());
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("11000"));
        QTest::keyClick(&contract, Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(scalar(db, QStringLiteral("SELECT paid_minor FROM contracts WHERE id = ?"), id).toLongLong(),
                     qint64(1886000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(amount_minor - allocated_minor) FROM receipts")).toLongLong(),
                 qint64(14000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT paid_minor FROM invoices WHERE contract_id = ?"), id).toLongLong(),
                 qint64(0)); // money was logged against the plan, not the invoice
        shot(&contract, QStringLiteral("contract-collection"));
        page->reload();
        QCOMPARE(page->model()->rowCount(), 0);
        // Settled: nothing is owed any more.
        QVERIFY(window.showPage(QStringLiteral("customer:") + customer));
        QTRY_VERIFY2(!owes(QStringLiteral("10,860.00")), qPrintable(details()));
        contract.close();
    }
};

QTEST_MAIN(TestCollectionFlow)
#include "TestCollectionFlow.moc"
