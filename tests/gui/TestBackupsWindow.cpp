#include "BackupRotation.h"
#include "BackupScheduler.h"
#include "BackupsDialog.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// Backups through the real main window: the day's automatic copy when a database is opened and again on a new
// day while it stays open (ManualClock, no sleeping), File > Backups… (keep count, "Back up now", the list), and
// File > Restore… replacing the data off the GUI thread with every open page showing the restored data.
// DESKCRM_SCREENSHOT_DIR saves the dialog and the File menu; DESKCRM_UI_LANG picks the language (default en).
class TestBackupsWindow : public QObject
{
    Q_OBJECT

    QString m_language;

    static QString addCustomer(Database& db, const QString& name)
    {
        RecordWriter writer(db);
        const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), name}});
        return added.ok() && writer.commit().ok() ? added.id : QString();
    }

    static bool listShows(RecordListPage* page, const QString& id)
    {
        RecordListModel* model = page->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == id)
                return true;
        }
        return false;
    }

    static int customers(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next() ? q.value(0).toInt() : -1;
    }

    static QDateTime noon(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
    }

    void screenshot(QWidget* widget, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, m_language, name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestBackupsWindow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void init()
    {
        DialogSeams::clearAnswers();
        DialogSeams::clearFileName();
        QSettings().remove(QStringLiteral("backups"));
    }

    void dailyCopiesWhileOpen()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(noon(2026, 12, 1));
        db->setClock(&clock);
        addCustomer(*db, QStringLiteral("Acme"));
        const QString folder = BackupRotation::defaultFolder(tdb.settings().path);

        MainWindow window;
        BackupScheduler* scheduler = window.backupScheduler();
        QSignalSpy finished(scheduler, &BackupScheduler::backupFinished);
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Opening the database makes the day's copy, on the backup thread.
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BackupRotation::Result>().kind, BackupRotation::Result::Made);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("test-2026-12-01.sqlite"))));

        // The hourly check while the program stays open: nothing new the same day, the day's copy on the next.
        auto* timer = scheduler->findChild<QTimer*>(QStringLiteral("backupTimer"));
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 60 * 60 * 1000);
        clock.advance(5 * 3600 * 1000);
        scheduler->checkNow();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<BackupRotation::Result>().kind, BackupRotation::Result::AlreadyDone);
        clock.set(noon(2026, 12, 2));
        scheduler->checkNow();
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(finished.at(2).at(0).value<BackupRotation::Result>().kind, BackupRotation::Result::Made);

        // File > Backups…: the list, a smaller keep count and "Back up now".
        auto* action = window.findChild<QAction*>(QStringLiteral("backupsAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<BackupsDialog*>(QStringLiteral("backupsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("test-2026-12-02.sqlite"));
        screenshot(dialog, QStringLiteral("backups-dialog"));

        dialog->findChild<QSpinBox*>(QStringLiteral("keep"))->setValue(1);
        QCOMPARE(QSettings().value(QStringLiteral("backups/keep")).toInt(), 1);
        clock.set(noon(2026, 12, 3));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("backUpNow")), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(finished.at(3).at(0).value<BackupRotation::Result>().removed.size(), 2);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("test-2026-12-03.sqlite"));
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("test-2026-12-03")));

        // A chosen folder is used from the next copy on.
        QTemporaryDir elsewhere;
        DialogSeams::setNextFileName(elsewhere.path());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFolder")), Qt::LeftButton);
        QCOMPARE(BackupScheduler::settings().folder, elsewhere.path());
        QCOMPARE(list->topLevelItemCount(), 0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("backUpNow")), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 5);
        QVERIFY(QFile::exists(QDir(elsewhere.path()).filePath(QStringLiteral("test-2026-12-03.sqlite"))));
        QCOMPARE(list->topLevelItemCount(), 1);
        dialog->close();

        // The File menu as the user sees it.
        QMenu* file = window.menuBar()->findChildren<QMenu*>().value(0);
        QVERIFY(file);
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        screenshot(file, QStringLiteral("file-menu"));
        file->close();
    }

    void restoreThroughFileMenu()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString kept = addCustomer(*db, QStringLiteral("In the backup"));
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QVERIFY2(DatabaseBackup(*db).backupTo(backup, &error), qPrintable(error));
        const QString later = addCustomer(*db, QStringLiteral("After the backup"));

        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<RecordListPage*>(window.currentPage());
        QVERIFY(page && listShows(page, kept) && listShows(page, later));
        auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
        QVERIFY(restore);

        // Saying no changes nothing.
        DialogSeams::setNextFileName(backup);
        if (qEnvironmentVariableIsEmpty("DESKCRM_SCREENSHOT_DIR")) {
            DialogSeams::setNextAnswer(QMessageBox::No);
        } else {
            // The real question, to be looked at, then answered No.
            QTimer::singleShot(300, this, [this] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                screenshot(box, QStringLiteral("restore-question"));
                box->button(QMessageBox::No)->click();
            });
        }
        restore->trigger();
        QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("before-restore")),
                 qPrintable(DialogSeams::lastMessage()));
        QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("monday.sqlite")),
                 qPrintable(DialogSeams::lastMessage()));
        QCOMPARE(customers(*window.database()), 2);

        // A file that is not a DeskCRM database is refused and the data stays.
        const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        DialogSeams::setNextFileName(notes);
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        restore->trigger();
        const QString asked = DialogSeams::lastMessage();
        QTRY_VERIFY(DialogSeams::lastMessage() != asked); // the answer from the backup thread
        QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("notes.sqlite")),
                 qPrintable(DialogSeams::lastMessage()));
        if (m_language == QLatin1String("en"))
            QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("not changed")),
                     qPrintable(DialogSeams::lastMessage()));
        QCOMPARE(customers(*window.database()), 2);

        // Yes: restored off the GUI thread, the database opened again, the list shows the backup's data.
        const Database* before = window.database();
        DialogSeams::setNextFileName(backup);
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        restore->trigger();
        // trigger() returned while the copy runs elsewhere: the window is still on the old connection, showing
        // progress.
        QCOMPARE(window.database(), before);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("restoreProgress"))->isVisible());
        QTRY_VERIFY2(DialogSeams::lastMessage().startsWith(QLatin1String("Restored from")) ||
                         m_language != QLatin1String("en"),
                     qPrintable(DialogSeams::lastMessage()));
        QTRY_VERIFY(window.database() != before);
        QCOMPARE(customers(*window.database()), 1);
        QCOMPARE(window.currentPageName(), QStringLiteral("customers"));
        page = qobject_cast<RecordListPage*>(window.currentPage());
        QVERIFY(page && listShows(page, kept) && !listShows(page, later));
        const QStringList saved = QDir(QFileInfo(tdb.settings().path).absolutePath())
                                      .entryList({QStringLiteral("test-before-restore-*.sqlite")});
        QCOMPARE(saved.size(), 1);
        QVERIFY2(DialogSeams::lastMessage().contains(saved.first()), qPrintable(DialogSeams::lastMessage()));
        screenshot(&window, QStringLiteral("after-restore"));
    }

    void postgresPointsToPgTools()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(!window.backupScheduler()->isActive()); // no automatic copy of a server database
        window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("pg_restore")),
                 qPrintable(DialogSeams::lastMessage()));
        window.findChild<QAction*>(QStringLiteral("backupsAction"))->trigger();
        auto* dialog = window.findChild<BackupsDialog*>(QStringLiteral("backupsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("intro"))->text().contains(QLatin1String("pg_dump")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("backUpNow")));
        screenshot(dialog, QStringLiteral("backups-dialog-postgresql"));
        dialog->close();
    }
};

QTEST_MAIN(TestBackupsWindow)
#include "TestBackupsWindow.moc"
