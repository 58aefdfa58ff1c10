#include "CliRunner.h"
#include "Database.h"
#include "TestDatabase.h"
#include "ZipMember.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

// `deskcrm-cli export` end to end, as a script runs it: demo data in, every list out in every format it has,
// the files read back, the export_log rows counted, and the usage errors and refusals with their exit codes.
class TestExportCommand : public QObject
{
    Q_OBJECT

    using Outcome = CliRunner::Run;

    QTemporaryDir m_home;

    Outcome cli(const QStringList& arguments) const { return CliRunner::run(arguments, m_home.path()); }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static qint64 scalar(const Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

#define VERIFY_OUTCOME(expression, code)                                                                               \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.exitCode == (code), qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")             \
                                                             .arg(outcome_.exitCode)                                   \
                                                             .arg(outcome_.out, outcome_.err)));                       \
    } while (false)

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::program()),
                 qPrintable(CliRunner::program() + QStringLiteral(" is missing (DESKCRM_BINARY_DIR)")));
        QVERIFY(m_home.isValid());
    }

    void everyListInEveryFormat_data()
    {
        TestDatabase::addTargets();
    }
    void everyListInEveryFormat()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        const QString database = tdb.databaseArgument();
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("40")}),
                       0);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QTemporaryDir dir;

        struct Case
        {
            const char* entity;
            const char* table;
            const char* where; // the rows the list shows
        };
        const Case cases[] = {
            {"customers", "customers", "deleted_at IS NULL"},
            {"contacts", "contacts", "deleted_at IS NULL"},
            {"interactions", "interactions", "deleted_at IS NULL"},
            {"opportunities", "opportunities", "deleted_at IS NULL"},
            {"tasks", "tasks", "deleted_at IS NULL"},
        };
        int exports = 0;
        for (const Case& c : cases) {
            const qint64 rows = scalar(
                *db,
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(QLatin1String(c.table), QLatin1String(c.where)));
            QVERIFY(rows > 0);
            const QString csv = dir.filePath(QLatin1String(c.entity) + QStringLiteral(".csv"));
            const Outcome out = cli({QStringLiteral("--database"), database, QStringLiteral("export"),
                                     QStringLiteral("--entity"), QLatin1String(c.entity), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--output"), csv});
            VERIFY_OUTCOME(out, 0);
            ++exports;
            const QByteArray bytes = readFile(csv);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            // Demo text has no line breaks in list columns: one record per CRLF, the header first.
            QCOMPARE(bytes.count("\r\n"), rows + 1);

            const QString xlsx = dir.filePath(QLatin1String(c.entity) + QStringLiteral(".xlsx"));
            VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("export"),
                                QStringLiteral("--entity"), QLatin1String(c.entity), QStringLiteral("--format"),
                                QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx}),
                           0);
            ++exports;
            const QByteArray sheet = zipMember(xlsx, "xl/worksheets/sheet1.xml");
            QVERIFY(sheet.contains(QStringLiteral("<dimension ref=\"A1:").toUtf8()));
            QCOMPARE(sheet.count("<row r="), rows + 1);
        }

        const QString ics = dir.filePath(QStringLiteral("tasks.ics"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("export"),
                            QStringLiteral("--entity"), QStringLiteral("tasks"), QStringLiteral("--format"),
                            QStringLiteral("ics"), QStringLiteral("--output"), ics}),
                       0);
        ++exports;
        icalcomponent* calendar = icalparser_parse_string(readFile(ics).constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT),
                 int(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE deleted_at IS NULL"))));
        icalcomponent_free(calendar);

        const QString events = dir.filePath(QStringLiteral("followups.ics"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("export"),
                            QStringLiteral("--entity"), QStringLiteral("interactions"), QStringLiteral("--format"),
                            QStringLiteral("ics"), QStringLiteral("--output"), events}),
                       0);
        ++exports;
        calendar = icalparser_parse_string(readFile(events).constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT),
                 int(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE deleted_at IS NULL AND "
                                                "next_follow_up IS NOT NULL"))));
        icalcomponent_free(calendar);

        // GB18030 and the quick filter: only the rows the list's filter finds.
        QSqlQuery first(db->connection());
        QVERIFY(first.exec(QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1")));
        QVERIFY(first.next());
        const QString customer = first.value(0).toString();
        first.finish(); // no read snapshot of SQLite's held while the CLI writes
        const QString gbk = dir.filePath(QStringLiteral("gbk.csv"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("export"),
                            QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--encoding"), QStringLiteral("gb18030"),
                            QStringLiteral("--filter"), customer, QStringLiteral("--output"), gbk}),
                       0);
        ++exports;
        const QByteArray bytes = readFile(gbk);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decoder("GB18030");
        const QString text = decoder.decode(bytes);
        QVERIFY(!decoder.hasError());
        const QStringList records = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(records.size() >= 2);
        QVERIFY(records.size() < 41);
        for (const QString& record : records.mid(1))
            QVERIFY2(record.contains(customer), qPrintable(record));

        // One log row per export, by the user who ran them.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM export_log")), qint64(exports));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM export_log WHERE user_id IS NOT NULL")),
                 qint64(exports));
    }

    void refusals()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY(tdb.isValid());
        const QString database = tdb.databaseArgument();
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("5")}),
                       0);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x"));
        auto exportWith = [&](const QStringList& options) {
            return cli(QStringList{QStringLiteral("--database"), database, QStringLiteral("export")} + options);
        };
        // Usage errors: exit 2, nothing written.
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("widgets"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--output"), file}),
                       2);
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--output"), file}),
                       2);
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("csv")}),
                       2);
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("ics"), QStringLiteral("--output"), file}),
                       2);
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("xlsx"), QStringLiteral("--encoding"), QStringLiteral("gb18030"),
                                   QStringLiteral("--output"), file}),
                       2);
        // vCard is for contacts only.
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("vcf"), QStringLiteral("--output"), file}),
                       2);
        // An unknown encoding, a missing database: exit 1.
        VERIFY_OUTCOME(exportWith({QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--encoding"), QStringLiteral("klingon"),
                                   QStringLiteral("--output"), file}),
                       1);
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), dir.filePath(QStringLiteral("none.sqlite")),
                            QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("customers"),
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), file}),
                       1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM export_log")), 0);
        // Help names the command's options.
        const Outcome help = cli({QStringLiteral("export"), QStringLiteral("--help")});
        VERIFY_OUTCOME(help, 0);
        for (const char* option : {"--entity", "--format", "--output", "--filter", "--encoding"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
