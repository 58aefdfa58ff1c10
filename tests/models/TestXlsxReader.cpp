#include "XlsxReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

#include "XlsxParts.h"

#include <xlsxwriter.h>

// Workbooks made by libxlsxwriter (as Excel writes them: shared strings, styles, dates as styled numbers) and by
// hand (inline strings, error cells, the 1904 date system, phonetic runs, cells without references, a hidden
// first sheet) read back through XlsxReader; damaged and foreign files refused with a clear error.
class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QList<SourceRow> readAll(XlsxReader& reader)
    {
        QList<SourceRow> rows;
        SourceRow row;
        while (reader.next(&row))
            rows << row;
        return rows;
    }

private slots:
    void excelShapedWorkbook()
    {
        const QString file = path(QStringLiteral("customers.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(file).constData());
        lxw_worksheet* first = workbook_add_worksheet(wb, "Customers");
        lxw_worksheet* second = workbook_add_worksheet(wb, "线索");
        lxw_format* isoDate = workbook_add_format(wb);
        format_set_num_format(isoDate, "yyyy-mm-dd");
        lxw_format* builtinDate = workbook_add_format(wb);
        format_set_num_format_index(builtinDate, 14);
        lxw_format* chineseDate = workbook_add_format(wb);
        format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format* stamp = workbook_add_format(wb);
        format_set_num_format(stamp, "yyyy/mm/dd hh:mm");
        lxw_format* clock = workbook_add_format(wb);
        format_set_num_format(clock, "[h]:mm");
        lxw_format* money = workbook_add_format(wb);
        format_set_num_format(money, "[$¥-804]#,##0.00;[Red]-[$¥-804]#,##0.00");
        lxw_format* percent = workbook_add_format(wb);
        format_set_num_format(percent, "0.0%");
        lxw_format* bold = workbook_add_format(wb);
        format_set_bold(bold);

        // Row 1 empty, header on row 2 (with a gap in column D), data from row 3, an empty row 5.
        const char* headers[] = {"Name",     "Signed",    "Revenue",  nullptr, "Active",
                                 "签约日期", "Last call", "Duration", "Share"};
        for (int c = 0; c < 9; ++c) {
            if (headers[c])
                worksheet_write_string(first, 1, lxw_col_t(c), headers[c], bold);
        }
        worksheet_write_string(first, 2, 0, "北京华信科技有限公司", nullptr);
        lxw_datetime signed1 = {2024, 3, 15, 0, 0, 0};
        worksheet_write_datetime(first, 2, 1, &signed1, isoDate);
        worksheet_write_number(first, 2, 2, 1234567.89, money);
        worksheet_write_boolean(first, 2, 4, 1, nullptr);
        lxw_datetime signed2 = {2023, 12, 31, 0, 0, 0};
        worksheet_write_datetime(first, 2, 5, &signed2, chineseDate);
        lxw_datetime call = {2024, 5, 1, 10, 30, 15};
        worksheet_write_datetime(first, 2, 6, &call, stamp);
        worksheet_write_number(first, 2, 7, 0.5625, clock); // 13:30
        worksheet_write_number(first, 2, 8, 0.125, percent);
        // Second data row: gaps (C, F, G empty), a number as text, a built-in date format.
        worksheet_write_string(first, 3, 0, "Acme, \"Inc.\"", nullptr);
        worksheet_write_datetime(first, 3, 1, &signed2, builtinDate);
        worksheet_write_boolean(first, 3, 4, 0, nullptr);
        worksheet_write_string(first, 3, 8, "00123", nullptr);
        worksheet_write_blank(first, 4, 2, money); // formatted but empty: an empty row
        worksheet_write_number(first, 5, 0, 42, nullptr);
        worksheet_write_formula_num(first, 5, 2, "=1+2", nullptr, 3);
        worksheet_write_string(first, 0, 12, "", nullptr);

        worksheet_write_string(second, 0, 0, "线索名称", nullptr);
        worksheet_write_string(second, 0, 1, "电话", nullptr);
        worksheet_write_string(second, 1, 0, "张伟\n销售总监", nullptr);
        worksheet_write_string(second, 1, 1, "13800138000", nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        XlsxReader reader(file);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), (QStringList{"Customers", "线索"}));
        QCOMPARE(reader.sheetName(), QStringLiteral("Customers"));
        QCOMPARE(reader.headers(), (QStringList{"Name", "Signed", "Revenue", "Column D", "Active", "签约日期",
                                                "Last call", "Duration", "Share"}));
        for (int pass = 0; pass < 2; ++pass) {
            const QList<SourceRow> rows = readAll(reader);
            QCOMPARE(reader.error(), QString());
            QCOMPARE(rows.size(), 3);
            const QVariantList& a = rows[0].cells;
            QCOMPARE(rows[0].line, 3);
            QCOMPARE(a.size(), 9);
            QCOMPARE(a[0], QVariant(QStringLiteral("北京华信科技有限公司")));
            QCOMPARE(a[1], QVariant(QDate(2024, 3, 15)));
            QCOMPARE(a[2], QVariant(1234567.89));
            QVERIFY(a[3].isNull());
            QCOMPARE(a[4], QVariant(true));
            QCOMPARE(a[5], QVariant(QDate(2023, 12, 31)));
            QCOMPARE(a[6], QVariant(QDateTime(QDate(2024, 5, 1), QTime(10, 30, 15))));
            QCOMPARE(a[7], QVariant(QTime(13, 30)));
            QCOMPARE(a[8], QVariant(0.125));
            const QVariantList& b = rows[1].cells;
            QCOMPARE(b[0], QVariant(QStringLiteral("Acme, \"Inc.\"")));
            QCOMPARE(b[1], QVariant(QDate(2023, 12, 31)));
            QVERIFY(b[2].isNull());
            QCOMPARE(b[4], QVariant(false));
            QVERIFY(b[5].isNull() && b[6].isNull() && b[7].isNull());
            QCOMPARE(b[8], QVariant(QStringLiteral("00123")));
            QCOMPARE(rows[2].line, 6); // row 5 is empty
            QCOMPARE(rows[2].cells[0], QVariant(42.0));
            QCOMPARE(rows[2].cells[2], QVariant(3.0)); // a formula's cached result
            QCOMPARE(reader.position(), reader.size());
            QVERIFY(reader.rewind());
        }

        XlsxReader leads(file);
        QVERIFY2(leads.open(QStringLiteral("线索")), qPrintable(leads.error()));
        QCOMPARE(leads.headers(), (QStringList{"线索名称", "电话"}));
        QList<SourceRow> rows = readAll(leads);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].cells[0], QVariant(QStringLiteral("张伟\n销售总监")));
        QCOMPARE(rows[0].cells[1], QVariant(QStringLiteral("13800138000")));
        XlsxReader byIndex(file);
        QVERIFY(byIndex.open(1));
        QCOMPARE(byIndex.sheetName(), QStringLiteral("线索"));
        QVERIFY(!byIndex.open(2));
        QCOMPARE(byIndex.error(), QStringLiteral("The workbook has 2 sheet(s); there is no sheet number 3."));
        XlsxReader missing(file);
        QVERIFY(!missing.open(QStringLiteral("Deals")));
        QCOMPARE(missing.error(),
                 QStringLiteral("The workbook has no sheet “Deals”; its sheets are: Customers, 线索."));
    }

    void handMadeWorkbook()
    {
        const QByteArray styles = XlsxParts::handMadeStyles();
        const QByteArray shared = XlsxParts::handMadeSharedStrings();
        const QByteArray hidden = XlsxParts::hiddenSheet();
        // Prefixed elements, cells without references, an inline rich string, an error, an ISO date cell, a
        // bad shared-string index, a value beyond the header's columns.
        const QByteArray sheet = XlsxParts::part3() + XlsxParts::part4() + XlsxParts::part5() + XlsxParts::part6() +
                                 XlsxParts::part7() + XlsxParts::part8() + XlsxParts::part9();
        const QString file = path(QStringLiteral("handmade.xlsx"));
        const QByteArray properties = XlsxParts::date1904();
        const QByteArray hiddenState = XlsxParts::hiddenState();
        QVERIFY(
            XlsxParts::writeZip(file, XlsxParts::handMade(properties, {hidden, sheet}, shared, styles, hiddenState)));
        XlsxReader reader(file);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetName(), QStringLiteral("Sheet2")); // the first visible sheet
        QCOMPARE(reader.headers(), (QStringList{"姓名", "Date", "Amount"}));
        const QList<SourceRow> rows = readAll(reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].cells, (QVariantList{QStringLiteral("田中 浩"), QDate(1904, 1, 1), 1234.5}));
        QCOMPARE(rows[0].problem, QString());
        QCOMPARE(rows[1].cells[0], QVariant(QStringLiteral("Anna Li")));
        QCOMPARE(rows[1].cells[1], QVariant(QDate(1904, 1, 1).addDays(45000)));
        QCOMPARE(rows[1].problem, QStringLiteral("Cell C4 holds the error #DIV/0!."));
        QCOMPARE(rows[2].line, 5);
        QCOMPARE(rows[2].cells[0], QVariant(QStringLiteral("Bob")));
        QCOMPARE(rows[2].cells[1], QVariant(QDate(2024, 2, 29)));
        QCOMPARE(rows[2].problem, QStringLiteral("Cell E5 holds a value, but its column has no header."));
        QCOMPARE(rows[3].line, 9);
        QCOMPARE(rows[3].problem, QStringLiteral("Cell A9 refers to text the workbook does not have."));

        XlsxReader first(file);
        QVERIFY(first.open(0));
        QCOMPARE(first.headers(), QStringList{QStringLiteral("secret")});
    }

    void date1900System()
    {
        // 1900 system: serial 1 is 1900-01-01, 61 is 1900-03-01 (Excel's 29 February 1900 in between).
        const QString file = path(QStringLiteral("dates1900.xlsx"));
        const QByteArray styles = XlsxParts::date1900Styles();
        const QByteArray sheet = XlsxParts::part13() + XlsxParts::part14();
        const QByteArray noStrings = XlsxParts::noSharedStrings();
        QVERIFY(XlsxParts::writeZip(file, XlsxParts::handMade({}, {sheet}, noStrings, styles), 0));
        XlsxReader dates(file);
        QVERIFY2(dates.open(), qPrintable(dates.error()));
        const QList<SourceRow> rows = readAll(dates);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].cells[0], QVariant(QDate(1900, 1, 1)));
        QCOMPARE(rows[1].cells[0], QVariant(QDate(1900, 3, 1)));
        QCOMPARE(rows[2].cells[0], QVariant(QDate(2024, 1, 2))); // rounds to the next midnight
    }

    void damagedAndForeignFiles()
    {
        // Not a zip at all.
        QFile text(path(QStringLiteral("text.xlsx")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Name,Phone\nAnn,123\n");
        text.close();
        XlsxReader notZip(text.fileName());
        QVERIFY(!notZip.open());
        QCOMPARE(notZip.error(), QStringLiteral("This file is not an Excel workbook (.xlsx), or it is damaged: it is "
                                                "not a readable zip archive."));
        // An old .xls (OLE compound file).
        QBuffer xls;
        xls.setData(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        XlsxReader legacy(&xls);
        QVERIFY(!legacy.open());
        QVERIFY(legacy.error().contains(QStringLiteral(".xls")));
        // A zip that is not a workbook.
        const QString other = path(QStringLiteral("other.xlsx"));
        QVERIFY(XlsxParts::writeZip(other, {qMakePair(QStringLiteral("readme.txt"), QByteArray("hello"))}));
        XlsxReader foreign(other);
        QVERIFY(!foreign.open());
        QCOMPARE(foreign.error(),
                 QStringLiteral("This file is not an Excel workbook (.xlsx): it has no workbook part."));
        // A workbook cut in half, and one whose sheet XML is broken.
        const QString good = path(QStringLiteral("good.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(good).constData());
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        for (int r = 0; r < 2000; ++r)
            worksheet_write_string(ws, lxw_row_t(r), 0, qPrintable(QStringLiteral("row %1").arg(r)), nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
        QFile whole(good);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QBuffer half;
        half.setData(whole.readAll().left(int(whole.size() / 2)));
        XlsxReader cut(&half);
        QVERIFY(!cut.open());
        QVERIFY2(cut.error().startsWith(QStringLiteral("This file is not an Excel workbook (.xlsx), or it is damaged")),
                 qPrintable(cut.error()));
        const QString broken = path(QStringLiteral("broken.xlsx"));
        const QByteArray sheet = XlsxParts::brokenSheet();
        QVERIFY(XlsxParts::writeZip(broken, XlsxParts::handMade({}, {sheet}, "<sst/>", "<styleSheet/>")));
        XlsxReader bad(broken);
        QVERIFY2(bad.open(), qPrintable(bad.error()));
        SourceRow row;
        QVERIFY(bad.next(&row));
        QVERIFY(!bad.next(&row));
        QVERIFY2(bad.error().startsWith(QStringLiteral("The workbook is damaged (xl/worksheets/sheet1.xml:")),
                 qPrintable(bad.error()));
        // An empty sheet.
        const QString empty = path(QStringLiteral("empty.xlsx"));
        lxw_workbook* ewb = workbook_new(QFile::encodeName(empty).constData());
        workbook_add_worksheet(ewb, "Leer");
        QCOMPARE(int(workbook_close(ewb)), int(LXW_NO_ERROR));
        XlsxReader nothing(empty);
        QVERIFY(!nothing.open());
        QCOMPARE(nothing.error(), QStringLiteral("The sheet “Leer” is empty."));
    }

    void bigSheetStreams()
    {
        const int rows = 100000;
        const QString file = path(QStringLiteral("big.xlsx"));
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        lxw_worksheet* ws = workbook_add_worksheet(wb, "Big");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        const char* header[] = {"Name", "City", "Revenue", "Since", "Active"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
        for (int r = 1; r <= rows; ++r) {
            worksheet_write_string(ws, lxw_row_t(r), 0, qPrintable(QStringLiteral("Customer %1").arg(r)), nullptr);
            worksheet_write_string(ws, lxw_row_t(r), 1, r % 2 ? "上海" : "Beijing", nullptr);
            worksheet_write_number(ws, lxw_row_t(r), 2, r * 10.5, nullptr);
            lxw_datetime since = {2020, 1 + r % 12, 1 + r % 28, 0, 0, 0};
            worksheet_write_datetime(ws, lxw_row_t(r), 3, &since, date);
            worksheet_write_boolean(ws, lxw_row_t(r), 4, r % 3 == 0, nullptr);
        }
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock(); // CPU time: the machine may be shared
        XlsxReader reader(file);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        qint64 count = 0;
        double sum = 0;
        SourceRow row;
        while (reader.next(&row)) {
            ++count;
            sum += row.cells[2].toDouble();
            if (count == rows)
                QCOMPARE(row.cells[3], QVariant(QDate(2020, 1 + rows % 12, 1 + rows % 28)));
        }
        const qint64 ms = timer.elapsed();
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        QCOMPARE(reader.error(), QString());
        QCOMPARE(count, qint64(rows));
        QCOMPARE(sum, 10.5 * rows * (rows + 1) / 2);
        qInfo("%d rows x 5 columns read in %lld ms, %.0f ms CPU (%.0f rows/s of CPU)", rows, ms, cpuMs,
              rows * 1000.0 / std::max(cpuMs, 1.0));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
