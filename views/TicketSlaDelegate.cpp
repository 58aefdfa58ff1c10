#include "TicketSlaDelegate.h"

#include "Clock.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "SqlValues.h"

TicketSlaDelegate::TicketSlaDelegate(const Clock& clock, const ListSpec& spec, QObject* parent)
    : QStyledItemDelegate(parent), m_clock(clock), m_status(spec.columnIndex(QStringLiteral("status"))),
      m_firstDue(spec.columnIndex(QStringLiteral("first_response_due"))),
      m_resolutionDue(spec.columnIndex(QStringLiteral("resolution_due"))),
      m_firstAt(spec.columnIndex(QStringLiteral("first_response_at"))),
      m_resolvedAt(spec.columnIndex(QStringLiteral("resolved_at")))
{
}

TicketSlaDelegate::State TicketSlaDelegate::state(const QModelIndex& index) const
{
    if (m_status < 0 || m_firstDue < 0 || m_resolutionDue < 0 || m_firstAt < 0 || m_resolvedAt < 0)
        return State::None;
    const auto raw = [&index](int column) { return index.siblingAtColumn(column).data(RecordListModel::RawValueRole); };
    const QString status = raw(m_status).toString();
    if (status == QLatin1String("closed") || status == QLatin1String("on_hold"))
        return State::None; // done, or the clock is stopped
    QDateTime due;
    if (raw(m_firstAt).isNull())
        due = SqlValues::toDateTime(raw(m_firstDue));
    else if (raw(m_resolvedAt).isNull())
        due = SqlValues::toDateTime(raw(m_resolutionDue));
    if (!due.isValid())
        return State::None;
    const QDateTime now = m_clock.nowUtc();
    if (due < now)
        return State::Late;
    if (due < now.addSecs(kSoonHours * 3600))
        return State::Soon;
    return State::None;
}

void TicketSlaDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (state(index)) {
    case State::Late:
        option->backgroundBrush = QColor(0xfd, 0xdc, 0xdc);
        break;
    case State::Soon:
        option->backgroundBrush = QColor(0xff, 0xf1, 0xc7);
        break;
    case State::None:
        break;
    }
}
