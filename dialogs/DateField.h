#pragma once

#include "DateEntry.h"

#include <QDate>
#include <QVariant>

// A calendar date that can also be empty, for nullable date columns such as expected_close or due_date.
// USER property `value` is a QDate, or NULL when empty (what RecordModel reads and writes for date
// columns); text that reads as no date stays as typed (a QString) and the dialog says what it expects.
// Typing, the quick keys and the calendar are DateEntry's.
class DateField : public DateEntry
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit DateField(QWidget* parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant& stored);
    // The date shown; invalid when empty or unreadable.
    QDate date() const { return localValue().date(); }
    void setDate(const QDate& day);

Q_SIGNALS:
    void valueChanged(const QVariant& stored);
};
