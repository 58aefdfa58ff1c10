// deskcrm-cli users add / deactivate / password, run as a script would (the password on standard input), then
// checked by logging in as the user with a plain connection.
#include "CliRunner.h"
#include "Database.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestUsersCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    CliRunner::Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        process.setProcessEnvironment(environment);
        process.start(CliRunner::program(), arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRunner::Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    static bool canLogIn(const TestDatabase& tdb, const QString& user, const QString& password, QString* error)
    {
        const QString name = QStringLiteral("users-cmd-") + user;
        bool open = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(tdb.settings().host);
            db.setPort(tdb.settings().port);
            db.setDatabaseName(tdb.settings().database);
            db.setUserName(user);
            db.setPassword(password);
            open = db.open();
            if (!open && error)
                *error = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return open;
    }

private slots:
    void localDatabaseHasNoUsers()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY(tdb.open());
        const auto run =
            cli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("users"), QStringLiteral("add"),
                 QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("rep")},
                "a password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("PostgreSQL")), qPrintable(run.said()));
    }

    void usageErrors()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QCOMPARE(cli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("users"),
                      QStringLiteral("remove"), QStringLiteral("zed")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("users"),
                      QStringLiteral("deactivate"), QStringLiteral("zed")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("zed"), QStringLiteral("--role"), QStringLiteral("boss")})
                     .exitCode,
                 2);
    }

    void addLogInDeactivate()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        {
            auto db = tdb.open(&error);
            QVERIFY2(db, qPrintable(error));
        }
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        const QString wang = QStringLiteral("wang.fang_") + suffix;
        const QString li = QStringLiteral("li.na_") + suffix;
        const QString url = tdb.databaseArgument();
        for (const QString& user : {wang, li}) {
            const auto run =
                cli({QStringLiteral("--database"), url, QStringLiteral("users"), QStringLiteral("add"), user,
                     QStringLiteral("--display-name"), QStringLiteral("王芳"), QStringLiteral("--role"),
                     QStringLiteral("rep"), QStringLiteral("--team"), QStringLiteral("华南")},
                    "s3cret-pass\n");
            QVERIFY2(run.exitCode == 0, qPrintable(run.said()));
        }
        QVERIFY2(canLogIn(tdb, wang, QStringLiteral("s3cret-pass"), &error), qPrintable(error));
        QVERIFY(!canLogIn(tdb, wang, QStringLiteral("wrong-pass"), &error));
        // One team made once, both in it; display name and role as given.
        {
            auto db = tdb.open(&error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT u.display_name, u.role, t.name, u.active FROM users u JOIN teams t ON "
                                     "t.id = u.team_id WHERE u.username = ?"));
            q.addBindValue(wang);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("王芳"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("rep"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("华南"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM teams WHERE name = '华南'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // Wang owns a customer, which must go to Li.
            q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
            q.addBindValue(wang);
            QVERIFY(q.exec() && q.next());
            RecordWriter writer(*db);
            QVERIFY(writer
                        .insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("华南客户")},
                                                              {QStringLiteral("owner_id"), q.value(0)}})
                        .ok());
            QVERIFY(writer.commit().ok());
        }
        // An existing user again: refused, nothing changed.
        QVERIFY(cli({QStringLiteral("--database"), url, QStringLiteral("users"), QStringLiteral("add"), wang},
                    "s3cret-pass\n")
                    .exitCode != 0);
        const auto deactivated = cli({QStringLiteral("--database"), url, QStringLiteral("users"),
                                      QStringLiteral("deactivate"), wang, QStringLiteral("--reassign-to"), li});
        QVERIFY2(deactivated.exitCode == 0, qPrintable(deactivated.said()));
        QVERIFY(!canLogIn(tdb, wang, QStringLiteral("s3cret-pass"), &error));
        QVERIFY2(error.contains(QLatin1String("not permitted to log in")), qPrintable(error));
        auto db = tdb.open(&error);
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("SELECT u.username FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.name = ?"));
        q.addBindValue(QStringLiteral("华南客户"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), li);
        // A new password for Li.
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("users"), QStringLiteral("password"), li},
                     "another-pass\n")
                     .exitCode,
                 0);
        QVERIFY(canLogIn(tdb, li, QStringLiteral("another-pass"), &error));
        // A rep may not administer users.
        QUrl asLi(url);
        asLi.setUserName(li);
        asLi.setPassword(QStringLiteral("another-pass"));
        const auto refused = cli({QStringLiteral("--database"), asLi.toString(), QStringLiteral("users"),
                                  QStringLiteral("add"), QStringLiteral("mole_") + suffix},
                                 "mole-password\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("administrator")), qPrintable(refused.said()));
    }
};

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "TestUsersCommand.moc"
