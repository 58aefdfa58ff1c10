#include "Database.h"
#include "DialogSeams.h"
#include "GlobalSearchDialog.h"
#include "MainWindow.h"
#include "RecordDialog.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// Ctrl+K in the real window: typing pinyin initials finds a Chinese customer, arrows and Enter open it on its
// 360 page; a follow-up search opens a contact's editor; the tool bar's field opens the box with what was
// typed. In both languages (DESKCRM_SCREENSHOT_DIR saves the box with its results).
class TestGlobalSearchWindow : public QObject
{
    Q_OBJECT

    static GlobalSearchDialog* searchDialog(QWidget* window)
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<GlobalSearchDialog*>(w);
                dialog && dialog->isVisible() && dialog->parent() == window)
                return dialog;
        }
        return nullptr;
    }

    static RecordDialog* recordDialog(QWidget* window)
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<RecordDialog*>(w);
                dialog && dialog->isVisible() && dialog->parent() == window)
                return dialog;
        }
        return nullptr;
    }

    // Chinese arrives the way an input method sends it: a committed string.
    static void typeChinese(QWidget* widget, const QString& text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestGlobalSearchWindow"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void typeAndOpen_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("language");
        QTest::newRow("sqlite en") << QStringLiteral("sqlite") << QStringLiteral("en");
        QTest::newRow("sqlite zh_CN") << QStringLiteral("sqlite") << QStringLiteral("zh_CN");
        if (TestDatabase::postgresAvailable())
            QTest::newRow("postgresql en") << QStringLiteral("postgresql") << QStringLiteral("en");
    }
    void typeAndOpen()
    {
        QFETCH(QString, target);
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        QString customer;
        QString contact;
        const WriteResult made = RecordWriter::transact(*opened, [&](RecordWriter& w) -> WriteResult {
            WriteResult c =
                w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QString::fromUtf8("张伟科技有限公司")},
                                                       {QStringLiteral("phone"), QStringLiteral("0769-3557780")}});
            if (!c.ok())
                return c;
            customer = c.id;
            for (const char* other : {"Zhang Wei Trading", "王芳", "赵敏"}) {
                WriteResult o =
                    w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QString::fromUtf8(other)}});
                if (!o.ok())
                    return o;
            }
            WriteResult p =
                w.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), customer},
                                                      {QStringLiteral("name"), QString::fromUtf8("王小明")}});
            contact = p.id;
            return p;
        });
        QVERIFY2(made.ok(), qPrintable(made.message));

        MainWindow window;
        window.setDatabase(std::move(opened));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+K, then pinyin initials typed key by key: only the Chinese company's initials start with zw.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QPointer<GlobalSearchDialog> dialog = searchDialog(&window);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        auto* input = dialog->findChild<QLineEdit*>(QStringLiteral("globalSearchInput"));
        QVERIFY(input);
        QTest::keyClicks(input, QStringLiteral("zw"));
        QTRY_COMPARE(dialog->shownHits(), QStringList{QStringLiteral("customer:") + customer});

        // Typed on: "zhang" is the Chinese company's pinyin and the English company's first word.
        QTest::keyClick(input, Qt::Key_Backspace);
        QTest::keyClicks(input, QStringLiteral("hang"));
        QTRY_COMPARE(dialog->shownHits().size(), 2);
        auto* results = dialog->findChild<QTreeWidget*>(QStringLiteral("globalSearchResults"));
        QVERIFY(results);
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("search-window-%1.png").arg(language))));
            QVERIFY(
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("search-%1-%2.png").arg(language, target))));
        }
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(results->currentItem()->text(0), QString::fromUtf8("张伟科技有限公司"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(window.currentPageName(), QStringLiteral("customer:") + customer);

        // The tool bar's field: the first keystroke opens the box with it; a contact opens in its editor.
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("globalSearchField"));
        QVERIFY(field);
        field->setFocus();
        typeChinese(field, QString::fromUtf8("王"));
        dialog = searchDialog(&window);
        QVERIFY(dialog);
        input = dialog->findChild<QLineEdit*>(QStringLiteral("globalSearchInput"));
        QCOMPARE(input->text(), QString::fromUtf8("王"));
        typeChinese(input, QString::fromUtf8("小"));
        QTRY_COMPARE(dialog->shownHits(), QStringList{QStringLiteral("contact:") + contact});
        QTest::keyClick(input, Qt::Key_Enter);
        QTRY_VERIFY(recordDialog(&window));
        RecordDialog* editor = recordDialog(&window);
        QCOMPARE(editor->entity(), QStringLiteral("contact"));
        editor->reject();
    }
};

QTEST_MAIN(TestGlobalSearchWindow)
#include "TestGlobalSearchWindow.moc"
