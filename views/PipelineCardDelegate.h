#pragma once

#include <QLocale>
#include <QStyledItemDelegate>

// Paints one opportunity card of the pipeline board: name, customer, amount in the deal's currency,
// expected close (red when overdue), owner initials in a circle and days in the stage. Painting
// instead of a widget per card keeps 10,000 cards cheap.
class PipelineCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PipelineCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Money as users read it: the locale's grouping with the record's own currency symbol.
    // wholeUnits drops the minor digits (column headers, where space is short).
    static QString formatMoney(const QLocale& locale, qint64 amountMinor, const QString& currency,
                               bool wholeUnits = false);
};
