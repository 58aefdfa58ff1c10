#include "DateField.h"

#include "SqlValues.h"

DateField::DateField(QWidget* parent) : DateEntry(parent, false, true)
{
    connect(this, &DateEntry::entryChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QVariant DateField::value() const
{
    if (isEmpty())
        return {};
    if (!isReadable())
        return text();
    return QVariant(date());
}

void DateField::setValue(const QVariant& stored)
{
    setDate(SqlValues::toDate(stored));
}

void DateField::setDate(const QDate& day)
{
    setLocalValue(day.isValid() ? QDateTime(day, QTime(0, 0)) : QDateTime());
}
