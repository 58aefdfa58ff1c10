#include "DashboardCharts.h"
#include "DashboardData.h"
#include "DashboardFixture.h"
#include "ReportBuilder.h"
#include "ReportDocument.h"
#include "ReportFormat.h"
#include "ReportQueries.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <memory>

// Report documents as PDF: read back with poppler's pdftotext/pdfinfo (text incl. Chinese, pages,
// paper), long tables continue on following pages with their header, CSV carries the same figures.
class TestReportDocument : public QObject
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
    static QString pdfText(const QString& file, int page = 0)
    {
        QStringList args;
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        args << QStringLiteral("-layout") << file << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), args);
    }
    static QString pdfInfo(const QString& file, const QString& key)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {file});
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
        return re.match(info).captured(1).trimmed();
    }
    static ReportFilter thisYear()
    {
        ReportFilter filter;
        filter.from = QDate(QDate::currentDate().year(), 1, 1);
        filter.to = QDate(QDate::currentDate().year(), 12, 31);
        return filter;
    }
    // The text with whitespace squeezed out (pdftotext -layout spaces CJK and table columns freely).
    // Qt's PDF text map may name a shared glyph by its compatibility twin (小 as the Kangxi radical ⼩);
    // NFKC folds those back.
    static QString squeeze(QString text)
    {
        return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
    }

    void kindNamesRoundTrip()
    {
        for (const QString& name : ReportDocument::kindNames()) {
            ReportDocument::Kind kind;
            QVERIFY(ReportDocument::kindFromName(name, &kind));
            QCOMPARE(ReportDocument::kindName(kind), name);
            QVERIFY(!ReportDocument::kindTitle(kind).isEmpty());
        }
        QVERIFY(!ReportDocument::kindFromName(QStringLiteral("nonsense"), nullptr));
    }

    void overviewPdfCarriesChartsTablesAndChinese_data() { TestDatabase::addTargets(); }
    void overviewPdfCarriesChartsTablesAndChinese()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overview.pdf"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::Overview, thisYear(), file, &error),
                 qPrintable(error));
        qInfo("overview PDF written in %lld ms", timer.elapsed());
        if (!qEnvironmentVariableIsEmpty("DESKCRM_SHOT_DIR"))
            QFile::copy(
                file,
                QDir(qEnvironmentVariable("DESKCRM_SHOT_DIR")).filePath(QStringLiteral("overview-%1.pdf").arg(target)));

        const QString text = pdfText(file);
        const QString flat = squeeze(text);
        QVERIFY2(text.contains(QStringLiteral("Business overview")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Sales funnel")));
        QVERIFY(text.contains(QStringLiteral("Team performance")));
        QVERIFY(text.contains(QStringLiteral("Stage conversion")));
        QVERIFY(text.contains(QStringLiteral("Customer value tiers")));
        QVERIFY2(flat.contains(QStringLiteral("王小明")), qPrintable(text.left(2000))); // CJK embedded, extractable
        QVERIFY(text.contains(QStringLiteral("Alice Smith")));
        // The funnel table's numbers are ReportQueries'.
        ReportQueries queries(*db);
        const auto funnel = queries.funnel(thisYear(), &error);
        QVERIFY(flat.contains(QStringLiteral("Potential%1").arg(funnel.first().count)));
        const int pages = pdfInfo(file, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QVERIFY(pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
        // Running header and page numbers on every page.
        for (int page = 1; page <= pages; ++page) {
            const QString pageText = pdfText(file, page);
            QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(pageText));
            QVERIFY(pageText.contains(QStringLiteral("DeskCRM")));
        }
    }

    // The dashboard's charts and the printed overview in Chinese (issue 20): amounts by 万/亿 (never
    // 千/百万/十亿), axes naming their unit, months as 2026年1月, the header's period in 年月日 with 至, the
    // currency named, probabilities with %, counts named as counts.
    void overviewInChinese_data() { TestDatabase::addTargets(); }
    void overviewInChinese()
    {
        QFETCH(QString, target);
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
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        // A won deal of ¥1,068,887,000 and an open one of ¥394,000,000 this month, as in the review.
        const QString now = SqlValues::utcNow();
        const QDate today = QDate::currentDate();
        const QDate day(today.year(), today.month(), std::min(today.day(), 28));
        const QString sql = QStringLiteral(
            "INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, expected_close, actual_close, "
            "stage_id, probability, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY2(fixture.exec(sql, {Uuid::createV7(), QStringLiteral("年度框架协议"), fixture.chineseCustomer,
                                    qint64(106888700000), SqlValues::date(day), SqlValues::date(day),
                                    DashboardFixture::stage(5), 100, fixture.repA, now, now}),
                 qPrintable(fixture.error));
        QVERIFY2(fixture.exec(sql, {Uuid::createV7(), QStringLiteral("二期扩容"), fixture.chineseCustomer,
                                    qint64(39400000000), SqlValues::date(day), QVariant(QMetaType::fromType<QString>()),
                                    DashboardFixture::stage(3), 60, fixture.repA, now, now}),
                 qPrintable(fixture.error));

        // The dashboard's charts, as the page draws them.
        DashboardData data;
        data.filter = thisYear();
        QVERIFY2(data.load(*db, &error), qPrintable(error));
        std::unique_ptr<QChart> funnel(DashboardCharts::funnel(data));
        QStringList labels;
        for (QAbstractAxis* axis : funnel->axes(Qt::Vertical)) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                labels << categories->categories();
        }
        const QString funnelText = labels.join(QLatin1Char('|'));
        QVERIFY2(funnelText.contains(QStringLiteral("¥3.94亿")), qPrintable(funnelText));
        QVERIFY2(funnelText.contains(QStringLiteral("¥10.69亿")), qPrintable(funnelText));
        std::unique_ptr<QChart> revenue(DashboardCharts::revenue(data));
        QStringList titles;
        for (QAbstractAxis* axis : revenue->axes())
            titles << axis->titleText();
        QVERIFY2(titles.contains(QStringLiteral("金额（亿元）")), qPrintable(titles.join(QLatin1Char('|'))));
        for (const auto& figure : data.keyFigures())
            QVERIFY2(figure.first != QStringLiteral("跟进记录"), "a count is named 跟进次数");

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overview-zh.pdf"));
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::Overview, thisYear(), file, &error),
                 qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("DESKCRM_SHOT_DIR"))
            QFile::copy(file, QDir(qEnvironmentVariable("DESKCRM_SHOT_DIR"))
                                  .filePath(QStringLiteral("overview-zh_CN-%1.pdf").arg(target)));
        const QString flat = squeeze(pdfText(file));
        QVERIFY2(flat.contains(QStringLiteral("经营概览")), qPrintable(flat.left(600)));
        for (const QString& wrong :
             {QStringLiteral("十亿"), QStringLiteral("百万"), QStringLiteral("¥1.1"), QStringLiteral("跟进记录"),
              QStringLiteral("赢单营收"), QStringLiteral("管道金额")})
            QVERIFY2(!flat.contains(wrong), qPrintable(wrong + QStringLiteral(" in ") + flat.left(3000)));
        // Tables: the whole amount (the fixture's own won deals add a few thousand yuan).
        QVERIFY2(QRegularExpression(QStringLiteral("¥1,068,9\\d\\d,\\d{3}\\.00")).match(flat).hasMatch(),
                 qPrintable(flat.left(3000)));
        // (The charts are pictures in the PDF: their labels and axes were checked above, on the same charts.)
        // Header: 统计期间：2026年1月1日至2026年12月31日；币种：人民币（CNY）
        const int year = today.year();
        // (NFKC folds the full-width punctuation; 民 may come out as its radical ⺠, so it is left out.)
        const QString period = QStringLiteral("统计期间:%1年1月1日至%1年12月31日;币种:").arg(year);
        QVERIFY2(flat.contains(period), qPrintable(flat.left(1500)));
        QVERIFY2(flat.contains(QStringLiteral("币(CNY)")), qPrintable(flat.left(1500)));
        QVERIFY(flat.contains(QStringLiteral("月份")));
        QVERIFY2(flat.contains(QStringLiteral("%1年%2月").arg(year).arg(today.month())), qPrintable(flat.left(3000)));
        QVERIFY(flat.contains(QStringLiteral("100%")));
        QVERIFY(flat.contains(QStringLiteral("60%")));
        QVERIFY(flat.contains(QStringLiteral("赢单数")) && flat.contains(QStringLiteral("跟进次数")));
        QVERIFY(flat.contains(QStringLiteral("A类(重点客"))); // 户 may come out as its radical ⼾
        // ISO dates (zero-padded) in the week table's start column.
        QVERIFY2(QRegularExpression(QStringLiteral("第\\d+周%1-\\d{2}-\\d{2}").arg(year)).match(flat).hasMatch(),
                 qPrintable(flat.right(1500)));
    }

    void longTableBreaksAcrossPagesWithItsHeader()
    {
        ReportDocument document;
        document.setCompanyName(QStringLiteral("华东贸易"));
        document.setTitle(QStringLiteral("Long list"));
        document.setPeriod(QStringLiteral("2026"));
        ReportTable table;
        table.title = QStringLiteral("Customers");
        table.headers = {QStringLiteral("Number"), QStringLiteral("Customer"), QStringLiteral("Amount")};
        table.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
        for (int i = 1; i <= 250; ++i)
            table.rows << QStringList{QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("客户 %1 Customer").arg(i), QString::number(i * 100)};
        document.addTable(table);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(document.writePdf(file, ReportDocument::pageLayout(QPageSize::Letter, QPageLayout::Landscape), &error),
                 qPrintable(error));
        const int pages = pdfInfo(file, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(pages, document.pageCount());
        QVERIFY(pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("792 x 612"))); // Letter landscape
        // Every row exactly once, in order, and each page starts with the repeated header row.
        const QString all = pdfText(file);
        int last = -1;
        for (int i = 1; i <= 250; ++i) {
            const QString key = QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'));
            QCOMPARE(all.count(key), 1);
            const int at = all.indexOf(key);
            QVERIFY(at > last);
            last = at;
        }
        for (int page = 2; page <= pages; ++page) {
            const QString pageText = pdfText(file, page);
            QVERIFY2(pageText.contains(QStringLiteral("Number")), qPrintable(pageText.left(300)));
            QVERIFY(squeeze(pageText).contains(QStringLiteral("华东贸易")));
            // No row is split: every row key on the page has its amount on the same line.
            const QStringList lines = pageText.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                const auto match = QRegularExpression(QStringLiteral("R(\\d{3})")).match(line);
                if (match.hasMatch())
                    QVERIFY2(line.contains(QString::number(match.captured(1).toInt() * 100)), qPrintable(line));
            }
        }
    }

    void listsAndCustomerHistory_data() { TestDatabase::addTargets(); }
    void listsAndCustomerHistory()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        QTemporaryDir dir;

        const QString pipeline = dir.filePath(QStringLiteral("pipeline.pdf"));
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::Pipeline, thisYear(), pipeline, &error),
                 qPrintable(error));
        const QString pipelineText = squeeze(pdfText(pipeline));
        QVERIFY2(pipelineText.contains(QStringLiteral("Deal01商机")), qPrintable(pipelineText.left(1000)));
        QVERIFY(pipelineText.contains(QStringLiteral("Deal21商机")));

        // Customer list filtered by owner: only repA's customer.
        ReportFilter byOwner = thisYear();
        byOwner.ownerId = fixture.repA;
        const QString customers = dir.filePath(QStringLiteral("customers.pdf"));
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::Customers, byOwner, customers, &error),
                 qPrintable(error));
        const QString customersText = squeeze(pdfText(customers));
        QVERIFY2(customersText.contains(QStringLiteral("上海华东贸易有限公司")), qPrintable(customersText.left(800)));
        QVERIFY(!customersText.contains(QStringLiteral("AcmeCorporation")));
        // The rep the list is restricted to is named under the title (the lists have no team filter: all teams).
        const QString people = squeeze(ReportBuilder::peopleText(QString(), QStringLiteral("王小明")));
        QVERIFY2(customersText.contains(people), qPrintable(people + QStringLiteral(" in ") + customersText.left(800)));

        const QString history = dir.filePath(QStringLiteral("history.pdf"));
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::CustomerHistory, thisYear(), history, &error,
                                          ReportDocument::defaultPageLayout(), fixture.chineseCustomer),
                 qPrintable(error));
        const QString historyText = squeeze(pdfText(history));
        QVERIFY(historyText.contains(QStringLiteral("上海华东贸易有限公司")));
        for (int i = 1; i <= 6; ++i)
            QVERIFY2(historyText.contains(QStringLiteral("拜访记录%1").arg(i)), qPrintable(historyText.left(1500)));
        QVERIFY(historyText.contains(QStringLiteral("Callback")));

        // An unknown customer is an error, not an empty report.
        QVERIFY(!ReportDocument::writePdf(*db, ReportDocument::Kind::CustomerHistory, thisYear(),
                                          dir.filePath(QStringLiteral("none.pdf")), &error,
                                          ReportDocument::defaultPageLayout(), QStringLiteral("nope")));
        QVERIFY(!error.isEmpty());
    }

    void csvCarriesTheSameFigures_data() { TestDatabase::addTargets(); }
    void csvCarriesTheSameFigures()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        ReportBuilder builder(*db);
        ReportBuilder::Options options;
        options.kind = ReportDocument::Kind::Funnel;
        options.filter = thisYear();
        ReportDocument document;
        QVERIFY2(builder.build(options, &document, &error), qPrintable(error));
        const QString csv = QString::fromUtf8(document.toCsv());
        QVERIFY(document.toCsv().startsWith("\xEF\xBB\xBF"));
        ReportQueries queries(*db);
        for (const auto& stage : queries.funnel(thisYear(), &error))
            QVERIFY2(csv.contains(QStringLiteral("%1,%2,").arg(stage.name).arg(stage.count)), qPrintable(csv));
    }
};

QTEST_MAIN(TestReportDocument)
#include "TestReportDocument.moc"
