#pragma once

#include <QString>

// The one way text is made comparable for search (and duplicate detection): what a user types and what a
// record holds are both folded, so ＡＢＣ finds abc, Café finds cafe, and a Chinese name is found by its
// pinyin. Built on ICU (Qt already depends on it): NFKC and case folding from its normalizers, pinyin from its
// "Han-Latin; Latin-ASCII" transliterator rather than a hand-made table. Thread-safe (per-thread ICU objects).
namespace TextFolding {
// NFKC + full case folding + accents removed: full-width letters and digits become half-width, ligatures and
// compatibility forms their plain letters, "Ångström" → "angstrom", "ＺＨＡＮＧ" → "zhang". Chinese text is
// unchanged apart from its full-width Latin letters, digits and punctuation. Whitespace is kept as it is.
QString fold(const QString& text);

// The pinyin of the Chinese (Han) characters in a text, without tones, in lower case: `full` spells each run
// of Han characters as its syllables written together, `initials` the first letter of each syllable; runs are
// separated by one space, and text outside Han runs is left out. 张伟 → {"zhangwei", "zw"};
// 重庆长安汽车 → {"chongqingchanganqiche", "cqcaqc"}; "张伟 and 王芳" → {"zhangwei wangfang", "zw wf"}.
struct Pinyin
{
    QString full;
    QString initials;
};
Pinyin pinyin(const QString& text);

// True when the text holds at least one Han character (whose pinyin pinyin() would give).
bool hasHan(const QString& text);
} // namespace TextFolding
