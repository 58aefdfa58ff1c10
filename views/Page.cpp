#include "Page.h"

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
