#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The keys two records are compared by when looking for duplicates, the same for the finder, the check on entry
// and the importer's report. Two records are likely the same when their e-mail keys or phone keys are equal, when
// their name keys are equal, or when their name keys are similar (similarity() at least kSimilarName).
class DuplicateKeys
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateKeys)

public:
    // Why two records look alike; a group or a match carries the union of its reasons.
    enum Reason { SameEmail = 0x1, SamePhone = 0x2, SameName = 0x4, SimilarName = 0x8 };
    Q_DECLARE_FLAGS(Reasons, Reason)

    // The e-mail address trimmed, NFKC (full-width letters as ASCII) and in lower case; empty without an "@".
    static QString email(const QString& text);
    // The phone number in E.164 (+8676935577 80 whatever the spaces, hyphens, full-width digits or national
    // form), through the project's phone validator; empty when it is no phone number. region: ISO 3166 code of
    // numbers written without a country code; empty: FieldValidator::defaultRegion().
    static QString phone(const QString& text, const QString& region = {});
    // Every way the number may be stored with its separators dropped (E.164 digits with and without "+" and "00",
    // the national number with and without its trunk prefix): what a lookup by the stored digits asks for.
    static QStringList phoneDigitForms(const QString& text, const QString& region = {});
    // The name folded as search folds it (TextFolding::fold: NFKC, case, accents), without whitespace and punctuation,
    // and without the legal-form suffixes companies carry (Co., Ltd., Inc., Corp., GmbH, LLC, Limited, 有限公司,
    // 股份有限公司, 有限责任公司, 集团 …), so "ACME Co., Ltd." and "acme" or "华为技术有限公司" and "华为技术" get one
    // key. A name that is nothing but a suffix keeps it.
    static QString name(const QString& text);
    // How alike two name keys are, 0 (nothing in common) to 100 (equal): one minus the edit distance over the
    // longer key's length. Keys differing in length by more than that allows are not compared character by
    // character (0 at once), which keeps a scan fast. Keys with different numbers in them are 0 (branches).
    static int similarity(const QString& a, const QString& b);

    // Names at least this similar are reported as similar names.
    static constexpr int kSimilarName = 85;
    // Keys shorter than this are too short to call similar (张伟 and 张炜 are different people).
    static constexpr int kSimilarMinLength = 5;

    // The score (0-100) a pair of records gets for its reasons and name similarity: equal e-mail 100, equal phone
    // 95, equal name 90, similar name 50-80 by similarity; several reasons add a little.
    static int score(Reasons reasons, int nameSimilarity);
    // The reasons as the user reads them ("Same e-mail, similar name"), translated.
    static QString describe(Reasons reasons);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(DuplicateKeys::Reasons)
