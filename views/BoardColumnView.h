#pragma once

#include <QListView>

// One column of a board (pipeline stage or task status): a QListView over the column's list model,
// cards painted by a delegate. Drags stay inside the board, so the view does not start a QDrag: it
// reports press/move/release in global coordinates and the page decides which column is under the
// cursor and where the card would land (drawn with setDropRow()). That keeps a drag frame cheap and
// lets tests drive a drag with plain QTest mouse events. Keys the board owns (left/right between
// columns, Ctrl+Shift+arrows to move a card, Enter to open) are reported as signals.
class BoardColumnView : public QListView
{
    Q_OBJECT
public:
    explicit BoardColumnView(int column, QWidget* parent = nullptr);

    int column() const { return m_column; }
    void setColumn(int column) { m_column = column; }

    // Row the dragged card would be inserted before (rowCount() = at the end); -1 hides the marker.
    void setDropRow(int row);
    int dropRow() const { return m_dropRow; }
    // Insertion row for a point in viewport coordinates.
    int rowForDrop(const QPoint& viewportPos) const;
    // Scrolls a step when a drag hovers near the top or bottom edge.
    void autoScrollFor(const QPoint& viewportPos);

Q_SIGNALS:
    void cardDragStarted(int column, int row, const QPoint& globalPos);
    void cardDragMoved(const QPoint& globalPos);
    void cardDragFinished(const QPoint& globalPos);
    void cardDragCancelled();
    void neighbourColumnRequested(int column, int direction, int row);
    void moveCardRequested(int column, int row, int direction);
    void openCardRequested(int column, int row);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    int m_column;
    int m_dropRow = -1;
    int m_pressRow = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
};
