#include "CliRunner.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RecordTestHelpers;

// The offline sync as scripts and the checks drive it: sync clone, record set / record delete through the
// writer, sync --format json (pushed, pulled, conflicts), conflicts --format json (one object a line with the record's
// id), and a conflict decided from the command line. Needs DESKCRM_TEST_PG.
class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    static QJsonObject lastJson(const CliRunner::Run& run)
    {
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        return QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }

private slots:
    void cloneEditSyncConflicts()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs DESKCRM_TEST_PG");
        TestDatabase server(QStringLiteral("postgresql"));
        QString error;
        auto db = server.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString id =
            RecordWriter::transact(*db, [](RecordWriter& w) {
                return w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")},
                                                              {QStringLiteral("city"), QStringLiteral("Berlin")}});
            }).id;
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        for (const QString& file : {a, b}) {
            const auto run =
                CliRunner::run({QStringLiteral("sync"), QStringLiteral("clone"), QStringLiteral("--server"),
                                server.databaseArgument(), QStringLiteral("--output"), file});
            QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        }
        const auto set = [](const QString& file, const QString& row, const QString& value) {
            return CliRunner::run({QStringLiteral("--database"), file, QStringLiteral("record"), QStringLiteral("set"),
                                   QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--id"), row,
                                   QStringLiteral("--field"), QStringLiteral("city"), QStringLiteral("--value"),
                                   value});
        };
        const auto sync = [](const QString& file) {
            return CliRunner::run({QStringLiteral("--database"), file, QStringLiteral("sync"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        };
        QCOMPARE(set(a, id, QStringLiteral("Hamburg")).exitCode, 0);
        QCOMPARE(set(b, id, QStringLiteral("Munich")).exitCode, 0);
        auto run = sync(a);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        QCOMPARE(lastJson(run).value(QStringLiteral("pushed")).toInt(), 1);
        run = sync(b);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        QCOMPARE(lastJson(run).value(QStringLiteral("conflicts")).toInt(), 1);
        QVERIFY(lastJson(run).contains(QStringLiteral("pulled")));

        run = CliRunner::run({QStringLiteral("--database"), b, QStringLiteral("conflicts"), QStringLiteral("--format"),
                              QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        const QJsonObject conflict = lastJson(run);
        QCOMPARE(conflict.value(QStringLiteral("record_id")).toString(), id);
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("city"));
        QCOMPARE(conflict.value(QStringLiteral("server")).toString(), QStringLiteral("Hamburg"));
        QCOMPARE(conflict.value(QStringLiteral("mine")).toString(), QStringLiteral("Munich"));
        QCOMPARE(conflict.value(QStringLiteral("base")).toString(), QStringLiteral("Berlin"));

        run = CliRunner::run({QStringLiteral("--database"), b, QStringLiteral("conflicts"), QStringLiteral("--resolve"),
                              QString::number(conflict.value(QStringLiteral("id")).toInteger()),
                              QStringLiteral("--keep"), QStringLiteral("mine")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        run = sync(b);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        QCOMPARE(lastJson(run).value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Munich"));

        // a takes b's decision first: deleting a row changed since is a conflict of its own (kept on the server).
        run = sync(a);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        run = CliRunner::run({QStringLiteral("--database"), a, QStringLiteral("record"), QStringLiteral("delete"),
                              QStringLiteral("--entity"), QStringLiteral("customers"), QStringLiteral("--id"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        run = sync(a);
        QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        QVERIFY(!scalar(*db, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id}).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "TestSyncCommand.moc"
