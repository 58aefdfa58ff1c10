#include "PipelineCardDelegate.h"

#include "ReportFormat.h"

#include "Money.h"
#include "PipelineColumnModel.h"

#include <QApplication>
#include <QDate>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

#include <algorithm>

namespace {

const int kPad = 8;
const int kGap = 3;

QColor ownerColor(const QString& initials)
{
    // A stable colour per person, so a rep recognises their own cards at a glance.
    const uint hash = qHash(initials);
    return QColor::fromHsv(int(hash % 360), 110, 175);
}

// A picture made once per look and reused by every card with that look: rasterising an antialiased
// rounded rectangle or circle for each card was the largest part of painting a column.
template <typename Draw> QPixmap cachedPicture(const QString& key, const QSize& size, qreal dpr, Draw draw)
{
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p);
    }
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace

PipelineCardDelegate::PipelineCardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString PipelineCardDelegate::formatMoney(const QLocale& locale, qint64 amountMinor, const QString& currency,
                                          bool wholeUnits)
{
    return Money::format(amountMinor, currency, locale, wholeUnits);
}

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {qMax(120, option.rect.width()), kPad * 2 + fm.height() * 3 + kGap * 2 + 2};
}

void PipelineCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    const QRectF card = QRectF(option.rect).adjusted(4.5, 0.5, -4.5, -0.5);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QColor fill = pal.color(QPalette::Base);
    const QColor border = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    const QString cardKey = QStringLiteral("deskcrm-card-%1x%2-%3-%4-%5-%6")
                                .arg(option.rect.width())
                                .arg(option.rect.height())
                                .arg(fill.rgba())
                                .arg(border.rgba())
                                .arg(int(selected))
                                .arg(dpr);
    painter->drawPixmap(option.rect.topLeft(), cachedPicture(cardKey, option.rect.size(), dpr, [&](QPainter& p) {
                            QPainterPath path;
                            path.addRoundedRect(card.translated(-option.rect.topLeft()), 6, 6);
                            p.fillPath(path, fill);
                            p.setPen(QPen(border, selected ? 2 : 1));
                            p.drawPath(path);
                        }));

    QFont base = option.font;
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics fm(base);
    const QFontMetrics fmBold(bold);
    const int lineH = fm.height();
    const QRect inner = option.rect.adjusted(4 + kPad, kPad, -4 - kPad, -kPad);
    const QLocale locale;

    // Line 1: name, with the owner's initials in a circle at the right.
    const QString initials = index.data(PipelineColumnModel::OwnerInitialsRole).toString();
    const int circle = lineH + 4;
    QRect nameRect(inner.left(), inner.top(), inner.width(), lineH);
    if (!initials.isEmpty()) {
        QFont small = base;
        small.setPointSizeF(base.pointSizeF() * 0.78);
        small.setBold(true);
        // Latin initials fit a circle; a Chinese given name (two characters) gets a pill of the same
        // height instead of a font too small to read.
        const int textWidth = QFontMetrics(small).horizontalAdvance(initials);
        const int badgeWidth = std::max(circle, textWidth + circle / 2);
        const QRect circleRect(inner.right() - badgeWidth + 1, inner.top() - 2, badgeWidth, circle);
        const QString circleKey = QStringLiteral("deskcrm-owner-%1-%2x%3-%4-%5")
                                      .arg(initials)
                                      .arg(badgeWidth)
                                      .arg(circle)
                                      .arg(dpr)
                                      .arg(base.key());
        painter->drawPixmap(circleRect.topLeft(), cachedPicture(circleKey, circleRect.size(), dpr, [&](QPainter& p) {
                                const QRectF r(QPointF(0, 0), circleRect.size());
                                p.setRenderHint(QPainter::Antialiasing);
                                p.setPen(Qt::NoPen);
                                p.setBrush(ownerColor(initials));
                                p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
                                p.setFont(small);
                                p.setPen(Qt::white);
                                p.drawText(r, Qt::AlignCenter, initials);
                            }));
        nameRect.setRight(circleRect.left() - 6);
    }
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString name = index.data(PipelineColumnModel::NameRole).toString();
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(name, Qt::ElideRight, nameRect.width()));

    // Line 2: customer, days in stage at the right.
    const int y2 = inner.top() + lineH + kGap;
    painter->setFont(base);
    const int days = index.data(PipelineColumnModel::DaysInStageRole).toInt();
    QRect customerRect(inner.left(), y2, inner.width(), lineH);
    if (days >= 0) {
        const QString daysText = tr("%n day(s)", "time spent in the current stage", days);
        const int w = fm.horizontalAdvance(daysText);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRect(inner.right() - w + 1, y2, w, lineH), Qt::AlignRight | Qt::AlignVCenter, daysText);
        customerRect.setRight(inner.right() - w - 8);
    }
    QString customer = index.data(PipelineColumnModel::CustomerNameRole).toString();
    if (customer.isEmpty()) {
        // An open deal without its account yet (an imported prospect): said, not left blank.
        customer = tr("No customer yet");
        painter->setPen(pal.color(QPalette::PlaceholderText));
    } else {
        painter->setPen(pal.color(QPalette::Text).lighter(selected ? 100 : 140));
    }
    painter->drawText(customerRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(customer, Qt::ElideRight, customerRect.width()));

    // Line 3: amount, the close date at the right: expected on an open deal (red when overdue), the
    // day it was won or lost on a closed one.
    const int y3 = y2 + lineH + kGap;
    const QDate close = index.data(PipelineColumnModel::CloseDateRole).toDate();
    QRect amountRect(inner.left(), y3, inner.width(), lineH);
    if (close.isValid()) {
        const QString closeText = ReportFormat::date(close);
        const bool overdue = index.data(PipelineColumnModel::OverdueRole).toBool();
        const int w = (overdue ? fmBold : fm).horizontalAdvance(closeText);
        painter->setPen(overdue ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::Text));
        if (overdue) {
            QFont f = base;
            f.setBold(true);
            painter->setFont(f);
        }
        painter->drawText(QRect(inner.right() - w - 4, y3, w + 4, lineH), Qt::AlignRight | Qt::AlignVCenter, closeText);
        painter->setFont(base);
        amountRect.setRight(inner.right() - w - 12);
    }
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString amount = formatMoney(locale, index.data(PipelineColumnModel::AmountMinorRole).toLongLong(),
                                       index.data(PipelineColumnModel::CurrencyRole).toString());
    painter->drawText(amountRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(amount, Qt::ElideRight, amountRect.width()));

    if (focused && selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}
