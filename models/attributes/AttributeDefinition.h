#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// One choice of a choice or multi-choice custom field: the stored code and what users read in each language.
struct AttributeChoice
{
    QString value;
    QString labelEn;
    QString labelZh;

    QString label() const; // in the user's language (English when there is no Chinese text)
    bool operator==(const AttributeChoice& other) const
    {
        return value == other.value && labelEn == other.labelEn && labelZh == other.labelZh;
    }
};

// A custom field an administrator defined for an entity ("customer", "opportunity", "lead" …), optionally for one
// record type only (a lead type). Values live in attribute_values, one typed column per kind (AttributeValues).
// As a value travels in C++: Text and Choice QString, Number double, Money qint64 minor units (in the field's
// currency), Date QDate, MultiChoice QStringList of codes, Bool bool; a null QVariant is "no value".
struct AttributeDefinition
{
    Q_DECLARE_TR_FUNCTIONS(AttributeDefinition)

public:
    enum class Kind { Text, Number, Money, Date, Choice, MultiChoice, Bool };

    QString id;
    QString entity;
    QString recordType; // empty: every record of the entity
    QString key;        // stable name: [a-z][a-z0-9_]*, unique per entity
    QString labelEn;
    QString labelZh;
    Kind kind = Kind::Text;
    QList<AttributeChoice> choices; // Choice, MultiChoice
    QString currency;               // Money: ISO 4217 code of its amounts
    bool required = false;
    int position = 0;
    bool active = true;
    int version = 0; // 0: not saved yet

    QString label() const; // in the user's language
    // The name a field's errors and list columns go by next to the built-in columns: "attr:<key>".
    QString fieldName() const { return fieldName(key); }
    static QString fieldName(const QString& key) { return QStringLiteral("attr:") + key; }
    // The typed column of attribute_values this kind is stored in.
    QString valueColumn() const;
    const AttributeChoice* choice(const QString& value) const;
    // How a value reads to users (choice labels, local dates and money) and in files (plainText: ISO dates,
    // machine numbers, choice labels joined by "; ").
    QString displayText(const QVariant& value) const;
    QString plainText(const QVariant& value) const;

    static QString kindCode(Kind kind); // "text", "number", … as stored
    static bool parseKind(const QString& code, Kind* kind);
    static QList<Kind> kinds();
    static QString kindName(Kind kind); // translated
    // The JSON text of attribute_definitions.choices, and back.
    static QString choicesJson(const QList<AttributeChoice>& choices);
    static QList<AttributeChoice> parseChoices(const QString& json);
    // Whether the user reads Chinese (the labels' language).
    static bool chinese();
};
