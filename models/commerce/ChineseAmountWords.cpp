#include "ChineseAmountWords.h"

#include <QStringList>

namespace ChineseAmountWords {
namespace {
const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
const char16_t* const kPlaces[] = {u"", u"拾", u"佰", u"仟"};
const char16_t* const kGroups[] = {u"", u"万", u"亿", u"万亿", u"亿亿"};

// One group of four digits (1..9999) with its places; zeros inside become one 零, trailing zeros nothing.
QString groupText(int group)
{
    QString text;
    bool pendingZero = false;
    for (int place = 3; place >= 0; --place) {
        int divisor = 1;
        for (int i = 0; i < place; ++i)
            divisor *= 10;
        const int digit = group / divisor % 10;
        if (digit == 0) {
            pendingZero = !text.isEmpty();
            continue;
        }
        if (pendingZero)
            text += kDigits[0];
        pendingZero = false;
        text += kDigits[digit];
        text += QString::fromUtf16(kPlaces[place]);
    }
    return text;
}

QString yuanText(quint64 yuan)
{
    QList<int> groups; // least significant first
    while (yuan > 0) {
        groups << int(yuan % 10000);
        yuan /= 10000;
    }
    QString text;
    bool zeroBetween = false;
    for (int k = int(groups.size()) - 1; k >= 0; --k) {
        const int group = groups.at(k);
        if (group == 0) {
            zeroBetween = !text.isEmpty();
            continue;
        }
        // Zeros before this group's first digit (a zero group above, or a group under 1000) read as one 零.
        if (!text.isEmpty() && (zeroBetween || group < 1000))
            text += kDigits[0];
        zeroBetween = false;
        text += groupText(group) + QString::fromUtf16(kGroups[k]);
    }
    return text;
}
} // namespace

QString fromFen(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? 0 - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const int jiao = int(magnitude / 10 % 10);
    const int cents = int(magnitude % 10);
    QString text = negative ? QStringLiteral("负") : QString();
    if (yuan > 0)
        text += yuanText(yuan) + QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return text + (yuan == 0 ? QStringLiteral("零元整") : QStringLiteral("整"));
    if (jiao > 0) {
        text += kDigits[jiao] + QStringLiteral("角");
        return text + (cents > 0 ? kDigits[cents] + QStringLiteral("分") : QStringLiteral("整"));
    }
    // 角 is zero, 分 is not: "元零肆分" after yuan, just "肆分" without.
    if (yuan > 0)
        text += kDigits[0];
    return text + kDigits[cents] + QStringLiteral("分");
}

QString fromMinor(qint64 minor, int minorDigits)
{
    qint64 fen = minor;
    for (int d = minorDigits; d < 2; ++d)
        fen *= 10;
    for (int d = minorDigits; d > 2; --d)
        fen = (fen + (fen >= 0 ? 5 : -5)) / 10; // half up to fen
    return fromFen(fen);
}
} // namespace ChineseAmountWords
