#include "Page.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QTableView>
#include <QUndoStack>

Page::Page(QWidget* parent) : QWidget(parent) {}

Page::~Page() = default;

void Page::applyChanges(const ChangeSet& changes)
{
    if (changes.touches(watchedTables()))
        reloadWhenVisible();
}

void Page::reloadWhenVisible()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    ++m_changeReloads;
    reload();
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !event->spontaneous())
        reloadWhenVisible();
}

QUndoStack* Page::undoStack()
{
    if (!m_undoStack)
        m_undoStack = new QUndoStack(this);
    return m_undoStack;
}

void Page::setCommandAction(Command command, QAction* action)
{
    m_commands.insert(command, action);
    // The shell's menu item follows the action's enabled state.
    connect(action, &QAction::changed, this, &Page::currentChanged);
}

void Page::addRecordCommands(std::function<bool()> available, std::function<QVariantHash()> presets)
{
    auto* logCall = new QAction(tr("Log call…"), this);
    logCall->setObjectName(QStringLiteral("logCallCommand"));
    connect(logCall, &QAction::triggered, this, [this, presets] {
        QVariantHash values = presets();
        values.insert(QStringLiteral("channel_id"), 1); // the seeded "phone" channel
        emit newRecord(QStringLiteral("interaction"), values);
    });
    auto* newTask = new QAction(tr("New task…"), this);
    newTask->setObjectName(QStringLiteral("newTaskCommand"));
    connect(newTask, &QAction::triggered, this, [this, presets] { emit newRecord(QStringLiteral("task"), presets()); });
    auto update = [logCall, newTask, available] {
        const bool on = available();
        logCall->setEnabled(on);
        newTask->setEnabled(on);
    };
    connect(this, &Page::currentChanged, this, update);
    update();
    setCommandAction(Command::LogCall, logCall);
    setCommandAction(Command::NewTask, newTask);
}

QLabel* Page::makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QTableView* Page::makeRecordTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table for the next control, as in a form
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLabel* Page::makeEmptyLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->hide();
    return label;
}

void Page::showReadOutcome(QLabel* errorLabel, bool ok, const QString& error)
{
    if (ok) {
        errorLabel->hide();
        return;
    }
    errorLabel->setText(error);
    errorLabel->show();
    emit errorOccurred(error);
}
