#pragma once

#include <QDateTimeEdit>
#include <QVariant>

// A date-time editor showing local time while the database keeps UTC: USER property `value` is
// SqlValues::timestamp() of the UTC instant, or NULL when the field allows none and is empty.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit DateTimeField(QWidget* parent = nullptr, bool allowEmpty = false);

    QVariant value() const;
    void setValue(const QVariant& stored);
    bool isEmpty() const;

Q_SIGNALS:
    void valueChanged(const QVariant& stored);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_allowEmpty;
};
