#pragma once

#include <QDate>
#include <QString>

// Field checks shared by the record models, importers and editors. Each returns a translated message
// for the user, or an empty string when the value is acceptable (empty optional fields are acceptable).
class FieldValidator
{
public:
    static QString required(const QString& text);
    static QString email(const QString& text);
    // National or international formats; full-width digits are accepted. defaultRegion is an ISO 3166
    // code ("CN", "US"); empty: defaultRegion(). A number that does not read says how to write it
    // (a national example of the region, and an international one such as "+86 131 2345 6789").
    static QString phone(const QString& text, const QString& defaultRegion = {});
    static QString amountMinor(qint64 amount);
    static QString currency(const QString& code);
    static QString nonNegative(qint64 value);
    // An expected close date may not lie more than a year before the record was created, nor more
    // than ten years after today (the database's Clock::today(): tests set it).
    static QString closeDate(const QDate& expected, const QDate& created, const QDate& today);

    // E.164 ("+8613812345678") for duplicate detection; empty if the text is not a phone number.
    static QString normalisePhone(const QString& text, const QString& defaultRegion = {});
    // The number as people of `region` write it: their own country's numbers in national form, with
    // China's conventions (landlines 0769-3557780: area code, hyphen, local number; mobiles 136 2822 9549),
    // foreign numbers in international form (+1 650-253-0000). Empty if the text is no phone number.
    // Display only (ReportFormat::phone); the stored text is not changed.
    static QString formatPhone(const QString& text, const QString& region);
    // Lower case, NFKC (full-width to half-width), spaces collapsed: for name/e-mail duplicate checks.
    static QString normaliseText(const QString& text);
    // Where a phone number without a country code is taken to be: the setting forms/phoneRegion (an ISO
    // 3166 code, e.g. "CN" for a team in China using the English interface), else the region of the
    // user's locale ("CN" for zh_CN); "ZZ" (international numbers only) when neither names one.
    static QString defaultRegion();
    static const char* const kPhoneRegionKey; // QSettings key of that setting
    // The ISO 3166 code of a country as people type it in an address: "China", "中国", "CN", "Deutschland",
    // "USA"; empty when unknown.
    static QString regionOfCountry(const QString& country);
    // The region a record's phone numbers are read in: its country's, else defaultRegion().
    static QString phoneRegionFor(const QString& country);
};
