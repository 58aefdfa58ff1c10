#include "ContractDialog.h"
#include "CustomerPicker.h"
#include "Database.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "OpportunityModel.h"
#include "QuoteDialog.h"
#include "QuoteLineModel.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

// Quote → contract on the real main window with the keyboard (issue 13): the Quotes page's New, the customer and
// its deal, lines typed cell by cell (Insert, a product code, Tab, quantity, discount), Ctrl+S, the status keys,
// Make contract, the contract signed with the deal marked won; the recompute of a 200-line quote per edit.
// DESKCRM_SCREENSHOT_DIR keeps pictures of the editor and the contracts page; DESKCRM_UI_LANG picks the language.
class TestQuoteFlow : public QObject
{
    Q_OBJECT

    struct Session
    {
        TestDatabase tdb;
        ManualClock clock{QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC)};
        MainWindow window;
        QString customer, deal, error;
        explicit Session(const QString& target) : tdb(target) {}
        bool start(const QString& page)
        {
            auto db = tdb.open(&error);
            if (!db)
                return false;
            db->setClock(&clock);
            const WriteResult filled = RecordWriter::transact(*db, [&](RecordWriter& w) {
                customer = w.insert(QStringLiteral("customers"),
                                    {{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}})
                               .id;
                deal = w.insert(QStringLiteral("opportunities"),
                                {{QStringLiteral("name"), QStringLiteral("ERP rollout")},
                                 {QStringLiteral("customer_id"), customer},
                                 {QStringLiteral("stage_id"), OpportunityModel::firstStageId(*db)},
                                 {QStringLiteral("currency"), QStringLiteral("CNY")}})
                           .id;
                w.insert(QStringLiteral("products"), {{QStringLiteral("code"), QStringLiteral("ERP-STD")},
                                                      {QStringLiteral("name"), QStringLiteral("ERP 标准版许可")},
                                                      {QStringLiteral("unit"), QStringLiteral("套")},
                                                      {QStringLiteral("price_minor"), 1280000},
                                                      {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                      {QStringLiteral("tax_rate_bp"), 1300}});
                return w.insert(QStringLiteral("products"), {{QStringLiteral("code"), QStringLiteral("SVC-DAY")},
                                                             {QStringLiteral("name"), QStringLiteral("实施服务")},
                                                             {QStringLiteral("unit"), QStringLiteral("人天")},
                                                             {QStringLiteral("price_minor"), 250000},
                                                             {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                             {QStringLiteral("tax_rate_bp"), 600}});
            });
            if (!filled.ok()) {
                error = filled.message;
                return false;
            }
            window.setDatabase(std::move(db));
            window.resize(1280, 720);
            window.show();
            return QTest::qWaitForWindowActive(&window) && window.showPage(page);
        }
        Database& db() { return *window.database(); }
        QVariant scalar(const QString& sql, const QVariantList& binds = {})
        {
            QSqlQuery q(db().connection());
            q.prepare(sql);
            for (const QVariant& v : binds)
                q.addBindValue(v);
            return q.exec() && q.next() ? q.value(0) : QVariant();
        }
    };

    static void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString lang = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang)));
    }

    // Types text as a user does, key by key to whatever has the focus (on the table the first key opens the cell's
    // editor, which takes the rest; an open editor's text is replaced), then Tab (commit, next cell).
    static void typeCell(QTableView* view, const QString& text)
    {
        if (auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget()))
            line->selectAll();
        for (const QChar c : text) {
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : view;

            // The key of the character (Latin letters, digits and ASCII punctuation share their code) and its text.
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
        }
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, Qt::Key_Tab);
    }
    static void tab(QTableView* view, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, Qt::Key_Tab);
    }

private slots:
    void initTestCase()
    {
        Translations::install(*qApp, qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en")));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestQuoteFlow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void quoteToContractByKeyboard_data() { TestDatabase::addTargets(); }
    void quoteToContractByKeyboard()
    {
        QFETCH(QString, target);
        Session s(target);
        QVERIFY2(s.start(QStringLiteral("quotes")), qPrintable(s.error));

        // Record > New on the Quotes page: the quote editor.
        s.window.findChild<QAction*>(QStringLiteral("newAction"))->trigger();
        QTRY_VERIFY(s.window.findChild<QuoteDialog*>());
        auto* dialog = s.window.findChild<QuoteDialog*>();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QApplication::setActiveWindow(dialog);
        dialog->findChild<CustomerPicker*>(QStringLiteral("customer"))->setValue(s.customer);
        auto* deal = dialog->findChild<QComboBox*>(QStringLiteral("opportunity"));
        QCOMPARE(deal->count(), 2);
        deal->setFocus();
        QTest::keyClick(deal, Qt::Key_Down); // (none) → ERP rollout
        QCOMPARE(deal->currentData().toString(), s.deal);

        // Lines: Insert starts a line on its product; a code and Tab fill it; quantity and discount typed.
        QTableView* view = dialog->lineView();
        QApplication::setActiveWindow(dialog); // offscreen: the shell's window stays active otherwise
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Insert);
        typeCell(view, QStringLiteral("ERP-STD"));                    // → Description
        tab(view);                                                    // → Quantity
        typeCell(view, QStringLiteral("2"));                          // → Unit
        tab(view);                                                    // → Unit price
        tab(view);                                                    // → Discount
        typeCell(view, QStringLiteral("5%"));                         // → Tax rate
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the tax rate as the product's
        QTest::keyClick(view, Qt::Key_Insert);
        typeCell(view, QStringLiteral("svc")); // the start of a code is enough
        tab(view);
        typeCell(view, QStringLiteral("3.5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QuoteLineModel* lines = dialog->lineModel();
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->lines().at(0).description, QStringLiteral("ERP 标准版许可"));
        QCOMPARE(lines->lines().at(0).quantityMilli, qint64(2000));
        QCOMPARE(lines->lines().at(1).quantityMilli, qint64(3500));
        // 2 × 12,800.00 less 5 % = 24,320.00 + 13 % = 3,161.60; 3.5 × 2,500.00 = 8,750.00 + 6 % = 525.00
        QCOMPARE(lines->totals().totalMinor, qint64(2432000 + 316160 + 875000 + 52500));
        shot(dialog, QStringLiteral("quote-editor"));

        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->quoteId().isEmpty());
        const QString quoteId = dialog->quoteId();
        QCOMPARE(s.scalar(QStringLiteral("SELECT total_minor FROM quotes WHERE id = ?"), {quoteId}).toLongLong(),
                 qint64(2432000 + 316160 + 875000 + 52500));
        QCOMPARE(s.scalar(QStringLiteral("SELECT opportunity_id FROM quotes WHERE id = ?"), {quoteId}).toString(),
                 s.deal);

        // Sent (Alt+N), accepted (Alt+P), made a contract (Alt+C): the contract's editor follows.
        QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(s.scalar(QStringLiteral("SELECT status FROM quotes WHERE id = ?"), {quoteId}).toString(),
                     QStringLiteral("sent"));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(s.scalar(QStringLiteral("SELECT status FROM quotes WHERE id = ?"), {quoteId}).toString(),
                     QStringLiteral("accepted"));
        QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(s.window.findChild<ContractDialog*>());
        auto* contract = s.window.findChild<ContractDialog*>();
        const QString contractId = contract->contractId();
        QCOMPARE(s.scalar(QStringLiteral("SELECT number FROM contracts WHERE id = ?"), {contractId}).toString(),
                 QStringLiteral("C2026-0001"));
        QCOMPARE(s.scalar(QStringLiteral("SELECT COUNT(*) FROM contract_lines WHERE contract_id = ? AND "
                                         "deleted_at IS NULL"),
                          {contractId})
                     .toInt(),
                 2);

        // The signatory typed, then signed (Alt+I) and the deal won when asked.
        QVERIFY(QTest::qWaitForWindowActive(contract));
        QApplication::setActiveWindow(contract);
        auto* signatory = contract->findChild<QLineEdit*>(QStringLiteral("signatory"));
        signatory->setFocus();
        signatory->insert(QStringLiteral("王经理")); // Chinese arrives through the input method, not as keys
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(contract, Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(s.scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {contractId}).toString(),
                     QStringLiteral("signed"));
        QCOMPARE(s.scalar(QStringLiteral("SELECT signatory FROM contracts WHERE id = ?"), {contractId}).toString(),
                 QStringLiteral("王经理"));
        QCOMPARE(s.scalar(QStringLiteral("SELECT amount_minor FROM opportunities WHERE id = ?"), {s.deal}).toLongLong(),
                 qint64(2432000 + 316160 + 875000 + 52500));
        QCOMPARE(s.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN pipeline_stages st ON "
                                         "st.id = o.stage_id WHERE o.id = ? AND st.is_won"),
                          {s.deal})
                     .toInt(),
                 1);
        shot(contract, QStringLiteral("contract-editor"));
        contract->close();

        // The contracts page lists it.
        QVERIFY(s.window.showPage(QStringLiteral("contracts")));
        auto* page = qobject_cast<RecordListPage*>(s.window.findChild<RecordListPage*>());
        QVERIFY(page);
        auto listed = [&s] {
            const QList<RecordListPage*> pages = s.window.findChildren<RecordListPage*>();
            return std::any_of(pages.cbegin(), pages.cend(), [](RecordListPage* p) {
                return p->entity() == QLatin1String("contract") && p->model()->rowCount() == 1;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 15000);
        shot(&s.window, QStringLiteral("contracts-page"));
    }

    // Each edit of a 200-line quote recomputes every line and the totals within a frame (16 ms).
    void recomputeTwoHundredLines()
    {
        Session s(QStringLiteral("sqlite"));
        QVERIFY2(s.start(QStringLiteral("quotes")), qPrintable(s.error));
        QuoteDialog dialog(s.db(), QString(), {{QStringLiteral("customer_id"), s.customer}}, &s.window);
        QList<DocumentLine> lines;
        for (int i = 0; i < 200; ++i) {
            DocumentLine line;
            line.description = QStringLiteral("Item %1").arg(i + 1);
            line.quantityMilli = 1000 + i;
            line.unitPriceMinor = 10000 + i;
            line.taxRateBp = i % 2 ? 1300 : 600;
            lines << line;
        }
        dialog.lineModel()->setLines(lines);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<qint64> times;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(dialog.lineModel()->setData(dialog.lineModel()->index(i * 4, QuoteLineModel::Quantity),
                                                QString::number(i + 2)));
            QCoreApplication::processEvents(); // the totals label and the row repainted
            times << timer.nsecsElapsed() / 1000;
        }
        std::sort(times.begin(), times.end());
        qInfo("200-line quote, recompute per edit: median %lld us, max %lld us", times.at(times.size() / 2),
              times.last());
        QVERIFY2(times.at(times.size() / 2) < 16000, qPrintable(QString::number(times.at(times.size() / 2))));
    }
};

QTEST_MAIN(TestQuoteFlow)
#include "TestQuoteFlow.moc"
