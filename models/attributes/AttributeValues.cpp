#include "AttributeValues.h"

#include "Database.h"
#include "ImportValues.h"
#include "RecordWriter.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {
using Kind = AttributeDefinition::Kind;
const QString kTable = QStringLiteral("attribute_values");
const QString kMultiSeparator = QStringLiteral(";");

QString currencyOf(const AttributeDefinition& d)
{
    return d.currency.isEmpty() ? QStringLiteral("CNY") : d.currency;
}

// Same value, as stored: 1 == 1.0, dates by day, lists by element.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    return a == b;
}
} // namespace

QHash<QString, AttributeValues::Stored> AttributeValues::load(const Database& db, const QString& recordId,
                                                              const QList<AttributeDefinition>& definitions,
                                                              QString* error)
{
    QHash<QString, Stored> result;
    if (recordId.isEmpty() || definitions.isEmpty())
        return result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT attribute_id, version, value_text, value_number, value_money_minor, value_date, "
                             "value_bool FROM attribute_values WHERE record_id = ?"));
    q.addBindValue(recordId);
    if (!q.exec()) {
        if (error)
            *error = db.describeError(q.lastError());
        return result;
    }
    QHash<QString, const AttributeDefinition*> byId;
    for (const AttributeDefinition& d : definitions)
        byId.insert(d.id, &d);
    while (q.next()) {
        const AttributeDefinition* d = byId.value(q.value(0).toString());
        if (!d)
            continue;
        Stored stored;
        stored.version = q.value(1).toInt();
        stored.value = fromStorage(*d, q.value(d->valueColumn()));
        result.insert(d->key, stored);
    }
    return result;
}

QVariant AttributeValues::fromStorage(const AttributeDefinition& d, const QVariant& stored)
{
    if (stored.isNull() || !stored.isValid())
        return {};
    switch (d.kind) {
    case Kind::Number:
        return stored.toDouble();
    case Kind::Money:
        return stored.toLongLong();
    case Kind::Date:
        return stored.toDate();
    case Kind::Bool:
        return stored.toBool();
    case Kind::MultiChoice: {
        QStringList codes = stored.toString().split(kMultiSeparator, Qt::SkipEmptyParts);
        return codes.isEmpty() ? QVariant() : QVariant(codes);
    }
    case Kind::Text:
    case Kind::Choice:
        break;
    }
    return stored.toString();
}

QVariantHash AttributeValues::storage(const AttributeDefinition& d, const QVariant& value)
{
    const QVariant v = normalised(d, value);
    QVariantHash columns;
    switch (d.kind) {
    case Kind::Number:
        columns.insert(d.valueColumn(), v.isNull() ? QVariant() : QVariant(v.toDouble()));
        break;
    case Kind::Money:
        columns.insert(d.valueColumn(), v.isNull() ? QVariant() : QVariant(v.toLongLong()));
        columns.insert(QStringLiteral("value_currency"), v.isNull() ? QVariant() : QVariant(currencyOf(d)));
        break;
    case Kind::Date:
        columns.insert(d.valueColumn(), v.isNull() ? QVariant() : QVariant(v.toDate()));
        break;
    case Kind::Bool:
        columns.insert(d.valueColumn(), v.isNull() ? QVariant() : QVariant(v.toBool()));
        break;
    case Kind::MultiChoice:
        // ";a;b;": a filter for one choice is a LIKE '%;a;%' over the field's values.
        columns.insert(d.valueColumn(), v.isNull() ? QVariant()
                                                   : QVariant(kMultiSeparator + v.toStringList().join(kMultiSeparator) +
                                                              kMultiSeparator));
        break;
    case Kind::Text:
    case Kind::Choice:
        columns.insert(d.valueColumn(), v.isNull() ? QVariant() : QVariant(v.toString()));
        break;
    }
    return columns;
}

QVariant AttributeValues::normalised(const AttributeDefinition& d, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (d.kind) {
    case Kind::Text: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Kind::Choice: {
        const QString code = value.toString();
        return code.isEmpty() ? QVariant() : QVariant(code);
    }
    case Kind::MultiChoice: {
        const QStringList given = value.toStringList();
        QStringList ordered;
        for (const AttributeChoice& c : d.choices)
            if (given.contains(c.value))
                ordered << c.value;
        for (const QString& code : given) // unknown codes stay, so check() can name them
            if (!code.isEmpty() && !ordered.contains(code))
                ordered << code;
        return ordered.isEmpty() ? QVariant() : QVariant(ordered);
    }
    case Kind::Number:
        return value.toDouble();
    case Kind::Money:
        return value.toLongLong();
    case Kind::Date: {
        const QDate day = value.toDate();
        return day.isValid() ? QVariant(day) : QVariant();
    }
    case Kind::Bool:
        return value.toBool();
    }
    return value;
}

QString AttributeValues::check(const AttributeDefinition& d, const QVariant& value)
{
    const QVariant v = normalised(d, value);
    if (v.isNull()) {
        if (!d.required)
            return {};
        return d.kind == Kind::Choice || d.kind == Kind::MultiChoice || d.kind == Kind::Bool
                   ? tr("Choose %1.").arg(d.label())
                   : tr("Enter %1.").arg(d.label());
    }
    switch (d.kind) {
    case Kind::Text:
        if (v.toString().size() > 2000)
            return tr("%1 is longer than 2,000 characters.").arg(d.label());
        break;
    case Kind::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return tr("%1 must be a number.").arg(d.label());
        break;
    }
    case Kind::Money: {
        bool ok = false;
        value.toLongLong(&ok);
        if (!ok)
            return tr("%1 must be an amount.").arg(d.label());
        break;
    }
    case Kind::Date:
        break;
    case Kind::Choice:
        if (!d.choice(v.toString()))
            return tr("\"%1\" is not one of the choices of %2.").arg(v.toString(), d.label());
        break;
    case Kind::MultiChoice:
        for (const QString& code : v.toStringList())
            if (!d.choice(code))
                return tr("\"%1\" is not one of the choices of %2.").arg(code, d.label());
        break;
    case Kind::Bool:
        break;
    }
    return {};
}

QHash<QString, QString> AttributeValues::validate(const QList<AttributeDefinition>& definitions,
                                                  const QVariantHash& values)
{
    QHash<QString, QString> errors;
    for (const AttributeDefinition& d : definitions) {
        const QString message = check(d, values.value(d.key));
        if (!message.isEmpty())
            errors.insert(d.fieldName(), message);
    }
    return errors;
}

WriteResult AttributeValues::write(RecordWriter& writer, const QString& entity, const QString& recordId,
                                   const AttributeEdit& edit)
{
    const QHash<QString, QString> errors = validate(edit.definitions, edit.values);
    if (!errors.isEmpty()) {
        WriteResult invalid = WriteResult::failure(WriteResult::Invalid, errors.cbegin().value());
        invalid.fieldErrors = errors;
        return invalid;
    }
    // The rows as they are in this transaction.
    struct Row
    {
        QString id;
        int version = 0;
        QVariant value;
    };
    QHash<QString, Row> rows; // attribute id -> row
    {
        QSqlQuery q(writer.database().connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, attribute_id, version, value_text, value_number, value_money_minor, "
                                 "value_date, value_bool FROM attribute_values WHERE record_id = ?"));
        q.addBindValue(recordId);
        if (!q.exec())
            return WriteResult::failure(
                WriteResult::Failed,
                tr("The custom fields could not be read: %1").arg(writer.database().describeError(q.lastError())));
        QHash<QString, const AttributeDefinition*> byId;
        for (const AttributeDefinition& d : edit.definitions)
            byId.insert(d.id, &d);
        while (q.next()) {
            const AttributeDefinition* d = byId.value(q.value(1).toString());
            if (d)
                rows.insert(d->id,
                            Row{q.value(0).toString(), q.value(2).toInt(), fromStorage(*d, q.value(d->valueColumn()))});
        }
    }
    WriteResult result;
    result.id = recordId;
    for (const AttributeDefinition& d : edit.definitions) {
        if (!edit.values.contains(d.key))
            continue;
        const QVariant wanted = normalised(d, edit.values.value(d.key));
        const auto found = rows.constFind(d.id);
        if (found == rows.cend()) {
            if (wanted.isNull())
                continue;
            if (edit.versions.value(d.key, 0) > 0)
                return WriteResult::failure(
                    WriteResult::Conflict,
                    tr("%1 was changed by someone else since you opened this record.").arg(d.label()));
            QVariantHash row = storage(d, wanted);
            row.insert(QStringLiteral("entity"), entity);
            row.insert(QStringLiteral("record_id"), recordId);
            row.insert(QStringLiteral("attribute_id"), d.id);
            const WriteResult inserted = writer.insert(kTable, row);
            if (!inserted.ok())
                return inserted;
            ++result.affected;
            continue;
        }
        if (sameValue(found->value, wanted))
            continue;
        const int expected = edit.versions.contains(d.key) ? edit.versions.value(d.key) : -1;
        if (expected >= 0 && expected != found->version)
            return WriteResult::failure(
                WriteResult::Conflict,
                tr("%1 was changed by someone else since you opened this record.").arg(d.label()));
        const WriteResult updated = writer.update(kTable, found->id, found->version, storage(d, wanted));
        if (!updated.ok())
            return updated;
        ++result.affected;
    }
    return result;
}

QVariant AttributeValues::parse(const AttributeDefinition& d, const QString& text, QString* error)
{
    const QString cell = text.trimmed();
    if (cell.isEmpty())
        return {};
    switch (d.kind) {
    case Kind::Text:
        return cell;
    case Kind::Number: {
        QString plain = cell;
        plain.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool ok = false;
        const double number = QLocale::c().toDouble(plain, &ok);
        if (!ok || !std::isfinite(number)) {
            if (error)
                *error = tr("\"%1\" is not a number.").arg(cell);
            return {};
        }
        return number;
    }
    case Kind::Money: {
        qint64 minor = 0;
        QString currency;
        if (!ImportValues::parseMoney(cell, currencyOf(d), &minor, &currency, error))
            return {};
        if (currency != currencyOf(d)) {
            if (error)
                *error = tr("%1 holds amounts in %2, not in %3.").arg(d.label(), currencyOf(d), currency);
            return {};
        }
        return minor;
    }
    case Kind::Date: {
        QDate day;
        ImportValues::DateEvidence evidence;
        if (!ImportValues::parseDate(cell, ImportValues::DateOrder::Unknown, &day, &evidence, error))
            return {};
        return day;
    }
    case Kind::Bool: {
        bool yes = false;
        if (!ImportValues::parseBool(cell, &yes, error))
            return {};
        return yes;
    }
    case Kind::Choice:
    case Kind::MultiChoice: {
        static const QRegularExpression separators(QStringLiteral("[;,、，；]"));
        const QStringList parts =
            d.kind == Kind::Choice ? QStringList{cell} : cell.split(separators, Qt::SkipEmptyParts);
        QStringList codes;
        for (const QString& part : parts) {
            const QString wanted = part.trimmed();
            QString code;
            for (const AttributeChoice& c : d.choices) {
                if (c.value.compare(wanted, Qt::CaseInsensitive) == 0 ||
                    c.labelEn.compare(wanted, Qt::CaseInsensitive) == 0 ||
                    (!c.labelZh.isEmpty() && c.labelZh == wanted)) {
                    code = c.value;
                    break;
                }
            }
            if (code.isEmpty()) {
                if (error)
                    *error = tr("\"%1\" is not one of the choices of %2.").arg(wanted, d.label());
                return {};
            }
            codes << code;
        }
        if (d.kind == Kind::Choice)
            return codes.value(0);
        return codes;
    }
    }
    return {};
}
