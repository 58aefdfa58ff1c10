#include "ImportPreview.h"

#include "FieldValidator.h"
#include "ImportValues.h"
#include "Money.h"

#include <QLocale>

namespace {
// The engine's own words for what it refuses (the same source texts, so the same translations).
QString engineText(const char* text)
{
    return QCoreApplication::translate("Importer", text);
}
} // namespace

namespace ImportPreview {

QString cell(const ImportField& field, const QVariant& value, const ImportSpec& spec, QString* problem)
{
    using F = ImportField;
    problem->clear();
    const bool typed = !value.isNull() && value.typeId() != QMetaType::QString;
    QString text = typed ? value.toString() : value.toString().trimmed();
    const auto map = spec.values.value(field.name);
    for (auto it = map.cbegin(); it != map.cend() && !text.isEmpty(); ++it) {
        if (ImportEntities::normalised(it.key()) == ImportEntities::normalised(text)) {
            text = it.value().trimmed();
            break;
        }
    }
    if (text.isEmpty()) {
        if (field.required)
            *problem = engineText(QT_TRANSLATE_NOOP("Importer", "This field is required."));
        return field.defaultValue.toString();
    }
    const QLocale locale;
    QString why;
    switch (field.kind) {
    case F::Text:
        if (field.maxLength > 0 && text.size() > field.maxLength)
            *problem = engineText(QT_TRANSLATE_NOOP("Importer", "This text is %1 characters long; at most %2 fit."))
                           .arg(text.size())
                           .arg(field.maxLength);
        return text;
    case F::Email:
        *problem = FieldValidator::email(text);
        return text;
    case F::Phone:
        return ImportValues::phone(text,
                                   spec.phoneRegion.isEmpty() ? FieldValidator::defaultRegion() : spec.phoneRegion);
    case F::Date:
    case F::DateTime: {
        if (value.typeId() == QMetaType::QDate)
            return locale.toString(value.toDate(), QLocale::ShortFormat);
        if (value.typeId() == QMetaType::QDateTime)
            return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        ImportValues::DateEvidence evidence = ImportValues::DateEvidence::None;
        if (field.kind == F::Date) {
            QDate date;
            if (!ImportValues::parseDate(text, spec.dateOrder, &date, &evidence, &why)) {
                *problem = why;
                return text;
            }
            return locale.toString(date, QLocale::ShortFormat);
        }
        QDateTime when;
        if (!ImportValues::parseDateTime(text, spec.dateOrder, &when, &evidence, &why)) {
            *problem = why;
            return text;
        }
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    case F::Money: {
        qint64 minor = 0;
        QString currency;
        const QString source = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'f', 6) : text;
        if (!ImportValues::parseMoney(source, spec.currency, &minor, &currency, &why)) {
            *problem = why;
            return text;
        }
        why = FieldValidator::currency(currency);
        if (why.isEmpty())
            why = FieldValidator::amountMinor(minor);
        *problem = why;
        return why.isEmpty() ? Money::format(minor, currency, locale) : text;
    }
    case F::Integer: {
        qint64 number = 0;
        if (!ImportValues::parseInteger(text, &number, &why)) {
            *problem = why;
            return text;
        }
        if (field.maximum >= field.minimum && (number < field.minimum || number > field.maximum))
            *problem = engineText(QT_TRANSLATE_NOOP("Importer", "The value must lie between %1 and %2."))
                           .arg(field.minimum)
                           .arg(field.maximum);
        // Years read as years (2016, not 2,016).
        return field.maximum == 9999 ? QString::number(number) : locale.toString(number);
    }
    case F::Bool: {
        bool flag = false;
        if (value.typeId() == QMetaType::Bool)
            flag = value.toBool();
        else if (!ImportValues::parseBool(text, &flag, &why)) {
            *problem = why;
            return text;
        }
        return flag ? QCoreApplication::translate("ImportPreview", "Yes")
                    : QCoreApplication::translate("ImportPreview", "No");
    }
    case F::Choice: {
        const QString stored = field.choiceNames.value(ImportEntities::normalised(text));
        if (stored.isEmpty())
            *problem = engineText(QT_TRANSLATE_NOOP("Importer", "Use one of: %1."))
                           .arg(field.choices.join(QStringLiteral(", ")));
        return stored.isEmpty() ? text : stored;
    }
    case F::Reference:
        return text;
    }
    return text;
}

} // namespace ImportPreview
