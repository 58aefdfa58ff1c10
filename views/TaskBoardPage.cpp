#include "TaskBoardPage.h"

#include "EditCommands.h"

#include <QPointer>
#include <QUndoStack>

#include "BoardColumnView.h"
#include "Database.h"
#include "RecordStore.h"
#include "TaskCardDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const int kColumnWidth = 300;
}

TaskBoardPage::TaskBoardPage(Database& db, QWidget* parent)
    : BoardPage(parent), m_db(db), m_model(new TaskBoardModel(db, this)), m_delegate(new TaskCardDelegate(this))
{
    setObjectName(QStringLiteral("taskBoardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_mine = new QCheckBox(tr("My tasks"), this);
    m_mine->setObjectName(QStringLiteral("myTasks"));
    m_grouping = new QCheckBox(tr("Group by due date"), this);
    m_grouping->setObjectName(QStringLiteral("dueGrouping"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("taskSearch"));
    m_search->setPlaceholderText(tr("Search tasks"));
    m_search->setClearButtonEnabled(true);
    auto* refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Show changes made by others (F5)"));
    bar->addWidget(m_mine);
    bar->addWidget(m_grouping);
    bar->addWidget(m_search, 1);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(columnsArea(), 1);

    for (int i = 0; i < m_model->columnCount(); ++i) {
        TaskColumnModel* model = m_model->column(i);
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("taskColumn%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFixedWidth(kColumnWidth);
        frame->setAutoFillBackground(true);
        QPalette framePal = frame->palette();
        const QColor window = framePal.color(QPalette::Window);
        const QColor tint = window.lightness() < 128 ? window.lighter(125) : window.darker(104);
        framePal.setColor(QPalette::Window, tint);
        frame->setPalette(framePal);
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(4, 6, 4, 4);
        v->setSpacing(4);
        auto* header = new QLabel(frame);
        QFont f = header->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.08);
        header->setFont(f);
        header->setContentsMargins(6, 0, 6, 4);
        auto* view = new BoardColumnView(i, frame);
        view->setObjectName(QStringLiteral("taskColumnView%1").arg(i));
        view->setItemDelegate(m_delegate);
        view->setModel(model);
        QPalette viewPal = view->palette();
        viewPal.setColor(QPalette::Base, tint);
        view->setPalette(viewPal);
        v->addWidget(header);
        v->addWidget(view, 1);
        addColumn(frame, view);
        m_headers.append(header);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TaskBoardPage::updateHeaders);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TaskBoardPage::updateHeaders);
        connect(model, &QAbstractItemModel::modelReset, this, &TaskBoardPage::updateHeaders);
    }

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &TaskBoardPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(m_mine, &QCheckBox::toggled, this, &TaskBoardPage::applyFilter);
    connect(m_grouping, &QCheckBox::toggled, this, &TaskBoardPage::setDueGrouping);
    connect(refresh, &QToolButton::clicked, this, &TaskBoardPage::reload);

    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &TaskBoardPage::reload);
    addAction(refreshAction);

    // Log call… and New task… about the selected task's customer.
    addRecordCommands(
        [this] { return !currentTaskId().isEmpty(); },
        [this] {
            QString error;
            const QString customer = RecordStore(m_db).customerOf(QStringLiteral("task"), currentTaskId(), &error);
            if (!error.isEmpty())
                showMessage(error);
            return customer.isEmpty() ? QVariantHash() : QVariantHash{{QStringLiteral("customer_id"), customer}};
        });

    QString error;
    if (!m_model->load(TaskBoardModel::Filter(), &error))
        showMessage(error);
    updateHeaders();
}

TaskBoardPage::~TaskBoardPage() = default;

QString TaskBoardPage::title() const
{
    return tr("Task board");
}

void TaskBoardPage::updateHeaders()
{
    for (int i = 0; i < m_headers.size(); ++i) {
        const TaskColumnModel* model = m_model->column(i);
        m_headers.at(i)->setText(
            tr("%1 · %2").arg(TaskBoardModel::statusName(model->status()), QLocale().toString(model->rowCount())));
    }
}

void TaskBoardPage::showMessage(const QString& text)
{
    m_lastMessage = text;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TaskBoardPage::applyFilter()
{
    TaskBoardModel::Filter f = m_model->filter();
    f.myTasks = m_mine->isChecked();
    f.text = m_search->text().trimmed();
    QString error;
    if (!m_model->load(f, &error))
        showMessage(error);
}

void TaskBoardPage::setDueGrouping(bool on)
{
    if (m_grouping->isChecked() != on)
        m_grouping->setChecked(on);
    const QString current = currentTaskId();
    m_model->setDueGrouping(on);
    // Headings make cards of different heights.
    for (int i = 0; i < columnCount(); ++i)
        columnView(i)->setUniformItemSizes(!on);
    if (!current.isEmpty())
        selectTask(current);
}

QString TaskBoardPage::currentTaskId() const
{
    for (int i = 0; i < columnCount(); ++i) {
        const BoardColumnView* view = columnView(i);
        if (view->hasFocus() && view->currentIndex().isValid())
            return view->currentIndex().data(TaskColumnModel::IdRole).toString();
    }
    for (int i = 0; i < columnCount(); ++i) {
        const BoardColumnView* view = columnView(i);
        if (view->selectionModel() && view->selectionModel()->hasSelection())
            return view->currentIndex().data(TaskColumnModel::IdRole).toString();
    }
    return {};
}

bool TaskBoardPage::selectTask(const QString& taskId)
{
    const QPair<int, int> at = m_model->locate(taskId);
    if (at.first < 0)
        return false;
    selectCell(at.first, at.second);
    return true;
}

QString TaskBoardPage::cardId(int column, int row) const
{
    const TaskColumnModel* model = m_model->column(column);
    return model && row >= 0 && row < model->rowCount() ? model->card(row).id : QString();
}

void TaskBoardPage::openCard(int column, int row)
{
    const QString id = cardId(column, row);
    if (!id.isEmpty())
        emit openRecord(QStringLiteral("task"), id);
}

void TaskBoardPage::moveCard(const QString& taskId, int toColumn, int row)
{
    const QPair<int, int> at = m_model->locate(taskId);
    if (at.first < 0 || toColumn < 0 || toColumn >= m_model->columnCount())
        return;
    if (toColumn == at.first && (row == at.second || row == at.second + 1))
        return;
    const QString fromStatus = m_model->column(at.first)->status();
    const double fromPosition = m_model->column(at.first)->card(at.second).position;
    const QString toStatus = m_model->column(toColumn)->status();
    const double toPosition = m_model->positionForRow(toColumn, row, taskId);
    m_writing = true;
    const PipelineService::Result result = m_model->moveTask(taskId, toStatus, toPosition);
    m_writing = false;
    if (!result.ok()) {
        showMessage(result.message);
        emit moveRefused(result.message);
        emit errorOccurred(result.message);
        return;
    }
    showMessage(QString());
    selectTask(taskId);
    // Undo and redo move the card again through the model, so only its two columns change.
    QPointer<TaskBoardPage> self(this);
    const auto moveTo = [self, taskId](const QString& status, double position) {
        if (!self)
            return false;
        self->m_writing = true;
        const bool ok = self->m_model->moveTask(taskId, status, position).ok();
        self->m_writing = false;
        if (ok)
            self->selectTask(taskId);
        return ok;
    };
    undoStack()->push(new BoardMoveCommand(
        tr("Move task to \u201c%1\u201d").arg(TaskBoardModel::statusName(toStatus)),
        [moveTo, fromStatus, fromPosition] { return moveTo(fromStatus, fromPosition); },
        [moveTo, toStatus, toPosition] { return moveTo(toStatus, toPosition); }));
}

QStringList TaskBoardPage::watchedTables() const
{
    return {QStringLiteral("tasks"), QStringLiteral("customers"), QStringLiteral("opportunities"),
            QStringLiteral("users")};
}

void TaskBoardPage::applyChanges(const ChangeSet& changes)
{
    if (m_writing)
        return;
    Page::applyChanges(changes);
}

void TaskBoardPage::openCurrent()
{
    const QString id = currentTaskId();
    if (!id.isEmpty())
        emit openRecord(QStringLiteral("task"), id);
}

void TaskBoardPage::reload()
{
    const QString current = currentTaskId();
    QString error;
    if (!m_model->reload(&error)) {
        showMessage(error);
        return;
    }
    showMessage(QString());
    if (!current.isEmpty())
        selectTask(current);
}

void TaskBoardPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}
