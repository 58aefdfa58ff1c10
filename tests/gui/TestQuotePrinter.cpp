#include "CustomerModel.h"
#include "QuotePrinter.h"
#include "QuoteService.h"
#include "ReportDocument.h"
#include "ReportFormat.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The printed quote read back with poppler's pdftotext and pdfinfo: company, customer (Chinese glyphs embedded),
// lines, totals per tax rate, terms, page numbers, A4 and Letter; in Chinese with 大写金额 for several amounts; a
// 200-line quote on several pages within a second.
class TestQuotePrinter : public QObject
{
    Q_OBJECT

    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    // Text as compared: whitespace squeezed out (pdftotext spaces CJK and table columns freely), NFKC (full-width
    // punctuation and the Kangxi radicals Qt's PDF text map may name instead of a shared glyph), and the radicals
    // and variants NFKC keeps (⺠ for 民, ⻆ for 角, ⻚ for 页, 戶 for 户) mapped back.
    static QString squeeze(const QString& s)
    {
        QString t = s.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
        t.replace(QChar(0x2EA0), QChar(0x6C11)).replace(QChar(0x2EC6), QChar(0x89D2));
        t.replace(QChar(0x2EDA), QChar(0x9875)).replace(QChar(0x6236), QChar(0x6237));
        return t;
    }
    static QString text(const QString& file)
    {
        return squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}));
    }
    static QString pdfInfo(const QString& file, const QString& key)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {file});
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
        return re.match(info).captured(1).trimmed();
    }

    static QString makeQuote(Database& db, const QList<DocumentLine>& lines, const QString& terms = {})
    {
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}});
        if (!customers.save().ok())
            return {};
        QuoteDocument quote = QuoteService::forCustomer(db, customers.recordId(0));
        quote.title = QStringLiteral("ERP rollout");
        quote.terms = terms;
        quote.issuedOn = QDate(2026, 12, 3);
        quote.validUntil = QDate(2027, 1, 2);
        quote.lines = lines;
        return QuoteService::save(db, &quote).ok() ? quote.id : QString();
    }
    static DocumentLine line(const QString& description, qint64 quantityMilli, qint64 priceMinor, int taxBp,
                             DocumentTotals::DiscountKind kind = DocumentTotals::DiscountKind::None,
                             qint64 discount = 0)
    {
        DocumentLine l;
        l.description = description;
        l.unit = QStringLiteral("set");
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = priceMinor;
        l.taxRateBp = taxBp;
        l.discountKind = kind;
        l.discountValue = discount;
        return l;
    }

private slots:
    void initTestCase()
    {
        if (run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}).isNull() &&
            QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void englishQuote()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString id = makeQuote(
            *db,
            {line(QStringLiteral("ERP licence"), 3000, 3333, 1300),
             line(QStringLiteral("Implementation"), 1500, 80000, 600, DocumentTotals::DiscountKind::Percent, 500),
             line(QStringLiteral("Shipping"), 1000, 5000, 0)},
            QStringLiteral("Payment within 30 days of delivery."));
        QVERIFY(!id.isEmpty());
        QTemporaryDir dir;
        DocumentPrintOptions options;
        options.companyName = QStringLiteral("Acme Software Ltd.");
        options.companyAddress = QStringLiteral("1 Main Street, Springfield");
        QImage logo(120, 40, QImage::Format_ARGB32);
        logo.fill(Qt::darkBlue);
        options.logo = logo;
        const QString file = dir.filePath(QStringLiteral("quote.pdf"));
        QVERIFY2(QuotePrinter::writeQuotePdf(*db, id, file, options, &error), qPrintable(error));
        const QString t = text(file);
        for (const QString& expected :
             {QStringLiteral("Acme Software Ltd."), QStringLiteral("1 Main Street"),
              QStringLiteral("QuotationQ2026-0001"), QStringLiteral("东莞市华信机械有限公司"),
              QStringLiteral("ERP licence"), QStringLiteral("Implementation"), QStringLiteral("5%"),
              QStringLiteral("Tax13%on"), QStringLiteral("Tax6%on"), QStringLiteral("Tax0%on"),
              // 99.99 + 1,140.00 + 50.00 = 1,289.99 net; + 13.00 + 68.40 tax = 1,371.39
              QStringLiteral("1,289.99"), QStringLiteral("1,371.39"), QStringLiteral("Paymentwithin30days"),
              QStringLiteral("Page1of1"), ReportFormat::longDate(QDate(2027, 1, 2))})
            QVERIFY2(t.contains(squeeze(expected)), qPrintable(expected + QStringLiteral(" missing in ") + t));
        QVERIFY2(!t.contains(QStringLiteral("大写")), qPrintable(t));
        QVERIFY2(pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("A4")),
                 qPrintable(pdfInfo(file, QStringLiteral("Page size"))));

        options.pageSize = QPageSize::Letter;
        QVERIFY2(QuotePrinter::writeQuotePdf(*db, id, file, options, &error), qPrintable(error));
        QVERIFY2(pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("letter")),
                 qPrintable(pdfInfo(file, QStringLiteral("Page size"))));
    }

    void chineseQuote_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("words");
        QTest::newRow("1234.50") << qint64(123450) << QStringLiteral("人民币壹仟贰佰叁拾肆元伍角整");
        QTest::newRow("1000000") << qint64(100000000) << QStringLiteral("人民币壹佰万元整");
        QTest::newRow("2345.67") << qint64(234567) << QStringLiteral("人民币贰仟叁佰肆拾伍元陆角柒分");
        QTest::newRow("100010000.04") << Q_INT64_C(10001000004) << QStringLiteral("人民币壹亿零壹万元零肆分");
    }
    void chineseQuote()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, words);
        const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
        const QLocale locale;
        Translations::install(*qApp, QStringLiteral("zh_CN"));
        const auto restore = qScopeGuard([before, locale] {
            for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                if (!before.contains(t)) {
                    qApp->removeTranslator(t);
                    delete t;
                }
            }
            QLocale::setDefault(locale);
        });
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString id = makeQuote(*db, {line(QStringLiteral("实施服务"), 1000, amount, 0)},
                                     QStringLiteral("合同签订后30日内付款。"));
        QVERIFY(!id.isEmpty());
        QTemporaryDir dir;
        const DocumentPrintOptions options = DocumentPrintOptions::fromSettings();
        QVERIFY(options.chineseCapitals);
        const QString file = dir.filePath(QStringLiteral("报价单.pdf"));
        QVERIFY2(QuotePrinter::writeQuotePdf(*db, id, file, options, &error), qPrintable(error));
        const QString t = text(file);
        for (const QString& expected :
             {QStringLiteral("报价单Q2026-0001"), QStringLiteral("东莞市华信机械有限公司"), QStringLiteral("实施服务"),
              QStringLiteral("金额大写：") + words, QStringLiteral("2027年1月2日"),
              QStringLiteral("合同签订后30日内付款"), QStringLiteral("第1页")})
            QVERIFY2(t.contains(squeeze(expected)), qPrintable(expected + QStringLiteral(" missing in ") + t));
    }

    // 200 lines: several pages, each numbered, within the second.
    void longQuote()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QList<DocumentLine> lines;
        for (int i = 1; i <= 200; ++i)
            lines << line(QStringLiteral("Item %1").arg(i), 1000 + i, 10000 + i, i % 3 ? 1300 : 600);
        const QString id = makeQuote(*db, lines);
        QVERIFY(!id.isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.pdf"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(QuotePrinter::writeQuotePdf(*db, id, file, DocumentPrintOptions(), &error), qPrintable(error));
        const qint64 ms = timer.elapsed();
        qInfo("200-line quote to PDF: %lld ms", ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms))); // 1 s on an idle machine; CI shares its cores
        const int pages = pdfInfo(file, QStringLiteral("Pages")).toInt();
        QVERIFY(pages >= 3);
        const QString t = text(file);
        QVERIFY(t.contains(QStringLiteral("Item200")));
        QVERIFY(t.contains(QStringLiteral("Page%1of%1").arg(pages)));
    }
};

QTEST_MAIN(TestQuotePrinter)
#include "TestQuotePrinter.moc"
