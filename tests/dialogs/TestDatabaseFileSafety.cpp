#include "Database.h"
#include "DialogSeams.h"
#include "SqliteFiles.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// SQLite's locks survive DeskCRM's own file dialogs, and a database whose WAL another program deleted is
// never written again (the data loss of issue 17: a file dialog sniffed the -wal and -shm files in-process,
// which dropped the locks; `deskcrm-cli check` then deleted the WAL DeskCRM went on writing into).
// The other program is real: deskcrm-cli, and this test binary started again as a reader.
class TestDatabaseFileSafety : public QObject
{
    Q_OBJECT

    static QString cli() { return qEnvironmentVariable("DESKCRM_BINARY_DIR") + QStringLiteral("/app/cli/deskcrm-cli"); }

    static bool runCheck(const QString& path, QString* output)
    {
        QProcess process;
        process.start(cli(), {QStringLiteral("--database"), path, QStringLiteral("check")});
        const bool finished = process.waitForFinished(60000);
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    // How many users named `username` a second process sees.
    static int usersSeenElsewhere(const QString& path, const QString& username)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DESKCRM_READ_DATABASE"), path);
        environment.insert(QStringLiteral("DESKCRM_READ_USER"), username);
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), {});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return -1;
        return process.readAllStandardOutput().trimmed().toInt();
    }

    static bool addUser(const Database& db, const QString& username)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO users (id, username, display_name, created_at, updated_at) "
                                 "VALUES (?, ?, ?, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')"));
        q.addBindValue(username + QStringLiteral("-id"));
        q.addBindValue(username);
        q.addBindValue(username);
        return q.exec();
    }

private Q_SLOTS:
    void fileDialogLeavesTheWalShared()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString path = tdb.settings().path;
        QVERIFY(addUser(*db, QStringLiteral("before")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        // What the dashboard's PDF… button does: the save dialog lists the database's folder with the file
        // type and icon of each entry.
        std::unique_ptr<QFileDialog> dialog(DialogSeams::createFileDialog(
            nullptr, QStringLiteral("Export"), QFileInfo(path).absolutePath(), {}, QFileDialog::AcceptSave));
        auto* model = dialog->findChild<QFileSystemModel*>();
        QVERIFY(model);
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        const QModelIndex folder = model->index(QFileInfo(path).absolutePath());
        QTRY_VERIFY(model->rowCount(folder) >= 3);
        for (int row = 0; row < model->rowCount(folder); ++row) {
            for (int column = 0; column < model->columnCount(folder); ++column) {
                const QModelIndex index = model->index(row, column, folder);
                model->data(index, Qt::DisplayRole);
                model->data(index, Qt::DecorationRole);
            }
        }
        // The type column is filled in from the model's gatherer thread: wait until every file has its type.
        const auto typesKnown = [&] {
            for (int row = 0; row < model->rowCount(folder); ++row) {
                if (model->data(model->index(row, 2, folder), Qt::DisplayRole).toString().isEmpty())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(typesKnown());
        if (qEnvironmentVariableIsSet("DESKCRM_SCREENSHOT_DIR")) {
            dialog->setViewMode(QFileDialog::Detail);
            dialog->grab().save(qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR") + QStringLiteral("/file-dialog.png"));
        }
        dialog->close();
        dialog.reset();

        QString output;
        QVERIFY2(runCheck(path, &output), qPrintable(output));
        QVERIFY2(db->filesIntact(&error), qPrintable(error));
        QVERIFY(addUser(*db, QStringLiteral("after")));
        QCOMPARE(usersSeenElsewhere(path, QStringLiteral("after")), 1);
    }

    // Nothing is written once the WAL is not the one this connection opened; the user is told why.
    void writeRefusedAfterTheWalWasReplaced()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString path = tdb.settings().path;
        QVERIFY(addUser(*db, QStringLiteral("before")));

        // The hazard itself, done on purpose: what a content-sniffing dialog did to the three files.
        for (const QString& file : SqliteFiles::withCompanions(path).mid(0, 3)) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            f.read(32);
        }
        QString output;
        QVERIFY2(runCheck(path, &output), qPrintable(output));
        QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal")), "check no longer deletes the WAL here: the test "
                                                                    "does not reproduce the hazard any more");

        QVERIFY(!db->filesIntact(&error));
        QVERIFY2(error.contains(QStringLiteral("-wal")), qPrintable(error));
        Transaction tx(*db);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.error(), error);
        QCOMPARE(usersSeenElsewhere(path, QStringLiteral("before")), 1);

        // A fresh connection is sound again.
        db.reset();
        db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->filesIntact(&error));
        Transaction fresh(*db);
        QVERIFY2(fresh.isActive(), qPrintable(fresh.error()));
    }

    void fileQuestionsRefuseTheOpenDatabase()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString path = tdb.settings().path;
        DialogSeams::setSuppressMessages(true);

        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            DialogSeams::setNextFileName(path + suffix);
            QCOMPARE(DialogSeams::getSaveFileName(nullptr, QStringLiteral("Export")), QString());
            QVERIFY2(DialogSeams::lastMessage().contains(QFileInfo(path).fileName() + suffix),
                     qPrintable(DialogSeams::lastMessage()));
            DialogSeams::setNextFileName(path + suffix);
            QCOMPARE(DialogSeams::getOpenFileName(nullptr, QStringLiteral("Import")), QString());
        }
        // Through a different spelling of the same folder.
        const QString indirect = QFileInfo(path).absolutePath() + QStringLiteral("/./") + QFileInfo(path).fileName();
        DialogSeams::setNextFileName(indirect);
        QCOMPARE(DialogSeams::getSaveFileName(nullptr, QStringLiteral("Export")), QString());

        // Opening the database itself as a database is fine (SQLite shares its locks); its WAL is not.
        DialogSeams::setNextFileName(path);
        QCOMPARE(
            DialogSeams::getOpenFileName(nullptr, QStringLiteral("Open"), {}, {}, DialogSeams::OpenPurpose::Database),
            path);
        DialogSeams::setNextFileName(path + QStringLiteral("-wal"));
        QCOMPARE(
            DialogSeams::getOpenFileName(nullptr, QStringLiteral("Open"), {}, {}, DialogSeams::OpenPurpose::Database),
            QString());
        const QString other = QFileInfo(path).absolutePath() + QStringLiteral("/report.pdf");
        DialogSeams::setNextFileName(other);
        QCOMPARE(DialogSeams::getSaveFileName(nullptr, QStringLiteral("Export")), other);

        // Closed, it is an ordinary file again.
        db.reset();
        DialogSeams::setNextFileName(path);
        QCOMPARE(DialogSeams::getSaveFileName(nullptr, QStringLiteral("Export")), path);
        DialogSeams::setSuppressMessages(false);
    }
};

int main(int argc, char** argv)
{
    // The second process of the tests above: prints how many users of a name it sees.
    if (qEnvironmentVariableIsSet("DESKCRM_READ_DATABASE")) {
        QCoreApplication app(argc, argv);
        ConnectionSettings settings;
        settings.dialect = ConnectionSettings::Dialect::SQLite;
        settings.path = qEnvironmentVariable("DESKCRM_READ_DATABASE");
        Database::Options options;
        options.migrate = false;
        options.ensureUser = false;
        QString error;
        auto db = Database::open(settings, options, &error);
        if (!db)
            return 2;
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"));
        q.addBindValue(qEnvironmentVariable("DESKCRM_READ_USER"));
        if (!q.exec() || !q.next())
            return 3;
        printf("%d\n", q.value(0).toInt());
        return 0;
    }
    QApplication app(argc, argv);
    TestDatabaseFileSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDatabaseFileSafety.moc"
