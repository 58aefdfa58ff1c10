#include "Database.h"
#include "DatabaseBackup.h"
#include "DialogSeams.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "SchemaMigrator.h"
#include "Startup.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// What the program does at start and in its window when the database is not one it can simply use: a wrong
// --database, a damaged file, a schema from a newer DeskCRM (refused, told through the start-up message, the
// file unchanged), a read-only file (opened with a notice, edits refused in words) and a sync folder (warned once).
class TestOpenFailures : public QObject
{
    Q_OBJECT

    static QByteArray digest(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static bool makeDatabase(const QString& path, QString* error, int schemaVersion = 0)
    {
        ConnectionSettings s;
        s.path = path;
        auto db = Database::open(s, error);
        if (!db)
            return false;
        RecordWriter writer(*db);
        const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
        const WriteResult done = added.ok() ? writer.commit() : added;
        if (!done.ok()) {
            *error = done.message;
            return false;
        }
        if (schemaVersion > 0) {
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                       "VALUES (%1, 'from the future', '2030-01-01T00:00:00Z')")
                            .arg(schemaVersion))) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }

    // The program's own start: Startup with the command line's --database, its failure told as main() tells it.
    static std::unique_ptr<Database> start(const QString& database, QString* shown)
    {
        GuiOptions options;
        options.database = database;
        QString error;
        auto db = Startup::openInitialDatabase(options, nullptr, &error);
        DialogSeams::critical(nullptr, QString(), QStringLiteral("(nothing shown)"));
        if (!db)
            Startup::reportFailure(nullptr, error);
        *shown = DialogSeams::lastMessage();
        return db;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestOpenFailures"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }
    void cleanupTestCase() { QSettings().clear(); }

    void unsupportedDatabaseArgument_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("mysql") << "mysql://x/y";
        QTest::newRow("postgres one slash") << "postgres:/x";
        QTest::newRow("http") << "http://example.com/crm.sqlite";
    }
    void unsupportedDatabaseArgument()
    {
        QFETCH(QString, database);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        QString shown;
        QVERIFY(!start(database, &shown));
        QVERIFY2(shown.contains(QLatin1String("postgresql://USER@HOST:PORT/DATABASE")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("SQLite database file")), qPrintable(shown));
        // Not taken for a file name: nothing was made in the current folder.
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    // Damaged at start: the user is told, and asked whether a backup should take its place (File > Restore… is
    // out of reach with no window). Declining changes nothing.
    void damagedFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        const QByteArray before = digest(path);
        DialogSeams::setNextAnswer(QMessageBox::No);
        GuiOptions options;
        options.database = path;
        QVERIFY(!Startup::openInitialDatabase(options, nullptr, &error));
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        const QString asked = DialogSeams::lastMessage();
        QVERIFY2(asked.contains(QLatin1String("is damaged")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("Choose a backup")), qPrintable(asked));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // told once, in the question
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("crm-damaged-*")}), QStringList());
    }

    // Yes: a bad file is refused (asked again, nothing changed), a sound backup takes the damaged file's place and
    // the program opens it; the damaged file is kept as it was.
    void damagedFileIsReplacedByABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        {
            ConnectionSettings s;
            s.path = path;
            auto db = Database::open(s, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DatabaseBackup(*db).backupTo(backup, &error), qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        const QByteArray damaged = digest(path);
        const QString notABackup = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile notes(notABackup);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write(QByteArray(4096, 'x')) == 4096);
        notes.close();

        GuiOptions options;
        options.database = path;
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        DialogSeams::setNextFileName(notABackup);
        DialogSeams::setNextAnswer(QMessageBox::No);
        QVERIFY(!Startup::openInitialDatabase(options, nullptr, &error));
        QVERIFY2(DialogSeams::lastMessage().contains(QLatin1String("was not changed")),
                 qPrintable(DialogSeams::lastMessage()));
        QCOMPARE(digest(path), damaged);

        DialogSeams::setNextAnswer(QMessageBox::Yes);
        DialogSeams::setNextFileName(backup);
        auto db = Startup::openInitialDatabase(options, nullptr, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Acme"));
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("crm-damaged-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(digest(dir.filePath(kept.first())), damaged);
        QVERIFY2(DialogSeams::lastMessage().contains(kept.first()), qPrintable(DialogSeams::lastMessage()));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error, SchemaMigrator::latestVersion() + 1), qPrintable(error));
        const QByteArray before = digest(path);
        QString shown;
        QVERIFY(!start(path, &shown));
        QVERIFY2(shown.contains(QLatin1String("made by a newer DeskCRM")), qPrintable(shown));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void readOnlyDatabaseInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        const QByteArray before = digest(path);
        ConnectionSettings s;
        s.path = path;
        Database::Options options;
        options.readOnly = true;
        auto db = Database::open(s, options, &error);
        QVERIFY2(db, qPrintable(error));
        {
            MainWindow window;
            window.setDatabase(std::move(db));
            QVERIFY(window.showPage(QStringLiteral("customers")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* notice = window.findChild<QLabel*>(QStringLiteral("databaseNotice"));
            QVERIFY(notice);
            QVERIFY(notice->isVisible());
            QVERIFY2(notice->text().startsWith(QLatin1String("Read-only")), qPrintable(notice->text()));
            auto* status = window.findChild<QLabel*>(QStringLiteral("statusDatabase"));
            QVERIFY2(status->text().contains(QLatin1String("read-only")), qPrintable(status->text()));

            // Deleting the customer (answered Yes) is refused in words, not with the driver's.
            auto* page = qobject_cast<RecordListPage*>(window.currentPage());
            QVERIFY(page);
            auto* view = page->findChild<QTableView*>();
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() == 1);
            view->setCurrentIndex(view->model()->index(0, 0));
            DialogSeams::setNextAnswer(QMessageBox::Yes);
            window.deleteCurrent();
            const QString message = DialogSeams::lastMessage();
            QVERIFY2(message.startsWith(QLatin1String("Nothing was saved: this database is open read-only")),
                     qPrintable(message));
        }
        QCOMPARE(digest(path), before);
    }

    void syncFolderIsWarnedOncePerFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Dropbox")));
        const QString path = dir.filePath(QStringLiteral("Dropbox/crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        ConnectionSettings s;
        s.path = path;
        MainWindow window;
        DialogSeams::warning(nullptr, QString(), QStringLiteral("(nothing shown)"));
        window.setDatabase(Database::open(s, &error));
        QTRY_VERIFY2(DialogSeams::lastMessage().contains(QLatin1String("Dropbox")),
                     qPrintable(DialogSeams::lastMessage()));
        auto* notice = window.findChild<QLabel*>(QStringLiteral("databaseNotice"));
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(QLatin1String("Dropbox")), qPrintable(notice->text()));

        // The same file again: the banner stays, the dialog does not come back.
        DialogSeams::warning(nullptr, QString(), QStringLiteral("(nothing shown)"));
        window.setDatabase(Database::open(s, &error));
        QCoreApplication::processEvents();
        QCOMPARE(DialogSeams::lastMessage(), QStringLiteral("(nothing shown)"));
        QVERIFY(!notice->isHidden());

        // A local file: no banner.
        TestDatabase local(QStringLiteral("sqlite"));
        window.setDatabase(local.open(&error));
        QVERIFY(notice->isHidden());
    }

    // Last, since it switches the language: with DESKCRM_SCREENSHOT_DIR set, pictures of what a user sees in the
    // language DESKCRM_UI_LANG (default en) at 1280×720, for looking at (run under xvfb-run with QT_QPA_PLATFORM=xcb
    // for real fonts): the read-only window, the sync folder notice, the start-up message for a damaged file.
    void screenshots()
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("DESKCRM_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(shots));
        const QString language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, language);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Dropbox")));
        const QString path = dir.filePath(QStringLiteral("Dropbox/crm.sqlite"));
        QString error;
        QVERIFY2(makeDatabase(path, &error), qPrintable(error));
        ConnectionSettings s;
        s.path = path;
        Database::Options readOnly;
        readOnly.readOnly = true;
        const auto save = [&](QWidget* widget, const QString& name) {
            const QString file = QStringLiteral("%1/%2-%3.png").arg(shots, language, name);
            QVERIFY(widget->grab().save(file));
        };
        {
            MainWindow window;
            window.resize(1280, 720);
            window.setDatabase(Database::open(s, readOnly, &error));
            QVERIFY(window.showPage(QStringLiteral("customers")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* view = window.currentPage()->findChild<QTableView*>();
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() > 0);
            save(&window, QStringLiteral("read-only-in-sync-folder"));
            // The window cannot be narrower than its page (the customers' filter bar is wider in Chinese).
            qInfo() << "window" << window.size() << "minimum" << window.minimumSizeHint();
        }
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
        QVERIFY(!Database::open(s, &error));
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "DeskCRM"), error);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        save(&box, QStringLiteral("damaged-file"));
        GuiOptions options;
        options.database = QStringLiteral("mysql://x/y");
        QVERIFY(!Startup::openInitialDatabase(options, nullptr, &error));
        QMessageBox wrong(QMessageBox::Critical, QCoreApplication::translate("main", "DeskCRM"), error);
        wrong.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wrong));
        save(&wrong, QStringLiteral("wrong-database-argument"));
    }
};

QTEST_MAIN(TestOpenFailures)
#include "TestOpenFailures.moc"
