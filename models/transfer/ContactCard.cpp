#include "ContactCard.h"

#include <algorithm>

bool ContactCard::Address::isEmpty() const
{
    return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && locality.isEmpty() && region.isEmpty() &&
           postalCode.isEmpty() && country.isEmpty();
}

QString ContactCard::Address::singleLine() const
{
    QStringList parts;
    for (const QString* part : {&street, &extended, &poBox, &locality, &region, &postalCode, &country}) {
        const QString text = QString(*part).replace(QLatin1Char('\n'), QLatin1String(", ")).trimmed();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QLatin1String(", "));
}

bool ContactCard::Address::operator==(const Address& other) const
{
    return types == other.types && preferred == other.preferred && poBox == other.poBox && extended == other.extended &&
           street == other.street && locality == other.locality && region == other.region &&
           postalCode == other.postalCode && country == other.country;
}

bool ContactCard::isEastAsian(const QString& text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
            (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) || c.isHighSurrogate())
            return true;
    }
    return false;
}

QString ContactCard::displayName() const
{
    if (!fullName.trimmed().isEmpty())
        return fullName.trimmed();
    const QString family = familyName.trimmed();
    const QString given = givenName.trimmed();
    if (!family.isEmpty() || !given.isEmpty()) {
        if (isEastAsian(family) || isEastAsian(given))
            return family + given;
        QStringList parts;
        for (const QString& part : {prefixes, given, additionalNames, family, suffixes}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        return parts.join(QLatin1Char(' '));
    }
    if (!nickname.trimmed().isEmpty())
        return nickname.trimmed();
    return emails.isEmpty() ? QString() : emails.first().value.trimmed();
}

static QList<ContactCard::Value> byPreference(QList<ContactCard::Value> values)
{
    std::stable_sort(values.begin(), values.end(), [](const ContactCard::Value& a, const ContactCard::Value& b) {
        return a.preferred && !b.preferred;
    });
    return values;
}

QList<ContactCard::Value> ContactCard::phonesByPreference() const
{
    return byPreference(phones);
}

QList<ContactCard::Value> ContactCard::emailsByPreference() const
{
    return byPreference(emails);
}

bool ContactCard::operator==(const ContactCard& other) const
{
    return fullName == other.fullName && familyName == other.familyName && givenName == other.givenName &&
           additionalNames == other.additionalNames && prefixes == other.prefixes && suffixes == other.suffixes &&
           nickname == other.nickname && organization == other.organization && department == other.department &&
           title == other.title && role == other.role && note == other.note && phones == other.phones &&
           emails == other.emails && addresses == other.addresses && urls == other.urls && uid == other.uid &&
           birthday == other.birthday && revision == other.revision;
}
