#include "ContactCardExport.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Uuid.h"
#include "VCardRowSource.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace RecordTestHelpers;

// The contacts of a database written as vCard 3.0 and 4.0 (ContactCardExport), on SQLite and PostgreSQL: every
// live contact once, with its customer as ORG and its id as UID; filters and id lists; and the file read back
// through VCardRowSource gives the same contacts.
class TestContactCardExport : public QObject
{
    Q_OBJECT

    struct Seeded
    {
        QString acme, huaxin;
        QStringList contacts; // in the order the export writes them (customer name, name)
        QString deleted;
    };

    static bool seed(Database& db, Seeded* s)
    {
        const WriteResult result = RecordWriter::transact(db, [s](RecordWriter& w) {
            WriteResult r =
                w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme, Inc.")}});
            if (!r.ok())
                return r;
            s->acme = r.id;
            r = w.insert(QStringLiteral("customers"),
                         {{QStringLiteral("name"), QStringLiteral("北京华信科技有限公司")}});
            if (!r.ok())
                return r;
            s->huaxin = r.id;
            const QList<QVariantHash> contacts{
                {{QStringLiteral("customer_id"), s->acme},
                 {QStringLiteral("name"), QStringLiteral("Jane Doe")},
                 {QStringLiteral("title"), QStringLiteral("VP, Sales; EMEA")},
                 {QStringLiteral("phone"), QStringLiteral("+14155550199")},
                 {QStringLiteral("mobile"), QStringLiteral("+14155550100")},
                 {QStringLiteral("email"), QStringLiteral("jane@acme.example")},
                 {QStringLiteral("notes"), QStringLiteral("Met at the fair.\nPrefers calls; not e-mail, really.")}},
                {{QStringLiteral("customer_id"), s->acme}, {QStringLiteral("name"), QStringLiteral("Zed Only-Name")}},
                {{QStringLiteral("customer_id"), s->huaxin},
                 {QStringLiteral("name"), QStringLiteral("张伟")},
                 {QStringLiteral("title"), QStringLiteral("销售总监")},
                 {QStringLiteral("mobile"), QStringLiteral("+8613800138000")},
                 {QStringLiteral("notes"), QStringLiteral("老客户，2019年起合作。")}},
            };
            for (const QVariantHash& values : contacts) {
                r = w.insert(QStringLiteral("contacts"), values);
                if (!r.ok())
                    return r;
                s->contacts << r.id;
            }
            r = w.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), s->acme},
                                                      {QStringLiteral("name"), QStringLiteral("Gone Person")}});
            if (!r.ok())
                return r;
            s->deleted = r.id;
            return w.softDelete(QStringLiteral("contacts"), r.id, 1);
        });
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        return result.ok();
    }

    static QList<SourceRow> readRows(const QByteArray& bytes)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.vcf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        VCardRowSource source(path);
        QList<SourceRow> rows;
        SourceRow row;
        while (source.next(&row))
            rows << row;
        return rows;
    }

private slots:
    void exportAndReadBack_data() { TestDatabase::addTargets(); }
    void exportAndReadBack()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0, 5), Qt::UTC));
        db->setClock(&clock);
        Seeded s;
        QVERIFY(seed(*db, &s));

        for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            ContactCardExport::Options options;
            options.version = version;
            QCOMPARE(ContactCardExport::write(*db, options, out, &error), 3);
            const QByteArray bytes = out.data();
            QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 3);
            QVERIFY(!bytes.contains("Gone Person"));
            QVERIFY(bytes.contains(version == VCardWriter::Version::V3_0 ? "REV:2026-03-02T09:00:05Z\r\n"
                                                                         : "REV:20260302T090005Z\r\n"));

            const QList<SourceRow> rows = readRows(bytes);
            QCOMPARE(rows.size(), 3);
            for (int i = 0; i < rows.size(); ++i) {
                const QVariantList& cells = rows[i].cells;
                QCOMPARE(rows[i].problem, QString());
                QCOMPARE(cells[VCardRowSource::Uid].toString(), s.contacts[i]);
                const QString sql = QStringLiteral("SELECT %1 FROM contacts WHERE id = ?");
                for (const auto column : {VCardRowSource::Name, VCardRowSource::Title, VCardRowSource::WorkPhone,
                                          VCardRowSource::Mobile, VCardRowSource::Email, VCardRowSource::Note}) {
                    const QVariant stored = scalar(*db, sql.arg(VCardRowSource::importField(column)), {s.contacts[i]});
                    QCOMPARE(cells[column].toString(), stored.toString());
                }
                const QString customer = scalar(*db,
                                                QStringLiteral("SELECT c.name FROM contacts p JOIN customers c ON "
                                                               "c.id = p.customer_id WHERE p.id = ?"),
                                                {s.contacts[i]})
                                             .toString();
                QCOMPARE(cells[VCardRowSource::Company].toString(), customer);
            }
        }
    }

    void filtersAndIds_data() { TestDatabase::addTargets(); }
    void filtersAndIds()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Seeded s;
        QVERIFY(seed(*db, &s));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ContactCardExport::Options options;
        options.filters.insert(QStringLiteral("customer"), s.huaxin);
        QCOMPARE(ContactCardExport::write(*db, options, out, &error), 1);
        QVERIFY(out.data().contains("FN:张伟\r\n"));

        out.buffer().clear();
        out.seek(0);
        options.filters.clear();
        options.ids = {s.contacts[1], s.deleted, QStringLiteral("no-such-id")};
        QCOMPARE(ContactCardExport::write(*db, options, out, &error), 1);
        QVERIFY(out.data().contains("FN:Zed Only-Name\r\n"));
        QVERIFY(out.data().contains("N:Only-Name;Zed;;;\r\n"));

        // Many ids: bound in slices.
        out.buffer().clear();
        out.seek(0);
        options.ids.clear();
        for (int i = 0; i < 1200; ++i)
            options.ids << Uuid::createV7();
        options.ids << s.contacts;
        QCOMPARE(ContactCardExport::write(*db, options, out, &error), 3);

        options.ids.clear();
        options.filters.insert(QStringLiteral("owner"), QStringLiteral("x"));
        QCOMPARE(ContactCardExport::write(*db, options, out, &error), -1);
        QCOMPARE(error, QStringLiteral("Contacts cannot be filtered by “owner”."));
    }
};

QTEST_GUILESS_MAIN(TestContactCardExport)
#include "TestContactCardExport.moc"
