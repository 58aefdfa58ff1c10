#include "Uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace Uuid {

QString createV7()
{
    // A per-process monotonic counter in rand_a keeps ids made in the same millisecond ordered.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) {
                ++ms;
                counter = 0;
            }
        } else {
            counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0400));
        }
        lastMs = ms;
        seq = counter;
    }

    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<uchar>((ms >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<uchar>(0x70 | ((seq >> 8) & 0x0f));
    b[7] = static_cast<uchar>(seq & 0xff);
    quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<uchar>((random >> (8 * (15 - i))) & 0xff);
    b[8] = static_cast<uchar>(0x80 | (b[8] & 0x3f));

    return QUuid::fromRfc4122(QByteArray(reinterpret_cast<const char*>(b), 16)).toString(QUuid::WithoutBraces);
}

bool isValid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace Uuid
