#include "CustomerModel.h"
#include "EditCommands.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"

#include <QTest>
#include <QUndoStack>

using namespace RecordTestHelpers;

// Undo and redo of record edits as the shell pushes them: a field edit, a new record, a delete and a
// restore, each undone and redone against the database; an undo that meets a colleague's newer change
// writes nothing and says so.
class TestEditCommands : public QObject
{
    Q_OBJECT

    static QString nameOf(const Database& db, const QString& id)
    {
        return scalar(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString();
    }
    static bool isDeleted(const Database& db, const QString& id)
    {
        return !scalar(db, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id}).isNull();
    }

private Q_SLOTS:
    void editsUndoAndRedo_data() { TestDatabase::addTargets(); }
    void editsUndoAndRedo()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QStringList errors;
        const auto sink = [&errors](const QString& message) { errors << message; };
        QUndoStack stack;

        // New record.
        CustomerModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        QVERIFY(model.save().ok());
        const QString id = model.recordId(0);
        stack.push(
            new RecordSaveCommand(*db, QStringLiteral("customer"), model.lastSave(), QStringLiteral("New"), sink));
        QCOMPARE(nameOf(*db, id), QStringLiteral("Acme"));
        stack.undo();
        QVERIFY(isDeleted(*db, id));
        stack.redo();
        QVERIFY(!isDeleted(*db, id));

        // Field edit: the editor reads the row as it is now, changes one field, saves.
        CustomerModel editor(*db);
        QVERIFY(editor.selectRecord(id));
        editor.setValue(0, QStringLiteral("name"), QStringLiteral("Acme Ltd"));
        QVERIFY(editor.save().ok());
        stack.push(
            new RecordSaveCommand(*db, QStringLiteral("customer"), editor.lastSave(), QStringLiteral("Edit"), sink));
        QCOMPARE(nameOf(*db, id), QStringLiteral("Acme Ltd"));
        stack.undo();
        QCOMPARE(nameOf(*db, id), QStringLiteral("Acme"));
        stack.redo();
        QCOMPARE(nameOf(*db, id), QStringLiteral("Acme Ltd"));

        // Delete (done by the shell, then pushed): undo restores, redo deletes again.
        QVERIFY2(RecordStore(*db).softDelete(QStringLiteral("customer"), id, &error), qPrintable(error));
        stack.push(new RecordDeleteCommand(*db, QStringLiteral("customer"), id, RecordDeleteCommand::Delete,
                                           QStringLiteral("Delete"), sink));
        QVERIFY(isDeleted(*db, id));
        stack.undo();
        QVERIFY(!isDeleted(*db, id));
        stack.redo();
        QVERIFY(isDeleted(*db, id));
        stack.undo();
        QVERIFY(!isDeleted(*db, id));
        QCOMPARE(errors, QStringList());

        // A colleague changes the name after our edit: undoing our edit would overwrite it, so it does not.
        CustomerModel colleague(*db);
        QVERIFY(colleague.selectRecord(id));
        colleague.setValue(0, QStringLiteral("name"), QStringLiteral("Acme Group"));
        QVERIFY(colleague.save().ok());
        stack.undo(); // our field edit
        QCOMPARE(nameOf(*db, id), QStringLiteral("Acme Group"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("someone else")), qPrintable(errors.first()));
    }
};

QTEST_MAIN(TestEditCommands)
#include "TestEditCommands.moc"
