#include "StorageLocation.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// Network shares and sync folders, where SQLite's WAL is unsafe: recognised by path and by file system.
class TestStorageLocation : public QObject
{
    Q_OBJECT

private slots:
    void syncFoldersByPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("service"); // empty: not a sync folder
        QTest::newRow("dropbox") << "/home/li/Dropbox/crm/deskcrm.sqlite"
                                 << "Dropbox";
        QTest::newRow("dropbox business") << "/home/li/Dropbox (Acme)/deskcrm.sqlite"
                                          << "Dropbox";
        QTest::newRow("onedrive windows") << "C:\\Users\\li\\OneDrive\\Documents\\crm.sqlite"
                                          << "OneDrive";
        QTest::newRow("onedrive business") << "C:/Users/li/OneDrive - Acme Ltd/crm.sqlite"
                                           << "OneDrive";
        QTest::newRow("icloud windows") << "C:/Users/li/iCloudDrive/crm.sqlite"
                                        << "iCloud Drive";
        QTest::newRow("icloud mac") << "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/crm.sqlite"
                                    << "iCloud Drive";
        QTest::newRow("google drive mac") << "/Users/li/Library/CloudStorage/GoogleDrive-li@example.com/My Drive/c.db"
                                          << "Google Drive";
        QTest::newRow("google drive windows") << "G:/My Drive/crm.sqlite"
                                              << "Google Drive";
        QTest::newRow("nutstore") << "/home/li/Nutstore/crm.sqlite"
                                  << "Nutstore";
        QTest::newRow("jianguoyun") << QString::fromUtf8("D:/我的坚果云/crm.sqlite") << "Nutstore";
        QTest::newRow("jianguoyun folder") << QString::fromUtf8("D:/坚果云/crm.sqlite") << "Nutstore";
        QTest::newRow("baidu") << "D:/BaiduNetdiskWorkspace/crm.sqlite"
                               << "Baidu Netdisk";
        QTest::newRow("baidu chinese") << QString::fromUtf8("/home/li/百度网盘/crm.sqlite") << "Baidu Netdisk";
        QTest::newRow("plain") << "/home/li/.local/share/DeskCRM/DeskCRM/deskcrm.sqlite"
                               << "";
        QTest::newRow("file named dropbox") << "/home/li/dropbox"
                                            << "";
        QTest::newRow("word inside a name") << "/home/li/my-onedrive-notes/crm.sqlite"
                                            << "";
    }
    void syncFoldersByPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, service);
        const StorageLocation::Result result = StorageLocation::classifyPath(path);
        QCOMPARE(result.kind == StorageLocation::Kind::SyncFolder, !service.isEmpty());
        QCOMPARE(result.detail, service);
        const QString warning = StorageLocation::warning(path, result);
        QCOMPARE(warning.isEmpty(), service.isEmpty());
        if (!service.isEmpty()) {
            QVERIFY2(warning.contains(service) && warning.contains(QDir::toNativeSeparators(path)),
                     qPrintable(warning));
        }
    }

    void localFileSystem()
    {
        // The test's own temporary folder is on a local disk (or tmpfs); a folder not made yet is judged by the
        // nearest one that exists.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not/yet/made/crm.sqlite"));
        const StorageLocation::Result result = StorageLocation::classify(path);
        QVERIFY2(result.kind == StorageLocation::Kind::Local, qPrintable(result.detail));
        QVERIFY(StorageLocation::warning(path, result).isEmpty());
    }

    void networkWarningNamesTheShare()
    {
        const StorageLocation::Result nfs{StorageLocation::Kind::NetworkShare, QStringLiteral("nfs")};
        const QString warning = StorageLocation::warning(QStringLiteral("/mnt/office/crm.sqlite"), nfs);
        QVERIFY2(warning.contains(QLatin1String("network drive (nfs)")), qPrintable(warning));
        QVERIFY2(warning.contains(QLatin1String("PostgreSQL")), qPrintable(warning));
    }
};

QTEST_GUILESS_MAIN(TestStorageLocation)
#include "TestStorageLocation.moc"
