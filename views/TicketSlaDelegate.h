#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class Clock;
struct ListSpec;

// The tickets list's SLA highlight: a row whose pending deadline (first response until answered, then resolution
// until resolved) has passed is tinted red, one due within kSoonHours amber. Read from the row's stored deadline
// columns (no history), against the database's clock.
class TicketSlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kSoonHours = 4;
    enum class State { None, Soon, Late };

    TicketSlaDelegate(const Clock& clock, const ListSpec& spec, QObject* parent = nullptr);
    State state(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    const Clock& m_clock;
    int m_status = -1;
    int m_firstDue = -1;
    int m_resolutionDue = -1;
    int m_firstAt = -1;
    int m_resolvedAt = -1;
};
