#include "Clock.h"
#include "CsvWriter.h"
#include "Database.h"
#include "ListExporter.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "XlsxSheetWriter.h"
#include "ZipMember.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <libical/ical.h>

// Exports of the record lists on both backends, read back byte by byte: CSV (BOM, RFC 4180 quoting, CRLF,
// GB18030), the list's filter, sort and column order, formula injection, XLSX parts (inline strings, typed date
// and money cells and their styles, the frozen header, the autofilter), iCalendar parsed back with libical, and
// the export_log row each export leaves (none for a cancelled or refused one).
class TestListExporter : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        std::unique_ptr<ManualClock> clock;
        std::unique_ptr<TestDatabase> tdb;
        std::unique_ptr<Database> db;
        QTemporaryDir dir;
        QString me;
        QString other;
        QHash<QString, QString> ids; // name/title/subject -> id
    };

    static QDateTime stamp() { return QDateTime(QDate(2025, 6, 1), QTime(8, 30), Qt::UTC); }

    static QString insert(RecordWriter& writer, const QString& table, const QVariantHash& values)
    {
        const WriteResult r = writer.insert(table, values);
        if (!r.ok())
            qWarning("insert into %s: %s", qPrintable(table), qPrintable(r.message));
        return r.id;
    }

    static std::unique_ptr<Fixture> make(const QString& target)
    {
        auto f = std::make_unique<Fixture>();
        f->clock = std::make_unique<ManualClock>(stamp());
        f->tdb = std::make_unique<TestDatabase>(target);
        if (!f->tdb->isValid()) {
            qWarning("%s", qPrintable(f->tdb->error()));
            return nullptr;
        }
        QString error;
        f->db = f->tdb->open(&error);
        if (!f->db) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        f->db->setClock(f->clock.get());
        f->me = f->db->currentUserId();
        const QString stage = RecordTestHelpers::scalar(
                                  *f->db, QStringLiteral("SELECT id FROM pipeline_stages ORDER BY sort_order LIMIT 1"))
                                  .toString();
        const WriteResult filled = RecordWriter::transact(*f->db, [&](RecordWriter& w) {
            f->other = insert(w, QStringLiteral("users"),
                              {{QStringLiteral("username"), QStringLiteral("li.na")},
                               {QStringLiteral("display_name"), QStringLiteral("李娜")}});
            auto customer = [&](const QString& name, const QVariantHash& more) {
                QVariantHash v = more;
                v.insert(QStringLiteral("name"), name);
                if (!v.contains(QStringLiteral("owner_id")))
                    v.insert(QStringLiteral("owner_id"), f->me);
                f->ids.insert(name, insert(w, QStringLiteral("customers"), v));
            };
            customer(QStringLiteral("Alpha, Ltd."), {{QStringLiteral("company"), QStringLiteral("He said \"hi\"")},
                                                     {QStringLiteral("city"), QStringLiteral("Line1\nLine2")},
                                                     {QStringLiteral("phone"), QStringLiteral("+86 10 8888 0000")},
                                                     {QStringLiteral("status"), QStringLiteral("active")}});
            customer(QStringLiteral("=1+1"), {{QStringLiteral("company"), QStringLiteral("@SUM(A1)")},
                                              {QStringLiteral("city"), QStringLiteral("-2+3")},
                                              {QStringLiteral("phone"), QStringLiteral("-2")},
                                              {QStringLiteral("status"), QStringLiteral("active")}});
            customer(QStringLiteral("张三"), {{QStringLiteral("company"), QStringLiteral("北京张三科技有限公司")},
                                              {QStringLiteral("value_tier"), QStringLiteral("A")},
                                              {QStringLiteral("status"), QStringLiteral("active")}});
            customer(QStringLiteral("Beta"), {{QStringLiteral("status"), QStringLiteral("inactive")}});
            customer(QStringLiteral("Gamma"),
                     {{QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("owner_id"), f->other}});
            for (int i = 1; i <= 7; ++i)
                customer(QStringLiteral("Cust %1").arg(i, 2, 10, QLatin1Char('0')), {});
            customer(QStringLiteral("Deleted"), {{QStringLiteral("status"), QStringLiteral("active")}});
            const WriteResult gone =
                w.softDelete(QStringLiteral("customers"), f->ids.value(QStringLiteral("Deleted")), 1);
            if (!gone.ok())
                return gone;

            const QString alpha = f->ids.value(QStringLiteral("Alpha, Ltd."));
            f->ids.insert(QStringLiteral("Deal A"), insert(w, QStringLiteral("opportunities"),
                                                           {{QStringLiteral("name"), QStringLiteral("Deal A")},
                                                            {QStringLiteral("customer_id"), alpha},
                                                            {QStringLiteral("amount_minor"), 123450},
                                                            {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                            {QStringLiteral("stage_id"), stage},
                                                            {QStringLiteral("probability"), 40},
                                                            {QStringLiteral("expected_close"), QDate(2025, 9, 30)},
                                                            {QStringLiteral("owner_id"), f->me}}));
            f->ids.insert(QStringLiteral("Deal B"), insert(w, QStringLiteral("opportunities"),
                                                           {{QStringLiteral("name"), QStringLiteral("Deal B")},
                                                            {QStringLiteral("customer_id"), alpha},
                                                            {QStringLiteral("amount_minor"), 99900},
                                                            {QStringLiteral("currency"), QStringLiteral("USD")},
                                                            {QStringLiteral("stage_id"), stage},
                                                            {QStringLiteral("probability"), 10},
                                                            {QStringLiteral("owner_id"), f->me}}));

            f->ids.insert(
                QStringLiteral("Call back"),
                insert(w, QStringLiteral("tasks"),
                       {{QStringLiteral("title"), QStringLiteral("Call back")},
                        {QStringLiteral("due_date"), QDate(2025, 3, 10)},
                        {QStringLiteral("priority"), 3},
                        {QStringLiteral("status"), QStringLiteral("todo")},
                        {QStringLiteral("customer_id"), alpha},
                        {QStringLiteral("owner_id"), f->me},
                        {QStringLiteral("notes"), QStringLiteral("Bring the contract; call first")},
                        {QStringLiteral("reminder_at"), QDateTime(QDate(2025, 3, 9), QTime(9, 0), Qt::UTC)}}));
            f->ids.insert(
                QStringLiteral("Send quote"),
                insert(w, QStringLiteral("tasks"),
                       {{QStringLiteral("title"), QStringLiteral("Send quote")},
                        {QStringLiteral("due_date"), QDate(2025, 2, 1)},
                        {QStringLiteral("priority"), 0},
                        {QStringLiteral("status"), QStringLiteral("done")},
                        {QStringLiteral("completed_at"), QDateTime(QDate(2025, 1, 30), QTime(15, 0), Qt::UTC)}}));
            f->ids.insert(QStringLiteral("写周报"),
                          insert(w, QStringLiteral("tasks"),
                                 {{QStringLiteral("title"), QStringLiteral("写周报")},
                                  {QStringLiteral("priority"), 1},
                                  {QStringLiteral("status"), QStringLiteral("in_progress")}}));

            f->ids.insert(QStringLiteral("Visit"),
                          insert(w, QStringLiteral("interactions"),
                                 {{QStringLiteral("customer_id"), alpha},
                                  {QStringLiteral("occurred_at"), QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC)},
                                  {QStringLiteral("subject"), QStringLiteral("Visit")},
                                  {QStringLiteral("content"), QStringLiteral("Met the buyer")},
                                  {QStringLiteral("next_follow_up"), QDate(2025, 4, 1)},
                                  {QStringLiteral("author_id"), f->me}}));
            f->ids.insert(QStringLiteral("Mail"),
                          insert(w, QStringLiteral("interactions"),
                                 {{QStringLiteral("customer_id"), alpha},
                                  {QStringLiteral("occurred_at"), QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC)},
                                  {QStringLiteral("subject"), QStringLiteral("Mail")},
                                  {QStringLiteral("author_id"), f->me}}));
            WriteResult ok;
            return ok;
        });
        if (!filled.ok()) {
            qWarning("fill: %s", qPrintable(filled.message));
            return nullptr;
        }
        return f;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static ListExporter::Result exportList(Database& db, const ListExporter::Request& request, int pageRows = 1000)
    {
        ListExporter exporter(db);
        exporter.setPageRows(pageRows);
        return exporter.run(request);
    }

    static ListExporter::Request request(const QString& entity, ListExporter::Format format, const QString& file,
                                         const QStringList& columns = {})
    {
        ListExporter::Request r;
        r.entity = entity;
        r.format = format;
        r.fileName = file;
        r.columns = columns;
        return r;
    }

    // The cells of a worksheet: reference ("D2") -> style index, type and value (inline text or <v>).
    struct Cell
    {
        int style = 0;
        QString type;
        QString value;
        bool formula = false;
    };
    static QHash<QString, Cell> cells(const QByteArray& sheetXml)
    {
        QHash<QString, Cell> result;
        QXmlStreamReader xml(sheetXml);
        QString ref;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                Cell c;
                c.style = xml.attributes().value(QLatin1String("s")).toInt();
                c.type = xml.attributes().value(QLatin1String("t")).toString();
                result.insert(ref, c);
            } else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
                result[ref].value = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
                result[ref].formula = true;
            }
        }
        return result;
    }

    // styles.xml: the number format code of each cell style (cellXfs index), and whether its font is bold.
    struct Style
    {
        QString numberFormat;
        bool bold = false;
    };
    static QVector<Style> styles(const QByteArray& stylesXml)
    {
        QHash<int, QString> formats;
        QVector<bool> boldFonts;
        QVector<Style> result;
        QXmlStreamReader xml(stylesXml);
        QString section;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("fonts") || name == QLatin1String("cellXfs") ||
                name == QLatin1String("cellStyleXfs"))
                section = name.toString();
            else if (name == QLatin1String("numFmt"))
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (name == QLatin1String("font") && section == QLatin1String("fonts"))
                boldFonts.append(false);
            else if (name == QLatin1String("b") && section == QLatin1String("fonts") && !boldFonts.isEmpty())
                boldFonts.last() = true;
            else if (name == QLatin1String("xf") && section == QLatin1String("cellXfs")) {
                Style s;
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                s.numberFormat = formats.value(id, id == 0 ? QStringLiteral("General") : QString::number(id));
                s.bold = boldFonts.value(xml.attributes().value(QLatin1String("fontId")).toInt());
                result.append(s);
            }
        }
        return result;
    }

    static double excelSerial(const QDate& day) { return double(QDate(1899, 12, 30).daysTo(day)); }

private slots:
    void csvBytes_data() { TestDatabase::addTargets(); }
    void csvBytes()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QString file = f->dir.filePath(QStringLiteral("customers.csv"));
        auto r = exportList(*f->db, request(QStringLiteral("customer"), ListExporter::Format::Csv, file));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 12); // 13 made, one deleted
        const QByteArray bytes = readFile(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFName,Company,Industry,City,Phone,E-mail,Tier,Status,Owner,Created,"
                                 "Updated\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("Deleted"));
        // Permissions as any saved file gets (the umask's), not the temporary file's owner-only ones.
        QFile plain(f->dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QCOMPARE(QFile::permissions(file), plain.permissions());

        // Quoting, doubled quotes, a line break inside a field, the record's CRLF; the columns as asked for.
        r = exportList(*f->db, request(QStringLiteral("customer"), ListExporter::Format::Csv, file,
                                       {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("city"),
                                        QStringLiteral("phone")}));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = QString::fromUtf8(readFile(file));
        QVERIFY(text.contains(QStringLiteral("\r\n\"Alpha, Ltd.\",\"He said \"\"hi\"\"\",\"Line1\nLine2\","
                                             "'+86 10 8888 0000\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\n张三,北京张三科技有限公司,,\r\n")));
        // Records, not lines: the one line break inside a quoted field is LF, every record ends in CRLF.
        QCOMPARE(text.count(QStringLiteral("\r\n")), 13);
        QCOMPARE(text.count(QLatin1Char('\n')), 14);
    }

    void gb18030OnRequest_data() { TestDatabase::addTargets(); }
    void gb18030OnRequest()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QString file = f->dir.filePath(QStringLiteral("gbk.csv"));
        auto req = request(QStringLiteral("customer"), ListExporter::Format::Csv, file,
                           {QStringLiteral("name"), QStringLiteral("company")});
        req.encoding = QStringLiteral("GB18030");
        req.state.searchText = QStringLiteral("张三");
        const auto r = exportList(*f->db, req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 1);
        const QByteArray bytes = readFile(file);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        // 张 is D5C5 in GB18030 (and GBK): Excel on Chinese Windows reads it without a BOM.
        QVERIFY(bytes.contains("\xD5\xC5\xC8\xFD"));
        QStringDecoder decoder("GB18030");
        const QString decoded = decoder.decode(bytes);
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoded, QStringLiteral("Name,Company\r\n张三,北京张三科技有限公司\r\n"));

        req.encoding = QStringLiteral("no-such-encoding");
        const auto refused = exportList(*f->db, req);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("no-such-encoding")), qPrintable(refused.error));
    }

    void filterSortAndColumnOrder_data() { TestDatabase::addTargets(); }
    void filterSortAndColumnOrder()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        // The list as a user left it: active customers of one owner, name descending.
        RecordListModel model(*f->db, ListSpec::customers());
        model.setBackgroundEnabled(false);
        model.setFilter(QStringLiteral("status"), QStringLiteral("active"));
        model.setFilter(QStringLiteral("owner"), f->me);
        model.sort(0, Qt::DescendingOrder);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data().toString();
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
                 (QSet<QString>{QStringLiteral("Alpha, Ltd."), QStringLiteral("=1+1"), QStringLiteral("张三")}));

        const QString file = f->dir.filePath(QStringLiteral("filtered.csv"));
        auto req = request(QStringLiteral("customer"), ListExporter::Format::Csv, file,
                           {QStringLiteral("status"), QStringLiteral("name")});
        req.state = model.state();
        const auto r = exportList(*f->db, req, 2); // pages of two rows: the seek crosses page boundaries
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(shown.size()));
        QStringList expected{QStringLiteral("Status,Name")};
        for (const QString& name : std::as_const(shown))
            expected << QStringLiteral("Active,") + CsvWriter::quoted(CsvWriter::neutralised(name));
        QCOMPARE(readFile(file),
                 "\xEF\xBB\xBF" + (expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());

        // Page size never changes the file.
        const QString whole = f->dir.filePath(QStringLiteral("whole.csv"));
        req.fileName = whole;
        QVERIFY(exportList(*f->db, req, 1000).ok);
        QCOMPARE(readFile(whole), readFile(file));
    }

    void formulaInjection()
    {
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("+86 10 8888")), QStringLiteral("'+86 10 8888"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("\rcmd")), QStringLiteral("'\rcmd"));
        // Numbers cannot run anything: a negative amount stays a number.
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("-2")), QStringLiteral("-2"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("-1234.56")), QStringLiteral("-1234.56"));
        QCOMPARE(CsvWriter::neutralised(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(CsvWriter::neutralised(QString()), QString());

        // XLSX: text is a string cell, never a formula; a negative amount is a number.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.xlsx"));
        {
            XlsxSheetWriter sheet(file, QStringLiteral("Test"));
            QVERIFY(sheet.writeHeader({QStringLiteral("Text"), QStringLiteral("Money"), QStringLiteral("N")}));
            QVERIFY(sheet.writeText(0, QStringLiteral("=1+1")));
            QVERIFY(sheet.writeMoney(1, -200, QStringLiteral("CNY")));
            QVERIFY(sheet.writeInteger(2, -2));
            QVERIFY(sheet.nextRow());
            QVERIFY(sheet.writeText(0, QStringLiteral("-2+3")));
            QVERIFY(sheet.nextRow());
            QVERIFY2(sheet.close(), qPrintable(sheet.error()));
        }
        const auto c = cells(zipMember(file, "xl/worksheets/sheet1.xml"));
        QCOMPARE(c.value(QStringLiteral("A2")).type, QStringLiteral("inlineStr"));
        QCOMPARE(c.value(QStringLiteral("A2")).value, QStringLiteral("=1+1"));
        QVERIFY(!c.value(QStringLiteral("A2")).formula);
        QCOMPARE(c.value(QStringLiteral("A3")).value, QStringLiteral("-2+3"));
        QCOMPARE(c.value(QStringLiteral("A3")).type, QStringLiteral("inlineStr"));
        QCOMPARE(c.value(QStringLiteral("B2")).type, QString()); // a number
        QCOMPARE(c.value(QStringLiteral("B2")).value.toDouble(), -2.0);
        QCOMPARE(c.value(QStringLiteral("C2")).value, QStringLiteral("-2"));
    }

    void xlsxRowLimit()
    {
        // Excel's 1,048,576 rows: the header and 1,048,575 data rows fit; one more is refused in words.
        QTemporaryDir dir;
        for (const bool oneMore : {false, true}) {
            const QString file = dir.filePath(oneMore ? QStringLiteral("over.xlsx") : QStringLiteral("full.xlsx"));
            XlsxSheetWriter sheet(file, QStringLiteral("Limit"));
            QVERIFY(sheet.writeHeader({QStringLiteral("N")}));
            for (qint64 row = 1; row < XlsxSheetWriter::kMaxRows - 1; ++row)
                QVERIFY(sheet.nextRow());       // empty rows cost nothing
            QVERIFY(sheet.writeInteger(0, 42)); // the last row Excel has
            QVERIFY(sheet.nextRow());
            if (oneMore) {
                QVERIFY(!sheet.writeInteger(0, 43));
                QVERIFY2(sheet.error().contains(QStringLiteral("1048575")), qPrintable(sheet.error()));
            } else {
                QCOMPARE(sheet.dataRows(), XlsxSheetWriter::kMaxRows - 1);
                QVERIFY2(sheet.close(), qPrintable(sheet.error()));
                QVERIFY(zipMember(file, "xl/worksheets/sheet1.xml").contains("<c r=\"A1048576\"><v>42</v></c>"));
            }
        }
    }

    void formulaInjectionInLists_data() { TestDatabase::addTargets(); }
    void formulaInjectionInLists()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QStringList columns{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("city"),
                                  QStringLiteral("phone")};
        const QString csv = f->dir.filePath(QStringLiteral("i.csv"));
        QVERIFY(exportList(*f->db, request(QStringLiteral("customer"), ListExporter::Format::Csv, csv, columns)).ok);
        QVERIFY(QString::fromUtf8(readFile(csv)).contains(QStringLiteral("\r\n'=1+1,'@SUM(A1),'-2+3,-2\r\n")));

        const QString xlsx = f->dir.filePath(QStringLiteral("i.xlsx"));
        const auto r =
            exportList(*f->db, request(QStringLiteral("customer"), ListExporter::Format::Xlsx, xlsx, columns));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray sheet = zipMember(xlsx, "xl/worksheets/sheet1.xml");
        QVERIFY(!sheet.isEmpty());
        QVERIFY(!sheet.contains("<f>"));
        bool found = false;
        for (const Cell& cell : cells(sheet))
            if (cell.value == QLatin1String("=1+1") || cell.value == QLatin1String("@SUM(A1)")) {
                QCOMPARE(cell.type, QStringLiteral("inlineStr"));
                found = true;
            }
        QVERIFY(found);
    }

    void xlsxReadBack_data() { TestDatabase::addTargets(); }
    void xlsxReadBack()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QString file = f->dir.filePath(QStringLiteral("deals.xlsx"));
        auto req = request(QStringLiteral("opportunity"), ListExporter::Format::Xlsx, file,
                           {QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("close"),
                            QStringLiteral("probability"), QStringLiteral("customer"), QStringLiteral("updated")});
        req.state.sortColumn = ListSpec::opportunities().columnIndex(QStringLiteral("name"));
        const auto r = exportList(*f->db, req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 2);
        const QByteArray sheet = zipMember(file, "xl/worksheets/sheet1.xml");
        const auto style = styles(zipMember(file, "xl/styles.xml"));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(!style.isEmpty());
        QVERIFY2(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
                 sheet.left(800).constData());
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:F3\"/>"));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(zipMember(file, "xl/workbook.xml").contains("name=\"Opportunities\""));

        const auto c = cells(sheet);
        QCOMPARE(c.value(QStringLiteral("A1")).value, QStringLiteral("Name"));
        QVERIFY(style.value(c.value(QStringLiteral("A1")).style).bold);
        QCOMPARE(c.value(QStringLiteral("A2")).value, QStringLiteral("Deal A"));
        // Money: a number in major units with the currency's format.
        QCOMPARE(c.value(QStringLiteral("B2")).value.toDouble(), 1234.5);
        QCOMPARE(style.value(c.value(QStringLiteral("B2")).style).numberFormat,
                 XlsxSheetWriter::moneyFormat(QStringLiteral("CNY")));
        QVERIFY(XlsxSheetWriter::moneyFormat(QStringLiteral("CNY")).contains(QStringLiteral("¥")));
        QCOMPARE(c.value(QStringLiteral("B3")).value.toDouble(), 999.0);
        QCOMPARE(style.value(c.value(QStringLiteral("B3")).style).numberFormat,
                 XlsxSheetWriter::moneyFormat(QStringLiteral("USD")));
        // A date: Excel's day number with a date format; none for Deal B.
        QCOMPARE(c.value(QStringLiteral("C2")).value.toDouble(), excelSerial(QDate(2025, 9, 30)));
        QCOMPARE(style.value(c.value(QStringLiteral("C2")).style).numberFormat, QStringLiteral("yyyy-mm-dd"));
        QVERIFY(!c.contains(QStringLiteral("C3")));
        QCOMPARE(c.value(QStringLiteral("D2")).value, QStringLiteral("40"));
        QCOMPARE(c.value(QStringLiteral("E2")).value, QStringLiteral("Alpha, Ltd."));
        // Updated: a date and time (local) with its format.
        const QDateTime local = stamp().toLocalTime();
        const double serial = excelSerial(local.date()) + QTime(0, 0).msecsTo(local.time()) / 86400000.0;
        QVERIFY(qAbs(c.value(QStringLiteral("F2")).value.toDouble() - serial) < 1e-6);
        QCOMPARE(style.value(c.value(QStringLiteral("F2")).style).numberFormat, QStringLiteral("yyyy-mm-dd hh:mm"));
    }

    void icalendarParsedBack_data() { TestDatabase::addTargets(); }
    void icalendarParsedBack()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QString file = f->dir.filePath(QStringLiteral("tasks.ics"));
        auto r = exportList(*f->db, request(QStringLiteral("task"), ListExporter::Format::ICalendar, file));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 3);
        QByteArray bytes = readFile(file);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        icalcomponent* calendar = icalparser_parse_string(bytes.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT), 3);
        QSet<QString> uids;
        for (icalcomponent* todo = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); todo;
             todo = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT)) {
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(todo));
            uids << uid;
            const icaltimetype dtstamp = icalcomponent_get_dtstamp(todo);
            QCOMPARE(QDateTime::fromSecsSinceEpoch(icaltime_as_timet(dtstamp), Qt::UTC), f->clock->nowUtc());
            if (uid == f->ids.value(QStringLiteral("Call back"))) {
                const icaltimetype due = icalcomponent_get_due(todo);
                QVERIFY(due.is_date);
                QCOMPARE(QDate(due.year, due.month, due.day), QDate(2025, 3, 10));
                QCOMPARE(icalproperty_get_priority(icalcomponent_get_first_property(todo, ICAL_PRIORITY_PROPERTY)), 1);
                QCOMPARE(icalcomponent_get_status(todo), ICAL_STATUS_NEEDSACTION);
                QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(todo)), QStringLiteral("Call back"));
                QVERIFY(QString::fromUtf8(icalcomponent_get_description(todo))
                            .contains(QStringLiteral("Bring the contract; call first")));
                icalcomponent* alarm = icalcomponent_get_first_component(todo, ICAL_VALARM_COMPONENT);
                QVERIFY(alarm);
                const icaltriggertype trigger =
                    icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
                QCOMPARE(QDateTime::fromSecsSinceEpoch(icaltime_as_timet(trigger.time), Qt::UTC),
                         QDateTime(QDate(2025, 3, 9), QTime(9, 0), Qt::UTC));
            } else if (uid == f->ids.value(QStringLiteral("Send quote"))) {
                QCOMPARE(icalcomponent_get_status(todo), ICAL_STATUS_COMPLETED);
                QVERIFY(!icalcomponent_get_first_component(todo, ICAL_VALARM_COMPONENT));
            } else {
                QCOMPARE(icalcomponent_get_status(todo), ICAL_STATUS_INPROCESS);
                QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(todo)), QStringLiteral("写周报"));
                QVERIFY(!icalcomponent_get_first_property(todo, ICAL_DUE_PROPERTY));
            }
        }
        icalcomponent_free(calendar);
        QCOMPARE(uids,
                 (QSet<QString>{f->ids.value(QStringLiteral("Call back")), f->ids.value(QStringLiteral("Send quote")),
                                f->ids.value(QStringLiteral("写周报"))}));

        // The list's filter holds here too.
        auto done = request(QStringLiteral("task"), ListExporter::Format::ICalendar, file);
        done.state.filters.insert(QStringLiteral("status"), QStringLiteral("done"));
        r = exportList(*f->db, done);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 1);

        // Follow-ups: only those with a next follow-up, as all-day events on that day.
        const QString events = f->dir.filePath(QStringLiteral("followups.ics"));
        r = exportList(*f->db, request(QStringLiteral("interaction"), ListExporter::Format::ICalendar, events));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 1);
        bytes = readFile(events);
        calendar = icalparser_parse_string(bytes.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 1);
        icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(event)), f->ids.value(QStringLiteral("Visit")));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QVERIFY(start.is_date);
        QCOMPARE(QDate(start.year, start.month, start.day), QDate(2025, 4, 1));
        const icaltimetype end = icalcomponent_get_dtend(event);
        QCOMPARE(QDate(end.year, end.month, end.day), QDate(2025, 4, 2));
        QVERIFY(QString::fromUtf8(icalcomponent_get_summary(event)).contains(QStringLiteral("Visit")));
        icalcomponent_free(calendar);

        // Other lists have no calendar form.
        const auto refused =
            exportList(*f->db, request(QStringLiteral("customer"), ListExporter::Format::ICalendar, events));
        QVERIFY(!refused.ok);
    }

    void exportLogRow_data() { TestDatabase::addTargets(); }
    void exportLogRow()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        f->clock->set(QDateTime(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC));
        const QString file = f->dir.filePath(QStringLiteral("active.xlsx"));
        auto req = request(QStringLiteral("customer"), ListExporter::Format::Xlsx, file);
        req.state.filters.insert(QStringLiteral("status"), QStringLiteral("active"));
        req.state.searchText = QStringLiteral("Alpha");
        const auto r = exportList(*f->db, req);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 1);
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, user_id, exported_at, entity, format, row_count, filter, "
                                      "destination, created_by FROM export_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), r.logId);
        QCOMPARE(q.value(1).toString(), f->db->currentUserId());
        QCOMPARE(SqlValues::toDateTime(q.value(2)), QDateTime(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(q.value(3).toString(), QStringLiteral("customer"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("xlsx"));
        QCOMPARE(q.value(5).toLongLong(), 1);
        QCOMPARE(q.value(6).toString(), QStringLiteral("search=Alpha; status=active; sort=name asc"));
        QCOMPARE(q.value(7).toString(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(q.value(8).toString(), f->db->currentUserId());
        QVERIFY(!q.next());
    }

    void cancelledOrRefusedLeavesNothing_data() { TestDatabase::addTargets(); }
    void cancelledOrRefusedLeavesNothing()
    {
        QFETCH(QString, target);
        auto f = make(target);
        QVERIFY(f);
        const QString file = f->dir.filePath(QStringLiteral("old.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older file");
        }
        for (const auto format : {ListExporter::Format::Csv, ListExporter::Format::Xlsx}) {
            ListExporter exporter(*f->db);
            exporter.setPageRows(3);
            int calls = 0;
            exporter.setProgress(
                [&calls](qint64 rows) {
                    ++calls;
                    return rows < 5; // cancel at the fifth row
                },
                1);
            const auto r = exporter.run(request(QStringLiteral("customer"), format, file));
            QVERIFY(!r.ok);
            QVERIFY(r.cancelled);
            QCOMPARE(calls, 5);
            QCOMPARE(readFile(file), QByteArray("an older file"));
        }
        // Contacts as vCard: one card per contact of the list, logged like any export.
        const QString cards = f->dir.filePath(QStringLiteral("contacts.vcf"));
        const auto carded = exportList(*f->db, request(QStringLiteral("contact"), ListExporter::Format::VCard, cards));
        QVERIFY2(carded.ok, qPrintable(carded.error));
        QCOMPARE(readFile(cards).count("BEGIN:VCARD"), int(carded.rows));
        // Never over the open database.
        if (f->db->settings().dialect == ConnectionSettings::Dialect::SQLite) {
            const auto over = exportList(
                *f->db, request(QStringLiteral("customer"), ListExporter::Format::Csv, f->db->settings().path));
            QVERIFY(!over.ok);
            QVERIFY(RecordTestHelpers::count(*f->db, QStringLiteral("SELECT COUNT(*) FROM customers")) > 0);
        }
        // Only the vCard export, which succeeded, is logged.
        QCOMPARE(RecordTestHelpers::count(*f->db, QStringLiteral("SELECT COUNT(*) FROM export_log")), 1);
        QCOMPARE(
            RecordTestHelpers::count(*f->db, QStringLiteral("SELECT COUNT(*) FROM export_log WHERE format = 'vcf'")),
            1);
        // No half-written files left beside the destination.
        QCOMPARE(QDir(f->dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestListExporter)
#include "TestListExporter.moc"
