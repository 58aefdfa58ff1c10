#include "FieldValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

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
QString tr(const char* text)
{
    return QCoreApplication::translate("FieldValidator", text);
}

// Full-width digits, "＋" and "（）" become their ASCII forms; surrounding spaces go.
QString halfWidth(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

bool parsePhone(const QString& text, const QString& region, PhoneNumber* number)
{
    const QString cleaned = halfWidth(text);
    if (cleaned.isEmpty())
        return false;
    const std::string input = cleaned.toStdString();
    const std::string regionCode =
        (region.isEmpty() ? FieldValidator::defaultRegion() : region).toUpper().toStdString();
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (util->Parse(input, regionCode, number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    return util->IsValidNumber(*number);
}
} // namespace

QString FieldValidator::required(const QString& text)
{
    return text.trimmed().isEmpty() ? tr("This field is required.") : QString();
}

QString FieldValidator::email(const QString& text)
{
    const QString value = halfWidth(text);
    if (value.isEmpty())
        return {};
    // Pragmatic RFC 5322 subset: a local part without spaces or leading/trailing/double dots, and a
    // domain of letter/digit labels with at least one dot. Unicode letters are allowed (IDN, Chinese).
    static const QRegularExpression pattern(
        QStringLiteral("^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}["
                       "\\p{L}\\p{N}])?)+$"));
    if (value.size() > 254 || !pattern.match(value).hasMatch())
        return tr("This is not a valid e-mail address.");
    return {};
}

QString FieldValidator::phone(const QString& text, const QString& defaultRegion)
{
    if (halfWidth(text).isEmpty())
        return {};
    PhoneNumber number;
    if (parsePhone(text, defaultRegion, &number))
        return {};
    // Say how to write it: as a number of the region the field reads, or with a country code.
    const QString region = (defaultRegion.isEmpty() ? FieldValidator::defaultRegion() : defaultRegion).toUpper();
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    auto example = [util](const QString& of, PhoneNumberUtil::PhoneNumberFormat format) {
        PhoneNumber sample;
        std::string shown;
        if (util->GetExampleNumberForType(of.toStdString(), PhoneNumberUtil::MOBILE, &sample))
            util->Format(sample, format, &shown);
        return QString::fromStdString(shown);
    };
    const QString international = example(region == QLatin1String("CN") ? QStringLiteral("US") : QStringLiteral("CN"),
                                          PhoneNumberUtil::INTERNATIONAL);
    const QString national =
        region == QLatin1String("ZZ") ? QString() : formatPhone(example(region, PhoneNumberUtil::E164), region);
    if (national.isEmpty())
        return tr("This is not a valid phone number. Write it with the country code, e.g. %1.").arg(international);
    return tr("This is not a valid phone number. Write it as %1, or with the country code, e.g. %2.")
        .arg(national, international);
}

QString FieldValidator::normalisePhone(const QString& text, const QString& defaultRegion)
{
    PhoneNumber number;
    if (!parsePhone(text, defaultRegion, &number))
        return {};
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString FieldValidator::formatPhone(const QString& text, const QString& region)
{
    const QString cleaned = halfWidth(text);
    if (cleaned.isEmpty())
        return {};
    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const std::string regionCode = region.toUpper().toStdString();
    PhoneNumber number;
    if (util->Parse(cleaned.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsPossibleNumber(number))
        return {};
    const bool domestic = util->GetCountryCodeForRegion(regionCode) == number.country_code();
    std::string shown;
    if (!domestic) {
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &shown);
        return QString::fromStdString(shown);
    }
    if (number.country_code() == 86) {
        // China: a mobile number in groups of 3-4-4; a landline as trunk prefix and area code, a hyphen,
        // the local number unbroken. Area codes are 10 and 2x (two digits) or three digits; the rule
        // also places the hyphen for a number the metadata does not know (a new exchange).
        std::string national;
        util->GetNationalSignificantNumber(number, &national);
        const QString digits = QString::fromStdString(national);
        const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
        const bool landline = type == PhoneNumberUtil::FIXED_LINE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE ||
                              (type == PhoneNumberUtil::UNKNOWN && !digits.startsWith(QLatin1String("400")) &&
                               !digits.startsWith(QLatin1String("800")));
        if (type == PhoneNumberUtil::MOBILE || (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))) {
            if (digits.size() == 11)
                return QStringLiteral("%1 %2 %3").arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
        } else if (landline && digits.size() >= 9) {
            const int area = (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('2'))) ? 2 : 3;
            return QStringLiteral("0%1-%2").arg(digits.left(area), digits.mid(area));
        }
    }
    util->Format(number, PhoneNumberUtil::NATIONAL, &shown);
    return QString::fromStdString(shown);
}

QString FieldValidator::amountMinor(qint64 amount)
{
    return amount < 0 ? tr("The amount cannot be negative.") : QString();
}

QString FieldValidator::nonNegative(qint64 value)
{
    return value < 0 ? tr("The value cannot be negative.") : QString();
}

QString FieldValidator::currency(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch() ? QString() : tr("The currency must be a three-letter ISO code such as CNY.");
}

QString FieldValidator::closeDate(const QDate& expected, const QDate& created, const QDate& today)
{
    if (!expected.isValid())
        return {};
    const QDate base = created.isValid() ? created : today;
    if (expected < base.addYears(-1))
        return tr("The expected close date cannot be more than a year before the opportunity was created.");
    if (expected > today.addYears(10))
        return tr("The expected close date is too far in the future.");
    return {};
}

QString FieldValidator::normaliseText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

const char* const FieldValidator::kPhoneRegionKey = "forms/phoneRegion";

QString FieldValidator::defaultRegion()
{
    const QString chosen = QSettings().value(QLatin1String(kPhoneRegionKey)).toString().trimmed().toUpper();
    if (chosen.size() == 2 && QLocale::codeToTerritory(chosen) != QLocale::AnyTerritory)
        return chosen;
    const QLocale locale;
    if (locale.territory() == QLocale::AnyTerritory)
        return QStringLiteral("ZZ");
    const QString code = QLocale::territoryToCode(locale.territory());
    return code.size() == 2 ? code : QStringLiteral("ZZ");
}

QString FieldValidator::regionOfCountry(const QString& country)
{
    const QString key = normaliseText(country).remove(QLatin1Char('.'));
    if (key.isEmpty())
        return {};
    if (key.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(key.toUpper());
        if (territory != QLocale::AnyTerritory)
            return key.toUpper();
    }
    // Every territory's English name and its names in its own languages, and the short forms and
    // Chinese names people write that Qt does not list.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> byName = {
            {QStringLiteral("中国"), QStringLiteral("CN")},
            {QStringLiteral("中国大陆"), QStringLiteral("CN")},
            {QStringLiteral("中华人民共和国"), QStringLiteral("CN")},
            {QStringLiteral("prc"), QStringLiteral("CN")},
            {QStringLiteral("mainland china"), QStringLiteral("CN")},
            {QStringLiteral("china mainland"), QStringLiteral("CN")},
            {QStringLiteral("香港"), QStringLiteral("HK")},
            {QStringLiteral("中国香港"), QStringLiteral("HK")},
            {QStringLiteral("澳门"), QStringLiteral("MO")},
            {QStringLiteral("中国澳门"), QStringLiteral("MO")},
            {QStringLiteral("台湾"), QStringLiteral("TW")},
            {QStringLiteral("中国台湾"), QStringLiteral("TW")},
            {QStringLiteral("美国"), QStringLiteral("US")},
            {QStringLiteral("usa"), QStringLiteral("US")},
            {QStringLiteral("united states of america"), QStringLiteral("US")},
            {QStringLiteral("英国"), QStringLiteral("GB")},
            {QStringLiteral("uk"), QStringLiteral("GB")},
            {QStringLiteral("日本"), QStringLiteral("JP")},
            {QStringLiteral("韩国"), QStringLiteral("KR")},
            {QStringLiteral("德国"), QStringLiteral("DE")},
            {QStringLiteral("法国"), QStringLiteral("FR")},
            {QStringLiteral("新加坡"), QStringLiteral("SG")},
            {QStringLiteral("加拿大"), QStringLiteral("CA")},
            {QStringLiteral("澳大利亚"), QStringLiteral("AU")},
            {QStringLiteral("马来西亚"), QStringLiteral("MY")},
            {QStringLiteral("印度"), QStringLiteral("IN")},
            {QStringLiteral("俄罗斯"), QStringLiteral("RU")},
            {QStringLiteral("意大利"), QStringLiteral("IT")},
            {QStringLiteral("西班牙"), QStringLiteral("ES")},
            {QStringLiteral("荷兰"), QStringLiteral("NL")},
            {QStringLiteral("泰国"), QStringLiteral("TH")},
            {QStringLiteral("越南"), QStringLiteral("VN")},
        };
        const QList<QLocale> all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& locale : all) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() != 2)
                continue;
            for (const QString& name : {QLocale::territoryToString(locale.territory()), locale.nativeTerritoryName()}) {
                const QString normal = normaliseText(name).remove(QLatin1Char('.'));
                if (!normal.isEmpty() && !byName.contains(normal))
                    byName.insert(normal, code);
            }
        }
        return byName;
    }();
    return names.value(key);
}

QString FieldValidator::phoneRegionFor(const QString& country)
{
    const QString region = regionOfCountry(country);
    return region.isEmpty() ? defaultRegion() : region;
}
