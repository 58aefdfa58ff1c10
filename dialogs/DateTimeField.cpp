#include "DateTimeField.h"

#include "SqlValues.h"

#include <QKeyEvent>

namespace {
const QDateTime kEmpty(QDate(1899, 12, 31), QTime(0, 0));
} // namespace

DateTimeField::DateTimeField(QWidget* parent, bool allowEmpty)
    : QDateTimeEdit(parent)
    , m_allowEmpty(allowEmpty)
{
    setCalendarPopup(true);
    setTimeSpec(Qt::LocalTime);
    setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
    if (m_allowEmpty) {
        setMinimumDateTime(kEmpty);
        setSpecialValueText(tr("None"));
        setDateTime(kEmpty);
    } else {
        setDateTime(QDateTime::currentDateTime());
    }
    connect(this, &QDateTimeEdit::dateTimeChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QVariant DateTimeField::value() const
{
    if (isEmpty())
        return {};
    if (m_loaded.isValid() && dateTime() == m_loadedShown)
        return m_loaded;
    return dateTime().toUTC();
}

void DateTimeField::setValue(const QVariant& stored)
{
    const QDateTime when = SqlValues::toDateTime(stored);
    if (when.isValid())
        setDateTime(when.toLocalTime());
    else
        setDateTime(m_allowEmpty ? kEmpty : QDateTime::currentDateTime());
    m_loaded = when;
    m_loadedShown = dateTime();
}

bool DateTimeField::isEmpty() const
{
    return m_allowEmpty && dateTime() <= kEmpty;
}

void DateTimeField::keyPressEvent(QKeyEvent* event)
{
    if (m_allowEmpty && event->key() == Qt::Key_Delete) {
        setDateTime(kEmpty);
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}
