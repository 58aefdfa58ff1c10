#include "TextFolding.h"

#include <QHash>
#include <QStringView>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <memory>

namespace {
// A read-only alias of the QString's characters (ICU copies on write).
icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// Combining marks that are accents on letters (Latin, Greek, Cyrillic …). Other scripts' marks (the Japanese
// voicing marks, Indic vowel signs) are part of their letters and stay.
bool isAccent(UChar32 c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool isHan(UChar32 c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status) && u_isalpha(c);
}

// ICU's transliterator is slow (tens of microseconds a name) and not thread-safe: one per thread, and the
// pinyin of each run of Han characters remembered (names and company words repeat a lot in real data; the
// whole run is transliterated, not character by character, because ICU reads some characters by context:
// 重庆 is "chong qing", 重 alone "zhong").
class PinyinCache
{
public:
    const TextFolding::Pinyin& of(const QString& run)
    {
        const auto found = m_runs.constFind(run);
        if (found != m_runs.constEnd())
            return *found;
        if (m_runs.size() >= 200000)
            m_runs.clear(); // bounded memory for a bulk import of millions of distinct names
        return *m_runs.insert(run, transliterate(run));
    }

private:
    TextFolding::Pinyin transliterate(const QString& run)
    {
        TextFolding::Pinyin result;
        if (!m_transliterator) {
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(
                icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                m_transliterator.reset();
            if (!m_transliterator)
                return result;
        }
        icu::UnicodeString latin = toIcu(run);
        m_transliterator->transliterate(latin);
        // "zhang wei": syllables separated by spaces; letters only, lower case.
        bool syllableStart = true;
        for (const QChar c : fromIcu(latin)) {
            if (c.isLetterOrNumber() && c.unicode() < 0x80) {
                const QChar lower = c.toLower();
                result.full += lower;
                if (syllableStart)
                    result.initials += lower;
                syllableStart = false;
            } else {
                syllableStart = true;
            }
        }
        return result;
    }

    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<QString, TextFolding::Pinyin> m_runs;
};
} // namespace

QString TextFolding::fold(const QString& text)
{
    if (text.isEmpty())
        return text;
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower(); // the common case, without ICU's round trip

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return text.toCaseFolded();
    const icu::UnicodeString folded = nfkcCasefold->normalize(toIcu(text), status);
    icu::UnicodeString decomposed = nfd->normalize(folded, status);
    if (U_FAILURE(status))
        return text.toCaseFolded();
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (!isAccent(c))
            bare.append(c);
        i += U16_LENGTH(c);
    }
    const icu::UnicodeString composed = nfc->normalize(bare, status);
    return U_SUCCESS(status) ? fromIcu(composed) : fromIcu(bare);
}

TextFolding::Pinyin TextFolding::pinyin(const QString& text)
{
    thread_local PinyinCache cache;
    Pinyin result;
    const icu::UnicodeString source = toIcu(text);
    int32_t runStart = -1;
    auto flush = [&](int32_t end) {
        if (runStart < 0)
            return;
        const Pinyin& run = cache.of(text.mid(runStart, end - runStart));
        if (!run.full.isEmpty()) {
            if (!result.full.isEmpty()) {
                result.full += QLatin1Char(' ');
                result.initials += QLatin1Char(' ');
            }
            result.full += run.full;
            result.initials += run.initials;
        }
        runStart = -1;
    };
    for (int32_t i = 0; i < source.length();) {
        const UChar32 c = source.char32At(i);
        if (isHan(c)) {
            if (runStart < 0)
                runStart = i;
        } else {
            flush(i);
        }
        i += U16_LENGTH(c);
    }
    flush(source.length());
    return result;
}

bool TextFolding::hasHan(const QString& text)
{
    const icu::UnicodeString source = toIcu(text);
    for (int32_t i = 0; i < source.length();) {
        const UChar32 c = source.char32At(i);
        if (isHan(c))
            return true;
        i += U16_LENGTH(c);
    }
    return false;
}
