#include "DateTimeField.h"

#include "ReportFormat.h"

#include "Clock.h"
#include "SqlValues.h"

#include <QKeyEvent>

namespace {
const QDateTime kEmpty(QDate(1899, 12, 31), QTime(0, 0));
} // namespace

DateTimeField::DateTimeField(QWidget* parent, bool allowEmpty)
    : QDateTimeEdit(parent), m_allowEmpty(allowEmpty), m_clock(&Clock::system())
{
    setCalendarPopup(true);
    setTimeSpec(Qt::LocalTime);
    setDisplayFormat(ReportFormat::dateTimeFormat()); // 2026-11-04 14:05 in Chinese, as in the lists
    if (m_allowEmpty) {
        setMinimumDateTime(kEmpty);
        setSpecialValueText(tr("None"));
        setDateTime(kEmpty);
    } else {
        setDateTime(m_clock->nowUtc().toLocalTime());
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
        setDateTime(m_allowEmpty ? kEmpty : m_clock->nowUtc().toLocalTime());
    m_loaded = when;
    m_loadedShown = dateTime();
}

void DateTimeField::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
    if (!m_allowEmpty && !m_loaded.isValid())
        setDateTime(m_clock->nowUtc().toLocalTime());
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
