#include "TextDecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <bitset>

namespace {
using CharSet = std::bitset<65536>;

// The characters a text in the encoding is mostly made of, decoded once from the encoding's own table of
// frequent characters: GB2312's symbols and level-1 hanzi (the 3,755 most used), Big5's symbols and level-1
// hanzi (5,401).
CharSet commonCharacters(const char* encoding, int leadFrom, int leadTo, bool lowTrails)
{
    CharSet set;
    QByteArray table;
    for (int lead = leadFrom; lead <= leadTo; ++lead) {
        for (int trail = lowTrails ? 0x40 : 0xA1; trail <= 0xFE; ++trail) {
            if (trail > 0x7E && trail < 0xA1)
                continue;
            table.append(char(lead));
            table.append(char(trail));
        }
    }
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(table);
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && c != QChar::ReplacementCharacter)
            set.set(c.unicode());
    }
    return set;
}

const CharSet& gbCommon()
{
    static const CharSet set = [] {
        CharSet symbols = commonCharacters("GB18030", 0xA1, 0xA3, false);
        return symbols | commonCharacters("GB18030", 0xB0, 0xD7, false);
    }();
    return set;
}

const CharSet& big5Common()
{
    static const CharSet set = commonCharacters("Big5", 0xA1, 0xC6, true);
    return set;
}

bool isLatinText(char16_t c)
{
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
        return true; // À..ÿ, letters
    static const char16_t punctuation[] = {0x20AC, 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x2022,
                                           0x00B7, 0x00AB, 0x00BB, 0x00B0, 0x00A7, 0x00A9, 0x00AE, 0x00A3, 0x00A5,
                                           0x00B1, 0x00D7, 0x00BF, 0x00A1, 0x00A0, 0x0152, 0x0153, 0x0160, 0x0161,
                                           0x017D, 0x017E, 0x0178, 0x00BA, 0x00AA, 0x00B2, 0x00B3, 0x00B5};
    return std::find(std::begin(punctuation), std::end(punctuation), c) != std::end(punctuation);
}

struct Scored
{
    QString name;
    double score = 0;
    int replacements = 0;
};

// Plausibility of `text` as Chinese in the encoding whose frequent characters are `common`.
Scored scoreDoubleByte(const QString& name, const QString& text, const CharSet& common)
{
    Scored scored{name};
    qsizetype nonAscii = 0;
    double good = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++nonAscii;
        if (c == QChar::ReplacementCharacter) {
            ++scored.replacements;
            good -= 2;
        } else if (common.test(u)) {
            good += 1;
        }
    }
    scored.score = nonAscii > 0 ? std::max(0.0, good / double(nonAscii)) : 0;
    return scored;
}

Scored scoreWindows1252(const QString& text)
{
    Scored scored{QStringLiteral("windows-1252")};
    qsizetype nonAscii = 0;
    double good = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text.at(i).unicode() < 0x80) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && text.at(end).unicode() >= 0x80)
            ++end;
        const qsizetype run = end - i;
        for (; i < end; ++i) {
            const char16_t u = text.at(i).unicode();
            ++nonAscii;
            if (u >= 0x80 && u <= 0x9F) {
                ++scored.replacements; // a byte Windows-1252 leaves undefined
                good -= 1;
            } else if (isLatinText(u)) {
                good += run == 1 ? 1.0 : run == 2 ? 0.5 : 0.0;
            }
        }
    }
    scored.score = nonAscii > 0 ? std::max(0.0, good / double(nonAscii)) : 0;
    return scored;
}

QString decodeSample(const char* encoding, const QByteArray& sample, int* replacements = nullptr)
{
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(sample); // stateful: a character cut at the sample's end is no error
    if (replacements)
        *replacements = int(text.count(QChar::ReplacementCharacter));
    return text;
}
} // namespace

namespace TextDecoding {

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"),   QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("GB18030"), QStringLiteral("Big5"),     QStringLiteral("windows-1252")};
}

QString canonicalName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (key == QLatin1String("utf-16le") || key == QLatin1String("utf16le") || key == QLatin1String("utf-16") ||
        key == QLatin1String("utf16"))
        return QStringLiteral("UTF-16LE");
    if (key == QLatin1String("utf-16be") || key == QLatin1String("utf16be"))
        return QStringLiteral("UTF-16BE");
    if (key == QLatin1String("gb18030") || key == QLatin1String("gbk") || key == QLatin1String("gb2312") ||
        key == QLatin1String("cp936") || key == QLatin1String("936"))
        return QStringLiteral("GB18030");
    if (key == QLatin1String("big5") || key == QLatin1String("big-5") || key == QLatin1String("cp950"))
        return QStringLiteral("Big5");
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1") ||
        key == QLatin1String("latin-1") || key == QLatin1String("iso-8859-1") || key == QLatin1String("1252"))
        return QStringLiteral("windows-1252"); // a superset of Latin-1 in its printable range
    if (!key.isEmpty() && QStringDecoder(name.trimmed().toLatin1().constData()).isValid())
        return name.trimmed(); // another encoding ICU knows (Shift_JIS, EUC-KR …)
    return {};
}

int bomLength(const QByteArray& sample, const QString& encoding)
{
    if (encoding == QLatin1String("UTF-8") && sample.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (encoding == QLatin1String("UTF-16LE") && sample.startsWith("\xFF\xFE"))
        return 2;
    if (encoding == QLatin1String("UTF-16BE") && sample.startsWith("\xFE\xFF"))
        return 2;
    if (encoding == QLatin1String("GB18030") && sample.startsWith("\x84\x31\x95\x33"))
        return 4;
    return 0;
}

TextEncodingGuess detect(const QByteArray& whole)
{
    const QByteArray sample = whole.left(kSampleSize);
    TextEncodingGuess guess;
    guess.confidence = 100;
    for (const char* bom : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"}) {
        const int length = bomLength(sample, QString::fromLatin1(bom));
        if (length > 0) {
            guess.name = QString::fromLatin1(bom);
            guess.bomLength = length;
            decodeSample(bom, sample.mid(length), &guess.replacements);
            return guess;
        }
    }

    // UTF-16 without a BOM: text whose every other byte is NUL (ASCII and Latin characters).
    const qsizetype probe = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenNul += sample.at(i) == '\0';
        oddNul += sample.at(i + 1) == '\0';
    }
    const qsizetype pairs = probe / 2;
    if (pairs >= 2 && (oddNul * 10 > pairs * 4 || evenNul * 10 > pairs * 4) && std::min(oddNul, evenNul) * 20 < pairs) {
        guess.name = oddNul > evenNul ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        guess.confidence = 80;
        decodeSample(guess.name == QLatin1String("UTF-16LE") ? "UTF-16LE" : "UTF-16BE", sample, &guess.replacements);
        return guess;
    }
    guess.binary = sample.contains('\0');

    QStringDecoder utf8("UTF-8");
    const QString asUtf8 = utf8.decode(sample);
    if (!utf8.hasError()) {
        guess.name = QStringLiteral("UTF-8");
        return guess;
    }

    std::array<Scored, 3> scored;
    scored[0] = scoreDoubleByte(QStringLiteral("GB18030"), decodeSample("GB18030", sample), gbCommon());
    scored[1] = scoreDoubleByte(QStringLiteral("Big5"), decodeSample("Big5", sample), big5Common());
    scored[2] = scoreWindows1252(decodeSample("windows-1252", sample));
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    const Scored& best = scored[0];
    guess.name = best.name;
    guess.replacements = best.replacements;
    const double margin = std::min(1.0, (best.score - scored[1].score) * 2 + 0.5);
    guess.confidence = std::clamp(int(100 * std::min(best.score, 1.0) * margin + 0.5), 0, 100);
    for (int i = 1; i < int(scored.size()); ++i) {
        if (scored[i].score > 0)
            guess.alternatives << scored[i].name;
    }
    // Almost valid UTF-8 (a few broken bytes) stays an alternative worth offering.
    if (asUtf8.count(QChar::ReplacementCharacter) * 20 < asUtf8.size())
        guess.alternatives << QStringLiteral("UTF-8");
    return guess;
}

} // namespace TextDecoding
