#include "BoardColumnView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

BoardColumnView::BoardColumnView(int column, QWidget* parent) : QListView(parent), m_column(column)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragDropMode(QAbstractItemView::NoDragDrop); // the page runs the drag, see the class comment
    setSpacing(3);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
    setAttribute(Qt::WA_MacShowFocusRect, false);
}

void BoardColumnView::setDropRow(int row)
{
    if (row == m_dropRow)
        return;
    m_dropRow = row;
    viewport()->update();
}

int BoardColumnView::rowForDrop(const QPoint& viewportPos) const
{
    const int rows = model() ? model()->rowCount() : 0;
    const QModelIndex at = indexAt(viewportPos);
    if (!at.isValid()) {
        // Above the first card or below the last.
        if (rows > 0 && viewportPos.y() < visualRect(model()->index(0, 0)).top())
            return 0;
        return rows;
    }
    const QRect rect = visualRect(at);
    return viewportPos.y() < rect.center().y() ? at.row() : at.row() + 1;
}

void BoardColumnView::autoScrollFor(const QPoint& viewportPos)
{
    const int margin = 24;
    QScrollBar* bar = verticalScrollBar();
    if (viewportPos.y() < margin)
        bar->setValue(bar->value() - bar->singleStep() * 2);
    else if (viewportPos.y() > viewport()->height() - margin)
        bar->setValue(bar->value() + bar->singleStep() * 2);
}

void BoardColumnView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        emit openCardRequested(m_column, index.row());
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

void BoardColumnView::keyPressEvent(QKeyEvent* event)
{
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            if (row >= 0)
                emit moveCardRequested(m_column, row, direction);
            return;
        }
        if (mods == Qt::NoModifier) {
            emit neighbourColumnRequested(m_column, direction, row);
            return;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        if (row >= 0)
            emit openCardRequested(m_column, row);
        return;
    }
    QListView::keyPressEvent(event);
}

void BoardColumnView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (m_dropRow < 0 || !model())
        return;
    const int rows = model()->rowCount();
    int y = 2;
    if (rows > 0) {
        if (m_dropRow < rows)
            y = visualRect(model()->index(m_dropRow, 0)).top() - spacing();
        else
            y = visualRect(model()->index(rows - 1, 0)).bottom() + spacing();
    }
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 3);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    p.drawLine(QPoint(6, y), QPoint(viewport()->width() - 6, y));
}

void BoardColumnView::focusInEvent(QFocusEvent* event)
{
    QListView::focusInEvent(event);
    // Arriving with the keyboard selects a card, so arrows and Enter act at once.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
}
