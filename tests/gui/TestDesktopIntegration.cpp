#include "AboutDialog.h"
#include "BuildInfo.h"
#include "Database.h"
#include "DialogSeams.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "Page.h"
#include "RecordWriter.h"
#include "SingleInstance.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "WindowPlacement.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

// DeskCRM as a desktop program (issue 19): `--version` of both programs, a second start handing its page or file to
// the running window (the real deskcrm binary as the second start), and the window's layout coming back per page,
// inside a screen smaller than the one it was saved on.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // XDG_CONFIG_HOME and XDG_DATA_HOME of this test and of the programs it starts

    static QString program(const QString& relative)
    {
        return qEnvironmentVariable("DESKCRM_BINARY_DIR") + QLatin1Char('/') + relative;
    }

    // The test's settings folder for the programs it starts, so they find this process's SingleInstance.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return env;
    }

    // Starts deskcrm with arguments; events keep running while it talks to this process's SingleInstance.
    bool runSecondStart(QProcess& process, const QStringList& arguments, const QString& workingDirectory = {})
    {
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(program(QStringLiteral("app/gui/deskcrm")), arguments);
        if (!process.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(30000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        return process.state() == QProcess::NotRunning;
    }

    static std::unique_ptr<Database> openWithCustomer(const TestDatabase& tdb, QString* customerId)
    {
        QString error;
        auto db = tdb.open(&error);
        if (!db)
            return nullptr;
        RecordWriter writer(*db);
        const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}});
        if (!added.ok() || !writer.commit().ok())
            return nullptr;
        *customerId = added.id;
        return db;
    }

public:
    void useOwnHome()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // main() set XDG_CONFIG_HOME before the first QSettings; the programs started here get the same.
        QCOMPARE(qEnvironmentVariable("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void cleanup() { QSettings().clear(); }

    // One line "DeskCRM 0.1.0 (Qt …, SQLite …, libpq …)" from both programs, with no display server needed.
    void versionLine_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("deskcrm") << QStringLiteral("app/gui/deskcrm");
        QTest::newRow("deskcrm-cli") << QStringLiteral("app/cli/deskcrm-cli");
    }
    void versionLine()
    {
        QFETCH(QString, relative);
        QProcess process;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(program(relative), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), BuildInfo::versionLine());
        QVERIFY2(lines.first().startsWith(QStringLiteral("DeskCRM %1 (Qt ").arg(QLatin1String(BuildInfo::kVersion))),
                 qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QStringLiteral("SQLite 3.")));
        QVERIFY(lines.first().contains(QStringLiteral("libpq ")));
    }

    // A second `deskcrm --page tasks` brings this window to tasks and ends at once; a file given to it opens the
    // import wizard here with the file filled in (made absolute: the second start ran in another folder).
    void secondStartHandsOver()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SingleInstance instance(SingleInstance::defaultKey());
        QVERIFY(instance.listen());
        instance.setHandler(
            [&window](const SingleInstance::Request& request) { return SingleInstance::deliverTo(window, request); });

        QProcess page;
        QVERIFY(runSecondStart(page, {QStringLiteral("--page"), QStringLiteral("tasks")}));
        QCOMPARE(page.exitStatus(), QProcess::NormalExit);
        QCOMPARE(page.exitCode(), 0);
        QCOMPARE(window.currentPageName(), QStringLiteral("tasks"));

        // The same database named on the command line (by a relative path) is still this window's.
        const QFileInfo database(tdb.settings().path);
        QProcess same;
        QVERIFY(runSecondStart(
            same,
            {QStringLiteral("--database"), database.fileName(), QStringLiteral("-p"), QStringLiteral("dashboard")},
            database.absolutePath()));
        QCOMPARE(same.exitCode(), 0);
        QCOMPARE(window.currentPageName(), QStringLiteral("dashboard"));

        QTemporaryDir folder;
        QFile csv(folder.filePath(QStringLiteral("kunden.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,email\nAcme,info@acme.example\n");
        csv.close();
        QProcess file;
        QVERIFY(runSecondStart(file, {QStringLiteral("kunden.csv")}, folder.path()));
        QCOMPARE(file.exitCode(), 0);
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto* path = wizard->findChild<QLineEdit*>(QStringLiteral("filePath"));
        QVERIFY(path);
        QCOMPARE(QDir::fromNativeSeparators(path->text()), csv.fileName());
        wizard->reject();
    }

    // A start naming another database is declined (it opens its own window); a request that arrives while the
    // window is still opening its database waits for it instead of being lost.
    void otherDatabaseAndEarlyRequests()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));

        QTemporaryDir other;
        SingleInstance::Request request;
        request.database = other.filePath(QStringLiteral("other.sqlite"));
        request.page = QStringLiteral("tasks");
        QVERIFY(!SingleInstance::deliverTo(window, request));
        QCOMPARE(window.currentPageName(), QStringLiteral("customers"));
        request.database = tdb.settings().path;
        QVERIFY(SingleInstance::deliverTo(window, request));
        QCOMPARE(window.currentPageName(), QStringLiteral("tasks"));

        SingleInstance instance(SingleInstance::defaultKey());
        QVERIFY(instance.listen());
        // A second listener for the same key is refused: one window per user and settings.
        SingleInstance rival(SingleInstance::defaultKey());
        QVERIFY(!rival.listen());

        QProcess early;
        early.setProcessEnvironment(environment());
        early.start(program(QStringLiteral("app/gui/deskcrm")), {QStringLiteral("--page"), QStringLiteral("pipeline")});
        QVERIFY(early.waitForStarted(10000));
        QTest::qWait(500); // the request is read and waits: no handler yet
        QCOMPARE(early.state(), QProcess::Running);
        instance.setHandler(
            [&window](const SingleInstance::Request& r) { return SingleInstance::deliverTo(window, r); });
        QTRY_COMPARE_WITH_TIMEOUT(early.state(), QProcess::NotRunning, 30000);
        QCOMPARE(early.exitCode(), 0);
        QCOMPARE(window.currentPageName(), QStringLiteral("pipeline"));
    }

    // Help > About DeskCRM: the version, the libraries' versions, the open database and the licences, in each
    // language (DESKCRM_SCREENSHOT_DIR keeps a picture of each).
    void aboutDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void aboutDialog()
    {
        QFETCH(QString, language);
        // The language for this row only: its translators are removed again at the end (installing English over
        // Chinese would leave Chinese for every text English does not translate).
        const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
        const QLocale locale = QLocale();
        auto restoreLanguage = qScopeGuard([&] {
            const QList<QTranslator*> installed = qApp->findChildren<QTranslator*>();
            for (QTranslator* translator : installed) {
                if (!before.contains(translator)) {
                    QCoreApplication::removeTranslator(translator);
                    delete translator;
                }
            }
            QLocale::setDefault(locale);
        });
        Translations::install(*qApp, language);
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(action);

        QStringList seen;
        QTimer::singleShot(0, &window, [&] {
            AboutDialog* dialog = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* about = qobject_cast<AboutDialog*>(w); about && about->isVisible())
                    dialog = about;
            }
            if (!dialog)
                return;
            for (const char* name : {"version", "qtVersion", "sqliteVersion", "libpqVersion", "database"})
                seen << dialog->findChild<QLabel*>(QLatin1String(name))->text();
            seen << QString::number(dialog->findChild<QTreeWidget*>(QStringLiteral("libraries"))->topLevelItemCount());
            seen << dialog->details();
            const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                dialog->grab().save(QStringLiteral("%1/%2-about.png").arg(shots, language));
            }
            dialog->reject();
        });
        action->trigger();
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen.at(0), QLatin1String(BuildInfo::kVersion));
        QCOMPARE(seen.at(1), BuildInfo::qtVersion());
        QCOMPARE(seen.at(2), BuildInfo::sqliteVersion());
        QCOMPARE(seen.at(3), BuildInfo::libpqVersion());
        QCOMPARE(seen.at(4), window.database()->settings().displayName());
        QCOMPARE(seen.at(5).toInt(), BuildInfo::libraries().size());
        QVERIFY(seen.at(6).startsWith(BuildInfo::versionLine() + QLatin1Char('\n')));
        QVERIFY(seen.at(6).contains(window.database()->settings().displayName()));
    }

    void fitToScreen_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect laptop(0, 0, 1280, 720);
        QTest::newRow("fits") << QRect(100, 50, 900, 600) << laptop << QRect(100, 50, 900, 600);
        QTest::newRow("larger screen") << QRect(200, 100, 1900, 1100) << laptop << laptop;
        QTest::newRow("right of a wide screen") << QRect(2200, 300, 1000, 600) << laptop << QRect(280, 120, 1000, 600);
        QTest::newRow("above and left") << QRect(-500, -80, 800, 500) << laptop << QRect(0, 0, 800, 500);
        QTest::newRow("second screen at an offset")
            << QRect(0, 0, 800, 600) << QRect(1920, 0, 1366, 768) << QRect(1920, 0, 800, 600);
        QTest::newRow("too small to use") << QRect(10, 10, 200, 100) << laptop << QRect(10, 10, 640, 480);
        QTest::newRow("tiny screen") << QRect(0, 0, 1000, 800) << QRect(0, 0, 600, 400) << QRect(0, 0, 600, 400);
    }
    void fitToScreen()
    {
        QFETCH(QRect, saved);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        QCOMPARE(WindowPlacement::fitToScreen(saved, available), expected);
    }

    // Size, position, the shell's splitter, a page's splitters and a list's columns come back in a new window; a
    // window saved on a bigger screen comes back whole inside this one.
    void placementRestored()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString customerId;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1280, 720));
        const QRect placed(available.left() + 20, available.top() + 30, 1240, 640);
        QList<int> customerColumns;
        int listColumn = 0;
        {
            MainWindow window;
            window.setDatabase(openWithCustomer(tdb, &customerId));
            QVERIFY(window.database());
            QVERIFY(window.showPage(QStringLiteral("customers")));
            window.setGeometry(placed);
            auto* list = window.currentPage()->findChild<QTableView*>(QStringLiteral("recordTable"));
            QVERIFY(list);
            list->horizontalHeader()->resizeSection(0, 211);
            listColumn = list->horizontalHeader()->sectionSize(0);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* main = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            QVERIFY(main);
            // Narrower than the default 180 (the pages' minimum width leaves the navigation little room to grow).
            main->setSizes({150, window.width() - 150 - main->handleWidth()});
            QCOMPARE(main->sizes().constFirst(), 150);

            QVERIFY(window.showPage(QStringLiteral("customer:") + customerId));
            auto* columns = window.findChild<QSplitter*>(QStringLiteral("customerSplitter"));
            QVERIFY(columns);
            QTRY_VERIFY(columns->width() > 200);
            columns->setSizes({columns->width() / 3, columns->width() - columns->width() / 3});
            customerColumns = columns->sizes();

            window.close(); // saves
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("window/geometry")).toRect(), placed);

        {
            MainWindow window;
            window.restoreWindowState();
            QString error;
            window.setDatabase(tdb.open(&error));
            QVERIFY2(window.database(), qPrintable(error));
            QVERIFY(window.showPage(QStringLiteral("customers")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.normalGeometry(), placed);
            // The list's columns are its own (RecordListPage keeps them per entity); they come back all the same.
            QCOMPARE(window.currentPage()
                         ->findChild<QTableView*>(QStringLiteral("recordTable"))
                         ->horizontalHeader()
                         ->sectionSize(0),
                     listColumn);
            QCOMPARE(window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes().constFirst(), 150);

            QVERIFY(window.showPage(QStringLiteral("customer:") + customerId));
            auto* columns = window.findChild<QSplitter*>(QStringLiteral("customerSplitter"));
            QTRY_COMPARE(columns->sizes(), customerColumns);
            window.close();
        }

        // As if saved on a monitor twice this screen's size, far to the right: back inside the screen, whole.
        settings.setValue(QStringLiteral("window/geometry"), QRect(available.right() + 400, available.top() + 100,
                                                                   available.width() * 2, available.height() * 2));
        settings.setValue(QStringLiteral("window/screen"), QStringLiteral("a monitor no longer attached"));
        {
            MainWindow window;
            window.restoreWindowState();
            QCOMPARE(window.geometry(), available);
        }
    }
};

int main(int argc, char* argv[])
{
    // Before QApplication and the first QSettings: this test's settings and data, shared with the deskcrm it
    // starts, under the names the program uses (so SingleInstance::defaultKey() is the same on both sides).
    TestDesktopIntegration test;
    test.useOwnHome();
    // A 1280x720 laptop screen (the offscreen platform's own is 800x600, smaller than the window can be).
    QTemporaryDir screens;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen")) {
        QFile config(screens.filePath(QStringLiteral("screens.json")));
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/deskcrm.svg"))); // as main() does
    QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("DeskCRM"));
    return QTest::qExec(&test, argc, argv);
}

#include "TestDesktopIntegration.moc"
