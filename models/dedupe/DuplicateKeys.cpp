#include "DuplicateKeys.h"

#include "FieldValidator.h"
#include "TextFolding.h"

#include <algorithm>
#include <vector>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <phonenumbers/phonenumberutil.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
bool separator(QChar c)
{
    return !c.isLetterOrNumber();
}

// Legal forms as whole words at the end of a Latin name ("acme trading co., ltd." → "acme trading").
const QStringList& latinSuffixes()
{
    static const QStringList suffixes{
        QStringLiteral("co"),   QStringLiteral("ltd"),         QStringLiteral("inc"),     QStringLiteral("corp"),
        QStringLiteral("gmbh"), QStringLiteral("llc"),         QStringLiteral("limited"), QStringLiteral("company"),
        QStringLiteral("plc"),  QStringLiteral("corporation"), QStringLiteral("ag"),      QStringLiteral("llp"),
        QStringLiteral("lp"),   QStringLiteral("incorporated")};
    return suffixes;
}

// Legal forms at the end of a Chinese name, longest first (no spaces separate them from the name).
const QStringList& cjkSuffixes()
{
    static const QStringList suffixes{QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                      QStringLiteral("有限公司"), QStringLiteral("集团")};
    return suffixes;
}

bool parse(const QString& text, const QString& region, PhoneNumber* number)
{
    const QString cleaned = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (cleaned.isEmpty())
        return false;
    const std::string regionCode =
        (region.isEmpty() ? FieldValidator::defaultRegion() : region).toUpper().toStdString();
    return PhoneNumberUtil::GetInstance()->Parse(cleaned.toStdString(), regionCode, number) ==
           PhoneNumberUtil::NO_PARSING_ERROR;
}

QString digitsOf(const std::string& text)
{
    QString digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            digits.append(QLatin1Char(c));
    }
    return digits;
}
} // namespace

QString DuplicateKeys::email(const QString& text)
{
    const QString key = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    return key.contains(QLatin1Char('@')) ? key : QString();
}

QString DuplicateKeys::phone(const QString& text, const QString& region)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString valid = FieldValidator::normalisePhone(text, region);
    if (!valid.isEmpty())
        return valid;
    // A number the validator does not accept (an old or mistyped one, as imported data holds) is still the same
    // number in each of its written forms: libphonenumber writes it in E.164 all the same.
    PhoneNumber number;
    if (!parse(text, region, &number))
        return {};
    std::string national;
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    util->GetNationalSignificantNumber(number, &national);
    if (national.size() < 6)
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QStringList DuplicateKeys::phoneDigitForms(const QString& text, const QString& region)
{
    PhoneNumber number;
    if (!parse(text, region, &number))
        return {};
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    std::string formatted;
    util->Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    const QString nsn = QString::fromStdString(national);
    const QString countryCode = QString::number(number.country_code());
    QStringList forms{countryCode + nsn, QStringLiteral("00") + countryCode + nsn, nsn, digitsOf(formatted),
                      QLatin1Char('0') + nsn};
    forms.removeDuplicates();
    return forms;
}

QString DuplicateKeys::name(const QString& text)
{
    const QString folded = TextFolding::fold(text);
    // Words, split at whitespace and punctuation; trailing legal-form words go.
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (separator(c)) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word.append(c);
        }
    }
    if (!word.isEmpty())
        words << word;
    const QString whole = words.join(QString());
    while (words.size() > 1 && latinSuffixes().contains(words.last()))
        words.removeLast();
    QString key = words.join(QString());
    // Chinese legal forms end the name without a space; several may follow each other (…集团有限公司).
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& suffix : cjkSuffixes()) {
            if (key.size() > suffix.size() && key.endsWith(suffix)) {
                key.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    return key.isEmpty() ? whole : key;
}

int DuplicateKeys::similarity(const QString& a, const QString& b)
{
    if (a == b)
        return a.isEmpty() ? 0 : 100;
    // Numbers tell branches and buildings apart (门店12 and 门店13, Unit 4 and Unit 5): different numbers are never
    // a typo of each other.
    const auto digits = [](const QString& text) {
        QString only;
        for (const QChar c : text) {
            if (c.isDigit())
                only.append(c);
        }
        return only;
    };
    if (digits(a) != digits(b))
        return 0;
    const int n = int(a.size());
    const int m = int(b.size());
    const int longer = std::max(n, m);
    if (longer == 0)
        return 0;
    // Below kSimilarName nothing is reported, so more edits than that allows need not be counted exactly.
    const int allowed = longer * (100 - kSimilarName) / 100;
    if (std::abs(n - m) > allowed)
        return 0;
    std::vector<int> previous(size_t(m) + 1);
    std::vector<int> current(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > allowed)
            return 0;
        std::swap(previous, current);
    }
    const int distance = previous[size_t(m)];
    return std::max(0, 100 - (distance * 100 + longer - 1) / longer);
}

int DuplicateKeys::score(Reasons reasons, int nameSimilarity)
{
    int best = 0;
    int count = 0;
    if (reasons & SameEmail) {
        best = std::max(best, 100);
        ++count;
    }
    if (reasons & SamePhone) {
        best = std::max(best, 95);
        ++count;
    }
    if (reasons & SameName) {
        best = std::max(best, 90);
        ++count;
    }
    if (reasons & SimilarName) {
        best = std::max(best, 50 + (std::clamp(nameSimilarity, kSimilarName, 100) - kSimilarName) * 2);
        ++count;
    }
    return std::min(100, best + 3 * std::max(0, count - 1));
}

QString DuplicateKeys::describe(Reasons reasons)
{
    QStringList parts;
    if (reasons & SameEmail)
        parts << tr("same e-mail");
    if (reasons & SamePhone)
        parts << tr("same phone");
    if (reasons & SameName)
        parts << tr("same name");
    if (reasons & SimilarName)
        parts << tr("similar name");
    QString text = parts.join(tr(", ", "between reasons"));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}
