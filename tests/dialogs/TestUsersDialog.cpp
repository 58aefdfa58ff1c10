// Tools > Users and Roles…: the users of a team database with role, team and state, the buttons that apply to
// the selected one, and how it looks in English and Chinese (DESKCRM_SCREENSHOT_DIR: users-dialog-<lang>.png).
#include "Database.h"
#include "DialogSeams.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "UserAdministration.h"
#include "UsersDialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTest>

class TestUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsUsersAndLooksRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void showsUsersAndLooksRight()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        UserAdministration admin(*db);
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
        const QString south = admin.teamNamed(QStringLiteral("华南销售部")).id;
        const QString north = admin.teamNamed(QStringLiteral("华北销售部")).id;
        struct Row
        {
            const char* name;
            const char* display;
            const char* role;
            QString team;
        };
        const Row rows[] = {{"wang.fang", "王芳", "rep", south},
                            {"li.na", "李娜", "lead", south},
                            {"zhang.wei", "张伟", "rep", north},
                            {"chen.jing", "陈静", "finance", QString()},
                            {"zhao.lei", "赵磊", "readonly", north}};
        for (const Row& row : rows) {
            const WriteResult added = admin.createUser({QString::fromLatin1(row.name) + QLatin1Char('_') + suffix,
                                                        QString::fromUtf8(row.display),
                                                        QString::fromLatin1(row.role),
                                                        row.team,
                                                        {}},
                                                       QStringLiteral("a good password"));
            QVERIFY2(added.ok(), qPrintable(added.message));
        }
        QVERIFY(admin.deactivate(QStringLiteral("zhang.wei_") + suffix, QStringLiteral("li.na_") + suffix).ok());

        UsersDialog dialog(*db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 6); // the administrator who opened the database, and the five
        // Active users first; the deactivated one last, marked so.
        QCOMPARE(table->item(5, 1)->text(), QStringLiteral("zhang.wei_") + suffix);
        QCOMPARE(table->item(5, 4)->text(),
                 language == QLatin1String("zh_CN") ? QStringLiteral("已停用") : QStringLiteral("Deactivated"));
        auto* deactivate = dialog.findChild<QPushButton*>(QStringLiteral("deactivateUser"));
        QVERIFY(deactivate && !deactivate->isEnabled()); // nothing selected yet
        table->selectRow(1);
        QVERIFY(deactivate->isEnabled());
        table->selectRow(5);
        QVERIFY(!deactivate->isEnabled()); // already deactivated
        // Change Role… applies to active users only (what it does: TestRowSecurity::roleChangeTakesEffectAtOnce).
        auto* changeRole = dialog.findChild<QPushButton*>(QStringLiteral("changeRole"));
        QVERIFY(changeRole && !changeRole->isEnabled());
        table->selectRow(1);
        QVERIFY(changeRole->isEnabled());
        for (int column = 0; column < table->columnCount(); ++column)
            QVERIFY2(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column),
                     qPrintable(QString::number(column)));

        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("users-dialog-%1.png").arg(language))));
        }
        dialog.reject();
        Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUsersDialog)
#include "TestUsersDialog.moc"
