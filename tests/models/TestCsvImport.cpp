#include "CsvReader.h"
#include "Database.h"
#include "ImportValues.h"
#include "Importer.h"
#include "RecordTestHelpers.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace RecordTestHelpers;
using ImportValues::DateEvidence;
using ImportValues::DateOrder;

namespace {
QByteArray encoded(const QString& text, const char* encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// All records of CSV bytes: cells as text, the problem of each record in problems.
QList<QStringList> readAll(const QByteArray& bytes, CsvReader::Options options = {}, QStringList* problems = nullptr,
                           QString* error = nullptr, QStringList* headers = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    if (!reader.open()) {
        if (error)
            *error = reader.error();
        return rows;
    }
    if (headers)
        *headers = reader.headers();
    SourceRow row;
    while (reader.next(&row)) {
        QStringList cells;
        for (const QVariant& cell : std::as_const(row.cells))
            cells << cell.toString();
        rows << cells;
        if (problems)
            *problems << row.problem;
    }
    if (error)
        *error = reader.error();
    return rows;
}

// A file in a temporary folder, for the engine (which reads files through CsvReader like the CLI).
struct CsvFile
{
    QTemporaryDir dir;
    QString path;
    explicit CsvFile(const QByteArray& bytes, const QString& name = QStringLiteral("import.csv"))
    {
        path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
};

ImportReport importFile(Database& db, const QString& entity, const QByteArray& bytes,
                        const std::function<void(ImportSpec&)>& adjust = {},
                        Importer::Accept accept = Importer::Accept::AllRows)
{
    CsvFile file(bytes);
    CsvReader reader(file.path);
    if (!reader.open()) {
        ImportReport failed;
        failed.fatal = reader.error();
        return failed;
    }
    ImportSpec spec;
    spec.entity = entity;
    if (adjust)
        adjust(spec);
    Importer importer(db);
    importer.addFile(spec, &reader);
    return importer.run(accept);
}

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}
} // namespace

// The import engine (models/transfer): encodings detected, RFC 4180 read as written, values parsed, every entity
// filled from a CSV file in one transaction, malformed files and Cancel leaving the database as it was, re-imports
// matched on a key. Database parts run on SQLite and PostgreSQL.
class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }

    // -- encodings: fixture bytes made here with QStringEncoder
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString chinese =
            QStringLiteral("姓名,城市\n张伟,北京\n王芳,上海\n李娜,广州\n刘洋,深圳\n陈静,杭州\n杨磊,成都\n");
        const QString traditional = QStringLiteral("姓名,城市\n陳大文,臺北\n林美玲,高雄\n黃志明,臺中\n張家豪,新竹\n");
        const QString latin =
            QStringLiteral("Name,City\nJürgen Müller,München\nFrançoise Dupré,Besançon\nSøren Ærø,Århus\n");
        QTest::newRow("GB18030 Chinese names") << encoded(chinese, "GB18030") << QStringLiteral("GB18030");
        QTest::newRow("Big5") << encoded(traditional, "Big5") << QStringLiteral("Big5");
        QTest::newRow("windows-1252") << encoded(latin, "windows-1252") << QStringLiteral("windows-1252");
        QTest::newRow("UTF-8 without BOM") << encoded(chinese, "UTF-8") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM") << encoded(chinese, "UTF-8", true) << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16LE with BOM") << encoded(chinese, "UTF-16LE", true) << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16BE with BOM") << encoded(chinese, "UTF-16BE", true) << QStringLiteral("UTF-16BE");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const TextEncodingGuess guess = TextDecoding::detect(bytes);
        QCOMPARE(guess.name, encoding);
        QCOMPARE(guess.replacements, 0);
        QVERIFY(!guess.binary);

        // Read back through the reader: the same text the fixture was made from.
        QStringList headers;
        QString error;
        const QList<QStringList> rows = readAll(bytes, {}, nullptr, &error, &headers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringDecoder decoder(encoding.toLatin1().constData());
        QString original = decoder.decode(bytes);
        if (original.startsWith(QChar(0xFEFF)))
            original.remove(0, 1);
        const QStringList lines = original.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(headers.join(QLatin1Char(',')), lines.first());
        QCOMPARE(rows.size(), lines.size() - 1);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).join(QLatin1Char(',')), lines.at(i + 1));
    }

    void undecodableBytesAreReported()
    {
        // Forced to UTF-8, Latin-1 bytes become replacement characters: the record says so, never silently.
        const QByteArray bytes = encoded(QStringLiteral("Name\nJürgen\n"), "windows-1252");
        CsvReader::Options options;
        options.encoding = QStringLiteral("utf8");
        QStringList problems;
        const QList<QStringList> rows = readAll(bytes, options, &problems);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("UTF-8")), qPrintable(problems.first()));
    }

    // -- RFC 4180
    void rfc4180()
    {
        const QByteArray bytes = "a,b,c\r\n"
                                 "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                 "\r\n"
                                 "1,,3\n"
                                 "\"\",\"\",\"\"";
        QStringList problems;
        QString error;
        const QList<QStringList> rows = readAll(bytes, {}, &problems, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
        QCOMPARE(rows.at(2), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(problems, (QStringList{QString(), QString(), QString()}));
    }

    void lineNumbersCountQuotedLineBreaks()
    {
        QBuffer buffer;
        buffer.setData("h1,h2\n\"a\nb\nc\",1\nz,2\n");
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        SourceRow row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.line, 2);
        QVERIFY(reader.next(&row));
        QCOMPARE(row.line, 5);
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1;5,2,3\n") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon") << QByteArray("a;b;c\n\"1,5\";2;3\n") << QChar(QLatin1Char(';'));
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1,5\t2\t3\n") << QChar(QLatin1Char('\t'));
    }
    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QBuffer buffer;
        buffer.setData(bytes);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.headers().size(), 3);
    }

    void malformed()
    {
        QString error;
        QStringList problems;
        // An unterminated quote stops reading and names the line it opened on.
        readAll("a,b\n1,2\n3,\"open\n4,5\n", {}, &problems, &error);
        QVERIFY2(error.contains(QStringLiteral("3")), qPrintable(error));

        // Ragged rows are reported, not guessed at.
        error.clear();
        problems.clear();
        const QList<QStringList> rows = readAll("a,b\n1,2\n1,2,3\n1\n", {}, &problems, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows.size(), 3);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY(!problems.at(1).isEmpty());
        QVERIFY(!problems.at(2).isEmpty());

        // A field over the limit (10 MB) is a problem of its record; the next record still reads.
        problems.clear();
        QByteArray huge = "a,b\n1,\"";
        huge.append(QByteArray(10 * 1024 * 1024, 'x'));
        huge.append("\"\n2,3\n");
        const QList<QStringList> big = readAll(huge, {}, &problems, &error);
        QCOMPARE(big.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("longer")), qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).isEmpty());

        // Binary junk: refused at open.
        error.clear();
        QByteArray junk("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
        junk.append(QByteArray(200, '\0'));
        readAll(junk, {}, nullptr, &error);
        QVERIFY(!error.isEmpty());

        // Empty and header-only files: no records, no error.
        error.clear();
        QVERIFY(readAll(QByteArray(), {}, nullptr, &error).isEmpty());
        QVERIFY(error.isEmpty());
        QStringList headers;
        QVERIFY(readAll("name,email\r\n", {}, nullptr, &error, &headers).isEmpty());
        QCOMPARE(headers, (QStringList{QStringLiteral("name"), QStringLiteral("email")}));
    }

    void rewindReadsAgain()
    {
        QBuffer buffer;
        buffer.setData("n\n1\n2\n3\n");
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        SourceRow row;
        int first = 0;
        while (reader.next(&row))
            ++first;
        QVERIFY(reader.rewind());
        int second = 0;
        while (reader.next(&row))
            ++second;
        QCOMPARE(first, 3);
        QCOMPARE(second, 3);
    }

    // -- values
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("plain") << QStringLiteral("1234.5") << true << qint64(123450) << QStringLiteral("CNY");
        QTest::newRow("yen sign, thousands")
            << QStringLiteral("¥1,234,567.89") << true << qint64(123456789) << QStringLiteral("CNY");
        QTest::newRow("full-width yen") << QStringLiteral("￥12,000") << true << qint64(1200000)
                                        << QStringLiteral("CNY");
        QTest::newRow("dollar") << QStringLiteral("$1,234.56") << true << qint64(123456) << QStringLiteral("USD");
        QTest::newRow("US$") << QStringLiteral("US$ 99") << true << qint64(9900) << QStringLiteral("USD");
        QTest::newRow("euro decimal comma")
            << QStringLiteral("1.234,56 €") << true << qint64(123456) << QStringLiteral("EUR");
        QTest::newRow("code after") << QStringLiteral("2 500 USD") << true << qint64(250000) << QStringLiteral("USD");
        QTest::newRow("RMB") << QStringLiteral("RMB 88.8") << true << qint64(8880) << QStringLiteral("CNY");
        QTest::newRow("元") << QStringLiteral("5000元") << true << qint64(500000) << QStringLiteral("CNY");
        QTest::newRow("万") << QStringLiteral("1.5万") << true << qint64(1500000) << QStringLiteral("CNY");
        QTest::newRow("pound") << QStringLiteral("£0.99") << true << qint64(99) << QStringLiteral("GBP");
        QTest::newRow("yen no decimals") << QStringLiteral("JPY 1200") << true << qint64(1200) << QStringLiteral("JPY");
        QTest::newRow("negative") << QStringLiteral("(12.00)") << true << qint64(-1200) << QStringLiteral("CNY");
        QTest::newRow("too precise") << QStringLiteral("1.234") << false << qint64(0) << QString();
        QTest::newRow("text") << QStringLiteral("about 5") << false << qint64(0) << QString();
        QTest::newRow("two decimal marks") << QStringLiteral("1.2.3,4") << false << qint64(0) << QString();
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        qint64 parsed = 0;
        QString code;
        QString error;
        QCOMPARE(ImportValues::parseMoney(text, QStringLiteral("CNY"), &parsed, &code, &error), ok);
        if (ok) {
            QCOMPARE(parsed, minor);
            QCOMPARE(code, currency);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("evidence");
        const int unknown = int(DateOrder::Unknown);
        QTest::newRow("ISO") << QStringLiteral("2024-03-05") << unknown << QDate(2024, 3, 5) << int(DateEvidence::None);
        QTest::newRow("ISO slashes") << QStringLiteral("2024/3/5") << unknown << QDate(2024, 3, 5)
                                     << int(DateEvidence::None);
        QTest::newRow("Chinese") << QStringLiteral("2024年3月5日") << unknown << QDate(2024, 3, 5)
                                 << int(DateEvidence::None);
        QTest::newRow("day first evident")
            << QStringLiteral("25/12/2023") << unknown << QDate(2023, 12, 25) << int(DateEvidence::DayFirst);
        QTest::newRow("month first evident")
            << QStringLiteral("12/25/2023") << unknown << QDate(2023, 12, 25) << int(DateEvidence::MonthFirst);
        QTest::newRow("ambiguous, dmy") << QStringLiteral("05/03/2024") << int(DateOrder::DayFirst) << QDate(2024, 3, 5)
                                        << int(DateEvidence::Ambiguous);
        QTest::newRow("ambiguous, mdy") << QStringLiteral("05/03/2024") << int(DateOrder::MonthFirst)
                                        << QDate(2024, 5, 3) << int(DateEvidence::Ambiguous);
        QTest::newRow("with time") << QStringLiteral("2024-03-05 00:00:00") << unknown << QDate(2024, 3, 5)
                                   << int(DateEvidence::None);
        QTest::newRow("month name") << QStringLiteral("5 Mar 2024") << unknown << QDate(2024, 3, 5)
                                    << int(DateEvidence::None);
        QTest::newRow("not a date") << QStringLiteral("soon") << unknown << QDate() << int(DateEvidence::None);
        QTest::newRow("31 February") << QStringLiteral("2024-02-31") << unknown << QDate() << int(DateEvidence::None);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDate, date);
        QFETCH(int, evidence);
        QDate parsed;
        DateEvidence said = DateEvidence::None;
        QString error;
        const bool ok = ImportValues::parseDate(text, DateOrder(order), &parsed, &said, &error);
        QCOMPARE(ok, date.isValid());
        if (ok) {
            QCOMPARE(parsed, date);
            QCOMPARE(int(said), evidence);
        }
    }

    void dateTimes()
    {
        QDateTime when;
        QVERIFY(ImportValues::parseDateTime(QStringLiteral("2024-03-05T14:30:00+08:00"), DateOrder::Unknown, &when,
                                            nullptr, nullptr));
        QCOMPARE(when, QDateTime(QDate(2024, 3, 5), QTime(6, 30), Qt::UTC));
        QVERIFY(ImportValues::parseDateTime(QStringLiteral("2024年3月5日 09:15"), DateOrder::Unknown, &when, nullptr,
                                            nullptr));
        QCOMPARE(when, QDateTime(QDate(2024, 3, 5), QTime(9, 15), Qt::UTC)); // TZ=UTC
        QVERIFY(!ImportValues::parseDateTime(QStringLiteral("2024-03-05 25:00"), DateOrder::Unknown, &when, nullptr,
                                             nullptr));
    }

    void phonesAndBooleans()
    {
        bool normalised = false;
        QCOMPARE(ImportValues::phone(QStringLiteral("138 1234 5678"), QStringLiteral("CN"), &normalised),
                 QStringLiteral("+8613812345678"));
        QVERIFY(normalised);
        QCOMPARE(ImportValues::phone(QStringLiteral("（010）1234 5678"), QStringLiteral("CN")),
                 QStringLiteral("+861012345678"));
        QCOMPARE(ImportValues::phone(QStringLiteral("+1 (650) 253-0000"), QStringLiteral("CN")),
                 QStringLiteral("+16502530000"));
        QCOMPARE(ImportValues::phone(QStringLiteral(" ext. 12 "), QStringLiteral("CN"), &normalised),
                 QStringLiteral("ext. 12")); // kept as written
        QVERIFY(!normalised);

        for (const QString& yes :
             {QStringLiteral("yes"), QStringLiteral("TRUE"), QStringLiteral("1"), QStringLiteral("是")}) {
            bool value = false;
            QVERIFY(ImportValues::parseBool(yes, &value, nullptr));
            QVERIFY(value);
        }
        for (const QString& no :
             {QStringLiteral("No"), QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("否")}) {
            bool value = true;
            QVERIFY(ImportValues::parseBool(no, &value, nullptr));
            QVERIFY(!value);
        }
        bool value = false;
        QVERIFY(!ImportValues::parseBool(QStringLiteral("maybe"), &value, nullptr));
        qint64 number = 0;
        QVERIFY(ImportValues::parseInteger(QStringLiteral("1,200"), &number, nullptr));
        QCOMPARE(number, 1200);
        QVERIFY(!ImportValues::parseInteger(QStringLiteral("12.5"), &number, nullptr));
    }

    void profileJsonRoundTrip()
    {
        ImportSpec spec;
        spec.entity = QStringLiteral("opportunities");
        spec.file = QStringLiteral("deals.csv");
        spec.columns = {{QStringLiteral("deal_stage"), QStringLiteral("stage")}};
        spec.constants = {{QStringLiteral("lead_source"), QStringLiteral("Website")}};
        spec.values = {{QStringLiteral("stage"), {{QStringLiteral("Engaging"), QStringLiteral("Negotiating")}}}};
        spec.key = QStringLiteral("external_id");
        spec.createMissing = true;
        spec.dateOrder = DateOrder::MonthFirst;
        spec.currency = QStringLiteral("USD");
        spec.delimiter = QLatin1Char('\t');
        ImportProfile profile;
        profile.name = QStringLiteral("test");
        profile.files << spec;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY2(profile.save(path, &error), qPrintable(error));
        ImportProfile loaded;
        QVERIFY2(ImportProfile::load(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.files.size(), 1);
        QCOMPARE(loaded.files.first().toJson(), spec.toJson());
        QCOMPARE(loaded.files.first().delimiter, QChar(QLatin1Char('\t')));

        QJsonObject wrong = spec.toJson();
        wrong.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("x"), QStringLiteral("no_such_field")}});
        QVERIFY(!ImportProfile::fromJson(wrong, &loaded, &error));
        QVERIFY(error.contains(QStringLiteral("no_such_field")));
    }

    void headersMapInEnglishAndChinese()
    {
        ImportSpec spec;
        spec.entity = QStringLiteral("customers");
        const QMap<QString, QString> mapped =
            spec.effectiveColumns({QStringLiteral("名称"), QStringLiteral("邮箱"), QStringLiteral("电话"),
                                   QStringLiteral("City"), QStringLiteral("E-mail"), QStringLiteral("whatever")});
        QCOMPARE(mapped.value(QStringLiteral("名称")), QStringLiteral("name"));
        QCOMPARE(mapped.value(QStringLiteral("邮箱")), QStringLiteral("email"));
        QCOMPARE(mapped.value(QStringLiteral("电话")), QStringLiteral("phone"));
        QCOMPARE(mapped.value(QStringLiteral("City")), QStringLiteral("city"));
        QVERIFY(!mapped.contains(QStringLiteral("E-mail"))); // email is taken by 邮箱
        QVERIFY(!mapped.contains(QStringLiteral("whatever")));
    }

    // -- the engine on a database
    void everyEntity_data() { TestDatabase::addTargets(); }
    void everyEntity()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        auto expectOk = [](const ImportReport& report) {
            QVERIFY2(
                report.ok() && report.written,
                qPrintable(report.fatal + (report.problems.isEmpty() ? QString() : report.problems.first().problem)));
        };
        expectOk(importFile(*db, QStringLiteral("teams"), utf8("Name,Parent team\nEast,\nShanghai office,East\n")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM teams t JOIN teams p ON t.parent_id = p.id "
                                           "WHERE t.name = 'Shanghai office' AND p.name = 'East'")),
                 1);
        expectOk(importFile(*db, QStringLiteral("users"),
                            utf8("用户名,姓名,邮箱,角色,团队\nzhangwei,张伟,zw@example.cn,主管,Shanghai office\n"
                                 "lina,李娜,,销售,East\n")));
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM users u JOIN teams t ON u.team_id = t.id "
                                "WHERE u.username = 'zhangwei' AND u.role = 'lead' AND t.name = 'Shanghai office'")),
                 1);
        expectOk(importFile(*db, QStringLiteral("products"),
                            utf8("Product,Series,Sales price\nGTX Pro,GTX,\"$4,821\"\nMG Special,MG,$55\n"),
                            [](ImportSpec& s) { s.currency = QStringLiteral("USD"); }));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT price_minor FROM products WHERE name = 'GTX Pro'")).toLongLong(),
                 482100);
        expectOk(importFile(*db, QStringLiteral("customers"),
                            utf8("名称,行业,负责人,年收入,成立年份,上级公司\n"
                                 "华为技术,Technology,张伟,\"¥1,000,000.00\",1987,\n"
                                 "华为上海,technology,zhangwei,,2001,华为技术\n")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers c JOIN customers p ON c.parent_id = p.id "
                                           "JOIN users u ON c.owner_id = u.id WHERE c.name = '华为上海' "
                                           "AND u.username = 'zhangwei' AND c.industry_id = 1")),
                 1);
        expectOk(importFile(*db, QStringLiteral("contacts"),
                            utf8("Customer,Name,Mobile,Primary\n华为技术,王芳,13812345678,是\n"),
                            [](ImportSpec& s) { s.phoneRegion = QStringLiteral("CN"); }));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT mobile FROM contacts WHERE name = '王芳'")).toString(),
                 QStringLiteral("+8613812345678"));
        expectOk(importFile(
            *db, QStringLiteral("opportunities"),
            utf8("Deal,Account,Product,Deal stage,Close value,Engage date,Close date\n"
                 "D1,华为技术,GTXPro,Won,\"1,054\",2016-10-20,2017-03-01\n"
                 "D2,,mg special,Engaging,,2017-01-02,\n"),
            [](ImportSpec& s) {
                s.currency = QStringLiteral("USD");
                s.columns = {{QStringLiteral("Deal"), QStringLiteral("name")},
                             {QStringLiteral("Account"), QStringLiteral("customer")},
                             {QStringLiteral("Product"), QStringLiteral("product")},
                             {QStringLiteral("Deal stage"), QStringLiteral("stage")},
                             {QStringLiteral("Close value"), QStringLiteral("amount")},
                             {QStringLiteral("Engage date"), QStringLiteral("engaged_on")},
                             {QStringLiteral("Close date"), QStringLiteral("actual_close")}};
                s.values = {{QStringLiteral("stage"), {{QStringLiteral("Engaging"), QStringLiteral("Negotiating")}}}};
            }));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN pipeline_stages s ON "
                                           "o.stage_id = s.id JOIN products p ON o.product_id = p.id WHERE o.name = "
                                           "'D1' AND s.is_won AND o.amount_minor = 105400 AND o.currency = 'USD' "
                                           "AND p.name = 'GTX Pro' AND o.probability = 100")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN pipeline_stages s ON "
                                           "o.stage_id = s.id WHERE o.name = 'D2' AND o.customer_id IS NULL AND "
                                           "s.name = 'Negotiating'")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history h JOIN opportunities o ON "
                                           "h.opportunity_id = o.id WHERE o.name IN ('D1', 'D2')")),
                 2);
        expectOk(
            importFile(*db, QStringLiteral("interactions"),
                       utf8("客户,联系人,日期,方式,主题,跟进人\n华为技术,王芳,2024-03-05 10:00,Phone,回访,李娜\n")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN contacts c ON i.contact_id = "
                                           "c.id WHERE i.subject = '回访' AND c.name = '王芳' AND i.channel_id = 1")),
                 1);
        expectOk(importFile(*db, QStringLiteral("tasks"),
                            utf8("Title,Owner,Due date,Priority,Status,Customer\n"
                                 "Send quote,lina,2024-04-01,高,进行中,华为技术\n")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE title = 'Send quote' AND priority = 2 "
                                           "AND status = 'in_progress' AND due_date IS NOT NULL")),
                 1);
    }

    void referencesCreatedOrReported_data() { TestDatabase::addTargets(); }
    void referencesCreatedOrReported()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QByteArray file = utf8("Customer,Name,Owner\nNew Co,Ann,Nobody\n");
        const ImportReport reported = importFile(*db, QStringLiteral("contacts"), file);
        QVERIFY(!reported.written);
        QCOMPARE(reported.rejected, 1);
        QVERIFY(!reported.problems.isEmpty());
        QCOMPARE(reported.problems.first().value, QStringLiteral("New Co"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);

        const ImportReport created =
            importFile(*db, QStringLiteral("contacts"), utf8("Customer,Name\nNew Co,Ann\nNew Co,Bob\n"),
                       [](ImportSpec& s) { s.createMissing = true; });
        QVERIFY2(created.ok() && created.written, qPrintable(created.fatal));
        QCOMPARE(created.created.value(QStringLiteral("customers")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'New Co'")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 2);
    }

    void malformedFilesWriteNothing_data() { TestDatabase::addTargets(); }
    void malformedFilesWriteNothing()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(importFile(*db, QStringLiteral("customers"), utf8("Name\nKept\n")).written);
        const int before = count(*db, QStringLiteral("SELECT COUNT(*) FROM customers"));

        QByteArray huge = "Name,Notes\nA,\"";
        huge.append(QByteArray(10 * 1024 * 1024, 'x'));
        huge.append("\"\nB,ok\n");
        QByteArray junk("Name\nA\n", 7);
        junk.append(QByteArray("\x00\x01\x02\xff", 4));
        junk.append("\n");
        const QList<QPair<const char*, QByteArray>> files = {
            {"unterminated quote", "Name,Notes\nA,ok\nB,\"never closed\n"},
            {"ragged rows", "Name,Notes\nA,ok\nB\nC,1,2\n"},
            {"10 MB field", huge},
            {"binary junk", junk},
            {"empty file", QByteArray()},
            {"headers only", "Name,Notes\r\n"},
            {"bad e-mail", "Name,E-mail\nA,a@example.com\nB,b@\n"},
            {"missing name", "Name,City\nA,X\n,Y\n"},
        };
        for (const auto& [what, bytes] : files) {
            const ImportReport report = importFile(*db, QStringLiteral("customers"), bytes);
            QVERIFY2(!report.written, what);
            QVERIFY2(!report.ok(), what);
            QVERIFY2(!report.fatal.isEmpty() || !report.problems.isEmpty(), what);
            QVERIFY2(!report.problemsCsv().isEmpty(), what);
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), before);
        }
        // With good rows only, the good ones go in and the report names the bad one.
        const ImportReport good =
            importFile(*db, QStringLiteral("customers"), utf8("Name,E-mail\nA,a@example.com\nB,b@\n"), {},
                       Importer::Accept::GoodRowsOnly);
        QVERIFY(good.written);
        QCOMPARE(good.inserted, 1);
        QCOMPARE(good.rejected, 1);
        QCOMPARE(good.problems.first().line, 3);
        QCOMPARE(good.problems.first().column, QStringLiteral("E-mail"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), before + 1);
    }

    void ambiguousDatesAreReported_data() { TestDatabase::addTargets(); }
    void ambiguousDatesAreReported()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QByteArray file = utf8("Title,Due date\nA,05/03/2024\nB,04/02/2024\n");
        const ImportReport asked = importFile(*db, QStringLiteral("tasks"), file);
        QVERIFY(!asked.written);
        QVERIFY2(asked.fatal.contains(QStringLiteral("05/03/2024")), qPrintable(asked.fatal));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM tasks")), 0);

        QVERIFY(importFile(*db, QStringLiteral("tasks"), file, [](ImportSpec& s) {
                    s.dateOrder = DateOrder::MonthFirst;
                }).written);
        QCOMPARE(SqlValues::toDate(scalar(*db, QStringLiteral("SELECT due_date FROM tasks WHERE title = 'A'"))),
                 QDate(2024, 5, 3));
        // One date that can only be day first decides the column.
        QVERIFY(importFile(*db, QStringLiteral("tasks"), utf8("Title,Due date\nC,05/03/2024\nD,25/02/2024\n")).written);
        QCOMPARE(SqlValues::toDate(scalar(*db, QStringLiteral("SELECT due_date FROM tasks WHERE title = 'C'"))),
                 QDate(2024, 3, 5));
        // Mixed orders cannot both be right.
        const ImportReport mixed =
            importFile(*db, QStringLiteral("tasks"), utf8("Title,Due date\nE,13/01/2024\nF,01/13/2024\n"));
        QVERIFY(!mixed.written);
        QVERIFY(!mixed.fatal.isEmpty());
    }

    void reimportUpdatesInsteadOfDuplicating_data() { TestDatabase::addTargets(); }
    void reimportUpdatesInsteadOfDuplicating()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QByteArray first = utf8("External ID,Name,E-mail,City\nX1,Alpha,a@example.com,Beijing\n"
                                      "X2,Beta,b@example.com,Shanghai\n");
        auto byExternalId = [](ImportSpec& s) { s.key = QStringLiteral("external_id"); };
        ImportReport report = importFile(*db, QStringLiteral("customers"), first, byExternalId);
        QCOMPARE(report.inserted, 2);
        report = importFile(*db, QStringLiteral("customers"), first, byExternalId);
        QVERIFY(report.written);
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.unchanged, 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);

        report = importFile(*db, QStringLiteral("customers"),
                            utf8("External ID,Name,City\nX1,Alpha,Guangzhou\nX3,Gamma,Wuhan\n"), byExternalId);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = 'X1' AND city = "
                                           "'Guangzhou' AND version = 2")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 3);

        // By e-mail, from a file without external ids.
        report = importFile(*db, QStringLiteral("customers"), utf8("Name,E-mail,City\nBeta Ltd,b@example.com,Xi'an\n"),
                            [](ImportSpec& s) { s.key = QStringLiteral("email"); });
        QCOMPARE(report.updated, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE email = 'b@example.com' AND name = "
                                           "'Beta Ltd'")),
                 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 3);

        // A key twice in one file is reported, not imported twice.
        report = importFile(*db, QStringLiteral("customers"), utf8("External ID,Name\nX9,A\nX9,B\n"), byExternalId);
        QVERIFY(!report.written);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.problems.first().line, 3);
    }

    void cancelLeavesTheDatabaseUnchanged_data() { TestDatabase::addTargets(); }
    void cancelLeavesTheDatabaseUnchanged()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QByteArray bytes = "Name,City\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Customer " + QByteArray::number(i) + ",City\n";
        CsvFile file(bytes);
        CsvReader reader(file.path);
        QVERIFY(reader.open());
        ImportSpec spec;
        spec.entity = QStringLiteral("customers");
        Importer importer(*db);
        importer.addFile(spec, &reader);
        std::atomic<bool> cancel{false};
        importer.setCancel(&cancel);
        qint64 writtenWhenCancelled = 0;
        importer.setProgress([&](const Importer::Progress& p) {
            if (p.pass == 2 && p.rows >= 2000 && !cancel) {
                cancel = true;
                writtenWhenCancelled = p.rows;
            }
        });
        const ImportReport report = importer.run(Importer::Accept::AllRows);
        QVERIFY(report.cancelled);
        QVERIFY(!report.written);
        QVERIFY(writtenWhenCancelled >= 2000);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    }

    void largeLoadUsesBulkLoadAndStaysConsistent_data() { TestDatabase::addTargets(); }
    void largeLoadUsesBulkLoadAndStaysConsistent()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QByteArray bytes = "Name,E-mail\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "Bulk " + QByteArray::number(i) + ",b" + QByteArray::number(i) + "@example.com\n";
        CsvFile file(bytes);
        CsvReader reader(file.path);
        QVERIFY(reader.open());
        ImportSpec spec;
        spec.entity = QStringLiteral("customers");
        Importer importer(*db);
        importer.setBulkLoadFrom(1000);
        importer.addFile(spec, &reader);
        const ImportReport report = importer.run(Importer::Accept::AllRows);
        QVERIFY2(report.written, qPrintable(report.fatal));
        QCOMPARE(report.inserted, 3000);
        QVERIFY(report.bulkLoaded); // not silently row by row (an open statement once made SQLite refuse it)
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE email LIKE 'b%@example.com'")), 3000);
        if (db->isSQLite()) {
            // The full-text index, rebuilt once instead of fed row by row, finds imported rows, passes its own check,
            // and its insert trigger is back for the next save.
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH "
                                               "'\"Bulk 2999\"'")),
                     1);
            QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                                              "'customers_fts_ai'")) == 1);
            QSqlQuery check(db->connection());
            QVERIFY2(check.exec(QStringLiteral(
                         "INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
