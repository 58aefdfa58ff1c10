#pragma once

#include <QListView>

// One column of a board (pipeline stage or task status): a QListView over the column's list model,
// cards painted by a delegate. Drags stay inside the board and are run by BoardPage (no QDrag), so
// the view only draws where a dragged card would land (setDropRow()). Keys the board owns
// (left/right between columns, Ctrl+Shift+arrows to move a card, Enter to open) are reported as
// signals.
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
    void neighbourColumnRequested(int column, int direction, int row);
    void moveCardRequested(int column, int row, int direction);
    void openCardRequested(int column, int row);

protected:
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    int m_column;
    int m_dropRow = -1;
};
