#include "Database.h"
#include "DialogSeams.h"
#include "DuplicateWarningDialog.h"
#include "FindDuplicatesDialog.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "RecordDialog.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// Tools > Find duplicates… through the main window, by keyboard: the group with its reasons, Merge… (the merge
// dialog's survivor, a field choice and its preview of what moves), the merge in the database, Edit > Undo and
// Redo. DESKCRM_SCREENSHOT_DIR saves both dialogs; DESKCRM_UI_LANG picks the language (default en).
class TestDuplicateDialogs : public QObject
{
    Q_OBJECT

    QString m_language;

    static QString insert(Database& db, const QString& table, const QVariantHash& values)
    {
        RecordWriter writer(db);
        const WriteResult added = writer.insert(table, values);
        return added.ok() && writer.commit().ok() ? added.id : QString();
    }

    static QString value(const Database& db, const QString& sql, const QString& id)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
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
        QCoreApplication::setApplicationName(QStringLiteral("TestDuplicateDialogs"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    // The customer editor warns before saving a likely duplicate: Cancel keeps the form, "Open existing" asks the
    // shell to open the match, "Save anyway" (Enter in the real warning) saves.
    void editorWarnsBeforeSaving()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString acme = insert(*db, QStringLiteral("customers"),
                                    {{QStringLiteral("name"), QStringLiteral("Acme")},
                                     {QStringLiteral("email"), QStringLiteral("info@acme.example")}});
        const auto customers = [&db] {
            QSqlQuery q(db->connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL")) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QSignalSpy saved(dialog.get(), &RecordDialog::saved);
        QSignalSpy open(dialog.get(), &RecordDialog::openExistingRequested);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("ACME Co., Ltd."));

        DuplicateWarningDialog::setNextChoice(DuplicateWarningDialog::Cancel);
        QVERIFY(!dialog->save());
        QCOMPARE(customers(), 1);
        QVERIFY(dialog->isVisible());

        DuplicateWarningDialog::setNextChoice(DuplicateWarningDialog::OpenExisting);
        QVERIFY(!dialog->save());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(1).toString(), acme);
        QCOMPARE(customers(), 1);

        // The real warning, answered by keyboard: Enter is "Save anyway".
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto* warning = qobject_cast<DuplicateWarningDialog*>(QApplication::activeModalWidget());
            if (!warning)
                return;
            const auto closer = qScopeGuard([warning] {
                if (warning->isVisible())
                    warning->reject();
            });
            shown = warning->findChild<QTreeWidget*>(QStringLiteral("matchList"))->topLevelItem(0)->text(0);
            screenshot(warning, QStringLiteral("duplicate-warning"));
            QTest::keyClick(warning, Qt::Key_Return);
        });
        QVERIFY(dialog->save());
        QCOMPARE(shown, QStringLiteral("Acme"));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(customers(), 2);
    }

    void findMergeUndoByKeyboard()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        Database& db = *opened;
        const bool zh = m_language.startsWith(QLatin1String("zh"));
        const QString keep = insert(db, QStringLiteral("customers"),
                                    {{QStringLiteral("name"), zh ? QStringLiteral("华为技术") : QStringLiteral("Acme")},
                                     {QStringLiteral("email"), QStringLiteral("info@acme.example")},
                                     {QStringLiteral("city"), zh ? QStringLiteral("深圳") : QStringLiteral("Boston")}});
        const QString dup = insert(
            db, QStringLiteral("customers"),
            {{QStringLiteral("name"), zh ? QStringLiteral("华为技术有限公司") : QStringLiteral("ACME Co., Ltd.")},
             {QStringLiteral("email"), QStringLiteral("sales@acme.example")},
             {QStringLiteral("phone"), QStringLiteral("+86 769 2355 7780")}});
        insert(db, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Contoso")}});
        const QString person =
            insert(db, QStringLiteral("contacts"),
                   {{QStringLiteral("customer_id"), dup},
                    {QStringLiteral("name"), zh ? QStringLiteral("王伟") : QStringLiteral("Wang Wei")}});
        const QString call =
            insert(db, QStringLiteral("interactions"),
                   {{QStringLiteral("customer_id"), dup},
                    {QStringLiteral("subject"), zh ? QStringLiteral("电话沟通") : QStringLiteral("Call")},
                    {QStringLiteral("occurred_at"), db.clock().nowUtc()}});
        QVERIFY(!person.isEmpty() && !call.isEmpty());

        MainWindow window;
        window.setDatabase(std::move(opened));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Database& live = *window.database();

        QAction* find = window.findChild<QAction*>(QStringLiteral("findDuplicatesAction"));
        QVERIFY(find);
        find->trigger();
        FindDuplicatesDialog* dialog = window.findChild<FindDuplicatesDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget* tree = dialog->groupTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QTRY_VERIFY(tree->hasFocus());
        QVERIFY2(tree->topLevelItem(0)->text(0).contains(zh ? QStringLiteral("名称相同") : QStringLiteral("Same name")),
                 qPrintable(tree->topLevelItem(0)->text(0)));
        screenshot(dialog, QStringLiteral("find-duplicates"));

        // Down to the second record, then Enter: it is offered as the record to keep.
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(tree->currentItem()->text(0), tree->topLevelItem(0)->child(1)->text(0));
        QString preview;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* merge = qobject_cast<MergeDialog*>(QApplication::activeModalWidget());
            if (!merge)
                return;
            seen = true;
            // Whatever happens below, the modal dialog goes, so a failure cannot leave the test waiting.
            const auto closer = qScopeGuard([merge] {
                if (merge->isVisible())
                    merge->reject();
            });
            merge->resize(1000, 600);
            QApplication::setActiveWindow(merge);
            QVERIFY(QTest::qWaitForWindowActive(merge));
            // The record under the cursor first; keep the first record (Acme) instead, by keyboard.
            auto* first = merge->findChild<QRadioButton*>(QStringLiteral("survivor_1"));
            first->setFocus();
            QTest::keyClick(first, Qt::Key_Space);
            QCOMPARE(merge->survivor(), 1);
            QVERIFY(merge->choiceColumns().contains(QStringLiteral("email")));
            QVERIFY(merge->choiceColumns().contains(QStringLiteral("phone")));
            // Keep the duplicate's e-mail: the field's values are one radio group, arrows move between them.
            auto* mine = merge->findChild<QRadioButton*>(QStringLiteral("choice_email_1"));
            QVERIFY(mine && mine->isChecked());
            mine->setFocus();
            QTRY_VERIFY(mine->hasFocus());
            QTest::keyClick(mine, Qt::Key_Left);
            QVERIFY(merge->findChild<QRadioButton*>(QStringLiteral("choice_email_0"))->isChecked());
            preview = merge->previewText();
            screenshot(merge, QStringLiteral("merge"));
            QTest::keyClick(merge, Qt::Key_Return);
        });
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(seen);
        QVERIFY2(preview.contains(zh ? QStringLiteral("1 位联系人") : QStringLiteral("1 contact")),
                 qPrintable(preview));
        QVERIFY2(preview.contains(zh ? QStringLiteral("1 条跟进记录") : QStringLiteral("1 follow-up")),
                 qPrintable(preview));

        // Merged: the duplicate is a tombstone pointing at the survivor, its contact and follow-up moved.
        QCOMPARE(value(live, QStringLiteral("SELECT merged_into_id FROM customers WHERE id = ?"), dup), keep);
        QCOMPARE(value(live, QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), person), keep);
        QCOMPARE(value(live, QStringLiteral("SELECT customer_id FROM interactions WHERE id = ?"), call), keep);
        QCOMPARE(value(live, QStringLiteral("SELECT email FROM customers WHERE id = ?"), keep),
                 QStringLiteral("sales@acme.example"));
        QCOMPARE(value(live, QStringLiteral("SELECT phone FROM customers WHERE id = ?"), keep),
                 QStringLiteral("+86 769 2355 7780"));
        QCOMPARE(tree->topLevelItemCount(), 0);

        // Esc closes the tool; Edit > Undo takes the merge back, Redo merges again.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<FindDuplicatesDialog*>());
        QAction* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QAction* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(value(live, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), dup), QString());
        QCOMPARE(value(live, QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), person), dup);
        QCOMPARE(value(live, QStringLiteral("SELECT customer_id FROM interactions WHERE id = ?"), call), dup);
        QCOMPARE(value(live, QStringLiteral("SELECT email FROM customers WHERE id = ?"), keep),
                 QStringLiteral("info@acme.example"));
        redo->trigger();
        QCOMPARE(value(live, QStringLiteral("SELECT merged_into_id FROM customers WHERE id = ?"), dup), keep);
        QCOMPARE(value(live, QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), person), keep);
    }
};

QTEST_MAIN(TestDuplicateDialogs)
#include "TestDuplicateDialogs.moc"
