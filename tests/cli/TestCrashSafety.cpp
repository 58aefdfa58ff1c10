#include "CliRunner.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace RecordTestHelpers;

namespace {
constexpr char kChildVariable[] = "DESKCRM_CRASH_CHILD";

// The child's side of savesSurviveKill: saves customers one write at a time and prints each number only
// once its commit has returned — what a user sees as "saved" — until it is killed.
int saveUntilKilled(const QString& databaseArgument)
{
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(databaseArgument, &settings, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    auto db = Database::open(settings, {}, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    for (int n = 1; n <= 1000000; ++n) {
        RecordWriter writer(*db);
        const WriteResult added =
            writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Saved %1").arg(n)}});
        if (!added.ok() || !writer.commit().ok()) {
            std::fprintf(stderr, "save %d failed: %s\n", n, qPrintable(added.message));
            return 1;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
} // namespace

// kill -9 in the middle of a save and of a bulk load (issue 17): reopening finds a consistent database
// (`deskcrm-cli check` passes) that holds every save the killed program had acknowledged, and nothing of a
// load it had not finished. Real processes, a real SIGKILL, on SQLite and PostgreSQL.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    static QString cliProgram() { return CliRunner::program(); }

    // Runs deskcrm-cli to the end; exit code, and everything it said for a failure message.
    static int runCli(const QStringList& arguments, QString* said)
    {
        const CliRunner::Run run = CliRunner::run(arguments);
        *said = run.said();
        return run.exitCode;
    }

    // Reads the process's output until `done` says enough, or the deadline passes.
    static bool readUntil(QProcess& process, QByteArray* output, const std::function<bool(const QByteArray&)>& done)
    {
        QDeadlineTimer deadline(120000);
        while (!done(*output)) {
            if (deadline.hasExpired() || process.state() != QProcess::Running)
                return false;
            process.waitForReadyRead(1000);
            *output += process.readAllStandardOutput() + process.readAllStandardError();
        }
        return true;
    }

    static void killHard(QProcess& process)
    {
        process.kill(); // SIGKILL: no destructor, no rollback, no close
        process.waitForFinished(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliProgram()), qPrintable(cliProgram() + QStringLiteral(" is missing")));
    }

    void savesSurviveKill_data() { TestDatabase::addTargets(); }
    void savesSurviveKill()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        {
            QString error;
            QVERIFY2(tdb.open(&error), qPrintable(error)); // schema in place before the child starts
        }

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildVariable), tdb.databaseArgument());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray said;
        QVERIFY2(readUntil(child, &said, [](const QByteArray& out) { return out.count('\n') >= 200; }),
                 said.constData());
        killHard(child);
        said += child.readAllStandardOutput();

        QStringList acknowledged;
        for (const QByteArray& line : said.split('\n')) {
            bool number = false;
            line.trimmed().toInt(&number);
            if (number)
                acknowledged << QStringLiteral("Saved ") + QString::fromLatin1(line.trimmed());
        }
        QVERIFY(acknowledged.size() >= 200);

        QString checkSaid;
        QCOMPARE(runCli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("check")}, &checkSaid),
                 0);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        for (const QString& name : std::as_const(acknowledged)) {
            QVERIFY2(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = ?"), {name}) == 1,
                     qPrintable(name + QStringLiteral(" was acknowledged but is not in the database")));
        }
        // At most the one save under way when the kill came may have landed unacknowledged.
        const int stored = count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE 'Saved %'"));
        QVERIFY2(stored - acknowledged.size() <= 1, qPrintable(QString::number(stored)));
    }

    // A power cut cannot be pulled in a test; what makes an acknowledged save survive one is that the commit
    // waits for the write-ahead log to reach the disk: WAL with synchronous=FULL on every connection the
    // program opens (its own and the background one the dashboard and backups use).
    void commitsReachTheDiskBeforeSaved()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        Database::Options cloneOptions;
        cloneOptions.migrate = false;
        cloneOptions.ensureUser = false;
        cloneOptions.cacheMiB = 32;
        auto clone = tdb.open(&error, cloneOptions);
        QVERIFY2(clone, qPrintable(error));
        QCOMPARE(scalar(*clone, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    }

    void bulkLoadKilledLeavesNothingHalfDone_data() { TestDatabase::addTargets(); }
    void bulkLoadKilledLeavesNothingHalfDone()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
            RecordWriter writer(*db);
            QVERIFY(
                writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Before")}}).ok());
            QVERIFY(writer.commit().ok());
        }

        QProcess demo;
        demo.start(cliProgram(), {QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("demo"),
                                  QStringLiteral("--customers"), QStringLiteral("40000")});
        QVERIFY2(demo.waitForStarted(), qPrintable(demo.errorString()));
        QByteArray said;
        // Progress lines come once per tenth: killed with a tenth of the load written, inside its transaction.
        QVERIFY2(readUntil(demo, &said, [](const QByteArray& out) { return out.contains("(10%)"); }), said.constData());
        killHard(demo);

        QString checkSaid;
        QCOMPARE(runCli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("check")}, &checkSaid),
                 0);
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Before'")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM opportunities")), 0);

        // And the database takes the whole load afterwards: nothing of the killed one is in the way.
        QCOMPARE(runCli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("demo"),
                         QStringLiteral("--customers"), QStringLiteral("50")},
                        &checkSaid),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 51);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return saveUntilKilled(qEnvironmentVariable(kChildVariable));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSafety.moc"
