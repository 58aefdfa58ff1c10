#include "TaskCardDelegate.h"

#include "ReportFormat.h"

#include "TaskColumnModel.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {
const int kPad = 8;
const int kGap = 3;
} // namespace

TaskCardDelegate::TaskCardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor TaskCardDelegate::priorityColor(int priority)
{
    switch (priority) {
    case 0:
        return QColor(0x9e, 0x9e, 0x9e);
    case 1:
        return QColor(0x42, 0x85, 0xf4);
    case 2:
        return QColor(0xf2, 0x99, 0x00);
    default:
        return QColor(0xd3, 0x2f, 0x2f);
    }
}

QString TaskCardDelegate::priorityName(int priority)
{
    switch (priority) {
    case 0:
        return tr("Low");
    case 1:
        return tr("Normal");
    case 2:
        return tr("High");
    default:
        return tr("Urgent");
    }
}

QString TaskCardDelegate::dueGroupName(int group)
{
    switch (group) {
    case TaskColumnModel::Overdue:
        return tr("Overdue");
    case TaskColumnModel::Today:
        return tr("Today");
    case TaskColumnModel::ThisWeek:
        return tr("This week");
    case TaskColumnModel::Later:
        return tr("Later");
    default:
        return tr("No due date");
    }
}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    int height = kPad * 2 + fm.height() * 3 + kGap * 2 + 2;
    if (index.data(TaskColumnModel::GroupStartRole).toBool())
        height += fm.height() + 8;
    return {qMax(120, option.rect.width()), height};
}

void TaskCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QFont base = option.font;
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics fm(base);
    const QFontMetrics fmBold(bold);
    const int lineH = fm.height();

    QRect area = option.rect;
    if (index.data(TaskColumnModel::GroupStartRole).toBool()) {
        const QRect heading(area.left() + 8, area.top() + 4, area.width() - 16, lineH);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(heading, Qt::AlignLeft | Qt::AlignVCenter,
                          dueGroupName(index.data(TaskColumnModel::DueGroupRole).toInt()));
        area.setTop(area.top() + lineH + 8);
    }

    const QRectF card = QRectF(area).adjusted(4.5, 0.5, -4.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, pal.color(QPalette::Base));
    const int priority = index.data(TaskColumnModel::PriorityRole).toInt();
    // Priority as a coloured bar down the left edge.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), priorityColor(priority));
    painter->restore();
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(path);

    const QRect inner = area.adjusted(4 + kPad + 4, kPad, -4 - kPad, -kPad);
    const QLocale locale;

    // Line 1: title; priority name at the right for urgent and high.
    QRect titleRect(inner.left(), inner.top(), inner.width(), lineH);
    if (priority >= 2) {
        const QString p = priorityName(priority);
        const int w = fm.horizontalAdvance(p);
        painter->setFont(base);
        painter->setPen(priorityColor(priority));
        painter->drawText(QRect(inner.right() - w + 1, inner.top(), w, lineH), Qt::AlignRight | Qt::AlignVCenter, p);
        titleRect.setRight(inner.right() - w - 8);
    }
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const bool done = index.data(TaskColumnModel::StatusRole).toString() == QLatin1String("done");
    if (done) {
        QFont struck = bold;
        struck.setStrikeOut(true);
        painter->setFont(struck);
    }
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        fmBold.elidedText(index.data(TaskColumnModel::TitleRole).toString(), Qt::ElideRight, titleRect.width()));

    // Line 2: linked customer / opportunity.
    const int y2 = inner.top() + lineH + kGap;
    painter->setFont(base);
    painter->setPen(pal.color(QPalette::Text).lighter(140));
    const QString customer = index.data(TaskColumnModel::CustomerNameRole).toString();
    const QString opportunity = index.data(TaskColumnModel::OpportunityNameRole).toString();
    QString link;
    if (!customer.isEmpty() && !opportunity.isEmpty())
        link = tr("%1 / %2", "customer / opportunity").arg(customer, opportunity);
    else
        link = customer.isEmpty() ? opportunity : customer;
    painter->drawText(QRect(inner.left(), y2, inner.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(link, Qt::ElideRight, inner.width()));

    // Line 3: owner left, due date right.
    const int y3 = y2 + lineH + kGap;
    const QDate due = index.data(TaskColumnModel::DueDateRole).toDate();
    QRect ownerRect(inner.left(), y3, inner.width(), lineH);
    if (due.isValid()) {
        const QString dueText = ReportFormat::date(due);
        const int w = fm.horizontalAdvance(dueText) + 4;
        const bool overdue = index.data(TaskColumnModel::OverdueRole).toBool();
        painter->setPen(overdue ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::Text));
        if (overdue)
            painter->setFont(bold);
        painter->drawText(QRect(inner.right() - w + 1, y3, w, lineH), Qt::AlignRight | Qt::AlignVCenter, dueText);
        painter->setFont(base);
        ownerRect.setRight(inner.right() - w - 8);
    }
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(
        ownerRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(TaskColumnModel::OwnerNameRole).toString(), Qt::ElideRight, ownerRect.width()));
    painter->restore();
}
