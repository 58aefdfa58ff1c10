#include "CliRunner.h"
#include "ContactCardExport.h"
#include "Importer.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "VCardRowSource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace RecordTestHelpers;

// vCard files into the database through the import engine (VCardRowSource + Importer) and through
// `deskcrm-cli import --entity contacts FILE.vcf`: export -> import into a fresh database gives the same contacts
// (SQLite and PostgreSQL), a second import of the same file adds nothing, a broken card refuses the import and
// leaves the database as it was.
class TestVCardImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // name, customer, title, phone, mobile, email, notes of every live contact, sorted.
    static QStringList contacts(const Database& db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT p.name, c.name, p.title, p.phone, p.mobile, p.email, p.notes FROM contacts p "
                               "JOIN customers c ON c.id = p.customer_id WHERE p.deleted_at IS NULL")))
            qWarning("%s", qPrintable(q.lastError().text()));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 7; ++i)
                row << q.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        rows.sort();
        return rows;
    }

    static bool seed(Database& db)
    {
        return RecordWriter::transact(
                   db,
                   [](RecordWriter& w) {
                       WriteResult acme = w.insert(QStringLiteral("customers"),
                                                   {{QStringLiteral("name"), QStringLiteral("Acme; Inc.")}});
                       WriteResult hx = w.insert(QStringLiteral("customers"),
                                                 {{QStringLiteral("name"), QStringLiteral("北京华信科技有限公司")}});
                       if (!acme.ok() || !hx.ok())
                           return acme.ok() ? hx : acme;
                       const QList<QVariantHash> rows{
                           {{QStringLiteral("customer_id"), acme.id},
                            {QStringLiteral("name"), QStringLiteral("Jane Doe")},
                            {QStringLiteral("title"), QStringLiteral("VP, Sales; EMEA")},
                            {QStringLiteral("phone"), QStringLiteral("+14155550199")},
                            {QStringLiteral("mobile"), QStringLiteral("+14155550100")},
                            {QStringLiteral("email"), QStringLiteral("jane@acme.example")},
                            {QStringLiteral("notes"),
                             QStringLiteral("Met at the fair.\nPrefers calls; not e-mail, really \\o/")}},
                           {{QStringLiteral("customer_id"), acme.id},
                            {QStringLiteral("name"), QStringLiteral("Only Name")}},
                           {{QStringLiteral("customer_id"), hx.id},
                            {QStringLiteral("name"), QStringLiteral("张伟")},
                            {QStringLiteral("title"), QStringLiteral("销售总监")},
                            {QStringLiteral("mobile"), QStringLiteral("+8613800138000")},
                            {QStringLiteral("email"), QStringLiteral("zhangwei@huaxin.example.cn")},
                            {QStringLiteral("notes"),
                             QStringLiteral("老客户，2019年起合作。\n年度框架合同每年三月续签。")}},
                       };
                       for (const QVariantHash& values : rows) {
                           const WriteResult r = w.insert(QStringLiteral("contacts"), values);
                           if (!r.ok())
                               return r;
                       }
                       return WriteResult();
                   })
            .ok();
    }

    static ImportSpec vcardSpec()
    {
        ImportSpec spec;
        spec.entity = QStringLiteral("contacts");
        spec.columns = VCardRowSource::importColumns();
        spec.key = QStringLiteral("external_id");
        spec.createMissing = true;
        return spec;
    }

    using Outcome = CliRunner::Run;
    Outcome cli(const QStringList& arguments) const { return CliRunner::run(arguments, m_home.path(), 120000); }

    static QString fixture(const QString& name)
    {
        return qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/vcard/") + name;
    }

private slots:
    void exportImportRoundTrip_data() { TestDatabase::addTargets(); }
    void exportImportRoundTrip()
    {
        QFETCH(QString, target);
        QString error;
        TestDatabase sourceDb(target);
        auto from = sourceDb.open(&error);
        QVERIFY2(from, qPrintable(error));
        QVERIFY(seed(*from));
        const QStringList expected = contacts(*from);
        QCOMPARE(expected.size(), 3);

        for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            ContactCardExport::Options options;
            options.version = version;
            QCOMPARE(ContactCardExport::write(*from, options, file, &error), 3);
            file.close();

            TestDatabase targetDb(target);
            auto to = targetDb.open(&error);
            QVERIFY2(to, qPrintable(error));
            for (int pass = 0; pass < 2; ++pass) {
                VCardRowSource source(path);
                Importer importer(*to);
                importer.addFile(vcardSpec(), &source);
                const ImportReport report = importer.run(Importer::Accept::AllRows);
                QVERIFY2(report.ok(), qPrintable(report.fatal + QString::fromUtf8(report.problemsCsv())));
                QVERIFY(report.written);
                QCOMPARE(report.read, 3);
                // The second import of the same file finds every contact by its UID: nothing added.
                QCOMPARE(report.inserted, pass == 0 ? 3 : 0);
                QCOMPARE(report.unchanged, pass == 0 ? 0 : 3);
                QCOMPARE(contacts(*to), expected);
            }
            // Each contact remembers where it came from: the exported contact's id.
            QCOMPARE(count(*to, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE external_id IS NOT NULL")), 3);
            QSqlQuery ids(from->connection());
            QVERIFY(ids.exec(QStringLiteral("SELECT id, name FROM contacts")));
            while (ids.next())
                QCOMPARE(scalar(*to, QStringLiteral("SELECT name FROM contacts WHERE external_id = ?"),
                                {ids.value(0).toString()})
                             .toString(),
                         ids.value(1).toString());
            QCOMPARE(count(*to, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        }
    }

    void brokenCardRefusesTheImport_data() { TestDatabase::addTargets(); }
    void brokenCardRefusesTheImport()
    {
        QFETCH(QString, target);
        QString error;
        TestDatabase tdb(target);
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        VCardRowSource source(fixture(QStringLiteral("several-broken.vcf")));
        Importer importer(*db);
        importer.addFile(vcardSpec(), &source);
        ImportReport report = importer.run(Importer::Accept::AllRows);
        QVERIFY(!report.ok());
        QVERIFY(!report.written);
        QCOMPARE(report.read, 6);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QList<qint64> lines;
        for (const ImportProblem& problem : report.problems)
            lines << problem.line;
        for (const qint64 line : {6, 10, 17, 24})
            QVERIFY2(lines.contains(line), qPrintable(QString::fromUtf8(report.problemsCsv())));

        // A file of sound cards then imports whole, each contact under the company its ORG names.
        VCardRowSource outlook(fixture(QStringLiteral("outlook-2.1-gb2312.vcf")));
        Importer second(*db);
        second.addFile(vcardSpec(), &outlook);
        report = second.run(Importer::Accept::AllRows);
        QVERIFY2(report.ok(), qPrintable(QString::fromUtf8(report.problemsCsv())));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT c.name FROM contacts p JOIN customers c ON c.id = p.customer_id "
                                       "WHERE p.name = ?"),
                        {QStringLiteral("张伟")})
                     .toString(),
                 QStringLiteral("北京华信科技有限公司"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT notes FROM contacts"))
                    .toString()
                    .contains(QStringLiteral("Phone (work, fax): (010) 6258-8889")));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("crm.sqlite"));
        // Without --create-missing the companies the cards name are reported, not made: nothing written.
        Outcome o = cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                         QStringLiteral("contacts"), fixture(QStringLiteral("gmail-3.0.vcf"))});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("Acme Corp.")), qPrintable(o.err));
        o = cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                 QStringLiteral("contacts"), QStringLiteral("--create-missing"), QStringLiteral("--format"),
                 QStringLiteral("json"), fixture(QStringLiteral("gmail-3.0.vcf"))});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonObject counts = QJsonDocument::fromJson(o.outBytes).object();
        QCOMPARE(counts.value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("created")).toObject().value(QStringLiteral("customers")).toInt(), 2);
        // Detected by content too: a .txt file holding cards.
        const QString renamed = dir.filePath(QStringLiteral("contacts.txt"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("thunderbird-4.0.vcf")), renamed));
        o = cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                 QStringLiteral("contacts"), QStringLiteral("--create-missing"), renamed});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("contacts.txt: vCard")), qPrintable(o.err));
        // A vCard is contacts, nothing else.
        o = cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                 QStringLiteral("customers"), fixture(QStringLiteral("gmail-3.0.vcf"))});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("--entity contacts")), qPrintable(o.err));
        // A broken card: the row report names its line, exit 1.
        o = cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                 QStringLiteral("contacts"), QStringLiteral("--create-missing"),
                 fixture(QStringLiteral("several-broken.vcf"))});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("line 24: This card has no END:VCARD")), qPrintable(o.err));

        ConnectionSettings settings;
        QString error;
        QVERIFY2(ConnectionSettings::parse(database, &settings, &error), qPrintable(error));
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts")), 4);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT email FROM contacts WHERE name = ?"), {QStringLiteral("Mark Rivera")})
                .toString(),
            QStringLiteral("mark@rivera.example"));
    }
};

QTEST_GUILESS_MAIN(TestVCardImport)
#include "TestVCardImport.moc"
