#include "Database.h"
#include "DialogSeams.h"
#include "DialogTestHelpers.h"
#include "FirstRunDialog.h"
#include "GuiOptions.h"
#include "Startup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

// The first start on a new computer, through Startup as the program runs it: the first-run dialog is
// answered with clicks and keys, then the database it leaves behind is counted. Empty means the schema
// and no customers, demo data means customers, and cancelling leaves no file for the next start.
class TestFirstRunDialog : public QObject
{
    Q_OBJECT

    static QString defaultPath() { return ConnectionSettings::defaultLocal().path; }

    static void removeDefaultDatabase()
    {
        const QString path = defaultPath();
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }

    static qint64 count(Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    ModalWatcher m_modals;

    static QPushButton* button(QWidget* dialog, QDialogButtonBox::StandardButton which)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        return box ? box->button(which) : nullptr;
    }

    static void choose(QWidget* dialog, const QString& radioName)
    {
        if (auto* radio = dialog->findChild<QRadioButton*>(radioName))
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }

    static void setCustomers(QWidget* dialog, int customers)
    {
        auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("demoCustomers"));
        if (!spin)
            return;
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(customers));
    }

    std::unique_ptr<Database> start(QString* error)
    {
        GuiOptions options; // no --database: the default file, first-run questions when it is new
        return Startup::openInitialDatabase(options, nullptr, error);
    }

private slots:
    void cleanup() { m_modals.reset(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestFirstRunDialog"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        QVERIFY2(defaultPath().contains(QStringLiteral("qttest")), qPrintable(defaultPath()));
    }

    void init()
    {
        QSettings().clear();
        removeDefaultDatabase();
    }

    void cleanupTestCase()
    {
        removeDefaultDatabase();
        QSettings().clear();
    }

    void emptyDatabase()
    {
        bool answered = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [&answered](QWidget* dialog) {
            choose(dialog, QStringLiteral("demoData"));
            choose(dialog, QStringLiteral("emptyDatabase"));
            answered = qobject_cast<FirstRunDialog*>(dialog)->choice() == FirstRunDialog::EmptyDatabase;
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QString error;
        auto db = start(&error);
        QVERIFY(answered);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isSQLite());
        QCOMPARE(QFileInfo(db->settings().path).canonicalFilePath(), QFileInfo(defaultPath()).canonicalFilePath());
        QVERIFY(db->schemaVersion() > 0);
        QCOMPARE(count(*db, QStringLiteral("customers")), 0);
        QCOMPARE(count(*db, QStringLiteral("opportunities")), 0);
        db.reset();

        // The second start opens the same file without asking again.
        bool askedAgain = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [&askedAgain](QWidget* dialog) {
            askedAgain = true;
            qobject_cast<QDialog*>(dialog)->reject();
        });
        db = start(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!askedAgain);
    }

    void demoData()
    {
        bool answered = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [&answered](QWidget* dialog) {
            auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("demoCustomers"));
            const bool disabledBefore = spin && !spin->isEnabled();
            choose(dialog, QStringLiteral("demoData"));
            const bool enabledAfter = spin && spin->isEnabled();
            setCustomers(dialog, 25);
            answered = disabledBefore && enabledAfter && qobject_cast<FirstRunDialog*>(dialog)->demoCustomers() == 25;
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QString error;
        auto db = start(&error);
        QVERIFY(answered);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->schemaVersion() > 0);
        QCOMPARE(count(*db, QStringLiteral("customers")), 25);
        QVERIFY(count(*db, QStringLiteral("contacts")) > 0);
        QVERIFY(count(*db, QStringLiteral("opportunities")) > 0);
    }

    // Cancelling the progress of a big demo load: nothing is written, the dialog says so and stays open,
    // and the user can still start empty.
    void cancelDemoDataThenStartEmpty()
    {
        bool cancelled = false;
        QString statusText;
        m_modals.when(QStringLiteral("firstRunDialog"), [this, &cancelled, &statusText](QWidget* dialog) {
            choose(dialog, QStringLiteral("demoData"));
            setCustomers(dialog, 200000);
            m_modals.when(QStringLiteral("demoProgress"), [&cancelled, &statusText, dialog](QWidget* progress) {
                if (auto* cancel = progress->findChild<QPushButton*>()) {
                    QTest::mouseClick(cancel, Qt::LeftButton);
                    cancelled = true;
                }
                // Once the progress dialog is gone, read what the first-run dialog says and start empty.
                QTimer::singleShot(0, dialog, [&statusText, dialog] {
                    auto waitDone = new QTimer(dialog);
                    waitDone->setInterval(20);
                    QObject::connect(waitDone, &QTimer::timeout, dialog, [waitDone, &statusText, dialog] {
                        if (QApplication::activeModalWidget() != dialog)
                            return;
                        waitDone->stop();
                        auto* status = dialog->findChild<QLabel*>(QStringLiteral("status"));
                        statusText = status && status->isVisible() ? status->text() : QString();
                        choose(dialog, QStringLiteral("emptyDatabase"));
                        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
                    });
                    waitDone->start();
                });
            });
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QString error;
        auto db = start(&error);
        QVERIFY(cancelled);
        QVERIFY2(statusText.contains(QStringLiteral("Cancelled")), qPrintable(statusText));
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("customers")), 0);
        QCOMPARE(count(*db, QStringLiteral("contacts")), 0);
    }

    // Cancel on the welcome question: the program does not start, and the next start asks again
    // because no database file was left behind.
    void cancelLeavesNoFile()
    {
        bool answered = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [&answered](QWidget* dialog) {
            answered = true;
            QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QString error = QStringLiteral("unchanged");
        auto db = start(&error);
        QVERIFY(answered);
        QVERIFY(!db);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // the user's choice, not an error to show
        const QFileInfo file(defaultPath());
        QVERIFY2(!file.exists(), qPrintable(file.absoluteFilePath()));
        const QStringList leftovers = file.absoluteDir().entryList({file.fileName() + QLatin1Char('*')}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        QVERIFY(QSettings().value(QStringLiteral("database/last")).toString().isEmpty());

        bool askedAgain = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [&askedAgain](QWidget* dialog) {
            askedAgain = true;
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        db = start(&error);
        QVERIFY(askedAgain);
        QVERIFY2(db, qPrintable(error));
    }

    // "Connect to a team database…" then Cancel in the connection dialog: the local database works.
    void teamDatabaseCancelledFallsBackToLocal()
    {
        bool sawConnectionDialog = false;
        m_modals.when(QStringLiteral("firstRunDialog"), [this, &sawConnectionDialog](QWidget* dialog) {
            choose(dialog, QStringLiteral("teamDatabase"));
            m_modals.when(QStringLiteral("connectionDialog"), [&sawConnectionDialog](QWidget* connection) {
                sawConnectionDialog = true;
                QTest::mouseClick(button(connection, QDialogButtonBox::Cancel), Qt::LeftButton);
            });
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QString error;
        auto db = start(&error);
        QVERIFY(sawConnectionDialog);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isSQLite());
        QCOMPARE(count(*db, QStringLiteral("customers")), 0);
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
