#include "ConnectionDialog.h"
#include "DialogSeams.h"
#include "DialogTestHelpers.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>

// The team connection dialog driven like a user would: typed fields become the ConnectionSettings,
// "Test Connection" reports success or a clear failure against the test run's PostgreSQL without
// freezing the window, and no password ever reaches QSettings, with or without a system keychain.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

    static ConnectionSettings testServer()
    {
        ConnectionSettings s;
        QString error;
        if (!ConnectionSettings::parse(qEnvironmentVariable("DESKCRM_TEST_PG"), &s, &error))
            return {};
        return s;
    }

    // A TCP port on this machine where nobody listens: bound once, then released.
    static int closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        const int port = server.serverPort();
        server.close();
        return port;
    }

    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // Fills every field with the keyboard, the TLS mode by its libpq value.
    static bool fill(ConnectionDialog& dialog, const ConnectionSettings& s)
    {
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("host"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("port"));
        auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        auto* sslMode = dialog.findChild<QComboBox*>(QStringLiteral("sslMode"));
        if (!host || !port || !database || !user || !password || !sslMode)
            return false;
        typeInto(host, s.host);
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(s.port));
        typeInto(database, s.database);
        typeInto(user, s.user);
        typeInto(password, s.password);
        const int wanted = sslMode->findData(s.sslMode.isEmpty() ? QStringLiteral("prefer") : s.sslMode);
        if (wanted < 0)
            return false;
        sslMode->setFocus();
        QTest::keyClick(sslMode, Qt::Key_Home);
        for (int i = 0; i < wanted; ++i)
            QTest::keyClick(sslMode, Qt::Key_Down);
        return sslMode->currentIndex() == wanted;
    }

    static QPushButton* connectButton(ConnectionDialog& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>();
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    // Clicks "Test Connection" and waits for the outcome; elapsedMs is how long it took, ticks how
    // often a 50 ms timer fired meanwhile (the window stayed responsive when it kept firing).
    static bool runTest(ConnectionDialog& dialog, bool* ok, QString* message, qint64* elapsedMs, int* ticks = nullptr)
    {
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
        if (!button || !button->isEnabled())
            return false;
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        int tickCount = 0;
        QTimer ticker;
        ticker.setInterval(50);
        QObject::connect(&ticker, &QTimer::timeout, [&tickCount] { ++tickCount; });
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(button, Qt::LeftButton);
        if (!finished.wait(30000))
            return false;
        *elapsedMs = clock.elapsed();
        if (ticks)
            *ticks = tickCount;
        *ok = finished.at(0).at(0).toBool();
        *message = finished.at(0).at(1).toString();
        return true;
    }

    // Every key and value of the application's QSettings, for "the password is nowhere" checks.
    static QString settingsDump()
    {
        QSettings settings;
        QString dump;
        for (const QString& key : settings.allKeys()) {
            const QVariant value = settings.value(key);
            dump += key + QLatin1Char('=') + value.toString() + QLatin1Char(' ') +
                    QString::fromUtf8(value.toByteArray()) + QLatin1Char('\n');
        }
        return dump;
    }

    ModalWatcher m_modals;

private slots:
    void cleanup() { m_modals.reset(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConnectionDialog"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void formProducesSettings()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* ok = connectButton(dialog);
        QVERIFY(ok);

        // Host, database and user are needed before anything can be tried.
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("host"));
        QVERIFY(host);
        QVERIFY(!ok->isEnabled());

        ConnectionSettings wanted;
        wanted.dialect = ConnectionSettings::Dialect::PostgreSQL;
        wanted.host = QStringLiteral("crm.example.com");
        wanted.port = 6543;
        wanted.database = QStringLiteral("sales");
        wanted.user = QStringLiteral("alice");
        wanted.password = QStringLiteral("p@ss:w/rd?#1");
        wanted.sslMode = QStringLiteral("verify-full");
        QVERIFY(fill(dialog, wanted));
        QVERIFY(ok->isEnabled());

        const ConnectionSettings s = dialog.settings();
        QCOMPARE(s.dialect, ConnectionSettings::Dialect::PostgreSQL);
        QCOMPARE(s.host, wanted.host);
        QCOMPARE(s.port, 6543);
        QCOMPARE(s.database, wanted.database);
        QCOMPARE(s.user, wanted.user);
        QCOMPARE(s.password, wanted.password);
        QCOMPARE(s.sslMode, QStringLiteral("verify-full"));
        // Without a keychain the "remember" box is not offered at all.
        QVERIFY(!dialog.rememberPassword());

        // The name shown and remembered carries everything but the password, and reads back the same.
        const QString name = s.displayName();
        QVERIFY2(!name.contains(QStringLiteral("p@ss")) && !name.contains(QStringLiteral("w/rd")), qPrintable(name));
        ConnectionSettings parsed;
        QString error;
        QVERIFY2(ConnectionSettings::parse(name, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.host, wanted.host);
        QCOMPARE(parsed.port, 6543);
        QCOMPARE(parsed.database, wanted.database);
        QCOMPARE(parsed.user, wanted.user);
        QCOMPARE(parsed.sslMode, wanted.sslMode);
        QVERIFY(parsed.password.isEmpty());

        // Surrounding blanks typed by accident do not end up in the host name; an empty user disables Connect.
        typeInto(host, QStringLiteral("  crm.example.com "));
        QCOMPARE(dialog.settings().host, QStringLiteral("crm.example.com"));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("user")), QString());
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
    }

    void setSettingsFillsForm()
    {
        ConnectionSettings s;
        QString error;
        const QString url = QStringLiteral("postgresql://bob@db.local:5433/team?sslmode=require");
        QVERIFY(ConnectionSettings::parse(url, &s, &error));
        ConnectionDialog dialog;
        dialog.setSettings(s);
        const ConnectionSettings back = dialog.settings();
        QCOMPARE(back.host, QStringLiteral("db.local"));
        QCOMPARE(back.port, 5433);
        QCOMPARE(back.database, QStringLiteral("team"));
        QCOMPARE(back.user, QStringLiteral("bob"));
        QCOMPARE(back.sslMode, QStringLiteral("require"));
        QCOMPARE(back.displayName(), s.displayName());
    }

    void testButtonSucceeds()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        QVERIFY2(tdb.open(&error), qPrintable(error)); // creates the schema

        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ConnectionSettings s = tdb.settings();
        s.sslMode = QStringLiteral("prefer");
        QVERIFY(fill(dialog, s));
        bool ok = false;
        QString message;
        qint64 ms = 0;
        QVERIFY(runTest(dialog, &ok, &message, &ms));
        qInfo("test connection to the test server: %lld ms", ms);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("schema version")), qPrintable(message));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), message);
        QVERIFY(!dialog.isTesting());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
    }

    void testButtonWrongPassword()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        ConnectionSettings s = testServer();
        QVERIFY(!s.host.isEmpty());
        s.password += QStringLiteral("-wrong");
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(fill(dialog, s));
        bool ok = true;
        QString message;
        qint64 ms = 0;
        QVERIFY(runTest(dialog, &ok, &message, &ms));
        qInfo("wrong password reported after %lld ms: %s", ms, qPrintable(message));
        QVERIFY2(!ok, qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Could not connect")), qPrintable(message));
        // The server's own words, so the user knows it is the password and not the network.
        QVERIFY2(message.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(s.password), qPrintable(message));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    }

    void testButtonClosedPort()
    {
        const int port = closedPort();
        QVERIFY(port > 0);
        ConnectionSettings s;
        s.dialect = ConnectionSettings::Dialect::PostgreSQL;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.database = QStringLiteral("deskcrm");
        s.user = QStringLiteral("nobody");
        s.password = QStringLiteral("secret");
        s.sslMode = QStringLiteral("disable");
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(fill(dialog, s));
        bool ok = true;
        QString message;
        qint64 ms = 0;
        QVERIFY(runTest(dialog, &ok, &message, &ms));
        qInfo("closed port %d reported after %lld ms: %s", port, ms, qPrintable(message));
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(QStringLiteral("Could not connect")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), message);
    }

    // A server that accepts TCP but never answers (a firewall dropping packets looks the same to libpq):
    // the window keeps painting while the test waits, and closing the dialog does not wait for it.
    void testButtonSilentServerKeepsWindowResponsive()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.dialect = ConnectionSettings::Dialect::PostgreSQL;
        s.host = QStringLiteral("127.0.0.1");
        s.port = silent.serverPort();
        s.database = QStringLiteral("deskcrm");
        s.user = QStringLiteral("nobody");
        s.sslMode = QStringLiteral("disable");
        auto dialog = std::make_unique<ConnectionDialog>();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(fill(*dialog, s));
        QSignalSpy finished(dialog.get(), &ConnectionDialog::testFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QVERIFY(dialog->isTesting());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        // The GUI thread is free while libpq waits.
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(500);
        QVERIFY(clock.elapsed() < 1500);
        QCOMPARE(finished.count(), 0);
        clock.restart();
        dialog.reset();
        qInfo("closing the dialog during a pending test took %lld ms", clock.elapsed());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    // What CI has: no Secret Service, often no D-Bus session at all. The store answers quickly with
    // a message instead of hanging, and the dialog still connects, saying the password is not kept.
    void keychainUnavailable()
    {
        PasswordStore store(QStringLiteral("DeskCRM-test"), 5000);
        QElapsedTimer clock;
        clock.start();
        QString password;
        bool found = true;
        QString error;
        const bool readOk = store.read(QStringLiteral("postgresql://nobody@nowhere:1/none"), &password, &found, &error);
        const qint64 readMs = clock.elapsed();
        qInfo("keychain read: %s after %lld ms (%s)", readOk ? "answered" : "failed", readMs, qPrintable(error));
        QVERIFY2(readMs < 3000, qPrintable(QString::number(readMs)));
        if (readOk)
            QSKIP("a system keychain answered here; this test is about running without one");
        QVERIFY(!found);
        QVERIFY(!error.isEmpty());

        ConnectionSettings s;
        s.dialect = ConnectionSettings::Dialect::PostgreSQL;
        s.host = QStringLiteral("127.0.0.1");
        s.port = closedPort();
        s.database = QStringLiteral("deskcrm");
        s.user = QStringLiteral("nobody");
        ConnectionDialog dialog(nullptr, &store);
        clock.restart();
        dialog.setSettings(s); // looks the password up
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(remember && status);
        QVERIFY2(status->isVisible() && status->text().contains(QStringLiteral("not be remembered")),
                 qPrintable(status->text()));
        QVERIFY(!remember->isChecked());
        QVERIFY(!dialog.rememberPassword());

        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("typed-secret"));
        QPushButton* ok = connectButton(dialog);
        QVERIFY(ok && ok->isEnabled());
        clock.restart();
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(dialog.settings().password, QStringLiteral("typed-secret"));
        QVERIFY(!settingsDump().contains(QStringLiteral("typed-secret")));
    }

    // The keychain cannot be reached when it is asked to keep the password (it went away after the dialog
    // opened, or did not answer in time): connecting still works, and the user is told.
    void keychainFailsOnSave()
    {
        PasswordStore probe(QStringLiteral("DeskCRM-test"), 5000);
        QString error;
        bool found = false;
        if (probe.read(QStringLiteral("probe"), nullptr, &found, &error))
            QSKIP("a system keychain answered here; this test is about running without one");

        ConnectionDialog dialog(nullptr, &probe);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ConnectionSettings s;
        s.dialect = ConnectionSettings::Dialect::PostgreSQL;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 5432;
        s.database = QStringLiteral("deskcrm");
        s.user = QStringLiteral("carol");
        s.password = QStringLiteral("carols-secret");
        QVERIFY(fill(dialog, s));
        // No lookup happened (setSettings was not called), so the box is still offered and ticked.
        QVERIFY(dialog.rememberPassword());
        QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(DialogSeams::lastMessage().contains(QStringLiteral("not be remembered")),
                 qPrintable(DialogSeams::lastMessage()));
        QVERIFY(!settingsDump().contains(QStringLiteral("carols-secret")));
    }

    // The whole path through the main window: File > Connect to team database, typed in, Connect.
    // Afterwards neither QSettings nor the window shows the password.
    void connectFromMainWindowKeepsPasswordOutOfSettings()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QSettings().clear();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("connectTeamAction"));
        QVERIFY(action);
        const ConnectionSettings s = tdb.settings();
        QVERIFY(!s.password.isEmpty());
        bool filled = false;
        m_modals.when(QStringLiteral("connectionDialog"), [&filled, s](QWidget* modal) {
            auto* dialog = qobject_cast<ConnectionDialog*>(modal);
            if (!dialog)
                return;
            filled = fill(*dialog, s);
            // This machine's keychain (if any) is left alone.
            if (auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassword")))
                remember->setChecked(false);
            QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        action->trigger();
        QVERIFY(filled);
        QVERIFY2(window.database(), qPrintable(DialogSeams::lastMessage()));
        QVERIFY(window.database()->isPostgres());
        QCOMPARE(window.database()->settings().database, s.database);

        const QString dump = settingsDump();
        QVERIFY2(dump.contains(s.database), qPrintable(dump));  // remembered, by name …
        QVERIFY2(!dump.contains(s.password), qPrintable(dump)); // … never with the password
        const QString name = window.database()->settings().displayName();
        QVERIFY2(!name.contains(s.password), qPrintable(name));
        QVERIFY(!window.windowTitle().contains(s.password));
        window.setDatabase(nullptr);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
