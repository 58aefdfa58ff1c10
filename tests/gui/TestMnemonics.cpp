#include "DemoDataGenerator.h"
#include "DialogSeams.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "Page.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// One Alt+letter, one meaning, in the language under test (DESKCRM_UI_LANG; CTest runs en and zh_CN): on every
// page of the real window the menu bar's titles and the page's buttons, labelled fields, group boxes and tabs
// use different letters, and each menu's items too. And the keys do what the letters say: Alt+F on a list with
// a date filter opens the File menu, not a field (issue 21).
class TestMnemonics : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<MainWindow> m_window;
    QString m_customerId;

    QStringList pages() const
    {
        QStringList names = GuiOptions::pageNames();
        names << QStringLiteral("customer:") + m_customerId;
        return names;
    }

private slots:
    void initTestCase()
    {
        const QString language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, language);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMnemonics"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);

        m_tdb = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
        QVERIFY2(m_tdb->isValid(), qPrintable(m_tdb->error()));
        QString error;
        auto db = m_tdb->open(&error);
        QVERIFY2(db, qPrintable(error));
        DemoDataGenerator::Options options;
        options.customers = 20;
        options.seed = 11;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers ORDER BY name")) && q.next());
        m_customerId = q.value(0).toString();

        m_window = std::make_unique<MainWindow>();
        m_window->setDatabase(std::move(db));
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // What one Alt press could mean on each page: the menu bar's titles and what the page shows.
    void uniqueWithinTheWindow()
    {
        QStringList problems;
        for (const QString& name : pages()) {
            QVERIFY2(m_window->showPage(name), qPrintable(name));
            QList<QPair<QString, QString>> items;
            for (QAction* menu : m_window->menuBar()->actions())
                items << qMakePair(QStringLiteral("menu bar"), menu->text());
            items << Mnemonics::visibleMnemonics(*m_window);
            problems << Mnemonics::clashes(name, items);
            // Nothing on a page without a mnemonic letter at all would be found by this test: each list page has
            // labelled filters, so an empty list means the walk missed them.
            if (name == QLatin1String("customers") && items.size() < 6)
                problems << QStringLiteral("customers: only %1 texts with mnemonics found").arg(items.size());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Within each menu, in the order the menu shows them.
    void uniqueWithinEachMenu()
    {
        QStringList problems;
        for (QAction* menu : m_window->menuBar()->actions()) {
            QList<QPair<QString, QString>> items;
            for (QAction* item : menu->menu()->actions()) {
                if (!item->isSeparator())
                    items << qMakePair(item->objectName(), item->text());
            }
            problems << Mnemonics::clashes(menu->text(), items);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Alt+<a menu's letter> opens that menu on every page, whatever the page shows.
    void altOpensTheMenus()
    {
        for (const QString& name : pages()) {
            QVERIFY2(m_window->showPage(name), qPrintable(name));
            for (QAction* title : m_window->menuBar()->actions()) {
                const QString letter = Mnemonics::letter(title->text());
                QVERIFY2(!letter.isEmpty(), qPrintable(title->text()));
                QApplication::setActiveWindow(m_window.get());
                QTest::keyClick(m_window.get(), Qt::Key(letter.toUpper().at(0).unicode()), Qt::AltModifier);
                QMenu* menu = title->menu();
                QTRY_VERIFY2(
                    menu->isVisible(),
                    qPrintable(
                        QStringLiteral("%1: Alt+%2 did not open %3").arg(name, letter.toUpper(), title->text())));
                QCOMPARE(QApplication::activePopupWidget(), menu);
                menu->hide();
                QTRY_VERIFY(!QApplication::activePopupWidget());
            }
        }
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
