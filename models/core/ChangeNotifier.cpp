#include "ChangeNotifier.h"

#include <QThread>

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ChangeSet>();
}

void ChangeNotifier::announce(const ChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    if (QThread::currentThread() == thread()) {
        Q_EMIT changed(changes);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, changes] { Q_EMIT changed(changes); }, Qt::QueuedConnection);
}
