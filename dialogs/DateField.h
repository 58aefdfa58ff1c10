#pragma once

#include <QDateEdit>
#include <QVariant>

// A calendar date editor (with the calendar popup) that can also be empty, for nullable date
// columns such as expected_close or due_date. USER property `value` is a QDate, or NULL when empty
// (what RecordModel reads and writes for date columns). Empty shows the special text; Delete clears it.
class DateField : public QDateEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit DateField(QWidget* parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant& stored);
    bool isEmpty() const;
    void clearValue();

Q_SIGNALS:
    void valueChanged(const QVariant& stored);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
