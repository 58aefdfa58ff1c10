#include "CliRunner.h"
#include "Database.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace RecordTestHelpers;

// `deskcrm-cli import` as scripts use it: exit codes, the JSON counts, the row report on stderr, --dry-run and
// --key; and a SIGKILL in the middle of a large import leaving the database as it was (`check` clean). Real
// processes on SQLite and PostgreSQL.
class TestImportCommand : public QObject
{
    Q_OBJECT

    static QString cliProgram() { return CliRunner::program(); }

    using Run = CliRunner::Run;
    static Run cli(const QStringList& arguments) { return CliRunner::run(arguments); }

    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliProgram()), qPrintable(cliProgram())); }

    void importsAndReports_data() { TestDatabase::addTargets(); }
    void importsAndReports()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QTemporaryDir dir;
        const QString database = tdb.databaseArgument();
        const QStringList base{QStringLiteral("--database"), database, QStringLiteral("import"),
                               QStringLiteral("--entity"), QStringLiteral("customers")};

        // GB18030, as Excel on Chinese Windows saves it; headers in Chinese.
        QStringEncoder gbk("GB18030");
        const QString good = write(dir, QStringLiteral("good.csv"),
                                   gbk.encode(QStringLiteral("外部编号,名称,邮箱,城市\nK1,北京星辰科技,a@xc.cn,北京\n"
                                                             "K2,上海浦东贸易,b@pd.cn,上海\n")));
        Run run = cli(base + QStringList{good, QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--key"), QStringLiteral("外部编号")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject counts = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(counts.value(QStringLiteral("read")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("inserted")).toInt(), 2);
        QVERIFY(counts.contains(QStringLiteral("seconds")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '北京星辰科技' AND "
                                           "external_id = 'K1'")),
                 1);

        // The same file again by its key: nothing added.
        run = cli(base + QStringList{good, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--key"),
                                     QStringLiteral("external_id")});
        QCOMPARE(run.exitCode, 0);
        counts = QJsonDocument::fromJson(run.outBytes).object();
        QCOMPARE(counts.value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);

        // A bad row: exit 1, the row report on stderr, nothing written.
        const QString bad = write(dir, QStringLiteral("bad.csv"), "Name,E-mail\nOne,one@example.com\nTwo,two@\n");
        run = cli(base + QStringList{bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 3") && run.err.contains("E-mail"), qPrintable(run.err));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);

        // --dry-run checks only; --good-rows-only imports the good row and still exits 1.
        const QString fine = write(dir, QStringLiteral("fine.csv"), "Name\nThree\n");
        run = cli(base + QStringList{fine, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        // A dry run says which rows look like saved records (warnings: the exit code stays 0).
        const QString twin = write(dir, QStringLiteral("twin.csv"),
                                   QStringLiteral("名称,邮箱\n新客户,n@new.cn\n"
                                                  "北京星辰科技有限公司,other@xc.cn\n")
                                       .toUtf8());
        run = cli(base + QStringList{twin, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("line 3")) && run.err.contains(QStringLiteral("北京星辰科技")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("line 2")), qPrintable(run.err));
        run = cli(base +
                  QStringList{twin, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray twins =
            QJsonDocument::fromJson(run.outBytes).object().value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(twins.size(), 1);
        QCOMPARE(twins.first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        run = cli(base + QStringList{bad, QStringLiteral("--good-rows-only"), QStringLiteral("--report"),
                                     dir.filePath(QStringLiteral("report.csv"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 3);
        QFile report(dir.filePath(QStringLiteral("report.csv")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("two@"));

        // Usage errors: exit 2.
        QCOMPARE(cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                      QStringLiteral("planets"), fine})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--database"), database, QStringLiteral("import"), fine}).exitCode, 2);
    }

    void killedImportLeavesNothing_data() { TestDatabase::addTargets(); }
    void killedImportLeavesNothing()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
        }
        QTemporaryDir dir;
        QByteArray bytes = "Name,E-mail,City\n";
        const int rows = 300000;
        bytes.reserve(rows * 40);
        for (int i = 0; i < rows; ++i)
            bytes += "Killed " + QByteArray::number(i) + ",k" + QByteArray::number(i) + "@example.com,Chengdu\n";
        const QString file = write(dir, QStringLiteral("large.csv"), bytes);
        const int before = 0;

        QProcess child;
        child.start(cliProgram(), {QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("import"),
                                   QStringLiteral("--entity"), QStringLiteral("customers"), file});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Progress goes to stderr one line per tenth: kill once a tenth of the rows is written.
        QByteArray said;
        QDeadlineTimer deadline(240000);
        for (;;) {
            const qsizetype importing = said.indexOf("Importing: ");
            if (importing >= 0 && said.indexOf("(10%)", importing) > 0)
                break;
            QVERIFY2(!deadline.hasExpired() && child.state() == QProcess::Running, said.constData());
            child.waitForReadyRead(500);
            said += child.readAllStandardError();
        }
        child.kill(); // SIGKILL: no rollback, no close
        child.waitForFinished(30000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const Run check = cli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.said()));
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), before);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
