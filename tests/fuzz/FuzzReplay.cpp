#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// Without libFuzzer (an ordinary build, CI's): runs a fuzz target over its corpus, the seeds and every
// input that once crashed it, so a fixed crash stays fixed. The corpus folder comes from the build
// (FUZZ_CORPUS).
class FuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus()
    {
        const QDir dir(QStringLiteral(FUZZ_CORPUS));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY2(!files.isEmpty(), FUZZ_CORPUS " holds no inputs");
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray input = file.readAll();
            // A crash ends the test with the input's name in the log above it.
            qInfo("%s", qPrintable(name));
            QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                            static_cast<std::size_t>(input.size())),
                     0);
        }
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "FuzzReplay.moc"
