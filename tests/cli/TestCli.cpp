#include "CliRunner.h"
#include "Database.h"
#include "FileAttributes.h"
#include "RecordWriter.h"
#include "SchemaMigrator.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// Drives the built deskcrm-cli binary as a user or a script would: commands, exit codes, help and
// error messages, and the databases it leaves behind (SQLite file and PostgreSQL).
class TestCli : public QObject
{
    Q_OBJECT

    using Outcome = CliRunner::Run;

    QTemporaryDir m_home; // XDG data home: the default database must never be the developer's own

    static QString program() { return CliRunner::program(); }

    Outcome cli(const QStringList& arguments) const { return CliRunner::run(arguments, m_home.path()); }

    static qint64 count(const Database& db, const char* table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static std::unique_ptr<Database> openRaw(const ConnectionSettings& settings, QString* error)
    {
        Database::Options raw;
        raw.migrate = false;
        raw.ensureUser = false;
        return Database::open(settings, raw, error);
    }

// Evaluates its first argument once, then fails with everything the program said.
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
        QVERIFY2(QFile::exists(program()), qPrintable(program() + QStringLiteral(" is missing (DESKCRM_BINARY_DIR)")));
        QVERIFY(m_home.isValid());
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("global") << QStringList{QStringLiteral("--help")}
                                << QStringList{QStringLiteral("--database"), QStringLiteral("--lang"),
                                               QStringLiteral("init"),       QStringLiteral("demo"),
                                               QStringLiteral("check"),      QStringLiteral("backup")};
        QTest::newRow("init") << QStringList{QStringLiteral("init"), QStringLiteral("--help")}
                              << QStringList{QStringLiteral("schema"), QStringLiteral("--database")};
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                              << QStringList{QStringLiteral("--customers"), QStringLiteral("--seed"),
                                             QStringLiteral("--customers-only")};
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("-h")}
                               << QStringList{QStringLiteral("integrity")};
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("--output"), QStringLiteral("--overwrite"),
                                               QStringLiteral("pg_dump")};
        QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("--from"), QStringLiteral("pg_restore")};
        QTest::newRow("duplicates") << QStringList{QStringLiteral("duplicates"), QStringLiteral("--help")}
                                    << QStringList{QStringLiteral("--entity"), QStringLiteral("--format")};
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("--kind"), QStringLiteral("--limit"),
                                               QStringLiteral("--format"), QStringLiteral("TEXT")};
        QTest::newRow("leads") << QStringList{QStringLiteral("leads"), QStringLiteral("--help")}
                               << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                              QStringLiteral("assign")};
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Outcome outcome = cli(arguments);
        VERIFY_OUTCOME(outcome, 0);
        for (const QString& text : expected)
            QVERIFY2(outcome.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + outcome.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
        QTest::newRow("bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers"),
                                                  QStringLiteral("many")}
                                   << QStringLiteral("--customers");
        QTest::newRow("negative count") << QStringList{QStringLiteral("demo"), QStringLiteral("--customers=-3")}
                                        << QStringLiteral("--customers");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("x")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://"),
                                                QStringLiteral("check")}
                                 << QStringLiteral("PostgreSQL URL");
        // Refused before anything is opened or created, naming the forms that work.
        for (const char* wrong : {"mysql://x/y", "postgres:/x", "postgresql:/x", "http://example.com/crm"})
            QTest::newRow(wrong) << QStringList{QStringLiteral("--database"), QLatin1String(wrong),
                                                QStringLiteral("check")}
                                 << QStringLiteral("postgresql://USER@HOST:PORT/DATABASE");
        QTest::newRow("backup without output") << QStringList{QStringLiteral("backup")} << QStringLiteral("--output");
        QTest::newRow("restore without from") << QStringList{QStringLiteral("restore")} << QStringLiteral("--from");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("check"), QStringLiteral("now")}
                                        << QStringLiteral("\"now\"");
        QTest::newRow("leads without assign") << QStringList{QStringLiteral("leads")} << QStringLiteral("leads assign");
        QTest::newRow("leads bad format") << QStringList{QStringLiteral("leads"), QStringLiteral("assign"),
                                                         QStringLiteral("--format"), QStringLiteral("xml")}
                                          << QStringLiteral("--format");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = cli(arguments);
        VERIFY_OUTCOME(outcome, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void initDemoCheckBackup_data()
    {
        TestDatabase::addTargets();
    }
    void initDemoCheckBackup()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        const QString database = tdb.databaseArgument();

        Outcome outcome = cli({QStringLiteral("--database"), database, QStringLiteral("init")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(
            outcome.out.contains(QStringLiteral("Created the schema, version %1").arg(SchemaMigrator::latestVersion())),
            qPrintable(outcome.out));
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("init")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QLatin1String("up to date")), qPrintable(outcome.out));

        // The database may also be named after the command; --lang switches the messages to Chinese.
        outcome = cli({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("30"),
                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--database"), database,
                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.err.contains(QStringLiteral("30 / 30")), qPrintable(outcome.err)); // progress
        QVERIFY2(outcome.out.contains(QStringLiteral("添加 30 个演示客户")), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("每秒")), qPrintable(outcome.out));

        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QLatin1String("No problems found")), qPrintable(outcome.out));

        // Scheduled reports: the dashboard's PDF in the chosen language, from a process without a display.
        QTemporaryDir reports;
        const QString pdf = reports.filePath(QStringLiteral("overview.pdf"));
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("report"), QStringLiteral("--kind"),
                       QStringLiteral("overview"), QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("--output"), pdf, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        VERIFY_OUTCOME(outcome, 0);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        // NFKC: poppler may name a glyph by its Kangxi radical twin (⽃ for 斗).
        const QString text =
            QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(QStringLiteral("经营概览")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("销售漏斗")), qPrintable(text.left(400)));
        // The Chinese glyphs travel with the file: a CJK font is embedded ("emb" column says yes).
        QProcess pdffonts;
        pdffonts.start(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(pdffonts.waitForFinished(30000));
        const QStringList fonts = QString::fromUtf8(pdffonts.readAllStandardOutput()).split(QLatin1Char('\n'));
        const bool cjkEmbedded = std::any_of(fonts.cbegin(), fonts.cend(), [](const QString& line) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            return line.contains(QLatin1String("CJK")) && fields.size() > 4 &&
                   fields.at(fields.size() - 5) == QLatin1String("yes");
        });
        QVERIFY2(cjkEmbedded, qPrintable(fonts.join(QLatin1Char('\n'))));
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("report"), QStringLiteral("--kind"),
                       QStringLiteral("funnel"), QStringLiteral("--format"), QStringLiteral("pdf")});
        VERIFY_OUTCOME(outcome, 2);
        QVERIFY2(outcome.err.contains(QLatin1String("--output")), qPrintable(outcome.err));

        QString error;
        qint64 customers = 0;
        qint64 interactions = 0;
        {
            auto db = openRaw(tdb.settings(), &error);
            QVERIFY2(db, qPrintable(error));
            customers = count(*db, "customers");
            interactions = count(*db, "interactions");
            QCOMPARE(customers, qint64(30));
            QVERIFY(interactions >= 60);
        }

        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("--output"), backup});
        if (target == QLatin1String("postgresql")) {
            VERIFY_OUTCOME(outcome, 1);
            QVERIFY2(outcome.err.contains(QLatin1String("pg_dump")), qPrintable(outcome.err));
            QVERIFY(!QFile::exists(backup));
            return;
        }
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY(QFile::exists(backup));
        QVERIFY(!QFile::exists(backup + QStringLiteral("-wal")));
        {
            ConnectionSettings copy;
            copy.path = backup;
            auto db = openRaw(copy, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(count(*db, "customers"), customers);
            QCOMPARE(count(*db, "interactions"), interactions);
        }
        outcome = cli({QStringLiteral("--database"), backup, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 0);

        // An existing file is kept unless overwriting is asked for.
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("-o"), backup});
        VERIFY_OUTCOME(outcome, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("already exists")), qPrintable(outcome.err));
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("-o"), backup,
                       QStringLiteral("--overwrite")});
        VERIFY_OUTCOME(outcome, 0);
    }

    // `duplicates` lists the groups the finder makes, one JSON object per line for scripts.
    void duplicates_data()
    {
        TestDatabase::addTargets();
    }
    void duplicates()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        QStringList ids;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            RecordWriter writer(*db);
            for (const char* email : {"Sales@Acme.example", "sales@acme.example", "hello@contoso.example"})
                ids << writer
                           .insert(QStringLiteral("customers"),
                                   {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(ids.size())},
                                    {QStringLiteral("email"), QLatin1String(email)}})
                           .id;
            const QString firm = ids.first();
            for (const char* name : {"王伟", "王 伟"})
                writer.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), firm},
                                                           {QStringLiteral("name"), QString::fromUtf8(name)}});
            QVERIFY(writer.commit().ok());
        }
        const QString database = tdb.databaseArgument();
        Outcome outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("duplicates"), QStringLiteral("--entity"),
                 QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")});
        VERIFY_OUTCOME(outcome, 0);
        const QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject group = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(group.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
        QCOMPARE(group.value(QStringLiteral("score")).toInt(), 100);
        QCOMPARE(group.value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("same_email")});
        const QJsonArray records = group.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(0));
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("id")).toString(), ids.at(1));

        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("duplicates"), QStringLiteral("--entity"),
                       QStringLiteral("contacts"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QStringLiteral("名称相同")), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("王 伟")), qPrintable(outcome.out));
        QVERIFY2(outcome.err.contains(QStringLiteral("1")), qPrintable(outcome.err));

        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("duplicates"), QStringLiteral("--entity"),
                       QStringLiteral("tasks")});
        VERIFY_OUTCOME(outcome, 2);
        QVERIFY2(outcome.err.contains(QStringLiteral("--entity")), qPrintable(outcome.err));
    }

    // `demo` makes leads (some unassigned) and rules; `leads assign --dry-run --format json` says who would get each
    // unassigned lead without writing, `leads assign` writes it and logs it, and then nothing is left to assign.
    void leadsAssign_data()
    {
        TestDatabase::addTargets();
    }
    void leadsAssign()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        const QString database = tdb.databaseArgument();
        Outcome outcome = cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                               QStringLiteral("--customers"), QStringLiteral("200")});
        VERIFY_OUTCOME(outcome, 0);
        int unassigned = 0;
        {
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN owner_id IS NULL AND status IN ('new', "
                                          "'contacted', 'qualified') THEN 1 ELSE 0 END) FROM leads")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 50);
            unassigned = q.value(1).toInt();
            QVERIFY2(unassigned > 0, "the demo leaves some leads unassigned");
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM assignment_rules")) && q.next());
            QVERIFY(q.value(0).toInt() >= 3);
        }

        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("leads"), QStringLiteral("assign"),
                       QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        VERIFY_OUTCOME(outcome, 0);
        QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), unassigned);
        QStringList dryOwners;
        for (const QString& line : std::as_const(lines)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(o.contains(QStringLiteral("lead")) && o.contains(QStringLiteral("owner")) &&
                         o.contains(QStringLiteral("rule")),
                     qPrintable(line));
            QVERIFY2(!o.value(QStringLiteral("lead")).toString().isEmpty(), qPrintable(line));
            // The demo's catch-all rule gives every lead an owner.
            QVERIFY2(o.value(QStringLiteral("owner")).toString().startsWith(QStringLiteral("demo.")), qPrintable(line));
            QVERIFY2(!o.value(QStringLiteral("rule")).toString().isEmpty(), qPrintable(line));
            dryOwners << o.value(QStringLiteral("owner")).toString();
        }
        {
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id IS NULL AND status IN ('new', "
                                          "'contacted', 'qualified')")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), unassigned); // a dry run writes nothing
        }

        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("leads"), QStringLiteral("assign"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        VERIFY_OUTCOME(outcome, 0);
        lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), unassigned);
        QStringList owners;
        for (const QString& line : std::as_const(lines))
            owners << QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("owner")).toString();
        QCOMPARE(owners, dryOwners); // the dry run said what would happen
        {
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM lead_assignments WHERE rule_id IS NOT NULL")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), unassigned);
        }
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("leads"), QStringLiteral("assign"),
                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
    }

    // deskcrm-cli search: one JSON object per line with kind, id and title, at most --limit, only --kind's kinds;
    // CSV with a header; `check` vouches for the index.
    void search_data()
    {
        TestDatabase::addTargets();
    }
    void search()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        const QString database = tdb.databaseArgument();
        VERIFY_OUTCOME(
            cli({QStringLiteral("--database"), database, QStringLiteral("demo"), QStringLiteral("--customers"),
                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5")}),
            0);
        QString name;
        QString id;
        {
            QString error;
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name, id FROM customers ORDER BY id LIMIT 1")) && q.next());
            name = q.value(0).toString();
            id = q.value(1).toString();
        }

        Outcome outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("search"), name, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("200")});
        VERIFY_OUTCOME(outcome, 0);
        const QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(outcome.said()));
        bool foundIt = false;
        for (const QString& line : lines) {
            QVERIFY2(line.startsWith(QLatin1String("{\"kind\": ")), qPrintable(line));
            QJsonParseError parseError;
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(line));
            QCOMPARE(object.keys(),
                     (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title")}));
            foundIt = foundIt || (object.value(QStringLiteral("kind")).toString() == QLatin1String("customer") &&
                                  object.value(QStringLiteral("id")).toString() == id &&
                                  object.value(QStringLiteral("title")).toString() == name);
        }
        QVERIFY2(foundIt, qPrintable(outcome.out));

        // --limit and --kind; the first character of a Chinese name finds it too.
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("search"), name.left(1),
                       QStringLiteral("--kind"), QStringLiteral("customers,contacts"), QStringLiteral("--limit"),
                       QStringLiteral("3")});
        VERIFY_OUTCOME(outcome, 0);
        const QStringList limited = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!limited.isEmpty() && limited.size() <= 3, qPrintable(outcome.out));
        for (const QString& line : limited) {
            const QString kind =
                QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("kind")).toString();
            QVERIFY2(kind == QLatin1String("customer") || kind == QLatin1String("contact"), qPrintable(line));
        }

        outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("search"), name, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--kind"), QStringLiteral("customer")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.startsWith(QLatin1String("kind,id,title\n")), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("customer,%1,").arg(id)), qPrintable(outcome.out));

        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("search"), name,
                            QStringLiteral("--kind"), QStringLiteral("planets")}),
                       2);
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("search"), name,
                            QStringLiteral("--format"), QStringLiteral("xml")}),
                       2);
        outcome = cli({QStringLiteral("--database"), database, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QLatin1String("search index holds every record")), qPrintable(outcome.out));
    }

    void customersOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/crm.sqlite"));
        const Outcome outcome =
            cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                 QStringLiteral("25"), QStringLiteral("--customers-only")});
        VERIFY_OUTCOME(outcome, 0);
        ConnectionSettings settings;
        settings.path = path;
        QString error;
        auto db = openRaw(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, "customers"), qint64(25));
        QCOMPARE(count(*db, "contacts"), qint64(0));
        QCOMPARE(count(*db, "opportunities"), qint64(0));
    }

    void defaultDatabaseIsTheApplicationsOwn()
    {
        // With no --database the CLI uses the GUI's default file under the data folder.
        const Outcome outcome = cli({QStringLiteral("init")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("DeskCRM/DeskCRM/deskcrm.sqlite"))));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        Outcome outcome = cli({QStringLiteral("--database"), missing, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("does not exist")), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(missing)); // checking must not create it
        outcome = cli({QStringLiteral("--database"), missing, QStringLiteral("backup"), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("b.sqlite"))});
        VERIFY_OUTCOME(outcome, 1);

        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), path, QStringLiteral("init")}), 0);
        outcome = cli({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("no/such/folder/b.sqlite"))});
        VERIFY_OUTCOME(outcome, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("does not exist")), qPrintable(outcome.err));
        outcome = cli({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("-o"), dir.path()});
        VERIFY_OUTCOME(outcome, 1);

        // Not a database at all.
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        outcome = cli({QStringLiteral("--database"), text, QStringLiteral("check")});
        QVERIFY2(outcome.exitCode == 1 || outcome.exitCode == 3, qPrintable(outcome.err + outcome.out));
    }

    void checkRefusesDamagedFilesUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), path, QStringLiteral("init")}), 0);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Outcome outcome = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("is damaged")) &&
                     outcome.err.contains(QLatin1String("deskcrm-cli restore --from")),
                 qPrintable(outcome.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void checkPassesOnReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                            QStringLiteral("5")}),
                       0);
        if (!FileAttributes::setWritable(path, false))
            QSKIP("cannot make the file unwritable here (root without chattr or without CAP_LINUX_IMMUTABLE)");
        struct Unlock
        {
            QString path;
            ~Unlock() { FileAttributes::setWritable(path, true); }
        } unlock{path};
        const Outcome outcome = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QLatin1String("skipped")) && outcome.out.contains(QLatin1String("read-only")),
                 qPrintable(outcome.out));
        // Commands that write say why they cannot.
        const Outcome demo = cli({QStringLiteral("--database"), path, QStringLiteral("demo"),
                                  QStringLiteral("--customers"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode != 0 && (demo.err + demo.out).contains(QLatin1String("read-only")),
                 qPrintable(demo.err + demo.out));
    }

    void newerSchemaIsRefused_data()
    {
        TestDatabase::addTargets();
    }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            DESKCRM_VERIFY_SQL(q,
                               q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                                     "VALUES (99, 'from the future', '2030-01-01T00:00:00Z')")));
        }
        const QString database = tdb.databaseArgument();
        for (const QString& command : {QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("demo")}) {
            const Outcome outcome = cli({QStringLiteral("--database"), database, command});
            VERIFY_OUTCOME(outcome, 3);
            QVERIFY2(outcome.err.contains(QLatin1String("newer DeskCRM")), qPrintable(outcome.err));
        }
        auto db = openRaw(tdb.settings(), &error);
        QVERIFY(!db); // still refused: nothing was changed underneath
    }

    void restoreReplacesTheDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crm.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("12")}),
                       0);
        VERIFY_OUTCOME(
            cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("-o"), backup}), 0);
        ConnectionSettings settings;
        settings.path = database;
        QString error;
        {
            auto db = Database::open(settings, &error);
            QVERIFY2(db, qPrintable(error));
            RecordWriter writer(*db);
            QVERIFY(
                writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Tuesday")}}).ok());
            QVERIFY(writer.commit().ok());
            QCOMPARE(count(*db, "customers"), qint64(13));
        }

        const Outcome outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("restore"), QStringLiteral("--from"), backup});
        VERIFY_OUTCOME(outcome, 0);
        QVERIFY2(outcome.out.contains(QLatin1String("Restored")) && outcome.out.contains(QLatin1String("No problems")),
                 qPrintable(outcome.out));
        const QStringList saved = QDir(dir.path()).entryList({QStringLiteral("crm-before-restore-*.sqlite")});
        QCOMPARE(saved.size(), 1);
        QVERIFY2(outcome.out.contains(saved.first()), qPrintable(outcome.out));
        {
            auto db = openRaw(settings, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(count(*db, "customers"), qint64(12));
            ConnectionSettings previous;
            previous.path = dir.filePath(saved.first());
            auto before = openRaw(previous, &error);
            QVERIFY2(before, qPrintable(error));
            QCOMPARE(count(*before, "customers"), qint64(13));
        }
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("check")}), 0);
    }

    // The case the damage message sends the user to: the database itself cannot be opened any more.
    void restoreReplacesADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crm.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("12")}),
                       0);
        VERIFY_OUTCOME(
            cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("-o"), backup}), 0);
        QFile file(database);
        QVERIFY(file.resize(file.size() / 2));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray damaged = file.readAll();
        file.close();
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("check")}), 1);

        // A bad backup changes nothing.
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        Outcome refused =
            cli({QStringLiteral("--database"), database, QStringLiteral("restore"), QStringLiteral("--from"), empty});
        VERIFY_OUTCOME(refused, 1);
        QVERIFY2(refused.err.contains(QLatin1String("was not changed")), qPrintable(refused.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
        file.close();

        const Outcome outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("restore"), QStringLiteral("--from"), backup});
        VERIFY_OUTCOME(outcome, 0);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("crm-damaged-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(outcome.out.contains(kept.first()) && outcome.out.contains(QLatin1String("No problems")),
                 qPrintable(outcome.out));
        QFile keptFile(dir.filePath(kept.first()));
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), damaged); // kept as it was, for whoever wants to salvage it
        QString error;
        ConnectionSettings settings;
        settings.path = database;
        auto db = openRaw(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, "customers"), qint64(12));
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << 1 << QStringLiteral("does not exist");
        QTest::newRow("not a database") << QStringLiteral("text") << 1 << QStringLiteral("not a DeskCRM database");
        QTest::newRow("damaged") << QStringLiteral("damaged") << 1 << QStringLiteral("damaged");
        QTest::newRow("newer schema") << QStringLiteral("newer") << 3 << QStringLiteral("newer DeskCRM");
    }
    void restoreRefusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crm.sqlite"));
        const QString offered = dir.filePath(QStringLiteral("offered.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), database, QStringLiteral("demo"),
                            QStringLiteral("--customers"), QStringLiteral("5")}),
                       0);
        if (kind == QLatin1String("text")) {
            QFile file(offered);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else if (kind != QLatin1String("missing")) {
            VERIFY_OUTCOME(
                cli({QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("-o"), offered}),
                0);
            if (kind == QLatin1String("damaged")) {
                QFile file(offered);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(file.size() / 3));
            } else {
                ConnectionSettings settings;
                settings.path = offered;
                QString error;
                auto db = openRaw(settings, &error);
                QVERIFY2(db, qPrintable(error));
                QSqlQuery q(db->connection());
                DESKCRM_VERIFY_SQL(
                    q, q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                             "VALUES (99, 'from the future', '2030-01-01T00:00:00Z')")));
            }
        }
        QFile original(database);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        const Outcome outcome =
            cli({QStringLiteral("--database"), database, QStringLiteral("restore"), QStringLiteral("--from"), offered});
        VERIFY_OUTCOME(outcome, exitCode);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QLatin1String("not changed")), qPrintable(outcome.err));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(original.readAll() == before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }

    void restoreOnPostgresPointsToPgRestore()
    {
        // Said before connecting, so no server is needed.
        const Outcome outcome =
            cli({QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/crm"),
                 QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("crm.dump")});
        VERIFY_OUTCOME(outcome, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("pg_restore")) && outcome.err.contains(QLatin1String("check")),
                 qPrintable(outcome.err));
    }

    void checkFindsBrokenReferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        VERIFY_OUTCOME(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                            QStringLiteral("5")}),
                       0);
        {
            ConnectionSettings settings;
            settings.path = path;
            QString error;
            auto db = Database::open(settings, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            DESKCRM_VERIFY_SQL(q,
                               q.exec(QStringLiteral(
                                   "INSERT INTO contacts (id, customer_id, name, created_at, updated_at) VALUES "
                                   "('01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-0000000000ff', "
                                   "'Orphan', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        }
        const Outcome outcome = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
        VERIFY_OUTCOME(outcome, 3);
        QVERIFY2(outcome.out.contains(QLatin1String("PROBLEM")) && outcome.out.contains(QLatin1String("contacts")),
                 qPrintable(outcome.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
