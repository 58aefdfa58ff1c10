#include "DialogSeams.h"
#include "MainWindow.h"
#include "RecordWriter.h"
#include "SyncConflictsDialog.h"
#include "SyncReplica.h"
#include "SyncSession.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Working offline in the real main window, in the language DESKCRM_UI_LANG names (CTest runs en and zh_CN): a replica
// with a change waiting and a conflict shows both in the status bar; File > Sync conflicts… lists the field with the
// common base, the server's value and mine; "keep mine" and "use this value" are written for the next sync, and
// closing the dialog leaves the rest for later. DESKCRM_SCREENSHOT_DIR keeps what was looked at. Needs DESKCRM_TEST_PG.
class TestSyncWindow : public QObject
{
    Q_OBJECT

    QString m_language;

    void screenshot(QWidget* widget, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2-sync-%3.png").arg(shots, m_language, name)));
    }
    static QString insert(Database& db, const QString& name, const QString& city)
    {
        return RecordWriter::transact(db,
                                      [&](RecordWriter& w) {
                                          return w.insert(
                                              QStringLiteral("customers"),
                                              {{QStringLiteral("name"), name}, {QStringLiteral("city"), city}});
                                      })
            .id;
    }
    static bool set(Database& db, const QString& id, const QString& field, const QString& value)
    {
        return RecordWriter::transact(db,
                                      [&](RecordWriter& w) {
                                          return w.update(QStringLiteral("customers"), id, -1, {{field, value}});
                                      })
            .ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestSyncWindow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void conflictScreen()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs DESKCRM_TEST_PG");
        TestDatabase server(QStringLiteral("postgresql"));
        QString error;
        auto serverDb = server.open(&error);
        QVERIFY2(serverDb, qPrintable(error));
        const QString acme = insert(*serverDb, QStringLiteral("东莞精工模具有限公司"), QStringLiteral("东莞"));
        const QString beta = insert(*serverDb, QStringLiteral("Beta Trading"), QStringLiteral("Shenzhen"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("offline.sqlite"));
        SyncSession::Report report;
        QVERIFY2(SyncSession::clone(*serverDb, server.databaseArgument(), path, &report, &error), qPrintable(error));
        ConnectionSettings settings;
        ConnectionSettings::parse(path, &settings, &error);
        auto replica = Database::open(settings, &error);
        QVERIFY2(replica, qPrintable(error));
        // A colleague changes both cities on the server; offline, I change them too, and one phone number.
        QVERIFY(set(*serverDb, acme, QStringLiteral("city"), QStringLiteral("广州")));
        QVERIFY(set(*serverDb, beta, QStringLiteral("city"), QStringLiteral("Hong Kong")));
        QVERIFY(set(*replica, acme, QStringLiteral("city"), QStringLiteral("深圳")));
        QVERIFY(set(*replica, beta, QStringLiteral("city"), QStringLiteral("Macau")));
        {
            auto link = server.open(&error);
            QVERIFY2(link, qPrintable(error));
            SyncSession session(*replica, *link);
            QVERIFY2(session.sync(&report, &error), qPrintable(error));
        }
        QCOMPARE(report.conflicts, 2);
        QVERIFY(set(*replica, acme, QStringLiteral("phone"), QStringLiteral("0769-3557780")));
        Database& db = *replica;

        MainWindow w;
        w.setDatabase(std::move(replica));
        w.resize(1280, 720);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* status = w.findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(QLatin1Char('1')) && status->text().contains(QLatin1Char('2')),
                 qPrintable(status->text()));
        screenshot(&w, QStringLiteral("status"));

        auto* action = w.findChild<QAction*>(QStringLiteral("syncConflictsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        SyncConflictsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<SyncConflictsDialog*>()) && dialog->isVisible());
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 2);
        QStringList shown;
        for (int column = 1; column < 5; ++column)
            shown << table->item(0, column)->text();
        QCOMPARE(shown, (QStringList{QStringLiteral("city"), QStringLiteral("东莞"), QStringLiteral("广州"),
                                     QStringLiteral("深圳")}));
        screenshot(dialog, QStringLiteral("conflicts"));

        // Keep mine for the first; a value of my own for the second; nothing left.
        table->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        auto* edited = dialog->findChild<QLineEdit*>(QStringLiteral("editedValue"));
        edited->clear();
        QTest::keyClicks(edited, QStringLiteral("Zhuhai"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("useEdited")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(SyncReplica(db).openConflicts(), 0);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT city FROM customers WHERE id = ?"));
        q.addBindValue(beta);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Zhuhai"));
        dialog->reject();
        QVERIFY(!status->text().isEmpty());
    }
};

QTEST_MAIN(TestSyncWindow)
#include "TestSyncWindow.moc"
