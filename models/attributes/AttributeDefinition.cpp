#include "AttributeDefinition.h"

#include "Money.h"
#include "ReportFormat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

bool AttributeDefinition::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString AttributeChoice::label() const
{
    if (AttributeDefinition::chinese() && !labelZh.trimmed().isEmpty())
        return labelZh;
    return labelEn.trimmed().isEmpty() ? value : labelEn;
}

QString AttributeDefinition::label() const
{
    if (chinese() && !labelZh.trimmed().isEmpty())
        return labelZh;
    return labelEn.trimmed().isEmpty() ? key : labelEn;
}

QString AttributeDefinition::valueColumn() const
{
    switch (kind) {
    case Kind::Number:
        return QStringLiteral("value_number");
    case Kind::Money:
        return QStringLiteral("value_money_minor");
    case Kind::Date:
        return QStringLiteral("value_date");
    case Kind::Bool:
        return QStringLiteral("value_bool");
    case Kind::Text:
    case Kind::Choice:
    case Kind::MultiChoice:
        break;
    }
    return QStringLiteral("value_text");
}

const AttributeChoice* AttributeDefinition::choice(const QString& value) const
{
    for (const AttributeChoice& c : choices)
        if (c.value == value)
            return &c;
    return nullptr;
}

QString AttributeDefinition::displayText(const QVariant& value) const
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case Kind::Number:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case Kind::Money:
        return Money::format(value.toLongLong(), currency.isEmpty() ? QStringLiteral("CNY") : currency);
    case Kind::Date:
        return ReportFormat::date(value.toDate());
    case Kind::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case Kind::Choice: {
        const AttributeChoice* c = choice(value.toString());
        return c ? c->label() : value.toString();
    }
    case Kind::MultiChoice: {
        QStringList labels;
        for (const QString& code : value.toStringList()) {
            const AttributeChoice* c = choice(code);
            labels << (c ? c->label() : code);
        }
        // 、 between list items in Chinese (LOCALE-zh.md), a comma elsewhere.
        return labels.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
    }
    case Kind::Text:
        break;
    }
    return value.toString();
}

QString AttributeDefinition::plainText(const QVariant& value) const
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case Kind::Number:
        return QString::number(value.toDouble(), 'g', 15);
    case Kind::Money:
        return Money::plainText(value.toLongLong(), currency.isEmpty() ? QStringLiteral("CNY") : currency);
    case Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case Kind::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case Kind::Choice:
    case Kind::MultiChoice: {
        QStringList labels;
        for (const QString& code : value.toStringList()) {
            const AttributeChoice* c = choice(code);
            labels << (c ? c->label() : code);
        }
        return labels.join(QStringLiteral("; "));
    }
    case Kind::Text:
        break;
    }
    return value.toString();
}

QString AttributeDefinition::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Choice:
        return QStringLiteral("choice");
    case Kind::MultiChoice:
        return QStringLiteral("multichoice");
    case Kind::Bool:
        return QStringLiteral("bool");
    }
    return {};
}

bool AttributeDefinition::parseKind(const QString& code, Kind* kind)
{
    for (Kind k : kinds()) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<AttributeDefinition::Kind> AttributeDefinition::kinds()
{
    return {Kind::Text, Kind::Number, Kind::Money, Kind::Date, Kind::Choice, Kind::MultiChoice, Kind::Bool};
}

QString AttributeDefinition::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return tr("Text");
    case Kind::Number:
        return tr("Number");
    case Kind::Money:
        return tr("Money");
    case Kind::Date:
        return tr("Date");
    case Kind::Choice:
        return tr("Choice list");
    case Kind::MultiChoice:
        return tr("Multiple choice");
    case Kind::Bool:
        return tr("Yes/no");
    }
    return {};
}

QString AttributeDefinition::choicesJson(const QList<AttributeChoice>& choices)
{
    QJsonArray array;
    for (const AttributeChoice& c : choices)
        array.append(QJsonObject{
            {QStringLiteral("value"), c.value}, {QStringLiteral("en"), c.labelEn}, {QStringLiteral("zh"), c.labelZh}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AttributeChoice> AttributeDefinition::parseChoices(const QString& json)
{
    QList<AttributeChoice> choices;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        AttributeChoice c{o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("en")).toString(),
                          o.value(QStringLiteral("zh")).toString()};
        if (!c.value.isEmpty())
            choices << c;
    }
    return choices;
}
