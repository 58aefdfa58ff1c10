#include "ConnectingDialog.h"
#include "Database.h"
#include "DatabaseProbe.h"
#include "SchemaMigrator.h"
#include "Startup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

// Opening a database never freezes the window: the connect and any schema upgrade run off its thread
// (DatabaseProbe) behind ConnectingDialog, which the user can cancel. The window's event loop is measured while a
// "server" accepts the connection and never answers, as a dead office server behind a VPN does.
class TestStartupWatchdog : public QObject
{
    Q_OBJECT

    // Longest pause of the event loop while it runs, sampled by a 10 ms timer.
    struct LoopWatch
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        LoopWatch()
        {
            timer.setInterval(10);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                longest = qMax(longest, now - last);
                last = now;
            });
            clock.start();
            timer.start();
        }
    };

    static ConnectingDialog* visibleDialog()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<ConnectingDialog*>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

private slots:
    void silentServerCanBeCancelled()
    {
        // Accepts connections and never says a word, like a server whose packets are swallowed.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held.emplace_back(silent.nextPendingConnection());
        });
        ConnectionSettings settings;
        settings.dialect = ConnectionSettings::Dialect::PostgreSQL;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = silent.serverPort();
        settings.database = QStringLiteral("crm");
        settings.user = QStringLiteral("rep");
        settings.password = QStringLiteral("secret");
        settings.connectTimeoutS = 60;

        QString status;
        bool cancelled = false;
        QTimer cancel;
        cancel.setSingleShot(true);
        connect(&cancel, &QTimer::timeout, this, [&] {
            ConnectingDialog* dialog = visibleDialog();
            if (!dialog)
                return;
            status = dialog->findChild<QLabel*>(QStringLiteral("connectingStatus"))->text();
            if (const QString shots = qEnvironmentVariable("DESKCRM_SHOTS_DIR"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/connecting.png"));
            QTest::keyClick(dialog, Qt::Key_Escape);
            cancelled = true;
        });
        cancel.start(ConnectingDialog::kShowAfterMs + 500);

        LoopWatch watch;
        QElapsedTimer elapsed;
        elapsed.start();
        QString error = QStringLiteral("unset");
        const auto db = Startup::open(settings, nullptr, &error);
        const qint64 took = elapsed.elapsed();
        QVERIFY(!db);
        QVERIFY2(cancelled, "the connecting dialog was not shown");
        QVERIFY2(status.contains(QStringLiteral("127.0.0.1")), qPrintable(status));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // cancelled, not failed
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));
        QVERIFY2(watch.longest <= 250, qPrintable(QStringLiteral("event loop blocked %1 ms").arg(watch.longest)));
        QVERIFY(held.size() >= 1); // the connection attempt really reached the silent server
    }

    void refusedConnectionFailsQuicklyWithTheReason()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there now
        ConnectionSettings settings;
        settings.dialect = ConnectionSettings::Dialect::PostgreSQL;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.database = QStringLiteral("crm");
        settings.user = QStringLiteral("rep");
        LoopWatch watch;
        QString error;
        QVERIFY(!Startup::open(settings, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot open the database")), qPrintable(error));
        QVERIFY2(watch.longest <= 250, qPrintable(QStringLiteral("event loop blocked %1 ms").arg(watch.longest)));
    }

    // An old database is upgraded by the probe, which tells each step; the real open after it has nothing to do.
    void upgradeReportsItsSteps()
    {
        const QString source =
            qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/deskcrm-schema-v1.sqlite");
        QVERIFY2(QFile::exists(source), qPrintable(source));
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(source, settings.path));
        QFile::setPermissions(settings.path, QFile::ReadOwner | QFile::WriteOwner);

        const DatabaseProbe probe(settings);
        QTRY_VERIFY_WITH_TIMEOUT(probe.isDone(), 30000);
        const DatabaseProbe::Status done = probe.status();
        QVERIFY2(done.state == DatabaseProbe::State::Succeeded, qPrintable(done.error));
        // One step per migration file after version 1 (counted: version numbers may leave gaps).
        const int total = done.steps;
        const int files =
            int(QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files).size());
        QCOMPARE(total, files - 1);

        QString error;
        const auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), SchemaMigrator::latestVersion());
    }
};

QTEST_MAIN(TestStartupWatchdog)
#include "TestStartupWatchdog.moc"
