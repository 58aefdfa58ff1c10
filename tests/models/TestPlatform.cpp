#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

// models/core/Platform: the one place for calls only some systems have (issue 19). Checked here on the system the
// suite runs on; on Windows the functions answer what the header promises for it (no identity, no umask).
class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void terminal()
    {
        // A file is no terminal: progress is then written one line per step, not redrawn in place.
        std::FILE* file = std::tmpfile();
        QVERIFY(file);
        QVERIFY(!Platform::isTerminal(file));
        std::fclose(file);
    }

    void fileIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(!Platform::fileIdentity(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
#if defined(Q_OS_UNIX)
        const auto first = Platform::fileIdentity(path);
        QVERIFY(first);
        const auto again = Platform::fileIdentity(path);
        QVERIFY(again);
        QCOMPARE(again->inode, first->inode);
        QCOMPARE(again->device, first->device);
        // Replaced by another file under the same name (what a sync client or a restore by copying does).
        QFile other(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(other.fileName(), path));
        const auto replaced = Platform::fileIdentity(path);
        QVERIFY(replaced);
        QVERIFY(replaced->inode != first->inode);
#else
        QVERIFY(!Platform::fileIdentity(path));
#endif
    }

    void newFilePermissions()
    {
        const QFileDevice::Permissions permissions = Platform::newFilePermissions();
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
        // What a file made the ordinary way gets: the umask's part is taken away the same way.
        QTemporaryDir dir;
        QFile made(dir.filePath(QStringLiteral("made.csv")));
        QVERIFY(made.open(QIODevice::WriteOnly));
        made.close();
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(permissions & others, made.permissions() & others);
    }

    void localDisk()
    {
        // The test's temporary folder is on this computer's disk (CI and developers' machines).
        QTemporaryDir dir;
        QCOMPARE(Platform::networkFileSystem(dir.path()), QString());
        QCOMPARE(Platform::networkFileSystem(dir.filePath(QStringLiteral("missing"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "TestPlatform.moc"
