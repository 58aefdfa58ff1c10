#include "AttachmentStore.h"
#include "CollectionTestHelpers.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QTest>

using namespace CollectionTestHelpers;

namespace {
// A file of `size` pseudo-random bytes made as it is read, so the test itself never holds it.
class GeneratedFile : public QIODevice
{
public:
    explicit GeneratedFile(qint64 size) : m_size(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    QByteArray sha256() const { return m_hash.result().toHex(); }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = qMin(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i) {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            data[i] = char(m_state & 0xff);
        }
        m_hash.addData(QByteArrayView(data, n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
    quint64 m_state = 88172645463325252ULL;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// Takes what is written and keeps only its hash and size.
class HashSink : public QIODevice
{
public:
    HashSink() { open(QIODevice::WriteOnly); }
    QByteArray sha256() const { return m_hash.result().toHex(); }
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        written += size;
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// The process's peak resident memory in MB (Linux), -1 elsewhere.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}
} // namespace

// Attachments stored in the database in chunks (SQLite and PostgreSQL): a 50 MB file goes in and comes back out
// with the same SHA-256 while the process's peak memory grows by far less than the file; a file above the size
// limit is refused and leaves nothing behind.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void fiftyMegabytesRoundTrip_data() { TestDatabase::addTargets(); }
    void fiftyMegabytesRoundTrip()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString customer = makeCustomer(*db, QStringLiteral("上海浦东精工有限公司"));
        const QString contract =
            makeContract(*db, customer, QStringLiteral("C2026-0200"), {line(QStringLiteral("设备"), 1000, 100000)});

        // Over the limit: refused, nothing stored.
        GeneratedFile tooLarge(2 * 1024 * 1024);
        QCOMPARE(AttachmentStore::add(*db, contract, QStringLiteral("big.bin"), {}, &tooLarge, 1024 * 1024).status,
                 WriteResult::Invalid);
        QVERIFY(AttachmentStore::forContract(*db, contract).isEmpty());

        const qint64 size = 50 * 1024 * 1024;
        const double before = peakMegabytes();
        GeneratedFile file(size);
        QString id;
        const WriteResult r = AttachmentStore::add(*db, contract, QStringLiteral("签署合同.pdf"),
                                                   QStringLiteral("application/pdf"), &file, size, &id);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QList<AttachmentInfo> stored = AttachmentStore::forContract(*db, contract);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).sizeBytes, size);
        QCOMPARE(stored.at(0).sha256.toLatin1(), file.sha256());
        QCOMPARE(stored.at(0).fileName, QStringLiteral("签署合同.pdf"));

        HashSink sink;
        QVERIFY2(AttachmentStore::read(*db, id, &sink, &error), qPrintable(error));
        QCOMPARE(sink.written, size);
        QCOMPARE(sink.sha256(), file.sha256());
        const double after = peakMegabytes();
        if (before >= 0) {
            qInfo("peak memory %.1f MB before, %.1f MB after a 50 MB round trip", before, after);
            QVERIFY2(after - before < 50, qPrintable(QStringLiteral("%1 → %2 MB").arg(before).arg(after)));
        }

        QVERIFY(AttachmentStore::remove(*db, id, stored.at(0).version).ok());
        QVERIFY(AttachmentStore::forContract(*db, contract).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "TestAttachmentStore.moc"
