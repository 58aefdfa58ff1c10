#include "BackupRotation.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "RecordWriter.h"
#include "SchemaMigrator.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Daily rotating backups and restores on real SQLite files: a ManualClock moves through the days (no sleeping),
// the folder shows what was made and removed; a restore replaces the data and leaves a before-restore copy, and
// a bad file is refused with the database byte for byte as it was.
class TestBackupRotation : public QObject
{
    Q_OBJECT

    static QString addCustomer(Database& db, const QString& name)
    {
        RecordWriter writer(db);
        const WriteResult added = writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), name}});
        if (!added.ok() || !writer.commit().ok())
            return {};
        return added.id;
    }

    static QStringList customerNames(const Database& db)
    {
        QSqlQuery q(db.connection());
        QStringList names;
        if (!q.exec(QStringLiteral("SELECT name FROM customers ORDER BY name")))
            return {QStringLiteral("<%1>").arg(q.lastError().text())};
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static QStringList fileNames(const QList<BackupRotation::Entry>& entries)
    {
        QStringList names;
        for (const auto& entry : entries)
            names << QFileInfo(entry.path).fileName();
        return names;
    }

    // The database's files as another program would read them (the WAL included).
    static QByteArray fingerprint(const QString& path)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
            hash.addData(suffix.toUtf8());
        }
        return hash.result();
    }

    static QDateTime noon(int year, int month, int day)
    {
        // Noon UTC is the same calendar day in every time zone a test machine is likely to use.
        return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
    }

private slots:
    void rotatesDaily()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QVERIFY(tdb.isValid());
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(noon(2026, 11, 28));
        db->setClock(&clock);
        QVERIFY(!addCustomer(*db, QStringLiteral("Day one")).isEmpty());

        const QString folder = BackupRotation::defaultFolder(tdb.settings().path);
        QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(tdb.settings().path).absolutePath());
        BackupRotation rotation(*db, BackupRotation::Settings{QString(), 3});
        QCOMPARE(rotation.folder(), folder);

        BackupRotation::Result result = rotation.runIfDue();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.kind, BackupRotation::Result::Made);
        QCOMPARE(QFileInfo(result.path).fileName(), QStringLiteral("test-2026-11-28.sqlite"));

        // Later the same day: found, not made again, nothing piles up.
        addCustomer(*db, QStringLiteral("Same day"));
        clock.advance(6 * 3600 * 1000);
        result = rotation.runIfDue();
        QCOMPARE(result.kind, BackupRotation::Result::AlreadyDone);
        QCOMPARE(fileNames(rotation.list()), QStringList{QStringLiteral("test-2026-11-28.sqlite")});

        // A user's file and a before-restore copy in the folder are never rotated away.
        QFile own(QDir(folder).filePath(QStringLiteral("my-notes.sqlite")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.close();
        QFile other(QDir(folder).filePath(QStringLiteral("test-before-restore-20261101-120000.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        for (int day = 29; day <= 30; ++day) {
            clock.set(noon(2026, 11, day));
            addCustomer(*db, QStringLiteral("Day %1").arg(day));
            result = rotation.runIfDue();
            QCOMPARE(result.kind, BackupRotation::Result::Made);
            QVERIFY(result.removed.isEmpty());
        }
        clock.set(noon(2026, 12, 1));
        result = rotation.runIfDue();
        QCOMPARE(result.kind, BackupRotation::Result::Made);
        QCOMPARE(result.removed, QStringList{QDir(folder).filePath(QStringLiteral("test-2026-11-28.sqlite"))});
        clock.set(noon(2026, 12, 3)); // a day without the program running leaves no gap-filler
        result = rotation.runIfDue();
        QCOMPARE(fileNames(rotation.list()),
                 (QStringList{QStringLiteral("test-2026-12-03.sqlite"), QStringLiteral("test-2026-12-01.sqlite"),
                              QStringLiteral("test-2026-11-30.sqlite")}));
        QVERIFY(own.exists());
        QVERIFY(other.exists());

        // Each copy holds the data of its day, and is a sound DeskCRM database.
        ConnectionSettings copy;
        copy.path = QDir(folder).filePath(QStringLiteral("test-2026-11-30.sqlite"));
        Database::Options readOnly;
        readOnly.migrate = false;
        readOnly.ensureUser = false;
        {
            auto restored = Database::open(copy, readOnly, &error);
            QVERIFY2(restored, qPrintable(error));
            QCOMPARE(customerNames(*restored), (QStringList{QStringLiteral("Day 29"), QStringLiteral("Day 30"),
                                                            QStringLiteral("Day one"), QStringLiteral("Same day")}));
        }
        QVERIFY(DatabaseBackup::inspect(copy.path).ok());

        // "Back up now" replaces the day's copy with the current data; a smaller keep prunes at once.
        addCustomer(*db, QStringLiteral("Late"));
        BackupRotation tighter(*db, BackupRotation::Settings{folder, 1});
        result = tighter.runNow();
        QCOMPARE(result.kind, BackupRotation::Result::Made);
        QCOMPARE(result.removed.size(), 2);
        QCOMPARE(fileNames(tighter.list()), QStringList{QStringLiteral("test-2026-12-03.sqlite")});
        copy.path = result.path;
        auto latest = Database::open(copy, readOnly, &error);
        QVERIFY2(latest, qPrintable(error));
        QVERIFY(customerNames(*latest).contains(QStringLiteral("Late")));
    }

    void chosenFolderAndFailures()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(noon(2026, 12, 2));
        db->setClock(&clock);
        QTemporaryDir elsewhere;
        const QString folder = elsewhere.filePath(QStringLiteral("nested/backups"));
        BackupRotation rotation(*db, BackupRotation::Settings{folder, 7});
        const BackupRotation::Result result = rotation.runIfDue();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("test-2026-12-02.sqlite"))));

        // A folder that cannot be made is a failure with a reason, and no file appears.
        QFile blocker(elsewhere.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const BackupRotation::Result failed =
            BackupRotation(*db, BackupRotation::Settings{blocker.fileName() + QStringLiteral("/sub"), 7}).runIfDue();
        QCOMPARE(failed.kind, BackupRotation::Result::Failed);
        QVERIFY(!failed.message.isEmpty());
    }

    void postgresIsNotRotated()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QTemporaryDir dir;
        const BackupRotation::Result result = BackupRotation(*db, BackupRotation::Settings{dir.path(), 7}).runIfDue();
        QCOMPARE(result.kind, BackupRotation::Result::NotSupported);
        QVERIFY2(result.message.contains(QLatin1String("pg_dump")), qPrintable(result.message));
        QVERIFY(QDir(dir.path()).isEmpty());
        DatabaseBackup::Restored restored;
        QVERIFY(!DatabaseBackup(*db).restoreFrom(dir.filePath(QStringLiteral("x.sqlite")), &restored));
        QVERIFY2(restored.error.contains(QLatin1String("pg_restore")), qPrintable(restored.error));
    }

    void restoreReplacesData()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(noon(2026, 12, 2));
        db->setClock(&clock);
        addCustomer(*db, QStringLiteral("Kept in the backup"));
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY2(DatabaseBackup(*db).backupTo(backup, &error), qPrintable(error));
        addCustomer(*db, QStringLiteral("Added after the backup"));

        // A second connection, as the GUI's pages or another program would hold, stays valid.
        auto other = db->clone(&error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(customerNames(*other).size(), 2);

        DatabaseBackup::Restored restored;
        QVERIFY2(DatabaseBackup(*db).restoreFrom(backup, &restored), qPrintable(restored.error));
        QCOMPARE(restored.inspection.schemaVersion, SchemaMigrator::latestVersion());
        QCOMPARE(QFileInfo(restored.savedCopy).fileName(),
                 QStringLiteral("test-before-restore-%1.sqlite")
                     .arg(noon(2026, 12, 2).toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QCOMPARE(QFileInfo(restored.savedCopy).absolutePath(), QFileInfo(tdb.settings().path).absolutePath());

        QCOMPARE(customerNames(*db), QStringList{QStringLiteral("Kept in the backup")});
        QCOMPARE(customerNames(*other), QStringList{QStringLiteral("Kept in the backup")});
        QString intact;
        QVERIFY2(db->filesIntact(&intact), qPrintable(intact)); // the same files, written in place
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        // Writes go on as before, and the saved copy holds what was there.
        QVERIFY(!addCustomer(*db, QStringLiteral("After the restore")).isEmpty());
        ConnectionSettings saved;
        saved.path = restored.savedCopy;
        Database::Options readOnly;
        readOnly.migrate = false;
        readOnly.ensureUser = false;
        auto previous = Database::open(saved, readOnly, &error);
        QVERIFY2(previous, qPrintable(error));
        QCOMPARE(customerNames(*previous),
                 (QStringList{QStringLiteral("Added after the backup"), QStringLiteral("Kept in the backup")}));

        // A second restore in the same second keeps both earlier contents.
        DatabaseBackup::Restored again;
        QVERIFY2(DatabaseBackup(*db).restoreFrom(backup, &again), qPrintable(again.error));
        QVERIFY(again.savedCopy != restored.savedCopy);
        QVERIFY(QFile::exists(restored.savedCopy));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QStringLiteral("missing") << int(DatabaseBackup::Inspection::Missing);
        QTest::newRow("text") << QStringLiteral("text") << int(DatabaseBackup::Inspection::NotADatabase);
        QTest::newRow("empty") << QStringLiteral("empty") << int(DatabaseBackup::Inspection::NotDeskCrm);
        QTest::newRow("other sqlite") << QStringLiteral("other") << int(DatabaseBackup::Inspection::NotDeskCrm);
        QTest::newRow("corrupt") << QStringLiteral("corrupt") << int(DatabaseBackup::Inspection::Damaged);
        QTest::newRow("truncated") << QStringLiteral("truncated") << int(DatabaseBackup::Inspection::Damaged);
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(DatabaseBackup::Inspection::NewerSchema);
        QTest::newRow("the open database") << QStringLiteral("self") << int(DatabaseBackup::Inspection::OpenDatabase);
        QTest::newRow("its wal") << QStringLiteral("wal") << int(DatabaseBackup::Inspection::OpenDatabase);
    }
    void badFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        addCustomer(*db, QStringLiteral("Precious"));
        QTemporaryDir dir;
        QString file = dir.filePath(QStringLiteral("offered.sqlite"));
        const auto write = [&file](const QByteArray& bytes) {
            QFile f(file);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        if (kind == QLatin1String("text")) {
            QVERIFY(write(QByteArray(8192, 'x')));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(write(QByteArray()));
        } else if (kind == QLatin1String("other")) {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(file);
                QVERIFY(other.open());
                QSqlQuery q(other);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind == QLatin1String("corrupt") || kind == QLatin1String("truncated") ||
                   kind == QLatin1String("newer")) {
            QVERIFY2(DatabaseBackup(*db).backupTo(file, &error), qPrintable(error));
            QFile f(file);
            if (kind == QLatin1String("corrupt")) {
                // Garbage over the pages after the schema: the tables' b-trees no longer parse.
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 5 * 4096);
                for (qint64 offset = 4096 * 2; offset < size; offset += 4096) {
                    f.seek(offset);
                    f.write(QByteArray(64, char(0x5a)));
                }
                f.close();
            } else if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                ConnectionSettings copy;
                copy.path = file;
                Database::Options raw;
                raw.migrate = false;
                raw.ensureUser = false;
                auto newer = Database::open(copy, raw, &error);
                QVERIFY2(newer, qPrintable(error));
                QSqlQuery q(newer->connection());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                              "VALUES (99, 'from the future', '2030-01-01T00:00:00Z')")));
                QVERIFY(newer->setJournalMode(QStringLiteral("DELETE")));
            }
        } else if (kind == QLatin1String("self")) {
            file = tdb.settings().path;
        } else if (kind == QLatin1String("wal")) {
            file = tdb.settings().path + QStringLiteral("-wal");
        }

        const QByteArray before = fingerprint(tdb.settings().path);
        const DatabaseBackup::Inspection inspection = DatabaseBackup::inspect(file);
        QCOMPARE(int(inspection.status), status);
        QVERIFY(!inspection.message.isEmpty());
        DatabaseBackup::Restored restored;
        QVERIFY(!DatabaseBackup(*db).restoreFrom(file, &restored));
        QVERIFY2(restored.error.contains(QLatin1String("not changed")), qPrintable(restored.error));
        QVERIFY(restored.savedCopy.isEmpty());
        QCOMPARE(fingerprint(tdb.settings().path), before);
        QCOMPARE(customerNames(*db), QStringList{QStringLiteral("Precious")});
        // Nothing was saved beside it either: a refused restore leaves no trace.
        const QStringList beside = QDir(QFileInfo(tdb.settings().path).absolutePath())
                                       .entryList({QStringLiteral("*before-restore*")}, QDir::Files);
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "TestBackupRotation.moc"
