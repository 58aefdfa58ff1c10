#include "Page.h"

#include <QAction>
#include <QShowEvent>
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
