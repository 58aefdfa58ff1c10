#include "DateField.h"

#include "ReportFormat.h"

#include "SqlValues.h"

#include <QKeyEvent>

namespace {
// The day before the earliest date we accept stands for "no date" (QDateEdit's specialValueText).
const QDate kEmpty(1899, 12, 31);
} // namespace

DateField::DateField(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(tr("None"));
    setDisplayFormat(ReportFormat::dateFormat()); // 2026-11-04 in Chinese, as in the lists
    setDate(kEmpty);
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QVariant DateField::value() const
{
    return isEmpty() ? QVariant() : QVariant(date());
}

void DateField::setValue(const QVariant& stored)
{
    const QDate day = SqlValues::toDate(stored);
    setDate(day.isValid() ? day : kEmpty);
}

bool DateField::isEmpty() const
{
    return date() <= kEmpty;
}

void DateField::clearValue()
{
    setDate(kEmpty);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete || (event->key() == Qt::Key_Backspace && isEmpty())) {
        clearValue();
        return;
    }
    QDateEdit::keyPressEvent(event);
}
