#pragma once

#include "Page.h"

#include <QPoint>
#include <QVector>

class BoardColumnView;
class QAbstractItemDelegate;
class QAction;
class QFrame;
class QHBoxLayout;
class QLabel;
class QScrollArea;

// What the pipeline board and the task board share: a horizontal strip of columns (a frame with a
// header and a BoardColumnView each), the in-page drag (a picture of the card follows the cursor,
// the column under it shows where the card would land) and keyboard walking between columns.
// Subclasses say what a card is and what a drop or a key move does. The Record menu's "Move to previous/next
// stage" (Ctrl+Shift+Left/Right) are the page's MovePrevious/MoveNext commands.
class BoardPage : public Page
{
    Q_OBJECT
public:
    explicit BoardPage(QWidget* parent = nullptr);
    ~BoardPage() override;

    int columnCount() const { return int(m_views.size()); }
    BoardColumnView* columnView(int column) const;
    QFrame* columnFrame(int column) const;
    // Selects a card, clears the other columns' selection and focuses its column.
    void selectCell(int column, int row);

protected:
    virtual QString cardId(int column, int row) const = 0;
    // A drop or a keyboard move: put card `id` into column `toColumn` before `row`.
    virtual void moveCard(const QString& id, int toColumn, int row) = 0;
    virtual void openCard(int column, int row) = 0;

    // The widget the columns live in (put it into the page's layout).
    QScrollArea* columnsArea() const { return m_scroll; }
    void clearColumns();
    // Adds a column frame at the end; the page fills the frame's layout (header, then view).
    void addColumn(QFrame* frame, BoardColumnView* view);
    int columnAtGlobal(const QPoint& globalPos) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDragStarted(int column, int row, const QPoint& globalPos);
    void onDragMoved(const QPoint& globalPos);
    void onDragFinished(const QPoint& globalPos);
    void onDragCancelled();
    void onNeighbourColumn(int column, int direction, int row);
    void onMoveCardRequested(int column, int row, int direction);
    // The card the user is on: in the focused column, else the selected one. False when there is none.
    bool currentCell(int* column, int* row) const;
    void updateMoveCommands();

    QScrollArea* m_scroll;
    QWidget* m_host;
    QHBoxLayout* m_layout;
    QVector<QFrame*> m_frames;
    QVector<BoardColumnView*> m_views;
    QLabel* m_ghost;
    QAction* m_movePrevious;
    QAction* m_moveNext;
    // The drag: a press on a card arms it, moving past the start distance starts it. Mouse events
    // are watched on every column's viewport (a real drag delivers them all to the pressed one,
    // QTest sends each to the widget it names; both work).
    int m_pressColumn = -1;
    int m_pressRow = -1;
    QPoint m_pressGlobal;
    QString m_dragId;
    QPoint m_dragHotSpot;
};
