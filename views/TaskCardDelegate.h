#pragma once

#include <QStyledItemDelegate>

// Paints one task card of the task board: a priority colour bar, title, due date (red when
// overdue), owner and the linked customer / opportunity. With due grouping on, the first card of a
// group carries the group's heading (overdue, today, this week, later, no due date) above it.
class TaskCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TaskCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor priorityColor(int priority);
    static QString priorityName(int priority);
    static QString dueGroupName(int group);
};
