#include "CsvReader.h"
#include "Database.h"
#include "DatabaseCheck.h"
#include "DialogSeams.h"
#include "Importer.h"
#include "RecordDialog.h"
#include "RecordWriter.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A full disk while saving or importing: nothing half-written, the database as it was, the user told in words and
// (in the editor) the typed values still on screen to save again once there is room.
//
// The disk is made "full" with SQLite's own limit, PRAGMA max_page_count: growing the file beyond it fails with
// SQLITE_FULL, the very result a full file system gives, through the same code paths (the pager cannot allocate a
// page). A real small file system would need mount rights the CI machine may not grant. PostgreSQL's disk is the
// server's, where a full disk is the administrator's alarm; its error reaches the user through the same writer.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString& name)
    {
        ConnectionSettings settings;
        settings.path = m_dir.filePath(name);
        QString error;
        auto db = Database::open(settings, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    static int count(const Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
    }

    // The file may not grow by a single page from now on.
    static bool fillDisk(const Database& db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
            return false;
        const qint64 pages = q.value(0).toLongLong();
        q.finish();
        return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) && q.next() &&
               q.value(0).toLongLong() == pages;
    }

    static bool freeDisk(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DialogSeams::setSuppressMessages(true);
    }

    void writerRollsBackAndSaysTheDiskIsFull()
    {
        auto db = open(QStringLiteral("writer.sqlite"));
        QVERIFY(db);
        QVERIFY(fillDisk(*db));

        const QString note(300000, QLatin1Char('x')); // far more than the free space in the last page
        {
            RecordWriter writer(*db);
            const WriteResult added = writer.insert(
                QStringLiteral("customers"), {{QStringLiteral("name"), "Acme"}, {QStringLiteral("notes"), note}});
            const WriteResult done = added.ok() ? writer.commit() : added;
            QVERIFY(!done.ok());
            QVERIFY2(done.message.startsWith(QLatin1String("The disk that holds")), qPrintable(done.message));
            QVERIFY2(done.message.contains(QLatin1String("nothing was saved")), qPrintable(done.message));
        } // the failed action ends: its transaction is rolled back
        QCOMPARE(count(*db, QStringLiteral("customers")), 0);

        // Room again: the same save succeeds on the same connection, so nothing was left half-open.
        QVERIFY(freeDisk(*db));
        RecordWriter again(*db);
        const WriteResult retried = again.insert(QStringLiteral("customers"),
                                                 {{QStringLiteral("name"), "Acme"}, {QStringLiteral("notes"), note}});
        QVERIFY2(retried.ok(), qPrintable(retried.message));
        QVERIFY2(again.commit().ok(), "commit once there is room");
        QCOMPARE(count(*db, QStringLiteral("customers")), 1);
        const DatabaseCheck::Result checked = DatabaseCheck(*db).run();
        QVERIFY2(checked.ok(), qPrintable(checked.problems.join(QLatin1Char('\n'))));
    }

    void editorKeepsTheTypedValues()
    {
        auto db = open(QStringLiteral("editor.sqlite"));
        QVERIFY(db);
        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QVERIFY(dialog && dialog->isLoaded());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        QVERIFY(name && notes);
        QTest::keyClicks(name, QStringLiteral("Hangzhou Yunshan"));
        QString pasted;
        for (int line = 0; line < 4000; ++line)
            pasted += QString(74, QLatin1Char('n')) + QLatin1Char('\n');
        notes->setPlainText(pasted); // 300,000 characters pasted
        QVERIFY(fillDisk(*db));

        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY2(dialog->isVisible(), "the editor stays open with the values typed");
        QCOMPARE(name->text(), QStringLiteral("Hangzhou Yunshan"));
        QCOMPARE(notes->toPlainText().size(), 300000);
        auto* banner = dialog->findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("is full")), qPrintable(banner->text()));
        QCOMPARE(count(*db, QStringLiteral("customers")), 0);

        QVERIFY(freeDisk(*db));
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(count(*db, QStringLiteral("customers")), 1);
    }

    void importLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("row by row") << 500 << false;
        QTest::newRow("bulk load") << 3000 << true; // indexes dropped, search index rebuilt
    }
    void importLeavesTheDatabaseAsItWas()
    {
        QFETCH(int, rows);
        QFETCH(bool, bulk);
        auto db = open(QStringLiteral("import-%1.sqlite").arg(rows));
        QVERIFY(db);
        {
            RecordWriter writer(*db);
            QVERIFY(writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), "Already here"}}).ok());
            QVERIFY(writer.commit().ok());
        }
        QByteArray csv("name,city,notes\n");
        for (int i = 0; i < rows; ++i)
            csv += "Customer " + QByteArray::number(i) + ",Hangzhou," + QByteArray(64, 'n') + "\n";
        const QString path = m_dir.filePath(QStringLiteral("customers-%1.csv").arg(rows));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        // Room for some rows but not all: the import fails part-way through its one transaction.
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const qint64 pages = q.value(0).toLongLong();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
        }
        CsvReader reader(path);
        QVERIFY(reader.open());
        ImportSpec spec;
        spec.entity = QStringLiteral("customers");
        Importer importer(*db);
        importer.addFile(spec, &reader);
        importer.setBulkLoadFrom(bulk ? 1000 : 1000000);
        const ImportReport report = importer.run(Importer::Accept::AllRows);
        QVERIFY(!report.written);
        QVERIFY2(report.fatal.contains(QLatin1String("is full")), qPrintable(report.fatal));
        QCOMPARE(count(*db, QStringLiteral("customers")), 1);

        QVERIFY(freeDisk(*db));
        const DatabaseCheck::Result checked = DatabaseCheck(*db).run();
        QVERIFY2(checked.ok(), qPrintable(checked.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
