#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One person of an address book as vCard describes them (2.1, 3.0 and 4.0 read into the same shape): what
// VCardReader yields and VCardWriter writes. Types are lower case ("work", "cell", "voice", "internet") with
// vendor labels (Apple's X-ABLabel) added as their text; "pref" is not a type but `preferred`.
struct ContactCard
{
    struct Value
    {
        QStringList types;
        QString value;
        bool preferred = false;

        bool hasType(const QString& type) const { return types.contains(type); }
        bool operator==(const Value& other) const
        {
            return types == other.types && value == other.value && preferred == other.preferred;
        }
    };

    struct Address
    {
        QStringList types;
        bool preferred = false;
        QString poBox, extended, street, locality, region, postalCode, country;

        bool isEmpty() const;
        // The parts that are there, comma-separated, street first (as a line of a note).
        QString singleLine() const;
        bool operator==(const Address& other) const;
    };

    QString fullName;                                                   // FN
    QString familyName, givenName, additionalNames, prefixes, suffixes; // N
    QString nickname;
    QString organization; // ORG's first component: the company
    QString department;   // ORG's other components, ", "-joined
    QString title, role, note;
    QList<Value> phones, emails;
    QList<Address> addresses;
    QStringList urls;
    QString uid; // UID, without a "urn:uuid:" prefix
    QDate birthday;
    QDateTime revision; // REV, UTC

    // FN; else a name built from N (a Chinese, Japanese or Korean name as family + given without a space,
    // others "prefix given additional family suffix"); else the nickname; else the first e-mail address.
    QString displayName() const;
    // Phones, e-mails, addresses with the preferred ones first (otherwise in the card's order).
    QList<Value> phonesByPreference() const;
    QList<Value> emailsByPreference() const;
    // True when text holds Han, kana or Hangul: such names are written family name first, without a space.
    static bool isEastAsian(const QString& text);

    bool operator==(const ContactCard& other) const;
    bool operator!=(const ContactCard& other) const { return !(*this == other); }
};
