#include "AuditTestHelpers.h"
#include "RecordDialog.h"
#include "RecordHistoryDialog.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "RevertDialog.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace RecordTestHelpers;

// The record history and the rollback dialogs on a real database (SQLite), in the language DESKCRM_UI_LANG names
// (CTest runs en and zh_CN): a value put back from the history, a rollback previewed, done and undone. With
// DESKCRM_SCREENSHOT_DIR set it saves what it looked at (1280×720 screen, the dialogs at their own size).
class TestAuditDialogs : public QObject
{
    Q_OBJECT

private:
    QString m_language;

    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QStringLiteral("%1/audit-%2-%3.png").arg(dir, name, m_language));
    }

private slots:
    void initTestCase()
    {
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void historyAndPutBack()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const WriteResult made = RecordWriter::transact(*db, [](RecordWriter& w) {
            return w.insert(QStringLiteral("customers"),
                            {{QStringLiteral("name"), QStringLiteral("东莞华信电子有限公司")},
                             {QStringLiteral("phone"), QStringLiteral("0769-3557780")}});
        });
        QVERIFY(made.ok());
        const WriteResult edited = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), made.id, 1,
                            {{QStringLiteral("name"), QStringLiteral("华信电子")},
                             {QStringLiteral("phone"), QStringLiteral("136 2822 9549")},
                             {QStringLiteral("city"), QStringLiteral("东莞")}});
        });
        QVERIFY(edited.ok());
        const WriteResult renamed = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), made.id, 2,
                            {{QStringLiteral("notes"), QStringLiteral("大客户")}});
        });
        QVERIFY(renamed.ok());

        RecordHistoryDialog dialog(*db, QStringLiteral("customers"), made.id, QStringLiteral("华信电子"));
        dialog.resize(1000, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 3); // newest first: notes, the three fields, created
        QTreeWidgetItem* edit = tree->topLevelItem(1);
        QCOMPARE(edit->childCount(), 3);
        // Without an editor's labels the fields are named as the lists name them.
        const QString name =
            m_language.startsWith(QLatin1String("zh")) ? QStringLiteral("名称") : QStringLiteral("Name");
        QTreeWidgetItem* nameChange = nullptr;
        for (int i = 0; i < edit->childCount(); ++i) {
            if (edit->child(i)->text(3) == name)
                nameChange = edit->child(i);
        }
        QVERIFY(nameChange);
        QCOMPARE(nameChange->text(4), QStringLiteral("东莞华信电子有限公司"));
        auto* putBack = dialog.findChild<QPushButton*>(QStringLiteral("putBackButton"));
        QVERIFY(putBack);
        tree->setCurrentItem(tree->topLevelItem(2)); // "created": no field to put back
        QVERIFY(!putBack->isEnabled());
        tree->setCurrentItem(nameChange);
        QVERIFY(putBack->isEnabled());
        putBack->click();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {made.id}).toString(),
                 QStringLiteral("东莞华信电子有限公司"));
        QCOMPARE(tree->topLevelItemCount(), 4);

        // Someone else changes it after the dialog read it: the put back is refused, nothing overwritten.
        auto other = tdb.open(&error);
        QVERIFY(other);
        QVERIFY(RecordWriter::transact(*other, [&](RecordWriter& w) {
                    return w.update(QStringLiteral("customers"), made.id, 4,
                                    {{QStringLiteral("city"), QStringLiteral("深圳")}});
                }).ok());
        tree->setCurrentItem(tree->topLevelItem(2)->child(0)); // a field of the big edit again (after put back, notes)
        QVERIFY(putBack->isEnabled());
        putBack->click();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {made.id}).toString(),
                 QStringLiteral("深圳"));
        QCOMPARE(tree->topLevelItemCount(), 5); // reloaded: the colleague's change shows
    }

    // Opened from an editor (History…, Ctrl+H), the history names the fields as the form does and shows their
    // values as the form does (a status by its name, not its code), in the program's language.
    void historyUsesTheEditorsLabels()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const WriteResult made = RecordWriter::transact(*db, [](RecordWriter& w) {
            return w.insert(QStringLiteral("customers"),
                            {{QStringLiteral("name"), QStringLiteral("东莞华信电子有限公司")},
                             {QStringLiteral("status"), QStringLiteral("prospect")}});
        });
        QVERIFY(made.ok());
        QVERIFY(RecordWriter::transact(*db, [&](RecordWriter& w) {
                    return w.update(QStringLiteral("customers"), made.id, 1,
                                    {{QStringLiteral("name"), QStringLiteral("华信电子")},
                                     {QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("city"), QStringLiteral("东莞")}});
                }).ok());

        std::unique_ptr<RecordDialog> editor(
            RecordDialog::create(*db, QStringLiteral("customer"), made.id, {}, nullptr));
        QVERIFY(editor && editor->isLoaded());
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto* historyButton = editor->findChild<QPushButton*>(QStringLiteral("historyButton"));
        QVERIFY(historyButton);
        historyButton->click();
        auto* history = editor->findChild<RecordHistoryDialog*>();
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        history->resize(1000, 480);
        QTreeWidget* tree = history->tree();
        QCOMPARE(tree->topLevelItemCount(), 2); // the edit, then the creation
        QTreeWidgetItem* edit = tree->topLevelItem(0);
        QHash<QString, QTreeWidgetItem*> byLabel;
        for (int i = 0; i < edit->childCount(); ++i)
            byLabel.insert(edit->child(i)->text(3), edit->child(i));
        const bool zh = m_language == QLatin1String("zh_CN");
        const QString name = zh ? QStringLiteral("名称") : QStringLiteral("Name");
        const QString status = zh ? QStringLiteral("状态") : QStringLiteral("Status");
        const QString city = zh ? QStringLiteral("城市") : QStringLiteral("City");
        QVERIFY2(byLabel.contains(name) && byLabel.contains(status) && byLabel.contains(city),
                 qPrintable(QStringList(byLabel.keys()).join(QStringLiteral(", "))));
        QCOMPARE(byLabel.value(name)->text(4), QStringLiteral("东莞华信电子有限公司"));
        QCOMPARE(byLabel.value(status)->text(4), zh ? QStringLiteral("潜在客户") : QStringLiteral("Prospect"));
        QCOMPARE(byLabel.value(status)->text(5), zh ? QStringLiteral("活跃客户") : QStringLiteral("Active"));
        shoot(history, QStringLiteral("history"));

        // Putting a field back says which field, by its label.
        history->tree()->setCurrentItem(byLabel.value(status));
        history->findChild<QPushButton*>(QStringLiteral("putBackButton"))->click();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status FROM customers WHERE id = ?"), {made.id}).toString(),
                 QStringLiteral("prospect"));
        QVERIFY2(history->findChild<QLabel*>(QStringLiteral("historyStatus"))->text().contains(status),
                 qPrintable(history->findChild<QLabel*>(QStringLiteral("historyStatus"))->text()));
        history->close();
        editor->reject();
    }

    void revertPreviewRollBackUndo()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto admin = tdb.open(&error);
        QVERIFY2(admin, qPrintable(error));
        AuditPeople people(tdb, *admin);
        QStringList ids;
        QVERIFY(RecordWriter::transact(*admin, [&](RecordWriter& w) {
                    ids.clear();
                    for (const char* name : {"东莞华信电子有限公司", "广州天河贸易", "Acme Trading", "深圳创新科技"}) {
                        const WriteResult r =
                            w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
                        ids << r.id;
                    }
                    return WriteResult();
                }).ok());
        QString vandalName;
        auto vandal = people.open(QStringLiteral("xiaoli"), &vandalName, &error);
        QVERIFY2(vandal, qPrintable(error));
        const QDateTime since = admin->clock().nowUtc().addSecs(-60);
        QVERIFY(
            RecordWriter::transact(*vandal, [&](RecordWriter& w) {
                w.update(QStringLiteral("customers"), ids.at(0), -1,
                         {{QStringLiteral("name"), QStringLiteral("已删除")}});
                w.update(QStringLiteral("customers"), ids.at(1), -1,
                         {{QStringLiteral("phone"), QStringLiteral("000")}});
                w.softDelete(QStringLiteral("customers"), ids.at(2), -1);
                return w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("垃圾客户")}});
            }).ok());
        QString colleagueName;
        auto colleague = people.open(QStringLiteral("wangfang"), &colleagueName, &error);
        QVERIFY(colleague);
        QVERIFY(RecordWriter::transact(*colleague, [&](RecordWriter& w) {
                    return w.update(QStringLiteral("customers"), ids.at(1), -1,
                                    {{QStringLiteral("phone"), QStringLiteral("0769-3557780")}});
                }).ok());

        RevertDialog dialog(*admin);
        dialog.resize(1000, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setScope(vandalName, since);
        dialog.findChild<QPushButton*>(QStringLiteral("previewButton"))->click();
        QTreeWidget* tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // the junk customer
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1); // the name
        QCOMPARE(tree->topLevelItem(2)->childCount(), 1); // the deleted one
        QCOMPARE(tree->topLevelItem(3)->childCount(), 1); // the phone the colleague set since
        // In the words of the program, not the schema's: the record kind and the field as the lists name them.
        const bool zh = m_language.startsWith(QLatin1String("zh"));
        const QString customers = zh ? QStringLiteral("客户") : QStringLiteral("Customers");
        QVERIFY2(tree->topLevelItem(0)->child(0)->text(0).startsWith(customers + QStringLiteral(" · ")),
                 qPrintable(tree->topLevelItem(0)->child(0)->text(0)));
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), zh ? QStringLiteral("名称") : QStringLiteral("Name"));
        QCOMPARE(tree->topLevelItem(3)->child(0)->text(1), zh ? QStringLiteral("电话") : QStringLiteral("Phone"));
        auto* rollBack = dialog.findChild<QPushButton*>(QStringLiteral("rollBackButton"));
        QVERIFY(rollBack->isEnabled());
        shoot(&dialog, QStringLiteral("revert-preview"));
        rollBack->click();
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("东莞华信电子有限公司"));
        QVERIFY(scalar(*admin, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {ids.at(2)}).isNull());
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {ids.at(1)}).toString(),
                 QStringLiteral("0769-3557780"));
        auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        undo->click();
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("已删除"));
        QVERIFY(!scalar(*admin, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {ids.at(2)}).isNull());
    }
};

QTEST_MAIN(TestAuditDialogs)
#include "TestAuditDialogs.moc"
