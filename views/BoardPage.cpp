#include "BoardPage.h"

#include "BoardColumnView.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>

BoardPage::BoardPage(QWidget* parent)
    : Page(parent), m_scroll(new QScrollArea(this)), m_host(new QWidget), m_layout(new QHBoxLayout(m_host)),
      m_ghost(new QLabel(this))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    m_scroll->setWidget(m_host);
    m_ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ghost->hide();

    // The same moves as Ctrl+Shift+Left/Right on a card, for the Record menu (which has the shortcuts).
    m_movePrevious = new QAction(tr("Move to previous stage"), this);
    m_movePrevious->setObjectName(QStringLiteral("movePreviousCommand"));
    m_moveNext = new QAction(tr("Move to next stage"), this);
    m_moveNext->setObjectName(QStringLiteral("moveNextCommand"));
    for (QAction* action : {m_movePrevious, m_moveNext}) {
        const int direction = action == m_moveNext ? 1 : -1;
        connect(action, &QAction::triggered, this, [this, direction] {
            int column = -1;
            int row = -1;
            if (currentCell(&column, &row))
                onMoveCardRequested(column, row, direction);
        });
    }
    setCommandAction(Command::MovePrevious, m_movePrevious);
    setCommandAction(Command::MoveNext, m_moveNext);
    connect(this, &Page::currentChanged, this, &BoardPage::updateMoveCommands);
    updateMoveCommands();
}

BoardPage::~BoardPage() = default;

BoardColumnView* BoardPage::columnView(int column) const
{
    return m_views.value(column);
}

QFrame* BoardPage::columnFrame(int column) const
{
    return m_frames.value(column);
}

void BoardPage::clearColumns()
{
    onDragCancelled();
    qDeleteAll(m_frames);
    m_frames.clear();
    m_views.clear();
}

void BoardPage::addColumn(QFrame* frame, BoardColumnView* view)
{
    const int column = int(m_views.size());
    frame->setParent(m_host);
    view->setColumn(column);
    m_layout->insertWidget(column, frame);
    m_frames.append(frame);
    m_views.append(view);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    connect(view, &BoardColumnView::neighbourColumnRequested, this, &BoardPage::onNeighbourColumn);
    connect(view, &BoardColumnView::moveCardRequested, this, &BoardPage::onMoveCardRequested);
    connect(view, &BoardColumnView::openCardRequested, this, &BoardPage::openCard);
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BoardPage::currentChanged);
}

void BoardPage::selectCell(int column, int row)
{
    BoardColumnView* view = columnView(column);
    if (!view || !view->model() || row < 0 || row >= view->model()->rowCount())
        return;
    for (BoardColumnView* other : std::as_const(m_views)) {
        if (other != view)
            other->clearSelection();
    }
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus();
    m_scroll->ensureWidgetVisible(m_frames.at(column), 0, 0);
}

int BoardPage::columnAtGlobal(const QPoint& globalPos) const
{
    for (int i = 0; i < m_frames.size(); ++i) {
        const QFrame* frame = m_frames.at(i);
        if (frame->isVisible() && frame->rect().contains(frame->mapFromGlobal(globalPos)))
            return i;
    }
    return -1;
}

bool BoardPage::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        break;
    case QEvent::KeyPress:
        if (!m_dragId.isEmpty() && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            m_pressColumn = -1;
            onDragCancelled();
            return true;
        }
        return Page::eventFilter(watched, event);
    default:
        return Page::eventFilter(watched, event);
    }
    int column = -1;
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i)->viewport() == watched)
            column = i;
    }
    if (column < 0)
        return Page::eventFilter(watched, event);
    auto* mouse = static_cast<QMouseEvent*>(event);
    BoardColumnView* view = m_views.at(column);
    const QPoint local = mouse->position().toPoint();
    const QPoint global = view->viewport()->mapToGlobal(local);
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressColumn = -1;
        if (mouse->button() == Qt::LeftButton) {
            const QModelIndex index = view->indexAt(local);
            if (index.isValid()) {
                m_pressColumn = column;
                m_pressRow = index.row();
                m_pressGlobal = global;
            }
        }
        return false;
    }
    if (event->type() == QEvent::MouseMove) {
        if (m_pressColumn < 0 || !(mouse->buttons() & Qt::LeftButton))
            return false;
        if (m_dragId.isEmpty()) {
            if ((global - m_pressGlobal).manhattanLength() < QApplication::startDragDistance())
                return false;
            onDragStarted(m_pressColumn, m_pressRow, global);
        }
        onDragMoved(global);
        return true;
    }
    // Release
    m_pressColumn = -1;
    if (!m_dragId.isEmpty() && mouse->button() == Qt::LeftButton) {
        onDragFinished(global);
        return true;
    }
    return false;
}

void BoardPage::onDragStarted(int column, int row, const QPoint& globalPos)
{
    BoardColumnView* view = columnView(column);
    if (!view)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    m_dragId = cardId(column, row);
    // A picture of the card follows the cursor: painted once, only moved per frame.
    const QRect rect = view->visualRect(index);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(rect.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setOpacity(0.85);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state |= QStyle::State_Selected;
        view->itemDelegateForIndex(index)->paint(&p, option, index);
    }
    m_ghost->setPixmap(pixmap);
    m_ghost->resize(rect.size());
    m_dragHotSpot = view->viewport()->mapFromGlobal(globalPos) - rect.topLeft();
    m_ghost->raise();
    m_ghost->show();
    onDragMoved(globalPos);
}

void BoardPage::onDragMoved(const QPoint& globalPos)
{
    if (m_dragId.isEmpty())
        return;
    m_ghost->move(mapFromGlobal(globalPos) - m_dragHotSpot);
    const int target = columnAtGlobal(globalPos);
    for (int i = 0; i < m_views.size(); ++i) {
        BoardColumnView* view = m_views.at(i);
        if (i == target) {
            const QPoint pos = view->viewport()->mapFromGlobal(globalPos);
            view->autoScrollFor(pos);
            view->setDropRow(view->rowForDrop(pos));
        } else {
            view->setDropRow(-1);
        }
    }
}

void BoardPage::onDragFinished(const QPoint& globalPos)
{
    if (m_dragId.isEmpty())
        return;
    const QString id = m_dragId;
    const int target = columnAtGlobal(globalPos);
    int row = -1;
    if (target >= 0)
        row = m_views.at(target)->rowForDrop(m_views.at(target)->viewport()->mapFromGlobal(globalPos));
    onDragCancelled();
    if (target >= 0)
        moveCard(id, target, row);
}

void BoardPage::onDragCancelled()
{
    m_dragId.clear();
    m_ghost->hide();
    for (BoardColumnView* view : std::as_const(m_views))
        view->setDropRow(-1);
}

void BoardPage::onNeighbourColumn(int column, int direction, int row)
{
    const int target = column + direction;
    if (target < 0 || target >= m_views.size())
        return;
    BoardColumnView* from = m_views.at(column);
    BoardColumnView* to = m_views.at(target);
    // Keep the selection at the same height, so left/right walks across a row of cards.
    int targetRow = 0;
    if (row >= 0) {
        const QRect r = from->visualRect(from->model()->index(row, 0));
        const QModelIndex there = to->indexAt(QPoint(to->viewport()->width() / 2, r.center().y()));
        targetRow = there.isValid() ? there.row() : qMax(0, to->model()->rowCount() - 1);
    }
    if (to->model()->rowCount() > 0) {
        selectCell(target, qMin(targetRow, to->model()->rowCount() - 1));
    } else {
        from->clearSelection();
        to->setFocus();
        m_scroll->ensureWidgetVisible(m_frames.at(target), 0, 0);
    }
}

bool BoardPage::currentCell(int* column, int* row) const
{
    for (bool focused : {true, false}) {
        for (int i = 0; i < m_views.size(); ++i) {
            const BoardColumnView* view = m_views.at(i);
            const bool chosen =
                focused ? view->hasFocus() : view->selectionModel() && view->selectionModel()->hasSelection();
            if (chosen && view->currentIndex().isValid()) {
                *column = i;
                *row = view->currentIndex().row();
                return true;
            }
        }
    }
    return false;
}

void BoardPage::updateMoveCommands()
{
    int column = -1;
    int row = -1;
    const bool card = currentCell(&column, &row);
    m_movePrevious->setEnabled(card && column > 0);
    m_moveNext->setEnabled(card && column + 1 < m_views.size());
}

void BoardPage::onMoveCardRequested(int column, int row, int direction)
{
    const int target = column + direction;
    if (target < 0 || target >= m_views.size())
        return;
    moveCard(cardId(column, row), target, 0);
}
